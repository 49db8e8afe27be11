//! A year later: the team reviews last year's plan step by step, sets last
//! year's and this year's team links side by side (`review_teams`), prints
//! the review on one page, and starts this year's plan with the unfinished
//! steps.
//!
//! Every rule is the core's (`core::team_plan` for the review and the
//! carrying forward, `core::tools::review` for what the page holds and
//! keeps); this component lays the review out and dispatches.

use yew::prelude::*;

use super::plan_builder::on_plan_file;
use super::review_teams::{printed_changes, TeamYearsView};
use super::{Dispatch, Page};
use crate::app::common::widgets::{screen_heading, Text};
use crate::browser;
use crate::core::content::{Placeholder, ToolsKey};
use crate::core::team_plan::{self, KnowMet, PlanStep, PracticeSource, StepStatus, TeamPlan};
use crate::core::tools::{ReviewAction, ReviewNotice, ToolsAction};

/// Properties of [`ReviewPage`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
}

/// The words of a step's practice: the rubric's, or as typed.
pub(super) fn practice_words(text: Text, step: &PlanStep) -> String {
    match &step.source {
        PracticeSource::Rubric(practice) => {
            text.practices(practice.area(), practice.level()).get(usize::from(practice.position())).copied().unwrap_or_default().to_owned()
        }
        PracticeSource::Typed(words) => words.as_str().to_owned(),
    }
}

/// "Step 2: …", the legend of a step and its line on paper.
fn step_title(text: Text, step: &PlanStep, index: usize) -> String {
    text.tools_with(
        ToolsKey::TeamPlanStep,
        &[(Placeholder::Number, &(index + 1).to_string()), (Placeholder::Practice, &practice_words(text, step))],
    )
}

/// The review: opening last year's plan, each step, what comes next, the
/// team links, and the one-page printout.
#[component(ReviewPage)]
pub fn review_page(props: &ReviewProps) -> Html {
    let text = props.text;
    let review = &props.state.review;
    let dispatch = props.dispatch.reform(ToolsAction::Review);
    let notice = review.notice.map(|notice| match notice {
        ReviewNotice::Problem(key) => html! { <p class="psc-notice psc-error psc-no-print" role="alert">{ text.tools(key) }</p> },
        ReviewNotice::Opened => html! { <p class="psc-notice psc-no-print" role="status">{ text.tools(ToolsKey::ReviewOpened) }</p> },
    });
    html! {
        <section class="psc-screen psc-review">
            <div class="psc-no-print">
                { screen_heading(text.tools(ToolsKey::ReviewHeading), &NodeRef::default()) }
                <p>{ text.tools(ToolsKey::ReviewIntro) }</p>
                { for notice }
                <div class="psc-plan-open">
                    <label for="psc-review-open">{ text.tools(ToolsKey::ReviewOpenFile) }</label>
                    <input type="file" id="psc-review-open" accept=".json,application/json" onchange={on_plan_file(&props.dispatch, |opened| ToolsAction::Review(ReviewAction::File(opened)))} />
                </div>
                <div class="psc-actions">
                    <button type="button" id="psc-review-kept" class="psc-button" onclick={dispatch.reform(|_| ReviewAction::TakeKept)}>
                        { text.tools(ToolsKey::ReviewUseKept) }
                    </button>
                </div>
                if let Some(plan) = &review.plan {
                    { steps(text, plan, &dispatch) }
                } else {
                    <p>{ text.tools(ToolsKey::ReviewNone) }</p>
                }
                // The page follows the printout's order: what we did, what
                // it changed, what comes next.
                <TeamYearsView {text} state={props.state.clone()} dispatch={props.dispatch.clone()} />
                if let Some(plan) = &review.plan {
                    { next(text, plan, &dispatch) }
                }
            </div>
            if let Some(plan) = &review.plan {
                { printout(text, plan, printed_changes(text, review.teams.as_ref())) }
            }
        </section>
    }
}

