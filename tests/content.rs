//! Checks every compiled-in language's content files: they parse, they have
//! no problems, they carry the same UI keys as the default language, and the
//! validator really does catch a broken instrument.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use partnership_selfcheck::core::content::{self, language_codes, load_for_tools, Content, LevelText, DEFAULT_LANGUAGE};
use partnership_selfcheck::core::model::{Area, Level};
use serde_json::Value;

/// The English files, read straight from disk for the broken-content tests.
const EN_INSTRUMENT: &str = include_str!("../content/en/instrument.json");
const EN_UI: &str = include_str!("../content/en/ui.json");

/// Loads a compiled-in language, every file of it (the tools page's texts
/// too), failing with the loader's message.
fn load_ok(language: &str) -> Content {
    match load_for_tools(language) {
        None => panic!("language {language:?} is listed but cannot be loaded"),
        Some(Err(error)) => panic!("language {language:?} does not parse: {error}"),
        Some(Ok(content)) => content,
    }
}

#[test]
fn every_language_parses_and_has_no_problems() {
    let codes: Vec<&str> = language_codes().collect();
    assert!(
        codes.contains(&content::DEFAULT_LANGUAGE),
        "the default language {DEFAULT_LANGUAGE:?} is not compiled in; found {codes:?}"
    );
    let mut failures = Vec::new();
    for code in &codes {
        let content = load_ok(code);
        assert_eq!(content.language, *code);
        for problem in content.problems() {
            failures.push(format!("{code}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "content problems:\n  {}", failures.join("\n  "));
}

#[test]
fn every_language_has_the_same_ui_keys_as_the_default() {
    let default = load_ok(DEFAULT_LANGUAGE);
    let expected: BTreeSet<&str> = default.ui_keys().collect();
    let mut failures = Vec::new();
    for code in language_codes().filter(|code| *code != DEFAULT_LANGUAGE) {
        let content = load_ok(code);
        let present: BTreeSet<&str> = content.ui_keys().collect();
        let missing: Vec<&str> = expected.difference(&present).copied().collect();
        let extra: Vec<&str> = present.difference(&expected).copied().collect();
        if !missing.is_empty() {
            failures.push(format!("{code} lacks UI keys: {}", missing.join(", ")));
        }
        if !extra.is_empty() {
            failures.push(format!(
                "{code} has UI keys that {DEFAULT_LANGUAGE} lacks: {}",
                extra.join(", ")
            ));
        }
    }
    assert!(failures.is_empty(), "UI keys differ:\n  {}", failures.join("\n  "));
}

#[test]
fn every_area_has_practices_at_every_level_and_level_names_are_distinct() {
    for code in language_codes() {
        let content = load_ok(code);
        for area in Area::ALL {
            for level in Level::ALL {
                let practices = content.practices(area, level);
                assert!(!practices.is_empty(), "{code}: {area} has no practices for {level}");
                assert!(
                    practices.iter().all(|p| !p.trim().is_empty()),
                    "{code}: {area} has an empty practice for {level}"
                );
            }
        }
        let levels = &content.instrument.levels;
        let field_values = |field: fn(&LevelText) -> &str| -> Vec<&str> {
            Level::ALL.iter().map(|level| field(levels.get(*level))).collect()
        };
        for (what, values) in [
            ("name", field_values(|t| &t.name)),
            ("short_name", field_values(|t| &t.short_name)),
            ("label", field_values(|t| &t.label)),
        ] {
            let distinct: BTreeSet<&str> = values.iter().copied().collect();
            assert_eq!(distinct.len(), values.len(), "{code}: level {what}s are not distinct: {values:?}");
        }
    }
}

#[test]
fn the_validator_names_each_broken_cell_by_its_path() {
    let mut instrument: Value = serde_json::from_str(EN_INSTRUMENT).expect("en/instrument.json is JSON");
    let practices = &mut instrument["areas"]["building_relationships"]["practices"];
    practices["fortress"][1] = Value::String("   ".into());
    let sharing = &mut instrument["areas"]["sharing_power"]["practices"]["partnership"];
    let first = sharing[0].clone();
    *sharing = Value::Array(vec![first]);
    let broken = serde_json::to_string_pretty(&instrument).expect("serializes");

    let content = Content::parse("en", &[("instrument.json", &broken), ("ui.json", EN_UI)])
        .unwrap_or_else(|error| panic!("the broken instrument should still parse: {error}"));
    let problems = content.problems();
    let expected = [
        "instrument.areas.building_relationships.practices.fortress[1] ",
        "instrument.areas.sharing_power.practices.partnership ",
    ];
    assert_eq!(problems.len(), expected.len(), "expected exactly {expected:?}, got {problems:#?}");
    for path in expected {
        assert!(
            problems.iter().any(|problem| problem.starts_with(path)),
            "no problem names {path:?}; got {problems:#?}"
        );
    }
}

#[test]
fn an_unknown_or_missing_key_is_a_parse_error_naming_the_key() {
    let mut instrument: Value = serde_json::from_str(EN_INSTRUMENT).expect("en/instrument.json is JSON");
    instrument["levels"]["fortress"]["colour"] = Value::String("grey".into());
    let text = instrument.to_string();
    let error = Content::parse("en", &[("instrument.json", &text), ("ui.json", EN_UI)])
        .expect_err("an unknown key must be rejected");
    assert_eq!(error.file, "en/instrument.json");
    assert!(error.reason.contains("colour"), "the error should name the key: {error}");

    let mut instrument: Value = serde_json::from_str(EN_INSTRUMENT).expect("en/instrument.json is JSON");
    instrument["beliefs"].as_object_mut().expect("an object").remove("equal_partners");
    let text = instrument.to_string();
    let error = Content::parse("en", &[("instrument.json", &text), ("ui.json", EN_UI)])
        .expect_err("a missing key must be rejected");
    assert!(error.reason.contains("equal_partners"), "the error should name the key: {error}");
}
