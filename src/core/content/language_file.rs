//! Language files: one language's every text, for a bundle that does not
//! carry that language.
//!
//! The WebAssembly bundles carry the default language only, so that the
//! first load stays inside its size budget; another language is read from
//! `lang/<code>.json`, beside the page, when someone chooses it. The files
//! are written at build time from the compiled-in content of a native build
//! ([`write()`], run by `src/bin/export_languages.rs`), so they hold only
//! texts that `build.rs` has validated.
//!
//! A file is the texts in one fixed order, which one walk over the content
//! defines for writing and reading alike, rather than the content files'
//! keyed JSON: the bundle then needs no schema to read it, only a list of
//! strings. A file written
//! for another layout of the texts would put every text in the wrong place,
//! so it carries the layout's fingerprint, [`CONTENT_SHAPE`], and the
//! language it is for, and is refused when either differs.

use super::{
    default_content, Content, Key, Language, PluralRule, PluralText, ToolsKey, ToolsPluralKey, ToolsTexts, CONTENT_SHAPE, FILES_VERSION,
};

/// The largest language file read, in bytes: four times the default
/// language's texts, so a translation may run long but a wrong file is not
/// read whole.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// How many strings come before the texts. A language file is a JSON list
/// of strings: the language's code, [`CONTENT_SHAPE`] of the build that
/// wrote it, then every text in a file's order ([`texts`]), e.g.
/// `["es", "55f7…", "Escuela Fortaleza", …]`. A flat list rather than an
/// object, because the bundle then reads it as nothing more than a list of
/// strings, and nobody edits a generated file by hand.
const HEAD: usize = 2;

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
            LanguageFileError::TooLarge | LanguageFileError::Unreadable | LanguageFileError::Mismatched => Key::LanguageMismatched,
        }
    }
}

/// The name of a language's file: its code and [`FILES_VERSION`], a
/// fingerprint of what the files are made from, so that a page never reads
/// a file of another build and a host may cache the files for good.
pub fn file_name(language: Language) -> String {
    format!("{}.{FILES_VERSION}.json", language.code())
}

/// The path of a language's file, relative to the self-check's page.
pub fn path(language: Language) -> String {
    format!("lang/{}", file_name(language))
}

/// What [`walk`] does with each place that holds a text.
trait Slots {
    /// One text.
    fn text(&mut self, slot: &mut &'static str);
    /// A list of texts whose length the layout fixes.
    fn list(&mut self, slot: &mut &'static [&'static str]);
    /// A plural text: one text per category of `rule`, in its order.
    fn plural(&mut self, slot: &mut PluralText, rule: PluralRule);
}

/// Visits every place of `content` that holds a self-check text, in the
/// file's order: the instrument field by field, then `ui.json`'s texts,
/// then its plural texts. One walk both writes a file ([`texts`]) and reads
/// one ([`read`]), so the two cannot disagree about the order. The tools
/// page's texts follow in a file, but are written apart ([`texts`]) and
/// read apart ([`read`]): the self-check's bundle must not read them, or it
/// would carry them.
fn walk(content: &mut Content, rule: PluralRule, slots: &mut dyn Slots) {
    let instrument = &mut content.instrument;
    for level in &mut instrument.levels.0 {
        for slot in [&mut level.name, &mut level.name_with_article, &mut level.short_name, &mut level.label, &mut level.stance] {
            slots.text(slot);
        }
    }
    for area in &mut instrument.areas.0 {
        for slot in [&mut area.title, &mut area.summary, &mut area.question] {
            slots.text(slot);
        }
        for practices in &mut area.practices.0 {
            slots.list(practices);
        }
    }
    for belief in &mut instrument.beliefs.0 {
        slots.text(&mut belief.statement);
        slots.text(&mut belief.explanation);
    }
    for scale in &mut instrument.belief_scales.0 {
        slots.text(&mut scale.question);
        scale.points.iter_mut().for_each(|point| slots.text(point));
    }
    let names = instrument.barriers.0.iter_mut().chain(&mut instrument.pta_standards.0).chain(&mut instrument.epstein_types.0);
    names.for_each(|name| slots.text(name));
    slots.text(&mut instrument.about.heading);
    slots.list(&mut instrument.about.paragraphs);
    slots.text(&mut instrument.about.citation);
    content.ui.iter_mut().for_each(|text| slots.text(text));
    content.ui_plural.iter_mut().for_each(|text| slots.plural(text, rule));
}

