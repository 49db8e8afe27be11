//! Checks the team plan file and its draft: any plan round-trips, the
//! golden version 1 file keeps reading (the writer writes it as version 2), the longest plan fits the size cap,
//! and every kind of damage is refused by its path with its own message.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::{self, ToolsKey};
use partnership_selfcheck::core::file::{FileDetail, FileError, MAX_FILE_BYTES};
use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::team_plan::{
    decode_draft, encode_draft, export, import, LongText, PlanDraftError, PlanFileError, PlanStep, RubricPractice, ShortText, TeamPlan,
    ValueProblem, LONG_TEXT_CHARS, MAX_ITEMS, SHORT_TEXT_CHARS,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The plan the golden file holds.
fn golden_plan() -> TeamPlan {
    let long = |text: &str| LongText::new(text).expect("short enough");
    let short = |text: &str| ShortText::new(text).expect("short enough");
    let practice = RubricPractice::new(Area::SharingPower, Level::OpenDoor, 2).expect("a position");
    let mut first = PlanStep::from_practice(practice);
    first.what = long("Invite two parents to each planning meeting.\nAsk them to bring a friend.");
    first.lead = short("Deputy head (Ms. Ortiz)");
    first.by_when = short("March");
    first.cost_and_funding = long("None; the meetings already happen.");
    first.how_we_know = long("Parents' ideas appear in the minutes.");
    let mut second = PlanStep::typed(long("Coffee mornings at drop-off"), Area::BuildingRelationships);
    second.what = long("Hold a coffee morning once a month, in \"the hall\".");
    second.lead = short("Family liaison");
    second.by_when = short("Before the spring term ends");
    second.cost_and_funding = long("About £20 a month, from the PTA's budget.");
    TeamPlan::from_items(vec![first, second]).expect("a valid plan")
}

const GOLDEN: &str = include_str!("golden/team_plan_v1.json");

#[test]
fn the_golden_version_1_file_keeps_reading() {
    assert_eq!(import(GOLDEN), Ok(golden_plan()));
}

#[test]
fn the_writer_writes_the_golden_plan_as_version_2_with_nothing_else_changed() {
    // A plan nobody has reviewed has no review to write, so version 2 of
    // it differs from version 1 only in the version.
    assert_eq!(export(&golden_plan()), GOLDEN.replacen("\"version\": 1,", "\"version\": 2,", 1));
}

#[test]
fn a_draft_round_trips_and_refuses_what_is_not_one() {
    let plan = golden_plan();
    let draft = encode_draft(&plan);
    assert!(draft.starts_with("partnership-selfcheck-team-plan-draft 1\n{"), "{draft}");
    assert_eq!(decode_draft(&draft), Ok(plan));
    assert_eq!(decode_draft("hello"), Err(PlanDraftError::NotADraft));
    assert_eq!(decode_draft("partnership-selfcheck-draft 1 intro\n{}"), Err(PlanDraftError::NotADraft));
    let newer = decode_draft("partnership-selfcheck-team-plan-draft 2\n{}");
    assert_eq!(newer, Err(PlanDraftError::NewerVersion(2)));
    assert_eq!(newer.unwrap_err().message_key(), ToolsKey::TeamPlanDraftNewer);
    let newer_file = draft.replacen("\"version\": 2", "\"version\": 3", 1);
    assert_eq!(decode_draft(&newer_file).unwrap_err().message_key(), ToolsKey::TeamPlanDraftNewer);
    let broken = decode_draft("partnership-selfcheck-team-plan-draft 1\n{").unwrap_err();
    assert!(matches!(broken, PlanDraftError::Plan(PlanFileError::File(FileError::NotJson { .. }))));
    assert_eq!(broken.message_key(), ToolsKey::TeamPlanDraftUnreadable);
}

#[test]
fn the_longest_plan_fits_the_size_cap_and_reads_back() {
    // Every item at its longest, in four-byte characters, the costliest a
    // plan's text may hold; rubric practices add a little more than typed
    // ones, so all but one item come from the rubric.
    let long = || LongText::new(&"😀".repeat(LONG_TEXT_CHARS)).unwrap();
    let short = || ShortText::new(&"😀".repeat(SHORT_TEXT_CHARS)).unwrap();
    let practices =
        Area::ALL.into_iter().flat_map(|area| Level::ALL.into_iter().map(move |level| RubricPractice::new(area, level, 3).unwrap()));
    let mut items: Vec<PlanStep> = practices.take(MAX_ITEMS - 1).map(PlanStep::from_practice).collect();
    items.push(PlanStep::typed(long(), Area::SharingPower));
    for item in &mut items {
        (item.what, item.cost_and_funding, item.how_we_know) = (long(), long(), long());
        (item.lead, item.by_when) = (short(), short());
    }
    let plan = TeamPlan::from_items(items).unwrap();
    let text = export(&plan);
    assert!(text.len() <= MAX_FILE_BYTES, "{} bytes", text.len());
    assert_eq!(import(&text), Ok(plan.clone()));
    assert_eq!(decode_draft(&encode_draft(&plan)), Ok(plan));
}

/// The golden file as JSON, changed by `edit`, then read.
fn read_edited(edit: impl FnOnce(&mut Value)) -> Result<TeamPlan, PlanFileError> {
    let mut value: Value = serde_json::from_str(GOLDEN).unwrap();
    edit(&mut value);
    import(&value.to_string())
}

/// An edit of the golden file, and the error it must give.
type Case = (fn(&mut Value), PlanFileError);

fn invalid(path: &str, problem: ValueProblem) -> PlanFileError {
    PlanFileError::InvalidValue { path: path.into(), problem }
}

#[test]
fn damaged_values_are_refused_by_their_paths() {
    let cases: Vec<Case> = vec![
        (|v| v["items"][0]["practice"]["area"] = json!("parking"), invalid("items[0].practice.area", ValueProblem::UnknownArea)),
        (|v| v["items"][0]["practice"]["level"] = json!("castle"), invalid("items[0].practice.level", ValueProblem::UnknownLevel)),
        (|v| v["items"][0]["practice"]["position"] = json!(4), invalid("items[0].practice.position", ValueProblem::NoSuchPosition)),
        (|v| v["items"][0]["practice"]["position"] = json!(-1), invalid("items[0].practice.position", ValueProblem::NoSuchPosition)),
        (|v| v["items"][0]["practice"]["position"] = json!(1.5), invalid("items[0].practice.position", ValueProblem::NoSuchPosition)),
        (|v| v["items"][1]["area"] = json!("Sharing power"), invalid("items[1].area", ValueProblem::UnknownArea)),
        (|v| v["items"][1]["lead"] = json!("x".repeat(SHORT_TEXT_CHARS + 1)), invalid("items[1].lead", ValueProblem::TextTooLong)),
        (|v| v["items"][1]["what"] = json!("bell\u{7}"), invalid("items[1].what", ValueProblem::ControlCharacter)),
        (|v| v["items"][1]["practice"] = v["items"][0]["practice"].clone(), invalid("items[1].typed_practice", ValueProblem::TwoPractices)),
        (|v| v["items"][1] = v["items"][0].clone(), invalid("items[1].practice", ValueProblem::PracticeTwice)),
        (|v| v["version"] = json!(0), invalid("version", ValueProblem::NoSuchVersion)),
        (|v| v["instrument_version"] = json!(0.5), invalid("instrument_version", ValueProblem::NoSuchVersion)),
        (
            |v| {
                let typed = v["items"][1].clone();
                v["items"] = Value::Array(vec![typed; MAX_ITEMS + 1]);
            },
            invalid("items[12]", ValueProblem::TooManyItems),
        ),
    ];
    for (edit, error) in cases {
        assert_eq!(read_edited(edit), Err(error));
    }
}

#[test]
fn damaged_structure_is_refused_by_its_path() {
    let file = PlanFileError::File;
    let cases: Vec<Case> = vec![
        (
            |v| drop(v["items"][0].as_object_mut().unwrap().remove("how_we_know")),
            file(FileError::MissingField { path: "items[0].how_we_know".into() }),
        ),
        (
            |v| drop(v["items"][1].as_object_mut().unwrap().remove("typed_practice")),
            file(FileError::MissingField { path: "items[1].practice".into() }),
        ),
        (|v| drop(v.as_object_mut().unwrap().remove("items")), file(FileError::MissingField { path: "items".into() })),
        (|v| v["items"][0]["colour"] = json!("red"), file(FileError::UnknownField { path: "items[0].colour".into() })),
        (|v| v["notes"] = json!("private"), file(FileError::UnknownField { path: "notes".into() })),
        (|v| v["items"][0]["lead"] = Value::Null, file(FileError::WrongType { path: "items[0].lead".into(), expected: "text" })),
        (
            |v| v["items"][1]["typed_practice"] = Value::Null,
            file(FileError::WrongType { path: "items[1].typed_practice".into(), expected: "text" }),
        ),
        (
            |v| v["items"][0]["practice"] = json!(["sharing_power", "open_door", 2]),
            file(FileError::WrongType { path: "items[0].practice".into(), expected: "an object ({ … })" }),
        ),
        (|v| v["items"][0] = json!([]), file(FileError::WrongType { path: "items[0]".into(), expected: "an object ({ … })" })),
        (|v| v["items"] = json!({}), file(FileError::WrongType { path: "items".into(), expected: "a list ([ … ])" })),
        (
            |v| v["items"][0]["practice"]["position"] = json!("2"),
            file(FileError::WrongType { path: "items[0].practice.position".into(), expected: "a whole number" }),
        ),
    ];
    for (edit, error) in cases {
        assert_eq!(read_edited(edit), Err(error));
    }
}

#[test]
fn duplicate_keys_are_refused_by_their_paths() {
    let twice_lead = GOLDEN.replacen("\"lead\": \"Family liaison\",", "\"lead\": \"A\", \"lead\": \"B\",", 1);
    assert_eq!(import(&twice_lead), Err(PlanFileError::File(FileError::DuplicateKey { path: "items[1].lead".into() })));
    let twice_version = GOLDEN.replacen("\"version\": 1,", "\"version\": 1, \"version\": 1,", 1);
    assert_eq!(import(&twice_version), Err(PlanFileError::File(FileError::DuplicateKey { path: "version".into() })));
    let twice_items = GOLDEN.replacen("\"items\": [", "\"items\": [], \"items\": [", 1);
    assert_eq!(import(&twice_items), Err(PlanFileError::File(FileError::DuplicateKey { path: "items".into() })));
}

#[test]
fn other_files_and_newer_ones_are_named_before_any_field() {
    let file = |error| Err(PlanFileError::File(error));
    let results = include_str!("golden/results_v2.json");
    assert_eq!(import(results), file(FileError::UnknownFormat));
    assert_eq!(import("[1, 2]"), file(FileError::UnknownFormat));
    assert_eq!(import("\"partnership-selfcheck-team-plan\""), file(FileError::UnknownFormat));
    // A newer file may hold fields this version has never heard of.
    let newer = read_edited(|v| {
        v["version"] = json!(3);
        v["items"][0]["budget_code"] = json!(7);
    });
    assert_eq!(newer, file(FileError::NewerVersion { version: 3 }));
    let instrument = read_edited(|v| v["instrument_version"] = json!(2));
    assert_eq!(instrument, file(FileError::NewerInstrument { version: 2 }));
    assert_eq!(
        read_edited(|v| v["version"] = json!("1")),
        file(FileError::WrongType { path: "version".into(), expected: "a whole number" })
    );
    let padded = format!("{GOLDEN}{}", " ".repeat(MAX_FILE_BYTES));
    assert_eq!(import(&padded), file(FileError::TooLarge { bytes: padded.len() }));
    assert_eq!(import(&"[".repeat(40)), file(FileError::TooDeep));
    assert!(matches!(import(&format!("{GOLDEN}x")), Err(PlanFileError::File(FileError::NotJson { .. }))));
    assert_eq!(import(&format!("\u{FEFF}{GOLDEN}")), Ok(golden_plan()));
}

#[test]
fn every_error_has_a_message_and_a_detail_where_it_helps() {
    let english = content::load("en").unwrap();
    let errors = [
        PlanFileError::File(FileError::TooLarge { bytes: 70_000 }),
        PlanFileError::File(FileError::UnknownFormat),
        PlanFileError::File(FileError::MissingField { path: "items[0].lead".into() }),
        invalid("items[12]", ValueProblem::TooManyItems),
        invalid("items[1].lead", ValueProblem::TextTooLong),
        invalid("items[1].practice", ValueProblem::PracticeTwice),
        invalid("items[0].area", ValueProblem::UnknownArea),
    ];
    let keys: Vec<ToolsKey> = errors.iter().map(PlanFileError::message_key).collect();
    assert_eq!(
        keys,
        [
            ToolsKey::TeamPlanFileTooLarge,
            ToolsKey::TeamPlanFileNotAPlan,
            ToolsKey::TeamPlanFileMissingField,
            ToolsKey::TeamPlanFileTooManyItems,
            ToolsKey::TeamPlanFileTextTooLong,
            ToolsKey::TeamPlanFilePracticeTwice,
            ToolsKey::TeamPlanFileInvalidValue,
        ]
    );
    assert!(keys.iter().all(|key| !english.tools(*key).is_empty()));
    assert_eq!(errors[0].detail(), Some(FileDetail::Size { bytes: 70_000, limit: MAX_FILE_BYTES }));
    assert_eq!(errors[1].detail(), None);
    assert_eq!(errors[3].detail(), Some(FileDetail::Field { path: "items[12]" }));
    assert!(ValueProblem::TooManyItems.reason().contains(&MAX_ITEMS.to_string()));
    assert!(errors[1].to_string().contains("team plan"), "{}", errors[1]);
}

/// Any text a plan's field may hold, up to `max` characters.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![any::<char>().prop_filter("no control", |c| !c.is_control()), Just('\n'), Just('\t')], 0..=max)
        .prop_map(|chars| chars.into_iter().collect())
}

