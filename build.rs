//! Reads every language folder under `content/` at build time, checks it
//! with the schema shared with the tests (`src/core/content/schema/`), and
//! generates typed, `&'static` Rust data into `OUT_DIR/content.rs`, which
//! `src/core/content/mod.rs` includes. Adding a language is adding a folder
//! of data files; a broken file fails the build with every problem named by
//! file and JSON path.

use std::fmt::Write as _;
use std::{env, fs, path::Path, process};

// The build calls only part of the schema (the tests call the rest), so the
// unused items and re-exports are expected here.
#[allow(dead_code, unused_imports)]
#[path = "src/core/content/schema/mod.rs"]
mod schema;

use schema::{camel_case, Language, Sources, Text, Texts};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=src/core/content/schema");
    let mut codes: Vec<String> = match fs::read_dir(&root) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.path().is_dir())
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect(),
        Err(error) => fail(&[format!("content/: cannot be read ({error})")]),
    };
    codes.sort();
    // Each file's text, or `None` when it is missing, which the schema
    // reports with the other problems.
    let texts: Vec<[Option<String>; 3]> = codes
        .iter()
        .map(|code| {
            [schema::INSTRUMENT_FILE, schema::UI_FILE, schema::TOOLS_FILE].map(|file| {
                let path = root.join(code).join(file);
                println!("cargo:rerun-if-changed={}", path.display());
                fs::read_to_string(path).ok()
            })
        })
        .collect();
    let inputs: Vec<(&str, Sources)> = codes
        .iter()
        .zip(&texts)
        .map(|(code, [instrument, ui, tools])| {
            (code.as_str(), Sources { instrument: instrument.as_deref(), ui: ui.as_deref(), tools: tools.as_deref() })
        })
        .collect();
    let languages = schema::read_all(&inputs).unwrap_or_else(|problems| fail(&problems));
    let family_sources: Vec<Option<String>> = codes
        .iter()
        .map(|code| {
            let path = root.join(code).join(schema::family::FAMILY_FILE);
            println!("cargo:rerun-if-changed={}", path.display());
            fs::read_to_string(path).ok()
        })
        .collect();
    let family_inputs: Vec<(&str, Option<&str>)> =
        codes.iter().zip(&family_sources).map(|(code, source)| (code.as_str(), source.as_deref())).collect();
    let families = schema::family::read_family(&family_inputs).unwrap_or_else(|problems| fail(&problems));
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    let mut out = generate(&languages);
    family(&mut out, &families);
    let _ = writeln!(
        out,
        "/// A fingerprint of everything the language files are made from, which their names carry (`lang/<code>.<version>.json`)."
    );
    let _ = writeln!(out, "pub const FILES_VERSION: &str = \"{:016x}\";", files_version(&texts));
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The code that turns content into language files: its source is part of
/// their fingerprint, so a change in how the files are written renames them.
const FILE_WRITERS: [&str; 2] = ["src/core/content/language_file.rs", "src/core/content/pseudo.rs"];

/// A fingerprint of the language files' inputs: every content file's text
/// and the source of the code that writes them. The files are named by it,
/// so a page only ever fetches the files written from the same content as
/// its bundle, and a host may cache them for a year (README, "Deploying").
/// The bundle knows the name without a manifest: both it and the exporter
/// are built from this same fingerprint.
fn files_version(texts: &[[Option<String>; 3]]) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    texts.hash(&mut hasher);
    for file in FILE_WRITERS {
        println!("cargo:rerun-if-changed={file}");
        fs::read_to_string(file).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}

