//! The embed configuration, read from the iframe URL's query string:
//!
//! | parameter  | value                                   | default |
//! |------------|-----------------------------------------|---------|
//! | `name`     | school or district name, up to 80 chars | none    |
//! | `accent`   | colour as `#rrggbb` or `rrggbb`         | #1f5f8b |
//! | `lang`     | a language code, e.g. `es`              | the browser's |
//! | `barriers` | `on` / `off`                            | on      |
//! | `notes`    | `on` / `off`                            | on      |
//! | `min_team` | team results threshold, 5 or more       | 5       |
//! | `order`    | `shuffled` / `book` (practices by type) | shuffled |
//! | `mode`     | `full` / `staff` (no facilitator tools, no open-results panel) | full |
//! | `debug`    | `1` shows configuration problems on the page | off |
//!
//! An invalid value is ignored with a typed [`Warning`]; it never breaks
//! the widget. The shell writes each warning to the console, and with
//! `debug=1` also shows them in a small notice for whoever set the page up.
//! An accent too light for white text (below 4.5:1) is darkened until it
//! passes, so a district colour can never make buttons unreadable.

mod colour;
mod language;
mod warning;

pub use colour::{Ratio, Rgb, MIN_CONTRAST};
pub use language::starting_language;
pub use warning::Warning;

use super::content::Language;
use super::order::PracticeOrder;
use super::session::Sections;

/// The longest display name shown, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// The team threshold below which results are never shown.
pub const MIN_TEAM: u16 = 5;

/// The widget's configuration after validation.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub name: Option<String>,
    /// The accent colour, already corrected for contrast; `None` keeps the
    /// stylesheet's default.
    pub accent: Option<Rgb>,
    /// The language the page asks for; `None` leaves the choice to the
    /// person's earlier choice and the browser ([`starting_language`]).
    pub language: Option<Language>,
    pub sections: Sections,
    pub min_team: u16,
    /// How each area's practices are listed.
    pub order: PracticeOrder,
    /// Staff mode: for pages aimed at staff, without the facilitator's tools
    /// and the panel for opening someone's results.
    pub staff_mode: bool,
    /// Whether configuration problems are shown on the page (`debug=1`).
    pub debug: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            name: None,
            accent: None,
            language: None,
            sections: Sections::default(),
            min_team: MIN_TEAM,
            order: PracticeOrder::default(),
            staff_mode: false,
            debug: false,
        }
    }
}

fn switch(value: &str) -> Option<bool> {
    match value {
        "on" | "true" | "1" | "yes" => Some(true),
        "off" | "false" | "0" | "no" => Some(false),
        _ => None,
    }
}

/// Notes a value that is not one of the setting's choices.
fn not_one_of(warnings: &mut Vec<Warning>, key: &str, value: &str, choices: &'static str) {
    warnings.push(Warning::NotOneOf { key: key.to_owned(), value: value.to_owned(), choices });
}

/// Reads the query string (without `?`). Returns the configuration and one
/// warning per ignored or corrected value.
pub fn parse(query: &str) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    // `application/x-www-form-urlencoded` decoding, as browsers do it: `+`
    // is a space and every `%xx` is undone. A malformed escape is kept as
    // written, because a wrong name is better than no name.
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let (key, value) = (key.as_ref(), value.trim());
        let problem = match key {
            "name" => {
                let cleaned: String = value.chars().filter(|c| !c.is_control()).collect();
                if cleaned.is_empty() {
                    Some(Warning::EmptyName)
                } else if cleaned.chars().count() > MAX_NAME_CHARS {
                    Some(Warning::NameTooLong { chars: cleaned.chars().count() })
                } else {
                    config.name = Some(cleaned);
                    None
                }
            }
            "accent" => match Rgb::parse(value) {
                Some(colour) => {
                    let readable = colour.readable_with_white();
                    config.accent = Some(readable);
                    (readable != colour).then_some(Warning::AccentDarkened { given: colour, used: readable })
                }
                None => Some(Warning::NotAColour { value: value.to_owned() }),
            },
            "lang" => match Language::from_code(value) {
                Some(language) => {
                    config.language = Some(language);
                    None
                }
                None => {
                    let available: Vec<&str> = Language::offered().map(Language::code).collect();
                    Some(Warning::UnknownLanguage { value: value.to_owned(), available: available.join(", ") })
                }
            },
            "barriers" | "notes" | "debug" => match switch(value) {
                Some(on) => {
                    match key {
                        "barriers" => config.sections.barriers = on,
                        "notes" => config.sections.notes = on,
                        _ => config.debug = on,
                    }
                    None
                }
                None => Some(Warning::NotOnOrOff { key: key.to_owned(), value: value.to_owned() }),
            },
            "min_team" => match value.parse::<u16>() {
                Ok(n) if n >= MIN_TEAM => {
                    config.min_team = n;
                    None
                }
                Ok(_) => Some(Warning::TeamTooSmall { value: value.to_owned() }),
                Err(_) => Some(Warning::NotANumber { key: key.to_owned(), value: value.to_owned() }),
            },
            "order" => {
                match value {
                    "shuffled" => config.order = PracticeOrder::Shuffled,
                    "book" => config.order = PracticeOrder::Book,
                    _ => not_one_of(&mut warnings, key, value, "shuffled, book"),
                }
                None
            }
            "mode" => {
                match value {
                    "full" => config.staff_mode = false,
                    "staff" => config.staff_mode = true,
                    _ => not_one_of(&mut warnings, key, value, "full, staff"),
                }
                None
            }
            _ => Some(Warning::UnknownSetting { key: key.to_owned(), value: value.to_owned() }),
        };
        warnings.extend(problem);
    }
    (config, warnings)
}

