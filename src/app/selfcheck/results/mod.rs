//! The results page, one story from top to bottom: where we are (the
//! per-area picture, then the label or mixed profile), sending or keeping
//! the results, what we could do next (the plan), then the details
//! (beliefs, barriers with a way through each, the person's own notes),
//! and on one's own results the comparison with an earlier one (`earlier`).
//!
//! The sections without state of their own are functions called by
//! [`Results`]; the page redraws them when the answers change, and a
//! component each would cost bundle bytes for its lifecycle code.

mod chart;
mod details;
mod earlier;
mod next_steps;

use crate::app::common::outcome::outcome_summary;

use chart::{area_chart, area_table};
use details::{barrier_list, belief_table, NotesSection};
use earlier::EarlierCompare;
use next_steps::next_steps_section;
use yew::prelude::*;

use crate::app::common::widgets::{focus, screen_heading, Text};
use crate::browser;
use crate::core::content::Key;
use crate::core::content::Placeholder;
use crate::core::model::{Answers, Barrier, Feasibility, PlanPractice};
use crate::core::scoring;
use crate::core::session::{Action, Sections};

/// Properties of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// Receives "Start over".
    pub dispatch: Callback<Action>,
    /// The root's reference to the screen heading, which it focuses after
    /// navigation; the same on every render.
    pub heading: NodeRef,
    /// The answers shown: the person's own, or shared ones.
    pub answers: Answers,
    /// The optional sections, of which the barriers have a results section.
    pub sections: Sections,
    /// Shared results are shown without the actions that change answers,
    /// under a heading of their own.
    #[prop_or_default]
    pub read_only: bool,
    /// What stands between the heading and the results: for shared
    /// results, where they came from and the way back.
    #[prop_or_default]
    pub children: Html,
    /// The way to send or keep the results (the share panel), which comes
    /// right after "where we are".
    #[prop_or_default]
    pub share: Html,
    /// The practice just refused as a fourth priority.
    #[prop_or_default]
    pub refused: Option<PlanPractice>,
    /// The person's private notes, shown to them on their own results.
    #[prop_or_default]
    pub notes: Option<AttrValue>,
}

/// The whole results page.
#[component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let text = props.text;
    let answers = &props.answers;
    let shared = props.read_only;
    // Scored once per set of answers, and shared by two sections: the same
    // `Rc` on every render lets them compare equal without comparing scores.
    let score = use_memo(answers.clone(), scoring::score);
    // Today's date, printed locally on the printout only: nothing shared
    // ever carries a date.
    let date = use_memo((), |_| browser::local_date(text.language.code()));
    let confirm_start_over = use_state(|| false);
    // The "Start over" button is replaced by the question, so focus moves to
    // its safe answer, "Cancel", instead of being lost.
    let cancel = use_node_ref();
    {
        let cancel = cancel.clone();
        use_effect_with(*confirm_start_over, move |asking| {
            if *asking {
                focus(&cancel);
            }
        });
    }

    let start_over = {
        let confirm = confirm_start_over.clone();
        let dispatch = props.dispatch.clone();
        if *confirm {
            html! {
                <div class="psc-confirm" role="group" aria-labelledby="psc-confirm-text">
                    <p id="psc-confirm-text">{ text.ui(Key::StartOverConfirm) }</p>
                    <button type="button" id="psc-start-over-yes" class="psc-button psc-danger"
                        onclick={let c = confirm.clone(); move |_| { c.set(false); dispatch.emit(Action::StartOver(browser::random_id())) }}>
                        { text.ui(Key::StartOverYes) }
                    </button>
                    <button ref={cancel} type="button" id="psc-start-over-cancel" class="psc-button" onclick={move |_| confirm.set(false)}>
                        { text.ui(Key::StartOverCancel) }
                    </button>
                </div>
            }
        } else {
            html! {
                <button type="button" id="psc-start-over" class="psc-link-button psc-start-over" onclick={move |_| confirm.set(true)}>
                    { text.ui(Key::StartOver) }
                </button>
            }
        }
    };

    html! {
        <section class="psc-screen psc-results">
            // The header above already names the school on paper.
            <p class="psc-print-only psc-print-header">{ text.ui_with(Key::ResultsPrintDate, &[(Placeholder::Date, &date)]) }</p>
            { screen_heading(voiced(&text, Key::ResultsTitle, shared), &props.heading) }
            { props.children.clone() }
            <section class="psc-where" aria-labelledby="psc-where-heading">
                <h3 id="psc-where-heading">{ voiced(&text, Key::ResultsWhereHeading, shared) }</h3>
                { area_chart(&text, &score.levels, answers, shared) }
                { outcome_summary(&text, &score, None, true) }
            </section>
            { props.share.clone() }
            { next_steps_section(&text, &props.dispatch, answers, shared, props.refused) }
            <section class="psc-details" aria-labelledby="psc-details-heading">
                <h3 id="psc-details-heading">{ text.ui(Key::ResultsDetailsHeading) }</h3>
                { area_table(&text, &score.levels, answers) }
                { belief_table(&text, answers, shared) }
                if props.sections.barriers {
                    { barrier_list(&text, answers.barriers, shared) }
                }
                if let Some(notes) = props.notes.clone().filter(|n| !n.trim().is_empty()) {
                    <NotesSection {text} {notes} />
                }
            </section>
            if !props.read_only {
                <EarlierCompare {text} answers={answers.clone()} />
                <div class="psc-actions psc-no-print">
                    <button type="button" id="psc-print" class="psc-button psc-primary" onclick={|_| browser::print()}>
                        { text.ui(Key::Print) }
                    </button>
                    { start_over }
                </div>
            }
        </section>
    }
}

