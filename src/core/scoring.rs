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
//! no rule is a *mixed profile*; it names the rule that the fewest changed
//! marks would satisfy, and one smallest set of such changes.

use super::model::{Answers, Area, Belief, Level, PracticeRef};

/// A label of the scoring guide, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    BelowBasic,
    Basic,
    Proficient,
    Advanced,
}

impl Label {
    /// Every label, lowest first.
    pub const ALL: [Label; 4] = [Label::BelowBasic, Label::Basic, Label::Proficient, Label::Advanced];

    /// The school type the label stands for (Advanced is Partnership, …).
    pub fn level(self) -> Level {
        match self {
            Label::BelowBasic => Level::Fortress,
            Label::Basic => Level::ComeIfWeCall,
            Label::Proficient => Level::OpenDoor,
            Label::Advanced => Level::Partnership,
        }
    }

    /// Whether this label's rule holds over the given marks. With fewer than
    /// five marks (some areas not sure), the thresholds stay the same and the
    /// "none" and "every other" conditions apply to the marks given.
    pub fn holds(self, marks: &[Level]) -> bool {
        let count = |level: Level| marks.iter().filter(|m| **m == level).count();
        let (fortress, come, open, partnership) = (
            count(Level::Fortress),
            count(Level::ComeIfWeCall),
            count(Level::OpenDoor),
            count(Level::Partnership),
        );
        match self {
            Label::Advanced => partnership >= 3 && partnership + open == marks.len(),
            Label::Proficient => open + partnership >= 4 && fortress == 0,
            Label::Basic => come >= 3 && partnership == 0,
            Label::BelowBasic => fortress >= 3 && open + partnership == 0,
        }
    }
}

/// The highest label whose rule holds over the marks, if any.
pub fn label_for(marks: &[Level]) -> Option<Label> {
    Label::ALL.into_iter().rev().find(|label| label.holds(marks))
}

/// One area's mark moving from one school type to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Change {
    pub area: Area,
    pub from: Level,
    pub to: Level,
}

/// Why a pattern got no label, and what would give it one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mixed {
    /// The label whose rule the fewest changed marks would satisfy; among
    /// equally close rules, the highest.
    pub closest: Label,
    /// One smallest set of changes after which `closest` holds. Among equally
    /// small sets, the one that moves marks up the continuum the least far
    /// in total is chosen, then the earliest areas.
    pub changes: Vec<Change>,
}

/// The outcome of scoring the marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Label(Label),
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
}

/// Scores a set of per-area levels (`None` for not sure / not answered).
pub fn score_levels(levels: [Option<Level>; 5]) -> AreaScore {
    let given: Vec<(Area, Level)> =
        Area::ALL.into_iter().zip(levels).filter_map(|(area, level)| Some((area, level?))).collect();
    let missing = Area::ALL.into_iter().zip(levels).filter(|(_, l)| l.is_none()).map(|(a, _)| a).collect();
    let marks: Vec<Level> = given.iter().map(|(_, level)| *level).collect();
    let outcome = if marks.is_empty() {
        Outcome::NoMarks
    } else if marks.len() < 3 {
        Outcome::TooFewMarks { given: marks.len() as u8 }
    } else if let Some(label) = label_for(&marks) {
        Outcome::Label(label)
    } else {
        Outcome::Mixed(closest_rule(&given))
    };
    AreaScore { levels, outcome, missing }
}

/// Scores one person's answers.
pub fn score(answers: &Answers) -> AreaScore {
    score_levels(answers.levels())
}

/// Callers pass at least three marks. Searches every re-marking of the given areas for the nearest one that
/// satisfies some rule. At most 4^5 = 1024 candidates, so brute force is the
/// clearest correct method.
fn closest_rule(given: &[(Area, Level)]) -> Mixed {
    let mut best: Option<(usize, Label, u32, Vec<Change>)> = None;
    let candidates = 4usize.pow(given.len() as u32);
    for code in 0..candidates {
        let candidate: Vec<Level> = (0..given.len())
            .map(|i| Level::ALL[(code / 4usize.pow(i as u32)) % 4])
            .collect();
        let Some(label) = label_for(&candidate) else { continue };
        let changes: Vec<Change> = given
            .iter()
            .zip(&candidate)
            .filter(|((_, from), to)| from != *to)
            .map(|((area, from), to)| Change { area: *area, from: *from, to: *to })
            .collect();
        let distance = changes.len();
        let travel: u32 =
            changes.iter().map(|c| u32::from(c.from.number().abs_diff(c.to.number()))).sum();
        // Fewer changes first; then the higher label; then the smaller moves;
        // then the first found, which changes the earliest areas.
        let better = match &best {
            None => true,
            Some((d, l, t, _)) => (distance, std::cmp::Reverse(label), travel) < (*d, std::cmp::Reverse(*l), *t),
        };
        if better {
            best = Some((distance, label, travel, changes));
        }
    }
    // With three or more given marks some rule is always reachable (all of
    // them Partnership satisfies Advanced), so `best` is set; the fallback
    // only keeps this function total.
    let (_, closest, _, changes) = best.unwrap_or((0, Label::Advanced, 0, Vec::new()));
    Mixed { closest, changes }
}

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
        BeliefScore {
            belief,
            held: answer.held.map(|l| l.value()),
            practised: answer.practised.map(|l| l.value()),
            gap: answer.gap(),
        }
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

