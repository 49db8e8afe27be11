//! Why a plan file could not be read, as typed errors that name the field
//! at fault by its path: the strict reader's refusals (`core::strict_json`),
//! shared with results files, and the plan's own refusals of a value as a
//! typed [`ValueProblem`], so no English from the code reaches the page.

use std::fmt;

use crate::core::content::ToolsKey;
use crate::core::file::{FileDetail, FileError};
use crate::core::strict_json::{Refusal, MAX_FILE_BYTES};

/// A refusal of the strict reader, whose refused values are a plan's own
/// [`ValueProblem`]s.
pub(super) type Refused = Refusal<ValueProblem>;

/// Why a plan file could not be read. The problems a plan file shares with
/// a results file (size, nesting, JSON, format, versions, missing, unknown,
/// repeated and mistyped fields) are the results file's own [`FileError`]s,
/// so both readers report them alike, by path; a plan's own refusals of a
/// value are typed [`ValueProblem`]s.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PlanFileError {
    /// A problem any strictly read file can have. It is never
    /// [`FileError::Plan`] nor [`FileError::InvalidValue`], whose reasons
    /// are the results file's; a plan's refused values are
    /// [`PlanFileError::InvalidValue`].
    File(FileError),
    /// A field has the right kind of value, but not an allowed one.
    InvalidValue {
        /// The field's path, e.g. `items[2].lead`.
        path: String,
        /// What is wrong with it.
        problem: ValueProblem,
    },
}

impl From<FileError> for PlanFileError {
    fn from(error: FileError) -> PlanFileError {
        PlanFileError::File(error)
    }
}

impl From<Refused> for PlanFileError {
    fn from(refusal: Refused) -> PlanFileError {
        FileError::from_refusal(refusal).map_or_else(|(path, problem)| PlanFileError::InvalidValue { path, problem }, PlanFileError::File)
    }
}

/// What is wrong with a value of the right kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueProblem {
    /// `version` or `instrument_version` is 0, negative or fractional.
    NoSuchVersion,
    /// Not one of the five area keys.
    UnknownArea,
    /// Not one of the four school type keys.
    UnknownLevel,
    /// Not one of a step's four review statuses.
    UnknownStatus,
    /// Not one of the four answers to "how we will know" being met.
    UnknownMet,
    /// A practice position that no rubric cell has.
    NoSuchPosition,
    /// A text over its limit.
    TextTooLong,
    /// A text with a control character other than a line break or tab.
    ControlCharacter,
    /// More than [`MAX_ITEMS`](super::item::MAX_ITEMS) items.
    TooManyItems,
    /// A rubric practice that an earlier item already has.
    PracticeTwice,
    /// An item with both a rubric practice and a typed one.
    TwoPractices,
    /// Any other value the reader refused (only a guard: the rules are
    /// checked by path before).
    NotAllowed,
}

impl ValueProblem {
    /// The problem in plain English, for logs and tests.
    pub fn reason(self) -> &'static str {
        match self {
            ValueProblem::NoSuchVersion => "versions are whole numbers of 1 or more",
            ValueProblem::UnknownArea => "it is not a known area",
            ValueProblem::UnknownLevel => "it is not a known school type",
            ValueProblem::UnknownStatus => "it is not a known step status",
            ValueProblem::UnknownMet => "it is not a known answer to whether it worked",
            ValueProblem::NoSuchPosition => "practice positions are whole numbers from 0 to 3",
            ValueProblem::TextTooLong => "the text is longer than a plan allows",
            ValueProblem::ControlCharacter => "the text holds a control character",
            ValueProblem::TooManyItems => "a plan has at most 12 items",
            ValueProblem::PracticeTwice => "an earlier item has the same practice",
            ValueProblem::TwoPractices => "an item has a rubric practice or a typed one, not both",
            ValueProblem::NotAllowed => "it is not an allowed value",
        }
    }
}

impl PlanFileError {
    /// The tools page's text for the error.
    pub fn message_key(&self) -> ToolsKey {
        match self {
            PlanFileError::File(error) => match error {
                FileError::TooLarge { .. } => ToolsKey::TeamPlanFileTooLarge,
                FileError::NotUtf8 => ToolsKey::TeamPlanFileNotUtf8,
                FileError::TooDeep | FileError::NotJson { .. } | FileError::UnknownFormat => ToolsKey::TeamPlanFileNotAPlan,
                FileError::NewerVersion { .. } | FileError::NewerInstrument { .. } => ToolsKey::TeamPlanFileNewer,
                FileError::MissingField { .. } => ToolsKey::TeamPlanFileMissingField,
                FileError::UnknownField { .. } => ToolsKey::TeamPlanFileUnknownField,
                FileError::DuplicateKey { .. } => ToolsKey::TeamPlanFileDuplicateKey,
                FileError::WrongType { .. } => ToolsKey::TeamPlanFileWrongType,
                FileError::InvalidValue { .. } | FileError::Plan { .. } => ToolsKey::TeamPlanFileInvalidValue,
            },
            PlanFileError::InvalidValue { problem, .. } => match problem {
                ValueProblem::TextTooLong => ToolsKey::TeamPlanFileTextTooLong,
                ValueProblem::TooManyItems => ToolsKey::TeamPlanFileTooManyItems,
                ValueProblem::PracticeTwice => ToolsKey::TeamPlanFilePracticeTwice,
                _ => ToolsKey::TeamPlanFileInvalidValue,
            },
        }
    }

    /// The path of the field at fault, if the error concerns one.
    pub fn path(&self) -> Option<&str> {
        match self {
            PlanFileError::File(error) => error.path(),
            PlanFileError::InvalidValue { path, .. } => Some(path),
        }
    }

    /// The detail to show under the message, as for a results file: a
    /// field's path, a position or the size, filled with the `file_detail_*`
    /// texts (and `team_plan_file_detail_size` for the size); none for the
    /// errors about the file as a whole, or at its top.
    pub fn detail(&self) -> Option<FileDetail<'_>> {
        match self {
            PlanFileError::File(error) => error.detail(),
            PlanFileError::InvalidValue { path, .. } => Some(FileDetail::Field { path }).filter(|_| !path.is_empty()),
        }
    }
}

impl fmt::Display for PlanFileError {
    // English for logs and tests only; the page shows the content's texts.
    // The results file's wording names a results file where it speaks of
    // the file as a whole, so those errors are worded here.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanFileError::File(FileError::TooLarge { bytes }) => {
                write!(f, "The file has {bytes} bytes; a plan file has at most {MAX_FILE_BYTES}.")
            }
            PlanFileError::File(FileError::TooDeep | FileError::NotJson { .. } | FileError::UnknownFormat) => {
                f.write_str("The file is not a team plan file.")
            }
            PlanFileError::File(error) => error.fmt(f),
            PlanFileError::InvalidValue { path, problem } => {
                write!(f, "The field \"{path}\" has a value that cannot be used: {}.", problem.reason())
            }
        }
    }
}

impl std::error::Error for PlanFileError {}
