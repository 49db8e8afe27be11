//! The Yew shell: components render the core's state and dispatch its typed
//! actions. No rule of the assessment lives here.

mod steps;
mod results;
mod widgets;

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::core::content;
use crate::core::session::{Action, Draft, Screen, Sections, State, Step};

pub use widgets::Text;

/// The walk-through state plus what the shell learned about the device.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub walk: State,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState { walk: self.walk.reduce(action) })
    }
}

/// Properties of the root component: the content and optional sections
/// chosen by the embedding page.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub text: Text,
    pub sections: Sections,
}

/// The element id of the current screen's heading, which receives focus
/// after every navigation so screen-reader users hear where they are.
pub const HEADING_ID: &str = "psc-heading";

/// The root component.
#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let sections = props.sections;
    let state = use_reducer(move || AppState {
        walk: State::new(Draft::new(browser::random_id()), sections),
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // Focus follows navigation, but not on first load: an embedded widget
    // must not pull the host page's focus or scroll position.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.walk.draft.screen, move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            browser::focus_by_id(HEADING_ID);
        }
    });

    let walk = &state.walk;
    let text = props.text.clone();
    let body = match walk.draft.screen {
        Screen::Intro => html! { <steps::Intro text={text.clone()} dispatch={dispatch.clone()} /> },
        Screen::About => html! { <steps::About text={text.clone()} dispatch={dispatch.clone()} /> },
        Screen::Step(step) => {
            let (current, total) = walk.step_number(step).unwrap_or((1, 1));
            let page = match step {
                Step::Area(area) => html! {
                    <steps::AreaStep text={text.clone()} dispatch={dispatch.clone()} {area}
                        answer={*walk.draft.answers.area(area)} />
                },
                Step::Beliefs => html! {
                    <steps::BeliefsStep text={text.clone()} dispatch={dispatch.clone()}
                        answers={walk.draft.answers.clone()} />
                },
                Step::Reflection => html! {
                    <steps::ReflectionStep text={text.clone()} dispatch={dispatch.clone()}
                        barriers={walk.draft.answers.barriers} notes={walk.draft.notes.clone()}
                        {sections} />
                },
                Step::Results => html! {
                    <results::Results text={text.clone()} dispatch={dispatch.clone()}
                        answers={walk.draft.answers.clone()} {sections}
                        can_undo={walk.before_start_over.is_some()} />
                },
            };
            html! {
                <>
                    <steps::Progress text={text.clone()} dispatch={dispatch.clone()}
                        steps={walk.steps()} {current} {total} {step}
                        answers={walk.draft.answers.clone()} />
                    { page }
                    <steps::StepNav text={text.clone()} dispatch={dispatch.clone()}
                        {current} {total} />
                </>
            }
        }
    };

    html! {
        <div class="psc-root">
            <header class="psc-header">
                <p class="psc-brand">{ text.ui("app_name") }</p>
                <button type="button" id="psc-about" class="psc-link-button" onclick={dispatch.reform(|_| Action::OpenAbout)}>
                    { text.ui("about_open") }
                </button>
            </header>
            if walk.before_start_over.is_some() && walk.draft.answers.is_blank() {
                <div class="psc-notice" role="status">
                    <p>{ text.ui("start_over_done") }</p>
                    <button type="button" id="psc-undo" class="psc-button" onclick={dispatch.reform(|_| Action::UndoStartOver)}>
                        { text.ui("start_over_undo") }
                    </button>
                </div>
            }
            <main class="psc-main">{ body }</main>
        </div>
    }
}

/// Loads the content and mounts the widget into `#psc-app`.
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("psc-app"));
    let Some(root) = root else {
        browser::warn("Partnership Self-Check: no element with id psc-app to mount into.");
        return;
    };
    match content::load(content::DEFAULT_LANGUAGE) {
        Some(Ok(content)) => {
            let props = AppProps { text: Text(Rc::new(content)), sections: Sections::default() };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        Some(Err(error)) => {
            browser::warn(&format!("Partnership Self-Check could not read its content: {error}"));
        }
        None => browser::warn("Partnership Self-Check has no content for its default language."),
    }
}
