//! The team plan file's schema, checked as the results file's is (see the
//! suite's docs in `file_schemas.rs`).

use partnership_selfcheck::core::file::MAX_FILE_BYTES;
use partnership_selfcheck::core::model::{Area, Level, INSTRUMENT_VERSION, MAX_PRACTICES_PER_CELL};
use partnership_selfcheck::core::team_plan::{
    export, import, KnowMet, LongText, PlanStep, RubricPractice, ShortText, StepReview, StepStatus, TeamPlan, LONG_TEXT_CHARS, MAX_ITEMS,
    PLAN_FILE_VERSION, PLAN_FORMAT_NAME, SHORT_TEXT_CHARS,
};
use serde_json::{json, Value};

use super::team_support::XorShift;
use super::{assert_both_refuse, edited, keys, remove, schema_errors, validator, Damage};

const PLAN_SCHEMA: &str = include_str!("../../docs/schemas/team-plan-file.schema.json");
const GOLDEN: &str = include_str!("../golden/team_plan_v1.json");
const GOLDEN_V2: &str = include_str!("../golden/team_plan_v2.json");

/// Why the plan reader refuses a text, or `None` when it reads it.
fn plan_refusal(text: &str) -> Option<String> {
    import(text).err().map(|error| error.to_string())
}

#[test]
fn the_plan_schema_names_the_model_s_keys_and_limits() {
    let schema = super::parse(PLAN_SCHEMA);
    let defs = &schema["$defs"];
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["properties"]["format"]["const"], PLAN_FORMAT_NAME);
    assert_eq!(schema["properties"]["version"]["enum"], json!((1..=PLAN_FILE_VERSION).collect::<Vec<_>>()));
    let review = &defs["review"]["properties"];
    assert_eq!(review["status"]["enum"], keys(&StepStatus::ALL, StepStatus::key));
    assert_eq!(review["how_we_know_met"]["enum"], keys(&KnowMet::ALL, KnowMet::key));
    assert_eq!(review["learned"]["$ref"], "#/$defs/longText");
    assert_eq!(schema["properties"]["instrument_version"]["const"], INSTRUMENT_VERSION);
    assert_eq!(schema["properties"]["items"]["maxItems"], MAX_ITEMS);
    assert_eq!(defs["areaKey"]["enum"], keys(&Area::ALL, Area::key));
    assert_eq!(defs["levelKey"]["enum"], keys(&Level::ALL, Level::key));
    assert_eq!(defs["rubricPractice"]["properties"]["position"]["maximum"], MAX_PRACTICES_PER_CELL - 1);
    assert_eq!(defs["longText"]["maxLength"], LONG_TEXT_CHARS);
    assert_eq!(defs["shortText"]["maxLength"], SHORT_TEXT_CHARS);
    let item = &defs["item"]["properties"];
    for (field, text) in [("typed_practice", "longText"), ("what", "longText"), ("lead", "shortText"), ("by_when", "shortText")] {
        assert_eq!(item[field]["$ref"], format!("#/$defs/{text}"), "{field}");
    }
    for field in ["cost_and_funding", "how_we_know"] {
        assert_eq!(item[field]["$ref"], "#/$defs/longText", "{field}");
    }
    validator(PLAN_SCHEMA);
}

#[test]
fn the_golden_plan_files_validate() {
    for golden in [GOLDEN, GOLDEN_V2] {
        assert!(import(golden).is_ok());
        assert_eq!(schema_errors(&validator(PLAN_SCHEMA), golden), Vec::<String>::new());
    }
}

/// A text of up to `max` characters the widget keeps, drawn from ones that
/// test the schema's pattern and length: line feeds and tabs, the first
/// characters past the control ranges, invisible and four-byte ones.
fn random_text(rng: &mut XorShift, max: usize) -> String {
    const POOL: [char; 12] = ['a', 'Z', ' ', '\n', '\t', '\u{a0}', '\u{ad}', '\u{2028}', '\u{200b}', 'é', '"', '😀'];
    let length = if rng.below(4) == 0 { max } else { rng.below(max as u64 + 1) as usize };
    (0..length).map(|_| POOL[rng.below(POOL.len() as u64) as usize]).collect()
}

