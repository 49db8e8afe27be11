//! The end screen: thanks, that nothing was sent, and how to pass the
//! answers to the school (the link with the family code, "Copy", and the
//! phone's share sheet where there is one), then what the family can ask
//! the school for and their answers. Answers opened from a link are shown
//! read-only, with a way to answer for one's own family.

use yew::prelude::*;

use super::{Dispatch, HEADING_ID};
use crate::browser;
use crate::core::content::family::FamilyText;
use crate::core::content::FamilyKey;
use crate::core::family::{FamilyAction, FamilyId, FamilyState, Item, Passed, PlaceAnswer};
use crate::core::model::Area;

/// Properties of [`EndScreen`].
#[derive(Properties, PartialEq)]
pub struct EndScreenProps {
    /// The texts.
    pub text: FamilyText,
    /// The page's state.
    pub state: FamilyState,
    /// How the screen changes it.
    pub dispatch: Dispatch,
}

/// The end screen.
#[component(EndScreen)]
pub fn end_screen(props: &EndScreenProps) -> Html {
    let EndScreenProps { text, state, dispatch } = props;
    if state.from_link {
        let own = dispatch
            .reform(|_| FamilyAction::AnswerOwn(FamilyId::new(browser::random_id().value()).unwrap_or(FamilyId::from_random([0; 5]))));
        return html! {
            <section class="psc-family-step">
                <h1 id={HEADING_ID} tabindex="-1">{ text.get(FamilyKey::LinkAnswersHeading) }</h1>
                <p>{ text.get(FamilyKey::LinkAnswersNote) }</p>
                { answers(*text, state) }
                <div class="psc-actions">
                    <button type="button" id="psc-family-own" class="psc-button psc-primary" onclick={own}>{ text.get(FamilyKey::AnswerOwn) }</button>
                </div>
            </section>
        };
    }
    let link = format!("{}#{}", browser::page_address(), state.link_fragment());
    html! {
        <section class="psc-family-step">
            <h1 id={HEADING_ID} tabindex="-1">{ text.get(FamilyKey::EndHeading) }</h1>
            <p><strong>{ text.get(FamilyKey::EndNothingSent) }</strong></p>
            <p>{ text.get(FamilyKey::EndHow) }</p>
            { pass_on(*text, state, &link, dispatch) }
            <h2>{ text.get(FamilyKey::SuggestHeading) }</h2>
            <ul class="psc-family-suggestions">
                { for state.suggestions().into_iter().map(|suggestion| html! { <li>{ text.suggestion(suggestion) }</li> }) }
            </ul>
            <h2>{ text.get(FamilyKey::AnswersHeading) }</h2>
            { answers(*text, state) }
            <div class="psc-actions">
                <button type="button" id="psc-family-change" class="psc-button" onclick={dispatch.reform(|_| FamilyAction::Back)}>
                    { text.get(FamilyKey::ChangeAnswers) }
                </button>
            </div>
        </section>
    }
}

/// The link in a read-only field, "Copy the link", "Share" where the
/// phone has a share sheet, and what became of the last try.
fn pass_on(text: FamilyText, state: &FamilyState, link: &str, dispatch: &Dispatch) -> Html {
    let copy = {
        let (link, dispatch) = (link.to_owned(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, dispatch) = (link.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = browser::copy_text(&link).await;
                dispatch.emit(FamilyAction::Passed(if copied { Passed::Copied } else { Passed::CopyFailed }));
            });
        })
    };
    let share = browser::can_share().then(|| {
        let (link, dispatch, title) = (link.to_owned(), dispatch.clone(), text.get(FamilyKey::PageTitle));
        Callback::from(move |_: MouseEvent| {
            let (link, dispatch) = (link.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if browser::share_link(title, &link).await {
                    dispatch.emit(FamilyAction::Passed(Passed::Shared));
                }
            });
        })
    });
    let status = state.passed.map(|passed| match passed {
        Passed::Copied => text.get(FamilyKey::Copied),
        Passed::CopyFailed => text.get(FamilyKey::CopyFailed),
        Passed::Shared => text.get(FamilyKey::Shared),
    });
    html! {
        <div class="psc-family-pass">
            <label for="psc-family-link">{ text.get(FamilyKey::EndLinkLabel) }</label>
            <input type="text" id="psc-family-link" class="psc-family-link" readonly=true value={link.to_owned()} />
            <div class="psc-actions">
                <button type="button" id="psc-family-copy" class="psc-button psc-primary" onclick={copy}>{ text.get(FamilyKey::Copy) }</button>
                if let Some(share) = share {
                    <button type="button" id="psc-family-share" class="psc-button" onclick={share}>{ text.get(FamilyKey::Share) }</button>
                }
            </div>
            <p class="psc-family-status" role="status">{ status.unwrap_or_default() }</p>
        </div>
    }
}

/// The answers as a list of questions and the answer given, with
/// "Not answered" where none was.
fn answers(text: FamilyText, state: &FamilyState) -> Html {
    let answers = state.answers;
    let not_answered = text.get(FamilyKey::NotAnswered);
    let places = Area::ALL.into_iter().map(|area| {
        let answer = match answers.place(area) {
            None => not_answered,
            Some(PlaceAnswer::DontKnow) => text.get(FamilyKey::DontKnow),
            Some(PlaceAnswer::Level(level)) => text.statement(area, level),
        };
        (text.area_title(area), answer)
    });
    let items = Item::ALL.into_iter().map(|item| (text.item(item), answers.item(item).map_or(not_answered, |point| text.agreement(point))));
    let barriers: Vec<&str> = answers.barriers.iter().map(|barrier| text.barrier(barrier)).collect();
    let barriers = if barriers.is_empty() { text.get(FamilyKey::NoBarriers).to_owned() } else { barriers.join(", ") };
    html! {
        <dl class="psc-family-answers" id="psc-family-answers">
            { for places.chain(items).map(|(question, answer)| html! { <><dt>{ question }</dt><dd>{ answer }</dd></> }) }
            <dt>{ text.get(FamilyKey::BarriersHeading) }</dt>
            <dd>{ barriers }</dd>
        </dl>
    }
}
