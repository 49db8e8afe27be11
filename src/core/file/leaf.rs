//! The values of a results file that are one JSON string or number, each
//! read by the model's own rule, so that a refused value is reported at its
//! field with the reason, and a value of the wrong kind with what it should
//! be. [`read`] reads every one of them from the strict reader's tree.

use serde::{Serialize, Serializer};

use super::error::{self, Refused};
use crate::core::model::{Area, AssessmentId, Barrier, Feasibility, Level, Likert, Mark, MAX_PRACTICES_PER_CELL};
use crate::core::strict_json::{At, Json};

/// The key that marks "not sure" in an area's `mark`.
const NOT_SURE_KEY: &str = "not_sure";

/// A value that is one JSON string or number, read by a rule of the model.
/// Any other kind of value is a wrong-type refusal saying [`Leaf::EXPECTED`];
/// a value of the right kind that the rule refuses is [`Leaf::REASON`].
pub(super) trait Leaf: Sized {
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

/// Reads a leaf, giving `None` for `null` when the field is `nullable`
/// (required, but it may be `null`); otherwise `null` is of the wrong kind.
pub(super) fn read<T: Leaf>(at: At<'_>, nullable: bool) -> Result<Option<T>, Refused> {
    let value = match at.json() {
        Json::Null if nullable => return Ok(None),
        Json::Text(text) if T::TEXT => T::from_text(text),
        Json::Whole(number) if !T::TEXT => T::from_whole(*number),
        Json::OtherNumber if !T::TEXT => None,
        _ => return Err(at.wrong_type(T::EXPECTED)),
    };
    value.map(Some).ok_or_else(|| at.invalid(T::REASON))
}

/// Reads a leaf that may not be `null`.
pub(super) fn read_some<T: Leaf>(at: At<'_>) -> Result<T, Refused> {
    // Without `nullable`, `read` gives a value or a refusal.
    read(at, false)?.ok_or_else(|| at.wrong_type(T::EXPECTED))
}

/// `assessment_id`: ten hexadecimal digits of either case, written lower.
pub(super) struct Id(pub(super) AssessmentId);

impl Leaf for Id {
    const TEXT: bool = true;
    const EXPECTED: &'static str = error::ID;
    const REASON: &'static str = error::ID_REASON;
    fn from_text(text: &str) -> Option<Self> {
        AssessmentId::from_hex(text).map(Id)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The id's `Display` is its ten lower-case hex digits.
        s.collect_str(&self.0)
    }
}

/// An area's mark: a level key or `"not_sure"` (`null` is read as `None` by [`read`]).
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
        u8::try_from(number).ok().filter(|&position| position < MAX_PRACTICES_PER_CELL).map(Position)
    }
}

/// A scale point, 1–5 (`null` is read as `None` by [`read`]).
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
            fn from_text(text: &str) -> Option<Self> {
                <$model>::from_key(text).map($leaf)
            }
        }

        serialize_key!($leaf);
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
    fn from_text(text: &str) -> Option<Self> {
        Some(Notes(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::strict_json::Refusal;

    /// Reads `text` as a leaf at the top.
    fn leaf<T: Leaf>(text: &str, nullable: bool) -> Result<Option<T>, Refused> {
        let json: Json = serde_json::from_str(text).expect("JSON");
        read(At::top(&json), nullable)
    }

    #[test]
    fn leaves_read_by_the_model_s_rules() {
        let position = |text: &str| leaf::<Position>(text, false).map(|p| p.map(|p| p.0));
        assert_eq!(position("3"), Ok(Some(3)));
        for refused in ["4", "-1", "0.5", "256"] {
            assert_eq!(position(refused), Err(Refusal::Invalid { path: String::new(), problem: error::POSITION_REASON }), "{refused}");
        }
        assert_eq!(position("\"1\""), Err(Refusal::WrongType { path: String::new(), expected: error::POSITION }));
        assert_eq!(position("null"), Err(Refusal::WrongType { path: String::new(), expected: error::POSITION }));
        assert!(matches!(leaf::<Point>("null", true), Ok(None)));
        let mark = |text: &str| leaf::<MarkKey>(text, false).ok().flatten().map(|m| m.0);
        assert_eq!(mark("\"not_sure\""), Some(Mark::NotSure));
        assert_eq!(mark("\"come_if_we_call\""), Some(Mark::Level(Level::ComeIfWeCall)));
        assert_eq!(mark("1"), None);
        let id = |text: &str| leaf::<Id>(text, false).ok().flatten().map(|id| id.0.value());
        assert_eq!(id("\"00A1b2C3d4\""), Some(0x00a1b2c3d4));
        assert_eq!(id("\"+0a1b2c3d4\""), None);
    }
}
