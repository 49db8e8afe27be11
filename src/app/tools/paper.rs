//! The paper family form on the team page: a button that prints the form
//! (the family page's items in the page's language, a box to tick per
//! answer, on one sheet), and the same form with native radio buttons and
//! checkboxes in fieldsets, so a facilitator types a ticked form in by
//! keyboard alone: Tab to the next question, the arrow keys to the box.

use yew::prelude::*;

use super::Dispatch;
use crate::app::common::widgets::Text;
use crate::browser;
use crate::core::content::family::{family_text, FamilyText};
use crate::core::content::{FamilyKey, ToolsKey};
use crate::core::family::{statement_order, Agreement, FamilyBarrier, FamilyId, Item, PlaceAnswer};
use crate::core::model::Area;
use crate::core::tools::{PaperAction, PaperForm, PaperNotice, ToolsAction};

/// The section: print, type in, and what became of the last form added.
pub fn paper_section(text: &Text, form: &PaperForm, dispatch: &Dispatch) -> Html {
    let family = family_text(text.language);
    let on_add = dispatch.reform(|event: SubmitEvent| {
        event.prevent_default();
        ToolsAction::Paper(PaperAction::Add(FamilyId::new(browser::random_id().value()).unwrap_or(FamilyId::from_random([0; 5]))))
    });
    let notice = form.notice.map(|notice| match notice {
        PaperNotice::Added => (ToolsKey::PaperAdded, "psc-notice"),
        PaperNotice::Empty => (ToolsKey::PaperEmpty, "psc-notice psc-error"),
    });
    html! {
        <section class="psc-paper" aria-labelledby="psc-paper-heading">
            <div class="psc-no-print">
                <h3 id="psc-paper-heading">{ text.tools(ToolsKey::PaperHeading) }</h3>
                <p>{ text.tools(ToolsKey::PaperIntro) }</p>
                <button type="button" id="psc-paper-print" class="psc-button"
                    onclick={|_| browser::print_part(crate::app::common::boot::MOUNT_ID, "psc-printing-paper")}>
                    { text.tools(ToolsKey::PaperPrint) }
                </button>
                <h4>{ text.tools(ToolsKey::PaperTypeHeading) }</h4>
                <p id="psc-paper-notice" tabindex="-1" role="status" class={notice.map(|(_, class)| class)}>
                    { for notice.map(|(key, _)| text.tools(key)) }
                </p>
                <form id="psc-paper-form" class="psc-paper-form" onsubmit={on_add} aria-describedby="psc-paper-hint">
                    <p id="psc-paper-hint" class="psc-hint">{ text.tools(ToolsKey::PaperTypeHint) }</p>
                    { for Area::ALL.into_iter().map(|area| area_group(text, family, form, area, dispatch)) }
                    { for Item::ALL.into_iter().map(|item| item_group(text, family, form, item, dispatch)) }
                    { barriers_group(family, form, dispatch) }
                    <button type="submit" id="psc-paper-add" class="psc-button psc-primary">{ text.tools(ToolsKey::PaperAdd) }</button>
                </form>
            </div>
            { printed(text, family) }
        </section>
    }
}

/// One question as a fieldset of radio buttons, "left blank" first.
fn radio_group<T: Copy + PartialEq + 'static>(
    id: &str,
    legend: &str,
    options: Vec<(Option<T>, &str)>,
    chosen: Option<T>,
    pick: impl Fn(Option<T>) -> PaperAction + Copy + 'static,
    dispatch: &Dispatch,
) -> Html {
    let buttons = options.into_iter().enumerate().map(|(at, (value, label))| {
        let input_id = format!("{id}-{at}");
        let onchange = dispatch.reform(move |_: Event| ToolsAction::Paper(pick(value)));
        html! {
            <span class="psc-review-choice">
                <input type="radio" id={input_id.clone()} name={id.to_owned()} checked={chosen == value} {onchange} />
                <label for={input_id}>{ label.to_owned() }</label>
            </span>
        }
    });
    html! {
        <fieldset class="psc-paper-question" id={id.to_owned()}>
            <legend>{ legend.to_owned() }</legend>
            <div class="psc-review-radios">{ for buttons }</div>
        </fieldset>
    }
}

