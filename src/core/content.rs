//! Every sentence a user reads, loaded from data files compiled into the
//! bundle (`content/<language>/*.json`), and checked for completeness.
//!
//! The schema is typed: a missing, misspelt, repeated or mistyped key is a
//! parse error that names the key by its path, and [`Content::problems`]
//! names every empty text, wrong count and missing placeholder by its path.
//! The files are read with the same strict reader as results files, by hand
//! rather than with derived deserializers, which would add tens of kilobytes
//! of WebAssembly for a job this small. Adding a language is adding a folder under
//! `content/`; `build.rs` finds it.

use super::file::FileError;
use super::json::{self, Fields, Node};

use super::model::{Area, Barrier, Belief, BeliefScale, Level, MAX_PRACTICES_PER_CELL};

/// The content files each language folder must hold for the self-check.
/// Listed once so the loader and the tests agree (`build.rs` repeats it).
pub const CONTENT_FILES: [&str; 2] = ["instrument.json", "ui.json"];

/// The file of UI texts that only the facilitator's tools page uses. It is
/// compiled into that page's bundle alone, which keeps the self-check's
/// first load smaller; [`load_for_tools`] adds its texts to `ui.json`'s.
pub const TOOLS_FILE: &str = "tools.json";

/// One value per school type, looked up by [`Level`].
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct BeliefText {
    /// The belief, as a statement.
    pub statement: String,
    /// What holding it looks like day to day, in one or two sentences.
    pub explanation: String,
}

/// One of the two five-point scales for beliefs.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleText {
    /// The question the scale answers, e.g. "How strongly do I hold this?".
    pub question: String,
    /// Words for the points 1 to 5, lowest first.
    pub points: Vec<String>,
}

/// The two belief scales.
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct AboutText {
    pub heading: String,
    /// Paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// The full citation of the book the framework comes from.
    pub citation: String,
}

/// The assessment itself: school types, rubric, beliefs, barriers.
#[derive(Clone, Debug, PartialEq)]
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

/// Every user-interface string, by name, sorted by name so that a lookup is
/// a binary search. (A sorted list rather than a `BTreeMap`, whose code would
/// cost the bundle more than this needs.) Texts with `{name}` placeholders
/// are filled with [`fill`]; [`PLACEHOLDERS`] lists which ones each needs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UiText(Vec<(String, String)>);

impl UiText {
    /// Sorts the entries by name; the names must be distinct.
    fn new(mut entries: Vec<(String, String)>) -> UiText {
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        UiText(entries)
    }

