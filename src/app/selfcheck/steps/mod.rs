//! The intro, the about panel, the progress bar and the question steps
//! (`area` one rubric row, `beliefs` the beliefs and the reflection).
//!
//! The pieces that the root draws again while the person answers are
//! components, so that Yew compares their properties and skips those whose
//! answers did not change: typing a note redraws the reflection step, not
//! the progress list or the step navigation. Their properties are cheap to
//! compare (`Text` by pointer, `dispatch` by pointer, small copied
//! answers). The intro and the about panel stay plain view functions: they
//! are shown alone, with nothing on their screen that changes while they
//! are open, so comparing their properties would save nothing.

mod area;
mod beliefs;

use yew::prelude::*;

use crate::app::common::widgets::{screen_heading, send, Text};
use crate::browser;
use crate::core::content::Key;
use crate::core::content::Placeholder;
use crate::core::session::{Action, Step};

/// The welcome screen. `resuming` says whether answers saved on this
/// device are waiting to be continued; `staff_mode` leaves out the
/// facilitator's tools.
pub fn intro(text: &Text, dispatch: &Callback<Action>, heading: &NodeRef, resuming: bool, staff_mode: bool) -> Html {
    // Embedded in a district's narrow iframe, the tools open in a tab of
    // their own rather than inside the frame.
    let target = browser::is_embedded().then_some("_blank");
    html! {
        <section class="psc-screen psc-intro">
            { screen_heading(text.ui(Key::IntroHeading), heading) }
            <p>{ text.ui(Key::IntroWhat) }</p>
            <p>{ text.ui(Key::IntroTime) }</p>
            <p class="psc-privacy">{ text.ui(Key::IntroPrivacy) }</p>
            <p>{ text.ui(Key::IntroSource) }</p>
            <div class="psc-actions">
                <button type="button" id="psc-start" class="psc-button psc-primary" onclick={send(dispatch, Action::Start)}>
                    { if resuming { text.ui(Key::IntroContinue) } else { text.ui(Key::IntroStart) } }
                </button>
                <button type="button" id="psc-intro-about" class="psc-button" onclick={send(dispatch, Action::OpenAbout)}>
                    { text.ui(Key::AboutOpen) }
                </button>
            </div>
            if !staff_mode {
                <h3>{ text.ui(Key::IntroFacilitators) }</h3>
                <p>{ text.ui(Key::IntroFacilitatorsText) }</p>
                // The tools are a page of their own, so the self-check that
                // most people use never downloads them.
                <div class="psc-actions">
                    <a id="psc-open-team" class="psc-button" href={browser::page_link("tools/")} {target}
                        rel={target.map(|_| "noopener")}>{ text.ui(Key::TeamOpen) }</a>
                    <a id="psc-open-compare" class="psc-button" href={format!("{}#compare", browser::page_link("tools/"))} {target}
                        rel={target.map(|_| "noopener")}>
                        { text.ui(Key::CompareOpen) }
                    </a>
                </div>
            }
        </section>
    }
}

/// What the tool is and where the framework comes from.
pub fn about(text: &Text, dispatch: &Callback<Action>, heading: &NodeRef) -> Html {
    let about = &text.instrument.about;
    html! {
        <section class="psc-screen psc-about">
            { screen_heading(about.heading, heading) }
            { for about.paragraphs.iter().map(|p| html! { <p>{ p }</p> }) }
            <p class="psc-citation"><cite>{ &about.citation }</cite></p>
            <button type="button" id="psc-about-close" class="psc-button" onclick={send(dispatch, Action::CloseAbout)}>
                { text.ui(Key::AboutClose) }
            </button>
        </section>
    }
}

/// The name of a step as the progress list shows it.
pub fn step_title(text: &Text, step: Step) -> &'static str {
    match step {
        Step::Area(area) => text.instrument.areas[area].title,
        Step::Beliefs => text.ui(Key::BeliefsTitle),
        Step::Reflection => text.ui(Key::ReflectionTitle),
        Step::Results => text.ui(Key::ResultsTitle),
    }
}

/// Where the person is in the walk-through: the step shown, and its number
/// out of the total, counting from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// The step shown.
    pub step: Step,
    /// Its number, counting from 1.
    pub current: u8,
    /// How many steps there are.
    pub total: u8,
}

/// Properties of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// Where the person is.
    pub at: Position,
    /// Every step, with whether it is answered (`State::step_statuses`).
    pub steps: Vec<(Step, bool)>,
}

/// "Step 3 of 8" and a list of every step to jump to, as a disclosure (the
/// browser's own `<details>`, so it needs no state here). It starts open on
/// a wide screen; on a narrow one the list is folded behind "Step 3 of 8",
/// so that the step's own heading is on the first screen.
#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let ProgressProps { text, dispatch, at, steps } = props;
    let counter =
        text.ui_with(Key::StepOf, &[(Placeholder::Current, &at.current.to_string()), (Placeholder::Total, &at.total.to_string())]);
    html! {
        <nav class="psc-progress" aria-label={text.ui(Key::ProgressLabel)}>
            <details class="psc-steps" open={!browser::is_narrow()}>
            <summary id="psc-step-toggle" class="psc-step-of">{ counter }</summary>
            <ol class="psc-step-list">
                { for steps.iter().enumerate().map(|(i, &(step, done))| {
                    let is_current = step == at.step;
                    let status = if done { text.ui(Key::StepDone) } else { "" };
                    html! {
                        <li>
                            <button type="button" id={format!("psc-goto-{}", i + 1)}
                                class={classes!("psc-step-link", is_current.then_some("psc-current"), done.then_some("psc-done"))}
                                aria-current={is_current.then_some("step")}
                                onclick={send(dispatch, Action::GoTo(step))}>
                                <span class="psc-step-number">{ i + 1 }</span>
                                <span class="psc-step-name">{ step_title(text, step) }</span>
                                if done { <span class="psc-visually-hidden">{ format!(" ({status})") }</span> }
                                if done { <span class="psc-tick" aria-hidden="true">{ "✓" }</span> }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            </details>
        </nav>
    }
}

/// Properties of [`StepNav`].
#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// Where the person is, which decides the buttons' words.
    pub at: Position,
}

/// Back and Next under every step.
#[component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let StepNavProps { text, dispatch, at } = props;
    let back_label = if at.current == 1 { text.ui(Key::NavBackToIntro) } else { text.ui(Key::NavBack) };
    html! {
        <div class="psc-step-nav">
            <button type="button" id="psc-back" class="psc-button" onclick={send(dispatch, Action::Back)}>
                { back_label }
            </button>
            if at.current < at.total {
                <button type="button" id="psc-next" class="psc-button psc-primary" onclick={send(dispatch, Action::Next)}>
                    { if at.current + 1 == at.total { text.ui(Key::NavSeeResults) } else { text.ui(Key::NavNext) } }
                </button>
            }
        </div>
    }
}

pub use area::AreaStep;
pub use beliefs::{BeliefsStep, ReflectionStep};
