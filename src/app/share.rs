//! Sharing and opening results: the share link, the JSON download, and the
//! panel that opens a link, code or file (picker, drag and drop, paste).

use yew::prelude::*;

use super::widgets::{select_all, text_setter, Text};
use crate::browser;
use crate::core::content::Key;
use crate::core::file::{self, FileDetail, FileError, PastedError};
use crate::core::model::Answers;
use crate::core::session::{Action, SharedView, Source};
use crate::core::share::{self, ShareError};

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub text: Text,
    pub answers: Answers,
    pub notes: String,
    pub notes_enabled: bool,
}

#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    pub text: Text,
    /// The input's id, so the fallback can select it for copying by hand.
    pub id: AttrValue,
    pub label: String,
    pub value: String,
}

/// A read-only link with a "Copy link" button. When the Clipboard API is
/// missing or denied (e.g. in an iframe), the link is selected instead and
/// the person is told how to copy it by hand.
#[component(CopyField)]
pub fn copy_field(props: &CopyFieldProps) -> Html {
    let text = &props.text;
    // None: nothing tried yet; Some(true): copied; Some(false): copy by hand.
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let on_copy = {
        let copied = copied.clone();
        let value = props.value.clone();
        let field = field.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let value = value.clone();
            let field = field.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&value).await;
                copied.set(Some(ok));
                if !ok {
                    select_all(&field);
                }
            });
        })
    };
    let on_focus = {
        let field = field.clone();
        Callback::from(move |_| select_all(&field))
    };
    let status = match *copied {
        Some(true) => html! { <p class="psc-hint psc-copy-status" role="status">{ text.ui(Key::ShareCopied) }</p> },
        Some(false) => html! { <p class="psc-hint psc-copy-status" role="status">{ text.ui(Key::ShareCopyByHand) }</p> },
        None => html! {},
    };
    html! {
        <>
            <label for={props.id.clone()}>{ &props.label }</label>
            <div class="psc-share-row">
                <input ref={field} id={props.id.clone()} class="psc-share-link" type="text" readonly=true
                    value={props.value.clone()} onfocus={on_focus} />
                <button type="button" id={format!("{}-copy", props.id)} class="psc-button psc-primary" onclick={on_copy}>
                    { text.ui(Key::ShareCopy) }
                </button>
            </div>
            { status }
        </>
    }
}

/// The share link with "Copy link", and the results-file download.
#[component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let text = &props.text;
    let link = format!("{}#{}", browser::page_address(), share::fragment(&props.answers));
    let include_notes = use_state(|| false);
    let on_download = {
        let answers = props.answers.clone();
        let notes = props.notes.clone();
        let include = *include_notes;
        Callback::from(move |_| {
            let notes = include.then_some(notes.as_str());
            let name = format!("partnership-selfcheck-{}.json", answers.id);
            browser::download(&name, "application/json", &file::export(&answers, notes));
        })
    };
    html! {
        <section class="psc-share psc-no-print" aria-labelledby="psc-share-heading">
            <h3 id="psc-share-heading">{ text.ui(Key::ShareHeading) }</h3>
            <p>{ text.ui(Key::ShareIntro) }</p>
            <CopyField text={text.clone()} id="psc-share-link" label={text.ui(Key::ShareLinkLabel)} value={link} />
            <p class="psc-hint">{ text.ui(Key::ShareWhatIsInIt) }</p>
            <h4>{ text.ui(Key::DownloadHeading) }</h4>
            if props.notes_enabled {
                <div class="psc-check">
                    <input type="checkbox" id="psc-include-notes" checked={*include_notes}
                        onchange={let n = include_notes.clone(); move |_| n.set(!*n)} />
                    <label for="psc-include-notes">{ text.ui(Key::DownloadIncludeNotes) }</label>
                </div>
            }
            <button type="button" id="psc-download" class="psc-button" onclick={on_download}>
                { text.ui(Key::DownloadButton) }
            </button>
        </section>
    }
}

/// Why opened input could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenProblem {
    Link(ShareError),
    File(FileError),
    FileTooLarge,
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
        FileDetail::Position { line, column } => text.ui_with(Key::FileDetailPosition,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        FileDetail::Line { line } => text.ui_with(Key::FileDetailLine, &[("line", &line.to_string())]),
        FileDetail::Size { bytes, limit } => text.ui_with(Key::FileDetailSize,
            &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())],
        ),
    }
}

