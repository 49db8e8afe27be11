//! Checks every compiled-in language's content, and that the build's
//! validator (src/core/content/schema/, the same code build.rs runs)
//! names each problem of a deliberately broken file by file and JSON path.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::Placeholder;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use partnership_selfcheck::core::content::family::{family_languages, family_text};
use partnership_selfcheck::core::content::schema::{self, Sources};
use partnership_selfcheck::core::content::{
    load, Content, FamilyKey, Key, Language, LevelText, PluralCategory, PluralKey, PluralRule, ToolsKey, ToolsPluralKey, DEFAULT_LANGUAGE,
};
use partnership_selfcheck::core::model::{Area, Level};
use serde_json::Value;

/// The English files, read straight from disk for the broken-content tests.
const EN_INSTRUMENT: &str = include_str!("../content/en/instrument.json");
const EN_UI: &str = include_str!("../content/en/ui.json");
const EN_TOOLS: &str = include_str!("../content/en/tools.json");

/// The English sources with one file replaced.
fn en_with(instrument: &str, ui: &str, tools: &str) -> Result<schema::Language, Vec<String>> {
    schema::read_language("en", Sources { instrument: Some(instrument), ui: Some(ui), tools: Some(tools) })
}

/// `en/instrument.json` after `edit`, as text.
fn edited_instrument(edit: impl FnOnce(&mut Value)) -> String {
    let mut instrument: Value = serde_json::from_str(EN_INSTRUMENT).expect("en/instrument.json is JSON");
    edit(&mut instrument);
    serde_json::to_string_pretty(&instrument).expect("serializes")
}

/// Asserts that `problems` has exactly one problem starting with each of
/// `expected`.
fn assert_names(problems: &[String], expected: &[&str]) {
    assert_eq!(problems.len(), expected.len(), "expected exactly {expected:?}, got {problems:#?}");
    for start in expected {
        assert!(problems.iter().any(|p| p.starts_with(start)), "no problem starts with {start:?}; got {problems:#?}");
    }
}

#[test]
fn every_language_folder_passes_the_validator_and_is_compiled_in() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut folders: Vec<String> = fs::read_dir(&root)
        .expect("content/ is readable")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    folders.sort();
    let read = |code: &str, file: &str| fs::read_to_string(root.join(code).join(file)).ok();
    let texts: Vec<[Option<String>; 3]> =
        folders.iter().map(|code| [schema::INSTRUMENT_FILE, schema::UI_FILE, schema::TOOLS_FILE].map(|file| read(code, file))).collect();
    let inputs: Vec<(&str, Sources)> = folders
        .iter()
        .zip(&texts)
        .map(|(code, [i, u, t])| (code.as_str(), Sources { instrument: i.as_deref(), ui: u.as_deref(), tools: t.as_deref() }))
        .collect();
    let languages = schema::read_all(&inputs).unwrap_or_else(|problems| panic!("content problems:\n  {}", problems.join("\n  ")));
    assert_eq!(languages[0].code, DEFAULT_LANGUAGE);
    let offered: Vec<&str> = Language::offered().map(Language::code).collect();
    assert_eq!(offered, folders, "the switch offers every folder");
    for language in Language::offered() {
        assert!(load(language.code()).is_some(), "{} is compiled into native builds", language.code());
    }
    // The families' check-in: every folder has its texts, which every
    // build carries (the family page reads no language file).
    let family: Vec<Option<String>> = folders.iter().map(|code| read(code, schema::family::FAMILY_FILE)).collect();
    let inputs: Vec<(&str, Option<&str>)> = folders.iter().zip(&family).map(|(code, text)| (code.as_str(), text.as_deref())).collect();
    let families = schema::family::read_family(&inputs).unwrap_or_else(|problems| panic!("family problems:\n  {}", problems.join("\n  ")));
    assert_eq!(families.len(), folders.len());
    let keys: Vec<&str> = FamilyKey::ALL.iter().map(|key| key.name()).collect();
    assert_eq!(families[0].1 .0.iter().map(|(key, _)| key.as_str()).collect::<Vec<_>>(), keys, "FamilyKey follows en/family.json");
    let offered: Vec<Language> = family_languages().collect();
    assert_eq!(offered, Language::offered().collect::<Vec<_>>(), "the family page offers every folder");
    for language in offered {
        for key in FamilyKey::ALL {
            assert!(!family_text(language).get(key).trim().is_empty(), "{}: {} is empty", language.code(), key.name());
        }
    }
}

