//! What the district sees beyond the grid: how the schools are spread, the
//! gap between them, where support should go, families beside staff, and
//! year over year; with the district CSV and the printed brief. Every
//! district-wide figure waits for three schools (the core's views say
//! `None` before that).

use yew::prelude::*;

use super::families::{families_view, families_years};
use super::grid::type_cell;
use super::Page;
use crate::app::common::widgets::{data_table, Table, Text};
use crate::browser;
use crate::core::content::{Placeholder, ToolsKey};
use crate::core::district::{self, behind_in_most, gaps, moves, quick_wins, spread, support, Move, State, Support};
use crate::core::model::Level;

/// Properties of [`Views`].
#[derive(Properties, PartialEq)]
pub struct ViewsProps {
    pub text: Text,
    pub state: Page,
}

/// The views under the grid.
#[component(Views)]
pub fn views(props: &ViewsProps) -> Html {
    let text = &props.text;
    let state: &State = &props.state;
    let round = state.round();
    // The CSV is written when asked for, not at every render.
    let on_csv = {
        let (page, text) = (props.state.clone(), *text);
        Callback::from(move |_| {
            browser::download("partnership-selfcheck-district.csv", "text/csv", &district::district_csv(page.round(), &text));
        })
    };
    html! {
        <>
            if !round.is_empty() {
                <div class="psc-actions psc-no-print">
                    <button type="button" id="psc-district-csv" class="psc-button" onclick={on_csv}>{ text.tools(ToolsKey::DistrictCsv) }</button>
                    <button type="button" id="psc-district-print" class="psc-button" onclick={Callback::from(|_| browser::print())}>{ text.tools(ToolsKey::DistrictPrint) }</button>
                </div>
            }
            { spread_view(text, state) }
            { gap_view(text, state) }
            { support_view(text, state) }
            { families_view(text, state) }
            { years_view(text, state) }
        </>
    }
}

/// The sentence that district-wide figures wait for three schools.
fn need_three(text: &Text) -> Html {
    html! { <p class="psc-district-need">{ text.tools(ToolsKey::DistrictNeedThree) }</p> }
}

/// How many schools sit at each type, per area, as a table.
fn spread_view(text: &Text, state: &State) -> Html {
    let body = match spread(state.round()) {
        None => need_three(text),
        Some(spread) => {
            let mut headings: Vec<&'static str> = vec![text.tools(ToolsKey::DistrictArea)];
            headings.extend(Level::ALL.map(|level| text.instrument.levels[level].short_name));
            headings.push(text.tools(ToolsKey::DistrictNoMiddle));
            let rows = html! {
                { for spread.iter().map(|s| html! {
                    <tr>
                        <th scope="row">{ text.instrument.areas[s.area].title }</th>
                        { for s.at.iter().map(|n| html! { <td>{ n.to_string() }</td> }) }
                        <td>{ s.without.to_string() }</td>
                    </tr>
                }) }
            };
            data_table(text.tools(ToolsKey::DistrictSpreadCaption), headings, rows, Table::Scrolls)
        }
    };
    html! {
        <section class="psc-district-spread" aria-labelledby="psc-district-spread-heading">
            <h2 id="psc-district-spread-heading">{ text.tools(ToolsKey::DistrictSpreadHeading) }</h2>
            { body }
        </section>
    }
}

/// Per area how far apart the schools are, and where support may help first.
fn gap_view(text: &Text, state: &State) -> Html {
    let round = state.round();
    let body = match (gaps(round), behind_in_most(round)) {
        (Some(gaps), Some(behind)) => {
            let name = |level: Level| text.instrument.levels[level].short_name;
            let lines = gaps.iter().map(|gap| {
                let area = text.instrument.areas[gap.area].title;
                let words = if gap.steps() == 0 {
                    text.tools_with(ToolsKey::DistrictGapSame, &[(Placeholder::Area, area), (Placeholder::Middle, name(gap.middle))])
                } else {
                    text.tools_with(
                        ToolsKey::DistrictGapLine,
                        &[
                            (Placeholder::Area, area),
                            (Placeholder::Lowest, name(gap.lowest)),
                            (Placeholder::Highest, name(gap.highest)),
                            (Placeholder::Middle, name(gap.middle)),
                            (Placeholder::Below, &gap.below.to_string()),
                        ],
                    )
                };
                html! { <li>{ words }</li> }
            });
            let behind = if behind.is_empty() {
                text.tools(ToolsKey::DistrictBehindNone).to_owned()
            } else {
                text.tools_with(ToolsKey::DistrictBehind, &[(Placeholder::Names, &behind.join(", "))])
            };
            html! { <><ul>{ for lines }</ul><p id="psc-district-behind">{ behind }</p></> }
        }
        _ => need_three(text),
    };
    html! {
        <section class="psc-district-gap" aria-labelledby="psc-district-gap-heading">
            <h2 id="psc-district-gap-heading">{ text.tools(ToolsKey::DistrictGapHeading) }</h2>
            { body }
        </section>
    }
}

/// Where district support should go.
fn support_view(text: &Text, state: &State) -> Html {
    let round = state.round();
    let wins = quick_wins(round, |area, level| text.practices(area, level).len());
    let body = match (support(round), wins) {
        (Some(support), Some(wins)) => support_lists(text, round.len(), &support, &wins),
        _ => need_three(text),
    };
    html! {
        <section class="psc-district-support" aria-labelledby="psc-district-support-heading">
            <h2 id="psc-district-support-heading">{ text.tools(ToolsKey::DistrictSupportHeading) }</h2>
            { body }
        </section>
    }
}

