//! "What families told us" on the team summary: how many staff and how
//! many families are pooled, and, from five families up, each area's
//! staff spread beside the families' with the gap in plain words, the
//! invitation and joining answers, and the families' barriers by how many
//! checked them. Every figure is in a data table. Below the threshold the
//! section says how many families have answered and why nothing more is
//! shown.

use yew::prelude::*;

use super::sections::stacked_bar;
use crate::app::common::widgets::{data_table, Table, Text};
use crate::core::content::family::{family_text, FamilyText};
use crate::core::content::Placeholder;
use crate::core::content::{ToolsKey, ToolsPluralKey};
use crate::core::family::{
    summarize_families, Agreement, AreaBeside, FamiliesBeside, FamilyCounts, FamilyEntry, FamilyPool, FamilySummary, Gap, Item,
};
use crate::core::model::Level;
use crate::core::team::{TeamCounts, Threshold};

/// The section, or nothing while no family link has been pasted.
pub fn families_section(
    text: &Text,
    families: &FamilyPool,
    log: &[FamilyEntry],
    staff_pooled: u32,
    staff: Option<&TeamCounts>,
    threshold: Threshold,
) -> Html {
    let refused = log.iter().filter(|entry| matches!(entry, FamilyEntry::Refused(_))).count();
    if families.is_empty() && refused == 0 {
        return Html::default();
    }
    let body = match summarize_families(families, threshold) {
        FamilySummary::TooFew { families, .. } => too_few(text, families, threshold),
        FamilySummary::Ready(counts) => ready(text, &counts, staff, &threshold.get().to_string()),
    };
    section(text, (staff_pooled, families.len()), refused, threshold, body)
}

/// The section for a team link that carries the families' counts (`T3`):
/// the same view, from the link's counts instead of pasted links.
pub fn families_of_link(text: &Text, counts: &FamilyCounts, staff: Option<&TeamCounts>, staff_pooled: u32, threshold: Threshold) -> Html {
    let body = if counts.families < u32::from(threshold.get()) {
        too_few(text, counts.families, threshold)
    } else {
        ready(text, counts, staff, &threshold.get().to_string())
    };
    section(text, (staff_pooled, counts.families), 0, threshold, body)
}

/// Why nothing about families is shown yet.
fn too_few(text: &Text, families: u32, threshold: Threshold) -> Html {
    let min = threshold.get().to_string();
    html! {
        <p class="psc-notice psc-families-too-few" role="status">
            { text.tools_count(ToolsPluralKey::FamiliesTooFew, u64::from(families), &[(Placeholder::Min, &min)]) }
        </p>
    }
}

/// The section around its body: the heading, how many on each side, how
/// many family codes were refused, and why so few are never shown.
fn section(text: &Text, (staff_pooled, families): (u32, u32), refused: usize, threshold: Threshold, body: Html) -> Html {
    let min = threshold.get().to_string();
    let pooled = format!(
        "{} · {}",
        text.tools_count(ToolsPluralKey::PooledStaff, u64::from(staff_pooled), &[]),
        text.tools_count(ToolsPluralKey::PooledFamilies, u64::from(families), &[])
    );
    html! {
        <section class="psc-families" aria-labelledby="psc-families-heading">
            <h3 id="psc-families-heading">{ text.tools(ToolsKey::FamiliesHeading) }</h3>
            <p id="psc-pooled-line"><strong>{ pooled }</strong></p>
            if refused > 0 {
                <p class="psc-notice psc-error">{ text.tools_count(ToolsPluralKey::FamiliesRefused, refused as u64, &[]) }</p>
            }
            <p>{ text.tools_with(ToolsKey::FamiliesIntro, &[(Placeholder::Min, &min)]) }</p>
            { body }
        </section>
    }
}

/// The families' results, with the staff's beside them when shown.
fn ready(text: &Text, counts: &FamilyCounts, staff: Option<&TeamCounts>, min: &str) -> Html {
    let beside = FamiliesBeside::new(staff, counts);
    let family = family_text(text.language);
    let gaps = beside.widest_gaps();
    html! {
        <>
            if staff.is_none() { <p>{ text.tools_with(ToolsKey::FamiliesStaffTooFew, &[(Placeholder::Min, min)]) }</p> }
            <h4>{ text.tools(ToolsKey::FamiliesGapsHeading) }</h4>
            if staff.is_some() && gaps.is_empty() { <p>{ text.tools(ToolsKey::FamiliesNoGaps) }</p> }
            <ul class="psc-families-gaps">
                { for gaps.iter().map(|area| html! { <li>{ gap_sentence(text, area) }</li> }) }
            </ul>
            { for beside.areas.iter().map(|area| area_table(text, area)) }
            { items_bars(text, family, counts) }
            { items_table(text, family, counts) }
            { barriers_table(text, family, counts) }
        </>
    }
}

/// The gap between the two sides of one area, in plain words.
fn gap_sentence(text: &Text, area: &AreaBeside) -> String {
    let title = text.instrument.areas[area.area].title;
    let name = |level: Level| text.instrument.levels[level].short_name;
    match area.gap {
        Gap::Differ { staff, families } => text.tools_with(
            ToolsKey::FamiliesGapDiffer,
            &[(Placeholder::Area, title), (Placeholder::Staff, name(staff)), (Placeholder::Families, name(families))],
        ),
        Gap::Same(level) => text.tools_with(ToolsKey::FamiliesGapSame, &[(Placeholder::Area, title), (Placeholder::Type, name(level))]),
        Gap::Unclear => text.tools_with(ToolsKey::FamiliesGapUnclear, &[(Placeholder::Area, title)]),
    }
}

