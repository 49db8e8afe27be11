//! Everything one person answered, and the random id that lets a team count
//! the same assessment once.

use std::fmt;

use super::areas::PracticeRef;
use super::areas::{Area, AreaAnswer};
use super::barriers::BarrierSet;
use super::beliefs::{Belief, BeliefAnswer};
use super::feasibility::{plan_level, Feasibility, PlanPractice, Priorities, PrioritiesFull, Ratings};
use super::levels::{Level, Mark};

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

    /// An id from its written form, the ten hexadecimal digits (of
    /// either case) that its `Display` writes; `None` for anything else.
    pub fn from_hex(text: &str) -> Option<AssessmentId> {
        if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(text, 16).ok().and_then(AssessmentId::new)
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
    /// Up to three practices of the next levels up the person chose to work
    /// on. Each names an area with a plan level (see [`Answers::set_mark`]).
    priorities: Priorities,
}

impl Answers {
    /// A blank assessment with the given id.
    pub fn new(id: AssessmentId) -> Answers {
        Answers {
            id,
            areas: [AreaAnswer::default(); 5],
            beliefs: [BeliefAnswer::default(); 4],
            barriers: BarrierSet::default(),
            priorities: Priorities::default(),
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
            && self.priorities.is_empty()
    }

    /// Confirms a mark (or clears it). When the area's next level up
    /// changes, its ratings and priorities named other practices, so they
    /// are cleared rather than silently moved to the new ones.
    pub fn set_mark(&mut self, area: Area, mark: Option<Mark>) {
        let before = self.plan_level(area);
        let answer = self.area_mut(area);
        answer.mark = mark;
        if plan_level(answer.level()) != before {
            answer.ratings = Ratings::default();
            self.priorities = self.priorities.without_area(area);
        }
    }

    /// The level whose practices the area's plan rates: the next level up
    /// from its mark, or `None` at Partnership, "Not sure" or unmarked.
    pub fn plan_level(&self, area: Area) -> Option<Level> {
        plan_level(self.area(area).level())
    }

    /// How feasible a practice of the area's next level up is, as the person
    /// rated it. A practice they ticked and did not rate counts as "already
    /// doing this", because ticking it said so.
    pub fn rating(&self, practice: PlanPractice) -> Option<Feasibility> {
        let level = self.plan_level(practice.area())?;
        let answer = self.area(practice.area());
        answer.ratings.get(practice.position()).or_else(|| {
            PracticeRef::new(level, practice.position()).filter(|p| answer.ticks.contains(*p)).map(|_| Feasibility::AlreadyDoing)
        })
    }

    /// Rates a practice of the area's next level up; an area without a plan
    /// level has nothing to rate, so nothing changes.
    pub fn set_rating(&mut self, practice: PlanPractice, rating: Option<Feasibility>) {
        if self.plan_level(practice.area()).is_some() {
            let answer = self.area_mut(practice.area());
            answer.ratings = answer.ratings.with(practice.position(), rating);
        }
    }

    /// The practices chosen as priorities, in area order.
    pub fn priorities(&self) -> &Priorities {
        &self.priorities
    }

    /// Chooses a practice as a priority or drops it. Only practices of an
    /// area's next level up can be chosen; a fourth one is refused.
    pub fn set_priority(&mut self, practice: PlanPractice, chosen: bool) -> Result<(), PrioritiesFull> {
        if chosen && self.plan_level(practice.area()).is_none() {
            return Ok(());
        }
        self.priorities = self.priorities.with(practice, chosen)?;
        Ok(())
    }

    /// Replaces the priorities, for decoders. Practices of areas without a
    /// plan level are refused with `Err`, since a code or file holding them
    /// was not made by this widget.
    pub fn set_priorities(&mut self, priorities: Priorities) -> Result<(), Priorities> {
        if priorities.iter().any(|p| self.plan_level(p.area()).is_none()) {
            return Err(priorities);
        }
        self.priorities = priorities;
        Ok(())
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

    #[test]
    fn an_id_reads_back_from_what_it_writes_and_nothing_else() {
        let id = AssessmentId::from_random([1, 2, 3, 4, 5]);
        assert_eq!(AssessmentId::from_hex(&id.to_string()), Some(id));
        assert_eq!(AssessmentId::from_hex("0102030A0b"), AssessmentId::new(0x01_0203_0a0b));
        for bad in ["", "010203040", "01020304050", "+102030405", "01020304zz", "０１０２０３０４０５"] {
            assert_eq!(AssessmentId::from_hex(bad), None, "{bad:?}");
        }
    }
}