/// The tally and each step's review.
fn steps(text: Text, plan: &TeamPlan, dispatch: &Callback<ReviewAction>) -> Html {
    html! {
        <>
            <h3>{ text.tools(ToolsKey::ReviewStepsHeading) }</h3>
            <p id="psc-review-tally">{ tally_words(text, plan) }</p>
            <ol class="psc-plan-steps psc-review-steps">
                { for plan.items().iter().enumerate().map(|(index, step)| step_review(text, dispatch, step, index)) }
            </ol>
        </>
    }
}

/// What comes next: the steps that carry on, and the review's actions.
fn next(text: Text, plan: &TeamPlan, dispatch: &Callback<ReviewAction>) -> Html {
    let plan_for_download = plan.clone();
    let on_download = Callback::from(move |_| {
        browser::download("partnership-selfcheck-team-plan-reviewed.json", "application/json", &team_plan::export(&plan_for_download));
    });
    let unfinished = plan.review_tally().unfinished;
    html! {
        <>
            <h3>{ text.tools(ToolsKey::ReviewPrintNext) }</h3>
            <p>{ text.tools_with(ToolsKey::ReviewNext, &[(Placeholder::Count, &unfinished.to_string())]) }</p>
            <p class="psc-hint">{ text.tools(ToolsKey::ReviewCarryNote) }</p>
            <div class="psc-actions">
                <button type="button" id="psc-review-carry" class="psc-button psc-primary" onclick={dispatch.reform(|_| ReviewAction::CarryForward)}>
                    { text.tools(ToolsKey::ReviewCarry) }
                </button>
                <button type="button" id="psc-review-download" class="psc-button" onclick={on_download}>{ text.tools(ToolsKey::ReviewDownload) }</button>
                <button type="button" id="psc-review-print" class="psc-button" onclick={|_| browser::print()}>{ text.tools(ToolsKey::ReviewPrint) }</button>
            </div>
        </>
    }
}

/// The tally in one sentence.
fn tally_words(text: Text, plan: &TeamPlan) -> String {
    let tally = plan.review_tally();
    let [done, partly, not_yet, dropped] = tally.by_status.map(|count| count.to_string());
    text.tools_with(
        ToolsKey::ReviewTally,
        &[
            (Placeholder::Steps, &tally.steps.to_string()),
            (Placeholder::Done, &done),
            (Placeholder::Partly, &partly),
            (Placeholder::NotYet, &not_yet),
            (Placeholder::Dropped, &dropped),
            (Placeholder::Open, &tally.open.to_string()),
            (Placeholder::Met, &tally.met.to_string()),
        ],
    )
}