/// The four lists of the support view.
fn support_lists(text: &Text, schools: usize, support: &Support, wins: &[district::QuickWin]) -> Html {
    let total = schools.to_string();
    let people = support.people.to_string();
    let hard = support.hard_areas.iter().map(|(area, n)| {
        let words = text.tools_with(
            ToolsKey::DistrictHardLine,
            &[(Placeholder::Area, text.instrument.areas[*area].title), (Placeholder::Count, &n.to_string()), (Placeholder::Total, &total)],
        );
        html! { <li>{ words }</li> }
    });
    let barriers = support.barriers.iter().filter(|(_, n)| *n > 0).take(3).map(|(barrier, n)| {
        let words = text.tools_with(
            ToolsKey::DistrictBarrierLine,
            &[
                (Placeholder::Barrier, text.instrument.barriers[*barrier]),
                (Placeholder::Count, &n.to_string()),
                (Placeholder::Total, &people),
            ],
        );
        html! { <li>{ words }</li> }
    });
    let beliefs = support.belief_gaps.iter().take(2).map(|(belief, tenths)| {
        let gap = format!("{}.{}", tenths / 10, tenths % 10);
        let words = text.tools_with(
            ToolsKey::DistrictBeliefLine,
            &[(Placeholder::Belief, text.instrument.beliefs[*belief].statement), (Placeholder::Gap, &gap)],
        );
        html! { <li>{ words }</li> }
    });
    let wins_list = wins.iter().take(5).map(|win| {
        let practice =
            text.practices(win.area, win.practice.level()).get(usize::from(win.practice.position())).copied().unwrap_or_default();
        let words = text.tools_with(
            ToolsKey::DistrictWinLine,
            &[
                (Placeholder::Practice, practice),
                (Placeholder::Area, text.instrument.areas[win.area].title),
                (Placeholder::Count, &win.schools.to_string()),
            ],
        );
        html! { <li>{ words }</li> }
    });
    let list_or = |items: Vec<Html>, none: ToolsKey| {
        if items.is_empty() {
            html! { <p>{ text.tools(none) }</p> }
        } else {
            html! { <ul>{ for items }</ul> }
        }
    };
    html! {
        <>
            <h3>{ text.tools(ToolsKey::DistrictHardHeading) }</h3>
            { list_or(hard.collect(), ToolsKey::DistrictHardNone) }
            <h3>{ text.tools(ToolsKey::DistrictBarriersHeading) }</h3>
            <ul>{ for barriers }</ul>
            <h3>{ text.tools(ToolsKey::DistrictBeliefsHeading) }</h3>
            { list_or(beliefs.collect(), ToolsKey::DistrictBeliefsNone) }
            <h3>{ text.tools(ToolsKey::DistrictWinsHeading) }</h3>
            { list_or(wins_list.collect(), ToolsKey::DistrictWinsNone) }
        </>
    }
}

/// Year over year: per school and area what moved, and per area how many
/// schools moved up or down.
fn years_view(text: &Text, state: &State) -> Html {
    let [before, after] = &state.rounds;
    let (schools, totals) = moves(before, after);
    let body = if schools.is_empty() {
        html! { <p>{ text.tools(ToolsKey::DistrictYearsNeed) }</p> }
    } else {
        let caption =
            text.tools_with(ToolsKey::DistrictYearsCaption, &[(Placeholder::Before, &before.label), (Placeholder::After, &after.label)]);
        let mut headings: Vec<&'static str> = vec![text.tools(ToolsKey::DistrictSchool)];
        headings.extend(crate::core::model::Area::ALL.map(|area| text.instrument.areas[area].title));
        let rows = html! {
            { for schools.iter().map(|school| html! {
                <tr>
                    <th scope="row">{ school.name.clone() }</th>
                    { for school.areas.iter().map(|(from, to, moved)| {
                        let key = match moved {
                            Move::Up => ToolsKey::DistrictMoveUp,
                            Move::Down => ToolsKey::DistrictMoveDown,
                            Move::Same => ToolsKey::DistrictMoveSame,
                            Move::Unknown => ToolsKey::DistrictMoveUnknown,
                        };
                        html! { <td>{ type_cell(text, *from) }{ " → " }{ type_cell(text, *to) }{ ": " }<strong>{ text.tools(key) }</strong></td> }
                    }) }
                </tr>
            }) }
        };
        let totals = match totals {
            None => need_three(text),
            Some(totals) => html! {
                <ul id="psc-district-moves">
                    { for totals.iter().map(|t| html! { <li>{ text.tools_with(ToolsKey::DistrictYearsTotals, &[
                        (Placeholder::Area, text.instrument.areas[t.area].title),
                        (Placeholder::Up, &t.up.to_string()),
                        (Placeholder::Same, &t.same.to_string()),
                        (Placeholder::Down, &t.down.to_string()),
                    ]) }</li> }) }
                </ul>
            },
        };
        html! { <>{ totals }{ data_table(caption, headings, rows, Table::Scrolls) }{ families_years(text, state) }</> }
    };
    html! {
        <section class="psc-district-years" aria-labelledby="psc-district-years-heading">
            <h2 id="psc-district-years-heading">{ text.tools(ToolsKey::DistrictYearsHeading) }</h2>
            { body }
        </section>
    }
}
