//! The results file's schema against damaged files: each is refused by
//! the reader and the schema, and what a schema cannot say is left to the
//! reader (see the suite's docs in `file_schemas.rs`).

use partnership_selfcheck::core::file::{self, MAX_FILE_BYTES};
use serde_json::{json, Value};

use super::{assert_both_refuse, edited, remove, schema_errors, validator, Damage, GOLDEN_V1, GOLDEN_V2, RESULTS_SCHEMA};

/// Why the results reader refuses a text, or `None` when it reads it.
fn results_refusal(text: &str) -> Option<String> {
    file::import(text).err().map(|error| error.to_string())
}

#[test]
fn damaged_results_files_are_refused_by_the_reader_and_the_schema() {
    let (v1, v2) = (GOLDEN_V1, GOLDEN_V2);
    let damage: Vec<Damage> = vec![
        ("an unknown top-level field", v2, |v| v["colour"] = json!("red")),
        ("an unknown area field", v2, |v| v["areas"]["sharing_power"]["comment"] = json!("x")),
        ("an unknown area", v2, |v| v["areas"]["parking"] = v["areas"]["sharing_power"].clone()),
        ("an unknown belief field", v2, |v| v["beliefs"]["equal_partners"]["felt"] = json!(3)),
        ("an unknown school type in ticked", v2, |v| v["areas"]["sharing_power"]["ticked"]["castle"] = json!([])),
        ("no format", v2, |v| remove(v, "format")),
        ("no version", v2, |v| remove(v, "version")),
        ("no instrument_version", v2, |v| remove(v, "instrument_version")),
        ("no assessment_id", v2, |v| remove(v, "assessment_id")),
        ("no barriers", v1, |v| remove(v, "barriers")),
        ("a missing area", v2, |v| remove(&mut v["areas"], "sharing_power")),
        ("a missing mark", v1, |v| remove(&mut v["areas"]["sharing_power"], "mark")),
        ("a missing school type in ticked", v2, |v| remove(&mut v["areas"]["sharing_power"]["ticked"], "partnership")),
        ("a missing belief scale", v2, |v| remove(&mut v["beliefs"]["equal_partners"], "practised")),
        ("version 2 without ratings", v2, |v| remove(&mut v["areas"]["linking_to_learning"], "ratings")),
        ("version 2 without priorities", v2, |v| remove(v, "priorities")),
        ("version 1 with ratings", v1, |v| v["areas"]["building_relationships"]["ratings"] = json!({})),
        ("version 1 with priorities", v1, |v| v["priorities"] = json!([])),
        ("version 1 with a crosswalk", v1, |v| v["areas"]["sharing_power"]["epstein_types"] = json!(["parenting"])),
        ("not an object", v2, |v| *v = json!([1, 2])),
        ("the areas as a list", v2, |v| v["areas"] = json!([])),
        ("a belief as a list", v2, |v| v["beliefs"]["equal_partners"] = json!([5, 3])),
        ("a mark as a number", v2, |v| v["areas"]["sharing_power"]["mark"] = json!(2)),
        ("a position as text", v2, |v| v["areas"]["sharing_power"]["ticked"]["fortress"] = json!(["0"])),
        ("a scale point as text", v2, |v| v["beliefs"]["equal_partners"]["held"] = json!("4")),
        ("the barriers as text", v2, |v| v["barriers"] = json!("handling_conflict")),
        ("the id as a number", v2, |v| v["assessment_id"] = json!(1234567890)),
        ("notes as a number", v2, |v| v["notes"] = json!(5)),
        ("null notes", v2, |v| v["notes"] = Value::Null),
        ("null priorities", v2, |v| v["priorities"] = Value::Null),
        ("null ratings", v2, |v| v["areas"]["sharing_power"]["ratings"] = Value::Null),
        ("the ratings as a list", v2, |v| v["areas"]["sharing_power"]["ratings"] = json!(["easy"])),
        ("a priority as a list", v2, |v| v["priorities"][0] = json!(["building_relationships", 0])),
        ("a scale point of 0", v2, |v| v["beliefs"]["equal_partners"]["held"] = json!(0)),
        ("a scale point of 6", v2, |v| v["beliefs"]["equal_partners"]["held"] = json!(6)),
        ("a negative scale point", v2, |v| v["beliefs"]["equal_partners"]["practised"] = json!(-1)),
        ("a fractional scale point", v2, |v| v["beliefs"]["equal_partners"]["practised"] = json!(2.5)),
        ("position 4", v2, |v| v["areas"]["sharing_power"]["ticked"]["open_door"] = json!([4])),
        ("a negative position", v1, |v| v["areas"]["sharing_power"]["ticked"]["open_door"] = json!([-1])),
        ("a fractional position", v2, |v| v["areas"]["sharing_power"]["ticked"]["open_door"] = json!([0.5])),
        ("a priority at position 4", v2, |v| v["priorities"][0]["practice"] = json!(4)),
        ("a newer version", v2, |v| v["version"] = json!(3)),
        ("version 0", v2, |v| v["version"] = json!(0)),
        ("version as text", v2, |v| v["version"] = json!("2")),
        ("a newer instrument", v2, |v| v["instrument_version"] = json!(2)),
        ("instrument version 0", v1, |v| v["instrument_version"] = json!(0)),
        ("another format", v2, |v| v["format"] = json!("partnership-selfcheck-team-plan")),
        ("an unknown mark", v2, |v| v["areas"]["sharing_power"]["mark"] = json!("castle")),
        ("an unknown barrier", v2, |v| v["barriers"][0] = json!("weather")),
        ("an unknown rating", v2, |v| v["areas"]["sharing_power"]["ratings"]["0"] = json!("maybe")),
        ("a rating at position 4", v2, |v| v["areas"]["sharing_power"]["ratings"]["4"] = json!("easy")),
        ("a priority in an unknown area", v2, |v| v["priorities"][0]["area"] = json!("parking")),
        ("an id of nine digits", v2, |v| v["assessment_id"] = json!("2b7e15162")),
        ("an id of eleven digits", v2, |v| v["assessment_id"] = json!("2b7e1516280")),
        ("an id that is not hexadecimal", v2, |v| v["assessment_id"] = json!("2b7e15162g")),
        ("an id with a sign", v1, |v| v["assessment_id"] = json!("+b7e151628")),
        ("a position ticked twice", v2, |v| v["areas"]["sharing_power"]["ticked"]["open_door"] = json!([0, 0])),
        ("a barrier listed twice", v2, |v| v["barriers"][1] = v["barriers"][0].clone()),
        ("a priority listed twice", v2, |v| v["priorities"][1] = v["priorities"][0].clone()),
        ("four priorities", v2, |v| v["priorities"].as_array_mut().unwrap().push(json!({"area": "addressing_differences", "practice": 0}))),
        ("a priority in an area marked not sure", v2, |v| v["priorities"][0] = json!({"area": "linking_to_learning", "practice": 0})),
        ("a priority in an area marked partnership", v2, |v| v["priorities"][2] = json!({"area": "supporting_advocacy", "practice": 0})),
        ("a priority in an area left unmarked", v2, |v| {
            v["areas"]["building_relationships"]["mark"] = Value::Null;
            v["areas"]["building_relationships"]["ratings"] = json!({});
        }),
        ("a rating in an area marked partnership", v2, |v| v["areas"]["supporting_advocacy"]["ratings"] = json!({"0": "easy"})),
        ("a rating in an area marked not sure", v2, |v| v["areas"]["linking_to_learning"]["ratings"] = json!({"3": "hard"})),
        ("a rating in an area left unmarked", v2, |v| {
            v["areas"]["building_relationships"]["mark"] = Value::Null;
            v["priorities"].as_array_mut().unwrap().remove(0);
        }),
    ];
    let rows: Vec<(&str, String)> = damage.iter().map(|(what, golden, edit)| (*what, edited(golden, *edit))).collect();
    assert_both_refuse(&validator(RESULTS_SCHEMA), &rows, results_refusal);
    assert_eq!(rows.len(), 66);
}

