//! The walk-through: which screens exist, how a person moves between them,
//! and how each answer changes the state. `reduce` is a pure function, so
//! every rule here is tested natively; the Yew shell only dispatches actions.

use super::model::{Answers, Area, AssessmentId, Barrier, Belief, BeliefScale, Feasibility, Likert, Mark, PlanPractice, PracticeRef};

mod walk;

pub use walk::{steps, Draft, Screen, Sections, Step, MAX_NOTES_CHARS};

/// Where shared results came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Link,
    File,
}

/// Results opened from a link or a file, shown read-only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedView {
    pub answers: Answers,
    pub source: Source,
    /// The private notes a results file carried (a link never has any).
    /// They are the person's own when they open their own file, so
    /// continuing from the file brings them back.
    pub notes: Option<String>,
}

impl SharedView {
    /// Results opened from a link, which never carries notes.
    pub fn from_link(answers: Answers) -> SharedView {
        SharedView { answers, source: Source::Link, notes: None }
    }
}

/// Everything the walk-through's screens need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub draft: Draft,
    pub sections: Sections,
    /// The draft as it was before "Start over" or before it was replaced by
    /// opened results, kept so the person can bring it back.
    pub previous_draft: Option<Draft>,
    /// Someone's shared results, shown read-only over the person's own draft,
    /// which stays untouched underneath.
    pub shared: Option<SharedView>,
    /// Where "About" was opened from, to return there.
    about_return: Screen,
    /// The area the person tried to leave with Next while it had ticks but
    /// no mark: its step says so in place, once, before Next goes on.
    pub unmarked_ticks: Option<Area>,
    /// The practice the person tried to add as a fourth priority: the plan
    /// says in place that three is the most, until the next action.
    pub priority_refused: Option<PlanPractice>,
    /// The areas whose checked practices may show their school types, one
    /// bit per area (see [`State::types_shown`]).
    revealed: u8,
}

/// Everything a person can do in the walk-through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the intro for the first step.
    Start,
    /// Open the about panel.
    OpenAbout,
    /// Close the about panel and return to where it was opened.
    CloseAbout,
    /// Jump to any step.
    GoTo(Step),
    /// The next step; from the last one, nowhere.
    Next,
    /// The previous step; from the first one, the intro.
    Back,
    /// Tick or untick one practice.
    SetTick { area: Area, practice: PracticeRef, ticked: bool },
    /// Confirm a mark, or clear it with `None`.
    SetMark { area: Area, mark: Option<Mark> },
    /// Answer one belief scale, or clear it with `None`.
    SetBelief { belief: Belief, scale: BeliefScale, value: Option<Likert> },
    /// Rate a practice of an area's next level up on the feasibility scale.
    SetRating { practice: PlanPractice, rating: Option<Feasibility> },
    /// Choose a practice as a priority, or drop it.
    SetPriority { practice: PlanPractice, chosen: bool },
    /// Check or uncheck a barrier.
    SetBarrier { barrier: Barrier, checked: bool },
    /// Replace the private notes.
    SetNotes(String),
    /// Begin a fresh assessment with a new id, keeping the old one for undo.
    StartOver(AssessmentId),
    /// Bring back the draft that "Start over" or opened results replaced.
    RestorePreviousDraft,
    /// Forget the kept previous draft (the person dismissed the notice).
    ForgetPreviousDraft,
    /// Show shared results read-only; the person's own draft is untouched.
    OpenShared(SharedView),
    /// Leave the shared results for the person's own draft.
    CloseShared,
    /// Make the shared results the person's own draft, keeping the old draft
    /// so it can be restored.
    ContinueShared,
}

impl State {
    /// A fresh state around a draft.
    pub fn new(draft: Draft, sections: Sections) -> State {
        let mut state = State {
            draft,
            sections,
            previous_draft: None,
            shared: None,
            about_return: Screen::Intro,
            unmarked_ticks: None,
            priority_refused: None,
            revealed: 0,
        };
        state.draft.screen = state.valid_screen(state.draft.screen);
        state.revealed = state.marked();
        state
    }

    /// The steps of this walk-through.
    pub fn steps(&self) -> Vec<Step> {
        steps(self.sections)
    }

    /// Every step of this walk-through with whether it is answered, for the
    /// progress list.
    pub fn step_statuses(&self) -> Vec<(Step, bool)> {
        self.steps().into_iter().map(|step| (step, step.is_answered(&self.draft))).collect()
    }

    /// The 1-based number of a step and the number of steps.
    pub fn step_number(&self, step: Step) -> Option<(u8, u8)> {
        let steps = self.steps();
        let position = steps.iter().position(|s| *s == step)?;
        Some((position as u8 + 1, steps.len() as u8))
    }

