//! Why a results file could not be read: typed errors, each naming the
//! field at fault by its path, made from the strict reader's refusals
//! (`core::strict_json`), and the plain words the results file's readers
//! give them.

use std::fmt;

use super::question::Question;
use crate::core::content::Key;
use crate::core::strict_json::{Refusal, VersionProblem, MAX_FILE_BYTES};

/// A refusal of the strict reader, whose refused values are given a reason
/// in words (one of the `*_REASON` constants).
pub(super) type Refused = Refusal<&'static str>;

/// Why a results file could not be read. Every variant that concerns one
/// field names it by its path, e.g. `areas.sharing_power.ticked.fortress[1]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FileError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The file nests arrays or objects deeper than
    /// [`crate::core::strict_json::MAX_DEPTH`].
    TooDeep,
    /// The file's bytes are not UTF-8 text (nor UTF-16 with a byte order
    /// mark): a text editor saved it in another encoding, such as
    /// Windows-1252, whose letters cannot be read for sure.
    NotUtf8,
    /// The file is not valid JSON; the position is where reading stopped.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column, or 0 when the text ended before anything on the
        /// line was read (an empty file, for one).
        column: usize,
    },
    /// The file is JSON, but not a Partnership Self-Check results file.
    UnknownFormat,
    /// The file was written by a newer version of the widget.
    NewerVersion {
        /// The file's format version.
        version: u64,
    },
    /// The answers belong to a newer version of the instrument.
    NewerInstrument {
        /// The file's instrument version.
        version: u64,
    },
    /// A required field is missing.
    MissingField {
        /// The missing field's path.
        path: String,
    },
    /// A field the format does not have.
    UnknownField {
        /// The unexpected field's path.
        path: String,
    },
    /// A field appears twice in the same object.
    DuplicateKey {
        /// The repeated field's path.
        path: String,
    },
    /// A field has the wrong kind of value (text for a number, …).
    WrongType {
        /// The field's path.
        path: String,
        /// What the field should hold, in plain words (for logs and tests;
        /// the page shows the message key's text and the path).
        expected: &'static str,
    },
    /// A field has the right kind of value, but not an allowed one.
    InvalidValue {
        /// The field's path.
        path: String,
        /// What is wrong, in plain words (for logs and tests).
        reason: &'static str,
    },
    /// The plan (ratings, priorities) does not fit the answers: each value
    /// is allowed, but not with the marks the file gives.
    Plan {
        /// The field's path, e.g. `priorities[3]`.
        path: String,
        /// Which of the plan's rules the file breaks.
        problem: PlanProblem,
    },
}

/// The detail that helps someone fix a hand-edited file, as typed data: the
/// shell fills the matching content template, so no English text from the
/// code reaches the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDetail<'a> {
    /// The field at fault, by its path.
    Field {
        /// The field's path, e.g. `beliefs.equal_partners.held`.
        path: &'a str,
    },
    /// A refused value of a field that answers a question of the
    /// self-check: what the question allows, said in its own words.
    Question(Question),
    /// Where reading stopped, when the column is known.
    Position {
        /// 1-based line.
        line: usize,
        /// 1-based column, never 0.
        column: usize,
    },
    /// Where reading stopped, when only the line is known.
    Line {
        /// 1-based line.
        line: usize,
    },
    /// The size of a file that is too large, and the limit.
    Size {
        /// The file's size in bytes.
        bytes: usize,
        /// [`MAX_FILE_BYTES`].
        limit: usize,
    },
}

impl FileError {
    /// The UI text key for this error. Both "newer" errors share one key,
    /// because either way the person needs the newer widget.
    pub fn message_key(&self) -> Key {
        match self {
            FileError::TooLarge { .. } => Key::FileErrorTooLarge,
            FileError::TooDeep => Key::FileErrorTooDeep,
            FileError::NotUtf8 => Key::FileErrorNotUtf8,
            FileError::NotJson { .. } => Key::FileErrorNotJson,
            FileError::UnknownFormat => Key::FileErrorUnknownFormat,
            FileError::NewerVersion { .. } | FileError::NewerInstrument { .. } => Key::FileErrorNewerVersion,
            FileError::MissingField { .. } => Key::FileErrorMissingField,
            FileError::UnknownField { .. } => Key::FileErrorUnknownField,
            FileError::DuplicateKey { .. } => Key::FileErrorDuplicateKey,
            FileError::WrongType { .. } => Key::FileErrorWrongType,
            FileError::InvalidValue { .. } => Key::FileErrorInvalidValue,
            FileError::Plan { problem, .. } => problem.message_key(),
        }
    }

