//! The facilitator's team summary: pool colleagues' links and files, and
//! show the pooled results once enough people are in.

use std::rc::Rc;

use yew::prelude::*;

use super::results::outcome_summary;
use super::team_plan::{meeting_guide, TeamPlanBuilder};
use super::share::{read_results_file, CopyField, OpenProblem};
use super::widgets::{data_table, screen_heading, stacked_table, text_setter, StackedRow, Table, Text};
use crate::browser;
use crate::core::team_plan::{self, MeetingGuide};
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::model::{Area, Barrier, Belief, Feasibility, Level};
use crate::core::team::{
    self, Conversations, Disagreement, EntrySource, EntryStatus, Intake, IntakeAction, LogLine, Summary,
    TeamCounts, TeamNextStep, TeamNextSteps, TeamPractice, TeamSummary, TeamWidestGap, Threshold,
};

// The reducer is the core's intake itself; the view only renders it. File
// problems are the open panel's, so the log explains them the same way.
impl Reducible for Intake<OpenProblem> {
    type Action = IntakeAction<OpenProblem>;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

/// Properties of [`TeamView`].
#[derive(Properties, PartialEq)]
pub struct TeamProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The team threshold from the configuration (never below 5).
    pub min_team: u16,
    /// Pooled counts opened from a team link, shown read-only.
    #[prop_or_default]
    pub opened: Option<TeamCounts>,
}

/// The words for one log line's status.
fn status_words(text: &Text, status: &EntryStatus) -> String {
    match status {
        EntryStatus::Added => text.tools(ToolsKey::TeamStatusAdded).to_owned(),
        EntryStatus::Duplicate => text.tools(ToolsKey::TeamStatusDuplicate).to_owned(),
        EntryStatus::Damaged(error) => damaged_words(text, text.tools(error.message_key())),
        EntryStatus::NewerVersion => text.tools(ToolsKey::TeamStatusNewer).to_owned(),
        EntryStatus::Blank => text.tools(ToolsKey::TeamStatusBlank).to_owned(),
    }
}

/// "not added: <why>", as one sentence of the language's own order.
fn damaged_words(text: &Text, reason: &str) -> String {
    text.tools_with(ToolsKey::TeamStatusDamaged, &[("reason", reason)])
}

/// "10 added, 2 already counted, …": each count with its own plural form,
/// put in the order of the language's `team_tally`.
fn tally_words(text: &Text, tally: &team::Tally) -> String {
    let part = |key, count: u32| text.tools_count(key, u64::from(count), &[]);
    text.tools_with(ToolsKey::TeamTally, &[
        ("added", &part(ToolsPluralKey::TeamTallyAdded, tally.added)),
        ("duplicate", &part(ToolsPluralKey::TeamTallyDuplicate, tally.duplicate)),
        ("damaged", &part(ToolsPluralKey::TeamTallyDamaged, tally.damaged)),
        ("newer", &part(ToolsPluralKey::TeamTallyNewer, tally.newer_version)),
    ])
}

