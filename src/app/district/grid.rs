//! Schools × areas: each school's middle type per area with how many people
//! it rests on, as one table with sticky headings, sortable and filtered by
//! name. Each type is written out and drawn in its own pattern, so the grid
//! reads in black and white; on a narrow screen each school is one stacked
//! block.

use yew::prelude::*;

use super::{Dispatch, Page};
use crate::app::common::widgets::Text;
use crate::core::content::{Placeholder, ToolsKey};
use crate::core::district::{grid, Action, GridRow, SortBy, GRID_ROWS};
use crate::core::model::{Area, Level};

/// Properties of [`Grid`].
#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
}

/// The sort's value in the select.
fn sort_value(sort: SortBy) -> &'static str {
    match sort {
        SortBy::Name => "name",
        SortBy::FarAlong => "far",
        SortBy::Area(area) => area.key(),
    }
}

/// The sort a select value names.
fn sort_of(value: &str) -> SortBy {
    match value {
        "far" => SortBy::FarAlong,
        other => Area::from_key(other).map_or(SortBy::Name, SortBy::Area),
    }
}

/// One type, written out and in its pattern, or "no middle type".
pub fn type_cell(text: &Text, level: Option<Level>) -> Html {
    match level {
        Some(level) => {
            html! { <span class={classes!("psc-type", format!("psc-type-{}", level.key()))}>{ text.instrument.levels[level].short_name }</span> }
        }
        None => html! { <span class="psc-type psc-type-none">{ text.tools(ToolsKey::DistrictNoMiddle) }</span> },
    }
}

/// One school's row. Its "Remove" button names the school in a data
/// attribute, read by the one click handler of the table's body, so that a
/// grid of hundreds of schools does not register a handler per row.
fn row(text: &Text, school: GridRow) -> Html {
    let people = school.people.to_string();
    html! {
        <tr>
            <th scope="row" data-label={text.tools(ToolsKey::DistrictSchool)}>{ school.name.clone() }</th>
            <td data-label={text.tools(ToolsKey::DistrictPeople)}>
                { people }
                if school.few { { " " }<span class="psc-few">{ format!("({})", text.tools(ToolsKey::DistrictFew)) }</span> }
            </td>
            { for Area::ALL.into_iter().map(|area| html! {
                <td data-label={text.instrument.areas[area].title}>{ type_cell(text, school.middle[area.index()]) }</td>
            }) }
            <td class="psc-no-print">
                <button type="button" class="psc-button psc-small" data-school={school.name.clone()}
                    aria-label={text.tools_with(ToolsKey::DistrictRemoveLabel, &[(Placeholder::Name, &school.name)])}>
                    { text.tools(ToolsKey::DistrictRemove) }
                </button>
            </td>
        </tr>
    }
}

/// The grid with its filter and sort.
#[component(Grid)]
pub fn grid_view(props: &GridProps) -> Html {
    let text = &props.text;
    let state = &props.state;
    let round = state.round();
    let mut rows = grid(round, state.sort, &state.filter);
    let matching = rows.len();
    if !state.all_rows {
        rows.truncate(GRID_ROWS);
    }
    let on_remove = props.dispatch.reform(|event: MouseEvent| {
        let button = event.target_dyn_into::<web_sys::Element>().and_then(|target| target.closest("button[data-school]").ok().flatten());
        Action::RemoveSchool(button.and_then(|b| b.get_attribute("data-school")).unwrap_or_default())
    });
    let on_filter = props.dispatch.reform(|e: InputEvent| Action::Filter(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let on_sort = props.dispatch.reform(|e: Event| Action::Sort(sort_of(&e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())));
    let current = sort_value(state.sort);
    let option = |value: &'static str, label: &'static str| html! { <option {value} selected={value == current}>{ label }</option> };
    let shown = rows.len();
    let shown_words = text
        .tools_with(ToolsKey::DistrictShown, &[(Placeholder::Shown, &shown.to_string()), (Placeholder::Count, &round.len().to_string())]);
    html! {
        <section class="psc-district-grid" aria-labelledby="psc-district-grid-heading">
            <h2 id="psc-district-grid-heading">{ text.tools(ToolsKey::DistrictGridHeading) }{ " · " }{ round.label.clone() }</h2>
            if round.is_empty() {
                <p>{ text.tools(ToolsKey::DistrictEmpty) }</p>
            } else {
                <div class="psc-district-controls psc-no-print">
                    <label for="psc-district-filter">{ text.tools(ToolsKey::DistrictFilter) }</label>
                    <input type="search" id="psc-district-filter" value={state.filter.clone()} oninput={on_filter} />
                    <label for="psc-district-sort">{ text.tools(ToolsKey::DistrictSort) }</label>
                    <select id="psc-district-sort" onchange={on_sort}>
                        { option("name", text.tools(ToolsKey::DistrictSortName)) }
                        { option("far", text.tools(ToolsKey::DistrictSortFar)) }
                        { for Area::ALL.into_iter().map(|area| option(area.key(), text.instrument.areas[area].title)) }
                    </select>
                    <p role="status" id="psc-district-shown">{ shown_words }</p>
                </div>
                <div class="psc-district-grid-scroll" tabindex="0" role="region" aria-label={text.tools(ToolsKey::DistrictGridCaption)}>
                    <table class="psc-table psc-district-table">
                        <caption>{ text.tools(ToolsKey::DistrictGridCaption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ text.tools(ToolsKey::DistrictSchool) }</th>
                                <th scope="col">{ text.tools(ToolsKey::DistrictPeople) }</th>
                                { for Area::ALL.into_iter().map(|area| html! { <th scope="col">{ text.instrument.areas[area].title }</th> }) }
                                <th scope="col" class="psc-no-print"><span class="psc-visually-hidden">{ text.tools(ToolsKey::DistrictRemove) }</span></th>
                            </tr>
                        </thead>
                        <tbody onclick={on_remove}>{ for rows.into_iter().map(|school| row(text, school)) }</tbody>
                    </table>
                </div>
                if shown < matching {
                    <button type="button" id="psc-district-show-all" class="psc-button psc-no-print" onclick={props.dispatch.reform(|_| Action::ShowAllRows)}>
                        { text.tools_with(ToolsKey::DistrictShowAll, &[(Placeholder::Count, &matching.to_string())]) }
                    </button>
                }
                <p class="psc-hint">{ text.tools(ToolsKey::DistrictFewNote) }</p>
            }
        </section>
    }
}
