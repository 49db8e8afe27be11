//! Language files: one language's every text, for a bundle that does not
//! carry that language.
//!
//! The WebAssembly bundles carry the default language only, so that the
//! first load stays inside its size budget; another language is read from
//! `lang/<code>.json`, beside the page, when someone chooses it. The files
//! are written at build time from the compiled-in content of a native build
//! ([`write`], run by `src/bin/export_languages.rs`), so they hold only
//! texts that `build.rs` has validated.
//!
//! A file is the texts in one fixed order, which [`visit`] defines and
//! [`build`] follows, rather than the content files' keyed JSON: the bundle
//! then needs no schema to read it, only a list of strings. A file written
//! for another layout of the texts would put every text in the wrong place,
//! so it carries the layout's fingerprint, [`CONTENT_SHAPE`], and the
//! language it is for, and is refused when either differs.

use serde::{Deserialize, Serialize};

use super::plural::PluralCategory;
use super::{
    default_content, AboutText, AreaText, BeliefText, ByArea, ByBarrier, ByBelief, ByEpsteinType, ByLevel,
    ByPtaStandard, ByScale, Content, Instrument, Key, Language, LevelText, PluralKey, PluralText, ScaleText,
    ToolsKey, ToolsPluralKey, ToolsTexts, CONTENT_SHAPE,
};

/// The largest language file read, in bytes: four times the default
/// language's texts, so a translation may run long but a wrong file is not
/// read whole.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// A language file as JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    /// The language's code, e.g. `es`.
    language: String,
    /// [`CONTENT_SHAPE`] of the build that wrote it.
    shape: u64,
    /// Every text, in the order of [`visit`].
    texts: Vec<String>,
}

/// Why a language file was not used. The widget then stays in the language
/// it was showing, and says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageFileError {
    /// The file could not be fetched (offline, or not on the server).
    Unavailable,
    /// It is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// It is not a language file.
    Unreadable,
    /// It was written for another language or another version of the
    /// widget.
    Mismatched,
}

impl LanguageFileError {
    /// The UI text key of the plain-language explanation.
    pub fn message_key(self) -> Key {
        match self {
            LanguageFileError::Unavailable => Key::LanguageUnavailable,
            LanguageFileError::TooLarge | LanguageFileError::Unreadable | LanguageFileError::Mismatched => {
                Key::LanguageMismatched
            }
        }
    }
}

/// The path of a language's file, relative to the self-check's page.
pub fn path(language: Language) -> String {
    format!("lang/{}.json", language.code())
}

/// Calls `text` with every text of `content` in the file's order: the
/// instrument field by field, the self-check's texts, its plural texts form
/// by form in the order of the rule's categories, then the tools page's
/// texts and plural texts.
pub fn visit(content: &Content, text: &mut dyn FnMut(&'static str)) {
    let instrument = &content.instrument;
    for (_, level) in instrument.levels.iter() {
        for field in [level.name, level.name_with_article, level.short_name, level.label, level.stance] {
            text(field);
        }
    }
    for (_, area) in instrument.areas.iter() {
        for field in [area.title, area.summary, area.question] {
            text(field);
        }
        for (_, practices) in area.practices.iter() {
            practices.iter().for_each(|practice| text(practice));
        }
    }
    for (_, belief) in instrument.beliefs.iter() {
        text(belief.statement);
        text(belief.explanation);
    }
    for (_, scale) in instrument.belief_scales.iter() {
        text(scale.question);
        scale.points.iter().for_each(|point| text(point));
    }
    for (_, name) in instrument.barriers.iter() {
        text(name);
    }
    for (_, name) in instrument.pta_standards.iter() {
        text(name);
    }
    for (_, name) in instrument.epstein_types.iter() {
        text(name);
    }
    text(instrument.about.heading);
    instrument.about.paragraphs.iter().for_each(|paragraph| text(paragraph));
    text(instrument.about.citation);
    for key in Key::ALL {
        text(content.ui(key));
    }
    let categories = content.plural_rule.categories();
    for key in PluralKey::ALL {
        categories.iter().for_each(|category| text(content.ui_plural[key as usize].form(*category)));
    }
    for key in ToolsKey::ALL {
        text(content.tools(key));
    }
    for key in ToolsPluralKey::ALL {
        let plural = content.tools_plural(key);
        categories.iter().for_each(|category| text(plural.form(*category)));
    }
}

/// How many texts a file for `language` holds.
pub fn text_count(language: Language) -> usize {
    // The layout is the default language's, except the plural texts, which
    // have as many forms as the language's rule has categories.
    let default = default_content();
    let mut count = 0;
    visit(default, &mut |_| count += 1);
    let plurals = PluralKey::COUNT + ToolsPluralKey::COUNT;
    count - plurals * default.plural_rule.categories().len() + plurals * language.info().plural_rule.categories().len()
}

/// Every text of `content`, in the order of [`visit`].
pub fn texts(content: &Content) -> Vec<&'static str> {
    let mut texts = Vec::new();
    visit(content, &mut |text| texts.push(text));
    texts
}

