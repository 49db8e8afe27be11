//! Every sentence a user reads, as typed `&'static` data generated at build
//! time from `content/<language>/*.json`.
//!
//! `build.rs` reads the files with the schema in [`schema`], refuses any
//! missing, unknown, repeated, empty or miscounted entry by its path, and
//! writes the data as Rust, so the bundle parses no content at start-up and
//! a broken file fails the build rather than the page. The bundle does carry
//! a JSON reader, `serde_json`, but only for results files and drafts;
//! content never goes through it. UI texts are named by the generated
//! [`Key`] enum, so a misspelt key does not compile. The texts only the
//! facilitator's tools page shows are named by [`ToolsKey`] and sit in a
//! table of their own that only [`Content::tools`] reads, so the
//! self-check's bundle, which never calls it, does not carry them.
//!
//! A text with a number in it is a plural text: its own enum
//! ([`PluralKey`], [`ToolsPluralKey`]) and its own accessors
//! ([`Content::ui_count`], [`Content::tools_count`]), which choose the form
//! by the language's [`PluralRule`]. A plain key cannot be asked for a
//! count, nor a plural key for a single text.

use std::ops::Index;

use super::model::{Area, Barrier, Belief, BeliefScale, Crosswalk, EpsteinType, Level, PtaStandard};

pub mod family;
pub mod language_file;
mod plural;
pub mod pseudo;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
mod template;

pub use plural::{PluralCategory, PluralRule, PluralText};
pub use template::{fill, split_at_placeholder};

/// Declares an array with one value per variant of a keyed enum of
/// [`super::model`], indexed by that enum.
macro_rules! per_variant {
    ($(#[$doc:meta])* $name:ident, $key:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct $name<T>(pub [T; $key::ALL.len()]);

        impl<T> Index<$key> for $name<T> {
            type Output = T;

            fn index(&self, key: $key) -> &T {
                &self.0[key.index()]
            }
        }

        impl<T> $name<T> {
            /// Every variant with its value, in the instrument's order.
            pub fn iter(&self) -> impl Iterator<Item = ($key, &T)> {
                $key::ALL.into_iter().zip(&self.0)
            }
        }
    };
}

per_variant!(
    /// One value per school type, indexed by [`Level`].
    ByLevel, Level
);
per_variant!(
    /// One value per area, indexed by [`Area`].
    ByArea, Area
);
per_variant!(
    /// One value per core belief, indexed by [`Belief`].
    ByBelief, Belief
);
per_variant!(
    /// One value per barrier, indexed by [`Barrier`].
    ByBarrier, Barrier
);
per_variant!(
    /// One value per belief scale, indexed by [`BeliefScale`].
    ByScale, BeliefScale
);
per_variant!(
    /// One value per PTA standard, indexed by [`PtaStandard`].
    ByPtaStandard, PtaStandard
);
per_variant!(
    /// One value per Epstein type, indexed by [`EpsteinType`].
    ByEpsteinType, EpsteinType
);

/// Declares a fieldless enum of named texts (or languages) with `COUNT`,
/// `ALL` and an accessor giving each variant's JSON key. `build.rs` invokes
/// it once per enum with the keys of the default language's files.
macro_rules! keyed_texts {
    ($(#[$doc:meta])* $name:ident, $accessor:ident, [$($(#[$vdoc:meta])* $variant:ident => $key:literal),+ $(,)?]) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// How many there are.
            pub const COUNT: usize = [$($key),+].len();

            /// Every variant, in file order.
            pub const ALL: [$name; Self::COUNT] = [$($name::$variant),+];

            /// The key in the content file, e.g. `"step_of"`.
            pub fn $accessor(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }
        }
    };
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// How one school type is described.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LevelText {
    /// The school type's name, e.g. "Open-Door School".
    pub name: &'static str,
    /// The name with its article, for a sentence that names one school of
    /// this type, e.g. "an Open-Door School".
    pub name_with_article: &'static str,
    /// A short name for tight spaces such as chart axes, e.g. "Open-Door".
    pub short_name: &'static str,
    /// The scoring label of the published guide, e.g. "Proficient".
    pub label: &'static str,
    /// The one-line stance toward families behind this type.
    pub stance: &'static str,
}

/// One row of the rubric.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AreaText {
    /// The area's name, e.g. "Sharing power".
    pub title: &'static str,
    /// What the area covers, in one sentence.
    pub summary: &'static str,
    /// The question the step asks.
    pub question: &'static str,
    /// 2–4 concrete, observable practices for each school type.
    pub practices: ByLevel<&'static [&'static str]>,
}

