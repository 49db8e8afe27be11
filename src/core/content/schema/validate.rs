//! Reads one language folder's files with the structs of `schema`, checks
//! what serde cannot (empty texts, counts, keys, placeholders, the version),
//! and compares every language with the default one.
//!
//! Like its parent, this file may use only `std`, `serde`, `serde_json` and
//! `serde_path_to_error`, because `build.rs` compiles it too.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::{
    Instrument, Language, PerEpsteinType, PerPtaStandard, PluralRule, Sources, Text, Texts, DEFAULT_LANGUAGE, INSTRUMENT_FILE,
    INSTRUMENT_VERSION, MAX_PRACTICES_PER_CELL, MIN_PRACTICES_PER_CELL, PLACEHOLDERS, SCALE_POINTS, TOOLS_FILE, UI_FILE,
};

/// Reads one file, or says why not, naming the JSON path of the failure.
fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: Option<&str>, problems: &mut Vec<String>) -> Option<T> {
    let Some(text) = text else {
        problems.push(format!("{file}: the file is missing"));
        return None;
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => value,
        Err(error) => {
            let path = error.path().to_string();
            let at = if path == "." { String::new() } else { format!("{path}: ") };
            problems.push(format!("{file}: {at}{}", error.inner()));
            return None;
        }
    };
    // Text after the top-level value is refused, as a strict reader should.
    if let Err(error) = deserializer.end() {
        problems.push(format!("{file}: {error}"));
        return None;
    }
    Some(value)
}

/// Whether a UI key can become a Rust name: lower-case words of letters and
/// digits joined by `_`, each word starting with a letter, so that two keys
/// never give the same CamelCase name.
fn is_snake_case(key: &str) -> bool {
    key.split('_').all(|word| {
        word.starts_with(|c: char| c.is_ascii_lowercase()) && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

/// `step_of` → `StepOf`; a language code such as `pt-br` → `PtBr`.
pub fn camel_case(key: &str) -> String {
    key.split(['_', '-'])
        .flat_map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars.map(|c| c.to_ascii_lowercase()))
        })
        .collect()
}

/// Reads and checks one language folder. Every problem is named by file and
/// JSON path, and all of them are listed, not only the first.
pub fn read_language(code: &str, sources: Sources) -> Result<Language, Vec<String>> {
    let mut problems = Vec::new();
    let file = |name: &str| format!("content/{code}/{name}");
    let instrument: Option<Instrument> = parse(&file(INSTRUMENT_FILE), sources.instrument, &mut problems);
    let ui: Option<Texts> = parse(&file(UI_FILE), sources.ui, &mut problems);
    let tools: Option<Texts> = parse(&file(TOOLS_FILE), sources.tools, &mut problems);
    if let Some(instrument) = &instrument {
        check_instrument(&file(INSTRUMENT_FILE), instrument, &mut problems);
    }
    // Without a readable instrument.json the rule is unknown, and only the
    // forms' own texts can be checked.
    let rule = instrument.as_ref().map(|instrument| instrument.plural_rule);
    for (name, texts) in [(UI_FILE, &ui), (TOOLS_FILE, &tools)] {
        if let Some(texts) = texts {
            check_texts(&file(name), texts, rule, &mut problems);
        }
    }
    if let (Some(ui), Some(tools)) = (&ui, &tools) {
        for key in tools.keys().filter(|key| ui.get(key).is_some()) {
            problems.push(format!("{}: {key} is also in {UI_FILE}; a key belongs to one file", file(TOOLS_FILE)));
        }
    }
    match (instrument, ui, tools) {
        (Some(instrument), Some(ui), Some(tools)) if problems.is_empty() => Ok(Language { code: code.to_owned(), instrument, ui, tools }),
        _ => Err(problems),
    }
}

/// Empty texts, wrong counts, unusable crosswalks and a wrong version in
/// `instrument.json`.
fn check_instrument(file: &str, instrument: &Instrument, problems: &mut Vec<String>) {
    if instrument.instrument_version != INSTRUMENT_VERSION {
        problems.push(format!("{file}: instrument_version is {}, the code expects {INSTRUMENT_VERSION}", instrument.instrument_version));
    }
    for (path, text) in instrument.texts() {
        if text.trim().is_empty() {
            problems.push(format!("{file}: {path} is empty"));
        }
    }
    for (area, t) in instrument.areas.entries() {
        for (level, practices) in t.practices.entries() {
            let count = practices.len();
            if !(MIN_PRACTICES_PER_CELL..=MAX_PRACTICES_PER_CELL).contains(&count) {
                problems.push(format!(
                    "{file}: areas.{area}.practices.{level} has {count} practices; each cell needs \
                     {MIN_PRACTICES_PER_CELL} to {MAX_PRACTICES_PER_CELL}"
                ));
            }
        }
    }
    for (area, t) in instrument.areas.entries() {
        let path = format!("areas.{area}.crosswalk");
        let pta = PerPtaStandard::<()>::KEYS;
        check_crosswalk(file, &format!("{path}.pta"), &t.crosswalk.pta, pta, "PTA standard", problems);
        let epstein = PerEpsteinType::<()>::KEYS;
        check_crosswalk(file, &format!("{path}.epstein"), &t.crosswalk.epstein, epstein, "Epstein type", problems);
    }
    for (scale, t) in instrument.belief_scales.entries() {
        if t.points.len() != SCALE_POINTS {
            problems.push(format!("{file}: belief_scales.{scale}.points has {} points; it needs {SCALE_POINTS}", t.points.len()));
        }
    }
}

