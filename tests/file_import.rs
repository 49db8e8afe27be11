//! Checks the results file: it round-trips with and without notes, and every
//! kind of bad file gives its own typed error quickly and without a panic.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use partnership_selfcheck::core::file::{export, import, FileError, Imported, MAX_FILE_BYTES};
use partnership_selfcheck::core::model::{Answers, Area, AssessmentId, Barrier, Belief, Level, Likert, Mark, PracticeRef};
use serde_json::Value;

/// A generous bound on any single import; the printed figures are the real
/// measure, and benchmarks own the tight numbers.
const SLOW: Duration = Duration::from_secs(1);

/// Answers that fill every kind of field.
fn sample() -> Answers {
    let mut answers = Answers::new(AssessmentId::new(0x00a1b2c3d4).expect("40-bit id"));
    let practice = |level, position| PracticeRef::new(level, position).expect("position below 4");
    let first = answers.area_mut(Area::BuildingRelationships);
    first.mark = Some(Mark::Level(Level::OpenDoor));
    first.ticks = first.ticks.with(practice(Level::Fortress, 0), true).with(practice(Level::Fortress, 2), true);
    first.ticks = first.ticks.with(practice(Level::OpenDoor, 1), true);
    answers.area_mut(Area::LinkingToLearning).mark = Some(Mark::NotSure);
    let last = answers.area_mut(Area::SharingPower);
    last.mark = Some(Mark::Level(Level::Partnership));
    last.ticks = last.ticks.with(practice(Level::Partnership, 3), true);
    answers.belief_mut(Belief::DreamsForChildren).held = Likert::new(5);
    answers.belief_mut(Belief::DreamsForChildren).practised = Likert::new(3);
    answers.belief_mut(Belief::StaffResponsibility).practised = Likert::new(1);
    answers.barriers = answers.barriers.with(Barrier::HandlingConflict, true).with(Barrier::PhysicalSafety, true);
    answers
}

/// Imports the text, timing it, and returns the result.
fn timed_import(label: &str, text: &str) -> Result<Imported, FileError> {
    let start = Instant::now();
    let result = import(text);
    let elapsed = start.elapsed();
    println!(
        "{label}: {elapsed:?} ({} bytes) -> {}",
        text.len(),
        match &result {
            Ok(_) => "ok".to_owned(),
            Err(error) => format!("{error:?}"),
        }
    );
    assert!(elapsed < SLOW, "{label} took {elapsed:?}");
    result
}

/// The sample's file as a JSON value, to edit for the bad-input cases.
fn sample_value() -> Value {
    serde_json::from_str(&export(&sample(), None)).expect("export is JSON")
}

/// The sample file with the value at a JSON pointer replaced.
fn sample_with(pointer: &str, replacement: Value) -> Value {
    let mut value = sample_value();
    let (parent, key) = pointer.rsplit_once('/').expect("pointer has a parent");
    value.pointer_mut(parent).and_then(Value::as_object_mut).expect("parent object").insert(key.into(), replacement);
    value
}

/// Imports an edited JSON value and returns the error it must give.
fn error_for(label: &str, value: &Value) -> FileError {
    match timed_import(label, &value.to_string()) {
        Ok(_) => panic!("{label}: the file was accepted"),
        Err(error) => error,
    }
}

#[test]
fn round_trip_without_notes_leaves_notes_out() {
    let text = export(&sample(), None);
    println!("{text}");
    assert!(!text.contains("\"notes\""));
    let imported = timed_import("round trip without notes", &text).expect("own export imports");
    assert_eq!(imported, Imported { answers: sample(), notes: None });
}

#[test]
fn round_trip_with_notes() {
    let notes = "Talk to \"Ms. Ortiz\" about home visits.\nLine two\t— and ünïcödé \\ too.";
    let text = export(&sample(), Some(notes));
    let imported = timed_import("round trip with notes", &text).expect("own export imports");
    assert_eq!(imported, Imported { answers: sample(), notes: Some(notes.to_owned()) });
}

