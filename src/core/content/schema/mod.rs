//! The content files' schema and their validator, shared by `build.rs`,
//! which reads `content/<language>/*.json` at build time and generates the
//! typed data the bundle carries, and by the native tests, which feed it
//! deliberately broken files.
//!
//! This folder may use only `std`, `serde`, `serde_json` and
//! `serde_path_to_error`, and no path of the crate, because `build.rs`
//! compiles it on its own (`#[path = …/schema/mod.rs] mod schema;`). The few
//! facts it shares with `core::model` are repeated here, and a test of the
//! crate checks that they agree.
//!
//! This file holds the constants and the serde structs; `validate.rs` reads
//! and checks them. The entry file is a `mod.rs` so that `mod validate;`
//! finds `schema/validate.rs` both in the crate and in `build.rs`: rustc
//! resolves the children of a file included with `#[path]` from that file's
//! own folder, which for a `schema.rs` would be `content/` rather than
//! `content/schema/`.

use serde::Deserialize;

/// The language every other language is checked against, and that every
/// widget falls back to.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Must equal `core::model::INSTRUMENT_VERSION`.
pub const INSTRUMENT_VERSION: u8 = 1;

/// Must equal `core::model::MAX_PRACTICES_PER_CELL`: the share code keeps
/// this many tick bits per cell.
pub const MAX_PRACTICES_PER_CELL: usize = 4;

/// The fewest practices a rubric cell may list.
pub const MIN_PRACTICES_PER_CELL: usize = 2;

/// How many points each belief scale has.
pub const SCALE_POINTS: usize = 5;

/// The three files of one language folder.
pub const INSTRUMENT_FILE: &str = "instrument.json";
/// The self-check's UI texts.
pub const UI_FILE: &str = "ui.json";
/// The UI texts that only the facilitator's tools page uses. They are
/// generated into a table of their own, so the self-check does not link them.
pub const TOOLS_FILE: &str = "tools.json";

/// The placeholders a UI text must contain, by key. A translation that drops
/// one would show a sentence with a hole in it. Every form of a plural text
/// needs `{count}` as well, listed or not, except a form of a category that
/// stands for one number only ([`PluralRule::exact_categories`]).
pub const PLACEHOLDERS: &[(&str, &[&str])] = &[
    ("team_plan_file_detail_size", &["bytes", "limit"]),
    ("team_guide_split_seen", &["area"]),
    ("team_guide_split_agree", &["area"]),
    ("step_of", &["current", "total"]),
    ("language_loading", &["language"]),
    ("language_unavailable", &["language"]),
    ("language_mismatched", &["language"]),
    ("mark_legend", &["area"]),
    ("mark_suggestion", &["type"]),
    ("mark_use_suggestion", &["type"]),
    ("mark_suggestion_taken", &["type"]),
    ("mark_suggestion_used", &["type"]),
    ("label_sentence", &["type", "label"]),
    ("mixed_closest", &["count", "type", "label"]),
    ("mixed_out_of_reach", &["count"]),
    ("mixed_change", &["area", "from", "to"]),
    ("mixed_answer_open", &["areas"]),
    ("mixed_answer_any", &["areas"]),
    ("mixed_answer_and_change", &["areas"]),
    ("notes_count", &["count", "limit"]),
    ("mark_tick_count", &["type", "count"]),
    ("mark_ticks_by_type", &["counts"]),
    ("config_name_too_long", &["chars", "max"]),
    ("config_accent_darkened", &["given", "given_ratio", "used", "used_ratio"]),
    ("config_not_a_colour", &["value"]),
    ("config_unknown_language", &["value", "available"]),
    ("config_not_on_or_off", &["key", "value"]),
    ("config_team_too_small", &["value", "min"]),
    ("config_not_a_number", &["key", "value"]),
    ("config_not_one_of", &["key", "value", "choices"]),
    ("config_unknown_setting", &["key", "value"]),
    ("file_detail_field", &["path"]),
    ("file_value_mark", &["area"]),
    ("file_value_ticked", &["area"]),
    ("file_value_rating", &["area"]),
    ("file_value_held", &["number"]),
    ("file_value_practised", &["number"]),
    ("file_detail_position", &["line", "column"]),
    ("file_detail_line", &["line"]),
    ("file_detail_size", &["bytes", "limit"]),
    ("provisional_missing", &["areas"]),
    ("next_from_to", &["from", "to"]),
    ("beliefs_widest", &["beliefs"]),
    ("results_print_date", &["date"]),
    ("team_plan_step", &["number", "practice"]),
    ("crosswalk_pta", &["standards"]),
    ("crosswalk_epstein", &["types"]),
    ("plan_rated", &["count", "total"]),
    ("priority_serves", &["area", "type"]),
    ("priority_barriers", &["barriers"]),
    ("priority_barriers_shared", &["barriers"]),
    ("download_saved", &["file"]),
    ("belief_number", &["number"]),
    ("team_status_damaged", &["reason"]),
    ("team_next_without_median", &["areas"]),
    ("team_hard_barriers", &["barriers"]),
    ("compare_error", &["which", "reason"]),
    ("compare_overall", &["before", "after"]),
    ("compare_overall_change", &["change"]),
    ("compare_overall_label", &["type", "label"]),
    ("compare_overall_mixed_closest", &["type", "label"]),
    ("compare_team_beside_person", &["before", "after"]),
    ("team_privacy", &["min"]),
    ("team_tally", &["added", "duplicate", "damaged", "newer"]),
    ("team_source_line", &["line"]),
];