#[test]
fn what_the_results_schema_cannot_say_is_left_to_the_reader() {
    let schema = validator(RESULTS_SCHEMA);
    let twice = GOLDEN_V2.replacen("\"version\": 2,", "\"version\": 2, \"version\": 2,", 1);
    let fraction = GOLDEN_V2.replacen("\"version\": 2,", "\"version\": 2.0,", 1);
    let padding = " ".repeat(MAX_FILE_BYTES);
    let large = edited(GOLDEN_V1, |v| v["notes"] = json!("x")).replacen("\"x\"", &format!("\"{padding}\""), 1);
    for (what, text) in [("a key given twice", twice), ("a whole number with a fraction", fraction), ("a file over 64 KiB", large)] {
        assert!(results_refusal(&text).is_some(), "the reader refuses {what}");
        assert_eq!(schema_errors(&schema, &text), Vec::<String>::new(), "the schema cannot refuse {what}");
    }
    // The other way round: the reader skips the crosswalk whatever it holds,
    // while the schema checks it as the widget writes it.
    let foreign = edited(GOLDEN_V2, |v| v["areas"]["sharing_power"]["pta_standards"] = json!(["standard 9"]));
    assert_eq!(results_refusal(&foreign), None);
    assert_eq!(schema_errors(&schema, &foreign).len(), 1, "the schema refuses a crosswalk key it does not know");
    // And both take a byte order mark before the JSON.
    let marked = format!("\u{FEFF}{GOLDEN_V2}");
    assert_eq!((results_refusal(&marked), schema_errors(&schema, &marked).len()), (None, 0));
}
