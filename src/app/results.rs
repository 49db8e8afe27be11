//! The results page: label, per-area chart and table, next steps, beliefs
//! beside practice, barriers, and print.
//!
//! Each section is a component of its own with properties that compare
//! cheaply, so that asking "Start over?" (the page's one piece of state)
//! or a notice at the top redraws none of the charts and tables.

use std::rc::Rc;

use yew::prelude::*;

use super::steps::step_title;
use super::widgets::{data_table, focus, screen_heading, Table, Text};
use crate::browser;
use crate::core::content::{fill, split_at_placeholder, Key, LevelText, PluralKey};
use crate::core::model::{Answers, Area, BarrierSet, BeliefScale, Level, MAX_PRACTICES_PER_CELL};
use crate::core::scoring::{self, AreaScore, Mixed, Outcome};
use crate::core::session::{Action, Sections, Step};

/// Properties of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// Receives "Start over".
    pub dispatch: Callback<Action>,
    /// The answers shown: the person's own, or shared ones.
    pub answers: Answers,
    /// The optional sections, of which the barriers have a results section.
    pub sections: Sections,
    /// Shared results are shown without the actions that change answers,
    /// under a heading of their own.
    #[prop_or_default]
    pub read_only: bool,
    /// What stands between the heading and the results: for shared
    /// results, where they came from and the way back.
    #[prop_or_default]
    pub children: Html,
}

/// The whole results page.
#[component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let text = props.text;
    let answers = &props.answers;
    // Scored once per set of answers, and shared by two sections: the same
    // `Rc` on every render lets them compare equal without comparing scores.
    let score = use_memo(answers.clone(), scoring::score);
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
                    <p id="psc-confirm-text">{ text.ui(Key::StartOverConfirm) }</p>
                    <button type="button" id="psc-start-over-yes" class="psc-button psc-danger"
                        onclick={let c = confirm.clone(); move |_| { c.set(false); dispatch.emit(Action::StartOver(browser::random_id())) }}>
                        { text.ui(Key::StartOverYes) }
                    </button>
                    <button ref={cancel} type="button" id="psc-start-over-cancel" class="psc-button" onclick={move |_| confirm.set(false)}>
                        { text.ui(Key::StartOverCancel) }
                    </button>
                </div>
            }
        } else {
            html! {
                <button type="button" id="psc-start-over" class="psc-link-button psc-start-over" onclick={move |_| confirm.set(true)}>
                    { text.ui(Key::StartOver) }
                </button>
            }
        }
    };

    html! {
        <section class="psc-screen psc-results">
            { screen_heading(text.ui(if props.read_only { Key::SharedResultsTitle } else { Key::ResultsTitle })) }
            { props.children.clone() }
            <OutcomeSummary {text} score={score.clone()} />
            <AreaChart {text} {score} answers={answers.clone()} />
            <NextSteps {text} answers={answers.clone()} />
            <BeliefTable {text} answers={answers.clone()} />
            if props.sections.barriers {
                <BarrierList {text} barriers={answers.barriers} />
            }
            if !props.read_only {
                <div class="psc-actions psc-no-print">
                    <button type="button" id="psc-print" class="psc-button psc-primary" onclick={|_| browser::print()}>
                        { text.ui(Key::Print) }
                    </button>
                    { start_over }
                </div>
            }
        </section>
    }
}

/// Properties of [`OutcomeSummary`].
#[derive(Properties, PartialEq)]
pub struct OutcomeSummaryProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// One person's score, or a team's.
    pub score: Rc<AreaScore>,
    /// Replaces the default heading, "Overall".
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