/// The families' check-in texts: the `FamilyKey` enum, every real
/// language's table (the family page carries them all, natively and in
/// WebAssembly alike: they are small, and the page then reads no language
/// file), and the keys the page names by area, school type, item, barrier,
/// suggestion and agreement point, each checked present by `read_family`.
fn family(out: &mut String, families: &[(String, schema::family::FamilyTexts)]) {
    use schema::family::{statement_key, FAMILY_BARRIERS, FAMILY_ITEMS, FAMILY_SUGGESTIONS};
    let default = &families[0].1;
    let documented: Vec<(String, String)> = default.0.clone();
    keys(out, "FamilyKey", "name", "A text of the families' check-in (`family.json`), named by its key there.", &documented);
    let _ = writeln!(out, "/// Every real language's family texts, in the order of `FAMILY_LANGUAGES`.");
    let _ = writeln!(out, "static FAMILY_TEXTS: [[&str; FamilyKey::COUNT]; {}] = [", families.len());
    for (_, texts) in families {
        let row: Vec<String> = default.0.iter().map(|(key, _)| format!("{:?}", texts.get(key).unwrap_or_default())).collect();
        let _ = writeln!(out, "[{}],", row.join(", "));
    }
    out.push_str("];\n\n");
    let languages: Vec<String> = families.iter().map(|(code, _)| format!("Language::{}", camel_case(code))).collect();
    let _ = writeln!(out, "/// The languages of `FAMILY_TEXTS`, the default first.");
    let _ = writeln!(out, "static FAMILY_LANGUAGES: [Language; {}] = [{}];\n", families.len(), languages.join(", "));
    let variant = |key: String| format!("FamilyKey::{}", camel_case(&key));
    let listed = |keys: Vec<String>| keys.into_iter().map(variant).collect::<Vec<_>>().join(", ");
    let areas = schema::PerArea::<()>::KEYS;
    let levels = schema::PerLevel::<()>::KEYS;
    let statements: Vec<String> =
        areas.iter().map(|area| format!("[{}]", listed(levels.iter().map(|level| statement_key(area, level)).collect()))).collect();
    let tables: [(&str, &str, usize, String); 7] = [
        ("FAMILY_AREA_TITLES", "Each area's title, in `Area` order.", 5, listed(areas.iter().map(|a| format!("area_{a}_title")).collect())),
        (
            "FAMILY_AREA_QUESTIONS",
            "Each area's question, in `Area` order.",
            5,
            listed(areas.iter().map(|a| format!("area_{a}_question")).collect()),
        ),
        ("FAMILY_ITEMS", "Each agreement item, in `Item` order.", 8, listed(FAMILY_ITEMS.iter().map(|i| format!("item_{i}")).collect())),
        (
            "FAMILY_BARRIERS",
            "Each barrier, in `FamilyBarrier` order.",
            7,
            listed(FAMILY_BARRIERS.iter().map(|b| format!("barrier_{b}")).collect()),
        ),
        (
            "FAMILY_SUGGESTIONS",
            "Each suggestion, in `Suggestion` order.",
            8,
            listed(FAMILY_SUGGESTIONS.iter().map(|s| format!("suggest_{s}")).collect()),
        ),
        ("FAMILY_AGREEMENT", "Each agreement point, lowest first.", 5, listed((1..=5).map(|p| format!("agree_{p}")).collect())),
        ("FAMILY_STATEMENTS", "Each area's statement per school type, in `Area` then `Level` order.", 5, statements.join(", ")),
    ];
    for (name, doc, count, items) in tables {
        let kind = if name == "FAMILY_STATEMENTS" { "[FamilyKey; 4]" } else { "FamilyKey" };
        let _ = writeln!(out, "/// {doc}\nstatic {name}: [{kind}; {count}] = [{items}];\n");
    }
}

/// Stops the build, listing every problem.
fn fail(problems: &[String]) -> ! {
    eprintln!("The content files have {} problem(s):", problems.len());
    for problem in problems {
        eprintln!("  {problem}");
    }
    process::exit(1);
}

