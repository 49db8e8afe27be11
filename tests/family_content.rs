//! The families' check-in texts (`content/<language>/family.json`): plain
//! English at grade 6 or below by Flesch–Kincaid, Spanish that speaks to
//! the family as "usted", and a validator that names each problem of a
//! broken file.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::family::family_text;
use partnership_selfcheck::core::content::schema::family::read_family;
use partnership_selfcheck::core::content::{FamilyKey, Language};

/// The English and Spanish files, read straight from disk for the
/// broken-file tests.
const EN: &str = include_str!("../content/en/family.json");
const ES: &str = include_str!("../content/es/family.json");

/// The highest Flesch–Kincaid grade a family text may have.
const MAX_GRADE: f64 = 6.0;

/// Texts with fewer words than this are labels ("Strongly disagree"), for
/// which a grade formula means little; each of their words must have at
/// most [`MAX_LABEL_SYLLABLES`] syllables instead.
const MIN_WORDS_FOR_GRADE: usize = 6;

/// The most syllables a word of a label may have.
const MAX_LABEL_SYLLABLES: usize = 3;

/// The syllables of an English word, by a common heuristic: groups of
/// vowels, less a silent final "e", "-ed" or "-es". It is a test's
/// estimate, not a dictionary, and errs by a syllable on some words.
fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in word.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous {
            count += 1;
        }
        previous = is_vowel;
    }
    let silent = (word.ends_with('e') && !word.ends_with("le") && !word.ends_with("ee"))
        || (word.ends_with("ed") && !word.ends_with("ted") && !word.ends_with("ded"))
        || (word.ends_with("es") && !["ses", "zes", "ches", "shes", "ges", "ces", "xes"].iter().any(|end| word.ends_with(end)));
    if silent && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// The words of a text: runs of letters, apostrophes and hyphens.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '/').filter(|word| word.chars().any(|c| c.is_alphabetic())).collect()
}

/// The Flesch–Kincaid grade of a text: 0.39 × words per sentence + 11.8 ×
/// syllables per word − 15.59.
fn grade(text: &str) -> f64 {
    let words = words(text);
    let sentences = text.split(['.', '!', '?', ':']).filter(|part| part.chars().any(|c| c.is_alphabetic())).count().max(1);
    let syllables: usize = words.iter().map(|word| syllables(word)).sum();
    0.39 * words.len() as f64 / sentences as f64 + 11.8 * syllables as f64 / words.len().max(1) as f64 - 15.59
}

#[test]
fn the_syllable_counter_agrees_with_the_dictionary_on_common_words() {
    let known = [("school", 1), ("family", 3), ("teacher", 2), ("welcome", 2), ("together", 3), ("notes", 1), ("asked", 1), ("table", 2)];
    for (word, count) in known {
        assert_eq!(syllables(word), count, "{word}");
    }
    assert!(grade("The cat sat on the mat.") < 1.0);
    assert!(grade("Institutional responsibilities necessitate comprehensive consideration.") > 12.0);
}

#[test]
fn every_english_family_text_reads_at_grade_six_or_below() {
    let text = family_text(Language::DEFAULT);
    let mut problems = Vec::new();
    let mut all = String::new();
    for key in FamilyKey::ALL {
        let sentence = text.get(key);
        all.push_str(sentence);
        all.push_str(if sentence.ends_with(['.', '!', '?']) { " " } else { ". " });
        if words(sentence).len() < MIN_WORDS_FOR_GRADE {
            for word in words(sentence) {
                if syllables(word) > MAX_LABEL_SYLLABLES {
                    problems.push(format!("{}: the label's word {word:?} is long", key.name()));
                }
            }
        } else if grade(sentence) > MAX_GRADE {
            problems.push(format!("{}: grade {:.1}: {sentence}", key.name(), grade(sentence)));
        }
    }
    assert!(problems.is_empty(), "texts above grade {MAX_GRADE}:\n  {}", problems.join("\n  "));
    assert!(grade(&all) <= MAX_GRADE - 1.0, "the whole check-in reads at grade {:.1}", grade(&all));
}

#[test]
fn spanish_speaks_to_the_family_as_usted_and_names_su_hijo_o_hija() {
    let text = family_text(Language::from_code("es").expect("Spanish is a language"));
    for key in FamilyKey::ALL {
        let sentence = text.get(key).to_lowercase();
        for familiar in [" tú ", " tu ", " tus ", "¿tienes", "puedes", "quieres", "sabes"] {
            assert!(!format!(" {sentence} ").contains(familiar), "{}: {familiar:?} in {sentence}", key.name());
        }
        // A child is always "hijo o hija", never one of the two alone.
        for (at, _) in sentence.match_indices("hijo") {
            let rest = &sentence[at..];
            assert!(rest.starts_with("hijo o hija") || rest.starts_with("hijos"), "{}: {sentence}", key.name());
        }
    }
    assert!(text.get(FamilyKey::SuggestAskHowMyChildIsDoing).contains("su hijo o hija"));
    assert!(text.get(FamilyKey::IntroPrivate).contains("Usted"));
}

/// The English file with one key's text replaced, or removed when `None`.
fn en_with(key: &str, text: Option<&str>) -> String {
    let mut map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(EN).expect("en/family.json is JSON");
    match text {
        Some(text) => map.insert(key.to_owned(), text.into()),
        None => map.remove(key),
    };
    serde_json::to_string(&map).expect("serializes")
}

#[test]
fn both_files_read_and_a_broken_file_is_refused_with_each_problem_named() {
    assert!(read_family(&[("en", Some(EN)), ("es", Some(ES))]).is_ok());
    let missing = en_with("statement_sharing_power_fortress", None);
    let problems = read_family(&[("en", Some(&missing))]).expect_err("a statement is missing");
    assert_eq!(problems, ["content/en/family.json: statement_sharing_power_fortress is missing"]);
    let extra = en_with("surprise", Some("Hello."));
    let problems = read_family(&[("en", Some(EN)), ("es", Some(&extra.replace("Hello.", "Hola.")))]).expect_err("a key only Spanish has");
    assert_eq!(problems, ["content/es/family.json: surprise is not a key of content/en/family.json"]);
    let dropped = ES.replace("{school}", "la escuela");
    let problems = read_family(&[("en", Some(EN)), ("es", Some(&dropped))]).expect_err("the placeholder is dropped");
    assert_eq!(problems, ["content/es/family.json: intro_heading_school must have the placeholders [\"school\"], as in en"]);
    let empty = en_with("start", Some(" "));
    assert_eq!(read_family(&[("en", Some(&empty))]).expect_err("empty"), ["content/en/family.json: start is empty"]);
    let placeholder = en_with("start", Some("Start {count}"));
    assert_eq!(read_family(&[("en", Some(&placeholder))]).expect_err("placeholder").len(), 1);
    let repeated = EN.replacen("\"start\": \"Start\",", "\"start\": \"Start\", \"start\": \"Go\",", 1);
    assert!(read_family(&[("en", Some(&repeated))]).expect_err("repeated")[0].contains("repeated"));
    assert_eq!(read_family(&[("en", Some(EN)), ("es", None)]).expect_err("missing file"), ["content/es/family.json: the file is missing"]);
}