/// An area's question: its four statements in the family page's order,
/// then "I don't know".
fn area_group(text: &Text, family: FamilyText, form: &PaperForm, area: Area, dispatch: &Dispatch) -> Html {
    let mut options = vec![(None, text.tools(ToolsKey::PaperBlank))];
    options.extend(statement_order(area).map(|level| (Some(PlaceAnswer::Level(level)), family.statement(area, level))));
    options.push((Some(PlaceAnswer::DontKnow), family.get(FamilyKey::DontKnow)));
    let id = format!("psc-paper-area-{}", area.index() + 1);
    radio_group(
        &id,
        family.area_question(area),
        options,
        form.answers().place(area),
        move |answer| PaperAction::Place(area, answer),
        dispatch,
    )
}

/// An item on the agreement scale.
fn item_group(text: &Text, family: FamilyText, form: &PaperForm, item: Item, dispatch: &Dispatch) -> Html {
    let mut options = vec![(None, text.tools(ToolsKey::PaperBlank))];
    options.extend(Agreement::ALL.map(|point| (Some(point), family.agreement(point))));
    let id = format!("psc-paper-item-{}", item as usize + 1);
    radio_group(&id, family.item(item), options, form.answers().item(item), move |answer| PaperAction::Item(item, answer), dispatch)
}

/// The barriers as checkboxes.
fn barriers_group(family: FamilyText, form: &PaperForm, dispatch: &Dispatch) -> Html {
    let boxes = FamilyBarrier::ALL.into_iter().map(|barrier| {
        let id = format!("psc-paper-barrier-{}", barrier as usize + 1);
        let ticked = form.answers().barriers.contains(barrier);
        let onchange = dispatch.reform(move |_: Event| ToolsAction::Paper(PaperAction::Barrier(barrier, !ticked)));
        html! {
            <span class="psc-review-choice">
                <input type="checkbox" id={id.clone()} checked={ticked} {onchange} />
                <label for={id}>{ family.barrier(barrier) }</label>
            </span>
        }
    });
    html! {
        <fieldset class="psc-paper-question" id="psc-paper-barriers">
            <legend>{ family.get(FamilyKey::BarriersHeading) }</legend>
            <div class="psc-review-radios">{ for boxes }</div>
        </fieldset>
    }
}

/// An empty box to tick on paper.
fn tick_box() -> Html {
    html! { <span class="psc-paper-box" aria-hidden="true"></span> }
}

/// The form as printed: every question with a box per answer.
fn printed(text: &Text, family: FamilyText) -> Html {
    let area = |area: Area| {
        let statements = statement_order(area).map(|level| family.statement(area, level));
        html! {
            <div class="psc-paper-print-area">
                <h3>{ family.area_question(area) }</h3>
                <ul>
                    { for statements.into_iter().chain([family.get(FamilyKey::DontKnow)]).map(|s| html! { <li>{ tick_box() }{ s }</li> }) }
                </ul>
            </div>
        }
    };
    let items = |heading: FamilyKey, items: &[Item]| {
        html! {
            <table class="psc-paper-print-items">
                <thead>
                    <tr>
                        <th scope="col">{ family.get(heading) }</th>
                        { for Agreement::ALL.map(|point| html! { <th scope="col">{ family.agreement(point) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for items.iter().map(|item| html! {
                        <tr><th scope="row">{ family.item(*item) }</th>{ for Agreement::ALL.map(|_| html! { <td>{ tick_box() }</td> }) }</tr>
                    }) }
                </tbody>
            </table>
        }
    };
    html! {
        <div class="psc-print-only psc-paper-print">
            <h2>{ family.get(FamilyKey::IntroHeading) }</h2>
            <p>{ text.tools(ToolsKey::PaperPrintTick) }</p>
            { for Area::ALL.into_iter().map(area) }
            <p>{ family.get(FamilyKey::AgreeHint) }</p>
            { items(FamilyKey::InvitationHeading, &Item::INVITATION) }
            { items(FamilyKey::JoiningHeading, &Item::JOINING) }
            <h3>{ family.get(FamilyKey::BarriersHeading) }</h3>
            <p>{ family.get(FamilyKey::BarriersHint) }</p>
            <ul class="psc-paper-print-barriers">
                { for FamilyBarrier::ALL.map(|barrier| html! { <li>{ tick_box() }{ family.barrier(barrier) }</li> }) }
            </ul>
        </div>
    }
}
