//! The team's next steps with the plan: for each area below Partnership,
//! the practices of the next type up from the team's middle answer, with
//! how many colleagues already do each, how they rated it and how many chose
//! it; then the quick wins, and what colleagues expect to be hard beside
//! the barriers they checked most.
//!
//! Which practices: the next level up from each area's lower median, as the
//! team's next steps have always been, so the plan and the next steps name
//! the same practices. The ratings and priorities of a practice come only
//! from those whose own next level up it is (they marked the median); the
//! "already do it" count comes from everyone's ticks (and "already doing"
//! ratings), whatever their mark.
//!
//! The rules:
//! - **Quick win**: at least [`MIN_FOR_A_LIST`] call it easy and more call it
//!   easy than already do it; ranked by easy minus already doing, then by
//!   easy, then in area and rubric order.
//! - **Will be hard**: at least [`MIN_FOR_A_LIST`] expect it to be hard;
//!   ranked by that count, then in area and rubric order. Each comes with
//!   the barriers that commonly stand in the way of its area
//!   ([`barriers_in_the_way`]) that anyone checked, most checked first.
//!
//! Two is the fewest for a list, so that no one person's rating is singled
//! out as the team's.

use super::practice_counts::PracticeCounts;
use super::summary::{TeamNextSteps, TeamSummary};
use crate::core::model::{Area, Barrier, Feasibility, Level, PracticeRef, MAX_PRACTICES_PER_CELL};
use crate::core::next_steps::barriers_in_the_way;

/// The fewest colleagues behind a quick win or a practice that will be hard.
pub const MIN_FOR_A_LIST: u32 = 2;

/// One practice of an area's next level up, with the team's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TeamPractice {
    /// The area.
    pub area: Area,
    /// The practice: its level (one above the team's middle answer) and
    /// place in the rubric's cell.
    pub practice: PracticeRef,
    /// How many already do it, rated it on each step, and chose it.
    pub counts: PracticeCounts,
}

impl TeamPractice {
    /// How many call it easy minus how many already do it: the quick wins'
    /// order.
    pub fn easy_margin(&self) -> i64 {
        i64::from(self.counts.rated(Feasibility::Easy)) - i64::from(self.counts.doing())
    }
}

/// One area's step with its practices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PooledPlanStep {
    /// The area.
    pub area: Area,
    /// The team's middle answer there.
    pub from: Level,
    /// The next level up, whose practices are listed.
    pub to: Level,
    /// Every practice of that level, in the rubric's order.
    pub practices: Vec<TeamPractice>,
}

/// A practice colleagues expect to be hard, with the barriers in its way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HardPractice {
    /// The practice.
    pub practice: TeamPractice,
    /// The barriers that commonly stand in the way of its area and that at
    /// least one colleague checked, most checked first (ties in the
    /// instrument's order), with how many checked each.
    pub barriers: Vec<(Barrier, u32)>,
}

/// The team's plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PooledPlan {
    /// One step per area below Partnership, in the instrument's order
    /// (empty when the next steps have none; see [`TeamNextSteps`]).
    pub steps: Vec<PooledPlanStep>,
    /// Whether any rating or priority was pooled at all; without any, the
    /// lists below are empty for want of ratings, not for want of agreement.
    pub rated: bool,
    /// The quick wins, best first.
    pub quick_wins: Vec<TeamPractice>,
    /// What several colleagues expect to be hard, most first.
    pub will_be_hard: Vec<HardPractice>,
}

/// The plan for a summary. `practice_count` gives how many practices a
/// rubric cell of the content lists, as for one person's plan.
pub fn pooled_plan(summary: &TeamSummary, practice_count: impl Fn(Area, Level) -> usize) -> PooledPlan {
    let counts = &summary.counts;
    let steps: Vec<PooledPlanStep> = match summary.next_steps() {
        TeamNextSteps::Steps { steps, .. } => steps
            .into_iter()
            .map(|step| {
                let listed = practice_count(step.area, step.to).min(usize::from(MAX_PRACTICES_PER_CELL));
                let practices = (0..MAX_PRACTICES_PER_CELL)
                    .take(listed)
                    .filter_map(|position| PracticeRef::new(step.to, position))
                    .map(|practice| TeamPractice { area: step.area, practice, counts: counts.practice(step.area, practice) })
                    .collect();
                PooledPlanStep { area: step.area, from: step.from, to: step.to, practices }
            })
            .collect(),
        _ => Vec::new(),
    };
    let every: Vec<TeamPractice> = steps.iter().flat_map(|step| step.practices.iter().copied()).collect();

    let mut quick_wins: Vec<TeamPractice> =
        every.iter().copied().filter(|p| p.counts.rated(Feasibility::Easy) >= MIN_FOR_A_LIST && p.easy_margin() > 0).collect();
    // Stable sorts keep area and rubric order among equals.
    quick_wins.sort_by_key(|p| std::cmp::Reverse((p.easy_margin(), p.counts.rated(Feasibility::Easy))));

    let mut hard: Vec<TeamPractice> = every.iter().copied().filter(|p| p.counts.rated(Feasibility::Hard) >= MIN_FOR_A_LIST).collect();
    hard.sort_by_key(|p| std::cmp::Reverse(p.counts.rated(Feasibility::Hard)));
    let will_be_hard = hard
        .into_iter()
        .map(|practice| {
            let mut barriers: Vec<(Barrier, u32)> = barriers_in_the_way(practice.area)
                .iter()
                .map(|barrier| (*barrier, counts.barrier(*barrier)))
                .filter(|(_, checked)| *checked > 0)
                .collect();
            barriers.sort_by_key(|(_, checked)| std::cmp::Reverse(*checked));
            HardPractice { practice, barriers }
        })
        .collect();
    PooledPlan { steps, rated: counts.has_plan(), quick_wins, will_be_hard }
}
