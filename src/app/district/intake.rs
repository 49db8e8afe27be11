//! The paste box, the file picker and the log of what each link did, with
//! a name field for each team link that carries none. It is the
//! coordinator's tool, not the district's results, so it is left off paper.

use yew::prelude::*;

use super::{Dispatch, Page};
use crate::app::common::files::drop_handler;
use crate::app::common::widgets::Text;
use crate::core::content::{Placeholder, ToolsKey};
use crate::core::district::{Action, LogLine, Notice, Refused};

/// The most log lines shown; a paste of a thousand links is summed up by
/// the tally, and its unusual lines (refused, replaced) come first.
const MOST_LOG_LINES: usize = 60;

/// Properties of [`Intake`].
#[derive(Properties, PartialEq)]
pub struct IntakeProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
}

/// Reads each chosen or dropped file's text into the chosen round.
fn read_files(dispatch: &Dispatch, files: web_sys::FileList) {
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(bytes) = crate::browser::read_file(file, crate::core::district::MAX_WORKSPACE_BYTES).await {
                if let Ok(contents) = crate::core::file::text_of(&bytes) {
                    dispatch.emit(Action::AddText(contents));
                }
            }
        });
    }
}

/// One log line in words.
fn log_words(text: &Text, line: &LogLine) -> (String, &'static str) {
    let name = |key, name: &str| text.tools_with(key, &[(Placeholder::Name, name)]);
    let at = |key, line: u32| text.tools_with(key, &[(Placeholder::Line, &line.to_string())]);
    match line {
        LogLine::Added { name: n } => (name(ToolsKey::DistrictAdded, n), "psc-status-added"),
        LogLine::Same { name: n } => (name(ToolsKey::DistrictSame, n), "psc-status-duplicate"),
        LogLine::Replaced { name: n } => (name(ToolsKey::DistrictReplaced, n), "psc-status-changed"),
        LogLine::NeedsName { line } => (at(ToolsKey::DistrictNeedsName, *line), "psc-status-changed"),
        LogLine::Refused { line, why: Refused::Individual } => (at(ToolsKey::DistrictRefusedIndividual, *line), "psc-status-damaged"),
        LogLine::Refused { line, why: Refused::Family } => (at(ToolsKey::DistrictRefusedFamily, *line), "psc-status-damaged"),
        LogLine::Refused { line, why: Refused::Damaged(error) } => (
            text.tools_with(
                ToolsKey::DistrictRefusedDamaged,
                &[(Placeholder::Line, &line.to_string()), (Placeholder::Reason, text.tools(error.message_key()))],
            ),
            "psc-status-damaged",
        ),
    }
}

/// The tally of a paste, in one line.
fn tally(text: &Text, log: &[LogLine]) -> String {
    let count = |keep: fn(&LogLine) -> bool| log.iter().filter(|l| keep(l)).count().to_string();
    text.tools_with(
        ToolsKey::DistrictTally,
        &[
            (Placeholder::Added, &count(|l| matches!(l, LogLine::Added { .. }))),
            (Placeholder::Same, &count(|l| matches!(l, LogLine::Same { .. }))),
            (Placeholder::Replaced, &count(|l| matches!(l, LogLine::Replaced { .. }))),
            (Placeholder::Refused, &count(|l| matches!(l, LogLine::Refused { .. }))),
        ],
    )
}

/// The paste box, files, log and waiting links.
#[component(Intake)]
pub fn intake(props: &IntakeProps) -> Html {
    let text = &props.text;
    let dispatch = &props.dispatch;
    let state = &props.state;
    let on_input = dispatch.reform(|e: InputEvent| Action::PasteBox(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()));
    let on_pick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(files) = input.files() {
                read_files(&dispatch, files);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let reader = dispatch.clone();
        drop_handler(Callback::from(move |files| read_files(&reader, files)), dispatch.reform(Action::AddText))
    };
    // Unusual lines first, so that a long paste's refusals are not buried.
    let mut lines: Vec<(String, &'static str)> = state.log.iter().map(|line| log_words(text, line)).collect();
    lines.sort_by_key(|(_, class)| *class == "psc-status-added");
    lines.truncate(MOST_LOG_LINES);
    let pending = state.pending.iter().enumerate().map(|(index, pending)| {
        let id = format!("psc-district-pending-{}", index + 1);
        let on_typed = dispatch.reform(move |e: InputEvent| Action::PendingTyped(index, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
        html! {
            <li>
                <label for={id.clone()}>{ text.tools_with(ToolsKey::DistrictPendingLabel, &[(Placeholder::Line, &pending.line.to_string())]) }</label>
                <input type="text" id={id} value={pending.typed.clone()} oninput={on_typed} />
                <button type="button" class="psc-button psc-small" onclick={dispatch.reform(move |_| Action::NamePending(index))}>{ text.tools(ToolsKey::DistrictPendingAdd) }</button>
                <button type="button" class="psc-button psc-small" onclick={dispatch.reform(move |_| Action::DropPending(index))}>{ text.tools(ToolsKey::DistrictPendingDrop) }</button>
            </li>
        }
    });
    html! {
        <section class="psc-district-intake psc-no-print" aria-labelledby="psc-district-paste-label">
            <label id="psc-district-paste-label" for="psc-district-paste">{ text.tools(ToolsKey::DistrictPasteLabel) }</label>
            <p class="psc-hint" id="psc-district-paste-help">{ text.tools(ToolsKey::DistrictPasteHelp) }</p>
            <textarea id="psc-district-paste" rows="6" aria-describedby="psc-district-paste-help" value={state.paste_box.clone()} oninput={on_input} />
            <div class="psc-actions">
                <button type="button" id="psc-district-add" class="psc-button psc-primary" onclick={dispatch.reform(|_| Action::AddPasteBox)}>
                    { text.tools(ToolsKey::DistrictAdd) }
                </button>
            </div>
            <div class="psc-drop" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                <label for="psc-district-files">{ text.tools(ToolsKey::DistrictOpenFiles) }</label>
                <input id="psc-district-files" type="file" multiple=true accept=".txt,.eml,.html,.csv,text/*" onchange={on_pick} />
            </div>
            <div class="psc-team-log" aria-live="polite" id="psc-district-log">
                if state.notice == Some(Notice::NothingFound) {
                    <p class="psc-notice psc-error">{ text.tools(ToolsKey::DistrictNothingFound) }</p>
                }
                if !state.log.is_empty() {
                    <p class="psc-team-tally">{ tally(text, &state.log) }</p>
                    <ul class="psc-team-entries">
                        { for lines.into_iter().map(|(words, class)| html! { <li class={class}>{ words }</li> }) }
                    </ul>
                }
            </div>
            if !state.pending.is_empty() {
                <ul class="psc-district-pending">{ for pending }</ul>
            }
        </section>
    }
}
