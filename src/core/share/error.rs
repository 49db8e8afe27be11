//! Why a text could not be read as a share code.

use crate::core::content::Key;
use std::fmt;

/// Why a text could not be read as a share code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareError {
    /// The text was empty or only whitespace.
    Empty,
    /// No code (`P` and a version digit) was found in the text.
    NotACode,
    /// The code is shorter than a complete code: it was probably cut off.
    Incomplete,
    /// The code is longer than a complete code: characters were added.
    TooLong,
    /// The checksum does not match or a value is out of range: characters
    /// were changed.
    Damaged,
    /// The code uses a newer format than this build can read.
    NewerVersion {
        /// The code's format version.
        version: u8,
    },
    /// The code's format is known, but its answers belong to a newer
    /// version of the instrument.
    NewerInstrument {
        /// The instrument version recorded in the code.
        version: u8,
    },
}

impl ShareError {
    /// The UI text key for this error. Both "newer" errors share one key,
    /// because either way the person needs the newer widget.
    pub fn message_key(&self) -> Key {
        match self {
            ShareError::Empty => Key::ShareErrorEmpty,
            ShareError::NotACode => Key::ShareErrorNotACode,
            ShareError::Incomplete => Key::ShareErrorIncomplete,
            ShareError::TooLong => Key::ShareErrorTooLong,
            ShareError::Damaged => Key::ShareErrorDamaged,
            ShareError::NewerVersion { .. } | ShareError::NewerInstrument { .. } => Key::ShareErrorNewerVersion,
        }
    }

    /// Whether the code needs a newer widget (a newer code format or a newer
    /// instrument) rather than being damaged: the remedy differs, so pooling
    /// and scanning tell the two apart.
    pub fn is_newer(&self) -> bool {
        matches!(self, ShareError::NewerVersion { .. } | ShareError::NewerInstrument { .. })
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("There is no code to read: the text is empty."),
            ShareError::NotACode => {
                f.write_str("No results code was found in the text; a code starts with \"P\" and a digit, such as \"P2\".")
            }
            ShareError::Incomplete => f.write_str("The code is incomplete; part of it was probably cut off when it was copied."),
            ShareError::TooLong => {
                f.write_str("The code is longer than a results code; characters were probably added when it was copied.")
            }
            ShareError::Damaged => f.write_str("The code is damaged; some characters were probably changed when it was copied."),
            ShareError::NewerVersion { version } => {
                write!(f, "The code was made with a newer version of the Self-Check (code format {version}); open it with that version.")
            }
            ShareError::NewerInstrument { version } => write!(
                f,
                "The code was made with a newer version of the questions (instrument version {version}); open it with that version."
            ),
        }
    }
}

impl std::error::Error for ShareError {}
