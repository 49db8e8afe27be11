//! The plan fields that format 2 appends to format 1's: per area, the
//! feasibility ratings of its next level's practices as one base-5 number,
//! then the priorities as the index of a set of practice slots in the
//! combinatorial number system (the last rows of the table in the `share`
//! module docs).
//!
//! Both numbers are dense, so the plan costs 61 bits rather than the 75 of a
//! 3-bit field per rating and a 5-bit field per priority, and both have
//! values that are never written (625–1023, 1351–2047), which the reader
//! refuses as damage.

use super::bits::{Bits, Reader};
use super::ShareError;
use crate::core::model::{Answers, Area, Feasibility, PlanPractice, Priorities, Ratings, MAX_PRACTICES_PER_CELL, MAX_PRIORITIES};

/// Bits of one area's ratings number.
const RATINGS_BITS: usize = 10;
/// Bits of the priorities' subset index.
const PRIORITIES_BITS: usize = 11;
/// Bits of the fields in this module: five ratings numbers and one index.
pub(super) const BITS: usize = 5 * RATINGS_BITS + PRIORITIES_BITS;

/// The practice positions per area that format 2 rates and names.
const POSITIONS: u8 = 4;
/// The most priorities format 2 holds.
const MOST_CHOSEN: u16 = 3;
/// The slots a priority can name: 5 areas × 4 positions, numbered
/// `4 × area number + position` (see [`area_number`]).
const SLOTS: u16 = 5 * POSITIONS as u16;
/// States of one rated position: unrated, then the four steps of the scale.
const RATING_STATES: u16 = 5;
/// How many ratings numbers exist: 5⁴ = 625.
const RATINGS_NUMBERS: u16 = RATING_STATES.pow(POSITIONS as u32);
/// How many sets of at most three slots exist: 1 + 20 + 190 + 1140 = 1351.
const SUBSETS: u16 = subsets_of_at_most(MOST_CHOSEN);

// Format 2 is frozen at four positions per cell and three priorities; a
// model that allows more needs a new format, and this stops the build rather
// than writing codes that older widgets would read differently.
const _: () = assert!(MAX_PRACTICES_PER_CELL == POSITIONS && MAX_PRIORITIES == MOST_CHOSEN as usize);
const _: () = assert!(Area::ALL.len() == 5);
const _: () = assert!(RATINGS_NUMBERS <= 1 << RATINGS_BITS && SUBSETS <= 1 << PRIORITIES_BITS);

/// Appends the plan, [`BITS`] of it. Only the plan of areas with a plan level
/// is written: ratings or priorities anywhere else name no practice (the
/// model's `set_mark` clears them), and the reader refuses them.
pub(super) fn write(bits: &mut Bits, answers: &Answers) {
    for area in Area::ALL {
        let number = match answers.plan_level(area) {
            Some(_) => ratings_number(answers.area(area).ratings),
            None => 0,
        };
        bits.push(u64::from(number), RATINGS_BITS);
    }
    // The priorities' slots in ascending order, as the subset's index needs
    // them: the slots are walked in order and each priority's is kept.
    let chosen: Vec<u8> = answers.priorities().iter().filter(|practice| answers.plan_level(practice.area()).is_some()).map(slot).collect();
    let slots: Vec<u8> = (0..SLOTS as u8).filter(|number| chosen.contains(number)).collect();
    bits.push(u64::from(subset_index(&slots)), PRIORITIES_BITS);
}

/// Reads the plan into answers whose marks are already read. A value that is
/// never written, a rating in an area without a plan level, or a priority
/// there, is damage.
pub(super) fn read(reader: &mut Reader<'_>, answers: &mut Answers) -> Result<(), ShareError> {
    for area in Area::ALL {
        let number = reader.take(RATINGS_BITS) as u16;
        if number == 0 {
            continue;
        }
        if number >= RATINGS_NUMBERS || answers.plan_level(area).is_none() {
            return Err(ShareError::Damaged);
        }
        answers.area_mut(area).ratings = ratings_from_number(number);
    }
    let slots = subset_from_index(reader.take(PRIORITIES_BITS) as u16).ok_or(ShareError::Damaged)?;
    let practices: Option<Vec<PlanPractice>> = slots.into_iter().map(practice_at).collect();
    let priorities = practices.and_then(Priorities::from_practices).ok_or(ShareError::Damaged)?;
    answers.set_priorities(priorities).map_err(|_| ShareError::Damaged)
}

/// A rating's digit: 0 unrated, 1 already doing, 2 easy, 3 takes time,
/// 4 hard.
fn rating_digit(rating: Option<Feasibility>) -> u16 {
    match rating {
        None => 0,
        Some(Feasibility::AlreadyDoing) => 1,
        Some(Feasibility::Easy) => 2,
        Some(Feasibility::TakesTime) => 3,
        Some(Feasibility::Hard) => 4,
    }
}

/// The rating for a digit below 5.
fn rating_from_digit(digit: u16) -> Option<Feasibility> {
    match digit {
        1 => Some(Feasibility::AlreadyDoing),
        2 => Some(Feasibility::Easy),
        3 => Some(Feasibility::TakesTime),
        4 => Some(Feasibility::Hard),
        _ => None,
    }
}

/// An area's ratings as one number: the digit of position `p` times 5ᵖ.
fn ratings_number(ratings: Ratings) -> u16 {
    (0..POSITIONS).rev().fold(0, |number, position| number * RATING_STATES + rating_digit(ratings.get(position)))
}

