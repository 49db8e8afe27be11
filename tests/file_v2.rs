//! Checks what results file format version 2 adds: the ratings of the next
//! level's practices and the crosswalk per area, and the priorities. Files
//! with a plan round-trip, every broken plan is refused by its path, a plan
//! in a version 1 file is refused as version 1 refused it, and answers
//! without a plan are still written as version 1.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::{self, Key};
use partnership_selfcheck::core::file::{export, import, FileDetail, FileError, Imported, PlanProblem, MAX_FILE_BYTES};
use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, Barrier, BarrierSet, Belief, Feasibility, Level, Likert, Mark, PlanPractice, PracticeRef, TickSet,
    MAX_PRACTICES_PER_CELL,
};
use partnership_selfcheck::core::session::MAX_NOTES_CHARS;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The practice at `position` of the area's next level up.
fn plan(area: Area, position: u8) -> PlanPractice {
    PlanPractice::new(area, position).expect("position below 4")
}

/// The answers recorded in `tests/golden/results_v2.json`: building
/// relationships at Open-Door with two Partnership practices rated, linking
/// to learning "not sure", addressing differences at Fortress with nothing
/// rated, supporting advocacy at Partnership (nothing to plan), sharing
/// power at Come-if-we-call with three Open-Door practices rated, and three
/// priorities in two areas.
fn golden_answers() -> Answers {
    let mut answers = Answers::new(AssessmentId::new(0x2b7e151628).expect("40-bit id"));
    let practice = |level, position| PracticeRef::new(level, position).expect("position below 4");
    answers.set_mark(Area::BuildingRelationships, Some(Mark::Level(Level::OpenDoor)));
    let area = answers.area_mut(Area::BuildingRelationships);
    area.ticks = area.ticks.with(practice(Level::OpenDoor, 0), true).with(practice(Level::OpenDoor, 2), true);
    answers.set_rating(plan(Area::BuildingRelationships, 0), Some(Feasibility::Easy));
    answers.set_rating(plan(Area::BuildingRelationships, 2), Some(Feasibility::Hard));
    answers.set_mark(Area::LinkingToLearning, Some(Mark::NotSure));
    answers.set_mark(Area::AddressingDifferences, Some(Mark::Level(Level::Fortress)));
    let area = answers.area_mut(Area::AddressingDifferences);
    area.ticks = area.ticks.with(practice(Level::Fortress, 1), true);
    answers.set_mark(Area::SupportingAdvocacy, Some(Mark::Level(Level::Partnership)));
    answers.set_mark(Area::SharingPower, Some(Mark::Level(Level::ComeIfWeCall)));
    let area = answers.area_mut(Area::SharingPower);
    area.ticks = area.ticks.with(practice(Level::ComeIfWeCall, 1), true).with(practice(Level::OpenDoor, 0), true);
    answers.set_rating(plan(Area::SharingPower, 0), Some(Feasibility::AlreadyDoing));
    answers.set_rating(plan(Area::SharingPower, 1), Some(Feasibility::TakesTime));
    answers.set_rating(plan(Area::SharingPower, 3), Some(Feasibility::Easy));
    for practice in [plan(Area::SharingPower, 3), plan(Area::BuildingRelationships, 0), plan(Area::SharingPower, 1)] {
        answers.set_priority(practice, true).expect("three fit");
    }
    let dreams = answers.belief_mut(Belief::DreamsForChildren);
    (dreams.held, dreams.practised) = (Likert::new(5), Likert::new(3));
    answers.belief_mut(Belief::EqualPartners).held = Likert::new(4);
    answers.barriers = answers.barriers.with(Barrier::LosingPowerAndControl, true).with(Barrier::HandlingConflict, true);
    answers
}

/// The notes recorded in the golden file.
const GOLDEN_NOTES: &str = "Start with the welcome calls; ask the PTA about the family room.";

/// The results file of format 2 as its first exporter wrote it. Never edit
/// or regenerate it: files people downloaded must keep opening.
const GOLDEN_V2: &str = include_str!("golden/results_v2.json");

