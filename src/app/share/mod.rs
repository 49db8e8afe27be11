//! Sharing and opening results: the share link, the JSON download, and the
//! panel that opens a link, code or file (picker, drag and drop, paste).
//!
//! Each stateful component has a file of its own; this module holds what
//! they and the team summary share: why opened input was refused, and the
//! readers of files and pasted text.

mod copy_field;
mod open_panel;
mod share_panel;

pub use copy_field::CopyField;
pub use open_panel::OpenPanel;
pub use share_panel::SharePanel;

use super::widgets::Text;
use crate::browser;
use crate::core::content::Key;
use crate::core::file::{self, FileDetail, FileError, PastedError};
use crate::core::session::SharedView;
use crate::core::share::ShareError;

/// Why opened input could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenProblem {
    /// The pasted or dropped text held a link or code that does not decode.
    Link(ShareError),
    /// The results file was read but refused.
    File(FileError),
    /// The file is over the size limit, so it was not read at all.
    FileTooLarge,
    /// The browser could not read the file.
    FileUnreadable,
}

impl From<PastedError> for OpenProblem {
    fn from(error: PastedError) -> OpenProblem {
        match error {
            PastedError::Link(e) => OpenProblem::Link(e),
            PastedError::File(e) => OpenProblem::File(e),
        }
    }
}

impl OpenProblem {
    /// The plain-language explanation, with the technical detail where it
    /// helps someone fix a hand-edited file. Both come from the content.
    pub fn describe(&self, text: &Text) -> (&'static str, Option<String>) {
        match self {
            OpenProblem::Link(e) => (text.ui(e.message_key()), None),
            OpenProblem::File(e) => (text.ui(e.message_key()), e.detail().map(|d| file_detail(text, d))),
            OpenProblem::FileTooLarge => (text.ui(Key::FileErrorTooLarge), None),
            OpenProblem::FileUnreadable => (text.ui(Key::FileErrorUnreadable), None),
        }
    }
}

/// The detail line of a results-file error, filled into its content text.
fn file_detail(text: &Text, detail: FileDetail) -> String {
    match detail {
        FileDetail::Field { path } => text.ui_with(Key::FileDetailField, &[("path", path)]),
        FileDetail::Question(question) => {
            let area = question.area().map_or("", |area| text.instrument.areas[area].title);
            let number = question.number().unwrap_or_default().to_string();
            text.ui_with(question.message_key(), &[("area", area), ("number", &number)])
        }
        FileDetail::Position { line, column } => {
            text.ui_with(Key::FileDetailPosition, &[("line", &line.to_string()), ("column", &column.to_string())])
        }
        FileDetail::Line { line } => text.ui_with(Key::FileDetailLine, &[("line", &line.to_string())]),
        FileDetail::Size { bytes, limit } => {
            text.ui_with(Key::FileDetailSize, &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())])
        }
    }
}

/// Reads a chosen or dropped results file; files over the size limit are
/// refused before they are read.
pub async fn read_results_file(file: web_sys::File) -> Result<file::Imported, OpenProblem> {
    match browser::read_file(file, file::MAX_FILE_BYTES).await {
        Ok(bytes) => file::text_of(&bytes).and_then(|contents| file::import(&contents)).map_err(OpenProblem::File),
        Err(browser::FileReadProblem::TooLarge { .. }) => Err(OpenProblem::FileTooLarge),
        Err(browser::FileReadProblem::Unreadable) => Err(OpenProblem::FileUnreadable),
    }
}

/// Reads pasted or dropped text; the core decides whether it is a results
/// file or a link or code.
pub fn read_pasted(input: &str) -> Result<SharedView, OpenProblem> {
    file::read_pasted(input).map_err(OpenProblem::from)
}
