//! Pins the crosswalk from the five areas to the PTA National Standards for
//! Family-School Partnerships and Epstein's six types of involvement, and
//! checks that the build's validator refuses a broken crosswalk by file and
//! JSON path.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::schema::{self, Sources};
use partnership_selfcheck::core::content::{crosswalk, load, Language, DEFAULT_LANGUAGE};
use partnership_selfcheck::core::model::{Area, EpsteinType, PtaStandard};
use serde_json::Value;

/// The English files, read straight from disk for the broken-content tests.
const EN_INSTRUMENT: &str = include_str!("../content/en/instrument.json");
const EN_UI: &str = include_str!("../content/en/ui.json");
const EN_TOOLS: &str = include_str!("../content/en/tools.json");

/// `en/instrument.json` after `edit`, read by the build's validator as the
/// language `code`.
fn read_edited(code: &str, edit: impl FnOnce(&mut Value)) -> Result<schema::Language, Vec<String>> {
    let mut instrument: Value = serde_json::from_str(EN_INSTRUMENT).expect("en/instrument.json is JSON");
    edit(&mut instrument);
    let instrument = instrument.to_string();
    schema::read_language(code, Sources { instrument: Some(&instrument), ui: Some(EN_UI), tools: Some(EN_TOOLS) })
}

/// Asserts that `problems` are exactly one starting with each of `expected`.
fn assert_names(problems: &[String], expected: &[&str]) {
    assert_eq!(problems.len(), expected.len(), "expected exactly {expected:?}, got {problems:#?}");
    for start in expected {
        assert!(problems.iter().any(|p| p.starts_with(start)), "no problem starts with {start:?}; got {problems:#?}");
    }
}

#[test]
fn the_crosswalk_is_the_frameworks_mapping() {
    use EpsteinType::*;
    // The PTA standards by their numbers, Epstein's types by name: the
    // framework's mapping, extended where it is silent.
    let expected: [(Area, &[u8], &[EpsteinType]); 5] = [
        (Area::BuildingRelationships, &[1, 2], &[Communicating, Volunteering]),
        (Area::LinkingToLearning, &[3], &[LearningAtHome]),
        (Area::AddressingDifferences, &[1, 2], &[Parenting, Communicating]),
        (Area::SupportingAdvocacy, &[4], &[Communicating, DecisionMaking]),
        (Area::SharingPower, &[5, 6], &[DecisionMaking, CollaboratingWithCommunity]),
    ];
    for (area, pta, epstein) in expected {
        let crosswalk = crosswalk(area);
        let numbers: Vec<u8> = crosswalk.pta_standards.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, pta, "{area}: PTA standards");
        assert_eq!(crosswalk.epstein_types, epstein, "{area}: Epstein types");
    }
    assert_eq!(crosswalk(Area::SharingPower).pta_standards, [PtaStandard::SharingPower, PtaStandard::CollaboratingWithCommunity]);
}

#[test]
fn every_standard_and_type_has_its_name() {
    let content = load(DEFAULT_LANGUAGE).expect("the default language is compiled in");
    let pta: Vec<&str> = content.instrument.pta_standards.iter().map(|(_, name)| *name).collect();
    assert_eq!(
        pta,
        [
            "Welcoming all families",
            "Communicating effectively",
            "Supporting student success",
            "Speaking up for every child",
            "Sharing power",
            "Collaborating with community",
        ]
    );
    let epstein: Vec<&str> = content.instrument.epstein_types.iter().map(|(_, name)| *name).collect();
    assert_eq!(
        epstein,
        ["Parenting", "Communicating", "Volunteering", "Learning at home", "Decision making", "Collaborating with community"]
    );
    for code in Language::offered().map(Language::code) {
        let content = load(code).expect("listed");
        assert!(content.instrument.pta_standards.iter().all(|(_, name)| !name.trim().is_empty()), "{code}");
        assert!(content.instrument.epstein_types.iter().all(|(_, name)| !name.trim().is_empty()), "{code}");
    }
}

#[test]
fn the_generated_crosswalk_lists_each_framework_in_its_own_order() {
    // The file may list an area's entries in any order; readers always see
    // standard 1 before standard 2.
    let reordered = read_edited("en", |i| {
        i["areas"]["building_relationships"]["crosswalk"]["pta"] =
            serde_json::json!(["communicating_effectively", "welcoming_all_families"]);
    });
    assert!(reordered.is_ok(), "{reordered:?}");
    for area in Area::ALL {
        let crosswalk = crosswalk(area);
        assert!(crosswalk.pta_standards.windows(2).all(|pair| pair[0] < pair[1]), "{area}");
        assert!(crosswalk.epstein_types.windows(2).all(|pair| pair[0] < pair[1]), "{area}");
    }
}

#[test]
fn a_broken_crosswalk_is_refused_by_its_path_all_at_once() {
    let problems = read_edited("en", |i| {
        let areas = &mut i["areas"];
        areas["building_relationships"]["crosswalk"]["pta"] = serde_json::json!([]);
        areas["linking_to_learning"]["crosswalk"]["epstein"] = serde_json::json!(["homework"]);
        areas["sharing_power"]["crosswalk"]["pta"] = serde_json::json!(["sharing_power", "sharing_power"]);
        i["pta_standards"]["sharing_power"] = Value::String(" ".into());
    })
    .expect_err("the broken crosswalk is refused");
    assert_names(
        &problems,
        &[
            "content/en/instrument.json: areas.building_relationships.crosswalk.pta is empty; each area relates to at least one PTA standard",
            "content/en/instrument.json: areas.linking_to_learning.crosswalk.epstein[0] is \"homework\", which names no Epstein type",
            "content/en/instrument.json: areas.sharing_power.crosswalk.pta[1] repeats \"sharing_power\"",
            "content/en/instrument.json: pta_standards.sharing_power is empty",
        ],
    );
}

#[test]
fn unknown_and_missing_framework_keys_are_refused_by_their_path() {
    for (edit, expected) in [
        (
            (|i: &mut Value| i["epstein_types"]["homework"] = Value::String("Homework".into())) as fn(&mut Value),
            "content/en/instrument.json: epstein_types.homework: unknown field `homework`",
        ),
        (
            |i: &mut Value| {
                i["pta_standards"].as_object_mut().expect("an object").remove("sharing_power");
            },
            "content/en/instrument.json: pta_standards: missing field `sharing_power`",
        ),
        (
            |i: &mut Value| {
                i["areas"]["supporting_advocacy"].as_object_mut().expect("an object").remove("crosswalk");
            },
            "content/en/instrument.json: areas.supporting_advocacy: missing field `crosswalk`",
        ),
        (
            |i: &mut Value| i["areas"]["supporting_advocacy"]["crosswalk"]["naeyc"] = serde_json::json!([]),
            "content/en/instrument.json: areas.supporting_advocacy.crosswalk.naeyc: unknown field `naeyc`",
        ),
    ] {
        let problems = read_edited("en", edit).expect_err("refused");
        assert_names(&problems, &[expected]);
    }
}

#[test]
fn every_language_has_the_default_languages_crosswalk() {
    let default = read_edited("en", |_| {}).expect("en reads");
    let other = read_edited("xx", |i| {
        i["areas"]["supporting_advocacy"]["crosswalk"]["epstein"] = serde_json::json!(["communicating", "parenting"]);
    })
    .expect("xx is fine on its own");
    assert_names(
        &schema::check_same_shape(&default, &other),
        &["content/xx/instrument.json: areas.supporting_advocacy.crosswalk differs from content/en/instrument.json"],
    );
}