/// One list of an area's crosswalk: at least one entry, each a key of
/// `known` (the framework's `what`, e.g. "PTA standard"), none twice. An area
/// that names no standard could not be reported against that framework.
fn check_crosswalk(file: &str, path: &str, keys: &[String], known: &[&str], what: &str, problems: &mut Vec<String>) {
    if keys.is_empty() {
        problems.push(format!("{file}: {path} is empty; each area relates to at least one {what}"));
    }
    for (i, key) in keys.iter().enumerate() {
        if !known.contains(&key.as_str()) {
            problems.push(format!("{file}: {path}[{i}] is \"{key}\", which names no {what} (the keys are {})", known.join(", ")));
        } else if keys[..i].contains(key) {
            problems.push(format!("{file}: {path}[{i}] repeats \"{key}\"; each {what} is listed once"));
        }
    }
}

/// Empty texts, unusable keys, missing placeholders and wrong plural forms
/// in a file of texts, whose language has the plural rule `rule`.
fn check_texts(file: &str, texts: &Texts, rule: Option<PluralRule>, problems: &mut Vec<String>) {
    for (key, text) in &texts.0 {
        if !is_snake_case(key) {
            problems.push(format!("{file}: \"{key}\" is not a snake_case key (words of a-z and 0-9 joined by _)"));
        }
        let needed = PLACEHOLDERS.iter().find(|(k, _)| k == key).map_or(&[][..], |(_, names)| *names);
        match text {
            Text::Plain(text) => check_text(file, key, text, needed, problems),
            Text::Plural(forms) => {
                if let Some(rule) = rule {
                    check_forms(file, key, forms, rule, problems);
                }
                // A form the rule does not have is reported as such, and
                // its text is not checked, since it is never shown.
                let shown = |category: &str| rule.is_none_or(|rule| rule.categories().contains(&category));
                for (category, form) in forms.iter().filter(|(category, _)| shown(category)) {
                    // A form for one number only may say it in words; with
                    // the rule unknown, no form is held to {count}.
                    let exact = rule.is_none_or(|rule| rule.exact_categories().contains(&category.as_str()));
                    let count: &[&str] = if exact { &[] } else { &["count"] };
                    let needed: Vec<&str> = count.iter().chain(needed.iter().filter(|name| **name != "count")).copied().collect();
                    check_text(file, &format!("{key}.{category}"), form, &needed, problems);
                }
            }
        }
    }
}

/// An empty text, or one without a placeholder it needs; `name` is the key,
/// or the key and plural category of one form (`team_respondents.one`).
fn check_text(file: &str, name: &str, text: &str, needed: &[&str], problems: &mut Vec<String>) {
    if text.trim().is_empty() {
        problems.push(format!("{file}: {name} is empty"));
    }
    for placeholder in needed {
        if !text.contains(&format!("{{{placeholder}}}")) {
            problems.push(format!("{file}: {name} lacks the placeholder {{{placeholder}}}"));
        }
    }
}

/// A plural text must give exactly the categories its language's rule
/// distinguishes: a missing form would leave some numbers without words,
/// and an extra one would never be shown.
fn check_forms(file: &str, key: &str, forms: &[(String, String)], rule: PluralRule, problems: &mut Vec<String>) {
    let wanted = rule.categories();
    let list = wanted.join(", ");
    for category in wanted {
        if !forms.iter().any(|(c, _)| c == category) {
            problems.push(format!("{file}: {key} lacks the plural form \"{category}\" (the plural rule {} needs {list})", rule.key()));
        }
    }
    for (category, _) in forms.iter().filter(|(c, _)| !wanted.contains(&c.as_str())) {
        problems.push(format!("{file}: {key}.{category} is not a plural form of the rule {} (it needs {list})", rule.key()));
    }
}

