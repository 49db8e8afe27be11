//! Pseudo-locales: the default language's texts made 40 % longer in
//! accented letters (`en-XA`), or set right to left (`ar-XB`), so that the
//! layout can be checked for the next translation before it exists. The
//! language files' exporter writes them beside the real languages; the
//! switch does not offer them, and only `lang=en-XA` or `lang=ar-XB` opens
//! them.

use super::Pseudo;

/// How much longer a text of [`Pseudo::Longer`] is, at least, in percent
/// of its characters: translations from English commonly run this long.
pub const LONGER_BY_PERCENT: usize = 40;

/// Words that pad a text of [`Pseudo::Longer`]. One is long, because some
/// languages join words where English leaves spaces, and a long word that
/// does not wrap is what overflows a phone's screen.
const PADDING: [&str; 4] = ["ŀöŕéɱ", "ïƥšüɱ", "ðöļöŕšïţåɱéţçöñšéçţéţüŕ", "åðïƥïšçïñĝ"];

/// The text of pseudo-locale `kind` for the default language's `text`.
/// Placeholders such as `{count}` stay as they are, so the widget can fill
/// them.
pub fn transform(kind: Pseudo, text: &str) -> String {
    match kind {
        Pseudo::Longer => longer(text),
        // The right-to-left override shows the Latin letters in reverse,
        // as a right-to-left script runs, and the pop at the end keeps it
        // from reaching the text after it.
        Pseudo::RightToLeft => format!("\u{202E}{text}\u{202C}"),
    }
}

/// `text` in accented letters, padded to at least 40 % more characters.
fn longer(text: &str) -> String {
    let mut out = String::from("[");
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        out.push(if in_placeholder { c } else { accented(c) });
    }
    let wanted = text.chars().count() * (100 + LONGER_BY_PERCENT) / 100;
    for word in PADDING.iter().cycle() {
        if out.chars().count() + 1 >= wanted {
            break;
        }
        out.push(' ');
        out.push_str(word);
    }
    out.push(']');
    out
}

/// An accented look-alike of an ASCII letter, so that a text the
/// translation missed stands out.
fn accented(c: char) -> char {
    const PLAIN: &str = "aceinouyACEINOUY";
    const MARKED: &str = "åçéîñöüýÅÇÉÎÑÖÜÝ";
    PLAIN.chars().position(|p| p == c).and_then(|at| MARKED.chars().nth(at)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_text_is_at_least_forty_percent_longer_and_keeps_its_placeholders() {
        for text in ["Back", "Step {current} of {total}", "Tick every practice that fits.", "a"] {
            let long = transform(Pseudo::Longer, text);
            assert!(long.chars().count() * 100 >= text.chars().count() * 140, "{text} -> {long}");
            for placeholder in ["{current}", "{total}"] {
                assert_eq!(text.contains(placeholder), long.contains(placeholder), "{text} -> {long}");
            }
            assert!(long.starts_with('[') && long.ends_with(']'), "{long}");
        }
        assert_eq!(transform(Pseudo::Longer, "Step {current}").split(' ').nth(1), Some("{current}"));
        assert!(transform(Pseudo::Longer, "Open").starts_with("[Öpéñ"));
    }

    #[test]
    fn a_right_to_left_text_is_the_text_inside_an_override() {
        assert_eq!(transform(Pseudo::RightToLeft, "Step {current}"), "\u{202E}Step {current}\u{202C}");
    }
}
