//! The families' check-in as one state and one pure reducer: which step is
//! shown, the answers so far, whether they came from a link (then they are
//! shown read-only), what a damaged link was, and how passing the answers
//! on went. The shell (`app/family/`) renders it and dispatches
//! [`FamilyAction`]s.

use super::answers::{Agreement, FamilyAnswers, FamilyBarrier, FamilyId, Item, PlaceAnswer};
use super::code::{decode_family, family_fragment, FamilyCodeError, FAMILY_FRAGMENT_PREFIX};
use super::suggest::{suggestions, Suggestion};
use crate::core::model::Area;

/// One screen of the check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FamilyStep {
    /// What the check-in is, and "Start".
    Intro,
    /// One area's four statements and "I don't know".
    Area(Area),
    /// The five "feeling invited" items.
    Invitation,
    /// The three "joining" items.
    Joining,
    /// The optional checklist of what makes it hard to take part.
    Barriers,
    /// Thanks, how to pass the answers on, and the suggestions.
    End,
}

impl FamilyStep {
    /// Every step, in the order a family walks them.
    pub const ALL: [FamilyStep; 10] = [
        FamilyStep::Intro,
        FamilyStep::Area(Area::BuildingRelationships),
        FamilyStep::Area(Area::LinkingToLearning),
        FamilyStep::Area(Area::AddressingDifferences),
        FamilyStep::Area(Area::SupportingAdvocacy),
        FamilyStep::Area(Area::SharingPower),
        FamilyStep::Invitation,
        FamilyStep::Joining,
        FamilyStep::Barriers,
        FamilyStep::End,
    ];

    fn position(self) -> usize {
        FamilyStep::ALL.iter().position(|step| *step == self).unwrap_or(0)
    }

    /// The step after this one (the end stays the end).
    pub fn next(self) -> FamilyStep {
        FamilyStep::ALL.get(self.position() + 1).copied().unwrap_or(FamilyStep::End)
    }

    /// The step before this one (the intro stays the intro).
    pub fn back(self) -> FamilyStep {
        self.position().checked_sub(1).map_or(FamilyStep::Intro, |at| FamilyStep::ALL[at])
    }

    /// The question's number among the eight question screens (1–8), or
    /// `None` for the intro and the end.
    pub fn question_number(self) -> Option<u8> {
        match self {
            FamilyStep::Intro | FamilyStep::End => None,
            step => u8::try_from(step.position()).ok(),
        }
    }
}

/// How many question screens there are.
pub const QUESTION_SCREENS: u8 = 8;

/// How an attempt to pass the answers on went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Passed {
    /// The link was copied.
    Copied,
    /// Copying was refused; the link is shown to copy by hand.
    CopyFailed,
    /// The phone's share sheet took the link.
    Shared,
}

/// What the family can do on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FamilyAction {
    /// Goes to the next step.
    Next,
    /// Goes to the step before.
    Back,
    /// Chooses a statement (or "I don't know") for an area.
    Place(Area, PlaceAnswer),
    /// Chooses a point for an item.
    Agree(Item, Agreement),
    /// Checks or unchecks a barrier.
    Barrier(FamilyBarrier, bool),
    /// Reports how passing the link on went.
    Passed(Passed),
    /// Leaves answers opened from a link and starts the family's own, with
    /// a new random id.
    AnswerOwn(FamilyId),
}

/// The check-in's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FamilyState {
    /// The answers so far, or those of the link opened.
    pub answers: FamilyAnswers,
    /// The screen shown.
    pub step: FamilyStep,
    /// The answers came from a link: they are shown, not changed.
    pub from_link: bool,
    /// The link opened held a code that could not be read.
    pub link_problem: Option<FamilyCodeError>,
    /// How passing the answers on went, once tried.
    pub passed: Option<Passed>,
}

impl FamilyState {
    /// The state for a page opened with `fragment` (without `#`): a family
    /// code there opens its answers on the end screen, read-only; anything
    /// else starts an empty check-in with the random `id`.
    pub fn open(fragment: &str, id: FamilyId) -> FamilyState {
        let fresh =
            FamilyState { answers: FamilyAnswers::new(id), step: FamilyStep::Intro, from_link: false, link_problem: None, passed: None };
        if !fragment.starts_with(FAMILY_FRAGMENT_PREFIX) {
            return fresh;
        }
        match decode_family(fragment) {
            Ok(answers) => FamilyState { answers, step: FamilyStep::End, from_link: true, ..fresh },
            Err(problem) => FamilyState { link_problem: Some(problem), ..fresh },
        }
    }

