//! The families' pooled counts that format 3 of the team code appends to
//! format 2's, so that a team link (and a district reading it later)
//! carries what families told the school beside what staff said.
//!
//! In order: how many families; per area (instrument order) how many said
//! "I don't know", then how many chose each school type, Fortress first;
//! per item (the order asked) how many chose each point, 1 (strongly
//! disagree) to 5; per barrier (the checklist's order) how many checked it.
//! Unanswered counts are left out because they are what is left of the
//! families in each row. Format 3 is only written from five families up,
//! and a code with fewer is refused like one with fewer staff.

use super::varint::VarintReader;
use super::TeamCodeError;
use crate::core::family::{Agreement, FamilyBarrier, FamilyCounts, Item};
use crate::core::model::{Area, Level};
use crate::core::team::threshold::MIN_RESPONDENTS;

/// Appends the families' counts in the order above.
pub(super) fn write(values: &mut Vec<u64>, families: &FamilyCounts) {
    values.push(u64::from(families.families));
    for area in Area::ALL {
        values.push(u64::from(families.dont_know(area)));
        values.extend(Level::ALL.map(|level| u64::from(families.at(area, level))));
    }
    for item in Item::ALL {
        values.extend(Agreement::ALL.map(|point| u64::from(families.item_at(item, point))));
    }
    values.extend(FamilyBarrier::ALL.map(|barrier| u64::from(families.barrier(barrier))));
}

/// Reads the families' counts; impossible ones (a row holding more families
/// than there are) are refused, and so are fewer than five families.
pub(super) fn read(reader: &mut VarintReader<'_>) -> Result<FamilyCounts, TeamCodeError> {
    let families = reader.next_u32()?;
    let mut places = [[0u32; 5]; 5];
    for row in places.iter_mut() {
        for cell in row.iter_mut() {
            *cell = reader.next_u32()?;
        }
    }
    let mut items = [[0u32; 5]; 8];
    for row in items.iter_mut() {
        for cell in row.iter_mut() {
            *cell = reader.next_u32()?;
        }
    }
    let mut barriers = [0u32; 7];
    for cell in barriers.iter_mut() {
        *cell = reader.next_u32()?;
    }
    if families < u32::from(MIN_RESPONDENTS) {
        return Err(TeamCodeError::TooFewRespondents);
    }
    FamilyCounts::from_code(families, places, items, barriers).ok_or(TeamCodeError::Inconsistent)
}
