//! The meeting guide's input, and the plan builder's suggestions, from a
//! team summary: the areas the team agrees on, the most split ones, the
//! widest belief gaps, the barriers checked most, and the practices to
//! carry into the plan (quick wins first, then the colleagues' priorities),
//! and the practices offered from what families told us.

use super::guide::{GuideInput, MAX_GUIDE_BARRIERS};
use super::item::RubricPractice;
use crate::core::model::{Area, Level};
use crate::core::team::{Agreement, Conversations, PooledPlan, TeamPractice, TeamSummary, TeamWidestGap};

/// How many practices the guide and the plan builder suggest.
pub const MAX_SUGGESTED_PRACTICES: usize = 6;

/// The guide's input for a team's summary. The split areas are the ones
/// the summary names, most split first; the areas the team agrees on are
/// those the summary's one agreement rule says agree
/// ([`AreaSummary::agreement`](crate::core::team::AreaSummary::agreement)),
/// so "Where we agree" never lists an area the table calls split; the
/// quick wins are those of the team's plan (`TeamSummary::plan`, computed
/// once by the caller).
pub fn guide_input(summary: &TeamSummary, plan: &PooledPlan) -> GuideInput {
    let split: Vec<Area> = match &summary.conversations {
        Conversations::Agrees => Vec::new(),
        Conversations::Split(named) => named.iter().map(|s| s.area).collect(),
    };
    let agreed = Area::ALL.into_iter().filter(|area| summary.area(*area).agreement() == Agreement::Agrees).collect();
    let belief_gaps = match &summary.widest_gap {
        TeamWidestGap::Widest { beliefs, .. } => beliefs.clone(),
        TeamWidestGap::NotAnswered | TeamWidestGap::PracticeKeepsUp => Vec::new(),
    };
    let barriers =
        summary.barriers_by_count.iter().filter(|(_, count)| *count > 0).take(MAX_GUIDE_BARRIERS).map(|(barrier, _)| *barrier).collect();

    let quick_wins = plan.quick_wins.iter().filter_map(rubric).collect();
    GuideInput { agreed, split, family_gaps: Vec::new(), belief_gaps, barriers, quick_wins }
}

/// A practice of the team's plan as a rubric practice.
fn rubric(practice: &TeamPractice) -> Option<RubricPractice> {
    RubricPractice::new(practice.area, practice.practice.level(), practice.practice.position())
}

/// The practices the plan builder suggests: the quick wins, then the
/// practices colleagues chose as priorities (most chosen first), each once,
/// at most [`MAX_SUGGESTED_PRACTICES`].
pub fn plan_suggestions(plan: &PooledPlan) -> Vec<RubricPractice> {
    let mut prioritised: Vec<&TeamPractice> =
        plan.steps.iter().flat_map(|step| step.practices.iter()).filter(|p| p.counts.priority() > 0).collect();
    // Most chosen first; the plan's own order (area, then position) breaks
    // ties, as the sort is stable.
    prioritised.sort_by_key(|p| std::cmp::Reverse(p.counts.priority()));
    let mut suggested: Vec<RubricPractice> = Vec::new();
    for practice in plan.quick_wins.iter().chain(prioritised).filter_map(rubric) {
        if suggested.len() < MAX_SUGGESTED_PRACTICES && !suggested.contains(&practice) {
            suggested.push(practice);
        }
    }
    suggested
}

/// The most practices the plan builder offers from what families told us.
pub const MAX_FAMILY_GAP_PRACTICES: usize = 4;

/// The practices the plan builder offers from what families told us: for
/// each area where staff and most families place the school at different
/// types, widest gap first (`gaps`: the area and the type most families
/// describe), the first two practices of the type one above the families'
/// (what families would see if the school moved up in their eyes), at
/// most [`MAX_FAMILY_GAP_PRACTICES`]. `practices_in_cell` says how many
/// practices the rubric lists in a cell.
pub fn family_gap_practices(gaps: &[(Area, Level)], practices_in_cell: impl Fn(Area, Level) -> usize) -> Vec<RubricPractice> {
    let mut offered = Vec::new();
    for &(area, families) in gaps {
        let Some(level) = families.next_up() else { continue };
        for position in (0u8..2).filter(|position| usize::from(*position) < practices_in_cell(area, level)) {
            if let Some(practice) = RubricPractice::new(area, level, position).filter(|p| !offered.contains(p)) {
                if offered.len() < MAX_FAMILY_GAP_PRACTICES {
                    offered.push(practice);
                }
            }
        }
    }
    offered
}
