//! Small builders shared by the unit tests of the team modules, so each
//! test says only what matters to it.

use super::counts::TeamCounts;
use super::pool::Pool;
use crate::core::model::{Answers, Area, AssessmentId, Level, Mark};

/// A mark from a digit: 0 unmarked, 9 not sure, 1–4 the level.
pub(super) fn mark(digit: u8) -> Option<Mark> {
    match digit {
        9 => Some(Mark::NotSure),
        n => Level::from_number(n).map(Mark::Level),
    }
}

/// Answers with the given id and one mark digit per area (see [`mark`]).
pub(super) fn person(id: u64, marks: [u8; 5]) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id).expect("test ids fit 40 bits"));
    for (area, digit) in Area::ALL.into_iter().zip(marks) {
        answers.area_mut(area).mark = mark(digit);
    }
    answers
}

/// A pool of people with ids 1, 2, … and the given marks.
pub(super) fn pool_of(marks: &[[u8; 5]]) -> Pool {
    let mut pool = Pool::new();
    for (id, row) in (1u64..).zip(marks) {
        pool.add_answers(person(id, *row), "test");
    }
    pool
}

/// The counts of [`pool_of`]; the tests pass at least five people.
pub(super) fn counts_of(marks: &[[u8; 5]]) -> TeamCounts {
    pool_of(marks).counts().expect("the tests pool at least five people")
}