/// The label with its stance, or the mixed profile with what would change it.
#[component(OutcomeSummary)]
pub fn outcome_summary(props: &OutcomeSummaryProps) -> Html {
    let OutcomeSummaryProps { text, score, heading } = props;
    let levels = &text.instrument.levels;
    let area_title = |area: Area| text.instrument.areas[area].title;
    let body = match &score.outcome {
        Outcome::Label(label) => {
            let level = levels[label.level()];
            html! {
                <>
                    <p class="psc-label" data-label={label.level().key()}>{ label_sentence(text, &level) }</p>
                    <p class="psc-stance">{ &level.stance }</p>
                </>
            }
        }
        Outcome::Mixed(Mixed::Closest(suggestion)) => {
            let closest = levels[suggestion.label.level()];
            let moves = suggestion.moves.iter().map(|step| {
                html! {
                    <li>{ text.ui_with(Key::MixedChange, &[
                        ("area", area_title(step.area())),
                        ("from", levels[step.from()].short_name),
                        ("to", levels[step.to()].short_name),
                    ]) }</li>
                }
            });
            // The content has no words yet for answering an open area, so
            // the moves are listed only when they are the whole suggestion;
            // otherwise the provisional line below names the open areas.
            let moves_only = suggestion.answers.is_empty() && !suggestion.moves.is_empty();
            html! {
                <>
                    <p class="psc-label" data-label="mixed"><strong>{ text.ui(Key::MixedHeading) }</strong></p>
                    <p>{ text.ui_with(Key::MixedClosest, &[("type", closest.name_with_article), ("label", closest.label)]) }</p>
                    if moves_only {
                        <p>{ text.ui(Key::MixedChangeIntro) }</p>
                        <ul>{ for moves }</ul>
                    }
                </>
            }
        }
        Outcome::Mixed(Mixed::OutOfReach) => html! {
            <p class="psc-label" data-label="mixed"><strong>{ text.ui(Key::MixedHeading) }</strong></p>
        },
        Outcome::NoMarks => html! { <p class="psc-label" data-label="none">{ text.ui(Key::NoMarks) }</p> },
        Outcome::TooFewMarks { given } => html! {
            <p class="psc-label" data-label="too-few">{ text.ui_count(PluralKey::TooFewMarks, u64::from(*given), &[]) }</p>
        },
    };
    let provisional = score.is_provisional().then(|| {
        let missing: Vec<&str> = score.missing.iter().map(|a| area_title(*a)).collect();
        html! {
            <p class="psc-provisional">
                <strong>{ text.ui(Key::Provisional) }</strong>{ " " }
                { text.ui_count(PluralKey::ProvisionalMissing, missing.len() as u64, &[("areas", &missing.join(", "))]) }
            </p>
        }
    });
    html! {
        <div class="psc-outcome" aria-live="polite">
            <h3>{ heading.clone().unwrap_or(AttrValue::Static(text.ui(Key::OutcomeHeading))) }</h3>
            { body }
            { provisional }
        </div>
    }
}

/// "Across the five areas, your school looks most like **an Open-Door
/// School** (Proficient).": the language's whole sentence, with the school
/// type, article and all, set in bold.
fn label_sentence(text: &Text, level: &LevelText) -> Html {
    let sentence = text.ui(Key::LabelSentence);
    let label = [("label", level.label)];
    match split_at_placeholder(sentence, "type") {
        Some((before, after)) => html! {
            <>{ fill(before, &label) }<strong>{ level.name_with_article }</strong>{ fill(after, &label) }</>
        },
        // The build checks that the sentence has {type}; this only keeps
        // the view total.
        None => html! { { fill(sentence, &label) } },
    }
}

/// Geometry of the per-area chart, in SVG user units. The view box is about
/// phone-width so that its text stays readable when the chart shrinks.
const CHART_WIDTH: u32 = 320;
const CHART_LABEL_ROW: u32 = 18;
const CHART_BAR: u32 = 16;
const CHART_ROW: u32 = CHART_LABEL_ROW + CHART_BAR + 12;

/// Properties of [`AreaChart`].
#[derive(Properties, PartialEq)]
struct AreaChartProps {
    text: Text,
    score: Rc<AreaScore>,
    /// For the ticks, and to tell "not sure" from "not answered".
    answers: Answers,
}

