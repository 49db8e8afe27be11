//! The information-theoretic minimum size of what a code holds, which
//! `make bench` prints beside the code's length to show what the layout and
//! the checksum cost.

use crate::core::model::{Area, AssessmentId, Belief, Level};

/// The information-theoretic minimum size, in bits, of a complete
/// assessment: the base-2 logarithm of how many different answer sets exist.
/// `practices` gives the number of practices in each rubric cell.
///
/// Each of the 5 marks has 6 states (unmarked, not sure, 4 levels), each
/// practice is ticked or not, each of the 8 belief answers has 6 states
/// (unanswered, 1–5), each of the 8 barriers is checked or not, and the id
/// has 40 bits.
pub fn minimum_bits(practices: impl Fn(Area, Level) -> usize) -> f64 {
    without_marks(&practices) + Area::ALL.len() as f64 * 6f64.log2()
}

/// The bits of everything but the marks: the id, the ticks, the belief
/// answers and the barriers.
fn without_marks(practices: &impl Fn(Area, Level) -> usize) -> f64 {
    let ticks: usize = Area::ALL
        .into_iter()
        .flat_map(|area| Level::ALL.into_iter().map(move |level| (area, level)))
        .map(|(area, level)| practices(area, level))
        .sum();
    f64::from(AssessmentId::BITS) + ticks as f64 + (Belief::ALL.len() * 2) as f64 * 6f64.log2() + 8.0
}
