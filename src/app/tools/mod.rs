//! The facilitator's page: the team summary with its plan and meeting
//! guide, and the comparison. It is a separate page with its own bundle, so
//! that the self-check most people open stays small; it shares the content,
//! styles and configuration.
//!
//! Everything the page knows is the core's [`ToolsState`], driven by its
//! pure reducer; this root reads storage once at the start, writes what the
//! state says to keep after each change, moves focus where the state asks,
//! and lays out the tools: `summary` (with `intake`, the team box, and
//! `sections`, the summary's pieces), `plan_builder`, `guide`, `compare`,
//! `review` (with `review_teams`) and `present`.

mod compare;
mod families;
mod guide;
mod intake;
mod paper;
mod plan_builder;
mod present;
mod review;
mod review_families;
mod review_teams;
mod sections;
mod summary;
mod summary_next_steps;

use std::rc::Rc;

use yew::prelude::*;

use super::common::boot::{mount, prepare};
use super::common::files::OpenProblem;
use super::common::language::{LanguageProblem, Page as LanguagePage};
use super::common::storage::{keep, stored};
use super::common::widgets::{self, Header, Text};
use crate::browser::{self, TEAM_PLAN_KEY, TEAM_POOL_KEY, TEAM_REVIEW_KEY};
use crate::core::config::Warning;
use crate::core::content::Placeholder;
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::route::Route;
use crate::core::team::{self, Summary, Threshold};
use crate::core::tools::{running_header, FocusTarget, Tool, ToolsAction, ToolsState};
use compare::ComparePage;
use present::Presentation;
use review::ReviewPage;
use summary::TeamPage;

/// The page's state, as its views receive it: the reducer's handle, which
/// compares by pointer, so a view redraws only when the state changed.
type Page = UseReducerHandle<ToolsState<OpenProblem>>;

/// A change to the page's state, as views dispatch it.
type PageAction = ToolsAction<OpenProblem>;

/// How views change the page's state.
type Dispatch = Callback<PageAction>;

// Yew's reducer hook drives the core's pure state machine directly.
impl Reducible for ToolsState<OpenProblem> {
    type Action = ToolsAction<OpenProblem>;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(action))
    }
}

/// What the address asked for: a tool, and a team link to view.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The tool to open.
    pub tool: Tool,
    /// A team link's code, to view read-only.
    pub team_link: Option<String>,
}

impl Opening {
    /// What the fragment's route asks the tools page for: a team link
    /// opens the team summary with its counts, `#compare` the comparison,
    /// anything else the facilitator's own team summary.
    pub fn from_fragment(fragment: &str) -> Opening {
        match Route::from_fragment(fragment) {
            Route::Team(code) => Opening { tool: Tool::Team, team_link: Some(code.to_owned()) },
            Route::Compare => Opening { tool: Tool::Compare, team_link: None },
            Route::Home | Route::SharedResults(_) => Opening { tool: Tool::Team, team_link: None },
        }
    }
}

/// Properties of [`ToolsApp`].
#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    /// The texts of the language the page opens in; the language switch
    /// changes them.
    pub text: Text,
    /// The school or district name from the embed configuration.
    #[prop_or_default]
    pub name: Option<String>,
    /// The team threshold from the configuration (never below 5).
    pub min_team: u16,
    /// What the address asked for.
    pub opening: Opening,
    /// The configuration's problems, shown with `debug=1`.
    #[prop_or_default]
    pub config_warnings: Vec<Warning>,
    /// The language the page could not open, if any.
    #[prop_or_default]
    pub language_problem: Option<LanguageProblem>,
}

/// The element a focus request names.
fn focus_id(target: FocusTarget) -> String {
    match target {
        FocusTarget::ResultsHeading => "psc-team-results-heading".to_owned(),
        FocusTarget::Log => "psc-team-log-heading".to_owned(),
        FocusTarget::PlanStep(index) => format!("psc-plan-step-{}", index + 1),
        FocusTarget::PlanNotice => "psc-plan-notice".to_owned(),
        FocusTarget::CompareNote => "psc-compare-note".to_owned(),
        FocusTarget::Slide => "psc-slide-heading".to_owned(),
        FocusTarget::PresentButton => "psc-present".to_owned(),
        FocusTarget::ClearConfirm => "psc-clear-question".to_owned(),
        FocusTarget::Undo => "psc-clear-undo".to_owned(),
        FocusTarget::ClearButton => "psc-team-clear".to_owned(),
        FocusTarget::PaperNotice => "psc-paper-notice".to_owned(),
        FocusTarget::ScreenHeading => super::common::boot::HEADING_ID.to_owned(),
    }
}