#[test]
fn every_language_is_complete_and_has_the_default_languages_keys() {
    let default: Vec<&str> = Key::ALL.iter().map(|key| key.name()).collect();
    let plural: Vec<&str> = PluralKey::ALL.iter().map(|key| key.name()).collect();
    let tools_plural: Vec<&str> = ToolsPluralKey::ALL.iter().map(|key| key.name()).collect();
    let schema_keys = en_with(EN_INSTRUMENT, EN_UI, EN_TOOLS).expect("en reads");
    assert_eq!(schema_keys.ui.keys_of(false).collect::<Vec<_>>(), default, "Key follows en/ui.json's plain texts");
    assert_eq!(schema_keys.ui.keys_of(true).collect::<Vec<_>>(), plural, "PluralKey follows en/ui.json's plural texts");
    assert_eq!(schema_keys.tools.keys_of(false).count(), ToolsKey::COUNT, "ToolsKey follows en/tools.json");
    assert_eq!(schema_keys.tools.keys_of(true).collect::<Vec<_>>(), tools_plural, "ToolsPluralKey too");
    for code in Language::offered().map(Language::code) {
        let content = load(code).expect("listed");
        for key in Key::ALL {
            assert!(!content.ui(key).trim().is_empty(), "{code}: {} is empty", key.name());
        }
        for key in ToolsKey::ALL {
            assert!(!content.tools(key).trim().is_empty(), "{code}: {} is empty", key.name());
        }
        for count in [0, 1, 2, 5] {
            for key in PluralKey::ALL {
                let text = content.ui_count(key, count, &[]);
                assert!(!text.trim().is_empty() && !text.contains("{count}"), "{code}: {} for {count}: {text}", key.name());
            }
            for key in ToolsPluralKey::ALL {
                let text = content.tools_count(key, count, &[]);
                assert!(!text.trim().is_empty() && !text.contains("{count}"), "{code}: {} for {count}: {text}", key.name());
            }
        }
    }
}

#[test]
fn another_language_must_have_exactly_the_default_keys_and_counts() {
    let default = en_with(EN_INSTRUMENT, EN_UI, EN_TOOLS).expect("en reads");
    let mut ui: Value = serde_json::from_str(EN_UI).expect("JSON");
    let ui_object = ui.as_object_mut().expect("an object");
    ui_object.remove("step_of");
    ui_object.insert("extra_text".into(), Value::String("Extra".into()));
    let instrument = edited_instrument(|i| {
        let cell = i["areas"]["linking_to_learning"]["practices"]["open_door"].as_array_mut().expect("a list");
        cell.pop();
    });
    let ui = ui.to_string();
    let other = schema::read_language("xx", Sources { instrument: Some(&instrument), ui: Some(&ui), tools: Some(EN_TOOLS) })
        .expect("xx is fine on its own");
    assert_names(
        &schema::check_same_shape(&default, &other),
        &[
            "content/xx/ui.json: step_of is missing (content/en/ui.json has it)",
            "content/xx/ui.json: extra_text is not in content/en/ui.json",
            "content/xx/instrument.json: areas.linking_to_learning.practices.open_door has 2 entries; content/en/instrument.json has 3",
        ],
    );
}

#[test]
fn every_area_has_practices_at_every_level_and_level_names_are_distinct() {
    for code in Language::offered().map(Language::code) {
        let content: &Content = load(code).expect("listed");
        for area in Area::ALL {
            for level in Level::ALL {
                let practices = content.practices(area, level);
                assert!(practices.len() >= 2, "{code}: {area} has too few practices for {level}");
            }
        }
        let levels = &content.instrument.levels;
        let field_values = |field: fn(&LevelText) -> &str| -> Vec<&str> { Level::ALL.iter().map(|level| field(&levels[*level])).collect() };
        for (what, values) in
            [("name", field_values(|t| t.name)), ("short_name", field_values(|t| t.short_name)), ("label", field_values(|t| t.label))]
        {
            let distinct: BTreeSet<&str> = values.iter().copied().collect();
            assert_eq!(distinct.len(), values.len(), "{code}: level {what}s are not distinct: {values:?}");
        }
    }
}

