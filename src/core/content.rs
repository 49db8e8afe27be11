//! Every sentence a user reads, loaded from data files compiled into the
//! bundle (`content/<language>/*.json`), and checked for completeness.
//!
//! The schema is typed: a missing or misspelt key is a parse error that names
//! the key, and [`Content::problems`] names every empty text, wrong count and
//! missing placeholder by its path. Adding a language is adding a folder under
//! `content/`; `build.rs` finds it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Area, Barrier, Belief, BeliefScale, Level, MAX_PRACTICES_PER_CELL};

/// The content files each language folder must hold, with the Rust type they
/// parse into. Listed once so the loader and the tests agree.
pub const CONTENT_FILES: [&str; 2] = ["instrument.json", "ui.json"];

/// One value per school type, looked up by [`Level`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerLevel<T> {
    pub fortress: T,
    pub come_if_we_call: T,
    pub open_door: T,
    pub partnership: T,
}

impl<T> PerLevel<T> {
    /// The value for one level.
    pub fn get(&self, level: Level) -> &T {
        match level {
            Level::Fortress => &self.fortress,
            Level::ComeIfWeCall => &self.come_if_we_call,
            Level::OpenDoor => &self.open_door,
            Level::Partnership => &self.partnership,
        }
    }
}

/// One value per area, looked up by [`Area`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerArea<T> {
    pub building_relationships: T,
    pub linking_to_learning: T,
    pub addressing_differences: T,
    pub supporting_advocacy: T,
    pub sharing_power: T,
}

impl<T> PerArea<T> {
    /// The value for one area.
    pub fn get(&self, area: Area) -> &T {
        match area {
            Area::BuildingRelationships => &self.building_relationships,
            Area::LinkingToLearning => &self.linking_to_learning,
            Area::AddressingDifferences => &self.addressing_differences,
            Area::SupportingAdvocacy => &self.supporting_advocacy,
            Area::SharingPower => &self.sharing_power,
        }
    }
}

/// One value per core belief, looked up by [`Belief`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerBelief<T> {
    pub dreams_for_children: T,
    pub capacity_to_support: T,
    pub equal_partners: T,
    pub staff_responsibility: T,
}

impl<T> PerBelief<T> {
    /// The value for one belief.
    pub fn get(&self, belief: Belief) -> &T {
        match belief {
            Belief::DreamsForChildren => &self.dreams_for_children,
            Belief::CapacityToSupport => &self.capacity_to_support,
            Belief::EqualPartners => &self.equal_partners,
            Belief::StaffResponsibility => &self.staff_responsibility,
        }
    }
}

/// One value per barrier, looked up by [`Barrier`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerBarrier<T> {
    pub fear_of_being_called_racist: T,
    pub losing_power_and_control: T,
    pub unfriendly_oversight: T,
    pub physical_safety: T,
    pub being_misunderstood: T,
    pub handling_conflict: T,
    pub low_confidence_in_parents: T,
    pub safe_traditional_involvement: T,
}

impl<T> PerBarrier<T> {
    /// The value for one barrier.
    pub fn get(&self, barrier: Barrier) -> &T {
        match barrier {
            Barrier::FearOfBeingCalledRacist => &self.fear_of_being_called_racist,
            Barrier::LosingPowerAndControl => &self.losing_power_and_control,
            Barrier::UnfriendlyOversight => &self.unfriendly_oversight,
            Barrier::PhysicalSafety => &self.physical_safety,
            Barrier::BeingMisunderstood => &self.being_misunderstood,
            Barrier::HandlingConflict => &self.handling_conflict,
            Barrier::LowConfidenceInParents => &self.low_confidence_in_parents,
            Barrier::SafeTraditionalInvolvement => &self.safe_traditional_involvement,
        }
    }
}

/// How one school type is described.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LevelText {
    /// The school type's name, e.g. "Open-Door School".
    pub name: String,
    /// A short name for tight spaces such as chart axes, e.g. "Open-Door".
    pub short_name: String,
    /// The scoring label of the published guide, e.g. "Proficient".
    pub label: String,
    /// The one-line stance toward families behind this type.
    pub stance: String,
}