/// The tools page's root component.
#[component(ToolsApp)]
pub fn tools_app(props: &ToolsProps) -> Html {
    let text = use_state(|| props.text);
    let on_language = text.setter();
    let text = &*text;
    let state = use_reducer({
        let opening = props.opening.clone();
        move || {
            ToolsState::open(opening.tool, opening.team_link.as_deref(), stored(TEAM_POOL_KEY), stored(TEAM_PLAN_KEY))
                .with_kept_review(stored(TEAM_REVIEW_KEY))
        }
    });
    let dispatch: Dispatch = state.dispatcher().into();
    {
        // What is kept follows every change; a write that fails ends
        // keeping for this visit, and the page says so.
        let dispatch = dispatch.clone();
        use_effect_with((state.pool_to_keep(), state.plan_to_keep(), state.review_to_keep()), move |(pool, plan, review)| {
            let kept = keep(TEAM_POOL_KEY, pool.clone()) & keep(TEAM_PLAN_KEY, plan.clone()) & keep(TEAM_REVIEW_KEY, review.clone());
            if !kept {
                dispatch.emit(ToolsAction::StorageFailed);
            }
        });
    }
    use_effect_with(state.focus, |focus| {
        if let Some(target) = focus.target {
            browser::focus_element(&focus_id(target));
        }
    });
    let name = props.name.clone().map(AttrValue::from);
    let printed = text.ui_with(Key::ResultsPrintDate, &[(Placeholder::Date, &browser::local_date(text.language.code()))]);
    use_effect_with((name.clone(), printed.clone()), |(name, printed)| {
        browser::set_document_property("--psc-running", &running_header(name.as_deref(), printed));
    });
    let page: Page = state.clone();
    let threshold = Threshold::new(props.min_team);
    if let Some(slide) = state.presenting {
        if let Summary::Ready(summary) = team::summarize(state.intake.pool(), threshold) {
            return html! {
                <div class="psc-root psc-presenting">
                    <Presentation text={*text} summary={Rc::new(*summary)} {slide} dispatch={dispatch.clone()} />
                </div>
            };
        }
    }
    html! {
        <div class="psc-root">
            // On paper, the first page carries the school's name and the
            // date here, and every later page in its top margin (tools.css).
            <p class="psc-print-only psc-print-running" aria-hidden="true">
                if let Some(name) = &name { <strong>{ name.clone() }</strong>{ " · " } }
                { printed }
            </p>
            <Header text={*text} name={name.clone()} page={LanguagePage::Tools} {on_language} language_problem={props.language_problem}>
                <a id="psc-back-to-self-check" class="psc-link-button psc-no-print" href={browser::page_link("../")}>
                    { text.tools(ToolsKey::ToolsBackToSelfCheck) }
                </a>
            </Header>
            { widgets::config_problems(*text, &props.config_warnings) }
            <nav class="psc-actions psc-no-print" aria-label={text.tools(ToolsKey::ToolsNavLabel)}>
                { tool_button(&state, &dispatch, Tool::Team, "psc-tool-team", text.ui(Key::TeamOpen)) }
                { tool_button(&state, &dispatch, Tool::Compare, "psc-tool-compare", text.ui(Key::CompareOpen)) }
                { tool_button(&state, &dispatch, Tool::Review, "psc-tool-review", text.tools(ToolsKey::ReviewOpen)) }
            </nav>
            { kept_bar(text, &state, &dispatch) }
            <main class="psc-main">
                { match state.tool {
                    Tool::Team => html! { <TeamPage text={*text} state={page} dispatch={dispatch.clone()} min_team={props.min_team} {name} /> },
                    Tool::Compare => html! { <ComparePage text={*text} state={page} dispatch={dispatch.clone()} /> },
                    Tool::Review => html! { <ReviewPage text={*text} state={page} dispatch={dispatch.clone()} /> },
                } }
            </main>
        </div>
    }
}

