//! Two rules of the walk-through a person on a phone runs into: the blind
//! order keeps the school types of checked practices out of sight until the
//! person leaves the area or marks it, and a self-check left midway
//! carries on at the step where the person stopped, even after a reload.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::draft;
use partnership_selfcheck::core::model::{Area, AssessmentId, Level, Mark, PracticeRef};
use partnership_selfcheck::core::session::{Action, Draft, Screen, Sections, State, Step};

fn fresh() -> State {
    State::new(Draft::new(AssessmentId::from_random([5, 4, 3, 2, 1])), Sections::default())
}

fn tick(area: Area) -> Action {
    Action::SetTick { area, practice: PracticeRef::new(Level::Fortress, 0).expect("a practice"), ticked: true }
}

/// The state after a save and a reload.
fn reloaded(state: &State) -> State {
    State::new(draft::decode(&draft::encode(&state.draft)).expect("the draft reads back"), Sections::default())
}

const FIRST: Area = Area::BuildingRelationships;

#[test]
fn types_stay_hidden_while_checking_and_appear_once_the_area_is_left() {
    let mut state = fresh().reduce(Action::Start).reduce(tick(FIRST));
    assert!(!state.types_shown(FIRST), "checking alone shows no type");
    // The first Next with ticks and no mark stays to ask: still on the area.
    state = state.reduce(Action::Next);
    assert_eq!(state.draft.screen, Screen::Step(Step::Area(FIRST)));
    assert!(!state.types_shown(FIRST));
    state = state.reduce(Action::Next);
    assert!(state.types_shown(FIRST), "left by Next");
    assert!(!state.types_shown(Area::LinkingToLearning), "the area now on screen is not revealed");
    state = state.reduce(tick(Area::LinkingToLearning)).reduce(Action::Back);
    assert!(state.types_shown(Area::LinkingToLearning), "left by Back");
    state = state.reduce(Action::GoTo(Step::Area(Area::SharingPower))).reduce(Action::GoTo(Step::Beliefs));
    assert!(state.types_shown(Area::SharingPower), "left by the step list");
    assert!(!state.types_shown(Area::SupportingAdvocacy), "never visited");
}

#[test]
fn choosing_a_mark_reveals_the_types_and_a_reload_keeps_them_for_marked_areas() {
    let mut state = fresh().reduce(Action::Start).reduce(tick(FIRST));
    state = state.reduce(Action::SetMark { area: FIRST, mark: Some(Mark::NotSure) });
    assert!(state.types_shown(FIRST), "a mark, even Not sure, is chosen");
    let state = reloaded(&state);
    assert!(state.types_shown(FIRST));
    assert!(!state.types_shown(Area::LinkingToLearning));
    let state = state.reduce(Action::StartOver(AssessmentId::from_random([9; 5])));
    assert!(!state.types_shown(FIRST), "a new self-check starts blind");
}

#[test]
fn continuing_after_a_reload_goes_to_the_step_where_the_person_stopped() {
    let mut state = fresh().reduce(Action::Start);
    for _ in 0..2 {
        state = state.reduce(Action::Next);
    }
    let third = Step::Area(Area::AddressingDifferences);
    assert_eq!(state.draft.screen, Screen::Step(third));
    // On a step, a reload opens that step.
    assert_eq!(reloaded(&state).draft.screen, Screen::Step(third));
    // From the about panel (saved as the intro), "Continue" goes back to it.
    let about = state.reduce(Action::OpenAbout);
    let back = reloaded(&about);
    assert_eq!(back.draft.screen, Screen::Intro);
    assert_eq!(back.reduce(Action::Start).draft.screen, Screen::Step(third));
    // So it does from the intro reached by Back.
    let mut intro = state.clone();
    for _ in 0..3 {
        intro = intro.reduce(Action::Back);
    }
    assert_eq!(intro.draft.screen, Screen::Intro);
    assert_eq!(reloaded(&intro).reduce(Action::Start).draft.screen, Screen::Step(Step::Area(FIRST)));
    // A new self-check starts at the first step.
    let over = state.reduce(Action::StartOver(AssessmentId::from_random([8; 5])));
    assert_eq!(over.reduce(Action::Start).draft.screen, Screen::Step(Step::Area(FIRST)));
}

#[test]
fn a_draft_saved_on_the_intro_before_the_step_was_kept_still_opens() {
    // The current format's header as earlier versions wrote it.
    let mut state = fresh().reduce(Action::Start).reduce(Action::SetMark { area: FIRST, mark: Some(Mark::Level(Level::OpenDoor)) });
    state = state.reduce(Action::Back);
    let text = draft::encode(&state.draft);
    let old = text.replacen(" intro area:building_relationships\n", " intro\n", 1);
    assert_ne!(old, text);
    let opened = State::new(draft::decode(&old).expect("an old draft opens"), Sections::default());
    assert_eq!(opened.draft.answers, state.draft.answers);
    assert_eq!(opened.reduce(Action::Start).draft.screen, Screen::Step(Step::Area(FIRST)));
}
