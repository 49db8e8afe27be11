//! The review of last year's plan on the tools page, as the reducer keeps
//! it (`core::tools::review`): opening last year's plan, reviewing each
//! step, keeping the review on the device, two team links a year apart side
//! by side, and carrying the unfinished steps into this year's plan.

#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use partnership_selfcheck::core::content::ToolsKey;
use partnership_selfcheck::core::family::{FamilyAnswers, FamilyCounts, FamilyId, FamilyPool, PlaceAnswer};
use partnership_selfcheck::core::model::{Area, Barrier, Belief, Level};
use partnership_selfcheck::core::team::{
    encode_team, encode_team_with_families, AreaMoves, Direction, FamiliesYears, GapMove, Overall, TeamCodeError, TeamCounts,
};
use partnership_selfcheck::core::team_plan::{
    encode_draft, Action as PlanAction, KnowMet, ReviewTally, RubricPractice, StepStatus, TeamPlan, TextField,
};
use partnership_selfcheck::core::tools::{
    FocusTarget, Keep, PlanNotice, ReviewAction, ReviewNotice, Side, StorageBlocked, TeamsShown, Tool, ToolsAction, ToolsState,
};
use team_support::{believe, check, person, pool_of};

type State = ToolsState<&'static str>;
type Action = ToolsAction<&'static str>;

fn fresh() -> State {
    State::open(Tool::Review, None, Ok(None), Ok(None)).with_kept_review(Ok(None))
}

/// Last year's plan of four steps, each with its lead, date and "how we
/// will know".
fn last_year() -> TeamPlan {
    let mut plan = TeamPlan::new();
    for (area, level) in [(Area::SharingPower, Level::OpenDoor), (Area::LinkingToLearning, Level::Partnership)] {
        plan = plan.reduce(PlanAction::AddPractice(RubricPractice::new(area, level, 1).unwrap())).unwrap();
    }
    for words in ["Coffee mornings", "Home visits"] {
        plan = plan.reduce(PlanAction::AddTyped { text: words.into(), area: Area::BuildingRelationships }).unwrap();
    }
    for index in 0..4 {
        for (field, words) in [(TextField::Lead, "Deputy head"), (TextField::ByWhen, "March"), (TextField::HowWeKnow, "Minutes show it")] {
            plan = plan.reduce(PlanAction::SetText { index, field, text: format!("{words} {index}") }).unwrap();
        }
    }
    plan
}

/// The review of the four steps: done, partly, not yet, dropped.
fn reviewed(state: State) -> State {
    let answers = [
        (StepStatus::Done, KnowMet::Yes),
        (StepStatus::Partly, KnowMet::Partly),
        (StepStatus::NotYet, KnowMet::CantTell),
        (StepStatus::Dropped, KnowMet::No),
    ];
    answers.into_iter().enumerate().fold(state, |state, (index, (status, met))| {
        state
            .reduce(Action::Review(ReviewAction::Status(index, Some(status))))
            .reduce(Action::Review(ReviewAction::Met(index, Some(met))))
            .reduce(Action::Review(ReviewAction::Learned(index, format!("Lesson {index}"))))
    })
}

#[test]
fn last_year_s_plan_opens_from_its_file_or_from_the_kept_plan() {
    let opened = fresh().reduce(Action::Review(ReviewAction::File(Ok(last_year()))));
    assert_eq!(opened.review.plan.as_ref(), Some(&last_year()));
    assert_eq!(opened.review.notice, Some(ReviewNotice::Opened));
    assert_eq!(opened.kept_on_device(), Some((0, true)), "the line about what is kept counts the plan under review");
    let refused = opened.clone().reduce(Action::Review(ReviewAction::File(Err(ToolsKey::TeamPlanFileNotAPlan))));
    assert_eq!(refused.review.plan.as_ref(), Some(&last_year()), "a refused file changes nothing");
    assert_eq!(refused.review.notice, Some(ReviewNotice::Problem(ToolsKey::TeamPlanFileNotAPlan)));

    let nothing_kept = fresh().reduce(Action::Review(ReviewAction::TakeKept));
    assert_eq!((nothing_kept.review.plan, nothing_kept.review.notice), (None, Some(ReviewNotice::Problem(ToolsKey::ReviewNone))));
    let kept = State::open(Tool::Review, None, Ok(None), Ok(Some(encode_draft(&last_year()))));
    let taken = kept.reduce(Action::Review(ReviewAction::TakeKept));
    assert_eq!(taken.review.plan.as_ref(), Some(&last_year()));
    assert_eq!(taken.plan, last_year(), "the kept plan itself is left as it is");
}