/// One row of the rubric.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AreaText {
    /// The area's name, e.g. "Sharing power".
    pub title: String,
    /// What the area covers, in one sentence.
    pub summary: String,
    /// The question the step asks.
    pub question: String,
    /// 2–4 concrete, observable practices for each school type.
    pub practices: PerLevel<Vec<String>>,
}

/// One core belief.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BeliefText {
    /// The belief, as a statement.
    pub statement: String,
    /// What holding it looks like day to day, in one or two sentences.
    pub explanation: String,
}

/// One of the two five-point scales for beliefs.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScaleText {
    /// The question the scale answers, e.g. "How strongly do I hold this?".
    pub question: String,
    /// Words for the points 1 to 5, lowest first.
    pub points: Vec<String>,
}

/// The two belief scales.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BeliefScales {
    pub held: ScaleText,
    pub practised: ScaleText,
}

impl BeliefScales {
    /// The text of one scale.
    pub fn get(&self, scale: BeliefScale) -> &ScaleText {
        match scale {
            BeliefScale::Held => &self.held,
            BeliefScale::Practised => &self.practised,
        }
    }
}

/// The about panel: what the tool is and where its framework comes from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AboutText {
    pub heading: String,
    /// Paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// The full citation of the book the framework comes from.
    pub citation: String,
}

/// The assessment itself: school types, rubric, beliefs, barriers.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Must equal [`super::model::INSTRUMENT_VERSION`].
    pub instrument_version: u8,
    pub levels: PerLevel<LevelText>,
    pub areas: PerArea<AreaText>,
    pub beliefs: PerBelief<BeliefText>,
    pub belief_scales: BeliefScales,
    pub barriers: PerBarrier<String>,
    pub about: AboutText,
}

/// Every user-interface string, by name. Texts with `{name}` placeholders are
/// filled with [`fill`]; [`PLACEHOLDERS`] lists which ones each needs.
pub type UiText = serde_json::Map<String, Value>;

/// The placeholders a UI text must contain, by key. A translation that drops
/// one would show a sentence with a hole in it, so the tests check them.
pub const PLACEHOLDERS: &[(&str, &[&str])] = &[
    ("step_of", &["current", "total"]),
    ("mark_legend", &["area"]),
    ("mark_suggestion", &["type"]),
    ("mark_use_suggestion", &["type"]),
    ("mark_suggestion_used", &["type"]),
    ("mixed_closest", &["type", "label"]),
    ("mixed_change", &["area", "from", "to"]),
    ("provisional_missing", &["areas"]),
    ("next_from_to", &["from", "to"]),
    ("next_already", &["count", "total", "type"]),
    ("beliefs_widest", &["beliefs"]),
    ("belief_number", &["number"]),
    ("too_few_marks", &["count"]),
    ("team_privacy", &["min"]),
    ("team_tally", &["added", "duplicate", "damaged", "newer"]),
    ("team_lines_without_code", &["count"]),
    ("team_source_line", &["line"]),
    ("team_too_few", &["have", "need"]),
    ("team_respondents", &["count"]),
    ("team_off_median", &["off", "marked"]),
];

/// All content for one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// The language's code, e.g. "en" (the folder name).
    pub language: String,
    pub instrument: Instrument,
    ui: UiText,
}

