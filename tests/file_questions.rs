//! A hand-edited results file with a value out of range is explained in the
//! self-check's own words: which question the field answers and what it
//! allows ("How strongly you hold belief 3 must be 1 to 5"), for every kind
//! of field a person answers, in English and Spanish.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::Placeholder;
use partnership_selfcheck::core::content::{compiled, default_content, Content, Language};
use partnership_selfcheck::core::file::{import, FileDetail, FileError, Question};
use partnership_selfcheck::core::model::Area;
use serde_json::{json, Value};

const GOLDEN: &str = include_str!("golden/results_v2.json");

/// The golden version 2 file with the value at `pointer` replaced.
fn edited(pointer: &str, replacement: Value) -> String {
    let mut value: Value = serde_json::from_str(GOLDEN).expect("the golden file is JSON");
    *value.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} is in the golden file")) = replacement;
    value.to_string()
}

/// The sentence the page shows under the message, as `share::file_detail`
/// fills it.
fn sentence(text: &Content, question: Question) -> String {
    let area = question.area().map_or("", |area| text.instrument.areas[area].title);
    let number = question.number().unwrap_or_default().to_string();
    text.ui_with(question.message_key(), &[(Placeholder::Area, area), (Placeholder::Number, &number)])
}

fn refused(pointer: &str, replacement: Value) -> FileError {
    import(&edited(pointer, replacement)).expect_err(pointer)
}

#[test]
fn every_kind_of_answer_out_of_range_names_its_question_and_what_it_allows() {
    let english = default_content();
    let cases: Vec<(&str, Value, Question, &str)> = vec![
        (
            "/areas/sharing_power/mark",
            json!("castle"),
            Question::Mark(Area::SharingPower),
            "The mark for Sharing power must be a school type or \"Not sure\".",
        ),
        ("/areas/sharing_power/mark", json!(3), Question::Mark(Area::SharingPower), "The mark for Sharing power"),
        (
            "/areas/linking_to_learning/ticked/open_door",
            json!([4]),
            Question::Ticked(Area::LinkingToLearning),
            "must be numbers 0 to 3, each once",
        ),
        (
            "/areas/linking_to_learning/ticked/open_door",
            json!([1, 1]),
            Question::Ticked(Area::LinkingToLearning),
            "Practices checked in Linking to learning",
        ),
        (
            "/areas/building_relationships/ratings/0",
            json!("soon"),
            Question::Rating(Area::BuildingRelationships),
            "Ratings in Building relationships must be already_doing, easy, takes_time or hard",
        ),
        ("/beliefs/equal_partners/held", json!(7), Question::Held(3), "How strongly you hold belief 3 must be 1 to 5."),
        ("/beliefs/equal_partners/held", json!("high"), Question::Held(3), "How strongly you hold belief 3 must be 1 to 5."),
        ("/beliefs/dreams_for_children/practised", json!(0), Question::Practised(1), "belief 1 must be 1 to 5"),
        ("/beliefs/staff_responsibility/practised", json!(2.5), Question::Practised(4), "belief 4 must be 1 to 5"),
        ("/barriers/0", json!("homework"), Question::Barrier, "Each barrier must be one the self-check lists"),
        ("/priorities/1/practice", json!(9), Question::Priority, "Each priority must name an area and a practice 0 to 3"),
        ("/priorities/1/area", json!("homework"), Question::Priority, "Each priority must name an area"),
    ];
    let spanish = compiled(Language::from_code("es").expect("Spanish")).expect("compiled natively");
    for (pointer, value, question, words) in cases {
        let error = refused(pointer, value.clone());
        assert!(matches!(error, FileError::InvalidValue { .. } | FileError::WrongType { .. }), "{pointer} {value}: {error:?}");
        assert_eq!(error.detail(), Some(FileDetail::Question(question)), "{pointer} {value}: {error:?}");
        let said = sentence(english, question);
        assert!(said.contains(words), "{pointer}: {said}");
        assert!(!said.contains('{') && !said.contains("beliefs.") && !said.contains("areas."), "no hole, no path: {said}");
        let dicho = sentence(spanish, question);
        assert!(!dicho.contains('{'), "{dicho}");
        if let Some(number) = question.number() {
            assert!(dicho.contains(&format!("creencia {number}")), "{dicho}");
        }
        if let Some(area) = question.area() {
            assert!(dicho.contains(spanish.instrument.areas[area].title), "{dicho}");
        }
    }
}

#[test]
fn fields_that_answer_no_question_keep_their_path() {
    // A missing or unknown field has no value to explain, and the file's own
    // fields (its version) are not questions of the self-check.
    let unknown =
        import(&edited("/areas/sharing_power/mark", json!(null)).replace("\"mark\":null", "\"marks\":null")).expect_err("unknown field");
    assert!(matches!(unknown.detail(), Some(FileDetail::Field { .. })), "{unknown:?}");
    let notes = refused("/notes", json!(["a"]));
    assert_eq!(notes.detail(), Some(FileDetail::Field { path: "notes" }));
    assert_eq!(Question::of("version"), None);
    assert_eq!(Question::of("assessment_id"), None);
    assert_eq!(Question::of("areas.homework.mark"), None);
    assert_eq!(Question::of("beliefs.optimism.held"), None);
    assert_eq!(Question::of("areas.sharing_power.pta_standards"), None);
}