/// The golden answers' file as a JSON value, to edit for the bad-input cases.
fn value() -> Value {
    serde_json::from_str(&export(&golden_answers(), None)).expect("export is JSON")
}

/// The error `import` gives for the edited value; panics when it reads.
fn error_for(value: &Value) -> FileError {
    match import(&value.to_string()) {
        Ok(_) => panic!("accepted: {value}"),
        Err(error) => error,
    }
}

/// The value without the crosswalk, which the content may revise; the
/// answers' own fields must be written as they always were.
fn without_crosswalk(mut value: Value) -> Value {
    for area in Area::ALL {
        let entry = value["areas"][area.key()].as_object_mut().expect("an area object");
        entry.remove("pta_standards");
        entry.remove("epstein_types");
    }
    value
}

#[test]
fn a_plan_is_written_as_version_2_in_the_documented_shape() {
    let value = value();
    assert_eq!(value["version"], 2);
    let first = &value["areas"]["building_relationships"];
    assert_eq!(first["ratings"], json!({"0": "easy", "2": "hard"}));
    assert_eq!(first["pta_standards"], json!(["welcoming_all_families", "communicating_effectively"]));
    assert_eq!(first["epstein_types"], json!(["communicating", "volunteering"]));
    // Every area gives its ratings, none where there is nothing to plan.
    assert_eq!(value["areas"]["supporting_advocacy"]["ratings"], json!({}));
    assert_eq!(value["areas"]["addressing_differences"]["ratings"], json!({}));
    assert_eq!(
        value["priorities"],
        json!([
            {"area": "building_relationships", "practice": 0},
            {"area": "sharing_power", "practice": 1},
            {"area": "sharing_power", "practice": 3},
        ])
    );
    // The fields come in the documented order.
    let text = export(&golden_answers(), Some("n"));
    let order =
        ["\"mark\"", "\"ticked\"", "\"ratings\"", "\"pta_standards\"", "\"epstein_types\"", "\"barriers\"", "\"priorities\"", "\"notes\""];
    let at: Vec<usize> = order.iter().map(|key| text.find(key).expect(key)).collect();
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
}

#[test]
fn the_crosswalk_written_is_the_contents() {
    let value = value();
    for area in Area::ALL {
        let crosswalk = content::crosswalk(area);
        let pta: Vec<&str> = crosswalk.pta_standards.iter().map(|s| s.key()).collect();
        let epstein: Vec<&str> = crosswalk.epstein_types.iter().map(|t| t.key()).collect();
        assert_eq!(value["areas"][area.key()]["pta_standards"], json!(pta), "{area}");
        assert_eq!(value["areas"][area.key()]["epstein_types"], json!(epstein), "{area}");
    }
}

#[test]
fn answers_without_a_plan_are_written_as_version_2_with_the_crosswalk() {
    // Every file names the frameworks its areas are reported against, so a
    // file without a plan is version 2 too, with empty ratings and priorities.
    let mut answers = golden_answers();
    for practice in answers.priorities().clone().iter() {
        answers.set_priority(practice, false).expect("dropping never fails");
    }
    for practice in PlanPractice::all() {
        answers.set_rating(practice, None);
    }
    let value: Value = serde_json::from_str(&export(&answers, None)).expect("JSON");
    assert_eq!(value["version"], 2);
    assert_eq!(value["priorities"], json!([]));
    let area = value["areas"]["building_relationships"].as_object().expect("an object");
    assert_eq!(
        area.keys().collect::<Vec<_>>(),
        ["epstein_types", "mark", "pta_standards", "ratings", "ticked"],
        "serde_json sorts an object's keys"
    );
    assert_eq!(area["ratings"], json!({}));
    assert_eq!(import(&export(&answers, None)).map(|imported| imported.answers), Ok(answers));
}