    /// The state after `action`. Answers opened from a link are not
    /// changed by any answer.
    pub fn reduce(self, action: FamilyAction) -> FamilyState {
        let mut next = self;
        match action {
            FamilyAction::Next => {
                next.step = self.step.next();
                next.link_problem = None;
            }
            FamilyAction::Back if !self.from_link => next.step = self.step.back(),
            FamilyAction::Place(area, answer) if !self.from_link => next.answers.set_place(area, Some(answer)),
            FamilyAction::Agree(item, point) if !self.from_link => next.answers.set_item(item, Some(point)),
            FamilyAction::Barrier(barrier, checked) if !self.from_link => {
                next.answers.barriers = self.answers.barriers.with(barrier, checked)
            }
            FamilyAction::Passed(outcome) => next.passed = Some(outcome),
            FamilyAction::AnswerOwn(id) => next = FamilyState::open("", id),
            FamilyAction::Back | FamilyAction::Place(..) | FamilyAction::Agree(..) | FamilyAction::Barrier(..) => {}
        }
        if next.answers != self.answers {
            next.passed = None;
        }
        next
    }

    /// The fragment of the link that passes these answers on, without `#`.
    pub fn link_fragment(&self) -> String {
        family_fragment(&self.answers)
    }

    /// What the end screen suggests asking the school for.
    pub fn suggestions(&self) -> Vec<Suggestion> {
        suggestions(&self.answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Level;

    fn id() -> FamilyId {
        FamilyId::from_random([3; 5])
    }

    #[test]
    fn a_family_walks_every_step_and_back() {
        let mut state = FamilyState::open("", id());
        assert_eq!(state.step, FamilyStep::Intro);
        let mut walked = vec![state.step];
        while state.step != FamilyStep::End {
            state = state.reduce(FamilyAction::Next);
            walked.push(state.step);
        }
        assert_eq!(walked, FamilyStep::ALL);
        assert_eq!(state.reduce(FamilyAction::Next).step, FamilyStep::End);
        assert_eq!(state.reduce(FamilyAction::Back).step, FamilyStep::Barriers);
        assert_eq!(FamilyStep::Intro.back(), FamilyStep::Intro);
        let numbers: Vec<_> = FamilyStep::ALL.into_iter().filter_map(FamilyStep::question_number).collect();
        assert_eq!(numbers, (1..=QUESTION_SCREENS).collect::<Vec<_>>());
    }

    #[test]
    fn answers_are_kept_and_a_link_opens_them_read_only_on_the_end_screen() {
        let state = FamilyState::open("", id())
            .reduce(FamilyAction::Place(Area::LinkingToLearning, PlaceAnswer::Level(Level::OpenDoor)))
            .reduce(FamilyAction::Agree(Item::ChildAsks, Agreement::Agree))
            .reduce(FamilyAction::Barrier(FamilyBarrier::Transport, true))
            .reduce(FamilyAction::Passed(Passed::Copied));
        assert_eq!(state.passed, Some(Passed::Copied));
        let opened = FamilyState::open(&state.link_fragment(), FamilyId::from_random([9; 5]));
        assert_eq!((opened.answers, opened.step, opened.from_link), (state.answers, FamilyStep::End, true));
        let unchanged = opened
            .reduce(FamilyAction::Place(Area::LinkingToLearning, PlaceAnswer::DontKnow))
            .reduce(FamilyAction::Barrier(FamilyBarrier::Transport, false))
            .reduce(FamilyAction::Back);
        assert_eq!(unchanged, opened);
        let own = opened.reduce(FamilyAction::AnswerOwn(FamilyId::from_random([4; 5])));
        assert!(own.answers.is_empty() && !own.from_link && own.step == FamilyStep::Intro);
    }

    #[test]
    fn changing_an_answer_forgets_that_the_old_link_was_passed_on() {
        let state = FamilyState::open("", id()).reduce(FamilyAction::Passed(Passed::Shared));
        assert_eq!(state.reduce(FamilyAction::Agree(Item::MyJob, Agreement::Neither)).passed, None);
    }

    #[test]
    fn a_damaged_link_starts_an_empty_check_in_that_says_so() {
        let state = FamilyState::open("f=F1AAAA", id());
        assert_eq!((state.step, state.link_problem, state.from_link), (FamilyStep::Intro, Some(FamilyCodeError::Damaged), false));
        assert!(state.answers.is_empty());
        assert_eq!(state.reduce(FamilyAction::Next).link_problem, None);
        assert_eq!(FamilyState::open("r=P2abc", id()).link_problem, None);
    }
}
