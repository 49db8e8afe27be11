//! Why a setting of the embed configuration was ignored or corrected, typed,
//! so that the words come from the content like every other sentence.

use super::colour::{Ratio, Rgb};
use super::{MAX_NAME_CHARS, MIN_TEAM};
use crate::core::content::Key;
use crate::core::content::Placeholder;

/// One ignored or corrected setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// `name=` with nothing in it.
    EmptyName,
    /// A name longer than [`MAX_NAME_CHARS`].
    NameTooLong { chars: usize },
    /// An accent too light for white text, replaced by a darker one.
    AccentDarkened { given: Rgb, used: Rgb },
    /// `accent=` that is not a colour.
    NotAColour { value: String },
    /// `lang=` naming a language that is not compiled in.
    UnknownLanguage { value: String, available: String },
    /// An on/off setting with another value.
    NotOnOrOff { key: String, value: String },
    /// `min_team=` below the privacy threshold.
    TeamTooSmall { value: String },
    /// A number setting that is not a whole number.
    NotANumber { key: String, value: String },
    /// A setting with a value outside its choices.
    NotOneOf { key: String, value: String, choices: &'static str },
    /// A setting this widget does not have.
    UnknownSetting { key: String, value: String },
}

impl Warning {
    /// The UI text that explains the warning.
    pub fn message_key(&self) -> Key {
        match self {
            Warning::EmptyName => Key::ConfigEmptyName,
            Warning::NameTooLong { .. } => Key::ConfigNameTooLong,
            Warning::AccentDarkened { .. } => Key::ConfigAccentDarkened,
            Warning::NotAColour { .. } => Key::ConfigNotAColour,
            Warning::UnknownLanguage { .. } => Key::ConfigUnknownLanguage,
            Warning::NotOnOrOff { .. } => Key::ConfigNotOnOrOff,
            Warning::TeamTooSmall { .. } => Key::ConfigTeamTooSmall,
            Warning::NotANumber { .. } => Key::ConfigNotANumber,
            Warning::NotOneOf { .. } => Key::ConfigNotOneOf,
            Warning::UnknownSetting { .. } => Key::ConfigUnknownSetting,
        }
    }

    /// The values for the text's placeholders.
    pub fn values(&self) -> Vec<(Placeholder, String)> {
        match self {
            Warning::EmptyName => vec![],
            Warning::NameTooLong { chars } => vec![(Placeholder::Chars, chars.to_string()), (Placeholder::Max, MAX_NAME_CHARS.to_string())],
            Warning::AccentDarkened { given, used } => vec![
                (Placeholder::Given, given.hex()),
                (Placeholder::GivenRatio, Ratio::new(given.contrast_with_white()).to_string()),
                (Placeholder::Used, used.hex()),
                (Placeholder::UsedRatio, Ratio::new(used.contrast_with_white()).to_string()),
            ],
            Warning::NotAColour { value } => vec![(Placeholder::Value, value.clone())],
            Warning::TeamTooSmall { value } => vec![(Placeholder::Value, value.clone()), (Placeholder::Min, MIN_TEAM.to_string())],
            Warning::UnknownLanguage { value, available } => {
                vec![(Placeholder::Value, value.clone()), (Placeholder::Available, available.clone())]
            }
            Warning::NotOnOrOff { key, value } | Warning::NotANumber { key, value } | Warning::UnknownSetting { key, value } => {
                vec![(Placeholder::Key, key.clone()), (Placeholder::Value, value.clone())]
            }
            Warning::NotOneOf { key, value, choices } => {
                vec![(Placeholder::Key, key.clone()), (Placeholder::Value, value.clone()), (Placeholder::Choices, (*choices).to_owned())]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;

    #[test]
    fn every_warning_reads_as_a_whole_sentence_with_its_values() {
        let text = content::load(content::DEFAULT_LANGUAGE).expect("the default language");
        let warnings = [
            Warning::EmptyName,
            Warning::NameTooLong { chars: 81 },
            Warning::AccentDarkened { given: Rgb(0xff, 0xff, 0xff), used: Rgb(0x75, 0x75, 0x75) },
            Warning::NotAColour { value: "blue".into() },
            Warning::UnknownLanguage { value: "xx".into(), available: "en".into() },
            Warning::NotOnOrOff { key: "notes".into(), value: "maybe".into() },
            Warning::TeamTooSmall { value: "2".into() },
            Warning::NotANumber { key: "min_team".into(), value: "many".into() },
            Warning::NotOneOf { key: "order".into(), value: "random".into(), choices: "shuffled, book" },
            Warning::UnknownSetting { key: "colour".into(), value: "red".into() },
        ];
        for warning in warnings {
            let values = warning.values();
            let pairs: Vec<(Placeholder, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let sentence = text.ui_with(warning.message_key(), &pairs);
            assert!(!sentence.contains('{'), "a placeholder is left in {sentence:?}");
            for (_, value) in &values {
                assert!(sentence.contains(value.as_str()), "{sentence:?} lacks {value:?}");
            }
        }
    }
}
