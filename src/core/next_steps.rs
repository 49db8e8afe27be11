//! The results page's "what we could do next": for every area below
//! Partnership, the practices of its next level up with their feasibility
//! ratings, and the person's priorities ordered quick wins first, each with
//! the checked barriers that may stand in its way.
//!
//! The view only lays this out; every rule (which practices, which rating
//! counts, the order, which barriers) is here and tested natively.

use super::model::{Answers, Area, Barrier, Feasibility, Level, PlanPractice, MAX_PRACTICES_PER_CELL};

/// One practice of an area's next level up, as the plan shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The practice.
    pub practice: PlanPractice,
    /// Its rating: the person's, or "already doing this" for a ticked one.
    pub rating: Option<Feasibility>,
    /// Whether the person chose it as a priority.
    pub priority: bool,
}

/// An area below Partnership with the practices of its next level up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStepsArea {
    /// The area.
    pub area: Area,
    /// Its confirmed level.
    pub from: Level,
    /// The next level up, whose practices are listed.
    pub to: Level,
    /// Every practice of that level, in the rubric's order.
    pub items: Vec<NextStep>,
}

impl NextStepsArea {
    /// How many of the practices have a rating (a ticked one counts).
    pub fn rated(&self) -> usize {
        self.items.iter().filter(|item| item.rating.is_some()).count()
    }
}

/// One chosen priority, with what the plan says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Priority {
    /// The practice.
    pub practice: PlanPractice,
    /// The level it belongs to, one above the area's mark.
    pub level: Level,
    /// Its rating, if any.
    pub rating: Option<Feasibility>,
    /// The barriers the person checked that may stand in its way, in the
    /// instrument's order.
    pub barriers: Vec<Barrier>,
}

/// The whole plan of one person's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextSteps {
    /// The areas below Partnership, in area order.
    pub areas: Vec<NextStepsArea>,
    /// The priorities, quick wins first (see [`Feasibility::plan_rank`]),
    /// then in area order.
    pub priorities: Vec<Priority>,
}

/// The barriers that commonly stand in the way of work in an area. A
/// priority lists those of them the person checked, so that the barrier's
/// answer is read beside the practice it may block.
pub fn barriers_in_the_way(area: Area) -> &'static [Barrier] {
    use Barrier::*;
    match area {
        Area::BuildingRelationships => &[FearOfBeingCalledRacist, PhysicalSafety, BeingMisunderstood, SafeTraditionalInvolvement],
        Area::LinkingToLearning => &[UnfriendlyOversight, LowConfidenceInParents, SafeTraditionalInvolvement],
        Area::AddressingDifferences => &[FearOfBeingCalledRacist, BeingMisunderstood, LowConfidenceInParents],
        Area::SupportingAdvocacy => &[UnfriendlyOversight, BeingMisunderstood, HandlingConflict],
        Area::SharingPower => &[LosingPowerAndControl, UnfriendlyOversight, HandlingConflict, LowConfidenceInParents],
    }
}

