//! The texts a facilitator types into a plan, as newtypes that hold their
//! limit: a plan file of the most items with every text at its longest must
//! still fit under the results file's size cap, so the reader that refuses
//! larger files never refuses one this widget wrote.

use std::fmt;

/// The most characters of a long text: the practice typed in, what we will
/// do, cost and funding, how we will know it worked. About three sentences.
pub const LONG_TEXT_CHARS: usize = 250;

/// The most characters of a short text: who leads, by when. Enough for a
/// role and a name, or "end of the spring term".
pub const SHORT_TEXT_CHARS: usize = 80;

/// Text typed by the facilitator, at most `MAX` characters (Unicode scalar
/// values), with no control characters except line breaks and tabs. Those
/// are the only characters JSON writes in more than four bytes, so the
/// limit in characters is also a limit in bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct BoundedText<const MAX: usize>(String);

/// A long text, at most [`LONG_TEXT_CHARS`] characters.
pub type LongText = BoundedText<LONG_TEXT_CHARS>;

/// A short text, at most [`SHORT_TEXT_CHARS`] characters.
pub type ShortText = BoundedText<SHORT_TEXT_CHARS>;

/// Why a text cannot be part of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextError {
    /// The text is longer than its limit.
    TooLong {
        /// The text's length in characters.
        chars: usize,
        /// The limit in characters.
        max: usize,
    },
    /// The text holds a control character other than a line break or tab.
    ControlCharacter,
}

impl fmt::Display for TextError {
    // English for logs and tests; the page shows the content's texts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::TooLong { chars, max } => write!(f, "the text has {chars} characters; the limit is {max}"),
            TextError::ControlCharacter => f.write_str("the text holds a control character"),
        }
    }
}

/// Whether a plan's text may hold the character.
fn allowed(c: char) -> bool {
    c == '\n' || c == '\t' || !c.is_control()
}

impl<const MAX: usize> BoundedText<MAX> {
    /// The limit in characters.
    pub const MAX_CHARS: usize = MAX;

    /// The text as given, or why it cannot be used; files are read this
    /// way, so a hand-edited file is refused rather than silently changed.
    pub fn new(text: &str) -> Result<Self, TextError> {
        if !text.chars().all(allowed) {
            return Err(TextError::ControlCharacter);
        }
        let chars = text.chars().count();
        if chars > MAX {
            return Err(TextError::TooLong { chars, max: MAX });
        }
        Ok(BoundedText(text.to_owned()))
    }

    /// The text with what it may not hold left out and cut at the limit.
    /// The page's text fields are set this way on every keystroke, as the
    /// self-check's notes are, so typing never meets an error; a carriage
    /// return is dropped because a text field's lines end in `\n` alone.
    pub fn cut(text: &str) -> Self {
        BoundedText(text.chars().filter(|&c| allowed(c) && c != '\r').take(MAX).collect())
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<const MAX: usize> fmt::Display for BoundedText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_refused_past_its_limit_and_cut_at_it() {
        let long = "é".repeat(SHORT_TEXT_CHARS + 1);
        assert_eq!(ShortText::new(&long), Err(TextError::TooLong { chars: SHORT_TEXT_CHARS + 1, max: SHORT_TEXT_CHARS }));
        assert_eq!(ShortText::cut(&long).as_str().chars().count(), SHORT_TEXT_CHARS);
        assert!(ShortText::new(&long[..long.len() - 2]).is_ok());
    }

    #[test]
    fn control_characters_are_refused_but_lines_and_tabs_kept() {
        assert_eq!(LongText::new("a\u{1}b"), Err(TextError::ControlCharacter));
        assert_eq!(LongText::new("a\rb"), Err(TextError::ControlCharacter));
        assert_eq!(LongText::new("one\n\ttwo").map(|t| t.to_string()), Ok("one\n\ttwo".to_owned()));
        assert_eq!(LongText::cut("a\r\n\u{7}b").as_str(), "a\nb");
    }
}
