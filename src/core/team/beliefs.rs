//! The team's widest gap between a belief held and the school's practice
//! of it, by the average over those who answered both scales.

use super::counts::BeliefCounts;
use crate::core::model::Belief;

/// Where the team's practice trails its beliefs furthest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamWidestGap {
    /// Nobody answered both scales of any belief.
    NotAnswered,
    /// On average, practice keeps up with (or runs ahead of) every belief:
    /// no belief's average gap is above zero.
    PracticeKeepsUp,
    /// The beliefs whose average gap is the widest, in the instrument's
    /// order; ties are all listed, as for one person's results.
    Widest {
        /// Every belief tied for the widest average gap.
        beliefs: Vec<Belief>,
        /// That average gap in tenths (15 means 1.5 points), rounded half
        /// away from zero.
        gap_tenths: i16,
    },
}

/// The widest average gap among the beliefs' counts (in the instrument's
/// order). Averages are compared exactly as fractions, so two beliefs tie
/// only when their averages are equal, not merely equal once rounded.
pub fn widest_gap(beliefs: &[BeliefCounts; 4]) -> TeamWidestGap {
    let answered: Vec<(Belief, &BeliefCounts)> = Belief::ALL.into_iter().zip(beliefs).filter(|(_, c)| c.gap_count > 0).collect();
    if answered.is_empty() {
        return TeamWidestGap::NotAnswered;
    }
    // `a` is at least `b` when a.sum / a.count ≥ b.sum / b.count.
    let at_least = |a: &BeliefCounts, b: &BeliefCounts| {
        i128::from(a.gap_sum) * i128::from(b.gap_count) >= i128::from(b.gap_sum) * i128::from(a.gap_count)
    };
    let Some((_, widest)) = answered.iter().copied().reduce(|best, next| if at_least(best.1, next.1) { best } else { next }) else {
        return TeamWidestGap::NotAnswered;
    };
    if widest.gap_sum <= 0 {
        return TeamWidestGap::PracticeKeepsUp;
    }
    let tied = answered.iter().filter(|(_, c)| at_least(c, widest)).map(|(belief, _)| *belief).collect();
    TeamWidestGap::Widest { beliefs: tied, gap_tenths: widest.gap_tenths().unwrap_or(0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(sum: i64, count: u32) -> BeliefCounts {
        BeliefCounts { gap_sum: sum, gap_count: count, ..BeliefCounts::default() }
    }

    #[test]
    fn the_widest_average_gap_lists_every_belief_tied_for_it() {
        let beliefs = [gap(3, 2), gap(6, 4), gap(5, 4), gap(-8, 4)];
        assert_eq!(widest_gap(&beliefs), TeamWidestGap::Widest { beliefs: vec![Belief::ALL[0], Belief::ALL[1]], gap_tenths: 15 });
        // 1.25 and 1.3 both round to 1.3 but are not tied.
        let close = [gap(5, 4), gap(13, 10), gap(0, 0), gap(0, 0)];
        assert_eq!(widest_gap(&close), TeamWidestGap::Widest { beliefs: vec![Belief::ALL[1]], gap_tenths: 13 });
        assert_eq!(widest_gap(&[gap(0, 3), gap(-2, 3), gap(0, 0), gap(0, 0)]), TeamWidestGap::PracticeKeepsUp);
        assert_eq!(widest_gap(&[BeliefCounts::default(); 4]), TeamWidestGap::NotAnswered);
    }
}
