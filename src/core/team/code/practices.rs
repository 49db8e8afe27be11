//! The plan's counts that format 2 of the team code appends to format 1's.
//!
//! For each area in instrument order, each level that can be a next level
//! up (Come-if-we-call, Open-Door, Partnership) and each practice position
//! 0–3: how many already do the practice; then, only when someone has that
//! level as the area's next level up (someone marked the level below, which
//! the format 1 part already says), its "already doing", "easy", "takes
//! time" and "will be hard" ratings and its priority count. Where nobody
//! plans at a level those five counts can only be zero, so they are not
//! written, and every set of counts still has exactly one encoding.

use super::varint::VarintReader;
use super::TeamCodeError;
use crate::core::team::counts::AreaCounts;
use crate::core::team::practice_counts::{planning_at, PlanCounts};

/// Appends the plan's counts in the order above.
pub(super) fn write(values: &mut Vec<u64>, areas: &[AreaCounts; 5], plan: &PlanCounts) {
    for (area, levels) in areas.iter().zip(&plan.0) {
        for (level, row) in levels.iter().enumerate() {
            let planned = planning_at(&area.levels, level) > 0;
            for cell in row {
                let counts = cell.values();
                let written = if planned { &counts[..] } else { &counts[..1] };
                values.extend(written.iter().map(|v| u64::from(*v)));
            }
        }
    }
}

/// Reads the plan's counts, given the areas' counts read before them.
pub(super) fn read(reader: &mut VarintReader<'_>, areas: &[AreaCounts; 5]) -> Result<PlanCounts, TeamCodeError> {
    let mut plan = PlanCounts::default();
    for (area, levels) in areas.iter().zip(plan.0.iter_mut()) {
        for (level, row) in levels.iter_mut().enumerate() {
            let planned = planning_at(&area.levels, level) > 0;
            for cell in row.iter_mut() {
                cell.doing = reader.next_u32()?;
                if planned {
                    for rated in cell.rated.iter_mut() {
                        *rated = reader.next_u32()?;
                    }
                    cell.priority = reader.next_u32()?;
                }
            }
        }
    }
    Ok(plan)
}