/// Checks that `other` has exactly the keys and list lengths of `default`,
/// naming what is missing or extra by file and path.
pub fn check_same_shape(default: &Language, other: &Language) -> Vec<String> {
    let mut problems = Vec::new();
    let file = |code: &str, name: &str| format!("content/{code}/{name}");
    for (file_name, expected_texts, present_texts) in [(UI_FILE, &default.ui, &other.ui), (TOOLS_FILE, &default.tools, &other.tools)] {
        let name = file_name;
        let expected: BTreeSet<&str> = expected_texts.keys().collect();
        let present: BTreeSet<&str> = present_texts.keys().collect();
        for key in expected.difference(&present) {
            problems.push(format!("{}: {key} is missing ({} has it)", file(&other.code, name), file(&default.code, name)));
        }
        for key in present.difference(&expected) {
            problems.push(format!("{}: {key} is not in {}", file(&other.code, name), file(&default.code, name)));
        }
        // One enum per kind is generated from the default language, so a key
        // must be plural in every language or in none.
        for key in expected.intersection(&present) {
            let plural = |texts: &Texts| texts.get(key).is_some_and(Text::is_plural);
            match (plural(expected_texts), plural(present_texts)) {
                (true, false) => problems.push(format!(
                    "{}: {key} is a plain text, but plural in {}; a key is plural in every language or in none",
                    file(&other.code, name),
                    file(&default.code, name)
                )),
                (false, true) => problems.push(format!(
                    "{}: {key} is plural, but a plain text in {}; a key is plural in every language or in none",
                    file(&other.code, name),
                    file(&default.code, name)
                )),
                _ => {}
            }
            // A translation names the same values as the default language,
            // or a sentence shows a hole (one dropped) or a raw "{name}" (one
            // misspelt). `{count}` is left to `check_forms`, since a form for
            // exactly one may spell the number out.
            let named = |texts: &Texts| -> BTreeSet<String> {
                texts.get(key).map(|text| text.forms().flat_map(placeholders).filter(|name| name != "count").collect()).unwrap_or_default()
            };
            let (expected_names, present_names) = (named(expected_texts), named(present_texts));
            for name in expected_names.difference(&present_names) {
                problems.push(format!(
                    "{}: {key} lacks the placeholder {{{name}}} ({} has it)",
                    file(&other.code, file_name),
                    file(&default.code, file_name)
                ));
            }
            for name in present_names.difference(&expected_names) {
                problems.push(format!(
                    "{}: {key} has the placeholder {{{name}}}, which {} does not",
                    file(&other.code, file_name),
                    file(&default.code, file_name)
                ));
            }
        }
    }
    // The crosswalk is the frameworks' mapping, not a translation: a results
    // file carries one crosswalk whatever the language, so all agree.
    for ((area, expected), (_, present)) in default.instrument.areas.entries().into_iter().zip(other.instrument.areas.entries()) {
        if expected.crosswalk != present.crosswalk {
            problems.push(format!(
                "{}: areas.{area}.crosswalk differs from {}; the crosswalk is the same in every language",
                file(&other.code, INSTRUMENT_FILE),
                file(&default.code, INSTRUMENT_FILE)
            ));
        }
    }
    for ((path, expected), (_, present)) in default.instrument.lists().into_iter().zip(other.instrument.lists()) {
        if expected != present {
            problems.push(format!(
                "{}: {path} has {present} entries; {} has {expected}",
                file(&other.code, INSTRUMENT_FILE),
                file(&default.code, INSTRUMENT_FILE)
            ));
        }
    }
    problems
}

/// Reads and checks every language, the default one first in the result.
/// Every problem of every language is listed; a placeholder rule for a key
/// that no file has is one too, since it would check nothing.
pub fn read_all(languages: &[(&str, Sources)]) -> Result<Vec<Language>, Vec<String>> {
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for (code, sources) in languages {
        if camel_case(code).is_empty() || !code.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            problems.push(format!("content/{code}: a language folder is named by a lower-case code such as \"en\" or \"pt-br\""));
        }
        match read_language(code, *sources) {
            Ok(language) => read.push(language),
            Err(more) => problems.extend(more),
        }
    }
    match read.iter().position(|language| language.code == DEFAULT_LANGUAGE) {
        Some(index) => {
            let default = read.remove(index);
            for (key, _) in PLACEHOLDERS {
                if default.ui.get(key).is_none() && default.tools.get(key).is_none() {
                    problems.push(format!("PLACEHOLDERS names {key}, which content/{DEFAULT_LANGUAGE} does not have"));
                }
            }
            for other in &read {
                problems.extend(check_same_shape(&default, other));
            }
            read.insert(0, default);
        }
        None if languages.iter().all(|(code, _)| *code != DEFAULT_LANGUAGE) => {
            problems.push(format!("content/{DEFAULT_LANGUAGE}: the default language's folder is missing"));
        }
        // The default language's own problems are listed already.
        None => {}
    }
    if problems.is_empty() {
        Ok(read)
    } else {
        Err(problems)
    }
}

/// The names of the `{name}` placeholders in `text`, in order. The build
/// makes the default language's names the variants of `Placeholder`.
pub fn placeholders(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name)
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_owned)
        .collect()
}