    /// The path of the field the error concerns, if it concerns one; the UI
    /// can show it next to the message.
    pub fn path(&self) -> Option<&str> {
        match self {
            FileError::MissingField { path }
            | FileError::UnknownField { path }
            | FileError::DuplicateKey { path }
            | FileError::WrongType { path, .. }
            | FileError::InvalidValue { path, .. }
            | FileError::Plan { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The detail to show under the message, only when it adds something the
    /// message does not say: for a refused value of a question, what the
    /// question allows; otherwise a field's path, a position, a size. The errors
    /// about the file as a whole (not ours, too deep, newer) have none, and
    /// neither has an error at the top of the file (an empty path), which
    /// would show "Field:" with nothing after it. A column of 0 is never
    /// given: serde_json reports it when the text ended at the start of a
    /// line, and "column 0" would only confuse.
    pub fn detail(&self) -> Option<FileDetail<'_>> {
        match *self {
            FileError::TooLarge { bytes } => Some(FileDetail::Size { bytes, limit: MAX_FILE_BYTES }),
            FileError::NotJson { line, column: 0 } => Some(FileDetail::Line { line }),
            FileError::NotJson { line, column } => Some(FileDetail::Position { line, column }),
            _ => self.path().filter(|path| !path.is_empty()).map(|path| match (self, Question::of(path)) {
                (FileError::WrongType { .. } | FileError::InvalidValue { .. }, Some(question)) => FileDetail::Question(question),
                _ => FileDetail::Field { path },
            }),
        }
    }
}

impl fmt::Display for FileError {
    // An English sentence for logs and tests only; the page shows the
    // content texts of `message_key()` and `detail()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => {
                write!(f, "The file is too large to be a results file ({bytes} bytes; the limit is {MAX_FILE_BYTES}).")
            }
            FileError::TooDeep => f.write_str("The file is nested far deeper than a results file can be."),
            FileError::NotUtf8 => f.write_str("The file is not saved as UTF-8 text."),
            FileError::NotJson { line, column } => {
                write!(f, "The file is not a readable results file: it is not valid JSON (line {line}, column {column}).")
            }
            FileError::UnknownFormat => f.write_str("The file is not a Partnership Self-Check results file."),
            FileError::NewerVersion { version } => {
                write!(f, "The file was made with a newer version of the Self-Check (file version {version}); open it with that version.")
            }
            FileError::NewerInstrument { version } => write!(
                f,
                "The file holds answers to a newer version of the questions (instrument version {version}); open it with that version."
            ),
            FileError::MissingField { path } => write!(f, "The file is missing the field \"{path}\"."),
            FileError::UnknownField { path } => {
                write!(f, "The file has a field \"{path}\" that results files do not have.")
            }
            FileError::DuplicateKey { path } => write!(f, "The field \"{path}\" appears more than once."),
            FileError::WrongType { path, expected } => {
                write!(f, "The field \"{path}\" should be {expected}.")
            }
            FileError::InvalidValue { path, reason } => {
                write!(f, "The field \"{path}\" has a value that cannot be used: {reason}.")
            }
            FileError::Plan { path, problem } => write!(f, "The field \"{path}\" {problem}."),
        }
    }
}

impl std::error::Error for FileError {}

/// What a text field should hold.
pub(super) const TEXT: &str = crate::core::strict_json::TEXT;
/// What `assessment_id` should hold.
pub(super) const ID: &str = "ten hexadecimal digits as text";
/// What an area's `mark` should hold.
pub(super) const MARK: &str = "a school type key, \"not_sure\" or null";
/// What a ticked practice should be.
pub(super) const POSITION: &str = "a practice position (a whole number from 0 to 3)";
/// What `held` and `practised` should hold.
pub(super) const POINT: &str = "a whole number from 1 to 5, or null";
/// What an entry of `barriers` should be.
pub(super) const BARRIER: &str = "a barrier key";
/// What a priority's `area` should hold.
pub(super) const AREA: &str = "an area key";
/// What a rating's `rating` should hold.
pub(super) const RATING: &str = "a feasibility key (already_doing, easy, takes_time or hard)";

/// Why an `assessment_id` is refused.
pub(super) const ID_REASON: &str = "it should be exactly 10 hexadecimal digits";
/// Why a `mark` is refused.
pub(super) const MARK_REASON: &str = "it is not a known school type or \"not_sure\"";
/// Why a practice position is refused.
pub(super) const POSITION_REASON: &str = "practice positions are whole numbers from 0 to 3";
/// Why a scale point is refused.
pub(super) const POINT_REASON: &str = "scale points are whole numbers from 1 to 5";
/// Why a barrier is refused.
pub(super) const BARRIER_REASON: &str = "it is not a known barrier";
/// Why a priority's area is refused.
pub(super) const AREA_REASON: &str = "it is not a known area";
/// Why a rating is refused.
pub(super) const RATING_REASON: &str = "it is not a step of the feasibility scale";
/// Why a practice listed twice in one list is refused.
pub(super) const LISTED_TWICE: &str = "the practice is listed more than once";