/// Collects the texts of a walk.
struct Collect(Vec<&'static str>);

impl Slots for Collect {
    fn text(&mut self, slot: &mut &'static str) {
        self.0.push(slot);
    }

    fn list(&mut self, slot: &mut &'static [&'static str]) {
        self.0.extend_from_slice(slot);
    }

    fn plural(&mut self, slot: &mut PluralText, rule: PluralRule) {
        self.0.extend(rule.categories().iter().map(|category| slot.form(*category)));
    }
}

/// Puts a file's texts in place, in order. Lists and plural texts get new
/// slices, leaked like the texts. It notes whether the file ran out of
/// texts, so that [`read`] can refuse a file that does not fit the layout.
struct Fill<I> {
    texts: I,
    ran_out: bool,
}

impl<I: Iterator<Item = &'static str>> Fill<I> {
    /// The next text, or an empty one when there is none left.
    fn next(&mut self) -> &'static str {
        self.texts.next().unwrap_or_else(|| {
            self.ran_out = true;
            ""
        })
    }
}

impl<I: Iterator<Item = &'static str>> Slots for Fill<I> {
    fn text(&mut self, slot: &mut &'static str) {
        *slot = self.next();
    }

    fn list(&mut self, slot: &mut &'static [&'static str]) {
        *slot = leak(slot.iter().map(|_| self.next()).collect());
    }

    fn plural(&mut self, slot: &mut PluralText, rule: PluralRule) {
        *slot = PluralText(leak(rule.categories().iter().map(|category| (*category, self.next())).collect()));
    }
}

/// Every text of `content`, in a file's order.
pub fn texts(content: &Content) -> Vec<&'static str> {
    let (mut copy, mut collect) = (*content, Collect(Vec::new()));
    walk(&mut copy, content.plural_rule, &mut collect);
    collect.0.extend(ToolsKey::ALL.map(|key| content.tools(key)));
    for key in ToolsPluralKey::ALL {
        collect.plural(&mut content.tools_plural(key), content.plural_rule);
    }
    collect.0
}

/// The language file of `content`, as JSON.
pub fn write(content: &Content) -> String {
    encode(content.language, texts(content).into_iter().map(str::to_owned).collect())
}

/// The language file for `language` holding `texts`, as JSON.
pub fn encode(language: Language, texts: Vec<String>) -> String {
    let file: Vec<String> = [language.code().to_owned(), CONTENT_SHAPE.to_owned()].into_iter().chain(texts).collect();
    serde_json::to_string(&file).expect("a list of strings always serializes")
}

/// Reads the language file of `language`. The texts live as long as the
/// page: they are leaked once, which is what makes them `&'static` like the
/// compiled-in ones, so no view has to know where its text came from. The
/// shell reads each language at most once per page.
pub fn read(language: Language, json: &str) -> Result<Content, LanguageFileError> {
    if json.len() > MAX_FILE_BYTES {
        return Err(LanguageFileError::TooLarge);
    }
    let file: Vec<String> = serde_json::from_str(json).map_err(|_| LanguageFileError::Unreadable)?;
    let [code, shape, ..] = file.as_slice() else { return Err(LanguageFileError::Mismatched) };
    if code != language.code() || shape != CONTENT_SHAPE {
        return Err(LanguageFileError::Mismatched);
    }
    let texts = file.into_iter().skip(HEAD);
    let rule = language.info().plural_rule;
    // The texts are leaked as they are put in place; a file that turns out
    // not to fit leaks what was read of it, once, which is cheaper in the
    // bundle than counting the layout's texts beforehand.
    let mut fill = Fill { texts: texts.into_iter().map(|text| &*Box::leak(text.into_boxed_str())), ran_out: false };
    // The default language's content is the layout: every text of it is
    // replaced, in the order of the walk.
    let mut content = *default_content();
    walk(&mut content, rule, &mut fill);
    let tools = ToolsKey::ALL.map(|_| fill.next());
    let mut tools_plural = [PluralText(&[]); ToolsPluralKey::COUNT];
    tools_plural.iter_mut().for_each(|text| fill.plural(text, rule));
    if fill.ran_out || fill.texts.next().is_some() {
        return Err(LanguageFileError::Mismatched);
    }
    content.language = language;
    content.plural_rule = rule;
    content.tools = ToolsTexts::Loaded(Box::leak(Box::new(tools)), Box::leak(Box::new(tools_plural)));
    Ok(content)
}

/// A list kept for the rest of the page's life.
fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

#[cfg(test)]
mod tests;
