//! The action team's plan on the tools page: steps picked from the team's
//! quick wins and priorities (or typed), each with what we will do, who
//! leads, by when, cost and funding and how we will know it worked. The plan
//! is kept on the facilitator's device, downloads and opens as a file, and
//! is never part of a link.
//!
//! Every rule is the core's (`core::team_plan`, and `core::tools` for what
//! the page says and keeps); this component lays the plan out and
//! dispatches the facilitator's changes.

use yew::prelude::*;

use super::{Dispatch, Page, PageAction};
use crate::app::common::files::on_file_chosen;
use crate::app::common::widgets::Text;
use crate::browser;
use crate::core::content::Placeholder;
use crate::core::content::ToolsKey;
use crate::core::model::Area;
use crate::core::team_plan::{self, Action, PlanStep, PracticeSource, RubricPractice, TeamPlan, TextField};
use crate::core::tools::{PlanNotice, ReviewAction, ToolsAction};

/// Properties of [`TeamPlanBuilder`].
#[derive(Properties, PartialEq)]
pub struct TeamPlanProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
    /// Practices the team's results suggest, best first.
    pub candidates: Vec<RubricPractice>,
    /// Practices offered from what families told us, where staff and most
    /// families place an area at different types.
    #[prop_or_default]
    pub family_candidates: Vec<RubricPractice>,
}

/// A short, stable name for a text field, for element ids.
fn field_id(field: TextField) -> &'static str {
    match field {
        TextField::TypedPractice => "practice",
        TextField::What => "what",
        TextField::Lead => "lead",
        TextField::ByWhen => "by-when",
        TextField::CostAndFunding => "cost",
        TextField::HowWeKnow => "how",
    }
}

/// The plan builder.
#[component(TeamPlanBuilder)]
pub fn team_plan_builder(props: &TeamPlanProps) -> Html {
    let text = props.text;
    let plan = &props.state.plan;
    let dispatch = props.dispatch.reform(ToolsAction::Plan);
    let practice_words = |practice: RubricPractice| {
        text.practices(practice.area(), practice.level()).get(usize::from(practice.position())).copied().unwrap_or_default()
    };
    let offer = |practice: &RubricPractice| {
        let practice = *practice;
        let planned = plan.position_of(practice).is_some();
        let onclick = dispatch.reform(move |_| Action::AddPractice(practice));
        html! {
            <li>
                { practice_words(practice) }{ " " }
                <span class="psc-hint">{ format!("({})", text.instrument.areas[practice.area()].title) }</span>{ " " }
                if planned {
                    <span class="psc-badge">{ text.tools(ToolsKey::TeamPlanInPlan) }</span>
                } else {
                    <button type="button" class="psc-button psc-small" {onclick}>{ text.tools(ToolsKey::TeamPlanAdd) }</button>
                }
            </li>
        }
    };

    let count = plan.items().len();
    let steps = plan.items().iter().enumerate().map(|(index, item)| plan_step(text, &dispatch, item, index, count, practice_words));

    let on_download = {
        let plan = plan.clone();
        Callback::from(move |_| {
            browser::download("partnership-selfcheck-team-plan.json", "application/json", &team_plan::export(&plan));
        })
    };
    let on_open = on_plan_file(&props.dispatch, ToolsAction::PlanFile);

    html! {
        <section class="psc-team-plan" aria-labelledby="psc-team-plan-heading">
            <h3 id="psc-team-plan-heading">{ text.tools(ToolsKey::TeamPlanHeading) }</h3>
            <p class="psc-no-print">{ text.tools(ToolsKey::TeamPlanIntro) }</p>
            if let Some(notice) = props.state.plan_notice {
                { match notice {
                    PlanNotice::Problem(key) => html! { <p class="psc-notice psc-error psc-no-print" role="alert">{ text.tools(key) }</p> },
                    PlanNotice::Opened => html! { <p class="psc-notice psc-no-print" role="status">{ text.tools(ToolsKey::TeamPlanOpened) }</p> },
                    PlanNotice::Carried(count) => html! {
                        <div id="psc-plan-notice" class="psc-notice psc-no-print" role="status" tabindex="-1">
                            <p>{ text.tools_with(ToolsKey::ReviewCarried, &[(Placeholder::Count, &count.to_string())]) }</p>
                            <button type="button" id="psc-carry-undo" class="psc-button"
                                onclick={props.dispatch.reform(|_| ToolsAction::Review(ReviewAction::UndoCarry))}>
                                { text.tools(ToolsKey::ClearUndo) }
                            </button>
                        </div>
                    },
                    PlanNotice::CarryUndone => html! {
                        <p id="psc-plan-notice" class="psc-notice psc-no-print" role="status" tabindex="-1">
                            { text.tools(ToolsKey::ReviewCarryUndone) }
                        </p>
                    },
                } }
            }
            if props.state.storage_blocked {
                <p class="psc-notice psc-no-print" role="status">{ text.tools(ToolsKey::TeamPlanStorage) }</p>
            }
            if !props.candidates.is_empty() {
                <div class="psc-no-print">
                    <h4>{ text.tools(ToolsKey::TeamPlanCandidates) }</h4>
                    <ul class="psc-plan-candidates">{ for props.candidates.iter().map(offer) }</ul>
                </div>
            }
            if !props.family_candidates.is_empty() {
                <div class="psc-no-print">
                    <h4>{ text.tools(ToolsKey::TeamPlanFamilyCandidates) }</h4>
                    <ul class="psc-plan-candidates psc-plan-family-candidates">{ for props.family_candidates.iter().map(offer) }</ul>
                </div>
            }
            <div class="psc-plan-typed psc-no-print">
                <label for="psc-plan-typed">{ text.tools(ToolsKey::TeamPlanAddTyped) }</label>
                <textarea id="psc-plan-typed" rows="2" value={props.state.plan_typed.0.clone()}
                    oninput={props.dispatch.reform(|e: InputEvent| {
                        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                        ToolsAction::PlanTyped(area.value())
                    })} />
                <label for="psc-plan-typed-area">{ text.tools(TextField::area_label_key()) }</label>
                <select id="psc-plan-typed-area" onchange={props.dispatch.reform(|e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    ToolsAction::PlanTypedArea(Area::from_key(&select.value()).unwrap_or(Area::BuildingRelationships))
                })}>
                    { for Area::ALL.into_iter().map(|area| html! {
                        <option value={area.key()} selected={area == props.state.plan_typed.1}>{ text.instrument.areas[area].title }</option>
                    }) }
                </select>
                <button type="button" id="psc-plan-add-typed" class="psc-button" onclick={props.dispatch.reform(|_| ToolsAction::AddPlanTyped)}>{ text.tools(ToolsKey::TeamPlanAdd) }</button>
            </div>
            if count == 0 {
                <p>{ text.tools(ToolsKey::TeamPlanEmpty) }</p>
            } else {
                <ol class="psc-plan-steps">{ for steps }</ol>
            }
            <div class="psc-actions psc-no-print">
                <button type="button" id="psc-plan-download" class="psc-button" onclick={on_download}>{ text.tools(ToolsKey::TeamPlanDownload) }</button>
                <button type="button" id="psc-print-plan" class="psc-button" onclick={|_| browser::print_part(crate::app::common::boot::MOUNT_ID, "psc-printing-plan")}>{ text.tools(ToolsKey::TeamPrintPlan) }</button>
            </div>
            <div class="psc-plan-open psc-no-print">
                <label for="psc-plan-open">{ text.tools(ToolsKey::TeamPlanOpen) }</label>
                <input type="file" id="psc-plan-open" accept=".json,application/json" onchange={on_open} />
            </div>
        </section>
    }
}

