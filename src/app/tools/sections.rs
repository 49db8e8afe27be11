//! The team summary's sections as plain view functions of a
//! [`TeamSummary`], so that the summary page and the presentation view
//! show the same pieces: the areas to talk about, the bars and their
//! table, the beliefs and the barriers. The next steps and the pooled plan
//! are in `summary_next_steps`.

use yew::prelude::*;

use crate::app::common::widgets::{data_table, stacked_table, StackedRow, Table, Text};
use crate::core::content::Placeholder;
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::model::{Area, Belief, Level};
use crate::core::team::{Agreement, Conversations, SplitKind, TeamSummary, TeamWidestGap};

/// Tenths as a number with one decimal, e.g. 37 → "3.7".
pub fn tenths(value: Option<i32>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{}{}.{}", if v < 0 { "-" } else { "" }, v.abs() / 10, v.abs() % 10))
}

/// The class of the segment for "Not sure or no answer", drawn in a
/// pattern of its own so that it reads apart from every school type in
/// black and white.
const NO_ANSWER_CLASS: &str = "psc-no-answer";

/// A bar split into parts in proportion to their counts, each part with its
/// class, across the full width. Every part's position and width are
/// percentages of `total`, the number the axis names, so every bar has the
/// same scale as its axis, and the parts of a bar always add up to it. The
/// SVG has no view box, so its units are the screen's and the hatch of
/// "not sure or no answer" keeps its shape at any width. It is decoration
/// beside words that give the same counts, so assistive technology skips
/// it.
pub fn stacked_bar(parts: &[(String, u32)], total: u32, extra: Option<&'static str>) -> Html {
    let percent = |count: u32| format!("{:.4}%", f64::from(count) * 100.0 / f64::from(total.max(1)));
    let mut x = 0u32;
    let segments = parts.iter().filter(|(_, count)| *count > 0).map(|(class, count)| {
        let start = x;
        x += count;
        let fill = (class == NO_ANSWER_CLASS).then_some("url(#psc-hatch)");
        html! {
            <rect class={classes!("psc-segment", class.clone())} x={percent(start)} y="0" width={percent(*count)} height="100%" {fill} />
        }
    });
    html! {
        <svg class={classes!("psc-stack", extra)} data-total={total.to_string()} aria-hidden="true" focusable="false">
            { for segments }
        </svg>
    }
}

/// The hatch pattern the "no answer" parts of every bar are filled with,
/// defined once for the page.
pub fn hatch_pattern() -> Html {
    html! {
        <svg class="psc-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="psc-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke="#333333" stroke-width="3" />
                </pattern>
            </defs>
        </svg>
    }
}

/// The words for whether staff agree in an area, by the one rule.
pub fn agreement_words(text: &Text, agreement: Agreement) -> &'static str {
    match agreement {
        Agreement::NoMarks => "–",
        Agreement::Agrees => text.tools(ToolsKey::AgreementAgrees),
        Agreement::Split(SplitKind::Even) => text.tools(ToolsKey::AgreementEven),
        Agreement::Split(SplitKind::FarApart) => text.tools(ToolsKey::AgreementFarApart),
    }
}

/// "Conversations to have": the one to three most split areas, each with
/// its question, any further split area by name, or that staff agree.
pub fn conversations(text: &Text, summary: &TeamSummary) -> Html {
    let title = |area: Area| text.instrument.areas[area].title;
    let also = summary.also_split();
    let also = (!also.is_empty()).then(|| {
        let names: Vec<&str> = also.iter().map(|a| title(*a)).collect();
        html! { <p>{ text.tools_with(ToolsKey::TeamAlsoSplit, &[(Placeholder::Areas, &names.join(", "))]) }</p> }
    });
    match &summary.conversations {
        Conversations::Agrees => html! { <p>{ text.tools(ToolsKey::TeamNoConversations) }</p> },
        Conversations::Split(named) => html! {
            <>
                <ol class="psc-conversations">
                    { for named.iter().map(|split| html! {
                        <li><strong>{ title(split.area) }</strong>{ ": " }{ text.tools(split.prompt()) }</li>
                    }) }
                </ol>
                { for also }
            </>
        },
    }
}

/// The parts of one area's bar: the four types, then not sure or no
/// answer, which together make every self-check pooled.
fn area_parts(summary: &TeamSummary, area: Area) -> Vec<(String, u32)> {
    let counts = summary.area(area).counts;
    Level::ALL
        .into_iter()
        .map(|level| (format!("psc-level-{}", level.number()), counts.at(level)))
        .chain([(NO_ANSWER_CLASS.to_owned(), counts.not_sure() + counts.unmarked())])
        .collect()
}

