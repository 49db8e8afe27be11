//! The intro's panel that opens someone's results from a file (picker or
//! drop) or from pasted text.

use yew::prelude::*;

use crate::app::common::files::{read_pasted, read_results_file, OpenProblem};
use crate::app::common::widgets::{text_setter, Text};
use crate::core::content::Key;
use crate::core::session::{Action, SharedView, Source};

/// Properties of [`OpenPanel`].
#[derive(Properties, PartialEq)]
pub struct OpenPanelProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// Receives `Action::OpenShared` once something opened cleanly.
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
                let result = read_results_file(file).await.map(|imported| SharedView {
                    answers: imported.answers,
                    source: Source::File,
                    notes: imported.notes,
                });
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
