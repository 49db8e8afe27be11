//! The facilitator's page as one reducer (`core::tools`): switching tools,
//! reloading and clearing lose nothing that should stay, a resend with
//! other answers is flagged and chosen, team links in the team box are
//! recognised, storage is written only when it should be, and focus goes
//! where the facilitator's eyes go.

#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use partnership_selfcheck::core::content::ToolsKey;
use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::share;
use partnership_selfcheck::core::team::{encode_team, EntryStatus, IntakeAction, LogLine, Resend, TeamCodeError, TeamCodeRead, Version};
use partnership_selfcheck::core::team_plan::{Action as PlanAction, RubricPractice, TeamPlan};
use partnership_selfcheck::core::tools::{
    CompareAction, CompareShown, FocusTarget, Keep, PlanNotice, Side, Slide, SlideMove, StorageBlocked, Tool, ToolsAction, ToolsState,
};
use team_support::{person, pool_of};

/// The tests' stand-in for the shell's file problem.
type State = ToolsState<&'static str>;
type Action = ToolsAction<&'static str>;

fn fresh() -> State {
    State::open(Tool::Team, None, Ok(None), Ok(None))
}

fn links(ids: std::ops::Range<u64>) -> String {
    ids.map(|id| format!("https://x.org/#r={}\n", share::encode(&person(id, [2, 3, 1, 4, 2])))).collect()
}

fn practice() -> RubricPractice {
    RubricPractice::new(Area::SharingPower, Level::OpenDoor, 1).expect("a position")
}

/// Eight colleagues pooled and a plan of one step.
fn meeting() -> State {
    fresh().reduce(Action::Intake(IntakeAction::AddText(links(1..9)))).reduce(Action::Plan(PlanAction::AddPractice(practice())))
}

fn kept_text(keep: Keep) -> Option<String> {
    match keep {
        Keep::Write(text) => Some(text),
        Keep::Remove | Keep::Leave => None,
    }
}

#[test]
fn switching_tools_and_back_keeps_the_pool_the_plan_and_the_comparison() {
    let state = meeting()
        .reduce(Action::TeamBox("half-typed".into()))
        .reduce(Action::PlanTyped("Coffee mornings".into()))
        .reduce(Action::PlanTypedArea(Area::LinkingToLearning))
        .reduce(Action::Open(Tool::Compare))
        .reduce(Action::Compare(CompareAction::Set(Side::Before, "P2abc".into())))
        .reduce(Action::Compare(CompareAction::Run))
        .reduce(Action::Open(Tool::Team));
    assert_eq!(state.tool, Tool::Team);
    assert_eq!(state.intake.pool().len(), 8);
    assert_eq!(state.plan.items().len(), 1);
    assert_eq!(state.compare.before, "P2abc");
    assert_eq!(state.team_box, "half-typed");
    assert_eq!(state.plan_typed, ("Coffee mornings".to_owned(), Area::LinkingToLearning), "a half-typed step too");
    let planned = state.clone().reduce(Action::AddPlanTyped);
    assert_eq!((planned.plan.items().len(), planned.plan_typed.0.as_str()), (2, ""));
    assert_eq!(planned.plan.items()[1].area, Area::LinkingToLearning);
    assert_eq!(planned.clone().reduce(Action::AddPlanTyped).plan.items().len(), 2, "a blank practice is not added");
    let added = state.clone().reduce(Action::AddTeamBox);
    assert_eq!((added.team_box.as_str(), added.intake.lines_without_code()), ("", 1), "added, and the box emptied");
    assert!(matches!(state.compare.shown, Some(CompareShown::Error { side: Side::Before, .. })));
}