/// The ratings for a number below [`RATINGS_NUMBERS`].
fn ratings_from_number(mut number: u16) -> Ratings {
    let mut ratings = Ratings::default();
    for position in 0..POSITIONS {
        ratings = ratings.with(position, rating_from_digit(number % RATING_STATES));
        number /= RATING_STATES;
    }
    ratings
}

/// The area's number in the code, which is its place in [`Area::ALL`]
/// written out, because a frozen format does not follow a reordered enum.
fn area_number(area: Area) -> u8 {
    match area {
        Area::BuildingRelationships => 0,
        Area::LinkingToLearning => 1,
        Area::AddressingDifferences => 2,
        Area::SupportingAdvocacy => 3,
        Area::SharingPower => 4,
    }
}

/// The area with a number in the code.
fn area_from_number(number: u8) -> Option<Area> {
    [Area::BuildingRelationships, Area::LinkingToLearning, Area::AddressingDifferences, Area::SupportingAdvocacy, Area::SharingPower]
        .into_iter()
        .find(|area| area_number(*area) == number)
}

/// A practice's slot: `4 × area number + position`.
fn slot(practice: PlanPractice) -> u8 {
    area_number(practice.area()) * POSITIONS + practice.position()
}

/// The practice in a slot below [`SLOTS`].
fn practice_at(slot: u8) -> Option<PlanPractice> {
    PlanPractice::new(area_from_number(slot / POSITIONS)?, slot % POSITIONS)
}

/// The binomial coefficient C(n, k), exact in every step because
/// C(n, i) × (n − i) is always divisible by i + 1.
const fn binomial(n: u16, k: u16) -> u16 {
    if k > n {
        return 0;
    }
    let mut result: u32 = 1;
    let mut i = 0;
    while i < k {
        result = result * (n - i) as u32 / (i + 1) as u32;
        i += 1;
    }
    result as u16
}

/// How many sets of at most `size` slots exist; also the index of the first
/// set of `size + 1` slots, since smaller sets come first.
const fn subsets_of_at_most(size: u16) -> u16 {
    let mut total = 0;
    let mut k = 0;
    while k <= size {
        total += binomial(SLOTS, k);
        k += 1;
    }
    total
}

/// The index of a set of distinct slots in ascending order: the sets smaller
/// than it, then its rank among sets of its size, Σ C(slotᵢ, i + 1).
fn subset_index(slots: &[u8]) -> u16 {
    let mut index = 0;
    let mut size = 0;
    for slot in slots {
        size += 1;
        index += binomial(u16::from(*slot), size);
    }
    match size {
        0 => 0,
        _ => subsets_of_at_most(size - 1) + index,
    }
}

/// The set of slots, ascending, for an index below [`SUBSETS`]; `None` for
/// any other index, which no encoder writes.
fn subset_from_index(index: u16) -> Option<Vec<u8>> {
    if index >= SUBSETS {
        return None;
    }
    let mut size = 0;
    while size < MOST_CHOSEN && index >= subsets_of_at_most(size) {
        size += 1;
    }
    // Each slot, from the largest, is the largest number whose binomial
    // still fits in the rest of the rank; that rest then stays below the
    // next binomial, so the slots come out distinct and descending.
    let mut rank = index - if size == 0 { 0 } else { subsets_of_at_most(size - 1) };
    let mut slots = Vec::new();
    let mut limit = SLOTS;
    for k in (1..=size).rev() {
        let mut candidate = limit - 1;
        while binomial(candidate, k) > rank {
            candidate -= 1;
        }
        rank -= binomial(candidate, k);
        slots.push(candidate as u8);
        limit = candidate;
    }
    slots.reverse();
    Some(slots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_takes_61_bits() {
        assert_eq!((RATINGS_NUMBERS, SUBSETS, BITS), (625, 1351, 61));
        assert_eq!(binomial(20, 3), 1140);
        assert_eq!(binomial(2, 3), 0);
    }

    #[test]
    fn every_ratings_number_round_trips() {
        for number in 0..RATINGS_NUMBERS {
            assert_eq!(ratings_number(ratings_from_number(number)), number);
        }
        let ratings = Ratings::default().with(0, Some(Feasibility::AlreadyDoing)).with(3, Some(Feasibility::Hard));
        assert_eq!(ratings_number(ratings), 1 + 4 * 125);
    }

    #[test]
    fn every_subset_index_names_one_set_and_no_other_index_does() {
        let mut seen = std::collections::BTreeSet::new();
        for index in 0..SUBSETS {
            let slots = subset_from_index(index).expect("a written index");
            assert!(slots.len() <= 3 && slots.windows(2).all(|w| w[0] < w[1]), "{slots:?}");
            assert!(slots.iter().all(|s| u16::from(*s) < SLOTS), "{slots:?}");
            assert_eq!(subset_index(&slots), index, "{slots:?}");
            assert!(seen.insert(slots));
        }
        assert_eq!(subset_from_index(0), Some(vec![]));
        assert_eq!(subset_from_index(1), Some(vec![0]));
        assert_eq!(subset_from_index(SUBSETS - 1), Some(vec![17, 18, 19]));
        assert!((SUBSETS..1 << PRIORITIES_BITS).all(|index| subset_from_index(index).is_none()));
    }

    #[test]
    fn slots_follow_the_area_order() {
        for (number, area) in Area::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(area_number(area)), number);
            assert_eq!(area_from_number(area_number(area)), Some(area));
        }
        assert_eq!(area_from_number(5), None);
        let practices: Vec<PlanPractice> = (0..SLOTS as u8).filter_map(practice_at).collect();
        assert_eq!(practices, PlanPractice::all().collect::<Vec<_>>());
        assert!(practices.iter().zip(0..).all(|(practice, number)| slot(*practice) == number));
    }
}