/// One group of radio buttons in its own fieldset: one per value.
fn radios<T: Copy + PartialEq + 'static>(
    text: Text,
    id: &str,
    legend: ToolsKey,
    values: [(T, &'static str, ToolsKey); 4],
    chosen: Option<T>,
    pick: Callback<Option<T>>,
) -> Html {
    let buttons = values.into_iter().map(|(value, key, label)| {
        let input_id = format!("{id}-{}", key.replace('_', "-"));
        let onchange = pick.reform(move |_: Event| Some(value));
        html! {
            <span class="psc-review-choice">
                <input type="radio" id={input_id.clone()} name={id.to_owned()} value={key} checked={chosen == Some(value)} {onchange} />
                <label for={input_id}>{ text.tools(label) }</label>
            </span>
        }
    });
    html! {
        <fieldset class="psc-review-radios">
            <legend>{ text.tools(legend) }</legend>
            { for buttons }
            // A chosen radio cannot be unchosen by itself; an answer given
            // by mistake is taken back here.
            if chosen.is_some() {
                <button type="button" id={format!("{id}-clear")} class="psc-link-button" onclick={pick.reform(|_| None)}>
                    { text.tools(ToolsKey::ReviewClearChoice) }
                </button>
            }
        </fieldset>
    }
}

/// One step's review: how far it got, whether it worked, what was learned.
fn step_review(text: Text, dispatch: &Callback<ReviewAction>, step: &PlanStep, index: usize) -> Html {
    let id = |part: &str| format!("psc-review-{}-{part}", index + 1);
    let statuses = StepStatus::ALL.map(|status| (status, status.key(), status.label_key()));
    let answers = KnowMet::ALL.map(|met| (met, met.key(), met.label_key()));
    let learned_id = id("learned");
    let oninput = dispatch.reform(move |event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        ReviewAction::Learned(index, area.value())
    });
    html! {
        <li class="psc-plan-step" id={format!("psc-review-step-{}", index + 1)}>
            <fieldset>
                <legend>{ step_title(text, step, index) }</legend>
                if !step.how_we_know.is_empty() {
                    <p class="psc-hint">{ text.tools_with(ToolsKey::ReviewHowWeKnow, &[(Placeholder::Text, step.how_we_know.as_str())]) }</p>
                }
                { radios(text, &id("status"), ToolsKey::ReviewStatusLegend, statuses, step.review.status,
                    dispatch.reform(move |status| ReviewAction::Status(index, status))) }
                { radios(text, &id("met"), ToolsKey::ReviewMetLegend, answers, step.review.met,
                    dispatch.reform(move |met| ReviewAction::Met(index, met))) }
                <div class="psc-plan-field">
                    <label for={learned_id.clone()}>{ text.tools(ToolsKey::ReviewLearned) }</label>
                    <textarea id={learned_id} rows="2" maxlength="250" value={step.review.learned.as_str().to_owned()} {oninput} />
                </div>
            </fieldset>
        </li>
    }
}

/// The review on one page: what we did, what it changed, what we learned,
/// what comes next. It is shown only on paper.
fn printout(text: Text, plan: &TeamPlan, changes: Html) -> Html {
    let not_said = text.tools(ToolsKey::ReviewNotSaid);
    let rows = plan.items().iter().enumerate().map(|(index, step)| {
        html! {
            <tr>
                <th scope="row">{ step_title(text, step, index) }</th>
                <td>{ step.review.status.map_or(not_said, |status| text.tools(status.label_key())) }</td>
                <td>{ step.review.met.map_or(not_said, |met| text.tools(met.label_key())) }</td>
            </tr>
        }
    });
    let learned = plan.items().iter().enumerate().filter(|(_, step)| !step.review.learned.is_empty()).map(|(index, step)| {
        html! { <li>{ format!("{}. {}", index + 1, step.review.learned.as_str()) }</li> }
    });
    let next = plan.carried_forward();
    html! {
        <div class="psc-print-only psc-review-print">
            <h2>{ text.tools(ToolsKey::ReviewPrintHeading) }</h2>
            <h3>{ text.tools(ToolsKey::ReviewPrintDid) }</h3>
            <p>{ tally_words(text, plan) }</p>
            <table class="psc-table">
                <thead><tr>
                    <th scope="col">{ text.tools(ToolsKey::ReviewColStep) }</th>
                    <th scope="col">{ text.tools(ToolsKey::ReviewColStatus) }</th>
                    <th scope="col">{ text.tools(ToolsKey::ReviewColMet) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <h3>{ text.tools(ToolsKey::ReviewPrintChanged) }</h3>
            { changes }
            <h3>{ text.tools(ToolsKey::ReviewPrintLearned) }</h3>
            <ul>{ for learned }</ul>
            <h3>{ text.tools(ToolsKey::ReviewPrintNext) }</h3>
            <p>{ text.tools_with(ToolsKey::ReviewNext, &[(Placeholder::Count, &next.items().len().to_string())]) }</p>
            <ul>{ for next.items().iter().map(|step| html! { <li>{ practice_words(text, step) }</li> }) }</ul>
        </div>
    }
}
