//! Opening results, on both pages: why opened input was refused, and the
//! readers of results files and pasted text (links, codes, or a whole
//! e-mail of them).

use super::widgets::Text;
use crate::browser;
use crate::core::content::Key;
use crate::core::content::Placeholder;
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
        FileDetail::Field { path } => text.ui_with(Key::FileDetailField, &[(Placeholder::Path, path)]),
        FileDetail::Question(question) => {
            let area = question.area().map_or("", |area| text.instrument.areas[area].title);
            let number = question.number().unwrap_or_default().to_string();
            text.ui_with(question.message_key(), &[(Placeholder::Area, area), (Placeholder::Number, &number)])
        }
        FileDetail::Position { line, column } => {
            text.ui_with(Key::FileDetailPosition, &[(Placeholder::Line, &line.to_string()), (Placeholder::Column, &column.to_string())])
        }
        FileDetail::Line { line } => text.ui_with(Key::FileDetailLine, &[(Placeholder::Line, &line.to_string())]),
        FileDetail::Size { bytes, limit } => {
            text.ui_with(Key::FileDetailSize, &[(Placeholder::Bytes, &bytes.to_string()), (Placeholder::Limit, &limit.to_string())])
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

/// What dropping onto a drop zone does: files dropped go to `on_files`,
/// and dragged text (a link from another window) to `on_text`.
pub fn drop_handler(on_files: yew::Callback<web_sys::FileList>, on_text: yew::Callback<String>) -> yew::Callback<web_sys::DragEvent> {
    yew::Callback::from(move |event: web_sys::DragEvent| {
        event.prevent_default();
        let Some(data) = event.data_transfer() else { return };
        match data.files().filter(|f| f.length() > 0) {
            Some(files) => on_files.emit(files),
            None => {
                if let Ok(dropped) = data.get_data("text/plain") {
                    on_text.emit(dropped);
                }
            }
        }
    })
}

/// The change handler of a file input that opens one file: the first chosen
/// file is read (refused unread above `limit` bytes) and `opened` gets its
/// bytes or why not. The input is emptied at once, so that choosing the
/// same file again reads it again.
pub fn on_file_chosen(limit: usize, opened: impl Fn(Result<Vec<u8>, browser::FileReadProblem>) + 'static) -> yew::Callback<web_sys::Event> {
    use yew::TargetCast;
    let opened = std::rc::Rc::new(opened);
    yew::Callback::from(move |event: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        let opened = opened.clone();
        wasm_bindgen_futures::spawn_local(async move { opened(browser::read_file(file, limit).await) });
    })
}
