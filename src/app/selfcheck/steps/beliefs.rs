//! The beliefs step (how strongly each belief is held and how often
//! practice shows it) and the reflection step (barriers and private notes).

use yew::prelude::*;

use crate::app::common::widgets::{screen_heading, send, Text};
use crate::core::content::Key;
use crate::core::content::Placeholder;
use crate::core::model::{Answers, Barrier, BarrierSet, Belief, BeliefScale, Likert};
use crate::core::session::{Action, Sections, MAX_NOTES_CHARS};

/// Properties of [`BeliefsStep`].
#[derive(Properties, PartialEq)]
pub struct BeliefsStepProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// The root's reference to the screen heading, which it focuses after
    /// navigation; the same on every render.
    pub heading: NodeRef,
    /// The answers, of which the beliefs are shown.
    pub answers: Answers,
}

/// The four core beliefs, each on two five-point scales.
#[component(BeliefsStep)]
pub fn beliefs_step(props: &BeliefsStepProps) -> Html {
    let BeliefsStepProps { text, dispatch, heading, answers } = props;
    let beliefs = Belief::ALL.into_iter().enumerate().map(|(number, belief)| {
        let belief_text = text.instrument.beliefs[belief];
        let answer = *answers.belief(belief);
        let scale = |scale: BeliefScale| {
            let scale_text = text.instrument.belief_scales[scale];
            let scale_key = match scale {
                BeliefScale::Held => "held",
                BeliefScale::Practised => "practised",
            };
            let points = Likert::all().zip(scale_text.points.iter()).map(|(point, words)| {
                let id = format!("psc-belief-{}-{}-{}", belief.key(), scale_key, point.value());
                let checked = answer.get(scale) == Some(point);
                html! {
                    <div class="psc-radio">
                        <input type="radio" id={id.clone()} name={format!("psc-belief-{}-{}", belief.key(), scale_key)}
                            {checked} value={point.value().to_string()}
                            onchange={send(dispatch, Action::SetBelief { belief, scale, value: Some(point) })} />
                        // On a narrow phone the segment shows the point's
                        // number and the scale's two ends are named below it;
                        // the word stays the radio's name either way.
                        <label for={id}>
                            <span class="psc-point-number" aria-hidden="true">{ point.value() }</span>
                            <span class="psc-point-word">{ words }</span>
                        </label>
                    </div>
                }
            });
            html! {
                <fieldset class="psc-scale">
                    <legend>{ &scale_text.question }</legend>
                    <div class="psc-radio-row psc-likert">{ for points }</div>
                    <p class="psc-scale-ends" aria-hidden="true">
                        <span>{ scale_text.points.first().copied().unwrap_or_default() }</span>
                        <span>{ scale_text.points.last().copied().unwrap_or_default() }</span>
                    </p>
                </fieldset>
            }
        };
        html! {
            <fieldset class="psc-belief">
                <legend>
                    <span class="psc-belief-number">{ text.ui_with(Key::BeliefNumber, &[(Placeholder::Number, &(number + 1).to_string())]) }</span>
                    { " " }{ &belief_text.statement }
                </legend>
                <p class="psc-hint">{ &belief_text.explanation }</p>
                { scale(BeliefScale::Held) }
                { scale(BeliefScale::Practised) }
            </fieldset>
        }
    });
    html! {
        <section class="psc-screen psc-beliefs-step">
            { screen_heading(text.ui(Key::BeliefsTitle), heading) }
            <p>{ text.ui(Key::BeliefsIntro) }</p>
            { for beliefs }
        </section>
    }
}

/// Properties of [`ReflectionStep`].
#[derive(Properties, PartialEq)]
pub struct ReflectionStepProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// The root's reference to the screen heading, which it focuses after
    /// navigation; the same on every render.
    pub heading: NodeRef,
    /// The barriers checked so far.
    pub barriers: BarrierSet,
    /// The private notes as typed so far.
    pub notes: AttrValue,
    /// Which of the two parts the embedding page switched on.
    pub sections: Sections,
}

/// The barriers checklist and the private notes, each shown only when the
/// embedding page's `sections` include it.
#[component(ReflectionStep)]
pub fn reflection_step(props: &ReflectionStepProps) -> Html {
    let ReflectionStepProps { text, dispatch, heading, barriers, notes, sections } = props;
    let barrier_boxes = Barrier::ALL.into_iter().map(|barrier| {
        let checked = barriers.contains(barrier);
        let id = format!("psc-barrier-{}", barrier.key());
        html! {
            <div class="psc-check">
                <input type="checkbox" id={id.clone()} {checked}
                    onchange={send(dispatch, Action::SetBarrier { barrier, checked: !checked })} />
                <label for={id}>{ text.instrument.barriers[barrier] }</label>
            </div>
        }
    });
    let on_notes = dispatch.reform(|event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        Action::SetNotes(area.value())
    });
    html! {
        <section class="psc-screen psc-reflection-step">
            { screen_heading(text.ui(Key::ReflectionTitle), heading) }
            if sections.barriers {
                <fieldset class="psc-barriers">
                    <legend>{ text.ui(Key::BarriersLegend) }</legend>
                    <p class="psc-hint">{ text.ui(Key::BarriersHint) }</p>
                    { for barrier_boxes }
                </fieldset>
            }
            if sections.notes {
                <div class="psc-notes">
                    <label for="psc-notes">{ text.ui(Key::NotesLabel) }</label>
                    <p class="psc-hint" id="psc-notes-hint">{ text.ui(Key::NotesPrivate) }</p>
                    <textarea id="psc-notes" rows="5" aria-describedby="psc-notes-hint psc-notes-count"
                        maxlength={MAX_NOTES_CHARS.to_string()} value={notes.clone()} oninput={on_notes} />
                    <p class="psc-hint psc-count" id="psc-notes-count">
                        { text.ui_with(Key::NotesCount, &[
                            (Placeholder::Count, &notes.chars().count().to_string()),
                            (Placeholder::Limit, &MAX_NOTES_CHARS.to_string()),
                        ]) }
                    </p>
                </div>
            }
        </section>
    }
}
