//! What a person plans to do next: how feasible each practice of the next
//! level up looks to them (the book's feasibility scale), and up to three of
//! those practices chosen as their priorities.
//!
//! Ratings and priorities always refer to the practices one level above an
//! area's confirmed mark. A practice is named by its area and its position in
//! that cell; the level is the mark's next level up, so a change of mark
//! makes them refer to other practices, and [`super::Answers::set_mark`]
//! clears them then.

use super::areas::{Area, MAX_PRACTICES_PER_CELL};
use super::levels::Level;

/// One step of the book's feasibility scale, from "already doing this" to
/// "this will be hard".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feasibility {
    AlreadyDoing,
    Easy,
    TakesTime,
    Hard,
}

keyed_enum!(Feasibility, 4, [
    AlreadyDoing => "already_doing",
    Easy => "easy",
    TakesTime => "takes_time",
    Hard => "hard",
]);

impl Feasibility {
    /// How many places [`Feasibility::plan_rank`] gives.
    pub const RANKS: u8 = 5;

    /// Where a priority with this rating comes in the plan: quick wins
    /// ("could do this easily") first, then what takes time, then what will
    /// be hard, then what is not rated yet, and what the school already does
    /// last.
    pub fn plan_rank(rating: Option<Feasibility>) -> u8 {
        match rating {
            Some(Feasibility::Easy) => 0,
            Some(Feasibility::TakesTime) => 1,
            Some(Feasibility::Hard) => 2,
            None => 3,
            Some(Feasibility::AlreadyDoing) => 4,
        }
    }
}

/// One area's ratings of the practices of its next level up, by position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ratings([Option<Feasibility>; MAX_PRACTICES_PER_CELL as usize]);

impl Ratings {
    /// The rating the person gave the practice at `position`, if any.
    pub fn get(self, position: u8) -> Option<Feasibility> {
        self.0.get(usize::from(position)).copied().flatten()
    }

    /// The ratings with the practice at `position` rated (or cleared with
    /// `None`); a position beyond any cell changes nothing.
    pub fn with(mut self, position: u8, rating: Option<Feasibility>) -> Ratings {
        if let Some(slot) = self.0.get_mut(usize::from(position)) {
            *slot = rating;
        }
        self
    }

    /// Whether no practice is rated.
    pub fn is_empty(self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

/// A practice of the next level up in one area: the thing a priority names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlanPractice {
    area: Area,
    position: u8,
}

impl PlanPractice {
    /// The practice at `position` (0-based) of `area`'s next level up;
    /// `None` when the position is beyond what any cell may hold.
    pub fn new(area: Area, position: u8) -> Option<PlanPractice> {
        (position < MAX_PRACTICES_PER_CELL).then_some(PlanPractice { area, position })
    }

    /// The area the practice serves.
    pub fn area(self) -> Area {
        self.area
    }

    /// The practice's 0-based position in its cell.
    pub fn position(self) -> u8 {
        self.position
    }

    /// Every practice a priority could name, in area order, then position.
    pub fn all() -> impl Iterator<Item = PlanPractice> {
        Area::ALL.into_iter().flat_map(|area| (0..MAX_PRACTICES_PER_CELL).filter_map(move |position| PlanPractice::new(area, position)))
    }
}

/// The most priorities a person may choose.
pub const MAX_PRIORITIES: usize = 3;

/// Up to [`MAX_PRIORITIES`] practices a person chose to work on, as a set
/// kept in area order (so that equal sets encode equally).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Priorities(Vec<PlanPractice>);

/// Why a practice could not be added to the priorities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrioritiesFull;

impl Priorities {
    /// A set from any practices: `None` when there are more than
    /// [`MAX_PRIORITIES`] different ones.
    pub fn from_practices(practices: impl IntoIterator<Item = PlanPractice>) -> Option<Priorities> {
        practices.into_iter().try_fold(Priorities::default(), |set, practice| set.with(practice, true).ok())
    }

    /// Whether the practice is one of the priorities.
    pub fn contains(&self, practice: PlanPractice) -> bool {
        self.0.contains(&practice)
    }

