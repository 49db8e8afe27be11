//! Checks the wording of the content a US district publishes: the English
//! uses US spelling and usage and no sentence runs over 30 words, and the
//! Spanish keeps clear of the calques and ambiguous words a review found.
//! Every string of every file of the language is read, whatever its key.

// The native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

/// The English files, by name, as the build reads them.
const ENGLISH: [(&str, &str); 3] = [
    ("en/instrument.json", include_str!("../content/en/instrument.json")),
    ("en/ui.json", include_str!("../content/en/ui.json")),
    ("en/tools.json", include_str!("../content/en/tools.json")),
];

/// The Spanish files, by name.
const SPANISH: [(&str, &str); 3] = [
    ("es/instrument.json", include_str!("../content/es/instrument.json")),
    ("es/ui.json", include_str!("../content/es/ui.json")),
    ("es/tools.json", include_str!("../content/es/tools.json")),
];

/// The longest English sentence allowed, in words; a placeholder such as
/// `{area}` counts as one word.
const MOST_WORDS: usize = 30;

/// Every string value of `files` (keys are names, not text), each with its
/// file and JSON path so that a failure says where to look.
fn texts(files: &[(&str, &str)]) -> Vec<(String, String)> {
    fn walk(value: &Value, path: String, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(text) => out.push((path, text.clone())),
            Value::Array(items) => items.iter().enumerate().for_each(|(i, item)| walk(item, format!("{path}[{i}]"), out)),
            Value::Object(fields) => fields.iter().for_each(|(key, item)| walk(item, format!("{path}.{key}"), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (name, json) in files {
        let value: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"));
        walk(&value, (*name).to_owned(), &mut out);
    }
    assert!(out.len() > 300, "the walk reaches every text, not only a few: {}", out.len());
    out
}

/// Whether `text` holds `phrase` as whole words, ignoring case: "tick"
/// is found in "Tick all" but not in "ticket", "round" not in "around".
fn has_phrase(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let phrase = phrase.to_lowercase();
    text.match_indices(&phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Fails with every text of `files` that uses one of `forms`, saying what to
/// write instead.
fn assert_none_of(files: &[(&str, &str)], forms: &[&str], instead: &str) {
    let mut found = Vec::new();
    for (path, text) in texts(files) {
        for form in forms.iter().filter(|form| has_phrase(&text, form)) {
            found.push(format!("{path}: \"{form}\" in {text:?}"));
        }
    }
    assert!(found.is_empty(), "write {instead} instead:\n  {}", found.join("\n  "));
}

/// One test per entry: `name: [forms…] => "what to write instead";`, and the
/// table itself as `TABLE` for the test that each form is really found.
macro_rules! usage_table {
    ($files:expr; $($name:ident: [$($form:literal),+ $(,)?] => $instead:literal;)+) => {
        /// Every entry: its name, the forms it refuses, what to write instead.
        pub const TABLE: &[(&str, &[&str], &str)] = &[$((stringify!($name), &[$($form),+], $instead)),+];
        $(
            #[test]
            fn $name() {
                super::assert_none_of(&$files, &[$($form),+], $instead);
            }
        )+
    };
}

/// British spellings and usages, and what US English writes instead.
mod british_usage {
    usage_table! { super::ENGLISH;
        tick: ["tick", "ticks", "ticked", "ticking", "untick", "unticks", "unticked", "tickbox"] => "check, checks, checked, uncheck";
        practise: ["practise", "practises", "practised", "practising"] => "practice, practiced (the verb too)";
        colour: ["colour", "colours", "coloured", "colourful"] => "color";
        favour: ["favour", "favours", "favourite", "favourable"] => "favor, favorite";
        behaviour: ["behaviour", "behaviours", "behavioural"] => "behavior";
        honour: ["honour", "honours", "honoured", "honouring"] => "honor";
        neighbour: ["neighbour", "neighbours", "neighbourhood"] => "neighbor, neighborhood";
        labour: ["labour"] => "labor";
        grey: ["grey"] => "gray";
        centre: ["centre", "centres"] => "center";
        programme: ["programme", "programmes"] => "program";
        organise: ["organise", "organised", "organises", "organising", "organisation", "organisations"] => "organize, organization";
        realise: ["realise", "realised", "realises", "realising"] => "realize";
        recognise: ["recognise", "recognised", "recognises", "recognising"] => "recognize";
        ise_verbs: ["prioritise", "prioritised", "summarise", "summarised", "emphasise", "minimise", "apologise", "criticise", "customise", "personalise", "finalise", "publicise", "specialise"] => "the -ize spelling";
        analyse: ["analyse", "analysed", "analysing"] => "analyze";
        catalogue: ["catalogue", "catalogues"] => "catalog";
        licence: ["licence", "defence", "offence"] => "license, defense, offense";
        enrol: ["enrol", "enrols", "enrolment", "enrolments"] => "enroll, enrollment";
        double_l: ["travelled", "travelling", "cancelled", "cancelling", "labelled", "labelling", "modelled", "modelling", "counselling"] => "one l: traveled, canceled, labeled, modeled, counseling";
        judgement: ["judgement", "judgements"] => "judgment";
        learnt: ["learnt", "spelt", "dreamt", "burnt"] => "learned, spelled";
        towards: ["towards", "afterwards", "backwards", "forwards"] => "toward, afterward";
        whilst: ["whilst", "amongst"] => "while, among";
        email: ["e-mail", "e-mails"] => "email";
        round: ["the other way round", "all year round", "come round", "turn round"] => "around";
        down_to: ["down to them", "down to us", "down to you", "down to the school", "down to families", "down to parents"] => "their fault, up to us";
        agree_something: ["agree a", "agree an", "agreed a", "agree ground"] => "agree on";
        weekend: ["at the weekend", "at weekends"] => "on the weekend, on weekends";
        maths: ["maths"] => "math";
        timetable: ["timetable", "timetables"] => "schedule";
        fortnight: ["fortnight"] => "two weeks";
        headteacher: ["headteacher", "head teacher", "headmaster"] => "principal";
        school_stages: ["primary school", "secondary school", "parents' evening"] => "elementary school, middle or high school, parent-teacher conference";
        pupil: ["pupil", "pupils"] => "student";
        mum: ["mum", "mums"] => "mom";
        carry_on: ["carry on", "straight away"] => "continue, right away";
        mobile: ["mobile phone", "mobile phones"] => "cell phone";
        different_to: ["different to"] => "different from";
        make_up: ["make-up"] => "makeup, or structure";
        queue: ["queue", "queues"] => "line";
        full_stop: ["full stop", "per cent", "car park"] => "period, percent, parking lot";
        enquire: ["enquire", "enquiry", "enquiries"] => "inquire, inquiry";
    }
}

/// Calques and ambiguous words the Spanish review found, and what the
/// Spanish says instead.
mod spanish_usage {
    usage_table! { super::SPANISH;
        abogacia: ["abogacía"] => "la voz de las familias (abogacía is the legal profession)";
        creemos: ["creemos un", "creemos una"] => "generemos (creemos is also \"we believe\")";
        en_pareja: ["en pareja"] => "de dos en dos (en pareja reads as a couple)";
        herencia_cultural: ["herencia cultural"] => "las culturas de origen";
        reunidos: ["reunidos", "reunidas", "reunida"] => "del grupo, en total (for pooled)";
        tener_acceso: ["podría tener acceso"] => "cumplir los requisitos (for qualify for)";
        english_left: ["and", "New York"] => "y, Nueva York";
        ustedes: ["sigan así", "compartan", "acuerden", "empiecen", "ofrezcan", "mantengan", "precisen", "digan", "dejen claro"] => "usted, as everywhere else (siga, comparta, acuerde…)";
    }
}

#[test]
fn each_usage_is_found_as_a_whole_word_in_any_case() {
    for (table, name, forms) in british_usage::TABLE
        .iter()
        .map(|(name, forms, _)| ("British", name, forms))
        .chain(spanish_usage::TABLE.iter().map(|(name, forms, _)| ("Spanish", name, forms)))
    {
        for form in forms.iter() {
            assert!(has_phrase(&format!("Then {form}, again."), form), "{table} {name}: {form} is found");
            let capitalized = form[..1].to_uppercase() + &form[1..];
            assert!(has_phrase(&format!("{capitalized} it"), form), "{table} {name}: {capitalized} is found");
            assert!(!has_phrase(&format!("x{form}"), form), "{table} {name}: {form} is not found inside a word");
        }
    }
    assert!(!has_phrase("Buy a ticket.", "tick") && !has_phrase("the other way around", "the other way round"));
}

/// The sentences of `text`: a sentence ends at `.`, `!`, `?` or `…`
/// (with any closing quote or bracket) before a space or the end, but not
/// at a person's initial ("Anne T. Henderson").
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') || (c == '.' && is_initial(text[start..at].split_whitespace().last())) {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if !matches!(next, '"' | '”' | '’' | ')' | '»') {
                break;
            }
            end = next_at + next.len_utf8();
            chars.next();
        }
        if text[end..].chars().next().is_none_or(char::is_whitespace) {
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|sentence| !sentence.is_empty());
    out
}

/// Whether `word`, just before a full stop, is one capital letter.
fn is_initial(word: Option<&str>) -> bool {
    word.is_some_and(|word| word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// The words of a sentence: runs between spaces that hold a letter, a digit
/// or a placeholder, so "{area}:" is one word and "–" none.
fn words(sentence: &str) -> usize {
    sentence.split_whitespace().filter(|word| word.chars().any(|c| c.is_alphanumeric() || c == '{')).count()
}

#[test]
fn sentences_end_at_their_stop_and_placeholders_are_one_word() {
    assert_eq!(
        sentences("Press Ctrl+C (or Cmd+C). Choose “Not sure.” Then {count} areas: done! Is #1f5f8b.ok? Yes…"),
        ["Press Ctrl+C (or Cmd+C).", "Choose “Not sure.”", "Then {count} areas: done!", "Is #1f5f8b.ok?", "Yes…"]
    );
    assert_eq!(sentences("By Anne T. Henderson and Karen L. Mapp. Done."), ["By Anne T. Henderson and Karen L. Mapp.", "Done."]);
    assert_eq!(sentences("A caption with no stop"), ["A caption with no stop"]);
    assert_eq!(words("{area}: from {from} to {to} – (1–4)"), 6);
}

#[test]
fn no_english_sentence_is_over_thirty_words() {
    let long: Vec<String> = texts(&ENGLISH)
        .iter()
        .flat_map(|(path, text)| {
            sentences(text).into_iter().filter(|s| words(s) > MOST_WORDS).map(move |s| format!("{path} ({} words): {s}", words(s)))
        })
        .collect();
    assert!(long.is_empty(), "sentences over {MOST_WORDS} words:\n  {}", long.join("\n  "));
}
