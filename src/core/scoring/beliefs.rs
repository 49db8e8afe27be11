//! The belief answers as scores, and the widest gaps between belief and
//! practice.

use crate::core::model::{Answers, Belief};

/// One belief's held and practised scores and the gap between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeliefScore {
    pub belief: Belief,
    pub held: Option<u8>,
    pub practised: Option<u8>,
    /// Held minus practised, when both are answered.
    pub gap: Option<i8>,
}

/// The belief scores, in belief order.
pub fn belief_scores(answers: &Answers) -> [BeliefScore; 4] {
    Belief::ALL.map(|belief| {
        let answer = answers.belief(belief);
        BeliefScore { belief, held: answer.held.map(|l| l.value()), practised: answer.practised.map(|l| l.value()), gap: answer.gap() }
    })
}

/// The beliefs whose practice falls furthest short of how strongly they are
/// held: every belief whose gap is positive and equal to the widest gap.
pub fn widest_gaps(scores: &[BeliefScore]) -> Vec<Belief> {
    let widest = scores.iter().filter_map(|s| s.gap).filter(|g| *g > 0).max();
    match widest {
        None => Vec::new(),
        Some(widest) => scores.iter().filter(|s| s.gap == Some(widest)).map(|s| s.belief).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widest_gap_lists_every_belief_tied_for_it() {
        let s = |belief, held, practised| BeliefScore {
            belief,
            held: Some(held),
            practised: Some(practised),
            gap: Some(held as i8 - practised as i8),
        };
        let scores = [
            s(Belief::DreamsForChildren, 5, 3),
            s(Belief::CapacityToSupport, 4, 4),
            s(Belief::EqualPartners, 5, 3),
            s(Belief::StaffResponsibility, 2, 4),
        ];
        assert_eq!(widest_gaps(&scores), vec![Belief::DreamsForChildren, Belief::EqualPartners]);
    }
}
