//! The typed vocabulary of the instrument: areas, school types, marks,
//! belief scales, barriers, one person's answers, and the frameworks an
//! area is reported against (PTA standards, Epstein's types).
//!
//! Everything here is plain data. Indices into fixed arrays are an internal
//! detail; encoded formats (share codes, JSON files) use the stable keys and
//! numbers defined here, never a `usize`.
//!
//! The types live in one submodule per part of the instrument and are all
//! re-exported here, so every user names them as `core::model::X`.

/// The version of the instrument (areas, practices, beliefs, barriers).
/// Bump it when the meaning of a stored answer changes, and keep decoding
/// every older version.
pub const INSTRUMENT_VERSION: u8 = 1;

/// Implements `ALL`, `index`, `key`, `from_key`, `from_index` and `Display`
/// for a fieldless enum whose variants are listed once with their stable key.
/// The key is what encoded formats and content files use, so it must never
/// change. It is defined before the submodules are declared because a
/// `macro_rules!` macro is only visible to code that follows it, and it names
/// `std::fmt` by its full path because the submodules that expand it do not
/// import `fmt`.
macro_rules! keyed_enum {
    ($name:ident, $count:expr, [$($variant:ident => $key:literal),+ $(,)?]) => {
        impl $name {
            /// Every variant, in the instrument's fixed order.
            pub const ALL: [$name; $count] = [$($name::$variant),+];

            /// Position in the instrument's fixed order (0-based).
            pub fn index(self) -> usize {
                self as usize
            }

            /// The stable key used in content files and JSON exports.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// Looks a variant up by its stable key.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.key() == key)
            }

            /// Looks a variant up by its position in the fixed order.
            pub fn from_index(index: usize) -> Option<Self> {
                Self::ALL.get(index).copied()
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

mod answers;
mod areas;
mod barriers;
mod beliefs;
mod crosswalk;
mod feasibility;
mod levels;

pub use answers::{Answers, AssessmentId};
pub use areas::{Area, AreaAnswer, PracticeRef, TickSet, MAX_PRACTICES_PER_CELL};
pub use barriers::{Barrier, BarrierSet};
pub use beliefs::{Belief, BeliefAnswer, BeliefScale, Likert};
pub use crosswalk::{Crosswalk, EpsteinType, PtaStandard};
pub use feasibility::{plan_level, Feasibility, PlanPractice, Priorities, PrioritiesFull, Ratings, MAX_PRIORITIES};
pub use levels::{Level, Mark};

// The keyed enums of every submodule are tested together here, beside the
// macro that gives them their keys.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for area in Area::ALL {
            assert_eq!(Area::from_key(area.key()), Some(area));
        }
        for level in Level::ALL {
            assert_eq!(Level::from_key(level.key()), Some(level));
            assert_eq!(Level::from_number(level.number()), Some(level));
        }
        for belief in Belief::ALL {
            assert_eq!(Belief::from_key(belief.key()), Some(belief));
        }
        for barrier in Barrier::ALL {
            assert_eq!(Barrier::from_key(barrier.key()), Some(barrier));
        }
        for standard in PtaStandard::ALL {
            assert_eq!(PtaStandard::from_key(standard.key()), Some(standard));
        }
        for kind in EpsteinType::ALL {
            assert_eq!(EpsteinType::from_key(kind.key()), Some(kind));
        }
        assert_eq!(Level::from_number(0), None);
        assert_eq!(Level::from_number(5), None);
    }
}