#[test]
fn blank_answers_round_trip() {
    let blank = Answers::new(AssessmentId::new(0).expect("id 0"));
    let imported = timed_import("blank", &export(&blank, Some(""))).expect("blank imports");
    assert_eq!(imported, Imported { answers: blank, notes: Some(String::new()) });
}

#[test]
fn export_uses_the_documented_shape() {
    let value = sample_value();
    assert_eq!(value["format"], "partnership-selfcheck");
    assert_eq!(value["version"], 2);
    assert_eq!(value["instrument_version"], 1);
    assert_eq!(value["priorities"], serde_json::json!([]));
    assert_eq!(value["assessment_id"], "00a1b2c3d4");
    let first = &value["areas"]["building_relationships"];
    assert_eq!(first["mark"], "open_door");
    assert_eq!(first["ticked"]["fortress"], serde_json::json!([0, 2]));
    assert_eq!(first["ticked"]["come_if_we_call"], serde_json::json!([]));
    assert_eq!(first["ratings"], serde_json::json!({}));
    assert_eq!(first["pta_standards"], serde_json::json!(["welcoming_all_families", "communicating_effectively"]));
    assert_eq!(value["areas"]["linking_to_learning"]["mark"], "not_sure");
    assert_eq!(value["areas"]["addressing_differences"]["mark"], Value::Null);
    assert_eq!(value["beliefs"]["dreams_for_children"], serde_json::json!({"held": 5, "practised": 3}));
    assert_eq!(value["barriers"], serde_json::json!(["physical_safety", "handling_conflict"]));
}

#[test]
fn byte_order_mark_is_accepted() {
    let text = format!("\u{FEFF}{}", export(&sample(), None));
    assert_eq!(timed_import("BOM", &text).map(|i| i.answers), Ok(sample()));
}

#[test]
fn duplicate_keys_are_refused() {
    let text = export(&sample(), None).replacen("\"version\": 2,", "\"version\": 2, \"version\": 2,", 1);
    assert_eq!(timed_import("duplicate top-level key", &text), Err(FileError::DuplicateKey { path: "version".into() }));
    let text = export(&sample(), None).replacen("\"held\": 5,", "\"held\": 5, \"held\": 2,", 1);
    assert_eq!(
        timed_import("duplicate nested key", &text),
        Err(FileError::DuplicateKey { path: "beliefs.dreams_for_children.held".into() })
    );
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    // 100,000 '[' is over the size cap, which is checked first because it is
    // cheaper still; 60,000 fit under it and reach the depth check.
    let deep = "[".repeat(100_000);
    assert_eq!(timed_import("100,000 '['", &deep), Err(FileError::TooLarge { bytes: 100_000 }));
    let deep = "[".repeat(60_000);
    assert_eq!(timed_import("60,000 '['", &deep), Err(FileError::TooDeep));
    let deep = "{\"a\":".repeat(10_000);
    assert_eq!(timed_import("10,000 nested objects", &deep), Err(FileError::TooDeep));
    let deep_inside = format!("{{\"format\": {}1{}}}", "[".repeat(200), "]".repeat(200));
    assert_eq!(timed_import("200 levels inside a value", &deep_inside), Err(FileError::TooDeep));
}