/// One bar per area across the whole width, which stands for every
/// self-check pooled, with the counts in words above each bar, a legend, an
/// axis that says what the whole bar counts, and a caption.
pub fn area_bars(text: &Text, summary: &TeamSummary) -> Html {
    let levels = &text.instrument.levels;
    let title = |area: Area| text.instrument.areas[area].title;
    let n = summary.respondents;
    let no_answer = text.tools(ToolsKey::TeamChartNoAnswer);
    let words = |area: Area| -> Vec<String> {
        let counts = summary.area(area).counts;
        let mut words: Vec<String> =
            Level::ALL.into_iter().filter(|l| counts.at(*l) > 0).map(|l| format!("{} {}", levels[l].short_name, counts.at(l))).collect();
        let open = counts.not_sure() + counts.unmarked();
        if open > 0 {
            words.push(format!("{no_answer} {open}"));
        }
        words
    };
    let bars = Area::ALL.into_iter().map(|area| {
        html! {
            <div class="psc-bars-row">
                <p class="psc-bars-label"><strong>{ title(area) }</strong>{ " " }<span>{ words(area).join(" · ") }</span></p>
                { stacked_bar(&area_parts(summary, area), n, None) }
            </div>
        }
    });
    let legend = Level::ALL
        .map(|level| (format!("psc-level-{}", level.number()), levels[level].name))
        .into_iter()
        .chain([(NO_ANSWER_CLASS.to_owned(), no_answer)])
        .map(|(class, name)| html! { <li><span class={classes!("psc-swatch", class)} aria-hidden="true"></span>{ name }</li> });
    let description: Vec<String> = Area::ALL.into_iter().map(|area| format!("{}: {}", title(area), words(area).join(", "))).collect();
    let axis = text.tools_count(ToolsPluralKey::TeamChartAxisAll, u64::from(n), &[]);
    html! {
        <figure class="psc-figure">
            { hatch_pattern() }
            <div class="psc-team-bars" role="img" aria-label={format!("{}. {}. {}", text.tools(ToolsKey::TeamChartHeading), description.join(". "), axis)}>
                <ul class="psc-legend" aria-hidden="true">{ for legend }</ul>
                { for bars }
                <p class="psc-stack-axis" aria-hidden="true"><span>{ "0" }</span><span>{ axis }</span></p>
            </div>
            <figcaption>{ text.tools(ToolsKey::TeamChartCaption) }</figcaption>
        </figure>
    }
}

/// The bars' numbers as a table, with each area's middle answer and
/// whether staff agree there.
pub fn area_table(text: &Text, summary: &TeamSummary) -> Html {
    let levels = &text.instrument.levels;
    let rows = Area::ALL.into_iter().map(|area| {
        let area_summary = summary.area(area);
        let counts = area_summary.counts;
        html! {
            <tr>
                <th scope="row">{ text.instrument.areas[area].title }</th>
                { for Level::ALL.into_iter().map(|l| html! { <td>{ counts.at(l) }</td> }) }
                <td>{ counts.not_sure() + counts.unmarked() }</td>
                <td>{ area_summary.median.map_or("–", |l| levels[l].short_name) }</td>
                <td>{ agreement_words(text, area_summary.agreement()) }</td>
            </tr>
        }
    });
    data_table(
        text.tools(ToolsKey::TeamTableCaption),
        std::iter::once(text.ui(Key::TableArea))
            .chain(Level::ALL.into_iter().map(|l| levels[l].short_name))
            .chain([text.tools(ToolsKey::TeamColNoMark), text.tools(ToolsKey::TeamColMedian), text.tools(ToolsKey::TeamColAgreement)])
            .collect(),
        html! { <>{ for rows }</> },
        Table::ScrollsWithClass("psc-team-table"),
    )
}

/// The widest average gap between belief and practice, in words.
pub fn widest_gap(text: &Text, summary: &TeamSummary) -> Html {
    match &summary.widest_gap {
        TeamWidestGap::NotAnswered => html! {},
        TeamWidestGap::PracticeKeepsUp => html! { <p class="psc-callout">{ text.tools(ToolsKey::TeamWidestGapKeepsUp) }</p> },
        TeamWidestGap::Widest { beliefs, gap_tenths } => {
            let names: Vec<&str> = beliefs.iter().map(|b| text.instrument.beliefs[*b].statement).collect();
            let names = format!("{} ({})", names.join(" / "), tenths(Some(i32::from(*gap_tenths))));
            html! { <p class="psc-callout">{ text.ui_with(Key::BeliefsWidest, &[(Placeholder::Beliefs, &names)]) }</p> }
        }
    }
}