/// The text of a heading as the page says it: shared results are someone
/// else's answers, so a heading in the first or second person ("My
/// priorities", "Where we are") has a wording of its own there ("Their
/// priorities"). Kept out of line: inlined at each heading, its table of
/// keys would be copied into the bundle once per heading.
#[inline(never)]
fn voiced(text: &Text, key: Key, shared: bool) -> &'static str {
    text.ui(match key {
        _ if !shared => key,
        Key::ResultsTitle => Key::SharedResultsTitle,
        Key::ResultsWhereHeading => Key::ResultsWhereHeadingShared,
        Key::ChartHeading => Key::ChartHeadingShared,
        Key::ResultsPlanHeading => Key::ResultsPlanHeadingShared,
        Key::PrioritiesHeading => Key::PrioritiesHeadingShared,
        Key::PriorityBarriers => Key::PriorityBarriersShared,
        Key::ReflectionTitle => Key::ReflectionTitleShared,
        Key::BeliefsColHeld => Key::BeliefsColHeldShared,
        Key::BeliefsColPractised => Key::BeliefsColPractisedShared,
        Key::BeliefsTableCaption => Key::BeliefsTableCaptionShared,
        other => other,
    })
}

/// The words of a step of the feasibility scale.
fn feasibility_words(text: &Text, rating: Feasibility) -> &'static str {
    text.ui(match rating {
        Feasibility::AlreadyDoing => Key::FeasibilityAlreadyDoing,
        Feasibility::Easy => Key::FeasibilityEasy,
        Feasibility::TakesTime => Key::FeasibilityTakesTime,
        Feasibility::Hard => Key::FeasibilityHard,
    })
}

/// One concrete way to work through a barrier: give it a safe place to be
/// said, answer it, and agree a short trial.
fn barrier_answer(text: &Text, barrier: Barrier) -> &'static str {
    text.ui(match barrier {
        Barrier::FearOfBeingCalledRacist => Key::BarrierAnswerFearOfBeingCalledRacist,
        Barrier::LosingPowerAndControl => Key::BarrierAnswerLosingPowerAndControl,
        Barrier::UnfriendlyOversight => Key::BarrierAnswerUnfriendlyOversight,
        Barrier::PhysicalSafety => Key::BarrierAnswerPhysicalSafety,
        Barrier::BeingMisunderstood => Key::BarrierAnswerBeingMisunderstood,
        Barrier::HandlingConflict => Key::BarrierAnswerHandlingConflict,
        Barrier::LowConfidenceInParents => Key::BarrierAnswerLowConfidenceInParents,
        Barrier::SafeTraditionalInvolvement => Key::BarrierAnswerSafeTraditionalInvolvement,
    })
}