/// A random plan of up to the most items, each from the rubric or typed.
fn random_plan(rng: &mut XorShift) -> TeamPlan {
    let mut plan = TeamPlan::new();
    for _ in 0..rng.below(MAX_ITEMS as u64 + 1) {
        let area = Area::ALL[rng.below(5) as usize];
        let mut item = if rng.below(2) == 0 {
            let level = Level::ALL[rng.below(4) as usize];
            PlanStep::from_practice(RubricPractice::new(area, level, rng.below(4) as u8).expect("a position"))
        } else {
            PlanStep::typed(LongText::new(&random_text(rng, LONG_TEXT_CHARS)).unwrap(), area)
        };
        let mut long = || LongText::new(&random_text(rng, LONG_TEXT_CHARS)).unwrap();
        (item.what, item.cost_and_funding, item.how_we_know) = (long(), long(), long());
        item.lead = ShortText::new(&random_text(rng, SHORT_TEXT_CHARS)).unwrap();
        item.by_when = ShortText::new(&random_text(rng, SHORT_TEXT_CHARS)).unwrap();
        // A review of any shape: each part given or not.
        let pick = |rng: &mut XorShift, n: u64| rng.below(n + 1).checked_sub(1).map(|i| i as usize);
        item.review = StepReview {
            status: pick(rng, 4).map(|i| StepStatus::ALL[i]),
            met: pick(rng, 4).map(|i| KnowMet::ALL[i]),
            learned: if rng.below(2) == 0 { LongText::default() } else { LongText::new(&random_text(rng, LONG_TEXT_CHARS)).unwrap() },
        };
        // An item repeating a rubric practice is left out, as the plan
        // holds each once.
        if let Ok(bigger) = TeamPlan::from_items([plan.items(), &[item]].concat()) {
            plan = bigger;
        }
    }
    plan
}

/// The longest plan: every item at its longest, in four-byte characters.
fn longest_plan() -> TeamPlan {
    let long = || LongText::new(&"😀".repeat(LONG_TEXT_CHARS)).unwrap();
    let short = || ShortText::new(&"😀".repeat(SHORT_TEXT_CHARS)).unwrap();
    let practices = Area::ALL.into_iter().flat_map(|area| Level::ALL.map(|level| RubricPractice::new(area, level, 3).unwrap()));
    let mut items: Vec<PlanStep> = practices.take(MAX_ITEMS - 1).map(PlanStep::from_practice).collect();
    items.push(PlanStep::typed(long(), Area::SharingPower));
    for item in &mut items {
        (item.what, item.cost_and_funding, item.how_we_know) = (long(), long(), long());
        (item.lead, item.by_when) = (short(), short());
        item.review = StepReview { status: Some(StepStatus::NotYet), met: Some(KnowMet::CantTell), learned: long() };
    }
    TeamPlan::from_items(items).unwrap()
}

#[test]
fn every_plan_file_the_widget_writes_validates() {
    let schema = validator(PLAN_SCHEMA);
    let mut rng = XorShift(0x91a7_f11e);
    let plans: Vec<TeamPlan> = [TeamPlan::new(), longest_plan()].into_iter().chain((0..300).map(|_| random_plan(&mut rng))).collect();
    for plan in &plans {
        let text = export(plan);
        assert_eq!(import(&text).as_ref(), Ok(plan), "the widget reads back what it writes");
        assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "{text}");
    }
    let items: usize = plans.iter().map(|plan| plan.items().len()).sum();
    assert!(items > 1000, "{items} items in {} plans", plans.len());
}

