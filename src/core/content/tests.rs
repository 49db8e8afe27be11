//! Unit tests of the generated content and of the schema's agreement with
//! the model.

use super::Placeholder;
use super::*;
use crate::core::model::{EpsteinType, PtaStandard, INSTRUMENT_VERSION, MAX_PRACTICES_PER_CELL};

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(fill("Step {current} of {total}", &[(Placeholder::Current, "3"), (Placeholder::Total, "8")]), "Step 3 of 8");
}

#[test]
fn the_schema_repeats_the_models_facts_faithfully() {
    assert_eq!(schema::PerLevel::<()>::KEYS, Level::ALL.map(Level::key));
    assert_eq!(schema::PerArea::<()>::KEYS, Area::ALL.map(Area::key));
    assert_eq!(schema::PerBelief::<()>::KEYS, Belief::ALL.map(Belief::key));
    assert_eq!(schema::PerBarrier::<()>::KEYS, Barrier::ALL.map(Barrier::key));
    assert_eq!(schema::PerScale::<()>::KEYS, BeliefScale::ALL.map(BeliefScale::key));
    assert_eq!(schema::PerPtaStandard::<()>::KEYS, PtaStandard::ALL.map(PtaStandard::key));
    assert_eq!(schema::PerEpsteinType::<()>::KEYS, EpsteinType::ALL.map(EpsteinType::key));
    assert_eq!(schema::INSTRUMENT_VERSION, INSTRUMENT_VERSION);
    assert_eq!(schema::MAX_PRACTICES_PER_CELL, usize::from(MAX_PRACTICES_PER_CELL));
    assert_eq!(schema::DEFAULT_LANGUAGE, DEFAULT_LANGUAGE);
}

#[test]
fn keys_name_their_json_keys_and_look_up_their_texts() {
    let content = load(DEFAULT_LANGUAGE).expect("the default language is compiled in");
    assert_eq!(Key::StepOf.name(), "step_of");
    assert_eq!(ToolsKey::TeamHeading.name(), "team_heading");
    assert_eq!(content.ui_with(Key::StepOf, &[(Placeholder::Current, "3"), (Placeholder::Total, "8")]), "Step 3 of 8");
    assert_eq!(content.tools(ToolsKey::TeamHeading), "Team summary");
    assert_eq!(content.tools(Key::AppName), content.ui(Key::AppName));
    assert!(Key::ALL.iter().all(|key| !content.ui(*key).trim().is_empty()));
}

#[test]
fn arrays_are_indexed_by_the_models_enums() {
    let content = load(DEFAULT_LANGUAGE).expect("loads");
    assert_eq!(content.instrument.levels[Level::OpenDoor].name, "Open-Door School");
    let order: Vec<Area> = content.instrument.areas.iter().map(|(area, _)| area).collect();
    assert_eq!(order, Area::ALL);
    assert_eq!(
        content.practices(Area::SharingPower, Level::Fortress),
        content.instrument.areas[Area::SharingPower].practices[Level::Fortress]
    );
}

#[test]
fn every_real_language_is_compiled_in_natively_and_no_pseudo_locale_is() {
    assert!(Language::ALL.iter().any(|language| language.code() == DEFAULT_LANGUAGE));
    for language in Language::ALL {
        let code = language.code();
        let expected = language.info().pseudo.is_none().then_some(code);
        assert_eq!(load(code).map(|content| content.language.code()), expected, "{code}");
    }
    assert_eq!(load("xx"), None);
    assert_eq!(default_content().language.code(), DEFAULT_LANGUAGE);
    assert_eq!(Language::DEFAULT, default_content().language);
}

#[test]
fn the_switch_lists_the_offered_languages_and_a_pseudo_locale_only_while_it_is_shown() {
    let codes = |current: &str| -> Vec<&str> { Language::from_code(current).unwrap().switch_list().map(Language::code).collect() };
    assert_eq!(codes("en"), ["en", "es"]);
    assert_eq!(codes("es"), ["en", "es"]);
    assert_eq!(codes("ar-XB"), ["en", "es", "ar-XB"]);
}

#[test]
fn a_language_is_found_by_its_code_whatever_the_case() {
    assert_eq!(Language::from_code("ES").map(Language::code), Some("es"));
    assert_eq!(Language::from_code("en-xa").map(Language::code), Some("en-XA"));
    assert_eq!(Language::from_code("e"), None);
}

#[test]
fn the_switch_offers_every_real_language_by_its_own_name_and_no_pseudo_locale() {
    let offered: Vec<(&str, &str)> = Language::offered().map(|l| (l.code(), l.info().name)).collect();
    assert_eq!(offered, [("en", "English"), ("es", "Español")]);
    let pseudo: Vec<(&str, Direction)> =
        Language::ALL.into_iter().filter(|l| l.info().pseudo.is_some()).map(|l| (l.code(), l.info().direction)).collect();
    assert_eq!(pseudo, [("en-XA", Direction::Ltr), ("ar-XB", Direction::Rtl)]);
}
