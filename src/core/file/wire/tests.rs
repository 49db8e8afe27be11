//! The wire structs' own tests: the keys they write and the objects they
//! read.

use super::*;
use crate::core::model::AssessmentId;

/// The keys of a serialized object, in the order written.
fn keys_of(value: &impl Serialize) -> Vec<String> {
    let text = serde_json::to_string(value).expect("serializes");
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).expect("an object");
    let mut keys: Vec<String> = map.keys().cloned().collect();
    keys.sort_by_key(|key| text.find(&format!("\"{key}\":")));
    keys
}

#[test]
fn field_names_are_the_model_s_keys_in_its_order() {
    let answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
    let wire = WireFile::new(&answers, None);
    let keys = |all: &[&str]| all.iter().map(|key| (*key).to_owned()).collect::<Vec<_>>();
    assert_eq!(keys_of(&wire.areas), keys(&Area::ALL.map(Area::key)));
    assert_eq!(keys_of(&wire.areas.sharing_power.ticked), keys(&Level::ALL.map(Level::key)));
    assert_eq!(keys_of(&wire.beliefs), keys(&Belief::ALL.map(Belief::key)));
}

#[test]
fn objects_may_not_be_written_as_lists() {
    let answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
    let mut value: serde_json::Value = serde_json::from_str(&super::super::export(&answers, None)).expect("JSON");
    value["beliefs"]["equal_partners"] = serde_json::json!([5, 3]);
    assert_eq!(
        super::super::import(&value.to_string()),
        Err(FileError::WrongType { path: "beliefs.equal_partners".into(), expected: crate::core::strict_json::OBJECT })
    );
}
