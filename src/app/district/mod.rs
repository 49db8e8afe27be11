//! The district page: many schools' team links side by side, with no
//! server. It is a page of its own (`district/`) with its own bundle, so
//! that neither the self-check nor the facilitator's tools carry it; its
//! texts are tools texts (`tools.json`), which the self-check's bundle
//! never links.
//!
//! Everything the page knows is the core's district [`State`], driven by
//! its pure reducer; this root reads storage once at the start, writes what
//! the state says to keep after each change, and lays out the parts:
//! `intake` (the paste box, files and log), `grid` (schools × areas) and
//! `views` (the spread, the gap, support, year over year) with `families`
//! (families beside staff, and families year over year).

mod families;
mod grid;
mod intake;
mod views;

use std::rc::Rc;

use yew::prelude::*;

use super::common::boot::{mount, prepare};
use super::common::files::on_file_chosen;
use super::common::language::{LanguageProblem, Page as LanguagePage};
use super::common::storage::{keep, stored};
use super::common::widgets::{self, Header, Text};
use crate::browser::{self, DISTRICT_KEY};
use crate::core::config::Warning;
use crate::core::content::{Key, Placeholder, ToolsKey};
use crate::core::district::{self, Action, Notice, State, ROUNDS};

/// The page's state as views receive it: the reducer's handle, which
/// compares by pointer, so a view redraws only when the state changed.
type Page = UseReducerHandle<State>;

/// How views change the page's state.
type Dispatch = Callback<Action>;

// Yew's reducer hook drives the core's pure state machine directly.
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(action))
    }
}

/// Properties of [`DistrictApp`].
#[derive(Properties, PartialEq)]
pub struct DistrictProps {
    /// The texts of the language the page opens in.
    pub text: Text,
    /// The configuration's problems, shown with `debug=1`.
    #[prop_or_default]
    pub config_warnings: Vec<Warning>,
    /// The language the page could not open, if any.
    #[prop_or_default]
    pub language_problem: Option<LanguageProblem>,
}

/// The district page's root component.
#[component(DistrictApp)]
pub fn district_app(props: &DistrictProps) -> Html {
    let text = use_state(|| props.text);
    let on_language = text.setter();
    let text = &*text;
    let state = use_reducer(|| State::open(stored(DISTRICT_KEY)));
    let dispatch: Dispatch = state.dispatcher().into();
    {
        let dispatch = dispatch.clone();
        // Written after each change to what is kept, not after every
        // render: a thousand schools' workspace is not small.
        let kept = state.clone();
        use_effect_with(state.revision(), move |_| {
            if !keep(DISTRICT_KEY, kept.to_keep()) {
                dispatch.emit(Action::StorageFailed);
            }
        });
    }
    let date = browser::local_date(text.language.code());
    let printed = text.ui_with(Key::ResultsPrintDate, &[(Placeholder::Date, &date)]);
    let page: Page = state.clone();
    html! {
        <div class="psc-root psc-district">
            <p class="psc-print-only psc-print-running">
                <strong>{ text.tools(ToolsKey::DistrictBriefTitle) }</strong>
                if !state.district.is_empty() { { " · " }<strong>{ state.district.clone() }</strong> }
                { " · " }{ printed }
            </p>
            <Header text={*text} name={None::<AttrValue>} page={LanguagePage::Tools} {on_language} language_problem={props.language_problem}>
                <a id="psc-back-to-self-check" class="psc-link-button psc-no-print" href={browser::page_link("../")}>
                    { text.tools(ToolsKey::ToolsBackToSelfCheck) }
                </a>
            </Header>
            { widgets::config_problems(*text, &props.config_warnings) }
            <main class="psc-main">
                <h2 class="psc-no-print">{ text.tools(ToolsKey::DistrictTitle) }</h2>
                <p class="psc-no-print">{ text.tools(ToolsKey::DistrictIntro) }</p>
                { workspace(text, &page, &dispatch) }
                <intake::Intake text={*text} state={page.clone()} dispatch={dispatch.clone()} />
                <grid::Grid text={*text} state={page.clone()} dispatch={dispatch.clone()} />
                <views::Views text={*text} state={page} />
            </main>
        </div>
    }
}