    /// The text named `key`, if there is one.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(name, _)| name.as_str().cmp(key))
            .ok()
            .map(|index| self.0[index].1.as_str())
    }

    /// Both sets of texts in one, or the first name they share.
    fn join(self, other: UiText) -> Result<UiText, String> {
        let mut entries = self.0;
        entries.extend(other.0);
        let joined = UiText::new(entries);
        match joined.0.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            Some(pair) => Err(pair[0].0.clone()),
            None => Ok(joined),
        }
    }

    /// Every name and text, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(key, text)| (key.as_str(), text.as_str()))
    }
}

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
    ("file_detail_field", &["path"]),
    ("file_detail_position", &["line", "column"]),
    ("file_detail_line", &["line"]),
    ("file_detail_size", &["bytes", "limit"]),
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
    /// Parses one language's files, given as `(file name, text)` pairs: the
    /// [`CONTENT_FILES`], and optionally the [`TOOLS_FILE`], whose texts join
    /// `ui.json`'s (a name in both files is an error).
    pub fn parse(language: &str, files: &[(&str, &str)]) -> Result<Content, ContentError> {
        let text_of = |name: &str| {
            files.iter().find(|(file, _)| *file == name).map(|(_, text)| *text).ok_or_else(|| {
                ContentError { file: format!("{language}/{name}"), reason: "the file is missing".into() }
            })
        };
        let error = |name: &str, e: FileError| ContentError {
            file: format!("{language}/{name}"),
            reason: e.to_string(),
        };
        let instrument = read_instrument(text_of("instrument.json")?).map_err(|e| error("instrument.json", e))?;
        let mut ui = read_ui(text_of("ui.json")?).map_err(|e| error("ui.json", e))?;
        if let Ok(tools) = text_of(TOOLS_FILE) {
            let tools = read_ui(tools).map_err(|e| error(TOOLS_FILE, e))?;
            ui = ui.join(tools).map_err(|key| ContentError {
                file: format!("{language}/{TOOLS_FILE}"),
                reason: format!("the text \"{key}\" is also in ui.json"),
            })?;
        }
        Ok(Content { language: language.to_owned(), instrument, ui })
    }

    /// The UI text for `key`. A missing key shows the key itself in brackets,
    /// which the completeness test rules out for every key the code uses.
    pub fn ui(&self, key: &str) -> String {
        match self.ui.get(key) {
            Some(text) => text.to_owned(),
            None => format!("[{key}]"),
        }
    }

    /// The UI text for `key` with its `{name}` placeholders filled.
    pub fn ui_with(&self, key: &str, values: &[(&str, &str)]) -> String {
        fill(&self.ui(key), values)
    }

    /// Every UI key present in this language.
    pub fn ui_keys(&self) -> impl Iterator<Item = &str> {
        self.ui.iter().map(|(key, _)| key)
    }

    /// The practices of one rubric cell.
    pub fn practices(&self, area: Area, level: Level) -> &[String] {
        self.instrument.areas.get(area).practices.get(level)
    }

    /// Everything wrong with this content, each problem named by its path:
    /// empty texts, practice lists outside 2–4, scales without five points,
    /// UI texts that are not strings or lack a placeholder, a wrong version.
    pub fn problems(&self) -> Vec<String> {
        let mut problems: Vec<String> = self
            .instrument
            .texts()
            .into_iter()
            .filter(|(_, text)| text.trim().is_empty())
            .map(|(path, _)| format!("instrument.{path} is empty"))
            .collect();
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
                let name = if scale == BeliefScale::Held { "held" } else { "practised" };
                problems.push(format!("instrument.belief_scales.{name}.points has {points} points; it needs 5"));
            }
        }
        for (key, text) in self.ui.iter() {
            if text.trim().is_empty() {
                problems.push(format!("ui.{key} is empty"));
            }
        }
        // Only the texts present: the tools page's texts are absent from the
        // self-check's content, and tests/ui_keys.rs checks that every text
        // the code asks for is there.
        for (key, names) in PLACEHOLDERS {
            let Some(text) = self.ui.get(key) else { continue };
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

/// The largest nesting a content file needs (instrument → areas → area →
/// practices → level → list), with room to spare.
const CONTENT_MAX_DEPTH: usize = 8;

/// The top-level object of a content file.
fn root_object(node: &Node) -> Result<Fields<'_>, FileError> {
    match node {
        Node::Object(entries) => Fields::new(entries, ""),
        _ => Err(json::wrong_type(String::new(), "an object ({ … })")),
    }
}

/// A list of texts.
fn read_texts(fields: &Fields, key: &str) -> Result<Vec<String>, FileError> {
    let path = fields.path_of(key);
    fields
        .array(key)?
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Node::Str(text) => Ok(text.clone()),
            _ => Err(json::wrong_type(format!("{path}[{i}]"), "text")),
        })
        .collect()
}

/// An object with exactly the keys of `keys`, each read by `read`, in the
/// order of `keys`.
fn read_keyed<T, const N: usize>(
    fields: &Fields,
    key: &str,
    keys: [&str; N],
    read: impl Fn(&Fields, &str) -> Result<T, FileError>,
) -> Result<[T; N], FileError> {
    let object = fields.object(key)?;
    object.only(&keys)?;
    let values = keys.iter().map(|k| read(&object, k)).collect::<Result<Vec<T>, FileError>>()?;
    // One value was read per key, so the conversion cannot fail; the error
    // only keeps this function total.
    values.try_into().map_err(|_| json::wrong_type(fields.path_of(key), "an object with every key"))
}

/// An object of named fields, each read as text.
fn read_object_texts<const N: usize>(fields: &Fields, key: &str, names: [&str; N]) -> Result<[String; N], FileError> {
    read_keyed(fields, key, names, |o, k| o.string(k).map(str::to_owned))
}

fn per_level<T>(fields: &Fields, key: &str, read: impl Fn(&Fields, &str) -> Result<T, FileError>) -> Result<PerLevel<T>, FileError> {
    let [fortress, come_if_we_call, open_door, partnership] = read_keyed(fields, key, Level::ALL.map(Level::key), read)?;
    Ok(PerLevel { fortress, come_if_we_call, open_door, partnership })
}

fn per_belief<T>(fields: &Fields, key: &str, read: impl Fn(&Fields, &str) -> Result<T, FileError>) -> Result<PerBelief<T>, FileError> {
    let [dreams_for_children, capacity_to_support, equal_partners, staff_responsibility] =
        read_keyed(fields, key, Belief::ALL.map(Belief::key), read)?;
    Ok(PerBelief { dreams_for_children, capacity_to_support, equal_partners, staff_responsibility })
}

fn per_area<T>(fields: &Fields, key: &str, read: impl Fn(&Fields, &str) -> Result<T, FileError>) -> Result<PerArea<T>, FileError> {
    let [building_relationships, linking_to_learning, addressing_differences, supporting_advocacy, sharing_power] =
        read_keyed(fields, key, Area::ALL.map(Area::key), read)?;
    Ok(PerArea { building_relationships, linking_to_learning, addressing_differences, supporting_advocacy, sharing_power })
}

