//! The values of a results file that are one JSON string or number, each
//! read by the model's own rule, so that a refused value is reported at its
//! field with the reason, and a value of the wrong kind with what it should
//! be.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error;
use crate::core::model::{
    Area, AssessmentId, Barrier, EpsteinType, Feasibility, Level, Likert, Mark, PtaStandard, MAX_PRACTICES_PER_CELL,
};

/// The key that marks "not sure" in an area's `mark`.
const NOT_SURE_KEY: &str = "not_sure";

/// A value that is one JSON string or number, read by a rule of the model.
/// Any other kind of value is a wrong-type error saying [`Leaf::EXPECTED`];
/// a value of the right kind that the rule refuses is [`Leaf::REASON`].
trait Leaf: Sized {
    /// Whether the value is text (otherwise it is a number).
    const TEXT: bool;
    /// What the value should be.
    const EXPECTED: &'static str;
    /// Why a value of the right kind is refused.
    const REASON: &'static str;
    /// Reads a text value.
    fn from_text(_text: &str) -> Option<Self> {
        None
    }
    /// Reads a whole number of zero or more; negative and fractional
    /// numbers are always refused.
    fn from_whole(_number: u64) -> Option<Self> {
        None
    }
}

/// The serde visitor for any [`Leaf`].
struct LeafVisitor<T>(PhantomData<T>);

impl<T: Leaf> LeafVisitor<T> {
    /// The error for a number, which only number leaves take.
    fn number<E: de::Error>(&self, found: Unexpected) -> Result<T, E> {
        if T::TEXT {
            Err(E::invalid_type(found, self))
        } else {
            Err(E::custom(T::REASON))
        }
    }
}

impl<T: Leaf> Visitor<'_> for LeafVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        if !T::TEXT {
            return Err(E::invalid_type(Unexpected::Str(text), &self));
        }
        T::from_text(text).ok_or_else(|| E::custom(T::REASON))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<T, E> {
        match T::from_whole(number) {
            Some(value) if !T::TEXT => Ok(value),
            _ => self.number(Unexpected::Unsigned(number)),
        }
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<T, E> {
        self.number(Unexpected::Signed(number))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<T, E> {
        self.number(Unexpected::Float(number))
    }
}

/// Implements `Deserialize` for leaves through [`LeafVisitor`].
macro_rules! deserialize_leaf {
    ($($leaf:ty),+) => {$(
        impl<'de> Deserialize<'de> for $leaf {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(LeafVisitor(PhantomData))
            }
        }
    )+};
}

deserialize_leaf!(Id, MarkKey, Position, Point, BarrierKey, Notes);

/// `assessment_id`: ten hexadecimal digits of either case, written lower.
pub(super) struct Id(pub(super) AssessmentId);

impl Leaf for Id {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::ID;
    const REASON: &'static str = error::ID_REASON;
    fn from_text(text: &str) -> Option<Self> {
        if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(text, 16)
            .ok()
            .and_then(AssessmentId::new)
            .map(Id)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The id's `Display` is its ten lower-case hex digits.
        s.collect_str(&self.0)
    }
}

/// An area's mark: a level key or `"not_sure"` (`null` is the `Option`).
pub(super) struct MarkKey(pub(super) Mark);

impl Leaf for MarkKey {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::MARK;
    const REASON: &'static str = error::MARK_REASON;
    fn from_text(text: &str) -> Option<Self> {
        if text == NOT_SURE_KEY {
            return Some(MarkKey(Mark::NotSure));
        }
        Level::from_key(text).map(|level| MarkKey(Mark::Level(level)))
    }
}

impl Serialize for MarkKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(match self.0 {
            Mark::NotSure => NOT_SURE_KEY,
            Mark::Level(level) => level.key(),
        })
    }
}

/// The 0-based position of a ticked practice within its level.
#[derive(Clone, Copy, Serialize)]
#[serde(transparent)]
pub(super) struct Position(pub(super) u8);

impl Leaf for Position {
    const TEXT: bool = false;
    const EXPECTED: &'static str = error::POSITION;
    const REASON: &'static str = error::POSITION_REASON;
    fn from_whole(number: u64) -> Option<Self> {
        u8::try_from(number)
            .ok()
            .filter(|&position| position < MAX_PRACTICES_PER_CELL)
            .map(Position)
    }
}

