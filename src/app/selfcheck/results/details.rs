//! The details under the plan: beliefs beside practice, the barriers with
//! a way through each, and the person's own notes.

use yew::prelude::*;

use super::{barrier_answer, voiced};
use crate::app::common::widgets::{stacked_table, StackedRow, Text};
use crate::core::content::Key;
use crate::core::content::Placeholder;
use crate::core::model::{Answers, BarrierSet, BeliefScale};
use crate::core::scoring;

/// The beliefs beside practice, with the widest gaps marked in words.
pub fn belief_table(text: &Text, answers: &Answers, shared: bool) -> Html {
    let scores = scoring::belief_scores(answers);
    let widest = scoring::widest_gaps(&scores);
    let scales = &text.instrument.belief_scales;
    let words = |points: &[&str], value: Option<u8>| {
        value
            .and_then(|v| points.get(usize::from(v).saturating_sub(1)))
            .map(|w| format!("{w} ({})", value.unwrap_or_default()))
            .unwrap_or_else(|| text.ui(Key::NotAnswered).to_owned())
    };
    let rows = scores
        .iter()
        .map(|score| {
            let is_widest = widest.contains(&score.belief);
            StackedRow {
                head: html! { { &text.instrument.beliefs[score.belief].statement } },
                cells: vec![
                    html! { { words(&scales[BeliefScale::Held].points, score.held) } },
                    html! { { words(&scales[BeliefScale::Practised].points, score.practised) } },
                    html! {
                        <>
                            { score.gap.map_or_else(|| "–".to_owned(), |g| format!("{g:+}")) }
                            if is_widest { <span class="psc-badge">{ text.ui(Key::BeliefsWidestBadge) }</span> }
                        </>
                    },
                ],
                highlight: is_widest,
            }
        })
        .collect();
    let callout = (!widest.is_empty()).then(|| {
        let names: Vec<&str> = widest.iter().map(|b| text.instrument.beliefs[*b].statement).collect();
        html! { <p class="psc-callout">{ text.ui_with(Key::BeliefsWidest, &[(Placeholder::Beliefs, &names.join(" / "))]) }</p> }
    });
    html! {
        <div class="psc-belief-results">
            <h4>{ text.ui(Key::BeliefsResultsHeading) }</h4>
            <p class="psc-hint">{ text.ui(Key::BeliefsGapExplained) }</p>
            { callout }
            { stacked_table(voiced(text, Key::BeliefsTableCaption, shared), &[text.ui(Key::BeliefsColBelief), voiced(text, Key::BeliefsColHeld, shared), voiced(text, Key::BeliefsColPractised, shared), text.ui(Key::BeliefsColGap)], rows) }
        </div>
    }
}

/// The barriers the person checked, each with one way to work through it.
pub fn barrier_list(text: &Text, barriers: BarrierSet, shared: bool) -> Html {
    let checked: Vec<_> = barriers.iter().collect();
    html! {
        <div class="psc-barrier-results">
            <h4>{ voiced(text, Key::ReflectionTitle, shared) }</h4>
            if checked.is_empty() {
                <p>{ text.ui(Key::BarriersNone) }</p>
            } else {
                <p>{ text.ui(Key::BarrierAnswersIntro) }</p>
                <ul class="psc-barrier-answers">
                    { for checked.iter().map(|b| html! {
                        <li><strong>{ text.instrument.barriers[*b] }</strong><p>{ barrier_answer(text, *b) }</p></li>
                    }) }
                </ul>
            }
        </div>
    }
}

/// Properties of [`NotesSection`].
#[derive(Properties, PartialEq)]
pub struct NotesSectionProps {
    pub text: Text,
    /// The person's private notes.
    pub notes: AttrValue,
}

/// The person's own notes, for themselves: shown on their results page,
/// printed only when they ask for it, and never part of the link.
#[component(NotesSection)]
pub fn notes_section(props: &NotesSectionProps) -> Html {
    let NotesSectionProps { text, notes } = props;
    let print = use_state(|| false);
    let toggle = {
        let print = print.clone();
        Callback::from(move |_: Event| print.set(!*print))
    };
    html! {
        <section class={classes!("psc-notes-results", (!*print).then_some("psc-no-print"))} aria-labelledby="psc-notes-results-heading">
            <h4 id="psc-notes-results-heading">{ text.ui(Key::NotesResultsHeading) }</h4>
            <p class="psc-hint psc-no-print">{ text.ui(Key::NotesResultsHint) }</p>
            <p class="psc-notes-text">{ notes.clone() }</p>
            <div class="psc-check psc-no-print">
                <input type="checkbox" id="psc-print-notes" checked={*print} onchange={toggle} />
                <label for="psc-print-notes">{ text.ui(Key::NotesPrintInclude) }</label>
            </div>
        </section>
    }
}