/// The language file of `content`, as JSON.
pub fn write(content: &Content) -> String {
    encode(content.language, texts(content).into_iter().map(str::to_owned).collect())
}

/// The language file for `language` holding `texts`, as JSON.
pub fn encode(language: Language, texts: Vec<String>) -> String {
    let wire = Wire { language: language.code().to_owned(), shape: CONTENT_SHAPE, texts };
    serde_json::to_string(&wire).expect("a list of strings always serializes")
}

/// Reads the language file of `language`. The texts live as long as the
/// page: they are leaked once, which is what makes them `&'static` like the
/// compiled-in ones, so no view has to know where its text came from. The
/// shell reads each language at most once per page.
pub fn read(language: Language, json: &str) -> Result<Content, LanguageFileError> {
    if json.len() > MAX_FILE_BYTES {
        return Err(LanguageFileError::TooLarge);
    }
    let wire: Wire = serde_json::from_str(json).map_err(|_| LanguageFileError::Unreadable)?;
    if wire.language != language.code() || wire.shape != CONTENT_SHAPE || wire.texts.len() != text_count(language) {
        return Err(LanguageFileError::Mismatched);
    }
    let mut texts = wire.texts.into_iter().map(|text| &*Box::leak(text.into_boxed_str()));
    Ok(build(language, &mut texts))
}

/// The content of `language` from its texts in the order of [`visit`],
/// laid out as the default language is. `texts` holds exactly
/// [`text_count`] texts (checked by [`read`]); a shorter list would leave
/// empty texts rather than fail.
fn build(language: Language, texts: &mut dyn Iterator<Item = &'static str>) -> Content {
    let layout = default_content();
    let mut next = || texts.next().unwrap_or_default();
    let levels = ByLevel(layout.instrument.levels.0.map(|_| LevelText {
        name: next(),
        name_with_article: next(),
        short_name: next(),
        label: next(),
        stance: next(),
    }));
    let areas = ByArea(layout.instrument.areas.0.map(|area| AreaText {
        title: next(),
        summary: next(),
        question: next(),
        practices: ByLevel(area.practices.0.map(|practices| leak(practices.iter().map(|_| next()).collect()))),
    }));
    let beliefs = ByBelief(layout.instrument.beliefs.0.map(|_| BeliefText { statement: next(), explanation: next() }));
    let belief_scales = ByScale(layout.instrument.belief_scales.0.map(|scale| ScaleText {
        question: next(),
        points: scale.points.map(|_| next()),
    }));
    let barriers = ByBarrier(layout.instrument.barriers.0.map(|_| next()));
    let pta_standards = ByPtaStandard(layout.instrument.pta_standards.0.map(|_| next()));
    let epstein_types = ByEpsteinType(layout.instrument.epstein_types.0.map(|_| next()));
    let about = AboutText {
        heading: next(),
        paragraphs: leak(layout.instrument.about.paragraphs.iter().map(|_| next()).collect()),
        citation: next(),
    };
    let instrument = Instrument { levels, areas, beliefs, belief_scales, barriers, pta_standards, epstein_types, about };
    let rule = language.info().plural_rule;
    let ui = Key::ALL.map(|_| next());
    let ui_plural = PluralKey::ALL.map(|_| plural(rule.categories(), &mut next));
    let tools = ToolsKey::ALL.map(|_| next());
    let tools_plural = ToolsPluralKey::ALL.map(|_| plural(rule.categories(), &mut next));
    Content {
        language,
        instrument,
        plural_rule: rule,
        ui,
        ui_plural,
        tools: ToolsTexts::Loaded(Box::leak(Box::new(tools)), Box::leak(Box::new(tools_plural))),
    }
}

/// A plural text with a form per category, in their order.
fn plural(categories: &[PluralCategory], next: &mut dyn FnMut() -> &'static str) -> PluralText {
    PluralText(leak(categories.iter().map(|category| (*category, next())).collect()))
}

/// A list kept for the rest of the page's life.
fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

#[cfg(test)]
mod tests;