/// The level chosen in each area, as an SVG bar chart and as a table.
#[component(AreaChart)]
fn area_chart(props: &AreaChartProps) -> Html {
    let AreaChartProps { text, score, answers } = props;
    let levels = &text.instrument.levels;
    let step = CHART_WIDTH / 4;
    let height = CHART_ROW * 5 + 4;
    let level_words = |level: Option<Level>, area: Area| match level {
        Some(level) => levels[level].name,
        None if answers.area(area).mark.is_some() => text.ui(Key::MarkNotSure),
        None => text.ui(Key::NotAnswered),
    };
    let description: Vec<String> = Area::ALL
        .into_iter()
        .zip(score.levels)
        .map(|(area, level)| format!("{}: {}", text.instrument.areas[area].title, level_words(level, area)))
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
            Some(l) => format!("{} ({})", levels[l].short_name, l.number()),
            None => level_words(None, area).to_owned(),
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
                <text class="psc-chart-area" x="0" y={(top + 13).to_string()}>{ &text.instrument.areas[area].title }</text>
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
            .map(|l| format!("{} {}", levels[l].short_name, ticks.count_at(l)))
            .collect();
        html! {
            <tr>
                <th scope="row">{ &text.instrument.areas[area].title }</th>
                <td>{ level_words(level, area) }</td>
                <td>{ level.map_or_else(|| "–".to_owned(), |l| l.number().to_string()) }</td>
                <td>{ if ticked.is_empty() { "–".to_owned() } else { ticked.join(", ") } }</td>
            </tr>
        }
    });

    html! {
        <div class="psc-area-results">
            <h3 id="psc-chart-heading">{ text.ui(Key::ChartHeading) }</h3>
            <figure class="psc-figure">
                <svg class="psc-chart" viewBox={format!("0 0 {CHART_WIDTH} {height}")} role="img"
                    aria-labelledby="psc-chart-title psc-chart-desc" preserveAspectRatio="xMinYMin meet">
                    <title id="psc-chart-title">{ text.ui(Key::ChartHeading) }</title>
                    <desc id="psc-chart-desc">{ description.join(". ") }</desc>
                    { for grid }
                    { for rows }
                </svg>
                <figcaption>{ text.ui(Key::ChartCaption) }</figcaption>
            </figure>
            { data_table(text.ui(Key::TableCaption), vec![text.ui(Key::TableArea), text.ui(Key::TableType), text.ui(Key::TableLevel), text.ui(Key::TableTicked)], html! { <>{ for table_rows }</> }, Table::Scrolls) }
        </div>
    }
}

/// The properties of the sections that need only the answers.
#[derive(Properties, PartialEq)]
struct AnswersProps {
    text: Text,
    answers: Answers,
}

