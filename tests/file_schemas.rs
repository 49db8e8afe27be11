//! Checks the JSON Schemas of the results file, the team plan file and the
//! district workspace (docs/schemas/, shipped as schemas/ in the built
//! folder) with an
//! independent validator, the `jsonschema` crate: the schemas are valid
//! draft 2020-12 and name the model's keys and limits, the golden files and
//! every file the widget writes validate, and each damaged file is refused
//! by both the widget's reader and the schema. What a schema cannot say is
//! tested too, so that the schemas' descriptions stay true.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

mod team_support;

#[path = "file_schemas/damaged_results.rs"]
mod damaged_results;
#[path = "file_schemas/district_workspace.rs"]
mod district_workspace;
#[path = "file_schemas/team_plan_file.rs"]
mod team_plan_file;

use jsonschema::Validator;
use partnership_selfcheck::core::file::{self, FILE_VERSION, FORMAT_NAME};
use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, Barrier, Belief, EpsteinType, Feasibility, Level, PtaStandard, INSTRUMENT_VERSION, MAX_PRACTICES_PER_CELL,
    MAX_PRIORITIES,
};
use partnership_selfcheck::core::session::MAX_NOTES_CHARS;
use serde_json::{json, Value};
use team_support::{random_answers, XorShift};

const RESULTS_SCHEMA: &str = include_str!("../docs/schemas/results-file.schema.json");
const GOLDEN_V1: &str = include_str!("golden/results_v1.json");
const GOLDEN_V2: &str = include_str!("golden/results_v2.json");

/// A schema's text as JSON.
fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("the schema is JSON")
}

/// The validator of a schema, which must itself be valid draft 2020-12.
fn validator(schema: &str) -> Validator {
    let schema = parse(schema);
    assert!(jsonschema::draft202012::meta::is_valid(&schema), "not a valid draft 2020-12 schema");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

/// What the schema says against a file's text, one line per error; empty
/// when it validates.
fn schema_errors(validator: &Validator, text: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(text.strip_prefix('\u{FEFF}').unwrap_or(text)).expect("the file is JSON");
    validator.iter_errors(&instance).map(|error| format!("{}: {error}", error.instance_path())).collect()
}

/// The keys of a keyed enum of the model, as JSON strings.
fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Value {
    Value::Array(all.iter().map(|&item| json!(key(item))).collect())
}

/// The names of an object's properties, sorted (serde_json's map is).
fn property_names(object: &Value) -> Value {
    let names = object.as_object().expect("an object of properties").keys();
    Value::Array(names.map(|name| json!(name)).collect())
}

/// The keys of a keyed enum of the model, sorted, to compare with
/// [`property_names`].
fn sorted_keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Value {
    let mut keys: Vec<&str> = all.iter().map(|&item| key(item)).collect();
    keys.sort_unstable();
    json!(keys)
}

#[test]
fn the_results_schema_names_the_model_s_keys_and_limits() {
    let schema = parse(RESULTS_SCHEMA);
    let defs = &schema["$defs"];
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["properties"]["format"]["const"], FORMAT_NAME);
    assert_eq!(schema["properties"]["version"]["enum"], json!((1..=FILE_VERSION).collect::<Vec<_>>()));
    assert_eq!(schema["properties"]["instrument_version"]["const"], INSTRUMENT_VERSION);
    assert_eq!(property_names(&schema["properties"]["areas"]["properties"]), sorted_keys(&Area::ALL, Area::key));
    assert_eq!(schema["properties"]["areas"]["required"], keys(&Area::ALL, Area::key));
    assert_eq!(defs["areaKey"]["enum"], keys(&Area::ALL, Area::key));
    assert_eq!(property_names(&schema["properties"]["beliefs"]["properties"]), sorted_keys(&Belief::ALL, Belief::key));
    assert_eq!(schema["properties"]["beliefs"]["required"], keys(&Belief::ALL, Belief::key));
    assert_eq!(defs["barrier"]["enum"], keys(&Barrier::ALL, Barrier::key));
    assert_eq!(defs["feasibility"]["enum"], keys(&Feasibility::ALL, Feasibility::key));
    assert_eq!(defs["ptaStandard"]["enum"], keys(&PtaStandard::ALL, PtaStandard::key));
    assert_eq!(defs["epsteinType"]["enum"], keys(&EpsteinType::ALL, EpsteinType::key));
    let area = &defs["area"]["properties"];
    let mut marks = keys(&Level::ALL, Level::key);
    marks.as_array_mut().unwrap().extend([json!("not_sure"), Value::Null]);
    assert_eq!(area["mark"]["enum"], marks);
    assert_eq!(property_names(&area["ticked"]["properties"]), sorted_keys(&Level::ALL, Level::key));
    assert_eq!(area["ticked"]["required"], keys(&Level::ALL, Level::key));
    let positions: Vec<String> = (0..MAX_PRACTICES_PER_CELL).map(|position| position.to_string()).collect();
    assert_eq!(property_names(&area["ratings"]["properties"]), json!(positions));
    assert_eq!(defs["position"]["maximum"], MAX_PRACTICES_PER_CELL - 1);
    assert_eq!(schema["properties"]["priorities"]["maxItems"], MAX_PRIORITIES);
    validator(RESULTS_SCHEMA);
}

