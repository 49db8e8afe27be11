//! The results page: label, per-area chart and table, next steps, beliefs
//! beside practice, barriers, and print.

use yew::prelude::*;

use super::steps::step_title;
use super::widgets::{data_table, focus, screen_heading, Table, Text};
use crate::browser;
use crate::core::model::{Answers, Area, Level, MAX_PRACTICES_PER_CELL};
use crate::core::scoring::{self, AreaScore, Outcome};
use crate::core::session::{Action, Sections, Step};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub text: Text,
    pub dispatch: Callback<Action>,
    pub answers: Answers,
    pub sections: Sections,
    /// Shared results are shown without the actions that change answers.
    #[prop_or_default]
    pub read_only: bool,
}

/// The whole results page.
#[component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let text = &props.text;
    let answers = &props.answers;
    let score = scoring::score(answers);
    let confirm_start_over = use_state(|| false);
    // The "Start over" button is replaced by the question, so focus moves to
    // its safe answer, "Cancel", instead of being lost.
    let cancel = use_node_ref();
    {
        let cancel = cancel.clone();
        use_effect_with(*confirm_start_over, move |asking| {
            if *asking {
                focus(&cancel);
            }
        });
    }

    let start_over = {
        let confirm = confirm_start_over.clone();
        let dispatch = props.dispatch.clone();
        if *confirm {
            html! {
                <div class="psc-confirm" role="group" aria-labelledby="psc-confirm-text">
                    <p id="psc-confirm-text">{ text.ui("start_over_confirm") }</p>
                    <button type="button" id="psc-start-over-yes" class="psc-button psc-danger"
                        onclick={let c = confirm.clone(); move |_| { c.set(false); dispatch.emit(Action::StartOver(browser::random_id())) }}>
                        { text.ui("start_over_yes") }
                    </button>
                    <button ref={cancel} type="button" id="psc-start-over-cancel" class="psc-button" onclick={move |_| confirm.set(false)}>
                        { text.ui("start_over_cancel") }
                    </button>
                </div>
            }
        } else {
            html! {
                <button type="button" id="psc-start-over" class="psc-button" onclick={move |_| confirm.set(true)}>
                    { text.ui("start_over") }
                </button>
            }
        }
    };

    html! {
        <section class="psc-screen psc-results">
            { screen_heading(text.ui("results_title")) }
            { outcome_summary(text, &score, None) }
            { area_chart(text, &score, answers) }
            { next_steps(text, answers) }
            { belief_table(text, answers) }
            if props.sections.barriers {
                { barrier_list(text, answers) }
            }
            if !props.read_only {
                <div class="psc-actions psc-no-print">
                    <button type="button" id="psc-print" class="psc-button psc-primary" onclick={|_| browser::print()}>
                        { text.ui("print") }
                    </button>
                    { start_over }
                </div>
            }
        </section>
    }
}

/// The label with its stance, or the mixed profile with what would change it.
/// `heading` replaces the default "Overall".
pub fn outcome_summary(text: &Text, score: &AreaScore, heading: Option<String>) -> Html {
    let levels = &text.instrument.levels;
    let area_title = |area: Area| text.instrument.areas.get(area).title.clone();
    let body = match &score.outcome {
        Outcome::Label(label) => {
            let level = levels.get(label.level());
            html! {
                <>
                    <p class="psc-label" data-label={label.level().key()}>
                        { text.ui("label_intro") }{ " " }
                        <strong>{ &level.name }</strong>
                        { format!(" ({})", level.label) }
                    </p>
                    <p class="psc-stance">{ &level.stance }</p>
                </>
            }
        }
        Outcome::Mixed(mixed) => {
            let closest = levels.get(mixed.closest.level());
            let changes = mixed.changes.iter().map(|change| {
                html! {
                    <li>{ text.ui_with("mixed_change", &[
                        ("area", &area_title(change.area)),
                        ("from", &levels.get(change.from).short_name),
                        ("to", &levels.get(change.to).short_name),
                    ]) }</li>
                }
            });
            html! {
                <>
                    <p class="psc-label" data-label="mixed"><strong>{ text.ui("mixed_heading") }</strong></p>
                    <p>{ text.ui_with("mixed_closest", &[("type", &closest.name), ("label", &closest.label)]) }</p>
                    <p>{ text.ui("mixed_change_intro") }</p>
                    <ul>{ for changes }</ul>
                </>
            }
        }
        Outcome::NoMarks => html! { <p class="psc-label" data-label="none">{ text.ui("no_marks") }</p> },
        Outcome::TooFewMarks { given } => html! {
            <p class="psc-label" data-label="too-few">{ text.ui_with("too_few_marks", &[("count", &given.to_string())]) }</p>
        },
    };
    let provisional = score.is_provisional().then(|| {
        let missing: Vec<String> = score.missing.iter().map(|a| area_title(*a)).collect();
        html! {
            <p class="psc-provisional">
                <strong>{ text.ui("provisional") }</strong>{ " " }
                { text.ui_with("provisional_missing", &[("areas", &missing.join(", "))]) }
            </p>
        }
    });
    html! {
        <div class="psc-outcome" aria-live="polite">
            <h3>{ heading.clone().unwrap_or_else(|| text.ui("outcome_heading")) }</h3>
            { body }
            { provisional }
        </div>
    }
}