/// The plan for the answers. `practice_count` gives how many practices a
/// rubric cell of the content lists; positions beyond it (which no code or
/// file of this widget holds) are left out.
pub fn next_steps(answers: &Answers, practice_count: impl Fn(Area, Level) -> usize) -> NextSteps {
    let count = |area: Area, level: Level| practice_count(area, level).min(usize::from(MAX_PRACTICES_PER_CELL)) as u8;
    let areas = Area::ALL
        .into_iter()
        .filter_map(|area| {
            let from = answers.area(area).level()?;
            let to = answers.plan_level(area)?;
            let items = (0..count(area, to))
                .filter_map(|position| PlanPractice::new(area, position))
                .map(|practice| NextStep { practice, rating: answers.rating(practice), priority: answers.priorities().contains(practice) })
                .collect();
            Some(NextStepsArea { area, from, to, items })
        })
        .collect();

    let chosen: Vec<Priority> = answers
        .priorities()
        .iter()
        .filter_map(|practice| {
            let level = answers.plan_level(practice.area())?;
            (practice.position() < count(practice.area(), level)).then(|| Priority {
                practice,
                level,
                rating: answers.rating(practice),
                barriers: barriers_in_the_way(practice.area())
                    .iter()
                    .copied()
                    .filter(|barrier| answers.barriers.contains(*barrier))
                    .collect(),
            })
        })
        .collect();
    // At most three, gathered rank by rank: area order is kept among equal
    // ratings without a sort.
    let priorities =
        (0..Feasibility::RANKS).flat_map(|rank| chosen.iter().filter(move |p| Feasibility::plan_rank(p.rating) == rank).cloned()).collect();
    NextSteps { areas, priorities }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{AssessmentId, Mark, PracticeRef};

    fn practice(area: Area, position: u8) -> PlanPractice {
        PlanPractice::new(area, position).unwrap()
    }

    fn answers() -> Answers {
        let mut answers = Answers::new(AssessmentId::from_random([7; 5]));
        answers.set_mark(Area::BuildingRelationships, Some(Mark::Level(Level::ComeIfWeCall)));
        answers.set_mark(Area::LinkingToLearning, Some(Mark::Level(Level::Partnership)));
        answers.set_mark(Area::SharingPower, Some(Mark::Level(Level::Fortress)));
        answers.set_mark(Area::SupportingAdvocacy, Some(Mark::NotSure));
        answers
    }

    #[test]
    fn only_areas_below_partnership_with_a_level_are_planned_with_their_next_level() {
        let plan = next_steps(&answers(), |_, _| 3);
        let shape: Vec<(Area, Level, Level, usize)> = plan.areas.iter().map(|a| (a.area, a.from, a.to, a.items.len())).collect();
        assert_eq!(
            shape,
            vec![
                (Area::BuildingRelationships, Level::ComeIfWeCall, Level::OpenDoor, 3),
                (Area::SharingPower, Level::Fortress, Level::ComeIfWeCall, 3),
            ]
        );
    }

    #[test]
    fn a_ticked_practice_counts_as_already_doing_until_rated_otherwise() {
        let mut answers = answers();
        let ticked = PracticeRef::new(Level::OpenDoor, 1).unwrap();
        let area = answers.area_mut(Area::BuildingRelationships);
        area.ticks = area.ticks.with(ticked, true);
        let plan_of = |answers: &Answers| next_steps(answers, |_, _| 3).areas[0].clone();
        assert_eq!(plan_of(&answers).items[1].rating, Some(Feasibility::AlreadyDoing));
        assert_eq!(plan_of(&answers).rated(), 1);
        answers.set_rating(practice(Area::BuildingRelationships, 1), Some(Feasibility::TakesTime));
        assert_eq!(plan_of(&answers).items[1].rating, Some(Feasibility::TakesTime));
    }

    #[test]
    fn priorities_come_quick_wins_first_with_the_checked_barriers_in_their_way() {
        let mut answers = answers();
        let hard = practice(Area::BuildingRelationships, 0);
        let easy = practice(Area::SharingPower, 2);
        let unrated = practice(Area::BuildingRelationships, 2);
        answers.set_rating(hard, Some(Feasibility::Hard));
        answers.set_rating(easy, Some(Feasibility::Easy));
        for p in [hard, easy, unrated] {
            answers.set_priority(p, true).unwrap();
        }
        answers.barriers = answers
            .barriers
            .with(Barrier::LosingPowerAndControl, true)
            .with(Barrier::PhysicalSafety, true)
            .with(Barrier::HandlingConflict, true);
        let plan = next_steps(&answers, |_, _| 3);
        let order: Vec<PlanPractice> = plan.priorities.iter().map(|p| p.practice).collect();
        assert_eq!(order, vec![easy, hard, unrated]);
        assert_eq!(plan.priorities[0].level, Level::ComeIfWeCall);
        assert_eq!(plan.priorities[0].barriers, vec![Barrier::LosingPowerAndControl, Barrier::HandlingConflict]);
        assert_eq!(plan.priorities[1].barriers, vec![Barrier::PhysicalSafety]);
        assert!(plan.areas[0].items[0].priority);
    }

    #[test]
    fn practices_beyond_the_contents_cell_are_left_out() {
        let mut answers = answers();
        answers.set_priority(practice(Area::SharingPower, 3), true).unwrap();
        let plan = next_steps(&answers, |_, _| 2);
        assert!(plan.areas.iter().all(|a| a.items.len() == 2));
        assert!(plan.priorities.is_empty());
    }

    #[test]
    fn every_area_names_barriers_that_may_stand_in_its_way_once_each() {
        for area in Area::ALL {
            let list = barriers_in_the_way(area);
            assert!(!list.is_empty());
            let mut sorted = list.to_vec();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.as_slice(), list, "{area}: in the instrument's order, no repeats");
        }
        // Every barrier stands in the way somewhere, so none is left without
        // a practice it may block.
        for barrier in Barrier::ALL {
            assert!(Area::ALL.into_iter().any(|area| barriers_in_the_way(area).contains(&barrier)), "{barrier}");
        }
    }
}
