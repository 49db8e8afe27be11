//! The district workspace file's schema, checked as the results file's is
//! (see the suite's docs in `file_schemas.rs`): the schema names the
//! model's limits, every workspace the page writes validates, and each
//! damaged file is refused by both the reader and the schema.

use partnership_selfcheck::core::config::MAX_NAME_CHARS;
use partnership_selfcheck::core::district::{
    read_workspace, workspace_file, Action, State, MAX_LABEL_CHARS, WORKSPACE_FORMAT, WORKSPACE_VERSION,
};
use partnership_selfcheck::core::family::{Agreement, FamilyAnswers, FamilyCounts, FamilyId, FamilyPool, Item};
use partnership_selfcheck::core::model::INSTRUMENT_VERSION;
use partnership_selfcheck::core::team::{encode_team, encode_team_with_families, pool_codes};
use serde_json::{json, Value};

use super::team_support::{random_answers, XorShift};
use super::{schema_errors, validator};

const SCHEMA: &str = include_str!("../../docs/schemas/district-workspace.schema.json");

/// A team code of `people` random people.
fn team_code(rng: &mut XorShift, people: u64) -> String {
    let codes: Vec<String> = (0..people)
        .map(|_| {
            let id = rng.below(1 << 40);
            partnership_selfcheck::core::share::encode(&random_answers(rng, id))
        })
        .collect();
    encode_team(&pool_codes(&codes).counts().expect("five people or more"))
}

/// A workspace the page writes: schools pasted into both rounds, named and
/// labeled as a coordinator would.
fn written(rng: &mut XorShift, schools: usize) -> String {
    let mut state = State::default().reduce(Action::DistrictName("  Springfield   Unified ".into()));
    for round in 0..2 {
        let text: Vec<String> = (0..schools)
            .map(|i| {
                let people = 5 + rng.below(4);
                format!("https://x.org/tools/?name=School%20{i}%20%C3%A9#t={}", team_code(rng, people))
            })
            .collect();
        state = state.reduce(Action::ChooseRound(round)).reduce(Action::AddText(text.join("\n")));
    }
    workspace_file(&state.reduce(Action::RoundLabel(0, "Fall 2025 ".into())).workspace())
}

