//! The intro and the eight question screens: five areas, each with its
//! four statements in an order of their own and "I don't know", the
//! invitation and joining items on the agreement scale, and the optional
//! barriers. Every question is a fieldset of native radios or checkboxes,
//! and any may be left unanswered.

use yew::prelude::*;

use super::{Dispatch, HEADING_ID};
use crate::core::content::family::FamilyText;
use crate::core::content::FamilyKey;
use crate::core::family::{
    statement_order, Agreement, FamilyAction, FamilyBarrier, FamilyCodeError, FamilyState, FamilyStep, Item, PlaceAnswer,
};
use crate::core::model::Area;

/// The screen for `step` (any but the end).
pub fn screen(text: FamilyText, state: &FamilyState, step: FamilyStep, name: Option<&str>, dispatch: &Dispatch) -> Html {
    let (title, body) = match step {
        FamilyStep::Intro => return intro(text, state, name, dispatch),
        FamilyStep::Area(area) => (text.area_title(area), area_question(text, state, area, dispatch)),
        FamilyStep::Invitation => (text.get(FamilyKey::InvitationHeading), items(text, state, &Item::INVITATION, dispatch)),
        FamilyStep::Joining => (text.get(FamilyKey::JoiningHeading), items(text, state, &Item::JOINING, dispatch)),
        FamilyStep::Barriers | FamilyStep::End => (text.get(FamilyKey::BarriersHeading), barriers(text, state, dispatch)),
    };
    html! {
        <section class="psc-family-step">
            <h1 id={HEADING_ID} tabindex="-1">{ title }</h1>
            { body }
            { navigation(text, step, dispatch) }
        </section>
    }
}

/// What the check-in is, that it is anonymous and sends nothing, and
/// "Start"; a damaged link says so here.
fn intro(text: FamilyText, state: &FamilyState, name: Option<&str>, dispatch: &Dispatch) -> Html {
    let heading = match name {
        Some(name) => text.with_school(FamilyKey::IntroHeadingSchool, name),
        None => text.get(FamilyKey::IntroHeading).to_owned(),
    };
    let problem = state.link_problem.map(|problem| match problem {
        FamilyCodeError::Newer => text.get(FamilyKey::LinkNewer),
        FamilyCodeError::Damaged | FamilyCodeError::Missing => text.get(FamilyKey::LinkDamaged),
    });
    html! {
        <section class="psc-family-step">
            <h1 id={HEADING_ID} tabindex="-1">{ heading }</h1>
            if let Some(problem) = problem { <p class="psc-notice psc-error" role="alert">{ problem }</p> }
            <p>{ text.get(FamilyKey::IntroText) }</p>
            <p>{ text.get(FamilyKey::IntroPrivate) }</p>
            <p>{ text.get(FamilyKey::IntroSkip) }</p>
            <div class="psc-actions">
                <button type="button" id="psc-family-start" class="psc-button psc-primary" onclick={dispatch.reform(|_| FamilyAction::Next)}>
                    { text.get(FamilyKey::Start) }
                </button>
            </div>
        </section>
    }
}

/// One area's question: its four statements and "I don't know".
fn area_question(text: FamilyText, state: &FamilyState, area: Area, dispatch: &Dispatch) -> Html {
    let chosen = state.answers.place(area);
    let options = statement_order(area)
        .into_iter()
        .map(|level| (PlaceAnswer::Level(level), level.key(), text.statement(area, level)))
        .chain([(PlaceAnswer::DontKnow, "dont_know", text.get(FamilyKey::DontKnow))]);
    let name = format!("psc-family-{}", area.key());
    html! {
        <fieldset class="psc-family-statements">
            <legend>{ text.area_question(area) }</legend>
            <p class="psc-hint">{ text.get(FamilyKey::AreaHint) }</p>
            { for options.map(|(answer, key, words)| {
                let id = format!("psc-family-{}-{key}", area.key());
                html! {
                    <div class="psc-radio">
                        <input type="radio" id={id.clone()} name={name.clone()} checked={chosen == Some(answer)}
                            onchange={dispatch.reform(move |_| FamilyAction::Place(area, answer))} />
                        <label for={id}>{ words }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// Agreement items, each a fieldset of five radios in one row; on a
/// narrow phone the row shows numbers and names its two ends below.
fn items(text: FamilyText, state: &FamilyState, items: &[Item], dispatch: &Dispatch) -> Html {
    let lowest = text.agreement(Agreement::StronglyDisagree);
    let highest = text.agreement(Agreement::StronglyAgree);
    html! {
        <>
            <p class="psc-hint">{ text.get(FamilyKey::AgreeHint) }</p>
            { for items.iter().map(|&item| {
                let chosen = state.answers.item(item);
                let points = Agreement::ALL.into_iter().map(|point| {
                    let id = format!("psc-family-{}-{}", item.key(), point.number());
                    html! {
                        <div class="psc-radio">
                            <input type="radio" id={id.clone()} name={format!("psc-family-{}", item.key())} checked={chosen == Some(point)}
                                value={point.number().to_string()} onchange={dispatch.reform(move |_| FamilyAction::Agree(item, point))} />
                            <label for={id}>
                                <span class="psc-point-number" aria-hidden="true">{ point.number() }</span>
                                <span class="psc-point-word">{ text.agreement(point) }</span>
                            </label>
                        </div>
                    }
                });
                html! {
                    <fieldset class="psc-scale">
                        <legend>{ text.item(item) }</legend>
                        <div class="psc-radio-row psc-likert">{ for points }</div>
                        <p class="psc-scale-ends" aria-hidden="true"><span>{ lowest }</span><span>{ highest }</span></p>
                    </fieldset>
                }
            }) }
        </>
    }
}

/// The optional checklist of what makes it hard to take part.
fn barriers(text: FamilyText, state: &FamilyState, dispatch: &Dispatch) -> Html {
    let checked = state.answers.barriers;
    html! {
        <fieldset>
            <legend>{ text.get(FamilyKey::BarriersHint) }</legend>
            { for FamilyBarrier::ALL.into_iter().map(|barrier| {
                let id = format!("psc-family-barrier-{}", barrier.key());
                let on = checked.contains(barrier);
                html! {
                    <div class="psc-check">
                        <input type="checkbox" id={id.clone()} checked={on} onchange={dispatch.reform(move |_| FamilyAction::Barrier(barrier, !on))} />
                        <label for={id}>{ text.barrier(barrier) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// "Back" and "Next" ("Finish" on the last question).
fn navigation(text: FamilyText, step: FamilyStep, dispatch: &Dispatch) -> Html {
    let next = if step.next() == FamilyStep::End { FamilyKey::Finish } else { FamilyKey::Next };
    html! {
        <div class="psc-actions psc-family-nav">
            <button type="button" id="psc-family-back" class="psc-button" onclick={dispatch.reform(|_| FamilyAction::Back)}>
                { text.get(FamilyKey::Back) }
            </button>
            <button type="button" id="psc-family-next" class="psc-button psc-primary" onclick={dispatch.reform(|_| FamilyAction::Next)}>
                { text.get(next) }
            </button>
        </div>
    }
}