/// The team summary screen.
#[component(TeamView)]
pub fn team_view(props: &TeamProps) -> Html {
    let text = &props.text;
    let work = use_reducer(Intake::<OpenProblem>::default);
    let pasted = use_state(String::new);
    let threshold = Threshold::new(props.min_team);

    if let Some(counts) = &props.opened {
        let body = match team::summarize_counts(counts, threshold) {
            Summary::Ready(summary) => html! { <TeamResults text={*text} summary={Rc::new(*summary)} /> },
            Summary::TooFew { have, need_more } => too_few(text, have, need_more),
        };
        return html! {
            <section class="psc-screen psc-team">
                { screen_heading(text.tools(ToolsKey::TeamHeading)) }
                <div class="psc-notice psc-shared-banner" role="status">
                    <p><strong>{ text.tools(ToolsKey::TeamOpenedBanner) }</strong></p>
                </div>
                { body }
            </section>
        };
    }

    let on_input = text_setter(&pasted);
    let on_add = {
        let pasted = pasted.clone();
        let work = work.clone();
        Callback::from(move |_| {
            work.dispatch(IntakeAction::AddText((*pasted).clone()));
            pasted.set(String::new());
        })
    };
    let read_files = {
        let work = work.clone();
        Callback::from(move |files: web_sys::FileList| {
            for index in 0..files.length() {
                let Some(file_handle) = files.get(index) else { continue };
                let work = work.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let label = file_handle.name();
                    let result = read_results_file(file_handle).await.map(|imported| imported.answers);
                    work.dispatch(IntakeAction::AddFile { label, result });
                });
            }
        })
    };
    let on_pick = {
        let read_files = read_files.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(files) = input.files() {
                read_files.emit(files);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let work = work.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let Some(data) = event.data_transfer() else { return };
            match data.files().filter(|f| f.length() > 0) {
                Some(files) => read_files.emit(files),
                None => {
                    if let Ok(dropped) = data.get_data("text/plain") {
                        work.dispatch(IntakeAction::AddText(dropped));
                    }
                }
            }
        })
    };

    let tally = tally_words(text, &work.tally());
    let log = work.log().iter().map(|line| {
        let entry = match line {
            LogLine::Pooled(entry) => entry,
            LogLine::UnreadableFile { label, problem } => {
                let (message, _) = problem.describe(text);
                return html! {
                    <li class="psc-status-damaged"><strong>{ label }{ ": " }</strong>{ damaged_words(text, message) }</li>
                };
            }
        };
        let source = match &entry.source {
            EntrySource::Text { line, .. } => text.tools_with(ToolsKey::TeamSourceLine, &[("line", &line.to_string())]),
            EntrySource::File { label } => label.clone(),
        };
        let class = match entry.status {
            EntryStatus::Added => "psc-status-added",
            EntryStatus::Duplicate => "psc-status-duplicate",
            EntryStatus::Damaged(_) => "psc-status-damaged",
            EntryStatus::NewerVersion => "psc-status-newer",
            EntryStatus::Blank => "psc-status-blank",
        };
        html! { <li class={class}><strong>{ source }{ ": " }</strong>{ status_words(text, &entry.status) }</li> }
    });
    let summary = match team::summarize(work.pool(), threshold) {
        Summary::Ready(summary) => html! { <TeamResults text={*text} summary={Rc::new(*summary)} /> },
        Summary::TooFew { have, need_more } => too_few(text, have, need_more),
    };

    html! {
        <section class="psc-screen psc-team">
            { screen_heading(text.tools(ToolsKey::TeamHeading)) }
            // The paste box, file picker and intake log are the facilitator's
            // tools, not the team's results, so they are left off paper.
            <div class="psc-team-input psc-no-print">
            <p>{ text.tools(ToolsKey::TeamIntro) }</p>
            <p class="psc-privacy">{ text.tools_with(ToolsKey::TeamPrivacy, &[("min", &threshold.get().to_string())]) }</p>
            <label for="psc-team-paste">{ text.tools(ToolsKey::TeamPasteLabel) }</label>
            <textarea id="psc-team-paste" rows="6" value={(*pasted).clone()} oninput={on_input} />
            <div class="psc-actions">
                <button type="button" id="psc-team-add" class="psc-button psc-primary" onclick={on_add}>
                    { text.tools(ToolsKey::TeamAdd) }
                </button>
                <button type="button" id="psc-team-clear" class="psc-button" onclick={let w = work.clone(); move |_| w.dispatch(IntakeAction::Clear)}>
                    { text.tools(ToolsKey::TeamClear) }
                </button>
            </div>
            <div class="psc-drop" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                <label for="psc-team-files">{ text.tools(ToolsKey::TeamFilesLabel) }</label>
                <input id="psc-team-files" type="file" multiple=true accept=".json,application/json" onchange={on_pick} />
                <p class="psc-hint">{ text.ui(Key::OpenDropHint) }</p>
            </div>
            if !work.log().is_empty() {
                <div class="psc-team-log" aria-live="polite">
                    <h3>{ text.tools(ToolsKey::TeamLogHeading) }</h3>
                    <p class="psc-team-tally">{ tally }</p>
                    if work.lines_without_code() > 0 {
                        <p class="psc-hint">{ text.tools_count(ToolsPluralKey::TeamLinesWithoutCode, u64::from(work.lines_without_code()), &[]) }</p>
                    }
                    <ul class="psc-team-entries">{ for log }</ul>
                </div>
            }
            </div>
            { summary }
        </section>
    }
}