#[test]
fn each_step_is_reviewed_and_the_review_is_kept_on_the_device() {
    let state = reviewed(fresh().reduce(Action::Review(ReviewAction::File(Ok(last_year())))));
    let plan = state.review.plan.clone().unwrap();
    assert_eq!(plan.review_tally(), ReviewTally { steps: 4, by_status: [1; 4], open: 0, met: 1, unfinished: 2 });
    assert_eq!(plan.items()[3].review.learned.as_str(), "Lesson 3");
    let Keep::Write(kept) = state.review_to_keep() else { panic!("the review is kept") };
    let reloaded = State::open(Tool::Review, None, Ok(None), Ok(None)).with_kept_review(Ok(Some(kept)));
    assert_eq!(reloaded.review.plan, Some(plan));
    // A step that is not there is refused, and nothing changes.
    let gone = state.clone().reduce(Action::Review(ReviewAction::Status(9, Some(StepStatus::Done))));
    assert_eq!(gone.review.plan, state.review.plan);
    assert_eq!(gone.review.notice, Some(ReviewNotice::Problem(ToolsKey::TeamPlanItemGone)));
    // With no plan under review there is nothing to record.
    let none = fresh().reduce(Action::Review(ReviewAction::Learned(0, "x".into())));
    assert_eq!(none.review.notice, Some(ReviewNotice::Problem(ToolsKey::ReviewNone)));
}

#[test]
fn a_kept_review_that_cannot_be_read_stays_until_another_plan_is_opened() {
    let state = fresh().with_kept_review(Ok(Some("not a review".into())));
    assert_eq!(state.review_to_keep(), Keep::Leave);
    assert!(matches!(state.review.notice, Some(ReviewNotice::Problem(_))));
    let opened = state.reduce(Action::Review(ReviewAction::File(Ok(last_year()))));
    assert!(matches!(opened.review_to_keep(), Keep::Write(_)));
    let blocked = fresh().with_kept_review(Err(StorageBlocked)).reduce(Action::Review(ReviewAction::File(Ok(last_year()))));
    assert_eq!(blocked.review_to_keep(), Keep::Leave);
    assert_eq!(fresh().review_to_keep(), Keep::Remove);
}

#[test]
fn unfinished_steps_start_this_year_s_plan_on_the_team_summary() {
    let state = reviewed(fresh().reduce(Action::Review(ReviewAction::File(Ok(last_year())))));
    let carried = state.reduce(Action::Review(ReviewAction::CarryForward));
    assert_eq!(carried.tool, Tool::Team);
    assert_eq!(carried.plan_notice, Some(PlanNotice::Carried(2)));
    assert_eq!(carried.focus.target, Some(FocusTarget::PlanNotice));
    let steps = carried.plan.items();
    assert_eq!(steps.len(), 2, "the partly done and the not yet done steps");
    assert_eq!((steps[0].lead.as_str(), steps[1].lead.as_str()), ("Deputy head 1", "Deputy head 2"));
    assert_eq!(steps[1].how_we_know.as_str(), "Minutes show it 2");
    assert!(steps.iter().all(|step| step.by_when.is_empty() && step.review.is_empty()));
    assert!(matches!(carried.plan_to_keep(), Keep::Write(_)));
    assert!(carried.review.plan.is_some(), "last year's review stays");
}

