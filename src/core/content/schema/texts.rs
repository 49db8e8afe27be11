//! The files of UI texts (`ui.json`, `tools.json`) and the plural rules a
//! language may declare for them.
//!
//! A text is either one string or an object of plural forms, one per CLDR
//! plural category its language's rule distinguishes, so that each language
//! decides its own grammar for a sentence with a number in it.
//!
//! Like its parent, this file may use only `std`, `serde`, `serde_json` and
//! `serde_path_to_error`, because `build.rs` compiles it too.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// How a language chooses between the plural forms of a text, named after
/// the CLDR plural rules (<https://cldr.unicode.org/index/cldr-spec/plural-rules>).
/// A language declares one as `plural_rule` in its `instrument.json`; a new
/// rule is a new variant here, in `core::content::PluralRule`, and in the
/// test that checks the two agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PluralRule {
    /// CLDR "one" for exactly 1 and "other" for every other number, as in
    /// English and Spanish. Written `"one_other"`.
    OneOther,
    /// No plural distinction: CLDR "other" for every number, as in Japanese
    /// or Chinese. Written `"other"`.
    Other,
}

impl PluralRule {
    /// The CLDR categories a plural text of this rule must give, in order.
    pub fn categories(self) -> &'static [&'static str] {
        match self {
            PluralRule::OneOther => &["one", "other"],
            PluralRule::Other => &["other"],
        }
    }

    /// The categories that stand for exactly one number, whose forms may
    /// say that number in words ("one", "a") instead of `{count}`. CLDR's
    /// "one" is exactly 1 in English and Spanish, but not in every language
    /// (Russian's "one" also covers 21), so this belongs to the rule.
    pub fn exact_categories(self) -> &'static [&'static str] {
        match self {
            PluralRule::OneOther => &["one"],
            PluralRule::Other => &[],
        }
    }

    /// The name in the JSON files, e.g. `one_other`.
    pub fn key(self) -> &'static str {
        match self {
            PluralRule::OneOther => "one_other",
            PluralRule::Other => "other",
        }
    }

    /// The name of the variant, which `build.rs` writes as
    /// `core::content::PluralRule::<variant>`.
    pub fn variant(self) -> &'static str {
        match self {
            PluralRule::OneOther => "OneOther",
            PluralRule::Other => "Other",
        }
    }

    /// Every rule, for the test that checks the core's copy.
    pub const ALL: [PluralRule; 2] = [PluralRule::OneOther, PluralRule::Other];
}

/// One UI text: a string, or an object of plural forms by CLDR category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A text without plural forms.
    Plain(String),
    /// The forms of a text with a number in it, in file order, by category
    /// (e.g. `[("one", "{count} line"), ("other", "{count} lines")]`).
    Plural(Vec<(String, String)>),
}

impl Text {
    /// Whether this is a text of plural forms.
    pub fn is_plural(&self) -> bool {
        matches!(self, Text::Plural(_))
    }

    /// Every form's text: the one text of a plain text.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        let (plain, plural) = match self {
            Text::Plain(text) => (Some(text.as_str()), &[][..]),
            Text::Plural(forms) => (None, forms.as_slice()),
        };
        plain.into_iter().chain(plural.iter().map(|(_, text)| text.as_str()))
    }

    /// The form of `category`, or the plain text whatever the category;
    /// `None` when a plural text lacks that form.
    pub fn form(&self, category: &str) -> Option<&str> {
        match self {
            Text::Plain(text) => Some(text),
            Text::Plural(forms) => forms.iter().find(|(c, _)| c == category).map(|(_, text)| text.as_str()),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or an object of plural forms such as {\"one\": …, \"other\": …}")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text::Plain(text.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                entries(map, "plural form").map(Text::Plural)
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

/// The entries of a JSON object in file order, refusing a key given twice,
/// where a map would silently keep the last.
fn entries<'de, A: MapAccess<'de>, T: Deserialize<'de>>(mut map: A, what: &str) -> Result<Vec<(String, T)>, A::Error> {
    let mut entries: Vec<(String, T)> = Vec::new();
    while let Some((key, value)) = map.next_entry::<String, T>()? {
        if entries.iter().any(|(k, _)| *k == key) {
            return Err(serde::de::Error::custom(format!("the {what} \"{key}\" appears twice")));
        }
        entries.push((key, value));
    }
    Ok(entries)
}

/// A file of UI texts: one object of `"key": text`, in file order.
#[derive(Debug, Default)]
pub struct Texts(pub Vec<(String, Text)>);

impl Texts {
    /// The text of `key`, if the file has it.
    pub fn get(&self, key: &str) -> Option<&Text> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, text)| text)
    }

    /// Every key, in file order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| key.as_str())
    }

    /// The keys of plain texts (`plural == false`) or of plural texts, in
    /// file order.
    pub fn keys_of(&self, plural: bool) -> impl Iterator<Item = &str> {
        self.0.iter().filter(move |(_, text)| text.is_plural() == plural).map(|(key, _)| key.as_str())
    }
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Texts, D::Error> {
        struct TextsVisitor;

        impl<'de> Visitor<'de> for TextsVisitor {
            type Value = Texts;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Texts, A::Error> {
                entries(map, "key").map(Texts)
            }
        }

        deserializer.deserialize_map(TextsVisitor)
    }
}
