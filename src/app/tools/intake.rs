//! The team box: paste links or a whole e-mail thread, drop or pick
//! results files, and read the log of what happened to each, with the
//! choice for a self-check sent again with other answers and what can be
//! done with a team link.

use yew::prelude::*;

use super::{Dispatch, Page};
use crate::app::common::files::{drop_handler, read_results_file};
use crate::app::common::widgets::Text;
use crate::core::content::Placeholder;
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::team::{self, Entry, EntrySource, EntryStatus, IntakeAction, LogLine, Resend, TeamLinkFound, Version};
use crate::core::tools::ToolsAction;

/// "not added: <why>", as one sentence of the language's own order.
fn damaged_words(text: &Text, reason: &str) -> String {
    text.tools_with(ToolsKey::TeamStatusDamaged, &[(Placeholder::Reason, reason)])
}

/// "10 added, 1 sent again with different answers, 2 already counted, …":
/// each count with its own plural form, in the order of the language's
/// `team_tally`.
fn tally_words(text: &Text, tally: &team::Tally) -> String {
    let part = |key, count: u32| text.tools_count(key, u64::from(count), &[]);
    text.tools_with(
        ToolsKey::TeamTally,
        &[
            (Placeholder::Added, &part(ToolsPluralKey::TeamTallyAdded, tally.added)),
            (Placeholder::Changed, &part(ToolsPluralKey::TeamTallyChanged, tally.changed)),
            (Placeholder::Duplicate, &part(ToolsPluralKey::TeamTallyDuplicate, tally.duplicate)),
            (Placeholder::Damaged, &part(ToolsPluralKey::TeamTallyDamaged, tally.damaged)),
            (Placeholder::Newer, &part(ToolsPluralKey::TeamTallyNewer, tally.newer_version)),
        ],
    )
}

/// One pooled entry's line: where it came from, what happened to it, and
/// for a resend the choice of which answers count.
fn entry_line(text: &Text, entry: &Entry, resends: &[Resend], dispatch: &Dispatch) -> Html {
    let source = match &entry.source {
        EntrySource::Text { line, .. } => text.tools_with(ToolsKey::TeamSourceLine, &[(Placeholder::Line, &line.to_string())]),
        EntrySource::File { label } => label.clone(),
    };
    let (class, words, choice) = match &entry.status {
        EntryStatus::Added => ("psc-status-added", text.tools(ToolsKey::TeamStatusAdded).to_owned(), None),
        EntryStatus::Duplicate => ("psc-status-duplicate", text.tools(ToolsKey::TeamStatusDuplicate).to_owned(), None),
        EntryStatus::Damaged(error) => ("psc-status-damaged", damaged_words(text, text.tools(error.message_key())), None),
        EntryStatus::NewerVersion => ("psc-status-newer", text.tools(ToolsKey::TeamStatusNewer).to_owned(), None),
        EntryStatus::Blank => ("psc-status-blank", text.tools(ToolsKey::TeamStatusBlank).to_owned(), None),
        EntryStatus::Changed(id) => {
            let counted = resends.iter().find(|r| r.id == *id).map_or(Version::Later, |r| r.counted);
            let (key, other, label) = match counted {
                Version::Later => (ToolsKey::TeamStatusChanged, Version::Earlier, ToolsKey::TeamResendKeepEarlier),
                Version::Earlier => (ToolsKey::TeamStatusChangedEarlier, Version::Later, ToolsKey::TeamResendKeepLater),
            };
            let id = *id;
            let onclick = dispatch.reform(move |_| ToolsAction::Intake(IntakeAction::KeepVersion { id, version: other }));
            let button = html! {
                <button type="button" class="psc-button psc-small psc-resend-choice" {onclick}>{ text.tools(label) }</button>
            };
            ("psc-status-changed", text.tools(key).to_owned(), Some(button))
        }
    };
    html! {
        <li class={class}>
            <strong>{ source }{ ": " }</strong>{ words }
            if let Some(button) = choice { { " " }{ button } }
        </li>
    }
}