#[test]
fn carrying_the_steps_can_be_undone_while_its_notice_shows() {
    let before = fresh().reduce(Action::Plan(PlanAction::AddTyped { text: "Home visits".into(), area: Area::ALL[0] }));
    assert_eq!(before.plan.items().len(), 1);
    let carried = reviewed(before.clone().reduce(Action::Review(ReviewAction::File(Ok(last_year())))))
        .reduce(Action::Review(ReviewAction::CarryForward));
    assert_eq!(carried.plan.items().len(), 2);
    let undone = carried.clone().reduce(Action::Review(ReviewAction::UndoCarry));
    assert_eq!(undone.plan, before.plan, "the plan as it was");
    assert_eq!(undone.plan_notice, Some(PlanNotice::CarryUndone));
    assert_eq!(undone.focus.target, Some(FocusTarget::PlanNotice));
    assert!(matches!(undone.plan_to_keep(), Keep::Write(_)));
    // Once the carried plan is changed, the offer is over.
    let changed = carried.reduce(Action::Plan(PlanAction::AddTyped { text: "Coffee mornings".into(), area: Area::ALL[1] }));
    let kept = changed.clone().reduce(Action::Review(ReviewAction::UndoCarry));
    assert_eq!(kept.plan, changed.plan, "nothing is undone after a change");
}

/// A team of five with every area at `marks`, each believing the first
/// belief at 5 and practising it at `practised`, and `barriers` checked by
/// everyone.
fn team(first_id: u64, marks: [u8; 5], practised: u8, barriers: &[Barrier]) -> TeamCounts {
    let people: Vec<_> = (first_id..first_id + 5)
        .map(|id| {
            let answers = believe(person(id, marks), Belief::ALL[0], 5, practised);
            barriers.iter().fold(answers, |answers, barrier| check(answers, *barrier))
        })
        .collect();
    pool_of(&people).counts().expect("five people")
}

#[test]
fn two_team_links_a_year_apart_show_what_changed() {
    let then = encode_team(&team(1, [1, 2, 2, 3, 1], 2, &[Barrier::ALL[0]]));
    let now = encode_team(&team(11, [2, 2, 1, 3, 9], 4, &[Barrier::ALL[2]]));
    let state = fresh()
        .reduce(Action::Review(ReviewAction::Link(Side::Before, format!("https://x.org/tools/#t={then}"))))
        .reduce(Action::Review(ReviewAction::Link(Side::After, now)))
        .reduce(Action::Review(ReviewAction::ShowTeams));
    let Some(TeamsShown::Years(years)) = &state.review.teams else { panic!("both links read: {:?}", state.review.teams) };
    assert_eq!(years.respondents, [5, 5]);
    assert_eq!(years.area_moves(), AreaMoves { up: 1, down: 1, same: 2 });
    assert_eq!(years.comparison.areas[4].direction, Direction::Unknown, "nobody was sure this year");
    assert!(matches!(years.comparison.overall.before, Overall::Label(_) | Overall::Mixed { .. }));
    assert_eq!(years.gaps[0].then_tenths, Some(30));
    assert_eq!(years.gaps[0].now_tenths, Some(10));
    assert_eq!(years.gaps_moved(GapMove::Closer), vec![Belief::ALL[0]]);
    assert_eq!(years.gaps[1].movement, GapMove::Unknown);
    assert_eq!(years.most_checked, [Some(Barrier::ALL[0]), Some(Barrier::ALL[2])]);
    assert_eq!((years.barriers[0].then, years.barriers[0].now), (5, 0));

    let broken =
        state.reduce(Action::Review(ReviewAction::Link(Side::After, "hello".into()))).reduce(Action::Review(ReviewAction::ShowTeams));
    assert!(
        matches!(
            &broken.review.teams,
            Some(TeamsShown::Error { side: Side::After, error: TeamCodeError::NotATeamCode | TeamCodeError::Empty })
        ),
        "{:?}",
        broken.review.teams
    );
}