#[test]
fn the_golden_results_files_validate() {
    let schema = validator(RESULTS_SCHEMA);
    for (name, text) in [("results_v1.json", GOLDEN_V1), ("results_v2.json", GOLDEN_V2)] {
        assert!(file::import(text).is_ok(), "{name} reads");
        assert_eq!(schema_errors(&schema, text), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn every_results_file_the_widget_writes_validates() {
    let schema = validator(RESULTS_SCHEMA);
    let mut rng = XorShift(0x5eed_f11e);
    // How many files were checked, the most priorities in one and the most
    // ratings in one area, so that the generator is seen to reach the
    // plan's limits.
    let (mut files, mut most_priorities, mut most_ratings) = (0, 0, 0);
    let mut check = |answers: &Answers, notes: Option<&str>| {
        let text = file::export(answers, notes);
        assert!(file::import(&text).is_ok(), "the widget reads back what it writes");
        assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "{text}");
        let value: Value = serde_json::from_str(&text).unwrap();
        let ratings = value["areas"].as_object().unwrap().values();
        let ratings = ratings.map(|area| area["ratings"].as_object().unwrap().len());
        most_ratings = most_ratings.max(ratings.max().unwrap());
        most_priorities = most_priorities.max(value["priorities"].as_array().unwrap().len());
        files += 1;
    };
    check(&Answers::new(AssessmentId::new(0).unwrap()), None);
    check(&Answers::new(AssessmentId::new((1 << AssessmentId::BITS) - 1).unwrap()), Some(""));
    for id in 0..400 {
        let assessment = rng.below(1 << AssessmentId::BITS);
        let answers = random_answers(&mut rng, assessment);
        let notes = ["", "A note.\nTwo lines\t— ünïcödé \\ \"quoted\" 😀"][id as usize % 2];
        check(&answers, (id % 3 == 0).then_some(notes));
    }
    // Notes at their limit, in the costliest characters the widget keeps.
    let full = random_answers(&mut rng, 0x00a1b2c3d4);
    for costly in ['\u{1}', '\u{1F600}', '"'] {
        let notes: String = std::iter::repeat_n(costly, MAX_NOTES_CHARS).collect();
        check(&full, Some(&notes));
    }
    assert_eq!(files, 405);
    assert_eq!(most_priorities, MAX_PRIORITIES);
    assert_eq!(most_ratings, usize::from(MAX_PRACTICES_PER_CELL));
}

/// The golden file of a version as JSON, changed by `edit`, as text.
fn edited(golden: &str, edit: fn(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(golden).unwrap();
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

/// Removes a field from an object.
fn remove(object: &mut Value, field: &str) {
    object.as_object_mut().expect("an object").remove(field).expect("the field exists");
}

/// A damaged file: what is wrong, the golden file it starts from, and the
/// edit that damages it.
type Damage = (&'static str, &'static str, fn(&mut Value));

/// Every row must be refused by the reader and by the schema.
fn assert_both_refuse(schema: &Validator, rows: &[(&str, String)], import: impl Fn(&str) -> Option<String>) {
    let mut failures = Vec::new();
    for (what, text) in rows {
        let reader = import(text);
        let errors = schema_errors(schema, text);
        match (&reader, errors.is_empty()) {
            (Some(_), false) => {}
            (None, _) => failures.push(format!("{what}: the reader accepts it")),
            (Some(reason), true) => failures.push(format!("{what}: the schema accepts it (the reader: {reason})")),
        }
    }
    assert!(failures.is_empty(), "{} of {} rows:\n{}", failures.len(), rows.len(), failures.join("\n"));
}
