//! The next level up in each area, for the results page's next steps.

use crate::core::model::{Answers, Area, Level, PracticeRef};

/// What the next level up looks like in one area, for the results page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub area: Area,
    /// The level the area is at now.
    pub from: Level,
    /// The next level up.
    pub to: Level,
    /// For each practice of the next level (by position): whether the person
    /// already ticked it.
    pub already_done: Vec<bool>,
}

impl NextStep {
    /// How many of the next level's practices the person already ticked.
    pub fn already_done_count(&self) -> usize {
        self.already_done.iter().filter(|done| **done).count()
    }
}

/// The next level up for every area that has a level below Partnership, in
/// area order. `practice_count` says how many practices each cell holds.
pub fn next_steps(answers: &Answers, practice_count: impl Fn(Area, Level) -> usize) -> Vec<NextStep> {
    Area::ALL
        .into_iter()
        .filter_map(|area| {
            let answer = answers.area(area);
            let from = answer.level()?;
            let to = from.next_up()?;
            let already_done = (0..practice_count(area, to))
                .map(|position| {
                    u8::try_from(position)
                        .ok()
                        .and_then(|p| PracticeRef::new(to, p))
                        .is_some_and(|practice| answer.ticks.contains(practice))
                })
                .collect();
            Some(NextStep { area, from, to, already_done })
        })
        .collect()
}

/// Whether every area is marked Partnership, which is why there are no
/// next steps (rather than because nothing is marked yet).
pub fn all_at_partnership(answers: &Answers) -> bool {
    answers.levels().iter().all(|level| *level == Some(Level::Partnership))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn next_steps_skip_partnership_and_unmarked_areas_and_count_what_is_done() {
        use crate::core::model::{AssessmentId, Mark};
        let mut answers = Answers::new(AssessmentId::from_random([0; 5]));
        answers.area_mut(Area::BuildingRelationships).mark = Some(Mark::Level(ComeIfWeCall));
        let ticked = PracticeRef::new(OpenDoor, 2).unwrap();
        answers.area_mut(Area::BuildingRelationships).ticks = answers.area(Area::BuildingRelationships).ticks.with(ticked, true);
        answers.area_mut(Area::LinkingToLearning).mark = Some(Mark::Level(Partnership));
        answers.area_mut(Area::SharingPower).mark = Some(Mark::NotSure);
        let steps = next_steps(&answers, |_, _| 3);
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].to, OpenDoor);
        assert_eq!(steps[0].already_done, vec![false, false, true]);
        assert_eq!(steps[0].already_done_count(), 1);
    }

    #[test]
    fn all_at_partnership_needs_every_area_marked_partnership() {
        use crate::core::model::{AssessmentId, Mark};
        let mut answers = Answers::new(AssessmentId::from_random([0; 5]));
        assert!(!all_at_partnership(&answers), "nothing marked is not all at Partnership");
        for area in Area::ALL {
            answers.area_mut(area).mark = Some(Mark::Level(Partnership));
        }
        assert!(all_at_partnership(&answers));
        answers.area_mut(Area::SharingPower).mark = Some(Mark::NotSure);
        assert!(!all_at_partnership(&answers), "a Not sure area has no level");
        assert!(next_steps(&answers, |_, _| 3).is_empty(), "still no next steps, for another reason");
    }
}