#[test]
fn the_validator_names_each_broken_cell_by_its_path_all_at_once() {
    let broken = edited_instrument(|i| {
        i["areas"]["building_relationships"]["practices"]["fortress"][1] = Value::String("   ".into());
        let sharing = &mut i["areas"]["sharing_power"]["practices"]["partnership"];
        let first = sharing[0].clone();
        *sharing = Value::Array(vec![first]);
        i["belief_scales"]["held"]["points"].as_array_mut().expect("a list").pop();
        i["instrument_version"] = Value::from(7);
    });
    let mut ui: Value = serde_json::from_str(EN_UI).expect("JSON");
    ui["step_of"] = Value::String("Step {current}".into());
    ui["app_name"] = Value::String(String::new());
    let problems = en_with(&broken, &ui.to_string(), EN_TOOLS).expect_err("the broken files are refused");
    assert_names(
        &problems,
        &[
            "content/en/instrument.json: areas.building_relationships.practices.fortress[1] is empty",
            "content/en/instrument.json: areas.sharing_power.practices.partnership has 1 practices",
            "content/en/instrument.json: belief_scales.held.points has 4 points",
            "content/en/instrument.json: instrument_version is 7",
            "content/en/ui.json: step_of lacks the placeholder {total}",
            "content/en/ui.json: app_name is empty",
        ],
    );
}

