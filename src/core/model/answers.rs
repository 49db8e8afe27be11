//! Everything one person answered, and the random id that lets a team count
//! the same assessment once.

use std::fmt;

use super::areas::{Area, AreaAnswer};
use super::barriers::BarrierSet;
use super::beliefs::{Belief, BeliefAnswer};
use super::levels::Level;

/// A random identifier made once per assessment. It is not tied to the
/// person; it lets a team count the same assessment once when pooling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AssessmentId(u64);

impl AssessmentId {
    /// How many bits an id has.
    pub const BITS: u32 = 40;

    /// An id from its 40-bit value; `None` when the value does not fit.
    pub fn new(value: u64) -> Option<AssessmentId> {
        (value < (1u64 << Self::BITS)).then_some(AssessmentId(value))
    }

    /// An id from any random bytes: the low 40 bits of them are used.
    pub fn from_random(bytes: [u8; 5]) -> AssessmentId {
        AssessmentId(bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)))
    }

    /// The id's 40-bit value.
    pub fn value(self) -> u64 {
        self.0
    }
}

impl fmt::Display for AssessmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:010x}", self.0)
    }
}

/// Everything one person answered that may be shared: the instrument's
/// answers and the assessment id. Private notes are deliberately not part of
/// this type, so no encoder of `Answers` can leak them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    pub id: AssessmentId,
    areas: [AreaAnswer; 5],
    beliefs: [BeliefAnswer; 4],
    pub barriers: BarrierSet,
}

impl Answers {
    /// A blank assessment with the given id.
    pub fn new(id: AssessmentId) -> Answers {
        Answers {
            id,
            areas: [AreaAnswer::default(); 5],
            beliefs: [BeliefAnswer::default(); 4],
            barriers: BarrierSet::default(),
        }
    }

    /// The answer for one area.
    pub fn area(&self, area: Area) -> &AreaAnswer {
        &self.areas[area.index()]
    }

    /// The answer for one area, to change.
    pub fn area_mut(&mut self, area: Area) -> &mut AreaAnswer {
        &mut self.areas[area.index()]
    }

    /// The answer for one belief.
    pub fn belief(&self, belief: Belief) -> &BeliefAnswer {
        &self.beliefs[belief.index()]
    }

    /// The answer for one belief, to change.
    pub fn belief_mut(&mut self, belief: Belief) -> &mut BeliefAnswer {
        &mut self.beliefs[belief.index()]
    }

    /// The confirmed level of every area (`None` for "Not sure" or unmarked),
    /// in area order.
    pub fn levels(&self) -> [Option<Level>; 5] {
        Area::ALL.map(|area| self.area(area).level())
    }

    /// Whether nothing at all has been answered yet.
    pub fn is_blank(&self) -> bool {
        self.areas.iter().all(|a| *a == AreaAnswer::default())
            && self.beliefs.iter().all(|b| *b == BeliefAnswer::default())
            && self.barriers == BarrierSet::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assessment_ids_are_40_bits() {
        assert!(AssessmentId::new(1 << 40).is_none());
        let id = AssessmentId::from_random([0xff; 5]);
        assert_eq!(id.value(), (1 << 40) - 1);
        assert_eq!(id.to_string(), "ffffffffff");
    }
}