/// One core belief.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeliefText {
    /// The belief, as a statement.
    pub statement: &'static str,
    /// What holding it looks like day to day, in one or two sentences.
    pub explanation: &'static str,
}

/// One of the two five-point scales for beliefs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleText {
    /// The question the scale answers, e.g. "How strongly do I hold this?".
    pub question: &'static str,
    /// Words for the points 1 to 5, lowest first.
    pub points: [&'static str; 5],
}

/// The about panel: what the tool is and where its framework comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AboutText {
    /// The panel's heading.
    pub heading: &'static str,
    /// Paragraphs, in order.
    pub paragraphs: &'static [&'static str],
    /// The full citation of the book the framework comes from.
    pub citation: &'static str,
}

/// The assessment itself: school types, rubric, beliefs, barriers. Its
/// version was checked against the model's at build time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Instrument {
    /// The school types.
    pub levels: ByLevel<LevelText>,
    /// The rubric's rows.
    pub areas: ByArea<AreaText>,
    /// The core beliefs.
    pub beliefs: ByBelief<BeliefText>,
    /// The two belief scales.
    pub belief_scales: ByScale<ScaleText>,
    /// The barriers' descriptions.
    pub barriers: ByBarrier<&'static str>,
    /// The PTA standards' names, e.g. "Welcoming all families".
    pub pta_standards: ByPtaStandard<&'static str>,
    /// Epstein's types' names, e.g. "Learning at home".
    pub epstein_types: ByEpsteinType<&'static str>,
    /// The about panel.
    pub about: AboutText,
}

/// A text the tools page may show: one of its own, or one of the
/// self-check's (an error message shared by both pages, say).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ToolsText {
    /// A text of `ui.json`.
    Ui(Key),
    /// A text of `tools.json`.
    Tools(ToolsKey),
}

impl From<Key> for ToolsText {
    fn from(key: Key) -> ToolsText {
        ToolsText::Ui(key)
    }
}

impl From<ToolsKey> for ToolsText {
    fn from(key: ToolsKey) -> ToolsText {
        ToolsText::Tools(key)
    }
}

/// Where a language's tools-only texts are.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ToolsTexts {
    /// A row of the compiled-in tables. It is an index rather than a
    /// reference so that the self-check's bundle, whose code never reads
    /// the tables, does not carry them.
    Table(usize),
    /// Read from a language file.
    Loaded(&'static [&'static str; ToolsKey::COUNT], &'static [PluralText; ToolsPluralKey::COUNT]),
}

/// All self-check content for one language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Content {
    /// The language.
    pub language: Language,
    /// The school types, rubric, beliefs, barriers and about panel.
    pub instrument: Instrument,
    /// How this language's plural texts choose a form.
    pub plural_rule: PluralRule,
    ui: [&'static str; Key::COUNT],
    ui_plural: [PluralText; PluralKey::COUNT],
    tools: ToolsTexts,
}

