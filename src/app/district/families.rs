//! Families beside staff on the district page: per school whose link
//! carries families (`T3`), how many staff and families, how many families
//! feel welcome and say the school invites them, and each area's staff
//! middle type beside the type most families describe; the schools whose
//! links carry none, named in plain words; and district-wide figures from
//! three schools with families. Year over year, how the type most
//! families describe moved where both rounds' links carry families. Every
//! figure comes from the core's `district` families views.

use yew::prelude::*;

use super::grid::type_cell;
use crate::app::common::widgets::{data_table, Table, Text};
use crate::core::content::{Placeholder, ToolsKey};
use crate::core::district::{
    district_families, family_moves, family_rows, Agreeing, DistrictFamilies, FamiliesShown, SchoolFamilies, State, FAMILY_ROWS,
};
use crate::core::model::{Area, Level};
use crate::core::team::{Direction, FamiliesYears};

/// "5 of 7 agree".
fn agreeing(text: &Text, figure: Agreeing) -> String {
    text.tools_with(
        ToolsKey::DistrictFamiliesAgree,
        &[(Placeholder::Agree, &figure.agree.to_string()), (Placeholder::Answered, &figure.answered.to_string())],
    )
}

/// A type's short name, or "no single type".
fn type_name(text: &Text, level: Option<Level>) -> &'static str {
    level.map_or_else(|| text.tools(ToolsKey::DistrictFamiliesNoSingle), |level| text.instrument.levels[level].short_name)
}

/// The section: the schools' table, the schools without families, and
/// the district-wide figures.
pub fn families_view(text: &Text, state: &State) -> Html {
    let rows = family_rows(state.round(), &state.filter);
    let names = |wanted: fn(&SchoolFamilies) -> bool| -> Vec<String> {
        rows.iter().filter(|row| wanted(&row.families)).map(|row| row.name.clone()).collect()
    };
    let without = names(|f| matches!(f, SchoolFamilies::NotInLink));
    let too_few = names(|f| matches!(f, SchoolFamilies::TooFew));
    // The schools the grid's filter shows, the first FAMILY_ROWS of them
    // until "Show all", so a thousand schools are not all laid out twice.
    let limit = if state.all_rows { usize::MAX } else { FAMILY_ROWS };
    let with_families = rows.iter().filter(|row| matches!(row.families, SchoolFamilies::Beside(_))).count();
    let table_rows: Vec<Html> = rows
        .iter()
        .filter(|row| matches!(row.families, SchoolFamilies::Beside(_)))
        .take(limit)
        .filter_map(|row| {
            let SchoolFamilies::Beside(shown) = &row.families else { return None };
            let FamiliesShown { beside, sides, welcome, invited } = **shown;
            let areas = sides.into_iter().map(|(staff, families)| {
                let words = text.tools_with(
                    ToolsKey::DistrictFamiliesPair,
                    &[(Placeholder::Staff, type_name(text, staff)), (Placeholder::Families, type_name(text, families))],
                );
                html! { <td>{ words }</td> }
            });
            Some(html! {
                <tr>
                    <th scope="row">{ row.name.clone() }</th>
                    <td>{ row.staff.to_string() }</td>
                    <td>{ beside.families.to_string() }</td>
                    <td>{ agreeing(text, welcome) }</td>
                    <td>{ agreeing(text, invited) }</td>
                    { for areas }
                </tr>
            })
        })
        .collect();
    let body = if rows.is_empty() {
        html! {}
    } else if table_rows.is_empty() && too_few.is_empty() {
        html! { <p id="psc-district-families-none">{ text.tools(ToolsKey::DistrictFamiliesNone) }</p> }
    } else {
        let mut headings: Vec<&'static str> = vec![
            text.tools(ToolsKey::DistrictSchool),
            text.tools(ToolsKey::DistrictFamiliesColStaff),
            text.tools(ToolsKey::DistrictFamiliesColFamilies),
            text.tools(ToolsKey::DistrictFamiliesColWelcome),
            text.tools(ToolsKey::DistrictFamiliesColInvited),
        ];
        headings.extend(Area::ALL.map(|area| text.instrument.areas[area].title));
        let table_rows_shown = table_rows.len();
        let table = if table_rows.is_empty() {
            html! {}
        } else {
            data_table(
                text.tools(ToolsKey::DistrictFamiliesCaption),
                headings,
                html! { <>{ for table_rows }</> },
                Table::ScrollsWithClass("psc-district-families-table"),
            )
        };
        html! {
            <>
                { table }
                if table_rows_shown < with_families {
                    <p id="psc-district-families-shown">{ text.tools_with(ToolsKey::DistrictFamiliesShown, &[
                        (Placeholder::Shown, &table_rows_shown.to_string()),
                        (Placeholder::Count, &with_families.to_string()),
                    ]) }</p>
                }
                if !without.is_empty() {
                    <p id="psc-district-families-without">{ text.tools_with(ToolsKey::DistrictFamiliesWithout, &[(Placeholder::Names, &without.join(", "))]) }</p>
                }
                if !too_few.is_empty() {
                    <p>{ text.tools_with(ToolsKey::DistrictFamiliesTooFew, &[(Placeholder::Names, &too_few.join(", "))]) }</p>
                }
                <h3>{ text.tools(ToolsKey::DistrictFamiliesWideHeading) }</h3>
                { district_wide(text, district_families(state.round())) }
            </>
        }
    };
    html! {
        <section class="psc-district-families" aria-labelledby="psc-district-families-heading">
            <h2 id="psc-district-families-heading">{ text.tools(ToolsKey::DistrictFamiliesHeading) }</h2>
            <p class="psc-no-print">{ text.tools(ToolsKey::DistrictFamiliesIntro) }</p>
            { body }
        </section>
    }
}