/// A scale point, 1–5.
pub(super) struct Point(pub(super) Likert);

impl Leaf for Point {
    const TEXT: bool = false;
    const EXPECTED: &'static str = error::POINT;
    const REASON: &'static str = error::POINT_REASON;
    fn from_whole(number: u64) -> Option<Self> {
        u8::try_from(number).ok().and_then(Likert::new).map(Point)
    }
}

impl Serialize for Point {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0.value())
    }
}

/// A checked barrier's key.
pub(super) struct BarrierKey(pub(super) Barrier);

impl Leaf for BarrierKey {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::BARRIER;
    const REASON: &'static str = error::BARRIER_REASON;
    fn from_text(text: &str) -> Option<Self> {
        Barrier::from_key(text).map(BarrierKey)
    }
}

impl Serialize for BarrierKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.key())
    }
}

/// Implements `Serialize` for newtypes of a keyed enum of the model, which
/// are written as the enum's stable key.
macro_rules! serialize_key {
    ($($leaf:ty),+) => {$(
        impl Serialize for $leaf {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.0.key())
            }
        }
    )+};
}

/// Declares a leaf that holds a keyed enum of the model, read from and
/// written as the enum's stable key, as the fields of file version 2 are.
macro_rules! keyed_leaf {
    ($(#[$doc:meta])* $leaf:ident($model:ty), $expected:expr, $reason:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub(super) struct $leaf(pub(super) $model);

        impl Leaf for $leaf {
            const TEXT: bool = true;
            const EXPECTED: &'static str = $expected;
            const REASON: &'static str = $reason;
            fn from_text(text: &str) -> Option<Self> {
                <$model>::from_key(text).map($leaf)
            }
        }

        serialize_key!($leaf);
        deserialize_leaf!($leaf);
    };
}

keyed_leaf!(
    /// The area a priority serves.
    AreaKey(Area), error::AREA, error::AREA_REASON
);
keyed_leaf!(
    /// A practice's rating on the feasibility scale.
    RatingKey(Feasibility), error::RATING, error::RATING_REASON
);
/// A PTA standard of an area's crosswalk, only ever written (the reader
/// ignores the crosswalk; see `plan::ignored`).
pub(super) struct PtaKey(pub(super) PtaStandard);

/// An Epstein type of an area's crosswalk, only ever written.
pub(super) struct EpsteinKey(pub(super) EpsteinType);

serialize_key!(PtaKey, EpsteinKey);

/// The private notes: any text.
#[derive(Serialize)]
#[serde(transparent)]
pub(super) struct Notes(pub(super) String);

impl Leaf for Notes {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::TEXT;
    // Never given: notes may be any text.
    const REASON: &'static str = "";
    fn from_text(text: &str) -> Option<Self> {
        Some(Notes(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_read_by_the_model_s_rules() {
        let read = |text: &str| {
            serde_json::from_str::<Position>(text)
                .map(|p| p.0)
                .map_err(|e| e.to_string())
        };
        assert_eq!(read("3"), Ok(3));
        for refused in ["4", "-1", "0.5", "256"] {
            assert!(
                read(refused).is_err_and(|e| e.starts_with(error::POSITION_REASON)),
                "{refused}"
            );
        }
        assert!(read("\"1\"").is_err_and(|e| e.starts_with("invalid type")));
        let mark = |text: &str| serde_json::from_str::<MarkKey>(text).map(|m| m.0).ok();
        assert_eq!(mark("\"not_sure\""), Some(Mark::NotSure));
        assert_eq!(
            mark("\"come_if_we_call\""),
            Some(Mark::Level(Level::ComeIfWeCall))
        );
        assert_eq!(mark("1"), None);
        let id = |text: &str| serde_json::from_str::<Id>(text).map(|id| id.0.value()).ok();
        assert_eq!(id("\"00A1b2C3d4\""), Some(0x00a1b2c3d4));
        assert_eq!(id("\"+0a1b2c3d4\""), None);
    }
}
