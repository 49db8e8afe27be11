//! The team summary's next steps as plain view functions, shared by the
//! summary page and the presentation view: each area's next steps from its
//! middle answer, and the pooled plan (who already does each practice, how
//! it was rated, the quick wins and what will be hard).

use yew::prelude::*;

use crate::app::common::widgets::{data_table, Table, Text};
use crate::core::content::Placeholder;
use crate::core::content::{Key, ToolsKey};
use crate::core::model::{Area, Feasibility};
use crate::core::team::{PooledPlan, TeamNextStep, TeamNextSteps, TeamPractice, TeamSummary};

/// The next steps from each area's middle answer.
pub fn next_steps(text: &Text, summary: &TeamSummary) -> Html {
    let levels = &text.instrument.levels;
    let title = |area: Area| text.instrument.areas[area].title;
    let step_items = |steps: &[TeamNextStep]| {
        steps
            .iter()
            .map(|step| {
                html! {
                    <li>
                        <strong>{ title(step.area) }</strong>{ ": " }
                        { text.ui_with(Key::NextFromTo, &[(Placeholder::From, levels[step.from].name), (Placeholder::To, levels[step.to].name)]) }
                        <ul class="psc-practice-list">
                            { for text.practices(step.area, step.to).iter().map(|p| html! { <li>{ p }</li> }) }
                        </ul>
                    </li>
                }
            })
            .collect::<Html>()
    };
    let without_median_note = |areas: &[Area]| {
        let names: Vec<&str> = areas.iter().map(|a| title(*a)).collect();
        html! {
            if !areas.is_empty() {
                <p class="psc-hint">{ text.tools_with(ToolsKey::TeamNextWithoutMedian, &[(Placeholder::Areas, &names.join(", "))]) }</p>
            }
        }
    };
    match summary.next_steps() {
        TeamNextSteps::NoMedian => html! { <p>{ text.tools(ToolsKey::TeamNextNoMedian) }</p> },
        TeamNextSteps::AllAtPartnership => html! { <p>{ text.ui(Key::NextAllPartnership) }</p> },
        TeamNextSteps::PartnershipWhereMarked { without_median } => html! {
            <>
                <p>{ text.tools(ToolsKey::TeamNextPartnershipWhereMarked) }</p>
                { without_median_note(&without_median) }
            </>
        },
        TeamNextSteps::Steps { steps, without_median } => html! {
            <>
                <ul class="psc-next-list">{ step_items(&steps) }</ul>
                { without_median_note(&without_median) }
            </>
        },
    }
}

/// The next steps in brief, for the projector: each area's move from its
/// middle answer to the next type, without the practices' lists.
pub fn next_steps_brief(text: &Text, summary: &TeamSummary) -> Html {
    let levels = &text.instrument.levels;
    match summary.next_steps() {
        TeamNextSteps::Steps { steps, .. } => html! {
            <ul class="psc-next-brief">
                { for steps.iter().map(|step| html! {
                    <li>
                        <strong>{ text.instrument.areas[step.area].title }</strong>{ ": " }
                        { text.tools_with(ToolsKey::PresentNextFromTo, &[(Placeholder::From, levels[step.from].name), (Placeholder::To, levels[step.to].name)]) }
                    </li>
                }) }
            </ul>
        },
        _ => next_steps(text, summary),
    }
}

/// A pooled practice's words.
pub fn practice_name(text: &Text, practice: &TeamPractice) -> &'static str {
    text.practices(practice.area, practice.practice.level()).get(usize::from(practice.practice.position())).copied().unwrap_or("–")
}

/// The quick wins, as a list, or that there are none.
pub fn quick_wins(text: &Text, plan: &PooledPlan) -> Html {
    let title = |area: Area| text.instrument.areas[area].title;
    if plan.quick_wins.is_empty() {
        return html! { <p>{ text.tools(ToolsKey::TeamQuickWinsNone) }</p> };
    }
    html! {
        <ol class="psc-team-quick-wins">
            { for plan.quick_wins.iter().map(|p| html! { <li>{ title(p.area) }{ ": " }{ practice_name(text, p) }</li> }) }
        </ol>
    }
}

/// What will be hard, each with the barriers checked most, or that nothing
/// will.
pub fn will_be_hard(text: &Text, plan: &PooledPlan) -> Html {
    let title = |area: Area| text.instrument.areas[area].title;
    if plan.will_be_hard.is_empty() {
        return html! { <p>{ text.tools(ToolsKey::TeamHardNone) }</p> };
    }
    let items = plan.will_be_hard.iter().map(|hard| {
        let barriers: Vec<&str> = hard.barriers.iter().map(|(b, _)| text.instrument.barriers[*b]).collect();
        html! {
            <li>
                { title(hard.practice.area) }{ ": " }{ practice_name(text, &hard.practice) }
                if !barriers.is_empty() {
                    <br />{ text.tools_with(ToolsKey::TeamHardBarriers, &[(Placeholder::Barriers, &barriers.join(", "))]) }
                }
            </li>
        }
    });
    html! { <ol class="psc-team-hard">{ for items }</ol> }
}

/// The pooled plan: per practice of each next level up, how many already
/// do it, how it was rated and how many chose it; then the quick wins and
/// what will be hard. Nothing when no area has a next level up.
pub fn pooled_plan(text: &Text, plan: &PooledPlan) -> Html {
    if plan.steps.is_empty() {
        return html! {};
    }
    let title = |area: Area| text.instrument.areas[area].title;
    let feasibility = [Key::FeasibilityAlreadyDoing, Key::FeasibilityEasy, Key::FeasibilityTakesTime, Key::FeasibilityHard];
    let rows = plan.steps.iter().flat_map(|step| step.practices.iter()).map(|p| {
        html! {
            <tr>
                <th scope="row">{ title(p.area) }{ ": " }{ practice_name(text, p) }</th>
                <td>{ p.counts.doing() }</td>
                { for Feasibility::ALL.into_iter().map(|f| html! { <td>{ p.counts.rated(f) }</td> }) }
                <td>{ p.counts.priority() }</td>
            </tr>
        }
    });
    html! {
        <>
            <h3>{ text.tools(ToolsKey::TeamNextPlanHeading) }</h3>
            { data_table(
                text.tools(ToolsKey::TeamPlanCaption),
                [text.tools(ToolsKey::TeamColPractice), text.tools(ToolsKey::TeamColDoing)].into_iter()
                    .chain(feasibility.map(|k| text.ui(k)))
                    .chain([text.tools(ToolsKey::TeamColPriority)])
                    .collect(),
                html! { <>{ for rows }</> },
                Table::ScrollsWithClass("psc-team-plan-table"),
            ) }
            if !plan.rated {
                <p class="psc-hint">{ text.tools(ToolsKey::TeamPlanNotRated) }</p>
            } else {
                <h4>{ text.tools(ToolsKey::TeamQuickWinsHeading) }</h4>
                { quick_wins(text, plan) }
                <h4>{ text.tools(ToolsKey::TeamHardHeading) }</h4>
                { will_be_hard(text, plan) }
            }
        </>
    }
}