/// A team link's line: what it is, and buttons to open or compare it.
fn team_link_line(text: &Text, found: &TeamLinkFound, dispatch: &Dispatch) -> Html {
    let source = text.tools_with(ToolsKey::TeamSourceLine, &[(Placeholder::Line, &found.line.to_string())]);
    match &found.read {
        Ok(read) => {
            let words = text.tools_count(ToolsPluralKey::TeamStatusTeamLink, u64::from(read.counts.respondents()), &[]);
            let (open, compare) = (found.code.clone(), found.code.clone());
            html! {
                <li class="psc-status-team-link">
                    <strong>{ source }{ ": " }</strong>{ words }{ " " }
                    <span class="psc-actions psc-inline-actions">
                        <button type="button" class="psc-button psc-small psc-team-link-open"
                            onclick={dispatch.reform(move |_| ToolsAction::ViewTeamLink(open.clone()))}>{ text.tools(ToolsKey::TeamLinkOpen) }</button>
                        <button type="button" class="psc-button psc-small psc-team-link-compare"
                            onclick={dispatch.reform(move |_| ToolsAction::CompareTeamLink(compare.clone()))}>{ text.tools(ToolsKey::TeamLinkCompare) }</button>
                    </span>
                </li>
            }
        }
        Err(error) => html! {
            <li class="psc-status-damaged">
                <strong>{ source }{ ": " }</strong>
                { text.tools_with(ToolsKey::TeamStatusTeamLinkDamaged, &[(Placeholder::Reason, text.tools(error.message_key()))]) }
            </li>
        },
    }
}

/// Properties of [`TeamBox`].
#[derive(Properties, PartialEq)]
pub struct TeamBoxProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
    /// The privacy floor, for the sentence that names it.
    pub min_team: u16,
}

/// The paste box, the file picker and the log. It is the facilitator's
/// tool, not the team's results, so it is left off paper.
#[component(TeamBox)]
pub fn team_box(props: &TeamBoxProps) -> Html {
    let text = &props.text;
    let dispatch = &props.dispatch;
    let intake = &props.state.intake;
    let read_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |files: web_sys::FileList| {
            for index in 0..files.length() {
                let Some(file_handle) = files.get(index) else { continue };
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let label = file_handle.name();
                    let result = read_results_file(file_handle).await.map(|imported| imported.answers);
                    dispatch.emit(ToolsAction::Intake(IntakeAction::AddFile { label, result }));
                });
            }
        })
    };
    let on_pick = {
        let read_files = read_files.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(files) = input.files() {
                read_files.emit(files);
            }
            input.set_value("");
        })
    };
    let on_drop = drop_handler(read_files, dispatch.reform(|dropped| ToolsAction::Intake(IntakeAction::AddText(dropped))));
    let on_input = dispatch.reform(|event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        ToolsAction::TeamBox(area.value())
    });
    let resends: Vec<Resend> = intake.pool().resends().collect();
    let log = intake.log().iter().map(|line| match line {
        LogLine::Pooled(entry) => entry_line(text, entry, &resends, dispatch),
        LogLine::TeamLink(found) => team_link_line(text, found, dispatch),
        LogLine::UnreadableFile { label, problem } => {
            let (message, _) = problem.describe(text);
            html! { <li class="psc-status-damaged"><strong>{ label }{ ": " }</strong>{ damaged_words(text, message) }</li> }
        }
    });
    let min = props.min_team.to_string();
    html! {
        <div class="psc-team-input psc-no-print">
            <p>{ text.tools(ToolsKey::TeamIntro) }</p>
            <p class="psc-privacy">{ text.tools_with(ToolsKey::TeamPrivacy, &[(Placeholder::Min, &min)]) }</p>
            <label for="psc-team-paste">{ text.tools(ToolsKey::TeamPasteLabel) }</label>
            <textarea id="psc-team-paste" rows="6" value={props.state.team_box.clone()} oninput={on_input} />
            <div class="psc-actions">
                <button type="button" id="psc-team-add" class="psc-button psc-primary" onclick={dispatch.reform(|_| ToolsAction::AddTeamBox)}>
                    { text.tools(ToolsKey::TeamAdd) }
                </button>
            </div>
            <div class="psc-drop" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                <label for="psc-team-files">{ text.tools(ToolsKey::TeamFilesLabel) }</label>
                <input id="psc-team-files" type="file" multiple=true accept=".json,application/json" onchange={on_pick} />
                <p class="psc-hint">{ text.ui(Key::OpenDropHint) }</p>
            </div>
            if !intake.log().is_empty() {
                <div class="psc-team-log" aria-live="polite">
                    <h3 id="psc-team-log-heading" tabindex="-1">{ text.tools(ToolsKey::TeamLogHeading) }</h3>
                    <p class="psc-team-tally">{ tally_words(text, &intake.tally()) }</p>
                    if intake.lines_without_code() > 0 {
                        <p class="psc-hint">{ text.tools_count(ToolsPluralKey::TeamLinesWithoutCode, u64::from(intake.lines_without_code()), &[]) }</p>
                    }
                    <ul class="psc-team-entries">{ for log }</ul>
                </div>
            }
        </div>
    }
}