/// The generated Rust source. `languages[0]` is the default language, whose
/// keys name the enums; `schema::read_all` has checked that every other
/// language has the same keys, so every table lines up with its enum.
fn generate(languages: &[Language]) -> String {
    let default = &languages[0];
    let mut out = String::from("// Generated by build.rs from content/; do not edit.\n\n");
    let ui_plain = documented(&default.ui, false);
    let ui_plural = documented(&default.ui, true);
    let tools_plain = documented(&default.tools, false);
    let tools_plural = documented(&default.tools, true);
    keys(&mut out, "Key", "name", "A text of the self-check (`ui.json`), named by its key there.", &ui_plain);
    keys(
        &mut out,
        "PluralKey",
        "name",
        "A plural text of the self-check (`ui.json`), named by its key there; read with `Content::ui_count`.",
        &ui_plural,
    );
    keys(&mut out, "ToolsKey", "name", "A text only the tools page shows (`tools.json`), named by its key there.", &tools_plain);
    keys(
        &mut out,
        "ToolsPluralKey",
        "name",
        "A plural text only the tools page shows (`tools.json`); read with `Content::tools_count`.",
        &tools_plural,
    );
    // The placeholders of every text, so that a view names one by a variant
    // and a misspelt name does not compile; every language has the same
    // ones per key (`read_all` checked), so the default language's are all.
    let names: std::collections::BTreeSet<String> = [&default.ui, &default.tools]
        .into_iter()
        .flat_map(|texts| texts.0.iter().map(|(_, text)| text))
        .flat_map(Text::forms)
        .flat_map(schema::placeholders)
        .collect();
    let names: Vec<(String, String)> = names.into_iter().map(|name| (name, String::new())).collect();
    keys(&mut out, "Placeholder", "name", "A `{name}` placeholder of the texts, filled by `fill` and `Content::ui_with`.", &names);
    // Every language folder, then the pseudo-locales made from the default
    // language, which the language switch does not offer.
    let mut codes: Vec<(String, String)> = languages.iter().map(|l| (l.code.clone(), String::new())).collect();
    codes.extend(PSEUDO_LOCALES.iter().map(|(code, ..)| ((*code).to_owned(), String::new())));
    keys(
        &mut out,
        "Language",
        "code",
        "A language of the widget: a folder under `content/`, or a pseudo-locale made from the default language.",
        &codes,
    );
    let _ = writeln!(out, "/// The code of the language every widget falls back to.");
    let _ = writeln!(out, "pub const DEFAULT_LANGUAGE: &str = {:?};\n", schema::DEFAULT_LANGUAGE);
    let _ = writeln!(out, "impl Language {{\n    /// The language every widget falls back to, and the one its bundles carry.\n    pub const DEFAULT: Language = Language::{};\n}}\n", camel_case(&default.code));
    let _ = writeln!(out, "/// What the widget knows of each language before loading it, in the order of `Language::ALL`.");
    let _ = writeln!(out, "static LANGUAGE_INFO: [LanguageInfo; {}] = [", codes.len());
    for language in languages {
        let _ = writeln!(
            out,
            "LanguageInfo {{ name: {:?}, direction: Direction::{}, plural_rule: PluralRule::{}, pseudo: None }},",
            language.instrument.language_name,
            language.instrument.direction.variant(),
            language.instrument.plural_rule.variant()
        );
    }
    for (_, name, direction, pseudo) in PSEUDO_LOCALES {
        let _ = writeln!(out, "LanguageInfo {{ name: {name:?}, direction: Direction::{direction}, plural_rule: PluralRule::{}, pseudo: Some(Pseudo::{pseudo}) }},",
            default.instrument.plural_rule.variant());
    }
    out.push_str("];\n\n");
    let _ = writeln!(out, "/// A fingerprint of the texts' layout (every key, plural or not, and every list's length), which a language file must carry to be read.");
    let _ = writeln!(out, "pub const CONTENT_SHAPE: &str = \"{:x}\";\n", shape(default));
    // The WebAssembly bundles carry the default language only, and load any
    // other from its language file when someone chooses it
    // (docs/languages.md); native builds, which the tests and the language files'
    // exporter are, carry every folder.
    let compiled: Vec<&Language> = match env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("wasm32") => vec![default],
        _ => languages.iter().collect(),
    };
    let _ = writeln!(out, "/// The compiled-in languages' self-check content.");
    let _ = writeln!(out, "static CONTENTS: [Content; {}] = [", compiled.len());
    for (row, language) in compiled.iter().enumerate() {
        let _ = writeln!(out, "Content {{ language: Language::{}, instrument: {}, plural_rule: PluralRule::{}, ui: {}, ui_plural: {}, tools: ToolsTexts::Table({row}) }},",
            camel_case(&language.code), instrument(&language.instrument), language.instrument.plural_rule.variant(),
            texts(&ui_plain, &language.ui), plurals(&ui_plural, &language.ui));
    }
    out.push_str("];\n\n");
    let _ = writeln!(out, "/// What each area relates to in the PTA standards and Epstein's types, in the");
    let _ = writeln!(out, "/// frameworks' order; the same in every language (checked by `read_all`).");
    let _ = writeln!(out, "pub static CROSSWALK: ByArea<Crosswalk> = ByArea([{}]);\n", crosswalk(&default.instrument));
    let _ = writeln!(out, "/// Every language's tools-only texts, in the order of `Language::ALL`. Only");
    let _ = writeln!(out, "/// `Content::tools` reads this table, so a bundle that never calls it drops it.");
    let _ = writeln!(out, "static TOOLS_TEXTS: [[&str; ToolsKey::COUNT]; {}] = [", compiled.len());
    for language in &compiled {
        let _ = writeln!(out, "{},", texts(&tools_plain, &language.tools));
    }
    out.push_str("];\n\n");
    let _ = writeln!(out, "/// Every language's tools-only plural texts; only `Content::tools_count` reads it.");
    let _ = writeln!(out, "static TOOLS_PLURALS: [[PluralText; ToolsPluralKey::COUNT]; {}] = [", compiled.len());
    for language in &compiled {
        let _ = writeln!(out, "{},", plurals(&tools_plural, &language.tools));
    }
    out.push_str("];\n");
    out
}