/// Five families (ids from `first_id`), the `i`-th describing every area
/// as `types[i]` (1 Fortress to 4 Partnership); the last area is left
/// unanswered by all.
fn families(first_id: u64, types: [u8; 5]) -> FamilyCounts {
    let mut pool = FamilyPool::default();
    for (id, at) in (first_id..).zip(types) {
        let mut answers = FamilyAnswers::new(FamilyId::new(id).expect("a small id"));
        for area in &Area::ALL[..4] {
            answers.set_place(*area, Some(PlaceAnswer::Level(Level::ALL[usize::from(at - 1)])));
        }
        pool.add(answers);
    }
    FamilyCounts::of(&pool)
}

/// The review of two links, shown.
fn shown(then: String, now: String) -> TeamsShown {
    let state = fresh()
        .reduce(Action::Review(ReviewAction::Link(Side::Before, then)))
        .reduce(Action::Review(ReviewAction::Link(Side::After, now)))
        .reduce(Action::Review(ReviewAction::ShowTeams));
    state.review.teams.expect("asked")
}

#[test]
fn families_moves_show_when_both_links_carry_families() {
    let staff = team(1, [1, 2, 2, 3, 1], 2, &[]);
    let then = encode_team_with_families(&staff, Some(&families(100, [1, 1, 1, 2, 3])));
    let now = encode_team_with_families(&staff, Some(&families(200, [2, 2, 2, 1, 3])));
    assert!(then.starts_with("T3") && now.starts_with("T3"));
    let TeamsShown::Years(years) = shown(then.clone(), format!("https://x.org/tools/#t={now}")) else { panic!("both links read") };
    let FamiliesYears::Moved { families: pooled, areas } = &years.families else { panic!("{:?}", years.families) };
    assert_eq!(*pooled, [5, 5]);
    assert_eq!(areas[0].most, [Some(Level::Fortress), Some(Level::ComeIfWeCall)]);
    assert_eq!(areas[0].spread, [[3, 1, 1, 0], [1, 3, 1, 0]]);
    assert_eq!(areas[0].direction, Direction::Up);
    assert_eq!(areas[4].most, [None, None], "no family described the last area");
    assert_eq!(areas[4].direction, Direction::Unknown);

    let back = encode_team_with_families(&staff, Some(&families(300, [1, 1, 4, 4, 2])));
    let TeamsShown::Years(tie) = shown(then.clone(), back) else { panic!("both links read") };
    let FamiliesYears::Moved { areas, .. } = &tie.families else { panic!("{:?}", tie.families) };
    assert_eq!(areas[1].most, [Some(Level::Fortress), None], "a tie names no single type");
    assert_eq!(areas[1].spread[1], [2, 1, 0, 2]);

    let t2 = encode_team(&staff);
    let TeamsShown::Years(one) = shown(then, t2.clone()) else { panic!("both links read") };
    assert_eq!(one.families, FamiliesYears::NotBoth { then: true, now: false });
    let TeamsShown::Years(later) = shown(t2.clone(), encode_team_with_families(&staff, Some(&families(400, [4, 4, 4, 3, 3])))) else {
        panic!("both links read")
    };
    assert_eq!(later.families, FamiliesYears::NotBoth { then: false, now: true });
    let TeamsShown::Years(none) = shown(t2.clone(), t2) else { panic!("both links read") };
    assert_eq!(none.families, FamiliesYears::NotBoth { then: false, now: false });
}

#[test]
fn clearing_everything_forgets_the_review_and_undo_brings_it_back() {
    let state = fresh().reduce(Action::Review(ReviewAction::File(Ok(last_year()))));
    let cleared = state.clone().reduce(Action::AskClear).reduce(Action::ConfirmClear);
    assert_eq!(cleared.review.plan, None);
    assert_eq!(cleared.review_to_keep(), Keep::Remove);
    assert_eq!(cleared.reduce(Action::Undo).review.plan, state.review.plan);
}