/// Reads a chosen or dropped results file; files over the size limit are
/// refused before they are read.
pub async fn read_results_file(file: web_sys::File) -> Result<file::Imported, OpenProblem> {
    match browser::read_file(file, file::MAX_FILE_BYTES).await {
        Ok(contents) => file::import(&contents).map_err(OpenProblem::File),
        Err(browser::FileReadProblem::TooLarge { .. }) => Err(OpenProblem::FileTooLarge),
        Err(browser::FileReadProblem::Unreadable) => Err(OpenProblem::FileUnreadable),
    }
}

/// Reads pasted or dropped text; the core decides whether it is a results
/// file or a link or code.
pub fn read_pasted(input: &str) -> Result<SharedView, OpenProblem> {
    file::read_pasted(input).map_err(OpenProblem::from)
}

#[derive(Properties, PartialEq)]
pub struct OpenPanelProps {
    pub text: Text,
    pub dispatch: Callback<Action>,
}

/// Opens someone's results from a file (picker or drop) or pasted text.
#[component(OpenPanel)]
pub fn open_panel(props: &OpenPanelProps) -> Html {
    let text = &props.text;
    let problem = use_state(|| None::<OpenProblem>);
    let pasted = use_state(String::new);

    let accept = {
        let dispatch = props.dispatch.clone();
        let problem = problem.clone();
        Callback::from(move |result: Result<SharedView, OpenProblem>| match result {
            Ok(view) => {
                problem.set(None);
                dispatch.emit(Action::OpenShared(view));
            }
            Err(e) => problem.set(Some(e)),
        })
    };
    let read_file = {
        let accept = accept.clone();
        Callback::from(move |file: web_sys::File| {
            let accept = accept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = read_results_file(file)
                    .await
                    .map(|imported| SharedView { answers: imported.answers, source: Source::File });
                accept.emit(result);
            });
        })
    };
    let on_pick = {
        let read_file = read_file.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file.emit(file);
            }
            // Clearing lets the same file be picked again after fixing it.
            input.set_value("");
        })
    };
    let on_drop = {
        let read_file = read_file.clone();
        let accept = accept.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let Some(data) = event.data_transfer() else { return };
            if let Some(file) = data.files().and_then(|files| files.get(0)) {
                read_file.emit(file);
            } else if let Ok(dropped) = data.get_data("text/plain") {
                accept.emit(read_pasted(&dropped));
            }
        })
    };
    let on_paste_input = text_setter(&pasted);
    let on_open_pasted = {
        let pasted = pasted.clone();
        let accept = accept.clone();
        Callback::from(move |_| accept.emit(read_pasted(&pasted)))
    };
    let error = problem.as_ref().map(|p| {
        let (message, detail) = p.describe(text);
        html! {
            <div class="psc-notice psc-error" role="alert">
                <p>{ message }</p>
                if let Some(detail) = detail { <p class="psc-hint">{ detail }</p> }
                <p>{ text.ui(Key::OpenNothingLost) }</p>
            </div>
        }
    });
    html! {
        <section class="psc-open" aria-labelledby="psc-open-heading">
            <h3 id="psc-open-heading">{ text.ui(Key::OpenHeading) }</h3>
            <p>{ text.ui(Key::OpenIntro) }</p>
            { error }
            <div class="psc-drop" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                <label for="psc-open-file">{ text.ui(Key::OpenFileLabel) }</label>
                <input id="psc-open-file" type="file" accept=".json,application/json" onchange={on_pick} />
                <p class="psc-hint">{ text.ui(Key::OpenDropHint) }</p>
            </div>
            <label for="psc-open-paste">{ text.ui(Key::OpenPasteLabel) }</label>
            <textarea id="psc-open-paste" rows="3" value={(*pasted).clone()} oninput={on_paste_input} />
            <button type="button" id="psc-open-pasted" class="psc-button" onclick={on_open_pasted}>
                { text.ui(Key::OpenPasteButton) }
            </button>
        </section>
    }
}
