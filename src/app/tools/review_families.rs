//! How families moved between last year's and this year's team links, for
//! the review: in plain words (one line per area, or one line saying which
//! link lacks families), then as a table. The rules are in
//! `core::team::years`; this only words what it found.

use yew::prelude::*;

use super::compare::direction_words;
use crate::app::common::widgets::{stacked_table, StackedRow, Text};
use crate::core::content::{Key, Placeholder, ToolsKey};
use crate::core::model::Level;
use crate::core::team::{FamiliesYears, FamilyAreaShift, Pairing};

/// The families' lines of the plain-words list: how many answered and
/// each area's most described type, or why nothing about families is shown.
pub(super) fn family_words(text: Text, families: &FamiliesYears) -> Html {
    let FamiliesYears::Moved { families, areas } = families else {
        return html! { <li class="psc-review-families-missing">{ text.tools(missing_key(families)) }</li> };
    };
    let [then, now] = families.map(|count| count.to_string());
    html! {
        <>
            <li class="psc-review-families">{ text.tools_with(ToolsKey::ReviewFamiliesPeople, &[(Placeholder::Then, &then), (Placeholder::Now, &now)]) }</li>
            { for areas.iter().map(|shift| {
                let [then, now] = [0, 1].map(|year| year_words(text, shift, year));
                html! {
                    <li class="psc-review-families">{ text.tools_with(ToolsKey::ReviewFamiliesArea, &[
                        (Placeholder::Area, text.instrument.areas[shift.area].title), (Placeholder::Then, &then), (Placeholder::Now, &now),
                    ]) }</li>
                }
            }) }
        </>
    }
}

/// The families' table, when both links carry families.
pub(super) fn family_table(text: Text, families: &FamiliesYears) -> Html {
    let FamiliesYears::Moved { areas, .. } = families else { return html! {} };
    let rows = areas
        .iter()
        .map(|shift| StackedRow {
            head: html! { { text.instrument.areas[shift.area].title } },
            cells: vec![
                html! { { year_words(text, shift, 0) } },
                html! { { year_words(text, shift, 1) } },
                html! { { direction_words(&text, Pairing::SameKind, shift.direction) } },
            ],
            highlight: false,
        })
        .collect();
    let headings =
        [text.ui(Key::TableArea), text.tools(ToolsKey::ReviewThen), text.tools(ToolsKey::ReviewNow), text.tools(ToolsKey::CompareChange)];
    stacked_table(text.tools(ToolsKey::ReviewFamiliesCaption), &headings, rows)
}

/// Why families are not compared: which link lacks them.
fn missing_key(families: &FamiliesYears) -> ToolsKey {
    match families {
        FamiliesYears::NotBoth { then: true, .. } => ToolsKey::ReviewFamiliesOnlyThen,
        FamiliesYears::NotBoth { now: true, .. } => ToolsKey::ReviewFamiliesOnlyNow,
        _ => ToolsKey::ReviewFamiliesNeither,
    }
}

/// One year's word for an area: the type most families described, else
/// the spread of types they chose, else that none was chosen.
fn year_words(text: Text, shift: &FamilyAreaShift, year: usize) -> String {
    if let Some(level) = shift.most[year] {
        return text.instrument.levels[level].short_name.to_owned();
    }
    let spread: Vec<String> = Level::ALL
        .into_iter()
        .zip(shift.spread[year])
        .filter(|(_, count)| *count > 0)
        .map(|(level, count)| format!("{} {count}", text.instrument.levels[level].short_name))
        .collect();
    if spread.is_empty() {
        return text.tools(ToolsKey::ReviewFamiliesNoType).to_owned();
    }
    text.tools_with(ToolsKey::ReviewFamiliesSpread, &[(Placeholder::Spread, &spread.join(", "))])
}