/// The beliefs' averages as a table.
pub fn beliefs_table(text: &Text, summary: &TeamSummary) -> Html {
    let rows = Belief::ALL.into_iter().filter_map(|belief| {
        let b = summary.belief(belief)?;
        Some(html! {
            <tr>
                <th scope="row">{ &text.instrument.beliefs[belief].statement }</th>
                <td>{ tenths(b.held_tenths.map(i32::from)) }</td>
                <td>{ tenths(b.practised_tenths.map(i32::from)) }</td>
                <td>{ tenths(b.gap_tenths.map(i32::from)) }</td>
            </tr>
        })
    });
    data_table(
        text.tools(ToolsKey::TeamBeliefsCaption),
        vec![
            text.ui(Key::BeliefsColBelief),
            text.tools(ToolsKey::TeamColHeldAvg),
            text.tools(ToolsKey::TeamColPractisedAvg),
            text.tools(ToolsKey::TeamColGapAvg),
        ],
        html! { <>{ for rows }</> },
        Table::Scrolls,
    )
}

/// How many chose each point, per belief and scale: a small stacked bar
/// each (points 1 to 5, light to dark, counts written beside it, the whole
/// bar being everyone who answered that scale), and the same numbers as a
/// table.
pub fn belief_points(text: &Text, summary: &TeamSummary) -> Html {
    let scale_rows = |belief: Belief| {
        let counts = summary.counts.belief(belief);
        [
            (text.tools(ToolsKey::TeamScaleHeld), counts.held_points().collect::<Vec<_>>()),
            (text.tools(ToolsKey::TeamScalePractised), counts.practised_points().collect::<Vec<_>>()),
        ]
    };
    let point_bars = Belief::ALL.into_iter().map(|belief| {
        let rows = scale_rows(belief).map(|(label, points)| {
            let parts: Vec<(String, u32)> = points.iter().map(|(point, n)| (format!("psc-point-{}", point.value()), *n)).collect();
            let answered: u32 = points.iter().map(|(_, n)| n).sum();
            let words: Vec<String> = points.iter().map(|(point, n)| format!("{}: {n}", point.value())).collect();
            html! {
                <div class="psc-bars-row">
                    <p class="psc-bars-label">{ label }{ " " }<span>{ words.join(" · ") }</span></p>
                    { stacked_bar(&parts, answered, Some("psc-stack-small")) }
                </div>
            }
        });
        html! { <li><strong>{ &text.instrument.beliefs[belief].statement }</strong>{ for rows }</li> }
    });
    let point_rows = Belief::ALL
        .into_iter()
        .flat_map(|belief| {
            scale_rows(belief).map(|(label, points)| StackedRow {
                head: html! { <>{ &text.instrument.beliefs[belief].statement }{ " — " }{ label }</> },
                cells: points.iter().map(|(_, n)| html! { { n } }).collect(),
                highlight: false,
            })
        })
        .collect();
    html! {
        <>
            <figure class="psc-figure">
                <ul class="psc-belief-points" aria-hidden="true">{ for point_bars }</ul>
                <figcaption>{ text.tools(ToolsKey::TeamPointsCaption) }</figcaption>
            </figure>
            { stacked_table(text.tools(ToolsKey::TeamPointsTableCaption), &[text.ui(Key::BeliefsColBelief), "1", "2", "3", "4", "5"], point_rows) }
        </>
    }
}

/// The barriers, most checked first, as a table.
pub fn barriers_table(text: &Text, summary: &TeamSummary) -> Html {
    let rows = summary.barriers_by_count.iter().map(|(barrier, count)| {
        html! {
            <tr><th scope="row">{ text.instrument.barriers[*barrier] }</th><td>{ count }</td></tr>
        }
    });
    data_table(
        text.tools(ToolsKey::TeamBarriersSortedCaption),
        vec![text.tools(ToolsKey::TeamColBarrier), text.tools(ToolsKey::TeamColChecked)],
        html! { <>{ for rows }</> },
        Table::Fits,
    )
}
