//! Checks the plan's review a year later: the golden version 2 file reads
//! and is written back byte for byte, a version 1 file opens unreviewed and
//! may not carry a review, a review is read as strictly as the rest, the
//! reducer records it, the draft keeps it, and the unfinished steps start
//! next year's plan with their dates cleared.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::file::FileError;
use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::team_plan::{
    decode_draft, encode_draft, export, import, Action, KnowMet, LongText, PlanError, PlanFileError, PlanStep, ReviewTally, RubricPractice,
    ShortText, StepReview, StepStatus, TeamPlan, ValueProblem, LONG_TEXT_CHARS,
};
use serde_json::{json, Value};

const GOLDEN_V1: &str = include_str!("golden/team_plan_v1.json");
const GOLDEN_V2: &str = include_str!("golden/team_plan_v2.json");

fn long(text: &str) -> LongText {
    LongText::new(text).expect("short enough")
}

fn short(text: &str) -> ShortText {
    ShortText::new(text).expect("short enough")
}

/// The reviewed plan the version 2 golden file holds.
fn reviewed_plan() -> TeamPlan {
    let mut items = import(GOLDEN_V1).expect("the version 1 golden file reads").items().to_vec();
    items[0].review = StepReview {
        status: Some(StepStatus::Done),
        met: Some(KnowMet::Yes),
        learned: long("Parents came when we asked them by name.\nTwo now come every time."),
    };
    items[1].review = StepReview { status: Some(StepStatus::Partly), met: Some(KnowMet::CantTell), learned: LongText::default() };
    let mut third = PlanStep::typed(long("Home visits before the school year"), Area::BuildingRelationships);
    third.what = long("Visit every new family at home.");
    third.lead = short("Class teachers");
    third.by_when = short("September");
    third.cost_and_funding = long("Two afternoons of cover.");
    third.how_we_know = long("Every new family has been visited.");
    let mut fourth = PlanStep::from_practice(RubricPractice::new(Area::LinkingToLearning, Level::Partnership, 0).unwrap());
    fourth.review = StepReview { status: Some(StepStatus::Dropped), met: None, learned: long("It needed a budget we did not have.") };
    items.extend([third, fourth]);
    TeamPlan::from_items(items).expect("a valid plan")
}

#[test]
fn the_golden_version_2_file_reads_and_is_written_back_byte_for_byte() {
    assert_eq!(import(GOLDEN_V2), Ok(reviewed_plan()));
    assert_eq!(export(&reviewed_plan()), GOLDEN_V2);
}

#[test]
fn a_version_1_file_opens_unreviewed() {
    let plan = import(GOLDEN_V1).unwrap();
    assert!(plan.items().iter().all(|item| item.review.is_empty()));
    let tally = plan.review_tally();
    assert_eq!(tally, ReviewTally { steps: 2, by_status: [0; 4], open: 2, met: 0, unfinished: 2 });
}

/// The golden file `golden` as JSON, changed by `edit`, then read.
fn read_edited(golden: &str, edit: impl FnOnce(&mut Value)) -> Result<TeamPlan, PlanFileError> {
    let mut value: Value = serde_json::from_str(golden).unwrap();
    edit(&mut value);
    import(&value.to_string())
}

fn invalid(path: &str, problem: ValueProblem) -> Result<TeamPlan, PlanFileError> {
    Err(PlanFileError::InvalidValue { path: path.into(), problem })
}

fn file(error: FileError) -> Result<TeamPlan, PlanFileError> {
    Err(PlanFileError::File(error))
}

