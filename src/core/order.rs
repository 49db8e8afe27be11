//! The order in which an area's practices are listed.
//!
//! The book's grid lists each practice under its school type, from Fortress
//! to Partnership, so the "right" answer is in plain sight while people tick
//! and answers drift toward Partnership. By default the widget therefore
//! lists an area's practices without their type, in an order shuffled once
//! per assessment: derived from the assessment's id and the area, so Back,
//! Next and a reload keep it, while colleagues see different orders.
//! Districts that run the self-check as the book does can ask for the grid
//! (`order=book`). Scoring, share codes and files never see the order: ticks
//! stay keyed by type and position.

use super::model::{Area, AssessmentId, Level, PracticeRef};

/// How an area's practices are listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PracticeOrder {
    /// One list without types, in the assessment's own shuffled order.
    #[default]
    Shuffled,
    /// The book's grid: one box per school type, Fortress first.
    Book,
}

/// Every practice of `area`, in the assessment's shuffled order. `count`
/// gives how many practices each school type has in this area.
pub fn shuffled(id: AssessmentId, area: Area, count: impl Fn(Level) -> usize) -> Vec<PracticeRef> {
    let mut practices: Vec<PracticeRef> = Level::ALL
        .into_iter()
        .flat_map(|level| (0..count(level)).filter_map(move |position| PracticeRef::new(level, u8::try_from(position).ok()?)))
        .collect();
    // The area's number is folded into the seed so that each area of one
    // assessment has its own order.
    let seed = id.value() ^ (u64::from(area.index() as u8 + 1) << 56);
    let mut rng = fastrand::Rng::with_seed(seed);
    // This is `Rng::shuffle`'s walk, but with 32-bit draws: `shuffle` draws
    // a `usize`, whose width follows the platform, so a native build would
    // list practices in another order than the browser's (wasm32). The page's
    // loader (scripts/loader.js) lists the first area's practices the same
    // way before the app has arrived, and needs one order to follow.
    for i in 1..practices.len() {
        let j = rng.u32(..=i as u32);
        practices.swap(i, j as usize);
    }
    practices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::MAX_PRACTICES_PER_CELL;

    fn three(_: Level) -> usize {
        3
    }

    #[test]
    fn the_order_is_a_permutation_listing_every_practice_once() {
        for seed in 0..200u8 {
            let id = AssessmentId::from_random([seed, 1, 2, 3, seed]);
            for area in Area::ALL {
                let mut order = shuffled(id, area, three);
                assert_eq!(order.len(), 12);
                order.sort_by_key(|p| (p.level(), p.position()));
                order.dedup();
                assert_eq!(order.len(), 12, "no practice twice");
                assert!(order.iter().all(|p| usize::from(p.position()) < 3));
            }
        }
    }

    #[test]
    fn the_order_is_stable_for_an_assessment_and_differs_between_assessments_and_areas() {
        let id = AssessmentId::from_random([9, 8, 7, 6, 5]);
        let first = shuffled(id, Area::SharingPower, three);
        assert_eq!(first, shuffled(id, Area::SharingPower, three), "the same every time");
        assert_ne!(first, shuffled(id, Area::BuildingRelationships, three), "each area its own order");
        let other = AssessmentId::from_random([1, 8, 7, 6, 5]);
        assert_ne!(first, shuffled(other, Area::SharingPower, three), "colleagues see other orders");
    }

    #[test]
    fn the_first_areas_order_is_the_one_the_loader_follows() {
        // tests/e2e/first_question.mjs checks that scripts/loader.js lists
        // the first area's practices in this same order for this same id,
        // before the app has loaded.
        let id = AssessmentId::from_random([1, 2, 3, 4, 5]);
        let order: Vec<(usize, u8)> = shuffled(id, Area::ALL[0], three).iter().map(|p| (p.level().index(), p.position())).collect();
        assert_eq!(order, LOADER_ORDER_FOR_0102030405);
    }

    /// The first area's order for id 0102030405, three practices per type,
    /// as (type, position); the same list is in tests/e2e/first_question.mjs.
    const LOADER_ORDER_FOR_0102030405: [(usize, u8); 12] =
        [(0, 1), (3, 2), (0, 2), (1, 0), (1, 2), (3, 1), (1, 1), (2, 0), (2, 1), (0, 0), (2, 2), (3, 0)];

    #[test]
    fn the_order_mixes_the_types() {
        // Over many assessments, the first practice listed is of every type
        // about equally often, so the list does not lead with any type.
        let mut firsts = [0u32; 4];
        for n in 0..4000u64 {
            let id = AssessmentId::new(n * 7919 + 13).expect("a valid id");
            let first = shuffled(id, Area::LinkingToLearning, three)[0];
            firsts[first.level().index()] += 1;
        }
        assert!(firsts.iter().all(|&n| (800..1200).contains(&n)), "{firsts:?}");
    }

    #[test]
    fn uneven_cells_are_listed_whole() {
        let count = |level: Level| if level == Level::Partnership { usize::from(MAX_PRACTICES_PER_CELL) } else { 2 };
        let order = shuffled(AssessmentId::from_random([1; 5]), Area::SharingPower, count);
        assert_eq!(order.len(), 2 * 3 + usize::from(MAX_PRACTICES_PER_CELL));
    }
}
