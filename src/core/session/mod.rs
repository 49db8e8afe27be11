//! The walk-through: which screens exist, how a person moves between them,
//! and how each answer changes the state. `reduce` is a pure function, so
//! every rule here is tested natively; the Yew shell only dispatches actions.

use super::model::{
    Answers, Area, AssessmentId, Barrier, Belief, BeliefScale, Feasibility, Likert, Mark, PlanPractice,
    PracticeRef,
};

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
        let mut state =
            State { draft, sections, previous_draft: None, shared: None, about_return: Screen::Intro, unmarked_ticks: None, priority_refused: None, revealed: 0 };
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
            Action::SetBarrier { barrier, checked } => {
                answers.barriers = answers.barriers.with(barrier, checked)
            }
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
mod tests {
    use super::*;
    use crate::core::model::Level;

    fn fresh() -> State {
        State::new(Draft::new(AssessmentId::from_random([1, 2, 3, 4, 5])), Sections::default())
    }

    #[test]
    fn next_and_back_walk_every_step_and_keep_answers() {
        let mut state = fresh().reduce(Action::Start);
        assert_eq!(state.draft.screen, Screen::Step(Step::Area(Area::BuildingRelationships)));
        let practice = PracticeRef::new(Level::OpenDoor, 1).unwrap();
        state = state.reduce(Action::SetTick { area: Area::BuildingRelationships, practice, ticked: true });
        for _ in 0..10 {
            state = state.reduce(Action::Next);
        }
        assert_eq!(state.draft.screen, Screen::Step(Step::Results), "Next stops at the last step");
        for _ in 0..10 {
            state = state.reduce(Action::Back);
        }
        assert_eq!(state.draft.screen, Screen::Intro);
        assert!(state.draft.answers.area(Area::BuildingRelationships).ticks.contains(practice));
    }

    #[test]
    fn about_returns_to_where_it_was_opened() {
        let state = fresh().reduce(Action::GoTo(Step::Beliefs)).reduce(Action::OpenAbout);
        assert_eq!(state.draft.screen, Screen::About);
        assert_eq!(state.reduce(Action::CloseAbout).draft.screen, Screen::Step(Step::Beliefs));
    }

    #[test]
    fn start_over_can_be_undone() {
        let state = fresh().reduce(Action::SetNotes("mine".into()));
        let reset = state.reduce(Action::StartOver(AssessmentId::from_random([9; 5])));
        assert!(reset.draft.notes.is_empty());
        assert_ne!(reset.draft.answers.id, state.draft.answers.id);
        let undone = reset.reduce(Action::RestorePreviousDraft);
        assert_eq!(undone.draft, state.draft);
    }

    #[test]
    fn shared_results_never_touch_the_draft_until_continued_and_can_be_restored() {
        let mine = fresh().reduce(Action::SetNotes("mine".into()));
        let theirs = Answers::new(AssessmentId::from_random([4; 5]));
        let viewing = mine.reduce(Action::OpenShared(SharedView { answers: theirs.clone(), source: Source::Link, notes: None }));
        assert_eq!(viewing.draft, mine.draft);
        assert_eq!(viewing.reduce(Action::CloseShared).draft, mine.draft);
        let continued = viewing.reduce(Action::ContinueShared);
        assert_eq!(continued.draft.answers, theirs);
        assert_eq!(continued.shared, None);
        assert_eq!(continued.reduce(Action::RestorePreviousDraft).draft, mine.draft);
    }

    #[test]
    fn a_switched_off_step_falls_back_to_results() {
        let state = State::new(Draft::new(AssessmentId::from_random([0; 5])), Sections { barriers: false, notes: false });
        assert_eq!(state.reduce(Action::GoTo(Step::Reflection)).draft.screen, Screen::Step(Step::Results));
    }

    /// A state on the first area with one practice ticked and no mark.
    fn ticked_without_a_mark() -> State {
        let practice = PracticeRef::new(Level::OpenDoor, 0).unwrap();
        fresh().reduce(Action::Start).reduce(Action::SetTick { area: Area::BuildingRelationships, practice, ticked: true })
    }

    #[test]
    fn next_from_an_area_with_ticks_and_no_mark_asks_once_then_goes_on() {
        let first_area = Screen::Step(Step::Area(Area::BuildingRelationships));
        let asked = ticked_without_a_mark().reduce(Action::Next);
        assert_eq!(asked.draft.screen, first_area, "the first Next stays");
        assert_eq!(asked.unmarked_ticks, Some(Area::BuildingRelationships));
        let practice = PracticeRef::new(Level::OpenDoor, 1).unwrap();
        let still_asked = asked.reduce(Action::SetTick { area: Area::BuildingRelationships, practice, ticked: true });
        assert_eq!(still_asked.unmarked_ticks, Some(Area::BuildingRelationships), "ticking on keeps the question");
        let went_on = still_asked.reduce(Action::Next);
        assert_eq!(went_on.draft.screen, Screen::Step(Step::Area(Area::LinkingToLearning)), "a second Next goes on");
        assert_eq!(went_on.unmarked_ticks, None);
        assert_eq!(went_on.draft.answers.area(Area::BuildingRelationships).ticks.iter().count(), 2, "nothing is lost");
        assert_eq!(went_on.draft.answers.area(Area::BuildingRelationships).mark, None);
    }

