//! "Compare with an earlier result" on one's own results: the person's own
//! earlier link, code or file beside the answers now, per area and belief,
//! in the page itself. The comparison is the tools page's
//! (`core::team::compare`), so both say the same; nothing leaves the page.

use yew::prelude::*;

use crate::app::common::files::{read_pasted, read_results_file, OpenProblem};
use crate::app::common::widgets::{stacked_table, text_setter, StackedRow, Text};
use crate::core::content::{Key, Placeholder};
use crate::core::model::{Answers, Level};
use crate::core::team::{compare, Comparison, Profile, ScaleShift};

/// Properties of [`EarlierCompare`].
#[derive(Properties, PartialEq)]
pub struct EarlierProps {
    pub text: Text,
    /// The answers now.
    pub answers: Answers,
}

/// The earlier link or file, and the change since.
#[component(EarlierCompare)]
pub fn earlier_compare(props: &EarlierProps) -> Html {
    let text = props.text;
    let pasted = use_state(String::new);
    let earlier = use_state(|| None::<Result<Answers, OpenProblem>>);
    let on_paste = {
        let (pasted, earlier) = (pasted.clone(), earlier.clone());
        Callback::from(move |_| earlier.set(Some(read_pasted(&pasted).map(|view| view.answers))))
    };
    let on_pick = {
        let earlier = earlier.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let earlier = earlier.clone();
            wasm_bindgen_futures::spawn_local(async move {
                earlier.set(Some(read_results_file(file).await.map(|imported| imported.answers)));
            });
        })
    };
    let shown = match &*earlier {
        None => html! {},
        Some(Err(problem)) => {
            let (message, detail) = problem.describe(&text);
            html! { <p class="psc-notice psc-error" role="alert">{ message }{ for detail.map(|d| html! { <><br />{ d }</> }) }</p> }
        }
        Some(Ok(before)) => change(text, &compare(&Profile::from_answers(before), &Profile::from_answers(&props.answers))),
    };
    html! {
        <section class="psc-earlier psc-no-print" aria-labelledby="psc-earlier-heading">
            <h3 id="psc-earlier-heading">{ text.ui(Key::EarlierHeading) }</h3>
            <p>{ text.ui(Key::EarlierIntro) }</p>
            <label for="psc-earlier-text">{ text.ui(Key::EarlierLabel) }</label>
            <textarea id="psc-earlier-text" rows="2" value={(*pasted).clone()} oninput={text_setter(&pasted)} />
            <div class="psc-actions">
                <button type="button" id="psc-earlier-go" class="psc-button" onclick={on_paste}>{ text.ui(Key::EarlierButton) }</button>
            </div>
            <label for="psc-earlier-file">{ text.ui(Key::EarlierFile) }</label>
            <input type="file" id="psc-earlier-file" accept=".json,application/json" onchange={on_pick} />
            <div id="psc-earlier-shown" aria-live="polite">{ shown }</div>
        </section>
    }
}

/// The change, in one line of words, then per area and per belief.
fn change(text: Text, comparison: &Comparison) -> Html {
    let moves = comparison.area_moves();
    let level = |level: Option<Level>| level.map_or_else(|| text.ui(Key::NotAnswered), |level| text.instrument.levels[level].name);
    let cell = |words: String| html! { { words } };
    let areas = comparison
        .areas
        .iter()
        .map(|shift| StackedRow {
            head: cell(text.instrument.areas[shift.area].title.to_owned()),
            cells: vec![
                cell(level(shift.before).to_owned()),
                cell(level(shift.after).to_owned()),
                cell(text.ui(shift.direction.own_change_key()).to_owned()),
            ],
            highlight: false,
        })
        .collect();
    let scale = |shift: &ScaleShift| {
        let point = |tenths: Option<u16>| tenths.map_or_else(|| "–".to_owned(), |tenths| (tenths / 10).to_string());
        cell(format!("{} → {} ({})", point(shift.before_tenths), point(shift.after_tenths), text.ui(shift.direction.own_change_key())))
    };
    let beliefs = comparison
        .beliefs
        .iter()
        .map(|shift| StackedRow {
            head: cell(text.instrument.beliefs[shift.belief].statement.to_owned()),
            cells: vec![scale(&shift.held), scale(&shift.practised)],
            highlight: false,
        })
        .collect();
    let count = |n: usize| n.to_string();
    html! {
        <>
            <p id="psc-earlier-summary">{ text.ui_with(Key::EarlierSummary, &[
                (Placeholder::Up, &count(moves.up)), (Placeholder::Down, &count(moves.down)), (Placeholder::Same, &count(moves.same)),
            ]) }</p>
            { stacked_table(text.ui(Key::EarlierAreasCaption), &[
                text.ui(Key::TableArea), text.ui(Key::EarlierColEarlier), text.ui(Key::EarlierColNow), text.ui(Key::EarlierColChange),
            ], areas) }
            { stacked_table(text.ui(Key::EarlierBeliefsCaption), &[
                text.ui(Key::BeliefsColBelief), text.ui(Key::BeliefsColHeld), text.ui(Key::BeliefsColPractised),
            ], beliefs) }
        </>
    }
}
