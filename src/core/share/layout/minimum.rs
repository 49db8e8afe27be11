//! The information-theoretic minimum size of what each format holds, which
//! `make bench` prints beside the codes' lengths to show what the layout
//! and the checksum cost.

use crate::core::model::{plan_level, Area, AssessmentId, Belief, Level, MAX_PRIORITIES};

/// The information-theoretic minimum size, in bits, of a complete
/// assessment: the base-2 logarithm of how many different answer sets exist.
/// `practices` gives the number of practices in each rubric cell.
///
/// Each of the 5 marks has 6 states (unmarked, not sure, 4 levels), each
/// practice is ticked or not, each of the 8 belief answers has 6 states
/// (unanswered, 1–5), each of the 8 barriers is checked or not, and the id
/// has 40 bits. This is what format 1 holds; [`minimum_bits_v2`] adds the
/// plan.
pub fn minimum_bits(practices: impl Fn(Area, Level) -> usize) -> f64 {
    without_marks(&practices) + Area::ALL.len() as f64 * 6f64.log2()
}

/// The information-theoretic minimum size, in bits, of what format 2 holds:
/// everything [`minimum_bits`] counts, with the marks counted together with
/// the plan they allow, since which practices can be rated and chosen
/// depends on the marks.
///
/// It counts exactly the answer sets the model allows: an area marked at a
/// level below Partnership has a plan level, the next one up, and each of
/// that cell's practices (`practices` of the area and the plan level) is
/// unrated or rated one of the 4 steps of the feasibility scale; an area
/// unmarked, not sure or at Partnership has no plan. The priorities are any
/// set of at most [`MAX_PRIORITIES`] of all the plan practices of all
/// areas. The sum runs over every combination of marks, so it is neither
/// the largest plan alone nor an average.
pub fn minimum_bits_v2(practices: impl Fn(Area, Level) -> usize) -> f64 {
    // `ways[n]` is how many ways the areas so far can be marked and rated
    // with `n` plan practices between them; the priorities, which are chosen
    // among all of them, are counted once the total is known.
    let mut ways = vec![1.0f64];
    for area in Area::ALL {
        // Unmarked and not sure have no plan; each level has the plan of the
        // level above it, or none at Partnership.
        let states: Vec<(usize, f64)> = [None, None]
            .into_iter()
            .chain(Level::ALL.map(|level| plan_level(Some(level))))
            .map(|plan| {
                plan.map_or((0, 1.0), |plan| {
                    let rated = practices(area, plan);
                    (rated, 5f64.powi(i32::try_from(rated).unwrap_or(i32::MAX)))
                })
            })
            .collect();
        let widest = states.iter().map(|(rated, _)| *rated).max().unwrap_or(0);
        let mut next = vec![0.0; ways.len() + widest];
        for (before, count) in ways.iter().enumerate() {
            for (rated, ratings) in &states {
                if let Some(slot) = next.get_mut(before + rated) {
                    *slot += count * ratings;
                }
            }
        }
        ways = next;
    }
    let with_priorities: f64 =
        ways.iter().enumerate().map(|(plan_practices, count)| count * sets_of_at_most(plan_practices, MAX_PRIORITIES)).sum();
    without_marks(&practices) + with_priorities.log2()
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

/// How many sets of at most `most` items can be chosen from `items`.
fn sets_of_at_most(items: usize, most: usize) -> f64 {
    let mut total = 0.0;
    let mut binomial = 1.0;
    for k in 0..=most.min(items) {
        total += binomial;
        binomial = binomial * (items - k) as f64 / (k + 1) as f64;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_is_counted_over_every_combination_of_marks() {
        assert_eq!(sets_of_at_most(15, 3), 576.0);
        assert_eq!(sets_of_at_most(2, 3), 4.0);
        // With one practice per cell, counted by hand: per area 3 states
        // without a plan and 3 with one practice rated 5 ways; the sets of at
        // most 3 of the k plan practices are 1, 2, 4, 8, 15, 26 for k = 0–5.
        let sets = [1.0, 2.0, 4.0, 8.0, 15.0, 26.0];
        let by_hand: f64 = (0..=5)
            .map(|k: usize| {
                let choose = [1.0, 5.0, 10.0, 10.0, 5.0, 1.0][k];
                choose * 15f64.powi(k as i32) * 3f64.powi(5 - k as i32) * sets[k]
            })
            .sum();
        let expected = minimum_bits(|_, _| 1) - 5.0 * 6f64.log2() + by_hand.log2();
        assert!((minimum_bits_v2(|_, _| 1) - expected).abs() < 1e-9);
        // No practices at all leave nothing to plan.
        assert!((minimum_bits_v2(|_, _| 0) - minimum_bits(|_, _| 0)).abs() < 1e-9);
    }
}
