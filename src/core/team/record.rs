//! One person's answers as the pool counts them: a small copied record with
//! no heap memory of its own (the pool keeps it beside the code it came
//! from, one allocation per self-check). It is made either from decoded
//! [`Answers`] or straight from a clean format 2 share code (`fast.rs`);
//! both must give the same record.

use crate::core::model::{Answers, Area, AssessmentId, Belief, Feasibility, Level, Mark, PlanPractice};

/// What the pool counts of one assessment. Everything is kept as small
/// numbers in the model's orders (areas, beliefs and barriers as in their
/// `ALL` lists), and the ratings are the effective ones of
/// [`Answers::rating`], so a ticked practice of the next level up already
/// reads "already doing".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Record {
    /// The assessment's random id, which the pool counts once.
    pub(super) id: AssessmentId,
    /// Per area: `None` unmarked, else the mark.
    pub(super) marks: [Option<Mark>; 5],
    /// Per area: the ticked practices as [`TickSet::bits`](crate::core::model::TickSet::bits).
    pub(super) ticks: [u16; 5],
    /// Per belief: the held point, 0 when unanswered.
    pub(super) held: [u8; 4],
    /// Per belief: the practised point, 0 when unanswered.
    pub(super) practised: [u8; 4],
    /// The checked barriers as [`BarrierSet::bits`](crate::core::model::BarrierSet::bits).
    pub(super) barriers: u8,
    /// Per area and position of its next level up: the effective rating.
    pub(super) ratings: [[Option<Feasibility>; 4]; 5],
    /// The priorities as bits, bit `4 × area index + position`.
    pub(super) priorities: u32,
}

impl Record {
    /// The record of decoded answers.
    pub(super) fn from_answers(answers: &Answers) -> Record {
        let mut ratings = [[None; 4]; 5];
        let mut priorities = 0u32;
        for practice in PlanPractice::all() {
            let (area, position) = (practice.area().index(), usize::from(practice.position()));
            if let Some(slot) = ratings.get_mut(area).and_then(|row| row.get_mut(position)) {
                *slot = answers.rating(practice);
            }
            if answers.priorities().contains(practice) {
                priorities |= 1 << (area * 4 + position);
            }
        }
        Record {
            id: answers.id,
            marks: Area::ALL.map(|area| answers.area(area).mark),
            ticks: Area::ALL.map(|area| answers.area(area).ticks.bits()),
            held: Belief::ALL.map(|belief| answers.belief(belief).held.map_or(0, |p| p.value())),
            practised: Belief::ALL.map(|belief| answers.belief(belief).practised.map_or(0, |p| p.value())),
            barriers: answers.barriers.bits(),
            ratings,
            priorities,
        }
    }

    /// Whether nothing at all was answered. A record's ratings come from
    /// marks and ticks and its priorities need a mark, so marks, ticks,
    /// beliefs and barriers decide it, as [`Answers::is_blank`] does.
    pub(super) fn is_blank(&self) -> bool {
        self.marks.iter().all(Option::is_none)
            && self.ticks.iter().all(|t| *t == 0)
            && self.held.iter().chain(&self.practised).all(|p| *p == 0)
            && self.barriers == 0
            && self.priorities == 0
    }

    /// The level whose practices the area's plan names: one above a
    /// confirmed mark below Partnership.
    pub(super) fn plan_level(&self, area: usize) -> Option<Level> {
        match self.marks.get(area).copied().flatten() {
            Some(Mark::Level(level)) => level.next_up(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Likert, PracticeRef};

    #[test]
    fn a_record_keeps_the_effective_ratings_and_the_priorities_as_bits() {
        let mut answers = Answers::new(AssessmentId::new(9).expect("fits"));
        answers.set_mark(Area::LinkingToLearning, Some(Mark::Level(Level::Fortress)));
        let area = answers.area_mut(Area::LinkingToLearning);
        area.ticks = area.ticks.with(PracticeRef::new(Level::ComeIfWeCall, 2).expect("a position"), true);
        let practice = PlanPractice::new(Area::LinkingToLearning, 1).expect("a position");
        answers.set_rating(practice, Some(Feasibility::Hard));
        answers.set_priority(practice, true).expect("room");
        answers.belief_mut(Belief::EqualPartners).practised = Likert::new(4);
        let record = Record::from_answers(&answers);
        assert_eq!(record.ratings[1], [None, Some(Feasibility::Hard), Some(Feasibility::AlreadyDoing), None]);
        assert_eq!(record.priorities, 1 << 5);
        assert_eq!(record.practised, [0, 0, 4, 0]);
        assert_eq!(record.plan_level(1), Some(Level::ComeIfWeCall));
        assert_eq!(record.plan_level(0), None);
        assert!(!record.is_blank());
        assert!(Record::from_answers(&Answers::new(answers.id)).is_blank());
    }
}