    /// A screen that exists in this walk-through: a step switched off by the
    /// sections falls back to the results.
    fn valid_screen(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Step(step) if !self.steps().contains(&step) => Screen::Step(Step::Results),
            other => other,
        }
    }

    /// Whether the shuffled list may show the school types of `area`'s
    /// checked practices. Not while the person is still checking: seeing
    /// which checks make the school look bad would steer the answers, which
    /// the blind order exists to prevent. The types appear once the area
    /// has a mark (the person chose it) or the person has left the area.
    pub fn types_shown(&self, area: Area) -> bool {
        self.revealed & 1 << area.index() != 0
    }

    /// The areas with a mark, as [`State::types_shown`]'s bits.
    fn marked(&self) -> u8 {
        Area::ALL.into_iter().filter(|area| self.draft.answers.area(*area).mark.is_some()).fold(0, |bits, area| bits | 1 << area.index())
    }

    /// Applies one action and returns the new state.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        // The notice about unmarked ticks belongs to one attempt to leave an
        // area; whatever the person does next settles or replaces it.
        next.unmarked_ticks = None;
        next.priority_refused = None;
        let answers = &mut next.draft.answers;
        match action {
            // A person who stopped midway carries on where they were.
            Action::Start => next.draft.screen = self.valid_screen(Screen::Step(self.draft.resume.unwrap_or(self.steps()[0]))),
            Action::OpenAbout => {
                if self.draft.screen != Screen::About {
                    next.about_return = self.draft.screen;
                }
                next.draft.screen = Screen::About;
            }
            Action::CloseAbout => next.draft.screen = self.about_return,
            Action::GoTo(step) => next.draft.screen = self.valid_screen(Screen::Step(step)),
            Action::Next => match self.area_with_unmarked_ticks() {
                // Ticks without a mark would be lost from the results without
                // a word, so the first Next stays and the step asks; a second
                // Next goes on, keeping the ticks, because nothing may trap
                // the person on a step.
                Some(area) if self.unmarked_ticks != Some(area) => next.unmarked_ticks = Some(area),
                _ => next.draft.screen = self.neighbour(true),
            },
            Action::Back => next.draft.screen = self.neighbour(false),
            Action::SetTick { area, practice, ticked } => {
                let answer = answers.area_mut(area);
                answer.ticks = answer.ticks.with(practice, ticked);
                // Ticking on while the question is open keeps it open, as
                // long as there are ticks to ask about.
                if self.unmarked_ticks == Some(area) && !answer.ticks.is_empty() {
                    next.unmarked_ticks = Some(area);
                }
            }
            Action::SetMark { area, mark } => answers.set_mark(area, mark),
            Action::SetRating { practice, rating } => answers.set_rating(practice, rating),
            Action::SetPriority { practice, chosen } => {
                if answers.set_priority(practice, chosen).is_err() {
                    next.priority_refused = Some(practice);
                }
            }
            Action::SetBelief { belief, scale, value } => answers.belief_mut(belief).set(scale, value),
            Action::SetBarrier { barrier, checked } => answers.barriers = answers.barriers.with(barrier, checked),
            Action::SetNotes(notes) => next.draft.notes = notes.chars().take(MAX_NOTES_CHARS).collect(),
            Action::StartOver(id) => {
                next.previous_draft = Some(self.draft.clone());
                next.draft = Draft::new(id);
                // A new self-check starts blind, whatever was left.
                next.revealed = 0;
                return next;
            }
            Action::RestorePreviousDraft => {
                if let Some(previous) = next.previous_draft.take() {
                    next.draft = previous;
                }
            }
            Action::ForgetPreviousDraft => next.previous_draft = None,
            Action::OpenShared(view) => next.shared = Some(view),
            Action::CloseShared => next.shared = None,
            Action::ContinueShared => {
                if let Some(view) = next.shared.take() {
                    let draft = Draft {
                        answers: view.answers,
                        notes: view.notes.unwrap_or_default(),
                        screen: Screen::Step(Step::Results),
                        resume: Some(Step::Results),
                    };
                    next.replace_draft(draft);
                }
            }
        }
        // Leaving an area, by any way, or marking it reveals its types.
        if let Screen::Step(Step::Area(area)) = self.draft.screen {
            if next.draft.screen != self.draft.screen {
                next.revealed |= 1 << area.index();
            }
        }
        next.revealed |= next.marked();
        if let Screen::Step(step) = next.draft.screen {
            next.draft.resume = Some(step);
        }
        next
    }

    /// The area on screen, if it has ticks but no mark.
    fn area_with_unmarked_ticks(&self) -> Option<Area> {
        match self.draft.screen {
            Screen::Step(Step::Area(area)) => {
                let answer = self.draft.answers.area(area);
                (answer.mark.is_none() && !answer.ticks.is_empty()).then_some(area)
            }
            _ => None,
        }
    }

    fn replace_draft(&mut self, draft: Draft) {
        // A blank draft is not worth keeping, and keeping it would offer to
        // "restore" nothing.
        let old = std::mem::replace(&mut self.draft, draft);
        self.previous_draft = (!old.answers.is_blank() || !old.notes.is_empty()).then_some(old);
        self.draft.screen = self.valid_screen(self.draft.screen);
    }

    fn neighbour(&self, forward: bool) -> Screen {
        let steps = self.steps();
        let current = match self.draft.screen {
            Screen::Step(step) => steps.iter().position(|s| *s == step),
            Screen::Intro | Screen::About => None,
        };
        match (current, forward) {
            (None, true) => Screen::Step(steps[0]),
            (None, false) => Screen::Intro,
            (Some(0), false) => Screen::Intro,
            (Some(i), false) => Screen::Step(steps[i - 1]),
            (Some(i), true) => Screen::Step(*steps.get(i + 1).unwrap_or(&steps[i])),
        }
    }
}

#[cfg(test)]
mod tests;