/// The pseudo-locales: code, name, direction and `core::content::Pseudo`
/// variant. Their codes are the ones Android and Chromium use for the same
/// purpose; their texts are the default language's, made longer or
/// mirrored by `core::content::pseudo` when the language files are written.
const PSEUDO_LOCALES: &[(&str, &str, &str, &str)] =
    &[("en-XA", "en-XA (pseudo-locale)", "Ltr", "Longer"), ("ar-XB", "ar-XB (pseudo-locale)", "Rtl", "RightToLeft")];

/// A fingerprint of the default language's layout: every key of `ui.json`
/// and `tools.json` with whether it is plural, and every list's length. A
/// language file written for another layout would put texts in the wrong
/// places, so the widget refuses one whose fingerprint differs. The hasher
/// is std's with its fixed keys: the bundle and the exporter are built by
/// the same compiler in the same build, which is all that must agree.
fn shape(default: &Language) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    for texts in [&default.ui, &default.tools] {
        for key in texts.keys() {
            (key, texts.get(key).is_some_and(Text::is_plural)).hash(&mut hasher);
        }
    }
    default.instrument.lists().hash(&mut hasher);
    hasher.finish()
}

/// The plain (`plural == false`) or plural keys of `texts`, each with the
/// default language's text (its "other" form for a plural) as its doc.
fn documented(texts: &Texts, plural: bool) -> Vec<(String, String)> {
    texts
        .0
        .iter()
        .filter(|(_, text)| text.is_plural() == plural)
        .map(|(key, text)| (key.clone(), text.form("other").unwrap_or_default().to_owned()))
        .collect()
}

/// One `keyed_texts!` invocation: an enum named `name` with a variant per key
/// of `texts`, documented by the default language's text.
fn keys(out: &mut String, name: &str, accessor: &str, doc: &str, texts: &[(String, String)]) {
    // An enum without variants cannot be declared by the macro, and a table
    // of a language that has no plural texts yet still needs its enum.
    if texts.is_empty() {
        let _ =
            writeln!(out, "#[doc = {doc:?}]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum {name} {{}}\n");
        let _ = writeln!(out, "impl {name} {{\n    /// How many there are.\n    pub const COUNT: usize = 0;\n    /// Every variant, in file order.\n    pub const ALL: [{name}; 0] = [];\n");
        let _ = writeln!(
            out,
            "    /// The key in the content file.\n    pub fn {accessor}(self) -> &'static str {{\n        match self {{}}\n    }}\n}}\n"
        );
        return;
    }
    let _ = writeln!(out, "keyed_texts! {{\n    #[doc = {doc:?}]\n    {name}, {accessor}, [");
    for (key, text) in texts {
        if !text.is_empty() {
            let _ = writeln!(out, "        #[doc = {:?}]", format!("`{key}`: \"{text}\""));
        }
        let _ = writeln!(out, "        {} => {key:?},", camel_case(key));
    }
    out.push_str("    ]\n}\n\n");
}

/// A table of plain texts in the order of `order` (the default language's
/// keys).
fn texts(order: &[(String, String)], language: &Texts) -> String {
    // Every key is present and of the same kind: read_all checked the keys
    // against the default language.
    let items: Vec<String> =
        order.iter().map(|(key, _)| format!("{:?}", language.get(key).and_then(|text| text.form("other")).unwrap_or_default())).collect();
    format!("[{}]", items.join(", "))
}

