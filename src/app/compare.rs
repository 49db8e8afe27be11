//! The facilitator's comparison of two results over time (one person's or a
//! team's), e.g. fall and spring.

use yew::prelude::*;

use super::team::tenths;
use super::widgets::{focus, screen_heading, stacked_table, text_setter, StackedRow, Text};
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::model::Level;
use crate::core::scoring::Label;
use crate::core::team::{self, Comparison, Direction, MixedKinds, Overall, Pairing, Profile, ProfileKind};

/// Properties of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The texts of the chosen language.
    pub text: Text,
}

/// What the comparison shows below its fields.
enum Shown {
    /// A pasted text could not be read; the message names which and why.
    Error(String),
    /// Both were read, but the core refused to compare them as they are;
    /// the profiles are kept for "Compare anyway".
    Refused { before: Profile, after: Profile, reason: &'static str },
    /// The comparison itself.
    Compared(Comparison),
}

/// Compares two results: individual links or team links, e.g. fall and spring.
#[component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let text = &props.text;
    let before = use_state(String::new);
    let after = use_state(String::new);
    let shown = use_state(|| None::<Shown>);
    // Pressing "Compare anyway" removes the button, so focus would fall to
    // the page; each press moves it to the note that says what is compared.
    let anyway_presses = use_state(|| 0u32);
    let note = use_node_ref();
    {
        let note = note.clone();
        use_effect_with(*anyway_presses, move |presses| {
            if *presses > 0 {
                focus(&note);
            }
        });
    }
    let field = |id: &'static str, label: &str, state: &UseStateHandle<String>| {
        html! {
            <div class="psc-compare-field">
                <label for={id}>{ label }</label>
                <textarea id={id} rows="2" value={(**state).clone()} oninput={text_setter(state)} />
            </div>
        }
    };
    let on_compare = {
        let (before, after, shown) = (before.clone(), after.clone(), shown.clone());
        let text = *text;
        Callback::from(move |_| {
            let read = |input: &str, which: &str| {
                team::profile_from_text(input)
                    .map_err(|e| text.tools_with(ToolsKey::CompareError, &[("which", which), ("reason", text.tools(e.message_key()))]))
            };
            let result = read(&before, text.tools(ToolsKey::CompareBefore)).and_then(|b| {
                read(&after, text.tools(ToolsKey::CompareAfter)).map(|a| (b, a))
            });
            shown.set(Some(match result {
                Err(message) => Shown::Error(message),
                Ok((b, a)) => match team::compare_checked(&b, &a, MixedKinds::Refuse) {
                    Ok(comparison) => Shown::Compared(comparison),
                    Err(refusal) => Shown::Refused { before: b, after: a, reason: text.tools(refusal.message_key()) },
                },
            }));
        })
    };
    let result = match &*shown {
        None => html! {},
        Some(Shown::Error(message)) => html! { <div class="psc-notice psc-error" role="alert"><p>{ message }</p></div> },
        Some(Shown::Refused { before, after, reason }) => {
            let on_anyway = {
                let (before, after, shown, anyway_presses) = (*before, *after, shown.clone(), anyway_presses.clone());
                Callback::from(move |_| {
                    if let Ok(comparison) = team::compare_checked(&before, &after, MixedKinds::Allow) {
                        shown.set(Some(Shown::Compared(comparison)));
                        anyway_presses.set(*anyway_presses + 1);
                    }
                })
            };
            html! {
                <div class="psc-notice psc-error psc-compare-refused" role="alert">
                    <p>{ *reason }</p>
                    <div class="psc-actions">
                        <button type="button" id="psc-compare-anyway" class="psc-button" onclick={on_anyway}>
                            { text.tools(ToolsKey::CompareAnyway) }
                        </button>
                    </div>
                </div>
            }
        }
        Some(Shown::Compared(comparison)) => results(text, comparison, &note),
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

/// The words of a direction.
fn direction_words(text: &Text, direction: Direction) -> &'static str {
    match direction {
        Direction::Up => text.tools(ToolsKey::DirectionUp),
        Direction::Down => text.tools(ToolsKey::DirectionDown),
        Direction::Same => text.tools(ToolsKey::DirectionSame),
        Direction::Unknown => text.tools(ToolsKey::DirectionUnknown),
    }
}

/// An area's school type in words, or that it has none.
fn level_words(text: &Text, level: Option<Level>) -> &'static str {
    level.map_or_else(|| text.ui(Key::NotAnswered), |l| text.instrument.levels[l].name)
}

/// One side's overall result in words, e.g. "Open-Door School
/// (Proficient)" or a mixed profile with its closest label.
fn overall_words(text: &Text, overall: Overall) -> String {
    let named = |key: ToolsKey, label: Label| {
        let level = &text.instrument.levels[label.level()];
        text.tools_with(key, &[("type", level.name), ("label", level.label)])
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
fn results(text: &Text, comparison: &Comparison, note: &NodeRef) -> Html {
    let kinds = (comparison.pairing == Pairing::TeamBesidePerson).then(|| {
        let words = text.tools_with(ToolsKey::CompareTeamBesidePerson, &[
            ("before", &side_words(text, comparison.before)),
            ("after", &side_words(text, comparison.after)),
        ]);
        html! {
            <div class="psc-notice psc-compare-kinds">
                <h3 ref={note.clone()} tabindex="-1">{ text.tools(ToolsKey::CompareTeamBesidePersonHeading) }</h3>
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
                    ("before", &overall_words(text, overall.before)),
                    ("after", &overall_words(text, overall.after)),
                ]) }
            </p>
            <p class="psc-compare-overall-change">
                { text.tools_with(ToolsKey::CompareOverallChange, &[("change", direction_words(text, overall.direction))]) }
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
                    <span>{ format!("({})", direction_words(text, shift.direction)) }</span>
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
                direction_words(text, s.direction)
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
                html! { { direction_words(text, shift.direction) } },
            ],
            highlight: false,
        })
        .collect();
    let scale = |scale: &team::ScaleShift| {
        let before = tenths(scale.before_tenths.map(i32::from));
        let after = tenths(scale.after_tenths.map(i32::from));
        html! { { format!("{before} → {after} ({})", direction_words(text, scale.direction)) } }
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
                &[text.ui(Key::TableArea), text.tools(ToolsKey::CompareBefore), text.tools(ToolsKey::CompareAfter), text.tools(ToolsKey::CompareChange)],
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