impl Content {
    /// The UI text for `key`.
    pub fn ui(&self, key: Key) -> &'static str {
        self.ui[key as usize]
    }

    /// The UI text for `key` with its `{name}` placeholders filled.
    pub fn ui_with(&self, key: Key, values: &[(Placeholder, &str)]) -> String {
        fill(self.ui(key), values)
    }

    /// The plural text for `key` in the form for `count`, with `{count}` and
    /// the other `{name}` placeholders filled.
    pub fn ui_count(&self, key: PluralKey, count: u64, values: &[(Placeholder, &str)]) -> String {
        self.counted(self.ui_plural[key as usize], count, values)
    }

    /// A text of the tools page. Only the tools page's code calls this, which
    /// keeps the tools' texts out of the self-check's bundle.
    pub fn tools(&self, key: impl Into<ToolsText>) -> &'static str {
        match key.into() {
            ToolsText::Ui(key) => self.ui(key),
            ToolsText::Tools(key) => match self.tools {
                ToolsTexts::Table(row) => TOOLS_TEXTS[row][key as usize],
                ToolsTexts::Loaded(texts, _) => texts[key as usize],
            },
        }
    }

    /// A text of the tools page with its `{name}` placeholders filled.
    pub fn tools_with(&self, key: impl Into<ToolsText>, values: &[(Placeholder, &str)]) -> String {
        fill(self.tools(key), values)
    }

    /// A plural text of the tools page in the form for `count`, filled like
    /// [`Content::ui_count`]. Only the tools page's code calls this.
    pub fn tools_count(&self, key: ToolsPluralKey, count: u64, values: &[(Placeholder, &str)]) -> String {
        self.counted(self.tools_plural(key), count, values)
    }

    /// The plural text of the tools page for `key`.
    fn tools_plural(&self, key: ToolsPluralKey) -> PluralText {
        match self.tools {
            ToolsTexts::Table(row) => TOOLS_PLURALS[row][key as usize],
            ToolsTexts::Loaded(_, plurals) => plurals[key as usize],
        }
    }

    /// The form of `text` for `count`, filled.
    fn counted(&self, text: PluralText, count: u64, values: &[(Placeholder, &str)]) -> String {
        let form = text.form(self.plural_rule.category(count));
        // The count goes in first, so that a value that happens to hold the
        // text "{count}" is shown as it is.
        fill(&fill(form, &[(Placeholder::Count, &count.to_string())]), values)
    }

    /// The practices of one rubric cell.
    pub fn practices(&self, area: Area, level: Level) -> &'static [&'static str] {
        self.instrument.areas[area].practices[level]
    }
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How a pseudo-locale is made from the default language ([`pseudo`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    /// Every text 40 % longer, in accented letters.
    Longer,
    /// Every text right to left.
    RightToLeft,
}

/// What the widget knows of a language without its texts: enough to list
/// it in the switch and to read its language file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageInfo {
    /// The language's name in itself, e.g. "Español".
    pub name: &'static str,
    /// Which way its text runs.
    pub direction: Direction,
    /// How its plural texts choose a form.
    pub plural_rule: PluralRule,
    /// For a pseudo-locale, how it is made; `None` for a real language.
    pub pseudo: Option<Pseudo>,
}

impl Language {
    /// What the widget knows of the language.
    pub fn info(self) -> LanguageInfo {
        LANGUAGE_INFO[self as usize]
    }

    /// The language of a code such as `es`, compared without regard to
    /// case as language tags are.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code().eq_ignore_ascii_case(code))
    }

    /// The real languages, which the switch offers and the browser's
    /// languages choose among: every language but the pseudo-locales.
    pub fn offered() -> impl Iterator<Item = Language> {
        Language::ALL.into_iter().filter(|language| language.info().pseudo.is_none())
    }

    /// What the language switch lists while this language is shown: the
    /// offered languages, and this one too when the address opened a
    /// pseudo-locale, so the switch always shows what the page is in.
    pub fn switch_list(self) -> impl Iterator<Item = Language> {
        Language::ALL.into_iter().filter(move |language| language.info().pseudo.is_none() || *language == self)
    }
}

/// What an area relates to in the PTA standards and Epstein's types, as
/// `CROSSWALK[area]` (generated from `crosswalk` of each area in the
/// content, which the build checks is the same in every language).
pub fn crosswalk(area: Area) -> Crosswalk {
    CROSSWALK[area]
}

/// The content of a language this build carries: the default language in
/// the WebAssembly bundles, every folder natively. `None` for a language
/// that has to be read from its file ([`language_file`]).
pub fn compiled(language: Language) -> Option<&'static Content> {
    CONTENTS.iter().find(|content| content.language == language)
}

/// The default language's content, which every build carries.
pub fn default_content() -> &'static Content {
    &CONTENTS[0]
}

/// The compiled-in content for a language code, if this build carries it.
pub fn load(code: &str) -> Option<&'static Content> {
    Language::from_code(code).and_then(compiled)
}

// The tests use the schema, which only native builds compile.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