/// How many self-checks are in, and how many more the summary needs: two
/// sentences, each with its own number and so its own plural form.
fn too_few(text: &Text, have: u16, need_more: u16) -> Html {
    html! {
        <p class="psc-notice psc-team-too-few" role="status">
            { text.tools_count(ToolsPluralKey::TeamTooFewHave, u64::from(have), &[]) }{ " " }
            { text.tools_count(ToolsPluralKey::TeamTooFewNeed, u64::from(need_more), &[]) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct TeamResultsProps {
    text: Text,
    summary: Rc<TeamSummary>,
}

/// Words for how much a team disagrees about one area.
fn disagreement_words(text: &Text, disagreement: Disagreement) -> &'static str {
    match disagreement {
        Disagreement::Low => text.tools(ToolsKey::DisagreementLow),
        Disagreement::Some => text.tools(ToolsKey::DisagreementSome),
        Disagreement::High => text.tools(ToolsKey::DisagreementHigh),
    }
}

/// A bar split into parts in proportion to their counts, each part with its
/// colour class, stretched to the full width: its view box is the total, so
/// no widths are worked out. It is decoration beside words that give the
/// same counts, so assistive technology skips it.
fn stacked_bar(parts: &[(String, u32)], extra: Option<&'static str>) -> Html {
    let total: u32 = parts.iter().map(|(_, count)| count).sum();
    let mut x = 0u32;
    let segments = parts.iter().filter(|(_, count)| *count > 0).map(|(class, count)| {
        let start = x;
        x += count;
        html! { <rect class={classes!("psc-segment", class.clone())} x={start.to_string()} y="0" width={count.to_string()} height="1" /> }
    });
    html! {
        <svg class={classes!("psc-stack", extra)} viewBox={format!("0 0 {} 1", total.max(1))} preserveAspectRatio="none" aria-hidden="true" focusable="false">
            { for segments }
        </svg>
    }
}

/// Tenths as a number with one decimal, e.g. 37 → "3.7".
pub(super) fn tenths(value: Option<i32>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{}{}.{}", if v < 0 { "-" } else { "" }, v.abs() / 10, v.abs() % 10))
}

/// The pooled results, shown only once the threshold is met.
#[component(TeamResults)]
fn team_results(props: &TeamResultsProps) -> Html {
    let text = &props.text;
    let summary = &props.summary;
    let levels = &text.instrument.levels;
    let title = |area: Area| text.instrument.areas[area].title;
    let n = summary.respondents;

    // The calibrated rule names one to three split areas, each with the
    // question the team could start from.
    let conversations = match &summary.conversations {
        Conversations::Agrees => Vec::new(),
        Conversations::Split(named) => named.iter().map(|split| html! {
            <li><strong>{ title(split.area) }</strong>{ ": " }{ text.tools(split.prompt()) }</li>
        }).collect(),
    };

    // Stacked bars, one row per area and one segment per school type. The
    // words and counts are page text above each bar; the bar itself is an
    // SVG stretched to the full width (its view box is the number of staff,
    // so no arithmetic is needed for widths), coloured from light to dark in
    // the order of the continuum, so it reads in black and white too.
    let bars = Area::ALL.into_iter().map(|area| {
        let counts = summary.area(area).counts;
        let parts: Vec<(String, u32)> =
            Level::ALL.into_iter().map(|level| (format!("psc-level-{}", level.number()), counts.at(level))).collect();
        let words: Vec<String> = Level::ALL.into_iter().filter(|l| counts.at(*l) > 0)
            .map(|l| format!("{} {}", levels[l].short_name, counts.at(l))).collect();
        html! {
            <div class="psc-bars-row">
                <p class="psc-bars-label"><strong>{ title(area) }</strong>{ " " }<span>{ words.join(" · ") }</span></p>
                { stacked_bar(&parts, None) }
            </div>
        }
    });
    let legend = Level::ALL.map(|level| html! {
        <li><span class={format!("psc-swatch psc-level-{}", level.number())} aria-hidden="true"></span>{ levels[level].name }</li>
    });
    let description: Vec<String> = Area::ALL.into_iter().map(|area| {
        let counts = summary.area(area).counts;
        let parts: Vec<String> = Level::ALL.into_iter().map(|l| format!("{} {}", levels[l].short_name, counts.at(l))).collect();
        format!("{}: {}", title(area), parts.join(", "))
    }).collect();

    let table_rows = Area::ALL.into_iter().map(|area| {
        let area_summary = summary.area(area);
        let counts = area_summary.counts;
        html! {
            <tr>
                <th scope="row">{ title(area) }</th>
                { for Level::ALL.into_iter().map(|l| html! { <td>{ counts.at(l) }</td> }) }
                <td>{ counts.not_sure() + counts.unmarked() }</td>
                <td>{ area_summary.median.map_or("–", |l| levels[l].short_name) }</td>
                <td>{ area_summary.spread.map_or("–", |s| disagreement_words(text, s.disagreement)) }</td>
            </tr>
        }
    });

    let step_items = |steps: &[TeamNextStep]| steps.iter().map(|step| html! {
        <li>
            <strong>{ title(step.area) }</strong>{ ": " }
            { text.ui_with(Key::NextFromTo, &[("from", levels[step.from].name), ("to", levels[step.to].name)]) }
            <ul class="psc-practice-list">
                { for text.practices(step.area, step.to).iter().map(|p| html! { <li>{ p }</li> }) }
            </ul>
        </li>
    }).collect::<Html>();
    let without_median_note = |areas: &[Area]| html! {
        if !areas.is_empty() {
            <p class="psc-hint">{ text.tools_with(ToolsKey::TeamNextWithoutMedian, &[("areas", &areas.iter().map(|a| title(*a)).collect::<Vec<_>>().join(", "))]) }</p>
        }
    };
    let next_steps = match summary.next_steps() {
        TeamNextSteps::NoMedian => html! { <p>{ text.tools(ToolsKey::TeamNextNoMedian) }</p> },
        TeamNextSteps::AllAtPartnership => html! { <p>{ text.ui(Key::NextAllPartnership) }</p> },
        TeamNextSteps::PartnershipWhereMarked { without_median } => html! {
            <>
                <p>{ text.tools(ToolsKey::TeamNextPartnershipWhereMarked) }</p>
                { without_median_note(&without_median) }
            </>
        },
        TeamNextSteps::Steps { steps, without_median } => html! {
            <>
                <ul class="psc-next-list">{ step_items(&steps) }</ul>
                { without_median_note(&without_median) }
            </>
        },
    };

    let belief_rows = Belief::ALL.into_iter().filter_map(|belief| {
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
    // How many chose each point, per belief and scale: a small stacked bar
    // each (points 1 to 5, light to dark, counts written beside it), and the
    // same numbers as a table.
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
            let words: Vec<String> = points.iter().map(|(point, n)| format!("{}: {n}", point.value())).collect();
            html! {
                <div class="psc-bars-row">
                    <p class="psc-bars-label">{ label }{ " " }<span>{ words.join(" · ") }</span></p>
                    { stacked_bar(&parts, Some("psc-stack-small")) }
                </div>
            }
        });
        html! {
            <li>
                <strong>{ &text.instrument.beliefs[belief].statement }</strong>
                { for rows }
            </li>
        }
    });
    let point_rows = Belief::ALL.into_iter().flat_map(|belief| {
        scale_rows(belief).map(|(label, points)| StackedRow {
            head: html! { <>{ &text.instrument.beliefs[belief].statement }{ " — " }{ label }</> },
            cells: points.iter().map(|(_, n)| html! { { n } }).collect(),
            highlight: false,
        })
    }).collect();
    let widest_gap = match &summary.widest_gap {
        TeamWidestGap::NotAnswered => html! {},
        TeamWidestGap::PracticeKeepsUp => html! { <p class="psc-callout">{ text.tools(ToolsKey::TeamWidestGapKeepsUp) }</p> },
        TeamWidestGap::Widest { beliefs, gap_tenths } => {
            let names: Vec<&str> = beliefs.iter().map(|b| text.instrument.beliefs[*b].statement).collect();
            let names = format!("{} ({})", names.join(" / "), tenths(Some(i32::from(*gap_tenths))));
            html! { <p class="psc-callout">{ text.ui_with(Key::BeliefsWidest, &[("beliefs", &names)]) }</p> }
        }
    };
    let plan = summary.plan(|area, level| text.practices(area, level).len());
    let practice_name = |p: &TeamPractice| {
        text.practices(p.area, p.practice.level()).get(usize::from(p.practice.position())).copied().unwrap_or("–")
    };
    let feasibility = [Key::FeasibilityAlreadyDoing, Key::FeasibilityEasy, Key::FeasibilityTakesTime, Key::FeasibilityHard];
    let plan_rows = plan.steps.iter().flat_map(|step| step.practices.iter()).map(|p| html! {
        <tr>
            <th scope="row">{ title(p.area) }{ ": " }{ practice_name(p) }</th>
            <td>{ p.counts.doing() }</td>
            { for Feasibility::ALL.into_iter().map(|f| html! { <td>{ p.counts.rated(f) }</td> }) }
            <td>{ p.counts.priority() }</td>
        </tr>
    });
    let quick_wins = plan.quick_wins.iter().map(|p| html! { <li>{ title(p.area) }{ ": " }{ practice_name(p) }</li> });
    let will_be_hard = plan.will_be_hard.iter().map(|hard| {
        let barriers: Vec<&str> = hard.barriers.iter().map(|(b, _)| text.instrument.barriers[*b]).collect();
        html! {
            <li>
                { title(hard.practice.area) }{ ": " }{ practice_name(&hard.practice) }
                if !barriers.is_empty() {
                    <br />{ text.tools_with(ToolsKey::TeamHardBarriers, &[("barriers", &barriers.join(", "))]) }
                }
            </li>
        }
    }).collect::<Vec<_>>();
    let barrier_rows = summary.barriers_by_count.iter().map(|(barrier, count): &(Barrier, u32)| html! {
        <tr><th scope="row">{ text.instrument.barriers[*barrier] }</th><td>{ count }</td></tr>
    });

    let guide_input = team_plan::guide_input(summary, &plan);
    let team_link = format!("{}#t={}", browser::page_address(), team::encode_team(&summary.counts));
    let on_csv = {
        let (counts, text) = (summary.counts.clone(), *text);
        Callback::from(move |_| {
            browser::download("partnership-selfcheck-team.csv", "text/csv", &team::counts_csv(&counts, text.tools(ToolsKey::CsvGroupLabel), &text));
        })
    };

    html! {
        <div class="psc-team-results">
            <p class="psc-print-only psc-print-header">{ text.ui_with(Key::ResultsPrintDate, &[("date", &browser::local_date(text.language.code()))]) }</p>
            <p class="psc-team-count"><strong>{ text.tools_count(ToolsPluralKey::TeamRespondents, u64::from(n), &[]) }</strong></p>
            { outcome_summary(text, &summary.score, Some(text.tools(ToolsKey::TeamLabelHeading)), false) }
            <h3>{ text.tools(ToolsKey::TeamConversations) }</h3>
            if conversations.is_empty() {
                <p>{ text.tools(ToolsKey::TeamNoConversations) }</p>
            } else {
                <ol class="psc-conversations">{ for conversations }</ol>
            }
            <h3>{ text.tools(ToolsKey::TeamChartHeading) }</h3>
            <figure class="psc-figure">
                <div class="psc-team-bars" role="img" aria-label={format!("{}. {}", text.tools(ToolsKey::TeamChartHeading), description.join(". "))}>
                    <ul class="psc-legend" aria-hidden="true">{ for legend }</ul>
                    { for bars }
                    <p class="psc-stack-axis" aria-hidden="true"><span>{ "0" }</span><span>{ text.tools_count(ToolsPluralKey::TeamRespondents, u64::from(n), &[]) }</span></p>
                </div>
                <figcaption>{ text.tools(ToolsKey::TeamChartCaption) }</figcaption>
            </figure>
            { data_table(
                text.tools(ToolsKey::TeamTableCaption),
                std::iter::once(text.ui(Key::TableArea))
                    .chain(Level::ALL.into_iter().map(|l| levels[l].short_name))
                    .chain([text.tools(ToolsKey::TeamColNoMark), text.tools(ToolsKey::TeamColMedian), text.tools(ToolsKey::TeamColDisagreement)])
                    .collect(),
                html! { <>{ for table_rows }</> },
                Table::ScrollsWithClass("psc-team-table"),
            ) }
            <h3>{ text.ui(Key::NextHeading) }</h3>
            { next_steps }
            if !plan.steps.is_empty() {
                <h3>{ text.tools(ToolsKey::TeamNextPlanHeading) }</h3>
                { data_table(
                    text.tools(ToolsKey::TeamPlanCaption),
                    [text.tools(ToolsKey::TeamColPractice), text.tools(ToolsKey::TeamColDoing)].into_iter()
                        .chain(feasibility.map(|k| text.ui(k)))
                        .chain([text.tools(ToolsKey::TeamColPriority)])
                        .collect(),
                    html! { <>{ for plan_rows }</> },
                    Table::ScrollsWithClass("psc-team-plan-table"),
                ) }
                if !plan.rated {
                    <p class="psc-hint">{ text.tools(ToolsKey::TeamPlanNotRated) }</p>
                } else {
                    <h4>{ text.tools(ToolsKey::TeamQuickWinsHeading) }</h4>
                    if plan.quick_wins.is_empty() {
                        <p>{ text.tools(ToolsKey::TeamQuickWinsNone) }</p>
                    } else {
                        <ol class="psc-team-quick-wins">{ for quick_wins }</ol>
                    }
                    <h4>{ text.tools(ToolsKey::TeamHardHeading) }</h4>
                    if will_be_hard.is_empty() {
                        <p>{ text.tools(ToolsKey::TeamHardNone) }</p>
                    } else {
                        <ol class="psc-team-hard">{ for will_be_hard }</ol>
                    }
                }
            }
            <h3>{ text.ui(Key::BeliefsResultsHeading) }</h3>
            { widest_gap }
            { data_table(
                text.tools(ToolsKey::TeamBeliefsCaption),
                vec![text.ui(Key::BeliefsColBelief), text.tools(ToolsKey::TeamColHeldAvg), text.tools(ToolsKey::TeamColPractisedAvg), text.tools(ToolsKey::TeamColGapAvg)],
                html! { <>{ for belief_rows }</> },
                Table::Scrolls,
            ) }
            <figure class="psc-figure">
                <ul class="psc-belief-points" aria-hidden="true">{ for point_bars }</ul>
                <figcaption>{ text.tools(ToolsKey::TeamPointsCaption) }</figcaption>
            </figure>
            { stacked_table(text.tools(ToolsKey::TeamPointsTableCaption), &[text.ui(Key::BeliefsColBelief), "1", "2", "3", "4", "5"], point_rows) }
            { data_table(text.tools(ToolsKey::TeamBarriersSortedCaption), vec![text.tools(ToolsKey::TeamColBarrier), text.tools(ToolsKey::TeamColChecked)], html! { <>{ for barrier_rows }</> }, Table::Fits) }
            <div class="psc-actions psc-no-print">
                <button type="button" id="psc-print-summary" class="psc-button"
                    onclick={|_| browser::print()}>{ text.tools(ToolsKey::TeamPrintSummary) }</button>
            </div>
            <TeamPlanBuilder text={*text} candidates={team_plan::plan_suggestions(&plan)} />
            { meeting_guide(text, &MeetingGuide::new(&guide_input)) }
            <section class="psc-share psc-no-print">
                <h3>{ text.tools(ToolsKey::TeamShareHeading) }</h3>
                <p>{ text.tools(ToolsKey::TeamShareIntro) }</p>
                <CopyField text={*text} id="psc-team-link" label={text.tools(ToolsKey::TeamLinkLabel)} value={team_link} />
                <button type="button" id="psc-team-csv" class="psc-button" onclick={on_csv}>{ text.tools(ToolsKey::TeamCsv) }</button>
            </section>
        </div>
    }
}
