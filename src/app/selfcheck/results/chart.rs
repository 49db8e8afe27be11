//! The per-area picture: a bar per area reaching its school type, on a
//! scale whose gridlines are labelled with the four types, and the same
//! data as a table (in the details) that stacks into rows on a phone.

use yew::prelude::*;

use super::voiced;
use crate::app::common::widgets::{stacked_table, StackedRow, Text};
use crate::core::content::Placeholder;
use crate::core::content::{self, Key};
use crate::core::model::{Answers, Area, Level};

/// An area's school type in words, or why it has none.
fn level_words(text: &Text, answers: &Answers, level: Option<Level>, area: Area) -> &'static str {
    match level {
        Some(level) => text.instrument.levels[level].name,
        None if answers.area(area).mark.is_some() => text.ui(Key::MarkNotSure),
        None => text.ui(Key::NotAnswered),
    }
}

/// The level chosen in each area, as a bar chart ([`area_table`], in the
/// details, holds the same data).
///
/// The bars are HTML, not SVG, so that their words are page text: they keep
/// the page's size (at least 14 px), wrap on a narrow phone and grow with
/// the reader's zoom. The chart is one image to assistive technology,
/// described in words, and the table in the details holds the same data.
///
/// `marks` is the confirmed level of each area, in area order; the answers
/// tell "not sure" from "not answered". Like every results section without
/// state of its own, it is a function, not a component: a component's
/// lifecycle code costs bundle bytes, and these redraw only when the
/// answers change.
pub fn area_chart(text: &Text, marks: &[Option<Level>; 5], answers: &Answers, shared: bool) -> Html {
    let levels = &text.instrument.levels;
    let level_words = |level: Option<Level>, area: Area| level_words(text, answers, level, area);
    let description: Vec<String> = Area::ALL
        .into_iter()
        .zip(*marks)
        .map(|(area, level)| format!("{}: {}", text.instrument.areas[area].title, level_words(level, area)))
        .collect();

    // The gridline labels take two staggered rows, so that each has the
    // room of two columns and none is cut or squeezed on a phone.
    let axis = Level::ALL.map(|level| {
        html! {
            <span class={classes!("psc-axis-label", format!("psc-axis-{}", level.number()))}>
                { format!("{} {}", level.number(), levels[level].short_name) }
            </span>
        }
    });
    let rows = Area::ALL.into_iter().zip(*marks).map(|(area, level)| {
        let words = match level {
            Some(l) => format!("{} ({})", levels[l].short_name, l.number()),
            None => level_words(None, area).to_owned(),
        };
        html! {
            <div class="psc-bars-row">
                <p class="psc-bars-label"><strong>{ &text.instrument.areas[area].title }</strong>{ " " }<span>{ words }</span></p>
                <div class="psc-bars-track">
                    if let Some(l) = level {
                        <div class={classes!("psc-bars-fill", format!("psc-bars-fill-{}", l.number()))}></div>
                    }
                </div>
            </div>
        }
    });

    html! {
        <div class="psc-area-results">
            <figure class="psc-figure">
                <div class="psc-bars" role="img" aria-label={format!("{}. {}", voiced(text, Key::ChartHeading, shared), description.join(". "))}>
                    <div class="psc-bars-axis" aria-hidden="true">{ for axis }</div>
                    { for rows }
                </div>
                <figcaption>{ text.ui(Key::ChartCaption) }</figcaption>
            </figure>
        </div>
    }
}

/// The level chosen in each area with the ticks by type: the chart's data
/// as a table.
pub fn area_table(text: &Text, marks: &[Option<Level>; 5], answers: &Answers) -> Html {
    let levels = &text.instrument.levels;
    let level_words = |level: Option<Level>, area: Area| level_words(text, answers, level, area);
    let table_rows = Area::ALL
        .into_iter()
        .zip(*marks)
        .map(|(area, level)| {
            let ticks = answers.area(area).ticks;
            let ticked: Vec<String> = Level::ALL
                .into_iter()
                .filter(|l| ticks.count_at(*l) > 0)
                .map(|l| format!("{} {}", levels[l].short_name, ticks.count_at(l)))
                .collect();
            StackedRow {
                head: html! { { &text.instrument.areas[area].title } },
                cells: vec![
                    html! { { level_words(level, area) } },
                    html! { { level.map_or_else(|| "–".to_owned(), |l| l.number().to_string()) } },
                    html! { { if ticked.is_empty() { "–".to_owned() } else { ticked.join(", ") } } },
                    crosswalk(text, area),
                ],
                highlight: false,
            }
        })
        .collect();

    stacked_table(
        text.ui(Key::TableCaption),
        &[
            text.ui(Key::TableArea),
            text.ui(Key::TableType),
            text.ui(Key::TableLevel),
            text.ui(Key::TableTicked),
            text.ui(Key::TableCrosswalk),
        ],
        table_rows,
    )
}

/// The PTA National Standards and Epstein's types an area relates to, so a
/// school can report against the framework its district uses.
fn crosswalk(text: &Text, area: Area) -> Html {
    let links = content::crosswalk(area);
    let standards: Vec<String> =
        links.pta_standards.iter().map(|standard| format!("{} {}", standard.number(), text.instrument.pta_standards[*standard])).collect();
    let types: Vec<&str> = links.epstein_types.iter().map(|t| text.instrument.epstein_types[*t]).collect();
    html! {
        <>
            { text.ui_with(Key::CrosswalkPta, &[(Placeholder::Standards, &standards.join("; "))]) }
            <br />
            { text.ui_with(Key::CrosswalkEpstein, &[(Placeholder::Types, &types.join("; "))]) }
        </>
    }
}
