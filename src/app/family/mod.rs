//! The families' check-in page (`family/`): a bundle of its own, so that a
//! family on prepaid phone data loads neither the self-check nor the
//! tools. Everything the page knows is the core's [`FamilyState`], driven
//! by its pure reducer; this root adds the language, moves focus to each
//! new screen's heading, and lays out `questions` (the intro and the eight
//! question screens) and `end` (thanks, the link, the suggestions).
//!
//! The page reads no file and stores nothing but the language choice the
//! other pages keep too: every language's family texts are compiled in
//! (`core::content::family`).

mod end;
mod questions;

use std::rc::Rc;

use yew::prelude::*;

use super::common::boot::MOUNT_ID;
use crate::browser;
use crate::core::config;
use crate::core::content::family::{family_languages, family_text, FamilyText};
use crate::core::content::{FamilyKey, Language};
use crate::core::family::{FamilyAction, FamilyId, FamilyState, FamilyStep};

/// How views change the page's state.
type Dispatch = Callback<FamilyAction>;

/// The id of every screen's heading, which receives focus when the screen
/// changes so that screen-reader users hear where they are.
const HEADING_ID: &str = "psc-family-heading";

// Yew's reducer hook drives the core's pure state machine directly.
impl Reducible for FamilyState {
    type Action = FamilyAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(FamilyState::reduce(*self, action))
    }
}

/// Properties of [`FamilyApp`].
#[derive(Properties, PartialEq)]
pub struct FamilyProps {
    /// The texts of the language the page opens in.
    pub text: FamilyText,
    /// The school's name from the address (`name=`).
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// The address's fragment, which may hold a family code.
    pub fragment: AttrValue,
    /// A new random id for the family's answers.
    pub id: FamilyId,
}

/// Puts the language on the page: `lang` and `dir` on the root elements
/// and the title in the language.
fn apply(text: FamilyText) {
    let language = text.language;
    browser::set_language(MOUNT_ID, language.code(), language.info().direction.attribute(), text.get(FamilyKey::PageTitle));
}

/// The families' check-in's root component.
#[component(FamilyApp)]
pub fn family_app(props: &FamilyProps) -> Html {
    let text = use_state(|| props.text);
    let state = use_reducer({
        let (fragment, id) = (props.fragment.clone(), props.id);
        move || FamilyState::open(&fragment, id)
    });
    let dispatch: Dispatch = state.dispatcher().into();
    // Focus follows the screen, but not on the page's first screen, where
    // the reader starts at the top anyway.
    let first = use_mut_ref(|| true);
    use_effect_with(state.step, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::focus_element(HEADING_ID);
        }
    });
    let on_language = {
        let text = text.clone();
        Callback::from(move |event: Event| {
            let element: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(language) = Language::from_code(&element.value()) {
                browser::save_language_choice(language.code());
                apply(family_text(language));
                text.set(family_text(language));
            }
        })
    };
    let text = *text;
    let screen = match state.step {
        FamilyStep::End => html! { <end::EndScreen {text} state={*state} dispatch={dispatch.clone()} /> },
        step => questions::screen(text, &state, step, props.name.as_deref(), &dispatch),
    };
    html! {
        <div class="psc-root psc-family">
            <header class="psc-header">
                <p class="psc-brand">
                    { text.get(FamilyKey::PageTitle) }
                    if let Some(name) = &props.name { <span class="psc-school-name">{ name.clone() }</span> }
                </p>
                { language_switch(text, on_language) }
            </header>
            <main class="psc-main">{ screen }</main>
        </div>
    }
}

/// A small, labelled native select of every language, each named in
/// itself; the page's own pseudo-locale too when the address opened one.
fn language_switch(text: FamilyText, onchange: Callback<Event>) -> Html {
    let current = text.language;
    let languages = family_languages().chain((current.info().pseudo.is_some()).then_some(current));
    html! {
        <div class="psc-language">
            <label for="psc-language">{ text.get(FamilyKey::LanguageLabel) }</label>
            <select id="psc-language" {onchange}>
                { for languages.map(|language| html! {
                    <option value={language.code()} lang={language.code()} selected={language == current}>{ language.info().name }</option>
                }) }
            </select>
        </div>
    }
}

/// Mounts the families' check-in into `#psc-app`.
pub fn start_family() {
    let Some(root) = browser::element_by_id(MOUNT_ID) else {
        browser::warn("Family check-in: no element with id psc-app to mount into.");
        return;
    };
    // The page takes the school's name, the accent and the language from
    // the address, as the other pages do; it shows no configuration
    // notices, whose words it does not carry.
    let (config, _) = config::parse(&browser::query());
    if let Some(accent) = config.accent {
        browser::set_theme_property(MOUNT_ID, "--psc-theme-accent", &accent.hex());
    }
    let language = config::starting_language(browser::load_language_choice().as_deref(), config.language, &browser::languages());
    let text = family_text(language);
    apply(text);
    let id = FamilyId::new(browser::random_id().value()).unwrap_or(FamilyId::from_random([0; 5]));
    let props = FamilyProps { text, name: config.name.map(AttrValue::from), fragment: browser::fragment().into(), id };
    yew::Renderer::<FamilyApp>::with_root_and_props(root, props).render();
}