#[test]
fn a_reload_opens_the_same_pool_and_plan_from_what_was_kept() {
    let state = meeting();
    assert_eq!(state.kept_on_device(), Some((8, true)));
    let pool = kept_text(state.pool_to_keep()).expect("a pool to keep");
    let plan = kept_text(state.plan_to_keep()).expect("a plan to keep");
    let reloaded = State::open(Tool::Team, None, Ok(Some(pool)), Ok(Some(plan)));
    assert_eq!(reloaded.intake.pool(), state.intake.pool());
    assert_eq!(reloaded.plan, state.plan);
    assert!(reloaded.intake.log().is_empty(), "the log tells this visit only");
    assert_eq!((reloaded.kept_pool_problem, reloaded.plan_notice), (None, None));
}

#[test]
fn clear_everything_asks_forgets_everything_and_undo_brings_it_back() {
    let state = meeting().reduce(Action::AskClear);
    assert!(state.confirming_clear);
    assert_eq!(state.focus.target, Some(FocusTarget::ClearConfirm));
    let cancelled = state.clone().reduce(Action::CancelClear);
    assert!(!cancelled.confirming_clear);
    assert_eq!(cancelled.intake.pool().len(), 8);

    let cleared = state.reduce(Action::ConfirmClear);
    assert!(cleared.intake.pool().is_empty());
    assert!(cleared.plan.items().is_empty());
    assert_eq!((cleared.pool_to_keep(), cleared.plan_to_keep()), (Keep::Remove, Keep::Remove));
    assert_eq!(cleared.kept_on_device(), Some((0, false)));
    assert_eq!(cleared.focus.target, Some(FocusTarget::Undo));

    let back = cleared.reduce(Action::Undo);
    assert_eq!(back.intake.pool(), meeting().intake.pool());
    assert_eq!(back.plan, meeting().plan);
    assert!(back.cleared.is_none());
    assert!(matches!(back.pool_to_keep(), Keep::Write(_)));
}

#[test]
fn a_change_after_clearing_ends_the_undo() {
    let state = meeting().reduce(Action::AskClear).reduce(Action::ConfirmClear);
    let state = state.reduce(Action::Intake(IntakeAction::AddText(links(20..21))));
    assert!(state.cleared.is_none());
    assert_eq!(state.reduce(Action::Undo).intake.pool().len(), 1, "undo has nothing to bring back");
}

#[test]
fn a_kept_plan_that_cannot_be_read_is_left_in_storage_until_replaced() {
    let state = State::open(Tool::Team, None, Ok(None), Ok(Some("not a plan".into())));
    assert_eq!(state.plan_notice, Some(PlanNotice::Problem(ToolsKey::TeamPlanDraftUnreadable)));
    assert_eq!(state.plan_to_keep(), Keep::Leave);
    let state = state.reduce(Action::Plan(PlanAction::AddPractice(practice())));
    assert!(matches!(state.plan_to_keep(), Keep::Write(_)));
}

#[test]
fn a_kept_pool_that_cannot_be_read_whole_is_said_and_left_until_changed() {
    let state = State::open(Tool::Team, None, Ok(Some("partnership-selfcheck-team-pool 9\n".into())), Ok(None));
    assert_eq!(state.kept_pool_problem, Some(ToolsKey::KeptPoolNewer));
    assert_eq!(state.pool_to_keep(), Keep::Leave);
    let state = state.reduce(Action::Intake(IntakeAction::AddText("no link here".into())));
    assert_eq!(state.pool_to_keep(), Keep::Leave, "nothing new was pooled");
    let state = state.reduce(Action::Intake(IntakeAction::AddText(links(1..2))));
    assert!(matches!(state.pool_to_keep(), Keep::Write(_)));
}

#[test]
fn a_kept_pool_with_a_damaged_line_pools_the_rest_and_leaves_storage_alone() {
    let good = share::encode(&person(1, [2; 5]));
    let stored = format!("partnership-selfcheck-team-pool 1\n{good}\nP2damaged\n");
    let state = State::open(Tool::Team, None, Ok(Some(stored)), Ok(None));
    assert_eq!(state.intake.pool().len(), 1);
    assert_eq!(state.kept_pool_problem, Some(ToolsKey::KeptPoolUnreadable));
    assert_eq!(state.pool_to_keep(), Keep::Leave, "the damaged line is not overwritten at once");
}