/// Geometry of the per-area chart, in SVG user units. The view box is about
/// phone-width so that its text stays readable when the chart shrinks.
const CHART_WIDTH: u32 = 320;
const CHART_LABEL_ROW: u32 = 18;
const CHART_BAR: u32 = 16;
const CHART_ROW: u32 = CHART_LABEL_ROW + CHART_BAR + 12;

/// The level chosen in each area, as an SVG bar chart and as a table.
fn area_chart(text: &Text, score: &AreaScore, answers: &Answers) -> Html {
    let levels = &text.instrument.levels;
    let step = CHART_WIDTH / 4;
    let height = CHART_ROW * 5 + 4;
    let level_words = |level: Option<Level>, area: Area| match level {
        Some(level) => levels.get(level).name.clone(),
        None if answers.area(area).mark.is_some() => text.ui("mark_not_sure"),
        None => text.ui("not_answered"),
    };
    let description: Vec<String> = Area::ALL
        .into_iter()
        .zip(score.levels)
        .map(|(area, level)| format!("{}: {}", text.instrument.areas.get(area).title, level_words(level, area)))
        .collect();

    let grid = (1..=4u32).map(|n| {
        let x = n * step;
        html! { <line class="psc-grid" x1={x.to_string()} x2={x.to_string()} y1="0" y2={height.to_string()} /> }
    });
    let rows = Area::ALL.into_iter().zip(score.levels).enumerate().map(|(row, (area, level))| {
        let top = row as u32 * CHART_ROW;
        let bar_y = top + CHART_LABEL_ROW;
        let width = level.map_or(0, |l| u32::from(l.number()) * step);
        let words = match level {
            Some(l) => format!("{} ({})", levels.get(l).short_name, l.number()),
            None => level_words(None, area),
        };
        // The level's words sit inside a long bar and after a short one, so
        // the value is always written out, never shown by length alone.
        let (text_x, anchor, inside) = if width >= step * 2 {
            (width - 6, "end", true)
        } else {
            (width + 6, "start", false)
        };
        html! {
            <g class={classes!("psc-chart-row", level.map(|l| format!("psc-level-{}", l.number())))}>
                <text class="psc-chart-area" x="0" y={(top + 13).to_string()}>{ &text.instrument.areas.get(area).title }</text>
                if width > 0 {
                    <rect class="psc-bar" x="0" y={bar_y.to_string()} width={width.to_string()} height={CHART_BAR.to_string()} rx="2" />
                }
                <text class={classes!("psc-chart-value", inside.then_some("psc-inside"))} x={text_x.to_string()}
                    y={(bar_y + 12).to_string()} text-anchor={anchor}>{ words }</text>
            </g>
        }
    });

    let table_rows = Area::ALL.into_iter().zip(score.levels).map(|(area, level)| {
        let ticks = answers.area(area).ticks;
        let ticked: Vec<String> = Level::ALL
            .into_iter()
            .filter(|l| ticks.count_at(*l) > 0)
            .map(|l| format!("{} {}", levels.get(l).short_name, ticks.count_at(l)))
            .collect();
        html! {
            <tr>
                <th scope="row">{ &text.instrument.areas.get(area).title }</th>
                <td>{ level_words(level, area) }</td>
                <td>{ level.map_or_else(|| "–".to_owned(), |l| l.number().to_string()) }</td>
                <td>{ if ticked.is_empty() { "–".to_owned() } else { ticked.join(", ") } }</td>
            </tr>
        }
    });

    html! {
        <div class="psc-area-results">
            <h3 id="psc-chart-heading">{ text.ui("chart_heading") }</h3>
            <figure class="psc-figure">
                <svg class="psc-chart" viewBox={format!("0 0 {CHART_WIDTH} {height}")} role="img"
                    aria-labelledby="psc-chart-title psc-chart-desc" preserveAspectRatio="xMinYMin meet">
                    <title id="psc-chart-title">{ text.ui("chart_heading") }</title>
                    <desc id="psc-chart-desc">{ description.join(". ") }</desc>
                    { for grid }
                    { for rows }
                </svg>
                <figcaption>{ text.ui("chart_caption") }</figcaption>
            </figure>
            { data_table(text.ui("table_caption"), vec![text.ui("table_area"), text.ui("table_type"), text.ui("table_level"), text.ui("table_ticked")], html! { <>{ for table_rows }</> }, Table::Scrolls) }
        </div>
    }
}

