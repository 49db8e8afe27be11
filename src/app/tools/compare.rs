//! The facilitator's comparison of two results over time (one person's or a
//! team's), e.g. fall and spring.

use yew::prelude::*;

use super::sections::tenths;
use super::{Dispatch, Page};
use crate::app::common::widgets::{screen_heading, stacked_table, StackedRow, Text};
use crate::core::content::Placeholder;
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::model::Level;
use crate::core::scoring::Label;
use crate::core::team::{self, Comparison, Direction, Overall, Pairing, ProfileKind};
use crate::core::tools::{change_heading_key, direction_key, overall_change_key, CompareAction, CompareShown, Side, ToolsAction};

/// Properties of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
}

/// Compares two results: individual links or team links, e.g. fall and
/// spring. The fields and what they gave are the page's state, so nothing
/// is lost when the facilitator switches tools or language.
#[component(ComparePage)]
pub fn compare_page(props: &CompareProps) -> Html {
    let text = &props.text;
    let compare = &props.state.compare;
    let dispatch = props.dispatch.reform(ToolsAction::Compare);
    let field = |id: &'static str, label: &str, side: Side, value: &str| {
        let oninput = dispatch.reform(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            CompareAction::Set(side, area.value())
        });
        html! {
            <div class="psc-compare-field">
                <label for={id}>{ label }</label>
                <textarea id={id} rows="2" value={value.to_owned()} {oninput} />
            </div>
        }
    };
    let result = match &compare.shown {
        None => html! {},
        Some(CompareShown::Error { side, error }) => {
            let which = text.tools(match side {
                Side::Before => ToolsKey::CompareBefore,
                Side::After => ToolsKey::CompareAfter,
            });
            let message = text
                .tools_with(ToolsKey::CompareError, &[(Placeholder::Which, which), (Placeholder::Reason, text.tools(error.message_key()))]);
            html! { <div class="psc-notice psc-error" role="alert"><p>{ message }</p></div> }
        }
        Some(CompareShown::Refused { refusal, .. }) => html! {
            <div class="psc-notice psc-error psc-compare-refused" role="alert">
                <p>{ text.tools(refusal.message_key()) }</p>
                <div class="psc-actions">
                    <button type="button" id="psc-compare-anyway" class="psc-button" onclick={dispatch.reform(|_| CompareAction::Anyway)}>
                        { text.tools(ToolsKey::CompareAnyway) }
                    </button>
                </div>
            </div>
        },
        Some(CompareShown::Compared(comparison)) => results(text, comparison),
    };
    html! {
        <section class="psc-screen psc-compare">
            { screen_heading(text.tools(ToolsKey::CompareHeading), &NodeRef::default()) }
            <p>{ text.tools(ToolsKey::CompareIntro) }</p>
            { field("psc-compare-before", text.tools(ToolsKey::CompareBeforeLabel), Side::Before, &compare.before) }
            { field("psc-compare-after", text.tools(ToolsKey::CompareAfterLabel), Side::After, &compare.after) }
            <div class="psc-actions">
                <button type="button" id="psc-compare-go" class="psc-button psc-primary" onclick={dispatch.reform(|_| CompareAction::Run)}>
                    { text.tools(ToolsKey::CompareButton) }
                </button>
            </div>
            { result }
        </section>
    }
}

/// The words of a direction: a change for two of a kind, a difference for
/// a team beside one person.
pub(super) fn direction_words(text: &Text, pairing: Pairing, direction: Direction) -> &'static str {
    text.tools(direction_key(pairing, direction))
}

/// An area's school type in words, or that it has none.
pub(super) fn level_words(text: &Text, level: Option<Level>) -> &'static str {
    level.map_or_else(|| text.ui(Key::NotAnswered), |l| text.instrument.levels[l].name)
}

/// One side's overall result in words, e.g. "Open-Door School
/// (Proficient)" or a mixed profile with its closest label.
pub(super) fn overall_words(text: &Text, overall: Overall) -> String {
    let named = |key: ToolsKey, label: Label| {
        let level = &text.instrument.levels[label.level()];
        text.tools_with(key, &[(Placeholder::Type, level.name), (Placeholder::Label, level.label)])
    };
    match overall {
        Overall::Label(label) => named(ToolsKey::CompareOverallLabel, label),
        Overall::Mixed { closest: Some(label) } => named(ToolsKey::CompareOverallMixedClosest, label),
        Overall::Mixed { closest: None } => text.tools(ToolsKey::CompareOverallMixed).to_owned(),
        Overall::TooFewMarks { .. } => text.tools(ToolsKey::CompareOverallTooFew).to_owned(),
        Overall::NoMarks => text.tools(ToolsKey::CompareOverallNoMarks).to_owned(),
    }
}

/// What one side stands for, for the note on a team beside one person.
fn side_words(text: &Text, kind: ProfileKind) -> String {
    match kind {
        ProfileKind::Individual => text.tools(ToolsKey::CompareSidePerson).to_owned(),
        ProfileKind::Team { respondents } => text.tools_count(ToolsPluralKey::CompareSideTeam, u64::from(respondents), &[]),
    }
}