#[test]
fn with_storage_blocked_nothing_is_written_and_the_page_says_nothing_is_kept() {
    let state =
        State::open(Tool::Team, None, Err(StorageBlocked), Err(StorageBlocked)).reduce(Action::Intake(IntakeAction::AddText(links(1..9))));
    assert_eq!(state.kept_on_device(), None);
    assert_eq!(state.pool_to_keep(), Keep::Leave);
    let failed = meeting().reduce(Action::StorageFailed);
    assert_eq!((failed.kept_on_device(), failed.plan_to_keep()), (None, Keep::Leave));
}

#[test]
fn a_corrected_resend_is_flagged_counted_last_and_can_be_switched_back() {
    let first = share::encode(&person(3, [1, 1, 1, 1, 1]));
    let corrected = share::encode(&person(3, [3, 3, 3, 3, 3]));
    let state = fresh()
        .reduce(Action::Intake(IntakeAction::AddText(format!("{}{first}\n", links(10..15)))))
        .reduce(Action::Intake(IntakeAction::AddText(format!("> {corrected}\n"))));
    let id = person(3, [0; 5]).id;
    assert!(matches!(state.intake.log().last(), Some(LogLine::Pooled(e)) if e.status == EntryStatus::Changed(id)));
    assert_eq!(state.intake.pool().resends().collect::<Vec<_>>(), vec![Resend { id, counted: Version::Later }]);
    assert_eq!(state.intake.tally().changed, 1);
    assert_eq!(state.focus.target, Some(FocusTarget::ResultsHeading), "a changed answer changes the results");
    let later = state.intake.pool().clone();
    let earlier = state.reduce(Action::Intake(IntakeAction::KeepVersion { id, version: Version::Earlier }));
    assert_eq!(earlier.intake.pool().len(), 6);
    assert_ne!(earlier.intake.pool(), &later);
    assert!(later.codes().any(|c| c == corrected) && !later.codes().any(|c| c == first));
    assert!(earlier.intake.pool().codes().any(|c| c == first) && !earlier.intake.pool().codes().any(|c| c == corrected));
}

#[test]
fn a_team_link_in_the_team_box_is_recognised_and_can_be_opened_or_compared() {
    let counts = pool_of(&[person(1, [1; 5]), person(2, [2; 5]), person(3, [3; 5]), person(4, [4; 5]), person(5, [2; 5])])
        .counts()
        .expect("five people");
    let team = encode_team(&counts);
    let state = fresh().reduce(Action::Intake(IntakeAction::AddText(format!("Here it is: https://x.org/tools/#t={team}\n"))));
    assert!(state.intake.pool().is_empty());
    assert_eq!(state.intake.lines_without_code(), 0, "the line is not skipped as holding nothing");
    let Some(LogLine::TeamLink(found)) = state.intake.log().first().cloned() else { panic!("the team link is logged as one") };
    let found = *found;
    assert_eq!(found.read.as_ref().ok().map(|read| &read.counts), Some(&counts));
    assert_eq!(state.focus.target, Some(FocusTarget::Log), "nothing was counted, so the log says why");

    let viewing = state.clone().reduce(Action::ViewTeamLink(found.code.clone()));
    assert_eq!(viewing.viewing, Some(Ok(TeamCodeRead { counts, families: None })));
    let back = viewing.reduce(Action::CloseTeamLink);
    assert_eq!(back.viewing, None);

    let comparing = state.reduce(Action::CompareTeamLink(found.code.clone()));
    assert_eq!((comparing.tool, comparing.compare.before.as_str()), (Tool::Compare, team.as_str()));
    assert_eq!(State::open(Tool::Team, Some("#t=T2xyz"), Ok(None), Ok(None)).viewing.map(|v| v.is_err()), Some(true));
    assert!(matches!(fresh().reduce(Action::ViewTeamLink(String::new())).viewing, Some(Err(TeamCodeError::Empty))));
}