/// The families district-wide, or why they wait.
fn district_wide(text: &Text, wide: Option<DistrictFamilies>) -> Html {
    let Some(wide) = wide else {
        return html! { <p class="psc-district-need">{ text.tools(ToolsKey::DistrictFamiliesWideNeed) }</p> };
    };
    let figure = |key: ToolsKey, figure: Agreeing| {
        text.tools_with(key, &[(Placeholder::Agree, &figure.agree.to_string()), (Placeholder::Answered, &figure.answered.to_string())])
    };
    let areas = wide.areas.iter().map(|area| {
        let words = text.tools_with(
            ToolsKey::DistrictFamiliesWideArea,
            &[
                (Placeholder::Area, text.instrument.areas[area.area].title),
                (Placeholder::Lower, &area.families_lower.to_string()),
                (Placeholder::Same, &area.same.to_string()),
                (Placeholder::Higher, &area.families_higher.to_string()),
                (Placeholder::Unclear, &area.unclear.to_string()),
            ],
        );
        html! { <li>{ words }</li> }
    });
    let rest = text.tools_with(
        ToolsKey::DistrictFamiliesWideRest,
        &[(Placeholder::Schools, &wide.schools.to_string()), (Placeholder::Families, &wide.families.to_string())],
    );
    html! {
        <div id="psc-district-families-wide">
            <p>{ rest }</p>
            <ul>
                <li>{ figure(ToolsKey::DistrictFamiliesWideWelcome, wide.welcome) }</li>
                <li>{ figure(ToolsKey::DistrictFamiliesWideInvited, wide.invited) }</li>
            </ul>
            <ul>{ for areas }</ul>
        </div>
    }
}

/// Families year over year, for the schools in both rounds whose links
/// carry families in either; nothing when there are none.
pub fn families_years(text: &Text, state: &State) -> Html {
    let [before, after] = &state.rounds;
    let moves = family_moves(before, after);
    if moves.is_empty() {
        return html! {};
    }
    let mut rows = Vec::new();
    let mut only = Vec::new();
    for school in &moves {
        match &school.years {
            FamiliesYears::Moved { families, areas } => {
                let count = text.tools_with(
                    ToolsKey::DistrictFamiliesYearsCount,
                    &[(Placeholder::Then, &families[0].to_string()), (Placeholder::Now, &families[1].to_string())],
                );
                let cells = areas.iter().map(|area| {
                    let key = match area.direction {
                        Direction::Up => ToolsKey::DistrictMoveUp,
                        Direction::Down => ToolsKey::DistrictMoveDown,
                        Direction::Same => ToolsKey::DistrictMoveSame,
                        Direction::Unknown => ToolsKey::DistrictMoveUnknown,
                    };
                    html! { <td>{ type_cell(text, area.most[0]) }{ " → " }{ type_cell(text, area.most[1]) }{ ": " }<strong>{ text.tools(key) }</strong></td> }
                });
                rows.push(html! { <tr><th scope="row">{ school.name.clone() }</th><td>{ count }</td>{ for cells }</tr> });
            }
            FamiliesYears::NotBoth { then, .. } => {
                let round = if *then { &before.label } else { &after.label };
                only.push(
                    text.tools_with(ToolsKey::DistrictFamiliesYearsOnly, &[(Placeholder::Name, &school.name), (Placeholder::Round, round)]),
                );
            }
        }
    }
    let mut headings: Vec<&'static str> = vec![text.tools(ToolsKey::DistrictSchool), text.tools(ToolsKey::DistrictFamiliesColFamilies)];
    headings.extend(Area::ALL.map(|area| text.instrument.areas[area].title));
    let caption = text
        .tools_with(ToolsKey::DistrictFamiliesYearsCaption, &[(Placeholder::Before, &before.label), (Placeholder::After, &after.label)]);
    html! {
        <div id="psc-district-families-years">
            <h3>{ text.tools(ToolsKey::DistrictFamiliesYearsHeading) }</h3>
            if !rows.is_empty() { { data_table(caption, headings, html! { <>{ for rows }</> }, Table::Scrolls) } }
            { for only.into_iter().map(|line| html! { <p>{ line }</p> }) }
        </div>
    }
}