/// One area's spreads side by side: a row per school type and one for no
/// view, a column per side, and the gap under it.
fn area_table(text: &Text, area: &AreaBeside) -> Html {
    let cell = |count: Option<u32>| count.map_or_else(|| "–".to_owned(), |count| count.to_string());
    let rows = Level::ALL.into_iter().map(|level| {
        html! {
            <tr>
                <th scope="row">{ text.instrument.levels[level].short_name }</th>
                <td>{ cell(area.staff.map(|spread| spread.at(level))) }</td>
                <td>{ area.families.at(level) }</td>
            </tr>
        }
    });
    let table = data_table(
        text.tools_with(ToolsKey::FamiliesAreaCaption, &[(Placeholder::Area, text.instrument.areas[area.area].title)]),
        vec![text.tools(ToolsKey::FamiliesColType), text.tools(ToolsKey::FamiliesColStaff), text.tools(ToolsKey::FamiliesColFamilies)],
        html! {
            <>
                { for rows }
                <tr>
                    <th scope="row">{ text.tools(ToolsKey::FamiliesNoView) }</th>
                    <td>{ cell(area.staff.map(|spread| spread.no_view)) }</td>
                    <td>{ area.families.no_view }</td>
                </tr>
            </>
        },
        Table::Fits,
    );
    html! {
        <div class="psc-families-area">
            { table }
            if area.staff.is_some() { <p>{ gap_sentence(text, area) }</p> }
        </div>
    }
}

/// The invitation and joining items as bars: for each, how many families
/// agree, are in between or disagree, from the lightest shade to the
/// darkest, with the counts in words above each bar (so neither colour nor
/// shade carries a number alone) and the whole width standing for every
/// family pooled.
fn items_bars(text: &Text, family: FamilyText, counts: &FamilyCounts) -> Html {
    let sum = |item: Item, points: &[Agreement]| points.iter().map(|point| counts.item_at(item, *point)).sum::<u32>();
    let groups = [
        ("psc-level-1", ToolsKey::FamiliesBarDisagree, [Agreement::StronglyDisagree, Agreement::Disagree].as_slice()),
        ("psc-level-2", ToolsKey::FamiliesBarNeither, [Agreement::Neither].as_slice()),
        ("psc-level-4", ToolsKey::FamiliesBarAgree, [Agreement::Agree, Agreement::StronglyAgree].as_slice()),
    ];
    let rows = Item::ALL.into_iter().map(|item| {
        let parts: Vec<(String, u32)> = groups.iter().map(|(class, _, points)| ((*class).to_owned(), sum(item, points))).collect();
        let mut words: Vec<String> =
            groups.iter().rev().map(|(_, key, points)| format!("{} {}", text.tools(*key), sum(item, points))).collect();
        words.push(format!("{} {}", text.tools(ToolsKey::FamiliesColUnanswered), counts.item_unanswered(item)));
        html! {
            <div class="psc-bars-row">
                <p class="psc-bars-label"><strong>{ family.item(item) }</strong>{ " " }<span>{ words.join(" · ") }</span></p>
                { stacked_bar(&parts, counts.families, None) }
            </div>
        }
    });
    let legend = groups.iter().rev().map(|(class, key, _)| {
        html! { <li><span class={classes!("psc-swatch", *class)} aria-hidden="true"></span>{ text.tools(*key) }</li> }
    });
    html! {
        <figure class="psc-figure">
            <ul class="psc-legend" aria-hidden="true">{ for legend }</ul>
            <div class="psc-team-bars">{ for rows }</div>
            <figcaption>{ text.tools(ToolsKey::FamiliesBarsCaption) }</figcaption>
        </figure>
    }
}

/// The invitation and joining items: how many families chose each point.
fn items_table(text: &Text, family: FamilyText, counts: &FamilyCounts) -> Html {
    let rows = Item::ALL.into_iter().map(|item| {
        html! {
            <tr>
                <th scope="row">{ family.item(item) }</th>
                { for Agreement::ALL.into_iter().map(|point| html! { <td>{ counts.item_at(item, point) }</td> }) }
                <td>{ counts.item_unanswered(item) }</td>
            </tr>
        }
    });
    let mut headings = vec![text.tools(ToolsKey::FamiliesColStatement)];
    headings.extend(Agreement::ALL.map(|point| family.agreement(point)));
    headings.push(text.tools(ToolsKey::FamiliesColUnanswered));
    data_table(
        text.tools(ToolsKey::FamiliesItemsCaption),
        headings,
        html! { <>{ for rows }</> },
        Table::ScrollsWithClass("psc-families-items"),
    )
}

/// The families' barriers, most checked first.
fn barriers_table(text: &Text, family: FamilyText, counts: &FamilyCounts) -> Html {
    let checked = counts.barriers();
    if checked.is_empty() {
        return html! { <p>{ text.tools(ToolsKey::FamiliesNoBarriers) }</p> };
    }
    let rows =
        checked.into_iter().map(|(barrier, count)| html! { <tr><th scope="row">{ family.barrier(barrier) }</th><td>{ count }</td></tr> });
    data_table(
        text.tools(ToolsKey::FamiliesBarriersCaption),
        vec![text.tools(ToolsKey::FamiliesColBarrier), text.tools(ToolsKey::FamiliesColChecked)],
        html! { <>{ for rows }</> },
        Table::Fits,
    )
}