/// A content file that could not be read, with the file and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub reason: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl Content {
    /// Parses one language's files, given as `(file name, text)` pairs in the
    /// order of [`CONTENT_FILES`].
    pub fn parse(language: &str, files: &[(&str, &str)]) -> Result<Content, ContentError> {
        let text_of = |name: &str| {
            files.iter().find(|(file, _)| *file == name).map(|(_, text)| *text).ok_or_else(|| {
                ContentError { file: format!("{language}/{name}"), reason: "the file is missing".into() }
            })
        };
        let error = |name: &str, e: serde_json::Error| ContentError {
            file: format!("{language}/{name}"),
            reason: e.to_string(),
        };
        let instrument: Instrument = serde_json::from_str(text_of("instrument.json")?)
            .map_err(|e| error("instrument.json", e))?;
        let ui: UiText =
            serde_json::from_str(text_of("ui.json")?).map_err(|e| error("ui.json", e))?;
        Ok(Content { language: language.to_owned(), instrument, ui })
    }

    /// The UI text for `key`. A missing key shows the key itself in brackets,
    /// which the completeness test rules out for every key the code uses.
    pub fn ui(&self, key: &str) -> String {
        match self.ui.get(key) {
            Some(Value::String(text)) => text.clone(),
            _ => format!("[{key}]"),
        }
    }

    /// The UI text for `key` with its `{name}` placeholders filled.
    pub fn ui_with(&self, key: &str, values: &[(&str, &str)]) -> String {
        fill(&self.ui(key), values)
    }

    /// Every UI key present in this language.
    pub fn ui_keys(&self) -> impl Iterator<Item = &str> {
        self.ui.keys().map(String::as_str)
    }

    /// The practices of one rubric cell.
    pub fn practices(&self, area: Area, level: Level) -> &[String] {
        self.instrument.areas.get(area).practices.get(level)
    }

    /// Everything wrong with this content, each problem named by its path:
    /// empty texts, practice lists outside 2–4, scales without five points,
    /// UI texts that are not strings or lack a placeholder, a wrong version.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        // Serializing back to a JSON tree lets one walk check every text, with
        // no hand-written walk to keep in step with the fields.
        let instrument = serde_json::to_value(&self.instrument).unwrap_or(Value::Null);
        collect_empty_strings("instrument", &instrument, &mut problems);
        if self.instrument.instrument_version != super::model::INSTRUMENT_VERSION {
            problems.push(format!(
                "instrument.instrument_version is {}, the code expects {}",
                self.instrument.instrument_version,
                super::model::INSTRUMENT_VERSION
            ));
        }
        for area in Area::ALL {
            for level in Level::ALL {
                let count = self.practices(area, level).len();
                if !(2..=usize::from(MAX_PRACTICES_PER_CELL)).contains(&count) {
                    problems.push(format!(
                        "instrument.areas.{area}.practices.{level} has {count} practices; each cell needs 2 to {MAX_PRACTICES_PER_CELL}"
                    ));
                }
            }
        }
        for scale in [BeliefScale::Held, BeliefScale::Practised] {
            let points = self.instrument.belief_scales.get(scale).points.len();
            if points != 5 {
                problems.push(format!("instrument.belief_scales.{scale:?} has {points} points; it needs 5"));
            }
        }
        for (key, value) in &self.ui {
            match value {
                Value::String(text) if text.trim().is_empty() => {
                    problems.push(format!("ui.{key} is empty"))
                }
                Value::String(_) => {}
                _ => problems.push(format!("ui.{key} is not a text")),
            }
        }
        for (key, names) in PLACEHOLDERS {
            let text = self.ui(key);
            for name in *names {
                if !text.contains(&format!("{{{name}}}")) {
                    problems.push(format!("ui.{key} lacks the placeholder {{{name}}}"));
                }
            }
        }
        problems
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

fn collect_empty_strings(path: &str, value: &Value, problems: &mut Vec<String>) {
    match value {
        Value::String(text) if text.trim().is_empty() => problems.push(format!("{path} is empty")),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_empty_strings(&format!("{path}[{i}]"), item, problems);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                collect_empty_strings(&format!("{path}.{key}"), item, problems);
            }
        }
        _ => {}
    }
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The languages compiled in, by code, in alphabetical order.
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, _)| *code)
}

/// Loads the compiled-in content for a language code.
pub fn load(language: &str) -> Option<Result<Content, ContentError>> {
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(code, files)| Content::parse(code, files))
}

/// The language every widget falls back to.
pub const DEFAULT_LANGUAGE: &str = "en";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("Step {current} of {total}", &[("current", "3"), ("total", "8")]), "Step 3 of 8");
    }

    #[test]
    fn the_default_language_is_compiled_in() {
        assert!(language_codes().any(|code| code == DEFAULT_LANGUAGE));
    }
}