/// Reads a plan file the facilitator chose and dispatches what it held,
/// wrapped by `action` (the team plan's or the review's).
pub(super) fn on_plan_file(dispatch: &Dispatch, action: fn(Result<TeamPlan, ToolsKey>) -> PageAction) -> Callback<Event> {
    let dispatch = dispatch.clone();
    on_file_chosen(crate::core::file::MAX_FILE_BYTES, move |read| {
        let opened = read.map_err(|_| ToolsKey::TeamPlanFileTooLarge).and_then(|bytes| {
            let contents = crate::core::file::text_of(&bytes).map_err(|e| team_plan::PlanFileError::from(e).message_key())?;
            team_plan::import(&contents).map_err(|e| e.message_key())
        });
        dispatch.emit(action(opened));
    })
}

/// One step of the plan: its fields, its area, and the buttons that move or
/// remove it.
fn plan_step(
    text: Text,
    dispatch: &Callback<Action>,
    item: &PlanStep,
    index: usize,
    count: usize,
    practice_words: impl Fn(RubricPractice) -> &'static str,
) -> Html {
    let practice = match &item.source {
        PracticeSource::Rubric(practice) => practice_words(*practice).to_owned(),
        PracticeSource::Typed(words) => words.as_str().to_owned(),
    };
    let id = |field: &str| format!("psc-plan-step-{}-{field}", index + 1);
    let fields =
        TextField::ALL.into_iter().filter(|field| *field != TextField::TypedPractice || item.rubric_practice().is_none()).map(|field| {
            let value = item.text(field);
            let input_id = id(field_id(field));
            let oninput = dispatch.reform(move |event: InputEvent| {
                let input: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
                Action::SetText { index, field, text: input.value() }
            });
            html! {
                <div class="psc-plan-field">
                    <label for={input_id.clone()}>{ text.tools(field.label_key()) }</label>
                    <textarea id={input_id} rows="2" value={value.to_owned()} {oninput} />
                </div>
            }
        });
    let area_id = id("area");
    let onchange = dispatch.reform(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Action::SetArea { index, area: Area::from_key(&select.value()).unwrap_or(Area::BuildingRelationships) }
    });
    html! {
        <li class="psc-plan-step" id={format!("psc-plan-step-{}", index + 1)} tabindex="-1">
            <fieldset>
                <legend>{ text.tools_with(ToolsKey::TeamPlanStep, &[(Placeholder::Number, &(index + 1).to_string()), (Placeholder::Practice, &practice)]) }</legend>
                { for fields }
                <div class="psc-plan-field">
                    <label for={area_id.clone()}>{ text.tools(TextField::area_label_key()) }</label>
                    <select id={area_id} {onchange}>
                        { for Area::ALL.into_iter().map(|area| html! {
                            <option value={area.key()} selected={area == item.area}>{ text.instrument.areas[area].title }</option>
                        }) }
                    </select>
                </div>
                <div class="psc-actions psc-no-print">
                    if index > 0 {
                        <button type="button" class="psc-button psc-small" onclick={dispatch.reform(move |_| Action::MoveUp(index))}>{ text.tools(ToolsKey::TeamPlanMoveUp) }</button>
                    }
                    if index + 1 < count {
                        <button type="button" class="psc-button psc-small" onclick={dispatch.reform(move |_| Action::MoveDown(index))}>{ text.tools(ToolsKey::TeamPlanMoveDown) }</button>
                    }
                    <button type="button" class="psc-button psc-small psc-danger" onclick={dispatch.reform(move |_| Action::Remove(index))}>{ text.tools(ToolsKey::TeamPlanRemove) }</button>
                </div>
            </fieldset>
        </li>
    }
}