    /// The set with `practice` added or removed. Adding a fourth one is
    /// refused, so that the person chooses which to drop.
    pub fn with(&self, practice: PlanPractice, chosen: bool) -> Result<Priorities, PrioritiesFull> {
        let mut list = self.0.clone();
        // The list stays sorted, so a binary search finds where a practice
        // is or belongs.
        match (list.binary_search(&practice), chosen) {
            (Err(_), true) if list.len() >= MAX_PRIORITIES => return Err(PrioritiesFull),
            (Err(at), true) => list.insert(at, practice),
            (Ok(at), false) => {
                list.remove(at);
            }
            (Ok(_), true) | (Err(_), false) => {}
        }
        Ok(Priorities(list))
    }

    /// The set without any practice of `area`.
    pub fn without_area(&self, area: Area) -> Priorities {
        Priorities(self.0.iter().copied().filter(|p| p.area != area).collect())
    }

    /// The chosen practices, in area order.
    pub fn iter(&self) -> impl Iterator<Item = PlanPractice> + '_ {
        self.0.iter().copied()
    }

    /// How many practices are chosen.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is chosen.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether no more can be added.
    pub fn is_full(&self) -> bool {
        self.0.len() >= MAX_PRIORITIES
    }
}

/// The level whose practices an area's ratings and priorities refer to: the
/// next level up from a confirmed mark below Partnership.
pub fn plan_level(mark: Option<Level>) -> Option<Level> {
    mark?.next_up()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn practice(area: Area, position: u8) -> PlanPractice {
        PlanPractice::new(area, position).unwrap()
    }

    #[test]
    fn ratings_are_kept_by_position_and_ignore_impossible_positions() {
        let ratings = Ratings::default().with(1, Some(Feasibility::Hard));
        assert_eq!(ratings.get(1), Some(Feasibility::Hard));
        assert_eq!(ratings.get(0), None);
        assert_eq!(ratings.with(MAX_PRACTICES_PER_CELL, Some(Feasibility::Easy)), ratings);
        assert!(ratings.with(1, None).is_empty());
    }

    #[test]
    fn priorities_are_a_set_of_at_most_three_in_area_order() {
        let a = practice(Area::SharingPower, 0);
        let b = practice(Area::BuildingRelationships, 2);
        let c = practice(Area::LinkingToLearning, 1);
        let d = practice(Area::LinkingToLearning, 3);
        let set = Priorities::default().with(a, true).unwrap().with(b, true).unwrap();
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![b, a]);
        assert_eq!(set.with(b, true), Ok(set.clone()), "adding twice changes nothing");
        let full = set.with(c, true).unwrap();
        assert!(full.is_full());
        assert_eq!(full.with(d, true), Err(PrioritiesFull));
        assert_eq!(full.with(a, false).unwrap().len(), 2);
        assert_eq!(full.without_area(Area::LinkingToLearning), set);
        assert_eq!(Priorities::from_practices([a, b, a]), Some(set));
        assert_eq!(Priorities::from_practices([a, b, c, d]), None);
    }

    #[test]
    fn quick_wins_come_first_and_what_is_done_last() {
        let mut ranks: Vec<Option<Feasibility>> =
            vec![Some(Feasibility::AlreadyDoing), None, Some(Feasibility::Hard), Some(Feasibility::Easy), Some(Feasibility::TakesTime)];
        ranks.sort_by_key(|r| Feasibility::plan_rank(*r));
        assert_eq!(Feasibility::RANKS, 5);
        assert_eq!(
            ranks,
            vec![Some(Feasibility::Easy), Some(Feasibility::TakesTime), Some(Feasibility::Hard), None, Some(Feasibility::AlreadyDoing)]
        );
    }

    #[test]
    fn the_plan_level_is_the_next_level_up() {
        assert_eq!(plan_level(Some(Level::Fortress)), Some(Level::ComeIfWeCall));
        assert_eq!(plan_level(Some(Level::Partnership)), None);
        assert_eq!(plan_level(None), None);
        assert_eq!(PlanPractice::all().count(), 5 * usize::from(MAX_PRACTICES_PER_CELL));
    }
}