/// Declares an object with one field per variant of a keyed enum of
/// `core::model`, with the JSON keys in the model's order as `KEYS`.
macro_rules! per_key {
    ($(#[$doc:meta])* $name:ident, [$($field:ident),+ $(,)?]) => {
        $(#[$doc])*
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name<T> {
            $(#[allow(missing_docs)] pub $field: T,)+
        }

        impl<T> $name<T> {
            /// The JSON keys, in the order of the model's `ALL`.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),+];

            /// Every key with its value, in the order of [`Self::KEYS`].
            pub fn entries(&self) -> Vec<(&'static str, &T)> {
                vec![$((stringify!($field), &self.$field)),+]
            }
        }
    };
}

per_key!(
    /// One value per school type (`core::model::Level`).
    PerLevel, [fortress, come_if_we_call, open_door, partnership]
);
per_key!(
    /// One value per area (`core::model::Area`).
    PerArea, [building_relationships, linking_to_learning, addressing_differences, supporting_advocacy, sharing_power]
);
per_key!(
    /// One value per core belief (`core::model::Belief`).
    PerBelief, [dreams_for_children, capacity_to_support, equal_partners, staff_responsibility]
);
per_key!(
    /// One value per barrier (`core::model::Barrier`).
    PerBarrier, [
        fear_of_being_called_racist, losing_power_and_control, unfriendly_oversight, physical_safety,
        being_misunderstood, handling_conflict, low_confidence_in_parents, safe_traditional_involvement,
    ]
);
per_key!(
    /// One value per belief scale (`core::model::BeliefScale`).
    PerScale, [held, practised]
);
per_key!(
    /// One value per PTA standard (`core::model::PtaStandard`).
    PerPtaStandard, [
        welcoming_all_families, communicating_effectively, supporting_student_success,
        speaking_up_for_every_child, sharing_power, collaborating_with_community,
    ]
);
per_key!(
    /// One value per Epstein type (`core::model::EpsteinType`).
    PerEpsteinType, [parenting, communicating, volunteering, learning_at_home, decision_making, collaborating_with_community]
);

/// How one school type is described.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelText {
    /// The school type's name, e.g. "Open-Door School".
    pub name: String,
    /// The name as a sentence names one school of this type, with its
    /// article, e.g. "an Open-Door School": the article is the language's
    /// business, so it is data.
    pub name_with_article: String,
    /// A short name for tight spaces such as chart axes.
    pub short_name: String,
    /// The scoring label of the published guide, e.g. "Proficient".
    pub label: String,
    /// The one-line stance toward families behind this type.
    pub stance: String,
}

/// One row of the rubric.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaText {
    /// The area's name.
    pub title: String,
    /// What the area covers, in one sentence.
    pub summary: String,
    /// The question the step asks.
    pub question: String,
    /// The practices of each school type.
    pub practices: PerLevel<Vec<String>>,
    /// The PTA standards and Epstein types the area relates to.
    pub crosswalk: CrosswalkKeys,
}

/// What one area relates to in the two frameworks, by key. The validator
/// checks the keys; the build lists them in the framework's order.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkKeys {
    /// Keys of [`PerPtaStandard`].
    pub pta: Vec<String>,
    /// Keys of [`PerEpsteinType`].
    pub epstein: Vec<String>,
}

/// One core belief.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeliefText {
    /// The belief, as a statement.
    pub statement: String,
    /// What holding it looks like day to day.
    pub explanation: String,
}

/// One of the two five-point scales for beliefs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleText {
    /// The question the scale answers.
    pub question: String,
    /// Words for the points 1 to 5, lowest first.
    pub points: Vec<String>,
}

/// The about panel.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutText {
    /// The panel's heading.
    pub heading: String,
    /// Paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// The full citation of the book the framework comes from.
    pub citation: String,
}