fn per_barrier(fields: &Fields, key: &str) -> Result<PerBarrier<String>, FileError> {
    let [fear_of_being_called_racist, losing_power_and_control, unfriendly_oversight, physical_safety, being_misunderstood, handling_conflict, low_confidence_in_parents, safe_traditional_involvement] =
        read_object_texts(fields, key, Barrier::ALL.map(Barrier::key))?;
    Ok(PerBarrier {
        fear_of_being_called_racist,
        losing_power_and_control,
        unfriendly_oversight,
        physical_safety,
        being_misunderstood,
        handling_conflict,
        low_confidence_in_parents,
        safe_traditional_involvement,
    })
}

fn scale(fields: &Fields, key: &str) -> Result<ScaleText, FileError> {
    let object = fields.object(key)?;
    object.only(&["question", "points"])?;
    Ok(ScaleText { question: object.string("question")?.to_owned(), points: read_texts(&object, "points")? })
}

/// Reads `instrument.json`.
fn read_instrument(text: &str) -> Result<Instrument, FileError> {
    let root = json::parse(text, CONTENT_MAX_DEPTH)?;
    let top = root_object(&root)?;
    top.only(&["instrument_version", "levels", "areas", "beliefs", "belief_scales", "barriers", "about"])?;
    let instrument_version =
        u8::try_from(top.integer("instrument_version")?).map_err(|_| top.invalid("instrument_version", "it is far too large"))?;
    let levels = per_level(&top, "levels", |o, k| {
        let [name, short_name, label, stance] = read_object_texts(o, k, ["name", "short_name", "label", "stance"])?;
        Ok(LevelText { name, short_name, label, stance })
    })?;
    let areas = per_area(&top, "areas", |o, k| {
        let area = o.object(k)?;
        area.only(&["title", "summary", "question", "practices"])?;
        Ok(AreaText {
            title: area.string("title")?.to_owned(),
            summary: area.string("summary")?.to_owned(),
            question: area.string("question")?.to_owned(),
            practices: per_level(&area, "practices", read_texts)?,
        })
    })?;
    let beliefs = per_belief(&top, "beliefs", |o, k| {
        let [statement, explanation] = read_object_texts(o, k, ["statement", "explanation"])?;
        Ok(BeliefText { statement, explanation })
    })?;
    let scales = top.object("belief_scales")?;
    scales.only(&["held", "practised"])?;
    let belief_scales = BeliefScales { held: scale(&scales, "held")?, practised: scale(&scales, "practised")? };
    let barriers = per_barrier(&top, "barriers")?;
    let about = top.object("about")?;
    about.only(&["heading", "paragraphs", "citation"])?;
    let about = AboutText {
        heading: about.string("heading")?.to_owned(),
        paragraphs: read_texts(&about, "paragraphs")?,
        citation: about.string("citation")?.to_owned(),
    };
    Ok(Instrument { instrument_version, levels, areas, beliefs, belief_scales, barriers, about })
}

/// Reads `ui.json`: one object of texts.
fn read_ui(text: &str) -> Result<UiText, FileError> {
    let root = json::parse(text, CONTENT_MAX_DEPTH)?;
    let top = root_object(&root)?;
    let Node::Object(entries) = &root else { return Ok(UiText::default()) };
    let texts = entries
        .iter()
        .map(|(key, _)| top.string(key).map(|text| (key.clone(), text.to_owned())))
        .collect::<Result<Vec<_>, FileError>>()?;
    // `root_object` has refused repeated keys, as `UiText::new` requires.
    Ok(UiText::new(texts))
}