#[test]
fn the_workspace_schema_names_the_model_s_limits() {
    let schema = super::parse(SCHEMA);
    assert_eq!(schema["properties"]["format"]["const"], WORKSPACE_FORMAT);
    assert_eq!(schema["properties"]["version"]["enum"], json!([1, WORKSPACE_VERSION]));
    assert_eq!(schema["properties"]["instrument_version"]["const"], INSTRUMENT_VERSION);
    assert_eq!(schema["properties"]["district"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(schema["$defs"]["school"]["properties"]["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(schema["$defs"]["round"]["properties"]["label"]["maxLength"], MAX_LABEL_CHARS);
    validator(SCHEMA);
}

#[test]
fn every_workspace_the_page_writes_validates() {
    let schema = validator(SCHEMA);
    let mut rng = XorShift(0xd157_71c7);
    for schools in [0, 1, 4] {
        let text = written(&mut rng, schools);
        assert!(read_workspace(&text).is_ok(), "the page reads back what it writes");
        assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_version_1_workspace_validates_and_still_opens() {
    let schema = validator(SCHEMA);
    let mut rng = XorShift(0x0001_d157);
    let mut value: Value = serde_json::from_str(&written(&mut rng, 3)).expect("JSON");
    value["version"] = json!(1);
    for round in value["rounds"].as_array_mut().expect("rounds") {
        for school in round["schools"].as_array_mut().expect("schools") {
            school.as_object_mut().expect("school").remove("families");
        }
    }
    let text = serde_json::to_string_pretty(&value).expect("JSON");
    assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "{text}");
    let read = read_workspace(&text).expect("a version 1 file opens");
    assert_eq!(read.rounds[1].len(), 3);
}

#[test]
fn a_workspace_with_families_validates_and_says_how_many() {
    let schema = validator(SCHEMA);
    let mut rng = XorShift(0xfa31_11e5);
    let staff: Vec<String> = (0..6)
        .map(|_| {
            let id = rng.below(1 << 40);
            partnership_selfcheck::core::share::encode(&random_answers(&mut rng, id))
        })
        .collect();
    let mut families = FamilyPool::default();
    for id in 1..=7 {
        let mut answers = FamilyAnswers::new(FamilyId::new(id).expect("small ids fit"));
        answers.set_item(Item::Welcome, Some(Agreement::Agree));
        families.add(answers);
    }
    let code = encode_team_with_families(&pool_codes(&staff).counts().expect("six people"), Some(&FamilyCounts::of(&families)));
    assert!(code.starts_with("T3"));
    let state = State::default().reduce(Action::AddText(format!("https://x.org/tools/?name=Oak#t={code}")));
    let text = workspace_file(&state.workspace());
    assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "{text}");
    let value: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(value["rounds"][1]["schools"][0]["families"], json!(7));
    assert!(read_workspace(&text).is_ok());
}

/// One way to damage a workspace file.
type Damaging = fn(&mut Value);

#[test]
fn each_damaged_workspace_is_refused_by_the_reader_and_the_schema() {
    let schema = validator(SCHEMA);
    let mut rng = XorShift(0x0bad_f11e);
    let good: Value = serde_json::from_str(&written(&mut rng, 2)).expect("JSON");
    let damages: [(&str, Damaging); 12] = [
        ("an unknown field", |v| v["extra"] = json!(1)),
        ("a newer version", |v| v["version"] = json!(3)),
        ("a school without its families", |v| {
            v["rounds"][0]["schools"][0].as_object_mut().expect("school").remove("families");
        }),
        ("families that are not a number", |v| v["rounds"][0]["schools"][0]["families"] = json!("none")),
        ("a version 1 file with families", |v| v["version"] = json!(1)),
        ("one round", |v| v["rounds"].as_array_mut().expect("rounds").truncate(1)),
        ("a school without a code", |v| v["rounds"][0]["schools"][0].as_object_mut().expect("school").retain(|k, _| k != "code")),
        ("an empty school name", |v| v["rounds"][0]["schools"][0]["name"] = json!("")),
        ("a name with a line break", |v| v["rounds"][0]["schools"][0]["name"] = json!("Oak\nNorth")),
        ("a name with two spaces", |v| v["rounds"][1]["schools"][1]["name"] = json!("Oak  North")),
        ("a link instead of a code", |v| {
            let code = v["rounds"][0]["schools"][0]["code"].as_str().expect("code").to_owned();
            v["rounds"][0]["schools"][0]["code"] = json!(format!("https://x.org/#t={code}"));
        }),
        ("a district name too long", |v| v["district"] = json!("d".repeat(MAX_NAME_CHARS + 1))),
    ];
    for (what, damage) in damages {
        let mut value = good.clone();
        damage(&mut value);
        let text = serde_json::to_string(&value).expect("JSON");
        assert!(read_workspace(&text).is_err(), "the reader refuses {what}");
        assert!(!schema_errors(&schema, &text).is_empty(), "the schema refuses {what}");
    }
    // What only the reader can refuse: families the code does not carry, a
    // damaged checksum, one school twice.
    let mut value = good.clone();
    value["rounds"][0]["schools"][0]["families"] = json!(5);
    let text = serde_json::to_string(&value).expect("JSON");
    assert!(read_workspace(&text).is_err() && schema_errors(&schema, &text).is_empty(), "families not in the code are the reader's alone");
    let mut value = good.clone();
    let code = value["rounds"][0]["schools"][0]["code"].as_str().expect("code").to_owned();
    let flipped = if code.ends_with('A') { "B" } else { "A" };
    value["rounds"][0]["schools"][0]["code"] = json!(format!("{}{flipped}", &code[..code.len() - 1]));
    let text = serde_json::to_string(&value).expect("JSON");
    assert!(read_workspace(&text).is_err() && schema_errors(&schema, &text).is_empty(), "a damaged checksum is the reader's alone");
    let mut value = good;
    let first = value["rounds"][1]["schools"][0]["name"].as_str().expect("name").to_uppercase();
    value["rounds"][1]["schools"][1]["name"] = json!(first);
    let text = serde_json::to_string(&value).expect("JSON");
    assert!(read_workspace(&text).is_err() && schema_errors(&schema, &text).is_empty(), "one school twice is the reader's alone");
}