#[test]
fn a_review_is_read_as_strictly_as_the_rest() {
    // A version 1 file has no review: one is a field it does not have.
    let in_v1 = read_edited(GOLDEN_V1, |v| v["items"][0]["review"] = json!({ "learned": "" }));
    assert_eq!(in_v1, file(FileError::UnknownField { path: "items[0].review".into() }));
    let status = read_edited(GOLDEN_V2, |v| v["items"][1]["review"]["status"] = json!("finished"));
    assert_eq!(status, invalid("items[1].review.status", ValueProblem::UnknownStatus));
    let met = read_edited(GOLDEN_V2, |v| v["items"][0]["review"]["how_we_know_met"] = json!("maybe"));
    assert_eq!(met, invalid("items[0].review.how_we_know_met", ValueProblem::UnknownMet));
    let learned = read_edited(GOLDEN_V2, |v| v["items"][0]["review"]["learned"] = json!("x".repeat(LONG_TEXT_CHARS + 1)));
    assert_eq!(learned, invalid("items[0].review.learned", ValueProblem::TextTooLong));
    let missing = read_edited(GOLDEN_V2, |v| v["items"][3]["review"].as_object_mut().unwrap().retain(|key, _| key != "learned"));
    assert_eq!(missing, file(FileError::MissingField { path: "items[3].review.learned".into() }));
    let unknown = read_edited(GOLDEN_V2, |v| v["items"][0]["review"]["date"] = json!("2026-06-01"));
    assert_eq!(unknown, file(FileError::UnknownField { path: "items[0].review.date".into() }));
    let null = read_edited(GOLDEN_V2, |v| v["items"][0]["review"]["status"] = Value::Null);
    assert!(
        matches!(null, Err(PlanFileError::File(FileError::WrongType { ref path, .. })) if path == "items[0].review.status"),
        "{null:?}"
    );
    let list = read_edited(GOLDEN_V2, |v| v["items"][0]["review"] = json!(["done"]));
    assert!(matches!(list, Err(PlanFileError::File(FileError::WrongType { ref path, .. })) if path == "items[0].review"), "{list:?}");
    // An empty review says nothing, and reads as a step not reviewed.
    let empty = read_edited(GOLDEN_V2, |v| v["items"][0]["review"] = json!({ "learned": "" })).unwrap();
    assert!(empty.items()[0].review.is_empty());
}

#[test]
fn the_reducer_records_each_part_of_a_review_and_refuses_a_missing_step() {
    let plan = import(GOLDEN_V1).unwrap();
    let plan = plan.reduce(Action::SetStatus { index: 1, status: Some(StepStatus::NotYet) }).unwrap();
    let plan = plan.reduce(Action::SetMet { index: 1, met: Some(KnowMet::No) }).unwrap();
    let plan = plan.reduce(Action::SetLearned { index: 1, text: "é".repeat(LONG_TEXT_CHARS + 9) }).unwrap();
    let review = &plan.items()[1].review;
    assert_eq!((review.status, review.met), (Some(StepStatus::NotYet), Some(KnowMet::No)));
    assert_eq!(review.learned.as_str().chars().count(), LONG_TEXT_CHARS, "cut at its limit");
    let cleared = plan.reduce(Action::SetStatus { index: 1, status: None }).unwrap();
    assert_eq!(cleared.items()[1].review.status, None);
    assert_eq!(plan.reduce(Action::SetMet { index: 2, met: None }), Err(PlanError::NoSuchItem { index: 2 }));
    // The draft keeps the review, as the file does.
    assert_eq!(decode_draft(&encode_draft(&plan)), Ok(plan));
}

#[test]
fn the_tally_counts_each_status_and_what_carries_on() {
    let tally = reviewed_plan().review_tally();
    assert_eq!(tally, ReviewTally { steps: 4, by_status: [1, 1, 0, 1], open: 1, met: 1, unfinished: 2 });
}

#[test]
fn unfinished_steps_start_next_year_s_plan_with_their_dates_cleared() {
    let last_year = reviewed_plan();
    let next = last_year.carried_forward();
    // The partly done step and the unreviewed one carry on; the done and
    // the dropped ones do not.
    assert_eq!(next.items().len(), 2);
    for (carried, before) in next.items().iter().zip([&last_year.items()[1], &last_year.items()[2]]) {
        assert_eq!(carried.source, before.source);
        assert_eq!((&carried.what, carried.area, &carried.lead), (&before.what, before.area, &before.lead));
        assert_eq!((&carried.cost_and_funding, &carried.how_we_know), (&before.cost_and_funding, &before.how_we_know));
        assert!(carried.by_when.is_empty(), "the date is cleared");
        assert!(carried.review.is_empty(), "a new year's step is not reviewed yet");
    }
    assert!(!last_year.items()[2].by_when.is_empty(), "the step had a date to clear");
    assert_eq!(TeamPlan::new().carried_forward(), TeamPlan::new());
}