#[test]
fn damaged_plan_files_are_refused_by_the_reader_and_the_schema() {
    let damage: Vec<Damage> = vec![
        ("an unknown top-level field", GOLDEN, |v| v["notes"] = json!("private")),
        ("an unknown item field", GOLDEN, |v| v["items"][0]["colour"] = json!("red")),
        ("an unknown practice field", GOLDEN, |v| v["items"][0]["practice"]["cell"] = json!(1)),
        ("no format", GOLDEN, |v| remove(v, "format")),
        ("no items", GOLDEN, |v| remove(v, "items")),
        ("no how_we_know", GOLDEN, |v| remove(&mut v["items"][0], "how_we_know")),
        ("no area", GOLDEN, |v| remove(&mut v["items"][1], "area")),
        ("no practice of either kind", GOLDEN, |v| remove(&mut v["items"][1], "typed_practice")),
        ("a practice without its level", GOLDEN, |v| remove(&mut v["items"][0]["practice"], "level")),
        ("both practice and typed_practice", GOLDEN, |v| v["items"][1]["practice"] = v["items"][0]["practice"].clone()),
        ("not an object", GOLDEN, |v| *v = json!("partnership-selfcheck-team-plan")),
        ("the items as an object", GOLDEN, |v| v["items"] = json!({})),
        ("an item as a list", GOLDEN, |v| v["items"][0] = json!([])),
        ("a practice as a list", GOLDEN, |v| v["items"][0]["practice"] = json!(["sharing_power", "open_door", 2])),
        ("a null lead", GOLDEN, |v| v["items"][0]["lead"] = Value::Null),
        ("a null typed_practice", GOLDEN, |v| v["items"][1]["typed_practice"] = Value::Null),
        ("a number for text", GOLDEN, |v| v["items"][1]["by_when"] = json!(2027)),
        ("a position as text", GOLDEN, |v| v["items"][0]["practice"]["position"] = json!("2")),
        ("position 4", GOLDEN, |v| v["items"][0]["practice"]["position"] = json!(4)),
        ("a negative position", GOLDEN, |v| v["items"][0]["practice"]["position"] = json!(-1)),
        ("a fractional position", GOLDEN, |v| v["items"][0]["practice"]["position"] = json!(1.5)),
        ("an unknown area", GOLDEN, |v| v["items"][1]["area"] = json!("Sharing power")),
        ("an unknown practice area", GOLDEN, |v| v["items"][0]["practice"]["area"] = json!("parking")),
        ("an unknown school type", GOLDEN, |v| v["items"][0]["practice"]["level"] = json!("castle")),
        ("a lead of 81 characters", GOLDEN, |v| v["items"][1]["lead"] = json!("x".repeat(SHORT_TEXT_CHARS + 1))),
        ("a by_when of 81 four-byte characters", GOLDEN, |v| v["items"][1]["by_when"] = json!("😀".repeat(SHORT_TEXT_CHARS + 1))),
        ("a what of 251 characters", GOLDEN, |v| v["items"][0]["what"] = json!("é".repeat(LONG_TEXT_CHARS + 1))),
        ("a typed practice of 251 characters", GOLDEN, |v| v["items"][1]["typed_practice"] = json!("y".repeat(LONG_TEXT_CHARS + 1))),
        ("a bell", GOLDEN, |v| v["items"][1]["what"] = json!("bell\u{7}")),
        ("a NUL", GOLDEN, |v| v["items"][1]["how_we_know"] = json!("\u{0}")),
        ("a carriage return", GOLDEN, |v| v["items"][0]["lead"] = json!("one\r\ntwo")),
        ("an escape", GOLDEN, |v| v["items"][0]["cost_and_funding"] = json!("\u{1b}[1m")),
        ("a DEL", GOLDEN, |v| v["items"][1]["typed_practice"] = json!("a\u{7f}")),
        ("a C1 control", GOLDEN, |v| v["items"][0]["by_when"] = json!("next\u{85}line")),
        ("thirteen items", GOLDEN, |v| v["items"] = Value::Array(vec![v["items"][1].clone(); MAX_ITEMS + 1])),
        ("a newer version", GOLDEN, |v| v["version"] = json!(3)),
        ("version 0", GOLDEN, |v| v["version"] = json!(0)),
        ("version as text", GOLDEN, |v| v["version"] = json!("1")),
        ("a newer instrument", GOLDEN, |v| v["instrument_version"] = json!(2)),
        ("a fractional instrument version", GOLDEN, |v| v["instrument_version"] = json!(0.5)),
        ("a results file's format", GOLDEN, |v| v["format"] = json!("partnership-selfcheck")),
        ("a review in a version 1 file", GOLDEN, |v| v["items"][0]["review"] = json!({ "learned": "" })),
        ("an unknown status", GOLDEN_V2, |v| v["items"][0]["review"]["status"] = json!("finished")),
        ("an unknown how_we_know_met", GOLDEN_V2, |v| v["items"][0]["review"]["how_we_know_met"] = json!("maybe")),
        ("a review without learned", GOLDEN_V2, |v| remove(&mut v["items"][0]["review"], "learned")),
        ("a learned of 251 characters", GOLDEN_V2, |v| v["items"][1]["review"]["learned"] = json!("z".repeat(LONG_TEXT_CHARS + 1))),
        ("an unknown review field", GOLDEN_V2, |v| v["items"][1]["review"]["when"] = json!("June")),
        ("a null status", GOLDEN_V2, |v| v["items"][1]["review"]["status"] = Value::Null),
        ("a review as a list", GOLDEN_V2, |v| v["items"][1]["review"] = json!([])),
    ];
    let rows: Vec<(&str, String)> = damage.iter().map(|(what, golden, edit)| (*what, edited(golden, *edit))).collect();
    assert_both_refuse(&validator(PLAN_SCHEMA), &rows, plan_refusal);
    assert_eq!(rows.len(), 49);
}

#[test]
fn what_the_plan_schema_cannot_say_is_left_to_the_reader() {
    let schema = validator(PLAN_SCHEMA);
    let twice = edited(GOLDEN, |v| v["items"][1] = v["items"][0].clone());
    let key_twice = GOLDEN.replacen("\"lead\": \"Family liaison\",", "\"lead\": \"A\", \"lead\": \"B\",", 1);
    let fraction = GOLDEN.replacen("\"version\": 1,", "\"version\": 1.0,", 1);
    let large = format!("{GOLDEN}{}", " ".repeat(MAX_FILE_BYTES));
    let gaps = [
        ("a rubric practice in two items", twice),
        ("a key given twice", key_twice),
        ("a whole number with a fraction", fraction),
        ("a file over 64 KiB", large),
    ];
    for (what, text) in gaps {
        assert!(plan_refusal(&text).is_some(), "the reader refuses {what}");
        assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "the schema cannot refuse {what}");
    }
}