#[test]
fn the_golden_file_of_format_2_keeps_reading() {
    let expected = Imported { answers: golden_answers(), notes: Some(GOLDEN_NOTES.to_owned()) };
    assert_eq!(import(GOLDEN_V2), Ok(expected.clone()));
    let written: Value = serde_json::from_str(&export(&expected.answers, Some(GOLDEN_NOTES))).expect("JSON");
    let golden: Value = serde_json::from_str(GOLDEN_V2).expect("JSON");
    assert_eq!(without_crosswalk(written), without_crosswalk(golden));
}

/// An error's kind and path, to compare with what a case expects.
fn kind(error: &FileError) -> (&'static str, &str) {
    let kind = match error {
        FileError::MissingField { .. } => "missing",
        FileError::UnknownField { .. } => "unknown",
        FileError::WrongType { .. } => "wrong type",
        FileError::InvalidValue { .. } => "invalid",
        FileError::Plan { problem: PlanProblem::NoNextLevel, .. } => "no next level",
        FileError::Plan { problem: PlanProblem::TooManyPriorities, .. } => "too many",
        FileError::DuplicateKey { .. } => "duplicate",
        _ => "other",
    };
    (kind, error.path().unwrap_or_default())
}

#[test]
fn a_broken_plan_is_refused_by_its_path() {
    let priority = |area: &str, practice: u8| json!({"area": area, "practice": practice});
    let four = json!([
        priority("building_relationships", 0),
        priority("building_relationships", 1),
        priority("sharing_power", 1),
        priority("sharing_power", 2),
    ]);
    let (ratings, priorities) = ("/areas/sharing_power/ratings", "/priorities");
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        // Ratings and priorities where the mark leaves nothing to plan.
        ("/areas/supporting_advocacy/ratings", json!({"0": "easy"}), "no next level", "areas.supporting_advocacy.ratings"),
        ("/areas/linking_to_learning/ratings", json!({"1": "hard"}), "no next level", "areas.linking_to_learning.ratings"),
        (priorities, json!([priority("supporting_advocacy", 0)]), "no next level", "priorities[0].area"),
        // More than three priorities, one twice, and ones that name nothing.
        (priorities, four, "too many", "priorities[3]"),
        (priorities, json!([priority("sharing_power", 1), priority("sharing_power", 1)]), "invalid", "priorities[1]"),
        (priorities, json!([priority("homework", 1)]), "invalid", "priorities[0].area"),
        (priorities, json!([priority("sharing_power", 4)]), "invalid", "priorities[0].practice"),
        (priorities, json!({"area": "sharing_power", "practice": 1}), "wrong type", "priorities"),
        // Ratings that are not ratings.
        (ratings, json!({"1": "maybe"}), "invalid", "areas.sharing_power.ratings.1"),
        (ratings, json!({"4": "easy"}), "unknown", "areas.sharing_power.ratings.4"),
        (ratings, json!({"practice": 1, "rating": "easy"}), "unknown", "areas.sharing_power.ratings.practice"),
        (ratings, json!({"1": 2}), "wrong type", "areas.sharing_power.ratings.1"),
        (ratings, json!({"1": null}), "wrong type", "areas.sharing_power.ratings.1"),
        (ratings, json!([]), "wrong type", "areas.sharing_power.ratings"),
        (ratings, json!(["easy", "hard"]), "wrong type", "areas.sharing_power.ratings"),
        (ratings, Value::Null, "wrong type", "areas.sharing_power.ratings"),
    ];
    for (pointer, replacement, expected, path) in cases {
        let mut value = value();
        *value.pointer_mut(pointer).expect(pointer) = replacement.clone();
        let error = error_for(&value);
        assert_eq!(kind(&error), (expected, path), "{pointer} = {replacement}: {error:?}");
        assert!(error.to_string().contains(path), "{error}");
    }
    // A practice rated twice is a repeated key, which only the text shows.
    let text = export(&golden_answers(), None).replacen("\"0\": \"easy\"", "\"0\": \"easy\", \"0\": \"hard\"", 1);
    let error = import(&text).expect_err("a practice rated twice");
    assert_eq!(kind(&error), ("duplicate", "areas.building_relationships.ratings.0"));
}