#[test]
fn huge_files_are_refused_before_parsing() {
    let junk = "x".repeat(10 * 1024 * 1024);
    assert_eq!(timed_import("10 MB of junk", &junk), Err(FileError::TooLarge { bytes: junk.len() }));
    let just_over = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(timed_import("one byte over", &just_over), Err(FileError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
}

#[test]
fn text_that_is_not_json_gives_the_position() {
    assert_eq!(timed_import("empty", ""), Err(FileError::NotJson { line: 1, column: 0 }));
    assert!(matches!(timed_import("junk", "hello"), Err(FileError::NotJson { line: 1, .. })));
    let cut = export(&sample(), None);
    let cut = &cut[..cut.len() / 2];
    assert!(matches!(timed_import("cut in half", cut), Err(FileError::NotJson { .. })));
    assert!(matches!(timed_import("trailing text", &format!("{} x", export(&sample(), None))), Err(FileError::NotJson { .. })));
}

#[test]
fn other_files_are_not_results_files() {
    for (label, text) in [
        ("array", "[1, 2]"),
        ("number", "3"),
        ("other format", r#"{"format": "something-else", "version": 1}"#),
        ("no format", r#"{"version": 1}"#),
        ("format not text", r#"{"format": 1}"#),
    ] {
        assert_eq!(timed_import(label, text), Err(FileError::UnknownFormat), "{label}");
    }
}

#[test]
fn versions_are_checked_first() {
    let mut value = sample_value();
    value["version"] = 3.into();
    value["areas"] = "changed in version 3".into();
    assert_eq!(error_for("newer file version", &value), FileError::NewerVersion { version: 3 });

    let mut value = sample_value();
    value["instrument_version"] = 7.into();
    assert_eq!(error_for("newer instrument", &value), FileError::NewerInstrument { version: 7 });

    let mut value = sample_value();
    value["version"] = 0.into();
    assert!(matches!(error_for("version 0", &value), FileError::InvalidValue { path, .. } if path == "version"));

    let mut value = sample_value();
    value["instrument_version"] = 0.into();
    assert!(matches!(error_for("instrument 0", &value), FileError::InvalidValue { path, .. } if path == "instrument_version"));

    let mut value = sample_value();
    value["version"] = "1".into();
    assert_eq!(error_for("version as text", &value), FileError::WrongType { path: "version".into(), expected: "a whole number" });
}

#[test]
fn missing_fields_are_named() {
    for path in [
        "version",
        "instrument_version",
        "assessment_id",
        "areas",
        "areas/sharing_power",
        "areas/building_relationships/mark",
        "areas/building_relationships/ticked",
        "areas/linking_to_learning/ticked/partnership",
        "beliefs",
        "beliefs/equal_partners",
        "beliefs/equal_partners/practised",
        "barriers",
    ] {
        let mut value = sample_value();
        let (parent, key) = path.rsplit_once('/').map_or(("", path), |(p, k)| (p, k));
        let pointer = if parent.is_empty() { String::new() } else { format!("/{parent}") };
        value.pointer_mut(&pointer).and_then(Value::as_object_mut).expect("parent object").remove(key);
        let expected = FileError::MissingField { path: path.replace('/', ".") };
        assert_eq!(error_for(&format!("missing {path}"), &value), expected);
    }
}

#[test]
fn wrong_types_are_named() {
    let cases: [(&str, Value, &str); 9] = [
        ("/assessment_id", 12.into(), "assessment_id"),
        ("/areas", serde_json::json!([]), "areas"),
        ("/areas/sharing_power/mark", 3.into(), "areas.sharing_power.mark"),
        ("/areas/sharing_power/ticked", serde_json::json!([0]), "areas.sharing_power.ticked"),
        ("/areas/sharing_power/ticked/fortress", "0".into(), "areas.sharing_power.ticked.fortress"),
        ("/areas/sharing_power/ticked/fortress", serde_json::json!(["0"]), "areas.sharing_power.ticked.fortress[0]"),
        ("/beliefs/equal_partners/held", "high".into(), "beliefs.equal_partners.held"),
        ("/barriers", serde_json::json!([true]), "barriers[0]"),
        ("/notes", serde_json::json!(["a"]), "notes"),
    ];
    for (pointer, replacement, path) in cases {
        let value = sample_with(pointer, replacement);
        let error = error_for(&format!("wrong type at {path}"), &value);
        assert!(matches!(&error, FileError::WrongType { path: p, .. } if p == path), "{path}: {error:?}");
        assert!(error.to_string().contains(path), "{error}");
    }
}

#[test]
fn invalid_values_are_named() {
    let cases: [(&str, Value, &str); 10] = [
        ("/assessment_id", "00a1b2c3".into(), "assessment_id"),
        ("/assessment_id", "00a1b2c3zz".into(), "assessment_id"),
        ("/areas/sharing_power/mark", "castle".into(), "areas.sharing_power.mark"),
        ("/areas/sharing_power/ticked/open_door", serde_json::json!([4]), "areas.sharing_power.ticked.open_door[0]"),
        ("/areas/sharing_power/ticked/open_door", serde_json::json!([-1]), "areas.sharing_power.ticked.open_door[0]"),
        ("/areas/sharing_power/ticked/open_door", serde_json::json!([1, 1]), "areas.sharing_power.ticked.open_door[1]"),
        ("/beliefs/equal_partners/held", 0.into(), "beliefs.equal_partners.held"),
        ("/beliefs/equal_partners/practised", 6.into(), "beliefs.equal_partners.practised"),
        ("/beliefs/equal_partners/practised", 2.5.into(), "beliefs.equal_partners.practised"),
        ("/barriers", serde_json::json!(["homework"]), "barriers[0]"),
    ];
    for (pointer, replacement, path) in cases {
        let value = sample_with(pointer, replacement);
        let error = error_for(&format!("invalid value at {path}"), &value);
        assert!(matches!(&error, FileError::InvalidValue { path: p, .. } if p == path), "{path}: {error:?}");
        assert!(error.to_string().contains(path), "{error}");
    }
}

#[test]
fn unknown_fields_and_keys_are_refused() {
    let cases: [(&str, &str); 5] = [
        ("/colour", "colour"),
        ("/areas/homework", "areas.homework"),
        ("/areas/sharing_power/ticked/castle", "areas.sharing_power.ticked.castle"),
        ("/beliefs/optimism", "beliefs.optimism"),
        ("/beliefs/equal_partners/hoped", "beliefs.equal_partners.hoped"),
    ];
    for (pointer, path) in cases {
        let value = sample_with(pointer, Value::Null);
        assert_eq!(error_for(&format!("unknown {path}"), &value), FileError::UnknownField { path: path.into() });
    }
}

#[test]
fn every_error_has_a_key_and_a_sentence() {
    let errors = [
        FileError::TooLarge { bytes: 1 },
        FileError::TooDeep,
        FileError::NotJson { line: 1, column: 1 },
        FileError::UnknownFormat,
        FileError::NewerVersion { version: 2 },
        FileError::NewerInstrument { version: 2 },
        FileError::MissingField { path: "a.b".into() },
        FileError::UnknownField { path: "a.b".into() },
        FileError::DuplicateKey { path: "a.b".into() },
        FileError::WrongType { path: "a.b".into(), expected: "text" },
        FileError::InvalidValue { path: "a.b".into(), reason: "it is wrong" },
    ];
    for error in errors {
        assert!(error.message_key().name().starts_with("file_error_"));
        let sentence = error.to_string();
        assert!(sentence.ends_with('.'), "{sentence}");
        if let Some(path) = error.path() {
            assert!(sentence.contains(path), "{sentence}");
        }
    }
}

#[test]
fn arbitrary_mutations_never_panic() {
    // Every single-byte deletion and a few replacements of a real file: each
    // must give answers or an error, and quickly.
    let text = export(&sample(), Some("notes"));
    let bytes = text.as_bytes();
    let start = Instant::now();
    let mut rejected = 0;
    for at in 0..bytes.len() {
        for replacement in [None, Some(b'"'), Some(b'['), Some(b'9'), Some(b'}')] {
            let mut mutated = bytes.to_vec();
            match replacement {
                None => {
                    mutated.remove(at);
                }
                Some(byte) => mutated[at] = byte,
            }
            let mutated = String::from_utf8_lossy(&mutated);
            if import(&mutated).is_err() {
                rejected += 1;
            }
        }
    }
    println!("{} mutations of a {}-byte file: {rejected} rejected, in {:?}", bytes.len() * 5, bytes.len(), start.elapsed());
}

/// The results file of format 1 exactly as the released exporter wrote it.
/// Never edit or regenerate it: files people downloaded must keep opening.
const GOLDEN_V1: &str = include_str!("golden/results_v1.json");

/// The answers recorded in the golden file.
fn golden_answers() -> Answers {
    let mut answers = Answers::new(AssessmentId::new(0x5e1fc4ec6b).expect("40-bit id"));
    let practice = |level, position| PracticeRef::new(level, position).expect("position below 4");
    let area = answers.area_mut(Area::BuildingRelationships);
    area.mark = Some(Mark::Level(Level::OpenDoor));
    area.ticks = area
        .ticks
        .with(practice(Level::Fortress, 0), true)
        .with(practice(Level::Fortress, 2), true)
        .with(practice(Level::OpenDoor, 1), true);
    answers.area_mut(Area::LinkingToLearning).mark = Some(Mark::NotSure);
    let area = answers.area_mut(Area::SupportingAdvocacy);
    area.mark = Some(Mark::Level(Level::Partnership));
    area.ticks = area
        .ticks
        .with(practice(Level::Partnership, 0), true)
        .with(practice(Level::Partnership, 1), true)
        .with(practice(Level::Partnership, 3), true);
    let area = answers.area_mut(Area::SharingPower);
    area.mark = Some(Mark::Level(Level::ComeIfWeCall));
    area.ticks = area.ticks.with(practice(Level::ComeIfWeCall, 2), true).with(practice(Level::Fortress, 3), true);
    let dreams = answers.belief_mut(Belief::DreamsForChildren);
    (dreams.held, dreams.practised) = (Likert::new(5), Likert::new(3));
    answers.belief_mut(Belief::CapacityToSupport).held = Likert::new(4);
    let staff = answers.belief_mut(Belief::StaffResponsibility);
    (staff.held, staff.practised) = (Likert::new(2), Likert::new(1));
    answers.barriers = answers
        .barriers
        .with(Barrier::HandlingConflict, true)
        .with(Barrier::PhysicalSafety, true)
        .with(Barrier::SafeTraditionalInvolvement, true);
    answers
}

#[test]
fn the_golden_file_of_format_1_keeps_reading() {
    let expected = Imported {
        answers: golden_answers(),
        notes: Some("Ask \"Ms. Ortiz\" about home visits.\nSecond line\t— ünïcödé \\ too.".to_owned()),
    };
    assert_eq!(timed_import("golden v1", GOLDEN_V1), Ok(expected.clone()));
    // Ids were always read in either case of hex digits.
    let upper = GOLDEN_V1.replacen("5e1fc4ec6b", "5E1FC4EC6B", 1);
    assert_eq!(timed_import("golden v1, upper-case id", &upper), Ok(expected.clone()));
    // Whatever the exporter's whitespace, it writes every field of v1 as v1
    // did; version 2 only adds its own fields beside them.
    let mut written: Value = serde_json::from_str(&export(&expected.answers, expected.notes.as_deref())).expect("JSON");
    assert_eq!(written["version"], 2);
    written["version"] = 1.into();
    let top = written.as_object_mut().expect("an object");
    assert_eq!(top.remove("priorities"), Some(serde_json::json!([])));
    for area in top["areas"].as_object_mut().expect("areas").values_mut() {
        let area = area.as_object_mut().expect("an area");
        assert_eq!(area.remove("ratings"), Some(serde_json::json!({})));
        assert!(area.remove("pta_standards").is_some() && area.remove("epstein_types").is_some());
    }
    let golden: Value = serde_json::from_str(GOLDEN_V1).expect("JSON");
    assert_eq!(written, golden);
}