impl Instrument {
    /// Every text of the instrument with its path, e.g.
    /// `("areas.sharing_power.practices.open_door[2]", "…")`, so one loop can
    /// check them all.
    pub fn texts(&self) -> Vec<(String, &str)> {
        let mut texts = Vec::new();
        for level in Level::ALL {
            let t = self.levels.get(level);
            for (field, text) in [("name", &t.name), ("short_name", &t.short_name), ("label", &t.label), ("stance", &t.stance)] {
                texts.push((format!("levels.{level}.{field}"), text.as_str()));
            }
        }
        for area in Area::ALL {
            let t = self.areas.get(area);
            for (field, text) in [("title", &t.title), ("summary", &t.summary), ("question", &t.question)] {
                texts.push((format!("areas.{area}.{field}"), text.as_str()));
            }
            for level in Level::ALL {
                for (i, practice) in t.practices.get(level).iter().enumerate() {
                    texts.push((format!("areas.{area}.practices.{level}[{i}]"), practice.as_str()));
                }
            }
        }
        for belief in Belief::ALL {
            let t = self.beliefs.get(belief);
            texts.push((format!("beliefs.{belief}.statement"), t.statement.as_str()));
            texts.push((format!("beliefs.{belief}.explanation"), t.explanation.as_str()));
        }
        for (name, scale) in [("held", &self.belief_scales.held), ("practised", &self.belief_scales.practised)] {
            texts.push((format!("belief_scales.{name}.question"), scale.question.as_str()));
            for (i, point) in scale.points.iter().enumerate() {
                texts.push((format!("belief_scales.{name}.points[{i}]"), point.as_str()));
            }
        }
        for barrier in Barrier::ALL {
            texts.push((format!("barriers.{barrier}"), self.barriers.get(barrier).as_str()));
        }
        texts.push(("about.heading".to_owned(), self.about.heading.as_str()));
        for (i, paragraph) in self.about.paragraphs.iter().enumerate() {
            texts.push((format!("about.paragraphs[{i}]"), paragraph.as_str()));
        }
        texts.push(("about.citation".to_owned(), self.about.citation.as_str()));
        texts
    }
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The languages compiled in, by code, in alphabetical order.
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, _)| *code)
}

/// Loads the compiled-in self-check content for a language code.
pub fn load(language: &str) -> Option<Result<Content, ContentError>> {
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(code, files)| Content::parse(code, files))
}

/// Loads the compiled-in content for a language code with the tools page's
/// texts as well.
pub fn load_for_tools(language: &str) -> Option<Result<Content, ContentError>> {
    let (code, files) = LANGUAGES.iter().find(|(code, _)| *code == language)?;
    let mut files = files.to_vec();
    if let Some((_, text)) = TOOLS_TEXTS.iter().find(|(code, _)| *code == language) {
        files.push((TOOLS_FILE, *text));
    }
    Some(Content::parse(code, &files))
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
    fn ui_files_refuse_repeated_keys_and_non_texts_by_name() {
        let instrument = LANGUAGES.iter().find(|(code, _)| *code == DEFAULT_LANGUAGE).and_then(|(_, files)| {
            files.iter().find(|(name, _)| *name == "instrument.json").map(|(_, text)| *text)
        });
        let instrument = instrument.unwrap_or_default();
        let repeated = Content::parse("xx", &[("instrument.json", instrument), ("ui.json", r#"{"a": "x", "a": "y"}"#)]);
        assert!(repeated.unwrap_err().reason.contains("\"a\""), "a repeated key is named");
        let number = Content::parse("xx", &[("instrument.json", instrument), ("ui.json", r#"{"step_of": 3}"#)]);
        assert!(number.unwrap_err().reason.contains("step_of"), "a non-text value is named");
    }

    #[test]
    fn tools_texts_join_the_ui_texts_but_may_not_repeat_one() {
        let files = LANGUAGES.iter().find(|(code, _)| *code == DEFAULT_LANGUAGE).map(|(_, files)| *files).unwrap_or_default();
        let instrument = files.iter().find(|(name, _)| *name == "instrument.json").map(|(_, text)| *text).unwrap_or_default();
        let ui = r#"{"app_name": "Self-Check"}"#;
        let joined = Content::parse("xx", &[("instrument.json", instrument), ("ui.json", ui), (TOOLS_FILE, r#"{"team_heading": "Team"}"#)]);
        let joined = joined.expect("distinct names join");
        // Keys through variables: tests/ui_keys.rs reads every literal key
        // passed to `ui` in src/ as a text the self-check needs.
        let (ui_key, tools_key) = ("app_name", "team_heading");
        assert_eq!((joined.ui(ui_key).as_str(), joined.ui(tools_key).as_str()), ("Self-Check", "Team"));
        let repeated = Content::parse("xx", &[("instrument.json", instrument), ("ui.json", ui), (TOOLS_FILE, r#"{"app_name": "Tools"}"#)]);
        let error = repeated.expect_err("a name in both files is refused");
        assert_eq!(error.file, "xx/tools.json");
        assert!(error.reason.contains("\"app_name\""), "{}", error.reason);
    }

    #[test]
    fn only_the_tools_page_loads_the_tools_texts() {
        let self_check = load(DEFAULT_LANGUAGE).and_then(Result::ok).expect("loads");
        let tools = load_for_tools(DEFAULT_LANGUAGE).and_then(Result::ok).expect("loads");
        assert!(self_check.ui_keys().all(|key| tools.ui_keys().any(|k| k == key)));
        assert!(tools.ui_keys().count() > self_check.ui_keys().count());
        let tools_key = "team_heading";
        assert_eq!(self_check.ui(tools_key), "[team_heading]");
    }

    #[test]
    fn the_default_language_is_compiled_in() {
        assert!(language_codes().any(|code| code == DEFAULT_LANGUAGE));
    }
}