#[test]
fn a_version_2_file_gives_every_areas_ratings_and_its_priorities() {
    for (parent, key, path) in [
        ("/areas/addressing_differences", "ratings", "areas.addressing_differences.ratings"),
        ("/areas/sharing_power", "ratings", "areas.sharing_power.ratings"),
        ("", "priorities", "priorities"),
    ] {
        let mut value = value();
        value.pointer_mut(parent).and_then(Value::as_object_mut).expect("parent object").remove(key);
        assert_eq!(error_for(&value), FileError::MissingField { path: path.into() });
    }
}

#[test]
fn the_crosswalk_is_optional_and_ignored_on_reading() {
    // Reading always takes the content's crosswalk, so a file whose
    // crosswalk is left out, was written before the content revised it, or
    // was edited by hand, reads to the same answers.
    let expected = Ok(Imported { answers: golden_answers(), notes: None });
    assert_eq!(import(&without_crosswalk(value()).to_string()), expected);
    let mut value = value();
    let area = &mut value["areas"]["linking_to_learning"];
    area["pta_standards"] = json!(["supporting_student_success", "sharing_power", "sharing_power"]);
    area["epstein_types"] = json!([]);
    value["areas"]["sharing_power"]["pta_standards"] = json!({"standard": 5});
    value["areas"]["sharing_power"]["epstein_types"] = json!("decision making");
    assert_eq!(import(&value.to_string()), expected);
    // A crosswalk field twice is still a repeated key, as in any object.
    let text = export(&golden_answers(), None).replacen("\"pta_standards\": [", "\"pta_standards\": [], \"pta_standards\": [", 1);
    assert_eq!(import(&text), Err(FileError::DuplicateKey { path: "areas.building_relationships.pta_standards".into() }));
}

#[test]
fn a_plan_in_a_version_1_file_is_refused_as_version_1_refused_it() {
    // A file that says version 1 gets exactly the version 1 reader's
    // answer: the fields of version 2 are unknown there, reported where
    // they stand, whatever their value.
    for (pointer, replacement, path) in [
        ("/areas/sharing_power/ratings", json!([]), "areas.sharing_power.ratings"),
        ("/areas/sharing_power/ratings", json!("not even a list"), "areas.sharing_power.ratings"),
        ("/areas/building_relationships/pta_standards", json!(["homework"]), "areas.building_relationships.pta_standards"),
        ("/areas/building_relationships/epstein_types", json!([]), "areas.building_relationships.epstein_types"),
        ("/priorities", json!([]), "priorities"),
    ] {
        let mut value: Value = serde_json::from_str(include_str!("golden/results_v1.json")).expect("JSON");
        let (parent, key) = pointer.rsplit_once('/').expect("a parent");
        let parent = value.pointer_mut(parent).and_then(Value::as_object_mut).expect("parent object");
        parent.insert(key.into(), replacement);
        assert_eq!(error_for(&value), FileError::UnknownField { path: path.into() }, "{pointer}");
    }
    let mut newer = value();
    newer["version"] = 3.into();
    newer["priorities"] = "changed in version 3".into();
    assert_eq!(error_for(&newer), FileError::NewerVersion { version: 3 });
}

#[test]
fn plan_errors_have_their_own_plain_messages() {
    let content = content::load(content::DEFAULT_LANGUAGE).expect("the default language is compiled in");
    for (problem, key) in
        [(PlanProblem::NoNextLevel, Key::FileErrorNoNextLevel), (PlanProblem::TooManyPriorities, Key::FileErrorTooManyPriorities)]
    {
        let error = FileError::Plan { path: "priorities[3]".into(), problem };
        assert_eq!(error.message_key(), key);
        assert!(content.ui(key).starts_with("This results file"), "{}", content.ui(key));
        assert!(error.to_string().contains("\"priorities[3]\""), "{error}");
        assert!(error.to_string().ends_with('.'), "{error}");
        assert_eq!(error.detail(), Some(FileDetail::Field { path: "priorities[3]" }));
    }
}