/// A button of the tools' switch, pressed while its tool is open.
fn tool_button(state: &ToolsState<OpenProblem>, dispatch: &Dispatch, target: Tool, id: &'static str, label: &'static str) -> Html {
    let current = state.tool == target;
    html! {
        <button type="button" {id} class={classes!("psc-button", current.then_some("psc-primary"))}
            aria-pressed={if current { "true" } else { "false" }} onclick={dispatch.reform(move |_| ToolsAction::Open(target))}>
            { label }
        </button>
    }
}

/// What is kept on this device, in one plain sentence, with "Clear
/// everything", its confirmation and, once cleared, "Undo".
fn kept_bar(text: &Text, state: &ToolsState<OpenProblem>, dispatch: &Dispatch) -> Html {
    let kept = match state.kept_on_device() {
        None => text.tools(ToolsKey::KeptBlocked).to_owned(),
        Some((0, false)) => text.tools(ToolsKey::KeptNothing).to_owned(),
        Some((0, true)) => text.tools(ToolsKey::KeptPlan).to_owned(),
        Some((pooled, false)) => text.tools_count(ToolsPluralKey::KeptPool, u64::from(pooled), &[]),
        Some((pooled, true)) => text.tools_count(ToolsPluralKey::KeptPlanAndPool, u64::from(pooled), &[]),
    };
    // The families pooled are kept too: their own sentence, in place of
    // "nothing is kept" when they are all there is.
    let kept = match (state.kept_families(), state.kept_on_device()) {
        (0, _) => kept,
        (families, Some((0, false))) => text.tools_count(ToolsPluralKey::KeptFamilies, u64::from(families), &[]),
        (families, _) => format!("{kept} {}", text.tools_count(ToolsPluralKey::KeptFamilies, u64::from(families), &[])),
    };
    let something = !state.intake.pool().is_empty()
        || !state.intake.families().is_empty()
        || !state.plan.items().is_empty()
        || !state.intake.log().is_empty()
        || state.review.plan.is_some();
    html! {
        <div class="psc-kept psc-no-print">
            if let Some(key) = state.kept_pool_problem {
                <p class="psc-notice psc-error" role="alert">{ text.tools(key) }</p>
            }
            <p class="psc-kept-line">{ kept }</p>
            if state.confirming_clear {
                <div class="psc-notice psc-clear-confirm">
                    <p id="psc-clear-question" tabindex="-1"><strong>{ text.tools(ToolsKey::ClearQuestion) }</strong></p>
                    <div class="psc-actions">
                        <button type="button" id="psc-clear-yes" class="psc-button psc-danger" onclick={dispatch.reform(|_| ToolsAction::ConfirmClear)}>
                            { text.tools(ToolsKey::ClearYes) }
                        </button>
                        <button type="button" id="psc-clear-cancel" class="psc-button" onclick={dispatch.reform(|_| ToolsAction::CancelClear)}>
                            { text.tools(ToolsKey::ClearCancel) }
                        </button>
                    </div>
                </div>
            } else if state.cleared.is_some() {
                <div class="psc-notice psc-cleared" role="status">
                    <p>{ text.tools(ToolsKey::Cleared) }{ " " }
                        <button type="button" id="psc-clear-undo" class="psc-button psc-small" onclick={dispatch.reform(|_| ToolsAction::Undo)}>
                            { text.tools(ToolsKey::ClearUndo) }
                        </button>
                    </p>
                </div>
            } else if something {
                <div class="psc-actions">
                    <button type="button" id="psc-team-clear" class="psc-button" onclick={dispatch.reform(|_| ToolsAction::AskClear)}>
                        { text.tools(ToolsKey::TeamClear) }
                    </button>
                </div>
            }
        </div>
    }
}

/// Mounts the tools page into `#psc-app`.
pub fn start_tools() {
    let Some((root, config, language, config_warnings)) = prepare() else { return };
    mount::<ToolsApp>(root, language, LanguagePage::Tools, move |text, language_problem| ToolsProps {
        text,
        language_problem,
        config_warnings,
        name: config.name.clone(),
        min_team: config.min_team,
        opening: Opening::from_fragment(&browser::fragment()),
    });
}
