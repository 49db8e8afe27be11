//! Why a plan file could not be read, as typed errors that name the field
//! at fault by its path, and how serde's errors become them. The approach
//! is the results file's (`core::file`): serde's fixed wording is matched
//! back to a kind of error, and the values' own refusals to a typed
//! [`ValueProblem`], so no English from the code reaches the page.

use std::fmt;

use crate::core::content::ToolsKey;
use crate::core::file::{FileDetail, FileError, MAX_FILE_BYTES};

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

/// What is wrong with a value of the right kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueProblem {
    /// `version` or `instrument_version` is 0, negative or fractional.
    NoSuchVersion,
    /// Not one of the five area keys.
    UnknownArea,
    /// Not one of the four school type keys.
    UnknownLevel,
    /// A practice position that no rubric cell has.
    NoSuchPosition,
    /// A text over its limit.
    TextTooLong,
    /// A text with a control character other than a line break or tab.
    ControlCharacter,
    /// More than [`super::MAX_ITEMS`] items.
    TooManyItems,
    /// A rubric practice that an earlier item already has.
    PracticeTwice,
    /// An item with both a rubric practice and a typed one.
    TwoPractices,
    /// Any other value serde refused.
    NotAllowed,
}

impl ValueProblem {
    /// Every problem a value's own reader reports.
    const ALL: [ValueProblem; 9] = [
        ValueProblem::NoSuchVersion,
        ValueProblem::UnknownArea,
        ValueProblem::UnknownLevel,
        ValueProblem::NoSuchPosition,
        ValueProblem::TextTooLong,
        ValueProblem::ControlCharacter,
        ValueProblem::TooManyItems,
        ValueProblem::PracticeTwice,
        ValueProblem::TwoPractices,
    ];

    /// The problem in plain English, for logs and tests; the readers give
    /// it to serde as their message, and the classifier finds it again.
    pub fn reason(self) -> &'static str {
        match self {
            ValueProblem::NoSuchVersion => "versions are whole numbers of 1 or more",
            ValueProblem::UnknownArea => "it is not a known area",
            ValueProblem::UnknownLevel => "it is not a known school type",
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

/// What serde calls a kind of value, and what the error says instead.
const EXPECTED: [(&str, &str); 5] = [
    ("a string", "text"),
    ("u64", "a whole number"),
    ("a JSON number", "a whole number"),
    ("a sequence", "a list ([ … ])"),
    (super::wire::OBJECT, super::wire::OBJECT),
];

/// The typed error for a failed read of the text by serde.
pub(super) fn from_serde(error: &serde_path_to_error::Error<serde_json::Error>) -> PlanFileError {
    let inner = error.inner();
    if inner.classify() != serde_json::error::Category::Data {
        return not_json(inner);
    }
    // serde_path_to_error writes the top level as "."; an empty path is
    // what the detail leaves out.
    let path = match error.path().to_string() {
        top if top == "." => String::new(),
        path => path,
    };
    let text = inner.to_string();
    let position = format!(" at line {} column {}", inner.line(), inner.column());
    classify(path, text.strip_suffix(&position).unwrap_or(&text))
}

/// The position of a JSON syntax error.
pub(super) fn not_json(error: &serde_json::Error) -> PlanFileError {
    PlanFileError::File(FileError::NotJson { line: error.line(), column: error.column() })
}

/// The typed error for serde's `message` about the value at `path`.
fn classify(path: String, message: &str) -> PlanFileError {
    // serde's wording puts a missing or repeated field's name in
    // backquotes, and the path ends at the object holding it.
    let file = PlanFileError::File;
    let named = |prefix: &str| {
        let name = message.strip_prefix(prefix)?.split('`').next()?;
        Some(if path.is_empty() { name.to_owned() } else { format!("{path}.{name}") })
    };
    if let Some(path) = named("missing field `") {
        return file(FileError::MissingField { path });
    }
    if let Some(path) = named("duplicate field `") {
        return file(FileError::DuplicateKey { path });
    }
    if message.starts_with("unknown field `") {
        return file(FileError::UnknownField { path });
    }
    if message.starts_with("invalid type: ") {
        let expected = EXPECTED
            .iter()
            .find(|(serde_words, _)| message.ends_with(&format!("expected {serde_words}")))
            .map_or("a different kind of value", |(_, ours)| ours);
        return file(FileError::WrongType { path, expected });
    }
    let problem = ValueProblem::ALL.into_iter().find(|problem| message == problem.reason()).unwrap_or(ValueProblem::NotAllowed);
    PlanFileError::InvalidValue { path, problem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_found_again() {
        for problem in ValueProblem::ALL {
            assert_eq!(classify("x".into(), problem.reason()), PlanFileError::InvalidValue { path: "x".into(), problem });
        }
        assert_eq!(
            classify("items[0]".into(), "missing field `lead`"),
            PlanFileError::File(FileError::MissingField { path: "items[0].lead".into() })
        );
    }
}