/// `instrument.json`: school types, rubric (with each area's crosswalk),
/// beliefs, scales, barriers, the frameworks' names, about.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Must equal [`INSTRUMENT_VERSION`].
    pub instrument_version: u8,
    /// The language's name in itself, e.g. "Español", as the language
    /// switch lists it.
    pub language_name: String,
    /// Which way the language's text runs; the widget's root element gets
    /// it as its `dir`.
    pub direction: Direction,
    /// How the language's plural texts choose a form.
    pub plural_rule: PluralRule,
    /// The school types.
    pub levels: PerLevel<LevelText>,
    /// The rubric's rows.
    pub areas: PerArea<AreaText>,
    /// The core beliefs.
    pub beliefs: PerBelief<BeliefText>,
    /// The two belief scales.
    pub belief_scales: PerScale<ScaleText>,
    /// The barriers.
    pub barriers: PerBarrier<String>,
    /// The PTA standards' names.
    pub pta_standards: PerPtaStandard<String>,
    /// Epstein's types' names.
    pub epstein_types: PerEpsteinType<String>,
    /// The about panel.
    pub about: AboutText,
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The variant's name in `core::content::Direction`.
    pub fn variant(self) -> &'static str {
        match self {
            Direction::Ltr => "Ltr",
            Direction::Rtl => "Rtl",
        }
    }
}

impl Instrument {
    /// Every text of the instrument with its JSON path, e.g.
    /// `("areas.sharing_power.practices.open_door[2]", "…")`, so one loop
    /// can check them all.
    pub fn texts(&self) -> Vec<(String, &str)> {
        let mut texts = vec![("language_name".to_owned(), self.language_name.as_str())];
        for (level, t) in self.levels.entries() {
            for (field, text) in [
                ("name", &t.name),
                ("name_with_article", &t.name_with_article),
                ("short_name", &t.short_name),
                ("label", &t.label),
                ("stance", &t.stance),
            ] {
                texts.push((format!("levels.{level}.{field}"), text.as_str()));
            }
        }
        for (area, t) in self.areas.entries() {
            for (field, text) in [("title", &t.title), ("summary", &t.summary), ("question", &t.question)] {
                texts.push((format!("areas.{area}.{field}"), text.as_str()));
            }
            for (level, practices) in t.practices.entries() {
                listed(&mut texts, &format!("areas.{area}.practices.{level}"), practices);
            }
        }
        for (belief, t) in self.beliefs.entries() {
            texts.push((format!("beliefs.{belief}.statement"), t.statement.as_str()));
            texts.push((format!("beliefs.{belief}.explanation"), t.explanation.as_str()));
        }
        for (scale, t) in self.belief_scales.entries() {
            texts.push((format!("belief_scales.{scale}.question"), t.question.as_str()));
            listed(&mut texts, &format!("belief_scales.{scale}.points"), &t.points);
        }
        for (barrier, text) in self.barriers.entries() {
            texts.push((format!("barriers.{barrier}"), text.as_str()));
        }
        for (standard, text) in self.pta_standards.entries() {
            texts.push((format!("pta_standards.{standard}"), text.as_str()));
        }
        for (kind, text) in self.epstein_types.entries() {
            texts.push((format!("epstein_types.{kind}"), text.as_str()));
        }
        texts.push(("about.heading".to_owned(), self.about.heading.as_str()));
        listed(&mut texts, "about.paragraphs", &self.about.paragraphs);
        texts.push(("about.citation".to_owned(), self.about.citation.as_str()));
        texts
    }

    /// Every list whose length must agree between languages, with its path:
    /// the practices (ticks are shared by position) and the paragraphs.
    pub fn lists(&self) -> Vec<(String, usize)> {
        let mut lists = Vec::new();
        for (area, t) in self.areas.entries() {
            for (level, practices) in t.practices.entries() {
                lists.push((format!("areas.{area}.practices.{level}"), practices.len()));
            }
        }
        lists.push(("about.paragraphs".to_owned(), self.about.paragraphs.len()));
        lists
    }
}

/// Adds each item of a list with its indexed path.
fn listed<'a>(texts: &mut Vec<(String, &'a str)>, path: &str, items: &'a [String]) {
    for (i, item) in items.iter().enumerate() {
        texts.push((format!("{path}[{i}]"), item.as_str()));
    }
}

/// One language's three files, as read from its folder (`None`: missing).
#[derive(Clone, Copy, Debug, Default)]
pub struct Sources<'a> {
    /// The text of `instrument.json`.
    pub instrument: Option<&'a str>,
    /// The text of `ui.json`.
    pub ui: Option<&'a str>,
    /// The text of `tools.json`.
    pub tools: Option<&'a str>,
}

/// One language's content, read and checked.
#[derive(Debug)]
pub struct Language {
    /// The folder name, e.g. "en".
    pub code: String,
    /// `instrument.json`.
    pub instrument: Instrument,
    /// `ui.json`.
    pub ui: Texts,
    /// `tools.json`.
    pub tools: Texts,
}

pub mod family;
mod texts;
mod validate;

pub use texts::{PluralRule, Text, Texts};
pub use validate::{camel_case, check_same_shape, placeholders, read_all, read_language};