/// Why a version field is refused.
pub(super) fn version_reason(path: &str, problem: VersionProblem) -> &'static str {
    match (problem, path) {
        (VersionProblem::NotWhole, _) => "it should be a whole number of 1 or more",
        (VersionProblem::Zero, "version") => "there is no file version 0",
        (VersionProblem::Zero, _) => "there is no instrument version 0",
    }
}

impl FileError {
    /// The error for a refusal of the strict reader, or, for a refused
    /// value, its path and problem, which each file kind words itself.
    pub(crate) fn from_refusal<P>(refusal: Refusal<P>) -> Result<FileError, (String, P)> {
        Ok(match refusal {
            Refusal::TooLarge { bytes } => FileError::TooLarge { bytes },
            Refusal::TooDeep => FileError::TooDeep,
            Refusal::NotJson { line, column } => FileError::NotJson { line, column },
            Refusal::UnknownFormat => FileError::UnknownFormat,
            Refusal::NewerVersion { version } => FileError::NewerVersion { version },
            Refusal::NewerInstrument { version } => FileError::NewerInstrument { version },
            Refusal::MissingField { path } => FileError::MissingField { path },
            Refusal::UnknownField { path } => FileError::UnknownField { path },
            Refusal::DuplicateKey { path } => FileError::DuplicateKey { path },
            Refusal::WrongType { path, expected } => FileError::WrongType { path, expected },
            Refusal::Invalid { path, problem } => return Err((path, problem)),
        })
    }
}

/// An invalid-value error at a path.
pub(super) fn invalid(path: String, reason: &'static str) -> FileError {
    FileError::InvalidValue { path, reason }
}

impl From<Refused> for FileError {
    fn from(refusal: Refused) -> FileError {
        FileError::from_refusal(refusal).unwrap_or_else(|(path, reason)| FileError::InvalidValue { path, reason })
    }
}

/// Which rule of the plan a file breaks (see
/// [`crate::core::model::Answers::plan_level`]): each value is allowed, but
/// not with the marks the file gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanProblem {
    /// A rating or priority in an area whose mark has no next level up
    /// (Partnership, "Not sure" or no mark), where there is nothing to plan.
    NoNextLevel,
    /// More priorities than [`crate::core::model::MAX_PRIORITIES`].
    TooManyPriorities,
}

impl PlanProblem {
    /// The UI text key of the plain-language explanation.
    pub fn message_key(self) -> Key {
        match self {
            PlanProblem::NoNextLevel => Key::FileErrorNoNextLevel,
            PlanProblem::TooManyPriorities => Key::FileErrorTooManyPriorities,
        }
    }
}

impl fmt::Display for PlanProblem {
    // The end of `FileError`'s English sentence, for logs and tests only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PlanProblem::NoNextLevel => {
                "plans a next step for an area that has none: only an area marked below Partnership has a next level up"
            }
            PlanProblem::TooManyPriorities => "is one priority too many: a plan has at most three",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_detail_never_shows_column_0() {
        assert_eq!(FileError::NotJson { line: 3, column: 0 }.detail(), Some(FileDetail::Line { line: 3 }));
        assert_eq!(FileError::NotJson { line: 3, column: 7 }.detail(), Some(FileDetail::Position { line: 3, column: 7 }));
        assert_eq!(FileError::WrongType { path: "notes".into(), expected: "text" }.detail(), Some(FileDetail::Field { path: "notes" }));
        assert_eq!(FileError::TooLarge { bytes: 70_000 }.detail(), Some(FileDetail::Size { bytes: 70_000, limit: MAX_FILE_BYTES }));
        assert_eq!(FileError::UnknownFormat.detail(), None);
    }

    #[test]
    fn the_detail_appears_only_when_it_adds_information() {
        // The errors about the whole file say everything in their message.
        for error in [
            FileError::UnknownFormat,
            FileError::TooDeep,
            FileError::NewerVersion { version: 9 },
            FileError::NewerInstrument { version: 9 },
        ] {
            assert_eq!(error.detail(), None, "{error:?}");
        }
        // An error at the top of the file has no field to name.
        for error in [
            FileError::WrongType { path: String::new(), expected: crate::core::strict_json::OBJECT },
            FileError::InvalidValue { path: String::new(), reason: "it is not an allowed value" },
        ] {
            assert_eq!(error.detail(), None, "{error:?}");
        }
    }
}
