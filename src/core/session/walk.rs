//! The shape of a walk-through: which sections the embedding page switched
//! on, the numbered steps they make, the screens, and the person's draft.

use crate::core::model::{Answers, Area, AssessmentId, Belief};

/// Which optional sections the embedding page switched on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    /// The checklist of barriers that hold staff back.
    pub barriers: bool,
    /// The private notes box.
    pub notes: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections { barriers: true, notes: true }
    }
}

/// A numbered step of the walk-through ("Step 3 of 8").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// One rubric row.
    Area(Area),
    /// How strongly each core belief is held and practised.
    Beliefs,
    /// The barriers checklist and the private notes (when switched on).
    Reflection,
    /// The summary of results.
    Results,
}

impl Step {
    /// A stable key for the step, used in the saved draft.
    pub fn key(self) -> String {
        match self {
            Step::Area(area) => format!("area:{}", area.key()),
            Step::Beliefs => "beliefs".into(),
            Step::Reflection => "reflection".into(),
            Step::Results => "results".into(),
        }
    }

    /// Whether the step has every answer it asks for (an area's mark, both
    /// scales of every belief), for the progress list. The reflection asks
    /// for nothing in particular, so anything on it (a checked barrier, a
    /// note) answers it; the results are never "answered".
    pub fn is_answered(self, draft: &Draft) -> bool {
        let answers = &draft.answers;
        match self {
            Step::Area(area) => answers.area(area).mark.is_some(),
            Step::Beliefs => Belief::ALL.into_iter().all(|b| {
                let answer = answers.belief(b);
                answer.held.is_some() && answer.practised.is_some()
            }),
            Step::Reflection => !answers.barriers.is_empty() || !draft.notes.trim().is_empty(),
            Step::Results => false,
        }
    }

    /// The step with the given key, if it is one.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "beliefs" => Some(Step::Beliefs),
            "reflection" => Some(Step::Reflection),
            "results" => Some(Step::Results),
            _ => key.strip_prefix("area:").and_then(Area::from_key).map(Step::Area),
        }
    }
}

/// The steps of the walk-through, in order, for the given sections.
pub fn steps(sections: Sections) -> Vec<Step> {
    let mut steps: Vec<Step> = Area::ALL.into_iter().map(Step::Area).collect();
    steps.push(Step::Beliefs);
    if sections.barriers || sections.notes {
        steps.push(Step::Reflection);
    }
    steps.push(Step::Results);
    steps
}

/// What the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The welcome screen.
    Intro,
    /// What the tool is and where its framework comes from.
    About,
    /// A step of the walk-through.
    Step(Step),
}

/// The longest private notes the widget keeps, in characters. Even written
/// entirely in characters that JSON must escape (six bytes each), notes of
/// this length leave a results file within [`super::file::MAX_FILE_BYTES`],
/// so every file the widget writes it can read back.
pub const MAX_NOTES_CHARS: usize = 10_000;

/// A person's own assessment in progress: the shareable answers, the private
/// notes, and where they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub answers: Answers,
    /// Free text that never leaves the device unless the person chooses to
    /// put it in a downloaded file.
    pub notes: String,
    pub screen: Screen,
    /// The step the person was last on, where "Continue" on the intro takes
    /// them back to; `None` before the first step.
    pub resume: Option<Step>,
}

impl Draft {
    /// A new, empty assessment on the intro screen.
    pub fn new(id: AssessmentId) -> Draft {
        Draft { answers: Answers::new(id), notes: String::new(), screen: Screen::Intro, resume: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Barrier, Likert, Mark};

    #[test]
    fn there_are_eight_steps_with_every_section_and_seven_without() {
        assert_eq!(steps(Sections::default()).len(), 8);
        assert_eq!(steps(Sections { barriers: false, notes: false }).len(), 7);
        assert_eq!(steps(Sections { barriers: false, notes: true }).len(), 8);
    }

    #[test]
    fn a_step_is_answered_once_it_has_every_answer_it_asks_for() {
        let mut draft = Draft::new(AssessmentId::from_random([3; 5]));
        assert!(!Step::Area(Area::SharingPower).is_answered(&draft));
        draft.answers.area_mut(Area::SharingPower).mark = Some(Mark::NotSure);
        assert!(Step::Area(Area::SharingPower).is_answered(&draft), "not sure is an answer");
        for belief in Belief::ALL {
            draft.answers.belief_mut(belief).held = Likert::new(3);
        }
        assert!(!Step::Beliefs.is_answered(&draft), "practice is still missing");
        for belief in Belief::ALL {
            draft.answers.belief_mut(belief).practised = Likert::new(2);
        }
        assert!(Step::Beliefs.is_answered(&draft));
        assert!(!Step::Results.is_answered(&draft));
    }

    #[test]
    fn the_reflection_is_answered_by_a_barrier_or_a_note() {
        let mut draft = Draft::new(AssessmentId::from_random([3; 5]));
        assert!(!Step::Reflection.is_answered(&draft));
        draft.notes = "  \n ".into();
        assert!(!Step::Reflection.is_answered(&draft), "white space is not a note");
        draft.notes = "Ask the office staff.".into();
        assert!(Step::Reflection.is_answered(&draft));
        draft.notes.clear();
        draft.answers.barriers = draft.answers.barriers.with(Barrier::HandlingConflict, true);
        assert!(Step::Reflection.is_answered(&draft));
    }

    #[test]
    fn step_keys_round_trip() {
        for step in steps(Sections::default()) {
            assert_eq!(Step::from_key(&step.key()), Some(step));
        }
        assert_eq!(Step::from_key("area:nowhere"), None);
    }
}
