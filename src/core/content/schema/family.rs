//! The families' check-in texts (`family.json`): one flat object of plain
//! texts per language, read by `build.rs` into the `FamilyKey` enum and a
//! table per language. The family page carries every language's table (it
//! is small), so it never reads a language file.
//!
//! The keys the page needs by name (a statement per area and school type,
//! each item, barrier, suggestion and agreement point) are required; every
//! other language must have exactly the default language's keys, with the
//! same placeholders, and the only placeholder is `{school}`.
//!
//! Like its parent, this file may use only `std`, `serde`, `serde_json` and
//! `serde_path_to_error`, because `build.rs` compiles it too.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::{PerArea, PerLevel, DEFAULT_LANGUAGE};

/// The file of the families' check-in in each language folder.
pub const FAMILY_FILE: &str = "family.json";

/// The agreement items' keys; must equal `core::family::Item::key`.
pub const FAMILY_ITEMS: &[&str] =
    &["school_invites", "teacher_asks", "child_asks", "know_how", "my_job", "welcome", "respected", "work_together"];

/// The barriers' keys; must equal `core::family::FamilyBarrier::key`.
pub const FAMILY_BARRIERS: &[&str] =
    &["work_hours", "language", "transport", "childcare", "not_welcome", "not_knowing_how", "bad_experiences"];

/// The suggestions' keys; must equal `core::family::Suggestion::key`.
pub const FAMILY_SUGGESTIONS: &[&str] = &[
    "interpreter",
    "meeting_time",
    "meet_by_phone",
    "learning_at_home",
    "meet_the_teacher",
    "concern_steps",
    "have_a_say",
    "ask_how_my_child_is_doing",
];

/// The only placeholder a family text may hold.
pub const FAMILY_PLACEHOLDERS: &[&str] = &["school"];

/// One language's family texts, in file order.
#[derive(Debug, Default)]
pub struct FamilyTexts(pub Vec<(String, String)>);

impl FamilyTexts {
    /// The text for `key`, if the file has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, text)| text.as_str())
    }
}

impl<'de> Deserialize<'de> for FamilyTexts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FamilyTexts, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = FamilyTexts;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FamilyTexts, A::Error> {
                let mut pairs: Vec<(String, String)> = Vec::new();
                while let Some((key, text)) = map.next_entry::<String, String>()? {
                    if pairs.iter().any(|(k, _)| *k == key) {
                        return Err(serde::de::Error::custom(format!("the key {key} is repeated")));
                    }
                    pairs.push((key, text));
                }
                Ok(FamilyTexts(pairs))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

/// A statement's key: `statement_<area>_<school type>`.
pub fn statement_key(area: &str, level: &str) -> String {
    format!("statement_{area}_{level}")
}

/// Every key the page names, whatever else the file holds.
pub fn required_family_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for area in PerArea::<()>::KEYS {
        keys.push(format!("area_{area}_title"));
        keys.push(format!("area_{area}_question"));
        keys.extend(PerLevel::<()>::KEYS.iter().map(|level| statement_key(area, level)));
    }
    keys.extend(FAMILY_ITEMS.iter().map(|item| format!("item_{item}")));
    keys.extend(FAMILY_BARRIERS.iter().map(|barrier| format!("barrier_{barrier}")));
    keys.extend(FAMILY_SUGGESTIONS.iter().map(|suggestion| format!("suggest_{suggestion}")));
    keys.extend((1..=5).map(|point| format!("agree_{point}")));
    keys
}

/// The `{name}` placeholders of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// Reads every language's `family.json` (`None` when missing), the default
/// language first in the result, or every problem found.
pub fn read_family(sources: &[(&str, Option<&str>)]) -> Result<Vec<(String, FamilyTexts)>, Vec<String>> {
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for (code, source) in sources {
        let path = format!("content/{code}/{FAMILY_FILE}");
        let Some(source) = source else {
            problems.push(format!("{path}: the file is missing"));
            continue;
        };
        let texts: FamilyTexts = match serde_json::from_str(source) {
            Ok(texts) => texts,
            Err(error) => {
                problems.push(format!("{path}: {error}"));
                continue;
            }
        };
        for (key, text) in &texts.0 {
            if text.trim().is_empty() {
                problems.push(format!("{path}: {key} is empty"));
            }
            for name in placeholders(text) {
                if !FAMILY_PLACEHOLDERS.contains(&name) {
                    problems.push(format!("{path}: {key} has the placeholder {{{name}}}; a family text may only have {{school}}"));
                }
            }
        }
        read.push(((*code).to_owned(), texts));
    }
    let Some(at) = read.iter().position(|(code, _)| code == DEFAULT_LANGUAGE) else {
        problems.push(format!("content/{DEFAULT_LANGUAGE}/{FAMILY_FILE}: the default language's family texts are missing"));
        return Err(problems);
    };
    let default = read.remove(at);
    for key in required_family_keys() {
        if default.1.get(&key).is_none() {
            problems.push(format!("content/{DEFAULT_LANGUAGE}/{FAMILY_FILE}: {key} is missing"));
        }
    }
    for (code, texts) in &read {
        problems.extend(same_keys(&default.1, code, texts));
    }
    read.insert(0, default);
    if problems.is_empty() {
        Ok(read)
    } else {
        Err(problems)
    }
}

/// What another language's file lacks or adds against the default
/// language's, and each text whose placeholders differ.
fn same_keys(default: &FamilyTexts, code: &str, texts: &FamilyTexts) -> Vec<String> {
    let path = format!("content/{code}/{FAMILY_FILE}");
    let mut problems = Vec::new();
    for (key, text) in &default.0 {
        match texts.get(key) {
            None => problems.push(format!("{path}: {key} is missing")),
            Some(translated) => {
                let (mut wanted, mut given) = (placeholders(text), placeholders(translated));
                wanted.sort_unstable();
                given.sort_unstable();
                if wanted != given {
                    problems.push(format!("{path}: {key} must have the placeholders {wanted:?}, as in {DEFAULT_LANGUAGE}"));
                }
            }
        }
    }
    for (key, _) in &texts.0 {
        if default.get(key).is_none() {
            problems.push(format!("{path}: {key} is not a key of content/{DEFAULT_LANGUAGE}/{FAMILY_FILE}"));
        }
    }
    problems
}