/// Any item: from the rubric (by area, level, position) or typed.
fn any_item() -> impl Strategy<Value = PlanStep> {
    let source = prop_oneof![
        (0..5usize, 0..4usize, 0..4u8).prop_map(|(a, l, p)| Err((Area::ALL[a], Level::ALL[l], p))),
        any_text(LONG_TEXT_CHARS).prop_map(Ok),
    ];
    let texts = (any_text(40), any_text(SHORT_TEXT_CHARS), any_text(SHORT_TEXT_CHARS), any_text(40), any_text(40));
    (source, 0..5usize, texts).prop_map(|(source, area, (what, lead, by_when, cost, know))| {
        let mut item = match source {
            Err((area, level, position)) => PlanStep::from_practice(RubricPractice::new(area, level, position).unwrap()),
            Ok(text) => PlanStep::typed(LongText::new(&text).unwrap(), Area::ALL[area]),
        };
        item.area = Area::ALL[area];
        (item.what, item.cost_and_funding, item.how_we_know) =
            (LongText::new(&what).unwrap(), LongText::new(&cost).unwrap(), LongText::new(&know).unwrap());
        (item.lead, item.by_when) = (ShortText::new(&lead).unwrap(), ShortText::new(&by_when).unwrap());
        item
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_plan_round_trips(items in prop::collection::vec(any_item(), 0..=MAX_ITEMS)) {
        // Items repeating a rubric practice are dropped, as the plan holds
        // each once.
        let mut plan = TeamPlan::new();
        for item in items {
            if let Ok(bigger) = TeamPlan::from_items([plan.items(), &[item]].concat()) {
                plan = bigger;
            }
        }
        prop_assert_eq!(import(&export(&plan)), Ok(plan.clone()));
        prop_assert_eq!(decode_draft(&encode_draft(&plan)), Ok(plan));
    }
}
