//! The plan's pooled counts: for every practice a next level up can hold
//! (each area's Come-if-we-call, Open-Door and Partnership practices), how
//! many already do it, how many rated it on each step of the feasibility
//! scale, and how many chose it as a priority.
//!
//! Ratings and priorities name a practice by its position in the area's
//! next level up, which differs from person to person, so the pool counts
//! them by the level they belong to: one person's "second practice" of an
//! area marked Fortress is another cell than another's of an area marked
//! Open-Door.

use super::record::Record;
#[cfg(test)]
use crate::core::model::Mark;
use crate::core::model::{Area, Feasibility, Level, PracticeRef, MAX_PRACTICES_PER_CELL};

/// The levels whose practices can be a next level up, in order.
pub(super) const PLAN_LEVELS: [Level; 3] = [Level::ComeIfWeCall, Level::OpenDoor, Level::Partnership];

/// Practice positions per cell, as the counts are laid out.
pub(super) const POSITIONS: usize = MAX_PRACTICES_PER_CELL as usize;

/// How one practice of a level that can be a next level up was answered
/// across the team.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PracticeCounts {
    /// Ticked it, or rated it "already doing".
    pub(super) doing: u32,
    /// Ratings, in [`Feasibility::ALL`] order, from those whose next level
    /// up it is (a ticked, unrated one reads "already doing").
    pub(super) rated: [u32; 4],
    /// Chose it as a priority.
    pub(super) priority: u32,
}

impl PracticeCounts {
    /// How many say they already do it: they ticked it (at whatever mark),
    /// or rated it "already doing".
    pub fn doing(&self) -> u32 {
        self.doing
    }

    /// How many of those whose next level up holds it gave it this rating.
    pub fn rated(&self, rating: Feasibility) -> u32 {
        self.rated.get(rating.index()).copied().unwrap_or(0)
    }

    /// How many rated it at all.
    pub fn rated_total(&self) -> u32 {
        self.rated.iter().fold(0u32, |sum, c| sum.saturating_add(*c))
    }

    /// How many chose it as one of their priorities.
    pub fn priority(&self) -> u32 {
        self.priority
    }

    /// The counts in the order of the team code and the CSV file: doing,
    /// then each rating in [`Feasibility::ALL`] order, then priority.
    pub(super) fn values(&self) -> [u32; 6] {
        let [a, b, c, d] = self.rated;
        [self.doing, a, b, c, d, self.priority]
    }

    /// Whether anything but `doing` is counted: ratings and priorities only
    /// come from people whose next level up holds the practice.
    pub(super) fn has_plan(&self) -> bool {
        self.rated_total() > 0 || self.priority > 0
    }
}

/// Every practice's counts, by area, plan level and position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(super) struct PlanCounts(pub(super) [[[PracticeCounts; POSITIONS]; 3]; 5]);

impl PlanCounts {
    /// The counts of one practice; a Fortress practice, which is never a
    /// next level up, has none.
    pub(super) fn get(&self, area: Area, practice: PracticeRef) -> PracticeCounts {
        plan_index(practice.level())
            .and_then(|level| self.0.get(area.index())?.get(level)?.get(usize::from(practice.position())))
            .copied()
            .unwrap_or_default()
    }

    /// Adds one person's plan. Pooling calls this for every code, so it
    /// visits only the ticked practices and the person's own next level.
    pub(super) fn add(&mut self, record: &Record) {
        for (area, cells) in self.0.iter_mut().enumerate() {
            // Plan levels are levels 2–4, so their ticks are the bits above
            // the first cell of four.
            let mut doing = u32::from(record.ticks.get(area).copied().unwrap_or(0) >> POSITIONS);
            let plan_level = record.plan_level(area).and_then(plan_index);
            if let (Some(level), Some(ratings)) = (plan_level, record.ratings.get(area)) {
                let priorities = record.priorities >> (area * POSITIONS);
                let row = cells.get_mut(level).into_iter().flatten();
                for (position, (cell, rating)) in row.zip(ratings).enumerate() {
                    if let Some(slot) = rating.and_then(|r| cell.rated.get_mut(r.index())) {
                        *slot = slot.saturating_add(1);
                    }
                    if *rating == Some(Feasibility::AlreadyDoing) {
                        doing |= 1 << (level * POSITIONS + position);
                    }
                    if priorities & (1 << position) != 0 {
                        cell.priority = cell.priority.saturating_add(1);
                    }
                }
            }
            while doing != 0 {
                let bit = doing.trailing_zeros() as usize;
                doing &= doing - 1;
                if let Some(cell) = cells.get_mut(bit / POSITIONS).and_then(|row| row.get_mut(bit % POSITIONS)) {
                    cell.doing = cell.doing.saturating_add(1);
                }
            }
        }
    }

    /// Whether any rating or priority is counted; a format 1 team code
    /// opens with none.
    pub(super) fn has_plan(&self) -> bool {
        self.0.iter().flatten().flatten().any(PracticeCounts::has_plan)
    }
}

/// The place of a level in [`PLAN_LEVELS`]; `None` for Fortress.
pub(super) fn plan_index(level: Level) -> Option<usize> {
    level.index().checked_sub(1)
}

/// How many people have `level` as an area's next level up: those who
/// marked the level below it.
pub(super) fn planning_at(marks: &[u32; 4], level: usize) -> u32 {
    marks.get(level).copied().unwrap_or(0)
}

/// The mark whose next level up is the plan level at `level` in
/// [`PLAN_LEVELS`], for documentation and tests.
#[cfg(test)]
pub(super) fn mark_below(level: usize) -> Option<Mark> {
    Level::ALL.get(level).copied().map(Mark::Level)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Answers, AssessmentId, PlanPractice};

    #[test]
    fn ratings_and_priorities_count_at_the_persons_next_level_and_ticks_everywhere() {
        let mut answers = Answers::new(AssessmentId::new(3).expect("fits"));
        answers.set_mark(Area::SharingPower, mark_below(1));
        let practice = PlanPractice::new(Area::SharingPower, 2).expect("a position");
        answers.set_rating(practice, Some(Feasibility::Easy));
        answers.set_priority(practice, true).expect("room");
        let area = answers.area_mut(Area::SharingPower);
        area.ticks = area.ticks.with(PracticeRef::new(Level::Partnership, 0).expect("a position"), true);
        let mut counts = PlanCounts::default();
        counts.add(&Record::from_answers(&answers));
        let at = |level, position| counts.get(Area::SharingPower, PracticeRef::new(level, position).expect("a position"));
        assert_eq!((at(Level::OpenDoor, 2).rated(Feasibility::Easy), at(Level::OpenDoor, 2).priority()), (1, 1));
        assert_eq!(at(Level::OpenDoor, 2).doing(), 0);
        assert_eq!(at(Level::Partnership, 0).doing(), 1, "a tick above the next level still says it is done");
        assert_eq!(at(Level::Partnership, 0).rated_total(), 0);
        assert_eq!(at(Level::Fortress, 0), PracticeCounts::default());
        assert!(counts.has_plan());
        assert_eq!(planning_at(&[0, 4, 0, 0], 1), 4);
    }
}
