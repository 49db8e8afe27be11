//! The values of a results file that are one JSON string or number, each
//! read by the model's own rule, so that a refused value is reported at its
//! field with the reason, and a value of the wrong kind with what it should
//! be. All of them, and the header's fields, are read by one visitor,
//! [`ScalarVisitor`], which keeps the bundle small: serde compiles the
//! JSON reader's code once for each visitor type.

use std::fmt;

use serde::de::{self, IgnoredAny, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error;
use crate::core::model::{Area, AssessmentId, Barrier, Feasibility, Level, Likert, Mark, MAX_PRACTICES_PER_CELL};

/// The key that marks "not sure" in an area's `mark`.
const NOT_SURE_KEY: &str = "not_sure";

/// A JSON value by kind, as [`ScalarVisitor`] reads it. Every leaf of the
/// file, and every field of the header, is read through that one visitor
/// and converted afterwards, so that serde_json's `deserialize_any` (a
/// large function) is compiled once rather than once per leaf type.
pub(super) enum Scalar {
    /// `null`.
    Null,
    /// Text.
    Text(String),
    /// A whole number of zero or more.
    Whole(u64),
    /// A negative or fractional number.
    OtherNumber,
    /// A boolean, a list or an object, where any value is taken.
    Other,
}

/// What [`ScalarVisitor`] takes; any other kind of value is a wrong-type
/// error saying what was expected.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Takes {
    /// Text only.
    Text,
    /// Text or `null`.
    TextOrNull,
    /// Numbers only.
    Number,
    /// Numbers or `null`.
    NumberOrNull,
    /// Any value, lists and objects skipped.
    Any,
}

impl Takes {
    fn text(self) -> bool {
        matches!(self, Takes::Text | Takes::TextOrNull | Takes::Any)
    }

    fn number(self) -> bool {
        matches!(self, Takes::Number | Takes::NumberOrNull | Takes::Any)
    }

    fn null(self) -> bool {
        matches!(self, Takes::TextOrNull | Takes::NumberOrNull | Takes::Any)
    }
}

/// The one serde visitor for every leaf and header field: it reads a value
/// of the kinds it takes as a [`Scalar`], and refuses any other kind saying
/// what was `expected`.
pub(super) struct ScalarVisitor {
    /// The kinds of value it takes.
    pub(super) takes: Takes,
    /// What the value should be, in plain words.
    pub(super) expected: &'static str,
}