/// A table of plural texts in the order of `order`, each form tagged with
/// its `PluralCategory`.
fn plurals(order: &[(String, String)], language: &Texts) -> String {
    let items: Vec<String> = order
        .iter()
        .map(|(key, _)| {
            let forms = match language.get(key) {
                Some(Text::Plural(forms)) => {
                    forms.iter().map(|(category, text)| format!("(PluralCategory::{}, {text:?})", camel_case(category))).collect()
                }
                _ => Vec::new(),
            };
            format!("PluralText(&[{}])", forms.join(", "))
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// A list of texts as an array expression.
fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| format!("{item:?}")).collect();
    format!("[{}]", items.join(", "))
}

/// `instrument.json` as a Rust expression of `core::content::Instrument`.
fn instrument(i: &schema::Instrument) -> String {
    let each = |parts: Vec<String>| parts.join(", ");
    let levels = each(
        i.levels
            .entries()
            .into_iter()
            .map(|(_, t)| {
                format!(
                    "LevelText {{ name: {:?}, name_with_article: {:?}, short_name: {:?}, label: {:?}, stance: {:?} }}",
                    t.name, t.name_with_article, t.short_name, t.label, t.stance
                )
            })
            .collect(),
    );
    let areas = each(
        i.areas
            .entries()
            .into_iter()
            .map(|(_, t)| {
                let practices = each(t.practices.entries().into_iter().map(|(_, p)| format!("&{}", list(p))).collect());
                format!(
                    "AreaText {{ title: {:?}, summary: {:?}, question: {:?}, practices: ByLevel([{practices}]) }}",
                    t.title, t.summary, t.question
                )
            })
            .collect(),
    );
    let beliefs = each(
        i.beliefs
            .entries()
            .into_iter()
            .map(|(_, t)| format!("BeliefText {{ statement: {:?}, explanation: {:?} }}", t.statement, t.explanation))
            .collect(),
    );
    let scales = each(
        i.belief_scales
            .entries()
            .into_iter()
            .map(|(_, t)| format!("ScaleText {{ question: {:?}, points: {} }}", t.question, list(&t.points)))
            .collect(),
    );
    let barriers = each(i.barriers.entries().into_iter().map(|(_, t)| format!("{t:?}")).collect());
    let pta = each(i.pta_standards.entries().into_iter().map(|(_, t)| format!("{t:?}")).collect());
    let epstein = each(i.epstein_types.entries().into_iter().map(|(_, t)| format!("{t:?}")).collect());
    let about = format!(
        "AboutText {{ heading: {:?}, paragraphs: &{}, citation: {:?} }}",
        i.about.heading,
        list(&i.about.paragraphs),
        i.about.citation
    );
    format!(
        "Instrument {{ levels: ByLevel([{levels}]), areas: ByArea([{areas}]), beliefs: ByBelief([{beliefs}]), \
         belief_scales: ByScale([{scales}]), barriers: ByBarrier([{barriers}]), \
         pta_standards: ByPtaStandard([{pta}]), epstein_types: ByEpsteinType([{epstein}]), about: {about} }}"
    )
}

/// Every area's crosswalk as the items of a `ByArea<Crosswalk>`. The keys
/// were checked by the schema, so each names a variant of the model's enum;
/// they are listed in the framework's order (that of `KEYS`), whatever order
/// the file gives, so that every reader sees standard 1 before standard 2.
fn crosswalk(i: &schema::Instrument) -> String {
    let variants = |enum_name: &str, keys: &[String], order: &[&str]| {
        let sorted = order.iter().filter(|key| keys.iter().any(|k| k == *key));
        let items: Vec<String> = sorted.map(|key| format!("{enum_name}::{}", camel_case(key))).collect();
        format!("&[{}]", items.join(", "))
    };
    let areas: Vec<String> = i
        .areas
        .entries()
        .into_iter()
        .map(|(_, t)| {
            format!(
                "Crosswalk {{ pta_standards: {}, epstein_types: {} }}",
                variants("PtaStandard", &t.crosswalk.pta, schema::PerPtaStandard::<()>::KEYS),
                variants("EpsteinType", &t.crosswalk.epstein, schema::PerEpsteinType::<()>::KEYS)
            )
        })
        .collect();
    areas.join(", ")
}