/// The query a shared link keeps: every setting as written, but `lang`. A
/// link or team code carries answers, not words, so whoever opens it reads
/// it in their own language (their choice, or their browser's), not in the
/// sender's.
pub fn shared_query(query: &str) -> String {
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| form_urlencoded::parse(pair.as_bytes()).next().is_none_or(|(key, _)| key != "lang"))
        .collect();
    kept.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_read() {
        let (config, warnings) = parse("name=Lincoln%20Elementary&accent=%23336699&lang=en&barriers=off&notes=on&min_team=8");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.name.as_deref(), Some("Lincoln Elementary"));
        assert_eq!(config.accent, Some(Rgb(0x33, 0x66, 0x99)));
        assert!(!config.sections.barriers && config.sections.notes);
        assert_eq!(config.min_team, 8);
        assert_eq!(config.language.map(Language::code), Some("en"));
    }

    #[test]
    fn a_shared_link_keeps_every_setting_but_the_language() {
        assert_eq!(shared_query("name=Lincoln%20Elementary&lang=es&accent=336699"), "name=Lincoln%20Elementary&accent=336699");
        assert_eq!(shared_query("lang=es"), "");
        assert_eq!(shared_query("l%61ng=es&mode=staff"), "mode=staff", "the key as a browser decodes it");
        assert_eq!(shared_query(""), "");
        assert_eq!(shared_query("language=es&&debug=1"), "language=es&debug=1");
    }

    #[test]
    fn lang_names_any_language_and_warns_with_the_real_ones_for_another() {
        assert_eq!(parse("lang=es").0.language.map(Language::code), Some("es"));
        assert_eq!(parse("lang=ar-XB").0.language.map(Language::code), Some("ar-XB"));
        let (config, warnings) = parse("lang=fr");
        assert_eq!(config.language, None);
        assert_eq!(warnings, [Warning::UnknownLanguage { value: "fr".into(), available: "en, es".into() }]);
    }

    #[test]
    fn invalid_values_are_ignored_with_a_warning_each() {
        let long_name = "x".repeat(81);
        let query = format!("name={long_name}&accent=blue&lang=xx&notes=maybe&min_team=2&colour=red");
        let (config, warnings) = parse(&query);
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 6, "{warnings:?}");
        assert_eq!(warnings[0], Warning::NameTooLong { chars: 81 });
        assert_eq!(warnings[5], Warning::UnknownSetting { key: "colour".into(), value: "red".into() });
    }

    #[test]
    fn a_light_accent_is_darkened_to_aa_contrast() {
        let (config, warnings) = parse("accent=ffeb3b");
        let accent = config.accent.unwrap();
        assert!(accent.contrast_with_white() >= MIN_CONTRAST);
        assert_eq!(warnings.len(), 1);
        assert_eq!(Rgb(0x1f, 0x5f, 0x8b).readable_with_white(), Rgb(0x1f, 0x5f, 0x8b));
        assert!((Rgb(0, 0, 0).contrast_with_white() - 21.0).abs() < 1e-9);
    }

    #[test]
    fn order_mode_and_debug_are_read() {
        let (config, warnings) = parse("order=book&mode=staff&debug=1");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!((config.order, config.staff_mode, config.debug), (PracticeOrder::Book, true, true));
        let (config, warnings) = parse("order=random&mode=admin&debug=maybe");
        assert_eq!((config.order, config.staff_mode, config.debug), (PracticeOrder::Shuffled, false, false));
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert_eq!(warnings[0], Warning::NotOneOf { key: "order".into(), value: "random".into(), choices: "shuffled, book" });
    }

    #[test]
    fn plus_signs_and_escapes_decode_as_browsers_do() {
        let (config, warnings) = parse("name=Lincoln+Elementary%20%26+Annex");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.name.as_deref(), Some("Lincoln Elementary & Annex"));
        let (config, _) = parse("name=50%25+%zz");
        assert_eq!(config.name.as_deref(), Some("50% %zz"));
    }

    #[test]
    fn garbage_never_panics() {
        for query in ["%", "%%", "%zz", "=", "&&&", "name=%FF%FE", "accent=#", "min_team=99999999"] {
            let _ = parse(query);
        }
    }
}
