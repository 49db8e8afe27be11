//! The meeting guide's input from a team summary: which areas the team
//! agrees on, which are most split, the widest belief gaps, the barriers
//! checked most, and the practices to carry into the plan.

use super::guide::{GuideInput, MAX_GUIDE_BARRIERS, MAX_GUIDE_SPLIT_AREAS};
use super::item::RubricPractice;
use crate::core::model::{Area, Level, MAX_PRACTICES_PER_CELL};
use crate::core::team::{Disagreement, TeamNextSteps, TeamSummary};

/// How many practices the guide and the plan builder suggest.
pub const MAX_SUGGESTED_PRACTICES: usize = 6;

/// The guide's input for a team's summary. Areas come in the summary's
/// order of disagreement, most split first; an area counts as split unless
/// staff mostly agree in it. The suggested practices are those of each
/// area's next level up, area by area; `practice_count` gives how many a
/// rubric cell of the content lists.
pub fn guide_input(summary: &TeamSummary, practice_count: impl Fn(Area, Level) -> usize) -> GuideInput {
    let split_or_not = |split: bool| {
        summary
            .by_disagreement
            .iter()
            .copied()
            .filter(move |area| {
                summary.area(*area).spread.is_some_and(|spread| (spread.disagreement != Disagreement::Low) == split)
            })
    };
    let widest = summary.beliefs.iter().filter_map(|b| b.gap_tenths).filter(|gap| *gap > 0).max();
    let belief_gaps = summary.beliefs.iter().filter(|b| widest.is_some() && b.gap_tenths == widest).map(|b| b.belief).collect();
    let mut barriers: Vec<_> = summary.barriers.iter().filter(|(_, count)| *count > 0).copied().collect();
    // Most checked first; the instrument's order breaks ties, as the list
    // starts in that order and the sort is stable.
    barriers.sort_by(|a, b| b.1.cmp(&a.1));
    let quick_wins = match summary.next_steps() {
        TeamNextSteps::Steps { steps, .. } => steps
            .iter()
            .flat_map(|step| {
                let count = practice_count(step.area, step.to).min(usize::from(MAX_PRACTICES_PER_CELL)) as u8;
                (0..count).filter_map(move |position| RubricPractice::new(step.area, step.to, position))
            })
            .take(MAX_SUGGESTED_PRACTICES)
            .collect(),
        _ => Vec::new(),
    };
    GuideInput {
        agreed: split_or_not(false).collect(),
        split: split_or_not(true).take(MAX_GUIDE_SPLIT_AREAS).collect(),
        belief_gaps,
        barriers: barriers.into_iter().take(MAX_GUIDE_BARRIERS).map(|(barrier, _)| barrier).collect(),
        quick_wins,
    }
}