/// The district's name, the rounds, what is kept, and the workspace file.
fn workspace(text: &Text, state: &Page, dispatch: &Dispatch) -> Html {
    let on_name = dispatch.reform(|e: InputEvent| Action::DistrictName(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let current = state.current;
    let on_label =
        dispatch.reform(move |e: InputEvent| Action::RoundLabel(current, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let rounds = (0..ROUNDS).map(|index| {
        let round = &state.rounds[index];
        let id = format!("psc-district-round-{}", index + 1);
        let count = round.len().to_string();
        html! {
            <div class="psc-choice">
                <input type="radio" id={id.clone()} name="psc-district-round" checked={index == current}
                    onchange={dispatch.reform(move |_| Action::ChooseRound(index))} />
                <label for={id}>{ text.tools_with(ToolsKey::DistrictRoundChoice, &[(Placeholder::Round, &round.label), (Placeholder::Count, &count)]) }</label>
            </div>
        }
    });
    // The file is written when asked for, not at every render.
    let on_download = {
        let page = state.clone();
        Callback::from(move |_| {
            browser::download("partnership-selfcheck-district.json", "application/json", &district::workspace_file(&page.workspace()));
        })
    };
    let on_open = {
        let dispatch = dispatch.clone();
        on_file_chosen(district::MAX_WORKSPACE_BYTES, move |read| {
            let opened = match read {
                Ok(bytes) => match crate::core::file::text_of(&bytes) {
                    Ok(contents) => district::read_workspace(&contents),
                    Err(_) => Err(district::WorkspaceError::NotAWorkspace),
                },
                Err(browser::FileReadProblem::TooLarge { .. }) => Err(district::WorkspaceError::TooLarge),
                Err(browser::FileReadProblem::Unreadable) => Err(district::WorkspaceError::NotAWorkspace),
            };
            dispatch.emit(Action::OpenWorkspace(opened));
        })
    };
    html! {
        <section class="psc-district-workspace psc-no-print" aria-label={text.tools(ToolsKey::DistrictTitle)}>
            <label for="psc-district-name">{ text.tools(ToolsKey::DistrictNameLabel) }</label>
            <input type="text" id="psc-district-name" value={state.district.clone()} oninput={on_name} />
            <fieldset>
                <legend>{ text.tools(ToolsKey::DistrictRoundLegend) }</legend>
                { for rounds }
                <label for="psc-district-round-label">{ text.tools(ToolsKey::DistrictRoundLabel) }</label>
                <input type="text" id="psc-district-round-label" value={state.round().label.clone()} oninput={on_label} />
            </fieldset>
            { notice(text, state.notice) }
            <p class="psc-kept-line">{ text.tools(if state.storage_blocked { ToolsKey::DistrictKeptBlocked } else { ToolsKey::DistrictKept }) }</p>
            <div class="psc-actions">
                <button type="button" id="psc-district-download" class="psc-button" onclick={on_download}>{ text.tools(ToolsKey::DistrictDownload) }</button>
                <button type="button" id="psc-district-clear" class="psc-button" onclick={dispatch.reform(|_| Action::AskClear)}>{ text.tools(ToolsKey::DistrictClear) }</button>
            </div>
            if state.confirming_clear {
                <div class="psc-notice psc-clear-confirm">
                    <p><strong>{ text.tools(ToolsKey::DistrictClearQuestion) }</strong></p>
                    <div class="psc-actions">
                        <button type="button" id="psc-district-clear-yes" class="psc-button psc-danger" onclick={dispatch.reform(|_| Action::Clear)}>
                            { text.tools(ToolsKey::ClearYes) }
                        </button>
                        <button type="button" id="psc-district-clear-cancel" class="psc-button" onclick={dispatch.reform(|_| Action::CancelClear)}>
                            { text.tools(ToolsKey::ClearCancel) }
                        </button>
                    </div>
                </div>
            }
            <label for="psc-district-open">{ text.tools(ToolsKey::DistrictOpenWorkspace) }</label>
            <input type="file" id="psc-district-open" accept=".json,application/json" onchange={on_open} />
        </section>
    }
}

/// What the page says after an action, if anything.
fn notice(text: &Text, notice: Option<Notice>) -> Html {
    match notice {
        None => html! {},
        Some(Notice::Unreadable(error)) => html! { <p class="psc-notice psc-error" role="alert">{ text.tools(error.message_key()) }</p> },
        Some(Notice::EmptyName) => html! { <p class="psc-notice psc-error" role="alert">{ text.tools(ToolsKey::DistrictEmptyName) }</p> },
        Some(Notice::Opened) => html! { <p class="psc-notice" role="status">{ text.tools(ToolsKey::DistrictOpened) }</p> },
        Some(Notice::Cleared) => html! { <p class="psc-notice" role="status">{ text.tools(ToolsKey::DistrictCleared) }</p> },
        // Said beside the paste box, where the text was added.
        Some(Notice::NothingFound) => html! {},
    }
}

/// Mounts the district page into `#psc-app`.
pub fn start_district() {
    let Some((root, _config, language, config_warnings)) = prepare() else { return };
    mount::<DistrictApp>(root, language, LanguagePage::Tools, move |text, language_problem| DistrictProps {
        text,
        language_problem,
        config_warnings,
    });
}
