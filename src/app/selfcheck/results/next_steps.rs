//! "What we could do next": the person's priorities, quick wins first, and
//! for each area below Partnership the practices of the next type up, each
//! rated on the feasibility scale and open to be chosen as a priority.
//!
//! Everything shown comes from `core::next_steps`; this view lays it out and
//! dispatches the two plan actions.

use yew::prelude::*;

use super::{feasibility_words, voiced};
use crate::app::common::widgets::{send, Text};
use crate::core::content::Placeholder;
use crate::core::content::{fill, Key, PluralKey};
use crate::core::model::{Answers, Feasibility, PlanPractice};
use crate::core::next_steps::{self, NextStep, NextStepsArea, Priority};
use crate::core::scoring;
use crate::core::session::Action;

/// The plan: priorities first, then the rating lists. Shared results
/// (`read_only`) show it without its controls; `refused` is the practice
/// just refused as a fourth priority, which says so in place.
pub fn next_steps_section(
    text: &Text,
    dispatch: &Callback<Action>,
    answers: &Answers,
    read_only: bool,
    refused: Option<PlanPractice>,
) -> Html {
    let plan = next_steps::next_steps(answers, |area, level| text.practices(area, level).len());
    let body = if plan.areas.is_empty() {
        let key = if scoring::all_at_partnership(answers) { Key::NextAllPartnership } else { Key::NextNothingMarked };
        html! { <p>{ text.ui(key) }</p> }
    } else {
        let priorities = if plan.priorities.is_empty() {
            html! { <p>{ text.ui(if read_only { Key::PrioritiesNoneShared } else { Key::PrioritiesNone }) }</p> }
        } else {
            html! { <ol class="psc-priorities">{ for plan.priorities.iter().map(|p| priority(text, p, read_only)) }</ol> }
        };
        html! {
            <>
                if !read_only { <p>{ text.ui(Key::PlanIntro) }</p> }
                <h4>{ voiced(text, Key::PrioritiesHeading, read_only) }</h4>
                { priorities }
                { for plan.areas.iter().map(|area| plan_area(text, dispatch, area, read_only, refused)) }
            </>
        }
    };
    html! {
        <section class="psc-plan" aria-labelledby="psc-plan-heading">
            <h3 id="psc-plan-heading">{ voiced(text, Key::ResultsPlanHeading, read_only) }</h3>
            { body }
        </section>
    }
}

/// One priority: the practice, what it serves, how it looks, and what may
/// stand in its way.
fn priority(text: &Text, priority: &Priority, shared: bool) -> Html {
    let area = priority.practice.area();
    let practice = text.practices(area, priority.level).get(usize::from(priority.practice.position())).copied().unwrap_or_default();
    let barriers: Vec<&str> = priority.barriers.iter().map(|b| text.instrument.barriers[*b]).collect();
    html! {
        <li>
            <strong>{ practice }</strong>
            if priority.rating == Some(Feasibility::Easy) {
                <span class="psc-badge">{ text.ui(Key::PriorityQuickWin) }</span>
            }
            <p class="psc-hint">
                { text.ui_with(Key::PriorityServes, &[
                    (Placeholder::Area, text.instrument.areas[area].title),
                    (Placeholder::Type, text.instrument.levels[priority.level].name),
                ]) }
                { " · " }
                { priority.rating.map_or(text.ui(Key::PlanNotRated), |r| feasibility_words(text, r)) }
            </p>
            if !barriers.is_empty() {
                <p class="psc-hint">{ fill(voiced(text, Key::PriorityBarriers, shared), &[(Placeholder::Barriers, &barriers.join("; "))]) }</p>
            }
        </li>
    }
}

/// One area's practices of the next type up.
fn plan_area(text: &Text, dispatch: &Callback<Action>, area: &NextStepsArea, read_only: bool, refused: Option<PlanPractice>) -> Html {
    let levels = &text.instrument.levels;
    let practices = text.practices(area.area, area.to);
    let rated = text.ui_count(PluralKey::PlanRated, area.rated() as u64, &[(Placeholder::Total, &area.items.len().to_string())]);
    html! {
        <div class="psc-plan-area">
            <h4>{ &text.instrument.areas[area.area].title }</h4>
            <p>
                { text.ui_with(Key::NextFromTo, &[(Placeholder::From, levels[area.from].name), (Placeholder::To, levels[area.to].name)]) }
                { " " }<span class="psc-hint">{ rated }</span>
            </p>
            <ul class="psc-plan-items">
                { for area.items.iter().map(|item| {
                    let words = practices.get(usize::from(item.practice.position())).copied().unwrap_or_default();
                    if read_only { shown_item(text, item, words) } else { rated_item(text, dispatch, item, words, refused) }
                }) }
            </ul>
        </div>
    }
}

/// A practice of shared results: its rating in words.
fn shown_item(text: &Text, item: &NextStep, words: &str) -> Html {
    html! {
        <li class="psc-plan-item">
            <p>{ words }</p>
            <p class="psc-hint">
                { item.rating.map_or(text.ui(Key::PlanNotRated), |r| feasibility_words(text, r)) }
                if item.priority { <span class="psc-badge">{ text.ui(Key::PrioritiesHeadingShared) }</span> }
            </p>
        </li>
    }
}

/// A practice of the person's own results: the feasibility scale as a
/// radio group named by the practice, and the priority box.
fn rated_item(text: &Text, dispatch: &Callback<Action>, item: &NextStep, words: &str, refused: Option<PlanPractice>) -> Html {
    let practice = item.practice;
    let id = format!("psc-plan-{}-{}", practice.area().key(), practice.position());
    let options = Feasibility::ALL.map(|rating| {
        let option_id = format!("{id}-{}", rating.key());
        html! {
            <div class="psc-radio">
                <input type="radio" id={option_id.clone()} name={id.clone()} value={rating.key()}
                    checked={item.rating == Some(rating)}
                    onchange={send(dispatch, Action::SetRating { practice, rating: Some(rating) })} />
                <label for={option_id}>{ feasibility_words(text, rating) }</label>
            </div>
        }
    });
    let priority_id = format!("{id}-priority");
    html! {
        <li class="psc-plan-item">
            <fieldset class="psc-rating">
                <legend>{ words }</legend>
                <div class="psc-rating-options">{ for options }</div>
            </fieldset>
            <div class="psc-check">
                <input type="checkbox" id={priority_id.clone()} checked={item.priority}
                    onchange={send(dispatch, Action::SetPriority { practice, chosen: !item.priority })} />
                <label for={priority_id}>{ text.ui(Key::PlanMakePriority) }</label>
            </div>
            if refused == Some(practice) {
                <p class="psc-notice psc-unmarked psc-no-print" role="alert">{ text.ui(Key::PlanPrioritiesFull) }</p>
            }
        </li>
    }
}
