//! The walk-through's reducer: moving on, asking about an unmarked area,
//! what the draft keeps, shared views beside it.

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