impl ScalarVisitor {
    /// `scalar` when the visitor takes its kind, otherwise a wrong-type error.
    fn take<E: de::Error>(&self, taken: bool, scalar: Scalar, found: Unexpected) -> Result<Scalar, E> {
        if taken {
            Ok(scalar)
        } else {
            Err(E::invalid_type(found, self))
        }
    }
}

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Scalar, E> {
        self.take(self.takes.text(), Scalar::Text(text.to_owned()), Unexpected::Str(text))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Scalar, E> {
        self.take(self.takes.number(), Scalar::Whole(number), Unexpected::Unsigned(number))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Scalar, E> {
        self.take(self.takes.number(), Scalar::OtherNumber, Unexpected::Signed(number))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Scalar, E> {
        self.take(self.takes.number(), Scalar::OtherNumber, Unexpected::Float(number))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        self.take(self.takes.null(), Scalar::Null, Unexpected::Unit)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Scalar, E> {
        self.take(self.takes == Takes::Any, Scalar::Other, Unexpected::Bool(value))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        if self.takes != Takes::Any {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        if self.takes != Takes::Any {
            return Err(de::Error::invalid_type(Unexpected::Map, &self));
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

/// A value that is one JSON string or number, read by a rule of the model.
/// Any other kind of value is a wrong-type error saying [`Leaf::EXPECTED`];
/// a value of the right kind that the rule refuses is [`Leaf::REASON`].
pub(super) trait Leaf: Sized {
    /// Whether the value is text (otherwise it is a number).
    const TEXT: bool;
    /// What the value should be.
    const EXPECTED: &'static str;
    /// Why a value of the right kind is refused.
    const REASON: &'static str;
    /// Reads a text value.
    fn from_text(_text: String) -> Option<Self> {
        None
    }
    /// Reads a whole number of zero or more; negative and fractional
    /// numbers are always refused.
    fn from_whole(_number: u64) -> Option<Self> {
        None
    }
}

/// Reads a leaf's value as a [`Scalar`], taking `null` too when `nullable`.
fn read_scalar<'de, D: Deserializer<'de>, T: Leaf>(d: D, nullable: bool) -> Result<Scalar, D::Error> {
    let takes = match (T::TEXT, nullable) {
        (true, false) => Takes::Text,
        (true, true) => Takes::TextOrNull,
        (false, false) => Takes::Number,
        (false, true) => Takes::NumberOrNull,
    };
    d.deserialize_any(ScalarVisitor { takes, expected: T::EXPECTED })
}

impl Scalar {
    /// The leaf this value reads as, or the leaf's reason for refusing it.
    fn into_leaf<T: Leaf, E: de::Error>(self) -> Result<T, E> {
        match self {
            Scalar::Text(text) => T::from_text(text),
            Scalar::Whole(number) => T::from_whole(number),
            // `null` comes this far only when a `Nullable` took it, and
            // that has read it already.
            Scalar::Null | Scalar::OtherNumber | Scalar::Other => None,
        }
        .ok_or_else(|| E::custom(T::REASON))
    }
}

/// Implements `Deserialize` for leaves through [`read_scalar`].
macro_rules! deserialize_leaf {
    ($($leaf:ty),+) => {$(
        impl<'de> Deserialize<'de> for $leaf {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                read_scalar::<D, Self>(d, false)?.into_leaf()
            }
        }
    )+};
}

deserialize_leaf!(Id, MarkKey, Position, Point, Notes);

/// A leaf that may be `null` but must be present: serde would fill a
/// missing `Option` field with `None`, which the file format does not
/// allow.
pub(super) struct Nullable<T>(pub(super) Option<T>);

impl<'de, T: Leaf> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match read_scalar::<D, T>(d, true)? {
            Scalar::Null => Ok(Nullable(None)),
            value => value.into_leaf().map(|leaf| Nullable(Some(leaf))),
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// A value that may be absent (its default) but not `null`. It is a type
/// rather than a `deserialize_with` function for the reason `wire` gives.
pub(super) struct Optional<T>(pub(super) Option<T>);

// Written out, since a derived `Default` would require `T: Default`.
impl<T> Default for Optional<T> {
    fn default() -> Self {
        Optional(None)
    }
}

impl<T> Optional<T> {
    /// Whether the value is absent, so that it is not written.
    pub(super) fn is_absent(&self) -> bool {
        self.0.is_none()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Optional<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(|value| Optional(Some(value)))
    }
}

impl<T: Serialize> Serialize for Optional<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// `assessment_id`: ten hexadecimal digits of either case, written lower.
pub(super) struct Id(pub(super) AssessmentId);

impl Leaf for Id {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::ID;
    const REASON: &'static str = error::ID_REASON;
    fn from_text(text: String) -> Option<Self> {
        if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(&text, 16).ok().and_then(AssessmentId::new).map(Id)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The id's `Display` is its ten lower-case hex digits.
        s.collect_str(&self.0)
    }
}

/// An area's mark: a level key or `"not_sure"` (`null` is [`Nullable`]).
pub(super) struct MarkKey(pub(super) Mark);

impl Leaf for MarkKey {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::MARK;
    const REASON: &'static str = error::MARK_REASON;
    fn from_text(text: String) -> Option<Self> {
        if text == NOT_SURE_KEY {
            return Some(MarkKey(Mark::NotSure));
        }
        Level::from_key(&text).map(|level| MarkKey(Mark::Level(level)))
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
        u8::try_from(number).ok().filter(|&position| position < MAX_PRACTICES_PER_CELL).map(Position)
    }
}

/// A scale point, 1–5 (`null` is [`Nullable`]).
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
/// written as the enum's stable key.
macro_rules! keyed_leaf {
    ($(#[$doc:meta])* $leaf:ident($model:ty), $expected:expr, $reason:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub(super) struct $leaf(pub(super) $model);

        impl Leaf for $leaf {
            const TEXT: bool = true;
            const EXPECTED: &'static str = $expected;
            const REASON: &'static str = $reason;
            fn from_text(text: String) -> Option<Self> {
                <$model>::from_key(&text).map($leaf)
            }
        }

        serialize_key!($leaf);
        deserialize_leaf!($leaf);
    };
}

keyed_leaf!(
    /// A checked barrier's key.
    BarrierKey(Barrier), error::BARRIER, error::BARRIER_REASON
);
keyed_leaf!(
    /// The area a priority serves.
    AreaKey(Area), error::AREA, error::AREA_REASON
);
keyed_leaf!(
    /// A practice's rating on the feasibility scale.
    RatingKey(Feasibility), error::RATING, error::RATING_REASON
);

/// The private notes: any text.
#[derive(Serialize)]
#[serde(transparent)]
pub(super) struct Notes(pub(super) String);

impl Leaf for Notes {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::TEXT;
    // Never given: notes may be any text.
    const REASON: &'static str = "";
    fn from_text(text: String) -> Option<Self> {
        Some(Notes(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_read_by_the_model_s_rules() {
        let read = |text: &str| serde_json::from_str::<Position>(text).map(|p| p.0).map_err(|e| e.to_string());
        assert_eq!(read("3"), Ok(3));
        for refused in ["4", "-1", "0.5", "256"] {
            assert!(read(refused).is_err_and(|e| e.starts_with(error::POSITION_REASON)), "{refused}");
        }
        assert!(read("\"1\"").is_err_and(|e| e.starts_with("invalid type")));
        let mark = |text: &str| serde_json::from_str::<MarkKey>(text).map(|m| m.0).ok();
        assert_eq!(mark("\"not_sure\""), Some(Mark::NotSure));
        assert_eq!(mark("\"come_if_we_call\""), Some(Mark::Level(Level::ComeIfWeCall)));
        assert_eq!(mark("1"), None);
        let id = |text: &str| serde_json::from_str::<Id>(text).map(|id| id.0.value()).ok();
        assert_eq!(id("\"00A1b2C3d4\""), Some(0x00a1b2c3d4));
        assert_eq!(id("\"+0a1b2c3d4\""), None);
    }
}