    #[test]
    fn a_mark_or_not_sure_settles_the_question_and_next_goes_on() {
        for mark in [Mark::Level(Level::OpenDoor), Mark::Level(Level::Fortress), Mark::NotSure] {
            let asked = ticked_without_a_mark().reduce(Action::Next);
            let settled = asked.reduce(Action::SetMark { area: Area::BuildingRelationships, mark: Some(mark) });
            assert_eq!(settled.unmarked_ticks, None);
            assert_eq!(settled.reduce(Action::Next).draft.screen, Screen::Step(Step::Area(Area::LinkingToLearning)));
        }
    }

    #[test]
    fn back_and_the_step_list_are_never_held_by_unmarked_ticks() {
        let state = ticked_without_a_mark();
        assert_eq!(state.reduce(Action::Back).draft.screen, Screen::Intro);
        assert_eq!(state.reduce(Action::GoTo(Step::Beliefs)).draft.screen, Screen::Step(Step::Beliefs));
        let asked = state.reduce(Action::Next);
        assert_eq!(asked.reduce(Action::Back).unmarked_ticks, None, "leaving another way clears the question");
        // An area with neither ticks nor a mark is simply left.
        assert_eq!(fresh().reduce(Action::Start).reduce(Action::Next).unmarked_ticks, None);
    }

    #[test]
    fn notes_are_kept_up_to_the_limit() {
        let long = "é".repeat(MAX_NOTES_CHARS + 5);
        let state = fresh().reduce(Action::SetNotes(long));
        assert_eq!(state.draft.notes.chars().count(), MAX_NOTES_CHARS);
    }

    /// A state with Building relationships at Come-if-we-call, so that its
    /// Open-Door practices are the plan's.
    fn with_a_plan_level() -> State {
        fresh().reduce(Action::SetMark { area: Area::BuildingRelationships, mark: Some(Mark::Level(Level::ComeIfWeCall)) })
    }

    fn plan_practice(area: Area, position: u8) -> PlanPractice {
        PlanPractice::new(area, position).unwrap()
    }

    #[test]
    fn ratings_belong_to_the_next_level_up_and_ticked_practices_start_as_already_doing() {
        let practice = plan_practice(Area::BuildingRelationships, 1);
        let ticked = PracticeRef::new(Level::OpenDoor, 2).unwrap();
        let state = with_a_plan_level()
            .reduce(Action::SetTick { area: Area::BuildingRelationships, practice: ticked, ticked: true })
            .reduce(Action::SetRating { practice, rating: Some(Feasibility::Easy) });
        let answers = &state.draft.answers;
        assert_eq!(answers.rating(practice), Some(Feasibility::Easy));
        assert_eq!(answers.rating(plan_practice(Area::BuildingRelationships, 2)), Some(Feasibility::AlreadyDoing));
        assert_eq!(answers.rating(plan_practice(Area::BuildingRelationships, 0)), None);
        // An area without a plan level (unmarked here) has nothing to rate.
        let elsewhere = plan_practice(Area::SharingPower, 0);
        let unchanged = state.reduce(Action::SetRating { practice: elsewhere, rating: Some(Feasibility::Hard) });
        assert_eq!(unchanged.draft.answers, state.draft.answers);
    }

    #[test]
    fn a_new_mark_clears_that_areas_ratings_and_priorities_but_the_same_level_keeps_them() {
        let practice = plan_practice(Area::BuildingRelationships, 0);
        let state = with_a_plan_level()
            .reduce(Action::SetRating { practice, rating: Some(Feasibility::Hard) })
            .reduce(Action::SetPriority { practice, chosen: true });
        let same = state.reduce(Action::SetMark { area: Area::BuildingRelationships, mark: Some(Mark::Level(Level::ComeIfWeCall)) });
        assert_eq!(same.draft.answers, state.draft.answers);
        for mark in [Some(Mark::Level(Level::OpenDoor)), Some(Mark::NotSure), None] {
            let moved = state.reduce(Action::SetMark { area: Area::BuildingRelationships, mark });
            assert_eq!(moved.draft.answers.rating(practice), None);
            assert!(moved.draft.answers.priorities().is_empty(), "{mark:?}");
        }
    }

    #[test]
    fn a_fourth_priority_is_refused_in_place_and_nothing_is_lost() {
        let mut state = with_a_plan_level();
        for position in 0..3 {
            state = state.reduce(Action::SetPriority { practice: plan_practice(Area::BuildingRelationships, position), chosen: true });
        }
        assert_eq!(state.draft.answers.priorities().len(), 3);
        let fourth = plan_practice(Area::BuildingRelationships, 3);
        let refused = state.reduce(Action::SetPriority { practice: fourth, chosen: true });
        assert_eq!(refused.priority_refused, Some(fourth));
        assert_eq!(refused.draft.answers, state.draft.answers);
        let dropped = refused.reduce(Action::SetPriority { practice: plan_practice(Area::BuildingRelationships, 0), chosen: false });
        assert_eq!(dropped.priority_refused, None);
        assert_eq!(dropped.draft.answers.priorities().len(), 2);
        // A practice of an area without a plan level cannot be chosen.
        let unmarked = dropped.reduce(Action::SetPriority { practice: plan_practice(Area::SharingPower, 0), chosen: true });
        assert_eq!(unmarked.draft.answers.priorities().len(), 2);
    }

    #[test]
    fn continuing_from_ones_own_file_brings_back_its_notes() {
        let theirs = Answers::new(AssessmentId::from_random([4; 5]));
        let view = SharedView { answers: theirs, source: Source::File, notes: Some("my notes".into()) };
        let continued = fresh().reduce(Action::OpenShared(view)).reduce(Action::ContinueShared);
        assert_eq!(continued.draft.notes, "my notes");
    }
}