/// The comparison: what is compared (when it is a team beside one person),
/// the overall labels, the per-area bars, and the same data as tables.
fn results(text: &Text, comparison: &Comparison) -> Html {
    let kinds = (comparison.pairing == Pairing::TeamBesidePerson).then(|| {
        let words = text.tools_with(
            ToolsKey::CompareTeamBesidePerson,
            &[(Placeholder::Before, &side_words(text, comparison.before)), (Placeholder::After, &side_words(text, comparison.after))],
        );
        html! {
            <div class="psc-notice psc-compare-kinds">
                <h3 id="psc-compare-note" tabindex="-1">{ text.tools(ToolsKey::CompareTeamBesidePersonHeading) }</h3>
                <p>{ words }</p>
            </div>
        }
    });
    let overall = &comparison.overall;
    html! {
        <div class="psc-compare-results">
            { for kinds }
            <h3>{ text.tools(ToolsKey::CompareOverallHeading) }</h3>
            <p class="psc-compare-overall">
                { text.tools_with(ToolsKey::CompareOverall, &[
                    (Placeholder::Before, &overall_words(text, overall.before)),
                    (Placeholder::After, &overall_words(text, overall.after)),
                ]) }
            </p>
            <p class="psc-compare-overall-change">
                { text.tools_with(overall_change_key(comparison.pairing), &[(Placeholder::Change, direction_words(text, comparison.pairing, overall.direction))]) }
            </p>
            { chart(text, comparison) }
            { tables(text, comparison) }
        </div>
    }
}

/// The per-area picture: for each area its title and direction, then the
/// earlier and the later bar, each under its own label ("Earlier:
/// Open-Door School"), so no word is drawn over a bar or cut off.
///
/// Like the results page's chart (`results/chart.rs`), the bars are HTML,
/// so their words are page text that wraps and grows with zoom, and their
/// widths are classes, since the CSP allows no inline styles.
fn chart(text: &Text, comparison: &Comparison) -> Html {
    let levels = &text.instrument.levels;
    let axis = Level::ALL.map(|level| {
        html! {
            <span class={classes!("psc-axis-label", format!("psc-axis-{}", level.number()))}>
                { format!("{} {}", level.number(), levels[level].short_name) }
            </span>
        }
    });
    let bar = |side: ToolsKey, level: Option<Level>, earlier: bool| {
        html! {
            <>
                <p class="psc-bars-label psc-compare-side">{ format!("{}: {}", text.tools(side), level_words(text, level)) }</p>
                <div class="psc-bars-track">
                    if let Some(l) = level {
                        <div class={classes!("psc-bars-fill", format!("psc-bars-fill-{}", l.number()), earlier.then_some("psc-compare-fill-before"))}></div>
                    }
                </div>
            </>
        }
    };
    let rows = comparison.areas.iter().map(|shift| {
        html! {
            <div class="psc-bars-row psc-compare-row">
                <p class="psc-bars-label">
                    <strong>{ &text.instrument.areas[shift.area].title }</strong>{ " " }
                    <span>{ format!("({})", direction_words(text, comparison.pairing, shift.direction)) }</span>
                </p>
                { bar(ToolsKey::CompareBefore, shift.before, true) }
                { bar(ToolsKey::CompareAfter, shift.after, false) }
            </div>
        }
    });
    let description: Vec<String> = comparison
        .areas
        .iter()
        .map(|s| {
            format!(
                "{}: {} → {} ({})",
                text.instrument.areas[s.area].title,
                level_words(text, s.before),
                level_words(text, s.after),
                direction_words(text, comparison.pairing, s.direction)
            )
        })
        .collect();
    html! {
        <figure class="psc-figure">
            <div class="psc-bars psc-compare-bars" role="img"
                aria-label={format!("{}. {}", text.tools(ToolsKey::CompareChartHeading), description.join(". "))}>
                <div class="psc-bars-axis" aria-hidden="true">{ for axis }</div>
                { for rows }
            </div>
            <figcaption>{ text.tools(ToolsKey::CompareChartCaption) }</figcaption>
        </figure>
    }
}

/// The chart's data and the beliefs as tables that stack into rows on a
/// narrow screen, so that no column is ever off-screen.
fn tables(text: &Text, comparison: &Comparison) -> Html {
    let area_rows = comparison
        .areas
        .iter()
        .map(|shift| StackedRow {
            head: html! { { &text.instrument.areas[shift.area].title } },
            cells: vec![
                html! { { level_words(text, shift.before) } },
                html! { { level_words(text, shift.after) } },
                html! { { direction_words(text, comparison.pairing, shift.direction) } },
            ],
            highlight: false,
        })
        .collect();
    let scale = |scale: &team::ScaleShift| {
        let before = tenths(scale.before_tenths.map(i32::from));
        let after = tenths(scale.after_tenths.map(i32::from));
        html! { { format!("{before} → {after} ({})", direction_words(text, comparison.pairing, scale.direction)) } }
    };
    let belief_rows = comparison
        .beliefs
        .iter()
        .map(|shift| StackedRow {
            head: html! { { &text.instrument.beliefs[shift.belief].statement } },
            cells: vec![scale(&shift.held), scale(&shift.practised)],
            highlight: false,
        })
        .collect();
    html! {
        <>
            { stacked_table(
                text.tools(ToolsKey::CompareAreasCaption),
                &[text.ui(Key::TableArea), text.tools(ToolsKey::CompareBefore), text.tools(ToolsKey::CompareAfter), text.tools(change_heading_key(comparison.pairing))],
                area_rows,
            ) }
            { stacked_table(
                text.tools(ToolsKey::CompareBeliefsCaption),
                &[text.ui(Key::BeliefsColBelief), text.ui(Key::BeliefsColHeld), text.ui(Key::BeliefsColPractised)],
                belief_rows,
            ) }
        </>
    }
}
