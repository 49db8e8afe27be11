//! Turns the five area marks into a label by the published district scoring
//! guide, and the belief answers into gaps.
//!
//! | label       | rule over the five marks                                   |
//! |-------------|------------------------------------------------------------|
//! | Advanced    | 3 or more Partnership, and every other mark Open-Door      |
//! | Proficient  | 4 or more Open-Door or Partnership, and none Fortress      |
//! | Basic       | 3 or more Come-if-we-call, and none Partnership            |
//! | Below basic | 3 or more Fortress, and none Open-Door or Partnership      |
//!
//! The highest label whose rule holds is reported. A pattern that satisfies
//! no rule is a *mixed profile*; it names the closest label and the
//! smallest suggestion that would give it, made only of answers to open
//! areas and one-level-up moves of given marks (see [`Mixed`], and
//! [`Suggestion`] for what "closest" means).

mod beliefs;
mod closest;
mod next;
mod rules;

pub use beliefs::{belief_scores, widest_gaps, BeliefScore};
pub use closest::{Answering, Mixed, OpenAnswer, StepUp, Suggestion};
pub use next::{all_at_partnership, next_steps, NextStep};
pub use rules::{check_rules, label_for, Condition, Label, LevelSet, Rule, RuleCheck, Standing};

use super::model::{Answers, Area, Level};
use closest::closest;

/// The outcome of scoring the marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The highest label whose rule holds over the given marks.
    Label(Label),
    /// Three or more marks are given and no rule holds over them: a mixed
    /// profile, with the closest label a suggestion could reach, if any.
    Mixed(Mixed),
    /// No area has a level yet.
    NoMarks,
    /// Only one or two areas have a level. Every rule needs at least three
    /// marks, so no label, nor a closest one, can be named yet.
    TooFewMarks { given: u8 },
}

/// The scored result of one assessment's areas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaScore {
    /// The level chosen in each area, in area order (`None`: not sure or not
    /// answered).
    pub levels: [Option<Level>; 5],
    pub outcome: Outcome,
    /// Areas without a level. When any are missing the outcome is
    /// provisional: it is computed over the marks given.
    pub missing: Vec<Area>,
}

impl AreaScore {
    /// Whether some areas have no level, so the outcome may still change.
    pub fn is_provisional(&self) -> bool {
        !self.missing.is_empty()
    }

    /// The given marks (the areas with a level), in area order.
    pub fn marks(&self) -> Vec<Level> {
        self.levels.iter().flatten().copied().collect()
    }

    /// Every label's rule checked over the given marks, lowest label first:
    /// what a view needs to show how the outcome was worked out.
    pub fn rule_checks(&self) -> [RuleCheck; 4] {
        check_rules(&self.marks())
    }
}

/// Scores a set of per-area levels (`None` for not sure / not answered).
pub fn score_levels(levels: [Option<Level>; 5]) -> AreaScore {
    let missing = Area::ALL.into_iter().zip(levels).filter(|(_, l)| l.is_none()).map(|(a, _)| a).collect();
    let marks: Vec<Level> = levels.iter().flatten().copied().collect();
    let outcome = if marks.is_empty() {
        Outcome::NoMarks
    } else if marks.len() < 3 {
        Outcome::TooFewMarks { given: marks.len() as u8 }
    } else if let Some(label) = label_for(&marks) {
        Outcome::Label(label)
    } else {
        Outcome::Mixed(closest(&levels))
    };
    AreaScore { levels, outcome, missing }
}

/// Scores one person's answers.
pub fn score(answers: &Answers) -> AreaScore {
    score_levels(answers.levels())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn missing_areas_make_the_outcome_provisional() {
        let score = score_levels([Some(Partnership), None, Some(Partnership), Some(Partnership), None]);
        assert!(score.is_provisional());
        assert_eq!(score.missing, vec![Area::LinkingToLearning, Area::SharingPower]);
        assert_eq!(score.outcome, Outcome::Label(Label::Advanced));
        assert_eq!(score_levels([None; 5]).outcome, Outcome::NoMarks);
    }
}