/// For each area below Partnership, the practices of the next level up.
fn next_steps(text: &Text, answers: &Answers) -> Html {
    let levels = &text.instrument.levels;
    let steps = scoring::next_steps(answers, |area, level| {
        text.practices(area, level).len().min(usize::from(MAX_PRACTICES_PER_CELL))
    });
    let all_partnership = answers.levels().iter().all(|l| *l == Some(Level::Partnership));
    let items = steps.iter().map(|next| {
        let practices = text.practices(next.area, next.to);
        let done = next.already_done_count();
        let already = if done > 0 {
            text.ui_with("next_already", &[
                ("count", &done.to_string()),
                ("total", &practices.len().to_string()),
                ("type", &levels.get(next.to).short_name),
            ])
        } else {
            text.ui("next_none_yet")
        };
        html! {
            <li class="psc-next-step">
                <h4>{ &text.instrument.areas.get(next.area).title }</h4>
                <p>{ text.ui_with("next_from_to", &[
                    ("from", &levels.get(next.from).name),
                    ("to", &levels.get(next.to).name),
                ]) }</p>
                <p class="psc-hint">{ already }</p>
                <ul class="psc-practice-list">
                    { for practices.iter().zip(&next.already_done).map(|(practice, done)| html! {
                        <li class={classes!(done.then_some("psc-already"))}>
                            { practice }
                            if *done { <span class="psc-badge">{ text.ui("next_already_badge") }</span> }
                        </li>
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <div class="psc-next-steps">
            <h3>{ text.ui("next_heading") }</h3>
            if steps.is_empty() {
                <p>{ if all_partnership { text.ui("next_all_partnership") } else { text.ui("next_nothing_marked") } }</p>
            } else {
                <ul class="psc-next-list">{ for items }</ul>
            }
        </div>
    }
}

/// The beliefs beside practice, with the widest gaps marked in words.
fn belief_table(text: &Text, answers: &Answers) -> Html {
    let scores = scoring::belief_scores(answers);
    let widest = scoring::widest_gaps(&scores);
    let scales = &text.instrument.belief_scales;
    let words = |points: &[String], value: Option<u8>| {
        value
            .and_then(|v| points.get(usize::from(v).saturating_sub(1)))
            .map(|w| format!("{w} ({})", value.unwrap_or_default()))
            .unwrap_or_else(|| text.ui("not_answered"))
    };
    let rows = scores.iter().map(|score| {
        let is_widest = widest.contains(&score.belief);
        html! {
            <tr class={classes!(is_widest.then_some("psc-widest"))}>
                <th scope="row">{ &text.instrument.beliefs.get(score.belief).statement }</th>
                <td>{ words(&scales.held.points, score.held) }</td>
                <td>{ words(&scales.practised.points, score.practised) }</td>
                <td>
                    { score.gap.map_or_else(|| "–".to_owned(), |g| format!("{g:+}")) }
                    if is_widest { <span class="psc-badge">{ text.ui("beliefs_widest_badge") }</span> }
                </td>
            </tr>
        }
    });
    let callout = (!widest.is_empty()).then(|| {
        let names: Vec<String> = widest.iter().map(|b| text.instrument.beliefs.get(*b).statement.clone()).collect();
        html! { <p class="psc-callout">{ text.ui_with("beliefs_widest", &[("beliefs", &names.join(" / "))]) }</p> }
    });
    html! {
        <div class="psc-belief-results">
            <h3>{ text.ui("beliefs_results_heading") }</h3>
            <p class="psc-hint">{ text.ui("beliefs_gap_explained") }</p>
            { callout }
            { data_table(text.ui("beliefs_table_caption"), vec![text.ui("beliefs_col_belief"), text.ui("beliefs_col_held"), text.ui("beliefs_col_practised"), text.ui("beliefs_col_gap")], html! { <>{ for rows }</> }, Table::Scrolls) }
        </div>
    }
}

/// The barriers the person checked.
fn barrier_list(text: &Text, answers: &Answers) -> Html {
    let checked: Vec<_> = answers.barriers.iter().collect();
    html! {
        <div class="psc-barrier-results">
            <h3>{ step_title(text, Step::Reflection) }</h3>
            if checked.is_empty() {
                <p>{ text.ui("barriers_none") }</p>
            } else {
                <p>{ text.ui("barriers_checked_intro") }</p>
                <ul>{ for checked.iter().map(|b| html! { <li>{ text.instrument.barriers.get(*b) }</li> }) }</ul>
            }
        </div>
    }
}