#[test]
fn focus_follows_the_eyes_after_adding_links_and_plan_steps() {
    let added = fresh().reduce(Action::Intake(IntakeAction::AddText(links(1..3))));
    assert_eq!(added.focus.target, Some(FocusTarget::ResultsHeading));
    let again = added.clone().reduce(Action::Intake(IntakeAction::AddText(links(1..3))));
    assert_eq!(again.focus.target, Some(FocusTarget::Log), "only repeats: the log says so");
    assert_ne!(again.focus.serial, added.focus.serial);
    let planned = again
        .reduce(Action::Plan(PlanAction::AddPractice(practice())))
        .reduce(Action::Plan(PlanAction::AddTyped { text: "Coffee mornings".into(), area: Area::BuildingRelationships }));
    assert_eq!(planned.focus.target, Some(FocusTarget::PlanStep(1)));
    let refused = planned.reduce(Action::Plan(PlanAction::AddPractice(practice())));
    assert_eq!(refused.plan_notice, Some(PlanNotice::Problem(ToolsKey::TeamPlanAlreadyPlanned)));
    assert_eq!(refused.plan.items().len(), 2);
}

#[test]
fn the_presentation_moves_by_slide_and_escape_returns_focus() {
    let state = meeting().reduce(Action::Present);
    assert_eq!((state.presenting, state.focus.target), (Some(Slide::Overview), Some(FocusTarget::Slide)));
    let state = state.reduce(Action::MoveSlide(SlideMove::Next)).reduce(Action::MoveSlide(SlideMove::Next));
    assert_eq!(state.presenting, Some(Slide::Areas));
    let state = state.reduce(Action::MoveSlide(SlideMove::Last)).reduce(Action::MoveSlide(SlideMove::Next));
    assert_eq!(state.presenting, Some(Slide::NextSteps));
    let state = state.reduce(Action::StopPresenting);
    assert_eq!((state.presenting, state.focus.target), (None, Some(FocusTarget::PresentButton)));
    assert_eq!(state.intake.pool().len(), 8, "presenting changes nothing");
}

#[test]
fn a_team_beside_a_person_is_refused_then_compared_anyway_with_focus_on_the_note() {
    let team_counts = pool_of(&[person(1, [1; 5]), person(2, [2; 5]), person(3, [3; 5]), person(4, [4; 5]), person(5, [2; 5])])
        .counts()
        .expect("five people");
    let state = fresh()
        .reduce(Action::Open(Tool::Compare))
        .reduce(Action::Compare(CompareAction::Set(Side::Before, encode_team(&team_counts))))
        .reduce(Action::Compare(CompareAction::Set(Side::After, share::encode(&person(9, [3; 5])))))
        .reduce(Action::Compare(CompareAction::Run));
    assert!(matches!(state.compare.shown, Some(CompareShown::Refused { .. })));
    let state = state.reduce(Action::Compare(CompareAction::Anyway));
    assert!(matches!(state.compare.shown, Some(CompareShown::Compared(_))));
    assert_eq!(state.focus.target, Some(FocusTarget::CompareNote));
}

#[test]
fn an_opened_plan_file_replaces_the_plan_and_a_refused_one_changes_nothing() {
    let mut other = TeamPlan::new();
    other = other.reduce(PlanAction::AddTyped { text: "Home visits".into(), area: Area::LinkingToLearning }).expect("room");
    let state = meeting().reduce(Action::PlanFile(Ok(other.clone())));
    assert_eq!((state.plan.clone(), state.plan_notice), (other.clone(), Some(PlanNotice::Opened)));
    let state = state.reduce(Action::PlanFile(Err(ToolsKey::TeamPlanFileTooLarge)));
    assert_eq!((state.plan, state.plan_notice), (other, Some(PlanNotice::Problem(ToolsKey::TeamPlanFileTooLarge))));
}