#[test]
fn the_longest_notes_fit_beside_the_largest_plan() {
    // Every area at Fortress with every practice ticked and every next
    // practice rated, three priorities, and the notes at their limit in
    // six-byte JSON escapes: the largest file the widget writes.
    let mut answers = Answers::new(AssessmentId::from_random([0xff; 5]));
    for area in Area::ALL {
        answers.set_mark(area, Some(Mark::Level(Level::Fortress)));
        answers.area_mut(area).ticks = TickSet::from_bits(u16::MAX);
        for position in 0..MAX_PRACTICES_PER_CELL {
            answers.set_rating(plan(area, position), Some(Feasibility::AlreadyDoing));
        }
    }
    for position in 0..3 {
        answers.set_priority(plan(Area::AddressingDifferences, position), true).expect("three fit");
    }
    for belief in Belief::ALL {
        (answers.belief_mut(belief).held, answers.belief_mut(belief).practised) = (Likert::new(5), Likert::new(5));
    }
    answers.barriers = BarrierSet::from_bits(u8::MAX);
    let notes: String = std::iter::repeat_n('\u{1}', MAX_NOTES_CHARS).collect();
    let text = export(&answers, Some(&notes));
    println!("the largest file: {} bytes of {MAX_FILE_BYTES}", text.len());
    // The crosswalk's keys count too: a longer crosswalk in the content
    // leaves less room.
    assert!(text.len() <= MAX_FILE_BYTES, "{} bytes", text.len());
    assert_eq!(import(&text), Ok(Imported { answers, notes: Some(notes) }));
}

/// Any answers the model can hold, with ratings and priorities made through
/// the model's own setters, and with or without notes.
fn any_planned_answers() -> impl Strategy<Value = (Answers, Option<String>)> {
    let area = (any::<u16>(), 0u8..6, prop::collection::vec(0u8..5, 4));
    (
        0u64..(1 << AssessmentId::BITS),
        prop::collection::vec(area, 5),
        prop::collection::vec((0u8..6, 0u8..6), 4),
        any::<u8>(),
        prop::collection::vec((0usize..5, 0u8..MAX_PRACTICES_PER_CELL), 0..5),
        prop::option::of(any::<String>()),
    )
        .prop_map(|(id, areas, beliefs, barriers, priorities, notes)| {
            let mut answers = Answers::new(AssessmentId::new(id).expect("below 2^40"));
            for (area, (ticks, mark, ratings)) in Area::ALL.into_iter().zip(areas) {
                let mark = match mark {
                    0 => None,
                    1 => Some(Mark::NotSure),
                    n => Level::from_number(n - 1).map(Mark::Level),
                };
                answers.set_mark(area, mark);
                answers.area_mut(area).ticks = TickSet::from_bits(ticks);
                for (position, rating) in (0..).zip(ratings) {
                    // 0 leaves the practice unrated; areas without a next
                    // level up ignore ratings, as the model does.
                    let rating = rating.checked_sub(1).and_then(|i| Feasibility::from_index(usize::from(i)));
                    answers.set_rating(plan(area, position), rating);
                }
            }
            for (area, position) in priorities {
                // A fourth is refused, as it is in the widget.
                let _ = answers.set_priority(plan(Area::ALL[area], position), true);
            }
            for (belief, (held, practised)) in Belief::ALL.into_iter().zip(beliefs) {
                (answers.belief_mut(belief).held, answers.belief_mut(belief).practised) = (Likert::new(held), Likert::new(practised));
            }
            answers.barriers = BarrierSet::from_bits(barriers);
            (answers, notes)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_planned_answers_round_trip((answers, notes) in any_planned_answers()) {
        let text = export(&answers, notes.as_deref());
        prop_assert_eq!(import(&text), Ok(Imported { answers, notes }));
    }
}
