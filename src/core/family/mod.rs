//! The families' check-in: a parent or caregiver says, on a phone and
//! anonymously, how the school's partnership with families looks from
//! their side, on the same four-type scale staff use.
//!
//! `answers` is what one family answered, `code` the family code (`#f=F1…`)
//! that carries it to the school, `state` the page's state and pure
//! reducer, `suggest` the end screen's suggestions, and `pool` the
//! families' answers pooled on the facilitator's page, apart from staff's,
//! and `beside` the two sides' spreads per area with the gap between them. The words are in
//! `content/<language>/family.json` (`core::content::family`).

mod answers;
mod beside;
mod code;
mod pool;
mod state;
mod suggest;

pub use answers::{Agreement, FamilyAnswers, FamilyBarrier, FamilyBarriers, FamilyId, Item, PlaceAnswer, FAMILY_VERSION};
pub use beside::{AreaBeside, FamiliesBeside, Spread};
pub use code::{
    decode_family, encode_family, family_fragment, family_minimum_bits, FamilyCodeError, FAMILY_CODE_LENGTH, FAMILY_FORMAT,
    FAMILY_FRAGMENT_PREFIX,
};
pub use pool::{gap, is_candidate, summarize_families, FamilyCounts, FamilyEntry, FamilyPool, FamilySummary, Gap};
pub use state::{FamilyAction, FamilyState, FamilyStep, Passed, QUESTION_SCREENS};
pub use suggest::{suggestions, Suggestion, MAX_SUGGESTIONS};

use crate::core::model::{Area, Level};

/// The order an area's four statements are shown in: an order of its own
/// per area, so that neither the first nor the last is always the best
/// answer, and the type names are never shown. Fixed rather than shuffled
/// so that a paper form and every phone show the same order.
pub fn statement_order(area: Area) -> [Level; 4] {
    use Level::*;
    match area {
        Area::BuildingRelationships => [OpenDoor, Fortress, Partnership, ComeIfWeCall],
        Area::LinkingToLearning => [ComeIfWeCall, Partnership, Fortress, OpenDoor],
        Area::AddressingDifferences => [Partnership, ComeIfWeCall, OpenDoor, Fortress],
        Area::SupportingAdvocacy => [Fortress, OpenDoor, ComeIfWeCall, Partnership],
        Area::SharingPower => [ComeIfWeCall, OpenDoor, Fortress, Partnership],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_area_shows_every_type_once_in_no_ranked_order() {
        for area in Area::ALL {
            let order = statement_order(area);
            let mut sorted = order;
            sorted.sort();
            assert_eq!(sorted, Level::ALL, "{area}");
            let mut reversed = Level::ALL;
            reversed.reverse();
            assert!(order != Level::ALL && order != reversed, "{area}");
        }
        for position in 0..4 {
            let at: Vec<Level> = Area::ALL.into_iter().map(|area| statement_order(area)[position]).collect();
            assert!(at.iter().any(|level| *level != at[0]), "position {position} always shows {:?}", at[0]);
        }
    }
}
