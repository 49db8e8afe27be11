//! The facilitator's comparison of two results over time (one person's or a
//! team's), e.g. fall and spring.

use yew::prelude::*;

use super::team::tenths;
use super::widgets::{data_table, screen_heading, text_setter, Table, Text};
use crate::core::content::{Key, ToolsKey};
use crate::core::model::Level;
use crate::core::team::{self, Direction};

/// Properties of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The texts of the chosen language.
    pub text: Text,
}

/// Compares two results: individual links or team links, e.g. fall and spring.
#[component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let text = &props.text;
    let before = use_state(String::new);
    let after = use_state(String::new);
    let outcome = use_state(|| None::<Result<team::Comparison, String>>);
    let field = |id: &'static str, label: &str, state: &UseStateHandle<String>| {
        html! {
            <div class="psc-compare-field">
                <label for={id}>{ label }</label>
                <textarea id={id} rows="2" value={(**state).clone()} oninput={text_setter(state)} />
            </div>
        }
    };
    let on_compare = {
        let (before, after, outcome) = (before.clone(), after.clone(), outcome.clone());
        let text = *text;
        Callback::from(move |_| {
            let read = |input: &str, which: &str| {
                team::profile_from_text(input)
                    .map_err(|e| text.tools_with(ToolsKey::CompareError, &[("which", which), ("reason", text.tools(e.message_key()))]))
            };
            let result = read(&before, text.tools(ToolsKey::CompareBefore)).and_then(|b| {
                read(&after, text.tools(ToolsKey::CompareAfter)).map(|a| team::compare(&b, &a))
            });
            outcome.set(Some(result));
        })
    };
    let direction_words = |d: Direction| match d {
        Direction::Up => text.tools(ToolsKey::DirectionUp),
        Direction::Down => text.tools(ToolsKey::DirectionDown),
        Direction::Same => text.tools(ToolsKey::DirectionSame),
        Direction::Unknown => text.tools(ToolsKey::DirectionUnknown),
    };
    let levels = &text.instrument.levels;
    let level_words = |l: Option<Level>| l.map_or_else(|| text.ui(Key::NotAnswered), |l| levels[l].short_name);
    let result = match &*outcome {
        None => html! {},
        Some(Err(message)) => html! { <div class="psc-notice psc-error" role="alert"><p>{ message }</p></div> },
        Some(Ok(comparison)) => {
            const WIDTH: u32 = 320;
            const ROW: u32 = 52;
            let step = WIDTH / 4;
            let rows = comparison.areas.iter().enumerate().map(|(row, shift)| {
                let top = row as u32 * ROW;
                let bar = |level: Option<Level>, y: u32, class: &'static str, word: String| {
                    let width = level.map_or(0, |l| u32::from(l.number()) * step);
                    html! {
                        <>
                            if width > 0 { <rect class={class} x="0" y={y.to_string()} width={width.to_string()} height="12" /> }
                            <text class="psc-chart-value" x={(width + 4).min(WIDTH - 90).to_string()} y={(y + 10).to_string()}>{ word }</text>
                        </>
                    }
                };
                html! {
                    <g>
                        <text class="psc-chart-area" x="0" y={(top + 12).to_string()}>
                            { format!("{} ({})", text.instrument.areas[shift.area].title, direction_words(shift.direction)) }
                        </text>
                        { bar(shift.before, top + 16, "psc-bar-before", format!("{}: {}", text.tools(ToolsKey::CompareBefore), level_words(shift.before))) }
                        { bar(shift.after, top + 32, "psc-bar", format!("{}: {}", text.tools(ToolsKey::CompareAfter), level_words(shift.after))) }
                    </g>
                }
            });
            let area_rows = comparison.areas.iter().map(|shift| html! {
                <tr>
                    <th scope="row">{ &text.instrument.areas[shift.area].title }</th>
                    <td>{ level_words(shift.before) }</td>
                    <td>{ level_words(shift.after) }</td>
                    <td>{ direction_words(shift.direction) }</td>
                </tr>
            });
            let belief_rows = comparison.beliefs.iter().map(|shift| html! {
                <tr>
                    <th scope="row">{ &text.instrument.beliefs[shift.belief].statement }</th>
                    <td>{ format!("{} → {} ({})", tenths(shift.held.before_tenths.map(i32::from)), tenths(shift.held.after_tenths.map(i32::from)), direction_words(shift.held.direction)) }</td>
                    <td>{ format!("{} → {} ({})", tenths(shift.practised.before_tenths.map(i32::from)), tenths(shift.practised.after_tenths.map(i32::from)), direction_words(shift.practised.direction)) }</td>
                </tr>
            });
            let description: Vec<String> = comparison.areas.iter().map(|s| {
                format!("{}: {} → {}", text.instrument.areas[s.area].title, level_words(s.before), level_words(s.after))
            }).collect();
            html! {
                <div class="psc-compare-results">
                    <figure class="psc-figure">
                        <svg class="psc-chart" viewBox={format!("0 0 {WIDTH} {}", ROW * 5)} role="img"
                            aria-labelledby="psc-compare-title psc-compare-desc">
                            <title id="psc-compare-title">{ text.tools(ToolsKey::CompareChartHeading) }</title>
                            <desc id="psc-compare-desc">{ description.join(". ") }</desc>
                            { for rows }
                        </svg>
                    </figure>
                    { data_table(text.tools(ToolsKey::CompareAreasCaption), vec![text.ui(Key::TableArea), text.tools(ToolsKey::CompareBefore), text.tools(ToolsKey::CompareAfter), text.tools(ToolsKey::CompareChange)], html! { <>{ for area_rows }</> }, Table::Fits) }
                    { data_table(text.tools(ToolsKey::CompareBeliefsCaption), vec![text.ui(Key::BeliefsColBelief), text.ui(Key::BeliefsColHeld), text.ui(Key::BeliefsColPractised)], html! { <>{ for belief_rows }</> }, Table::Fits) }
                </div>
            }
        }
    };
    html! {
        <section class="psc-screen psc-compare">
            { screen_heading(text.tools(ToolsKey::CompareHeading)) }
            <p>{ text.tools(ToolsKey::CompareIntro) }</p>
            { field("psc-compare-before", text.tools(ToolsKey::CompareBeforeLabel), &before) }
            { field("psc-compare-after", text.tools(ToolsKey::CompareAfterLabel), &after) }
            <div class="psc-actions">
                <button type="button" id="psc-compare-go" class="psc-button psc-primary" onclick={on_compare}>
                    { text.tools(ToolsKey::CompareButton) }
                </button>
            </div>
            { result }
        </section>
    }
}