/// What the next level up looks like in one area, for the results page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub area: Area,
    /// The level the area is at now.
    pub from: Level,
    /// The next level up.
    pub to: Level,
    /// For each practice of the next level (by position): whether the person
    /// already ticked it.
    pub already_done: Vec<bool>,
}

impl NextStep {
    /// How many of the next level's practices the person already ticked.
    pub fn already_done_count(&self) -> usize {
        self.already_done.iter().filter(|done| **done).count()
    }
}

/// The next level up for every area that has a level below Partnership, in
/// area order. `practice_count` says how many practices each cell holds.
pub fn next_steps(answers: &Answers, practice_count: impl Fn(Area, Level) -> usize) -> Vec<NextStep> {
    Area::ALL
        .into_iter()
        .filter_map(|area| {
            let answer = answers.area(area);
            let from = answer.level()?;
            let to = from.next_up()?;
            let already_done = (0..practice_count(area, to))
                .map(|position| {
                    u8::try_from(position)
                        .ok()
                        .and_then(|p| PracticeRef::new(to, p))
                        .is_some_and(|practice| answer.ticks.contains(practice))
                })
                .collect();
            Some(NextStep { area, from, to, already_done })
        })
        .collect()
}

/// Whether every area is marked Partnership, which is why there are no
/// next steps (rather than because nothing is marked yet).
pub fn all_at_partnership(answers: &Answers) -> bool {
    answers.levels().iter().all(|level| *level == Some(Level::Partnership))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn framework_examples_are_mixed_with_the_closest_rule_named() {
        let mixed = score_levels([Some(Fortress), Some(Fortress), Some(ComeIfWeCall), Some(ComeIfWeCall), Some(OpenDoor)]);
        match mixed.outcome {
            Outcome::Mixed(m) => {
                assert_eq!(m.closest, Label::Basic);
                assert_eq!(m.changes.len(), 1);
            }
            other => panic!("expected mixed, got {other:?}"),
        }
        let mixed = score_levels([Some(Fortress), Some(Partnership), Some(Partnership), Some(Partnership), Some(Partnership)]);
        match mixed.outcome {
            Outcome::Mixed(m) => {
                assert_eq!(m.closest, Label::Advanced);
                assert_eq!(m.changes, vec![Change { area: Area::BuildingRelationships, from: Fortress, to: OpenDoor }]);
            }
            other => panic!("expected mixed, got {other:?}"),
        }
    }

    #[test]
    fn the_highest_holding_label_wins() {
        // Three Partnership and two Open-Door satisfy Advanced and Proficient.
        assert_eq!(label_for(&[Partnership, Partnership, Partnership, OpenDoor, OpenDoor]), Some(Label::Advanced));
        assert_eq!(label_for(&[OpenDoor; 5]), Some(Label::Proficient));
    }

    #[test]
    fn missing_areas_make_the_outcome_provisional() {
        let score = score_levels([Some(Partnership), None, Some(Partnership), Some(Partnership), None]);
        assert!(score.is_provisional());
        assert_eq!(score.missing, vec![Area::LinkingToLearning, Area::SharingPower]);
        assert_eq!(score.outcome, Outcome::Label(Label::Advanced));
        assert_eq!(score_levels([None; 5]).outcome, Outcome::NoMarks);
    }

    #[test]
    fn next_steps_skip_partnership_and_unmarked_areas_and_count_what_is_done() {
        use crate::core::model::{AssessmentId, Mark};
        let mut answers = Answers::new(AssessmentId::from_random([0; 5]));
        answers.area_mut(Area::BuildingRelationships).mark = Some(Mark::Level(ComeIfWeCall));
        let ticked = PracticeRef::new(OpenDoor, 2).unwrap();
        answers.area_mut(Area::BuildingRelationships).ticks = answers.area(Area::BuildingRelationships).ticks.with(ticked, true);
        answers.area_mut(Area::LinkingToLearning).mark = Some(Mark::Level(Partnership));
        answers.area_mut(Area::SharingPower).mark = Some(Mark::NotSure);
        let steps = next_steps(&answers, |_, _| 3);
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].to, OpenDoor);
        assert_eq!(steps[0].already_done, vec![false, false, true]);
        assert_eq!(steps[0].already_done_count(), 1);
    }

    #[test]
    fn all_at_partnership_needs_every_area_marked_partnership() {
        use crate::core::model::{AssessmentId, Mark};
        let mut answers = Answers::new(AssessmentId::from_random([0; 5]));
        assert!(!all_at_partnership(&answers), "nothing marked is not all at Partnership");
        for area in Area::ALL {
            answers.area_mut(area).mark = Some(Mark::Level(Partnership));
        }
        assert!(all_at_partnership(&answers));
        answers.area_mut(Area::SharingPower).mark = Some(Mark::NotSure);
        assert!(!all_at_partnership(&answers), "a Not sure area has no level");
        assert!(next_steps(&answers, |_, _| 3).is_empty(), "still no next steps, for another reason");
    }

    #[test]
    fn widest_gap_lists_every_belief_tied_for_it() {
        let s = |belief, held, practised| BeliefScore { belief, held: Some(held), practised: Some(practised), gap: Some(held as i8 - practised as i8) };
        let scores = [
            s(Belief::DreamsForChildren, 5, 3),
            s(Belief::CapacityToSupport, 4, 4),
            s(Belief::EqualPartners, 5, 3),
            s(Belief::StaffResponsibility, 2, 4),
        ];
        assert_eq!(widest_gaps(&scores), vec![Belief::DreamsForChildren, Belief::EqualPartners]);
    }
}