#[test]
fn an_unknown_missing_or_mistyped_key_is_refused_by_its_path() {
    let colour = edited_instrument(|i| i["levels"]["fortress"]["colour"] = Value::String("grey".into()));
    let problems = en_with(&colour, EN_UI, EN_TOOLS).expect_err("an unknown key is refused");
    assert_names(&problems, &["content/en/instrument.json: levels.fortress.colour: unknown field `colour`"]);

    let missing = edited_instrument(|i| {
        i["beliefs"].as_object_mut().expect("an object").remove("equal_partners");
    });
    let problems = en_with(&missing, EN_UI, EN_TOOLS).expect_err("a missing key is refused");
    assert_names(&problems, &["content/en/instrument.json: beliefs: missing field `equal_partners`"]);

    let problems = en_with(EN_INSTRUMENT, r#"{"step_of": 3}"#, EN_TOOLS).expect_err("a number is no text");
    assert_names(&problems, &["content/en/ui.json: step_of: invalid type: integer `3`"]);
}

#[test]
fn ui_files_refuse_repeated_keys_unusable_names_and_keys_in_both_files() {
    let problems = en_with(EN_INSTRUMENT, r#"{"a": "x", "a": "y"}"#, EN_TOOLS).expect_err("a repeated key is refused");
    assert_names(&problems, &["content/en/ui.json: the key \"a\" appears twice"]);

    let problems = en_with(EN_INSTRUMENT, r#"{"Step-Of": "x", "a_1": "y"}"#, "{}").expect_err("names must be snake_case");
    assert_names(
        &problems,
        &["content/en/ui.json: \"Step-Of\" is not a snake_case key", "content/en/ui.json: \"a_1\" is not a snake_case key"],
    );

    let problems = en_with(EN_INSTRUMENT, EN_UI, r#"{"app_name": "Tools"}"#).expect_err("a key in both files is refused");
    assert_names(&problems, &["content/en/tools.json: app_name is also in ui.json"]);
}

#[test]
fn missing_files_and_a_missing_default_language_are_named() {
    let problems = schema::read_language("xx", Sources { instrument: Some(EN_INSTRUMENT), ..Sources::default() })
        .expect_err("missing files are refused");
    assert_names(&problems, &["content/xx/ui.json: the file is missing", "content/xx/tools.json: the file is missing"]);
    let all = Sources { instrument: Some(EN_INSTRUMENT), ui: Some(EN_UI), tools: Some(EN_TOOLS) };
    let problems = schema::read_all(&[("fr", all)]).expect_err("the default language is required");
    assert_names(&problems, &["content/en: the default language's folder is missing"]);
}

/// `en/<file>` after `edit`, as text.
fn edited(json: &str, edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(json).expect("JSON");
    edit(value.as_object_mut().expect("an object"));
    value.to_string()
}

#[test]
fn english_plural_texts_pick_one_for_exactly_one_and_other_otherwise() {
    let en = load(DEFAULT_LANGUAGE).expect("en");
    assert_eq!(en.plural_rule, PluralRule::OneOther);
    assert_eq!(en.ui_count(PluralKey::TooFewMarks, 1, &[]).split(',').next(), Some("Only 1 of the five areas has a mark"));
    assert_eq!(en.ui_count(PluralKey::TooFewMarks, 2, &[]).split(',').next(), Some("Only 2 of the five areas have a mark"));
    assert_eq!(en.tools_count(ToolsPluralKey::TeamRespondents, 1, &[]), "1 self-check pooled");
    assert_eq!(en.tools_count(ToolsPluralKey::TeamRespondents, 6, &[]), "6 different self-checks pooled");
    assert_eq!(en.tools_count(ToolsPluralKey::TeamTooFewHave, 1, &[]), "1 self-check so far.");
    assert_eq!(en.tools_count(ToolsPluralKey::TeamTooFewHave, 0, &[]), "0 different self-checks so far.");
    assert_eq!(en.tools_count(ToolsPluralKey::TeamLinesWithoutCode, 1, &[]), "1 line held no link or code and was skipped.");
    assert_eq!(
        en.ui_count(PluralKey::ProvisionalMissing, 1, &[(Placeholder::Areas, "Sharing power")]),
        "This area is not counted, as it is marked \"Not sure\" or not answered: Sharing power."
    );
    assert_eq!(
        en.ui_count(PluralKey::ProvisionalMissing, 2, &[(Placeholder::Areas, "Sharing power, Linking to learning")]),
        "These 2 areas are not counted, as they are marked \"Not sure\" or not answered: Sharing power, Linking to learning."
    );
    assert_eq!(en.tools_with(ToolsKey::CompareError, &[(Placeholder::Which, "Later"), (Placeholder::Reason, "Why.")]), "Later: Why.");
}

#[test]
fn the_core_and_the_schema_know_the_same_plural_rules() {
    for rule in schema::PluralRule::ALL {
        let core = match rule.variant() {
            "OneOther" => PluralRule::OneOther,
            "Other" => PluralRule::Other,
            other => panic!("the core has no PluralRule::{other}"),
        };
        let categories: Vec<&str> = core.categories().iter().map(|c| c.key()).collect();
        assert_eq!(categories, rule.categories(), "{rule:?}");
        assert_eq!(PluralCategory::Other.key(), "other");
    }
}

#[test]
fn every_level_names_itself_with_its_article() {
    let en = load(DEFAULT_LANGUAGE).expect("en");
    let articles: Vec<&str> = Level::ALL.iter().map(|level| en.instrument.levels[*level].name_with_article).collect();
    assert_eq!(articles, ["a Fortress School", "a Come-if-we-call School", "an Open-Door School", "a Partnership School"]);
    let missing = edited_instrument(|i| {
        i["levels"]["open_door"].as_object_mut().expect("an object").remove("name_with_article");
    });
    let problems = en_with(&missing, EN_UI, EN_TOOLS).expect_err("the article form is required");
    assert_names(&problems, &["content/en/instrument.json: levels.open_door: missing field `name_with_article`"]);
}

#[test]
fn a_plural_text_needs_exactly_its_rules_forms_each_with_its_placeholders() {
    let ui = edited(EN_UI, |ui| {
        // "other" is missing; "few" is no form of one_other.
        ui.insert("too_few_marks".into(), serde_json::json!({"one": "Only one area has a mark.", "few": "{count}"}));
        // The "other" form lacks {count}, and "one" the listed {areas}.
        ui.insert("provisional_missing".into(), serde_json::json!({"one": "This area has none.", "other": "These: {areas}."}));
        // An empty form.
        ui.insert("plan_rated".into(), serde_json::json!({"one": " ", "other": "{count} of {total} rated"}));
    });
    let problems = en_with(EN_INSTRUMENT, &ui, EN_TOOLS).expect_err("the broken forms are refused");
    assert_names(
        &problems,
        &[
            "content/en/ui.json: too_few_marks lacks the plural form \"other\" (the plural rule one_other needs one, other)",
            "content/en/ui.json: too_few_marks.few is not a plural form of the rule one_other",
            "content/en/ui.json: provisional_missing.one lacks the placeholder {areas}",
            "content/en/ui.json: provisional_missing.other lacks the placeholder {count}",
            "content/en/ui.json: plan_rated.one is empty",
            "content/en/ui.json: plan_rated.one lacks the placeholder {total}",
        ],
    );

    // A language without plural distinction gives "other" alone, which
    // always says the number.
    let other_only = edited_instrument(|i| i["plural_rule"] = Value::String("other".into()));
    let problems = en_with(&other_only, EN_UI, EN_TOOLS).expect_err("en's \"one\" forms are extra under the rule other");
    assert!(problems.iter().all(|p| p.contains(".one is not a plural form of the rule other")), "{problems:#?}");

    let unknown = edited_instrument(|i| i["plural_rule"] = Value::String("one_few_other".into()));
    let problems = en_with(&unknown, EN_UI, EN_TOOLS).expect_err("an unknown rule is refused");
    assert_names(&problems, &["content/en/instrument.json: plural_rule: unknown variant `one_few_other`"]);

    let repeated = r#"{"app_name": {"one": "a {count}", "one": "b {count}", "other": "{count}"}}"#;
    let problems = en_with(EN_INSTRUMENT, repeated, EN_TOOLS).expect_err("a repeated form is refused");
    assert_names(&problems, &["content/en/ui.json: app_name: the plural form \"one\" appears twice"]);
}

#[test]
fn a_translation_names_the_same_placeholders_as_the_default_language() {
    let default = en_with(EN_INSTRUMENT, EN_UI, EN_TOOLS).expect("en reads");
    let ui = edited(EN_UI, |ui| {
        // One dropped, one misspelt: a hole and a raw "{tipo}" on the page.
        ui.insert("step_of".into(), Value::String("Paso {current}".into()));
        ui.insert("mark_suggestion".into(), Value::String("Sugerido: {tipo}.".into()));
    });
    let tools = edited(EN_TOOLS, |tools| {
        tools.insert("team_tally".into(), Value::String("{added}, {duplicate}, {damaged}".into()));
    });
    // On its own the file only lacks what PLACEHOLDERS lists; beside the
    // default language every placeholder counts.
    let other = schema::read_language("xx", Sources { instrument: Some(EN_INSTRUMENT), ui: Some(&ui), tools: Some(&tools) });
    assert!(other.is_err(), "PLACEHOLDERS lists step_of, mark_suggestion and team_tally");
    let tools_only = edited(EN_TOOLS, |tools| {
        tools.insert("team_plan_heading".into(), Value::String("Plan {extra}".into()));
    });
    let other = schema::read_language("xx", Sources { instrument: Some(EN_INSTRUMENT), ui: Some(EN_UI), tools: Some(&tools_only) })
        .expect("a placeholder no list names is fine on its own");
    assert_names(
        &schema::check_same_shape(&default, &other),
        &["content/xx/tools.json: team_plan_heading has the placeholder {extra}, which content/en/tools.json does not"],
    );
    // A default text with a placeholder that no list names, and a
    // translation that drops it.
    let default_ui = edited(EN_UI, |ui| {
        ui.insert("intro_start".into(), Value::String("Start, {name}".into()));
    });
    let default = en_with(EN_INSTRUMENT, &default_ui, EN_TOOLS).expect("en reads");
    let ui = edited(EN_UI, |ui| {
        ui.insert("intro_start".into(), Value::String("Comenzar".into()));
    });
    let other = schema::read_language("xx", Sources { instrument: Some(EN_INSTRUMENT), ui: Some(&ui), tools: Some(EN_TOOLS) })
        .expect("fine on its own");
    assert_names(
        &schema::check_same_shape(&default, &other),
        &["content/xx/ui.json: intro_start lacks the placeholder {name} (content/en/ui.json has it)"],
    );
}

#[test]
fn a_key_is_plural_in_every_language_or_in_none() {
    let default = en_with(EN_INSTRUMENT, EN_UI, EN_TOOLS).expect("en reads");
    let ui = edited(EN_UI, |ui| {
        ui.insert("too_few_marks".into(), Value::String("Only {count} of the five areas have a mark.".into()));
        ui.insert("app_name".into(), serde_json::json!({"one": "One check", "other": "{count} checks"}));
    });
    let tools = edited(EN_TOOLS, |tools| {
        tools.insert("team_respondents".into(), Value::String("{count} pooled".into()));
    });
    let other = schema::read_language("xx", Sources { instrument: Some(EN_INSTRUMENT), ui: Some(&ui), tools: Some(&tools) })
        .expect("xx is fine on its own");
    assert_names(
        &schema::check_same_shape(&default, &other),
        &[
            "content/xx/ui.json: too_few_marks is a plain text, but plural in content/en/ui.json",
            "content/xx/ui.json: app_name is plural, but a plain text in content/en/ui.json",
            "content/xx/tools.json: team_respondents is a plain text, but plural in content/en/tools.json",
        ],
    );
}