/// For each area below Partnership, the practices of the next level up.
#[component(NextSteps)]
fn next_steps(props: &AnswersProps) -> Html {
    let AnswersProps { text, answers } = props;
    let levels = &text.instrument.levels;
    let steps = scoring::next_steps(answers, |area, level| {
        text.practices(area, level).len().min(usize::from(MAX_PRACTICES_PER_CELL))
    });
    let all_partnership = scoring::all_at_partnership(answers);
    let items = steps.iter().map(|next| {
        let practices = text.practices(next.area, next.to);
        let done = next.already_done_count();
        let already = if done > 0 {
            text.ui_count(PluralKey::NextAlready, done as u64, &[
                ("total", &practices.len().to_string()),
                ("type", levels[next.to].short_name),
            ])
        } else {
            text.ui(Key::NextNoneYet).to_owned()
        };
        html! {
            <li class="psc-next-step">
                <h4>{ &text.instrument.areas[next.area].title }</h4>
                <p>{ text.ui_with(Key::NextFromTo, &[
                    ("from", levels[next.from].name),
                    ("to", levels[next.to].name),
                ]) }</p>
                <p class="psc-hint">{ already }</p>
                <ul class="psc-practice-list">
                    { for practices.iter().zip(&next.already_done).map(|(practice, done)| html! {
                        <li class={classes!(done.then_some("psc-already"))}>
                            { practice }
                            if *done { <span class="psc-badge">{ text.ui(Key::NextAlreadyBadge) }</span> }
                        </li>
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <div class="psc-next-steps">
            <h3>{ text.ui(Key::NextHeading) }</h3>
            if steps.is_empty() {
                <p>{ if all_partnership { text.ui(Key::NextAllPartnership) } else { text.ui(Key::NextNothingMarked) } }</p>
            } else {
                <ul class="psc-next-list">{ for items }</ul>
            }
        </div>
    }
}

/// The beliefs beside practice, with the widest gaps marked in words.
#[component(BeliefTable)]
fn belief_table(props: &AnswersProps) -> Html {
    let AnswersProps { text, answers } = props;
    let scores = scoring::belief_scores(answers);
    let widest = scoring::widest_gaps(&scores);
    let scales = &text.instrument.belief_scales;
    let words = |points: &[&str], value: Option<u8>| {
        value
            .and_then(|v| points.get(usize::from(v).saturating_sub(1)))
            .map(|w| format!("{w} ({})", value.unwrap_or_default()))
            .unwrap_or_else(|| text.ui(Key::NotAnswered).to_owned())
    };
    let rows = scores.iter().map(|score| {
        let is_widest = widest.contains(&score.belief);
        html! {
            <tr class={classes!(is_widest.then_some("psc-widest"))}>
                <th scope="row">{ &text.instrument.beliefs[score.belief].statement }</th>
                <td>{ words(&scales[BeliefScale::Held].points, score.held) }</td>
                <td>{ words(&scales[BeliefScale::Practised].points, score.practised) }</td>
                <td>
                    { score.gap.map_or_else(|| "–".to_owned(), |g| format!("{g:+}")) }
                    if is_widest { <span class="psc-badge">{ text.ui(Key::BeliefsWidestBadge) }</span> }
                </td>
            </tr>
        }
    });
    let callout = (!widest.is_empty()).then(|| {
        let names: Vec<&str> = widest.iter().map(|b| text.instrument.beliefs[*b].statement).collect();
        html! { <p class="psc-callout">{ text.ui_with(Key::BeliefsWidest, &[("beliefs", &names.join(" / "))]) }</p> }
    });
    html! {
        <div class="psc-belief-results">
            <h3>{ text.ui(Key::BeliefsResultsHeading) }</h3>
            <p class="psc-hint">{ text.ui(Key::BeliefsGapExplained) }</p>
            { callout }
            { data_table(text.ui(Key::BeliefsTableCaption), vec![text.ui(Key::BeliefsColBelief), text.ui(Key::BeliefsColHeld), text.ui(Key::BeliefsColPractised), text.ui(Key::BeliefsColGap)], html! { <>{ for rows }</> }, Table::Scrolls) }
        </div>
    }
}

/// Properties of [`BarrierList`].
#[derive(Properties, PartialEq)]
struct BarrierListProps {
    text: Text,
    barriers: BarrierSet,
}

/// The barriers the person checked.
#[component(BarrierList)]
fn barrier_list(props: &BarrierListProps) -> Html {
    let BarrierListProps { text, barriers } = props;
    let checked: Vec<_> = barriers.iter().collect();
    html! {
        <div class="psc-barrier-results">
            <h3>{ step_title(text, Step::Reflection) }</h3>
            if checked.is_empty() {
                <p>{ text.ui(Key::BarriersNone) }</p>
            } else {
                <p>{ text.ui(Key::BarriersCheckedIntro) }</p>
                <ul>{ for checked.iter().map(|b| html! { <li>{ text.instrument.barriers[*b] }</li> }) }</ul>
            }
        </div>
    }
}
