//! The embed configuration, read from the iframe URL's query string:
//!
//! | parameter  | value                                   | default |
//! |------------|-----------------------------------------|---------|
//! | `name`     | school or district name, up to 80 chars | none    |
//! | `accent`   | colour as `#rrggbb` or `rrggbb`         | #1f5f8b |
//! | `lang`     | a compiled-in language code             | `en`    |
//! | `barriers` | `on` / `off`                            | on      |
//! | `notes`    | `on` / `off`                            | on      |
//! | `min_team` | team results threshold, 5 or more       | 5       |
//!
//! An invalid value is ignored with a warning; it never breaks the widget.
//! An accent too light for white text (below 4.5:1) is darkened until it
//! passes, so a district colour can never make buttons unreadable.

use super::session::Sections;

/// The longest display name shown, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// The team threshold below which results are never shown.
pub const MIN_TEAM: u16 = 5;

/// WCAG 2.1 AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// A contrast ratio as people read it, to two decimals ("4.53:1").
///
/// It is kept as whole hundredths and printed with integer formatting:
/// formatting the `f64` with `{:.2}` would bring Rust's float printing into
/// the bundle for two console warnings, 6.4 KB of brotli (measured).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    hundredths: u32,
}

impl Ratio {
    /// The ratio rounded to hundredths.
    pub fn new(ratio: f64) -> Ratio {
        Ratio { hundredths: (ratio * 100.0).round() as u32 }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:02}:1", self.hundredths / 100, self.hundredths % 100)
    }
}

/// A colour with 8-bit channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2.1 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio against white.
    pub fn contrast_with_white(self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }

    /// Parses `#rrggbb` or `rrggbb`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// The same hue darkened in small steps until white text on it reaches
    /// [`MIN_CONTRAST`]; unchanged when it already does.
    pub fn readable_with_white(self) -> Rgb {
        let mut colour = self;
        // Each step keeps 92% of every channel; black always passes, so the
        // loop ends, and 60 steps reach near-black from any colour.
        for _ in 0..60 {
            if colour.contrast_with_white() >= MIN_CONTRAST {
                return colour;
            }
            let darker = |c: u8| (f64::from(c) * 0.92).floor() as u8;
            colour = Rgb(darker(colour.0), darker(colour.1), darker(colour.2));
        }
        Rgb(0, 0, 0)
    }
}

/// The widget's configuration after validation.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub name: Option<String>,
    /// The accent colour, already corrected for contrast; `None` keeps the
    /// stylesheet's default.
    pub accent: Option<Rgb>,
    pub language: String,
    pub sections: Sections,
    pub min_team: u16,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            name: None,
            accent: None,
            language: super::content::DEFAULT_LANGUAGE.to_owned(),
            sections: Sections::default(),
            min_team: MIN_TEAM,
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

/// Reads the query string (without `?`). Returns the configuration and one
/// warning per ignored or corrected value, for the developer console.
pub fn parse(query: &str, languages: &[&str]) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    // `application/x-www-form-urlencoded` decoding, as browsers do it: `+`
    // is a space and every `%xx` is undone. A malformed escape is kept as
    // written, because a wrong name is better than no name.
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let key = key.as_ref();
        let value = value.trim();
        let mut ignore = |why: &str| warnings.push(format!("Ignoring {key}={value}: {why}."));
        match key {
            "name" => {
                let cleaned: String = value.chars().filter(|c| !c.is_control()).collect();
                if cleaned.is_empty() {
                    ignore("the name is empty");
                } else if cleaned.chars().count() > MAX_NAME_CHARS {
                    ignore(&format!("names are at most {MAX_NAME_CHARS} characters"));
                } else {
                    config.name = Some(cleaned);
                }
            }
            "accent" => match Rgb::parse(value) {
                Some(colour) => {
                    let readable = colour.readable_with_white();
                    if readable != colour {
                        warnings.push(format!(
                            "accent {} has contrast {} with white text; using {} ({}) instead.",
                            colour.hex(),
                            Ratio::new(colour.contrast_with_white()),
                            readable.hex(),
                            Ratio::new(readable.contrast_with_white())
                        ));
                    }
                    config.accent = Some(readable);
                }
                None => ignore("use a colour like #1f5f8b"),
            },
            "lang" => {
                if languages.contains(&value) {
                    config.language = value.to_owned();
                } else {
                    ignore(&format!("available languages: {}", languages.join(", ")));
                }
            }
            "barriers" | "notes" => match switch(value) {
                Some(on) if key == "barriers" => config.sections.barriers = on,
                Some(on) => config.sections.notes = on,
                None => ignore("use on or off"),
            },
            "min_team" => match value.parse::<u16>() {
                Ok(n) if n >= MIN_TEAM => config.min_team = n,
                Ok(_) => ignore(&format!("team results need at least {MIN_TEAM} people")),
                Err(_) => ignore("use a whole number"),
            },
            _ => ignore("unknown setting"),
        }
    }
    (config, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en"];

    #[test]
    fn every_setting_is_read() {
        let (config, warnings) =
            parse("name=Lincoln%20Elementary&accent=%23336699&lang=en&barriers=off&notes=on&min_team=8", LANGS);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.name.as_deref(), Some("Lincoln Elementary"));
        assert_eq!(config.accent, Some(Rgb(0x33, 0x66, 0x99)));
        assert!(!config.sections.barriers && config.sections.notes);
        assert_eq!(config.min_team, 8);
    }

    #[test]
    fn invalid_values_are_ignored_with_a_warning_each() {
        let long_name = "x".repeat(81);
        let query = format!("name={long_name}&accent=blue&lang=xx&notes=maybe&min_team=2&colour=red");
        let (config, warnings) = parse(&query, LANGS);
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 6, "{warnings:?}");
    }

    #[test]
    fn a_light_accent_is_darkened_to_aa_contrast() {
        let (config, warnings) = parse("accent=ffeb3b", LANGS);
        let accent = config.accent.unwrap();
        assert!(accent.contrast_with_white() >= MIN_CONTRAST);
        assert_eq!(warnings.len(), 1);
        assert_eq!(Rgb(0x1f, 0x5f, 0x8b).readable_with_white(), Rgb(0x1f, 0x5f, 0x8b));
        assert!((Rgb(0, 0, 0).contrast_with_white() - 21.0).abs() < 1e-9);
    }

    #[test]
    fn ratios_print_with_two_decimals() {
        assert_eq!(Ratio::new(4.5).to_string(), "4.50:1");
        assert_eq!(Ratio::new(21.0).to_string(), "21.00:1");
        assert_eq!(Ratio::new(1.006).to_string(), "1.01:1");
    }

    #[test]
    fn a_corrected_accent_names_both_ratios_with_two_decimals() {
        let (_, warnings) = parse("accent=ffffff", LANGS);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("accent #ffffff has contrast 1.00:1 with white text"), "{warnings:?}");
    }

    #[test]
    fn plus_signs_and_escapes_decode_as_browsers_do() {
        let (config, warnings) = parse("name=Lincoln+Elementary%20%26+Annex", LANGS);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.name.as_deref(), Some("Lincoln Elementary & Annex"));
        let (config, _) = parse("name=50%25+%zz", LANGS);
        assert_eq!(config.name.as_deref(), Some("50% %zz"));
    }

    #[test]
    fn garbage_never_panics() {
        for query in ["%", "%%", "%zz", "=", "&&&", "name=%FF%FE", "accent=#", "min_team=99999999"] {
            let _ = parse(query, LANGS);
        }
    }
}
