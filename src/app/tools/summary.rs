//! The team summary tool: the team box, the pooled results once enough
//! people are in, the team plan and the meeting guide; or, for a team link
//! opened on this page, that team's summary, read-only.

use std::rc::Rc;

use yew::prelude::*;

use super::families::{families_of_link, families_section};
use super::guide::meeting_guide;
use super::plan_builder::TeamPlanBuilder;
use super::sections::{self, area_bars, area_table, barriers_table, belief_points, beliefs_table, widest_gap};
use super::summary_next_steps::{next_steps, pooled_plan};
use super::{intake::TeamBox, Dispatch, Page};
use crate::app::common::copy_field::CopyField;
use crate::app::common::outcome::outcome_summary;
use crate::app::common::widgets::{screen_heading, Text};
use crate::browser;
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::family::{summarize_families, AreaBeside, FamiliesBeside, FamilyCounts, FamilySummary, Gap};
use crate::core::model::{Area, Level};
use crate::core::team::{self, PooledPlan, Summary, TeamCodeRead, TeamSummary, Threshold};
use crate::core::team_plan::{self, GuideInput, MeetingGuide};
use crate::core::tools::ToolsAction;

/// Properties of [`TeamPage`].
#[derive(Properties, PartialEq)]
pub struct TeamPageProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
    /// The team threshold from the configuration (never below 5).
    pub min_team: u16,
    /// The school's name from the configuration, for the CSV.
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

/// How many self-checks are in, and how many more the summary needs: two
/// sentences, each with its own number and so its own plural form.
fn too_few(text: &Text, have: u16, need_more: u16) -> Html {
    html! {
        <div class="psc-notice psc-team-too-few" role="status">
            <p><strong>{ text.tools_count(ToolsPluralKey::TeamTooFewHave, u64::from(have), &[]) }</strong></p>
            <p>{ text.tools_count(ToolsPluralKey::TeamTooFewNeed, u64::from(need_more), &[]) }</p>
        </div>
    }
}

/// The team summary screen.
#[component(TeamPage)]
pub fn team_page(props: &TeamPageProps) -> Html {
    let text = &props.text;
    let threshold = Threshold::new(props.min_team);
    if let Some(viewing) = &props.state.viewing {
        return viewed_team(text, viewing, threshold, &props.dispatch);
    }
    // The team's plan is computed once, for the results, the plan builder's
    // suggestions and the guide.
    // The families' counts go into the CSV beside the staff's once enough
    // families are pooled to be shown.
    let family_counts = match summarize_families(props.state.intake.families(), threshold) {
        FamilySummary::Ready(counts) => Some(Rc::new(*counts)),
        FamilySummary::TooFew { .. } => None,
    };
    let (ready, results) = match team::summarize(props.state.intake.pool(), threshold) {
        Summary::Ready(summary) => {
            let (summary, plan) = with_plan(text, *summary);
            let results = html! {
                <TeamResults text={*text} summary={summary.clone()} plan={plan.clone()} dispatch={props.dispatch.clone()} name={props.name.clone()} families={family_counts.clone()} />
            };
            (Some((summary, plan)), results)
        }
        Summary::TooFew { have, need_more } => (None, too_few(text, have, need_more)),
    };
    let candidates = ready.as_ref().map(|(_, plan)| team_plan::plan_suggestions(plan)).unwrap_or_default();
    // Where staff and families differ, widest gap first, for the guide
    // and the plan builder; only when both sides are shown.
    let widest: Vec<AreaBeside> = match (&ready, &family_counts) {
        (Some((summary, _)), Some(families)) => FamiliesBeside::new(Some(&summary.counts), families).widest_gaps(),
        _ => Vec::new(),
    };
    let family_gaps: Vec<Area> = widest.iter().map(|area| area.area).collect();
    let families_describe: Vec<(Area, Level)> = widest
        .iter()
        .filter_map(|area| match area.gap {
            Gap::Differ { families, .. } => Some((area.area, families)),
            Gap::Same(_) | Gap::Unclear => None,
        })
        .collect();
    let family_candidates = team_plan::family_gap_practices(&families_describe, |area, level| text.practices(area, level).len());
    let guide = ready.as_ref().map(|(summary, plan)| {
        let input = GuideInput { family_gaps: family_gaps.clone(), ..team_plan::guide_input(summary, plan) };
        meeting_guide(text, &MeetingGuide::new(&input))
    });
    let intake = &props.state.intake;
    let families = families_section(
        text,
        intake.families(),
        intake.family_log(),
        intake.pool().len(),
        ready.as_ref().map(|(summary, _)| &summary.counts),
        threshold,
    );
    html! {
        <section class="psc-screen psc-team">
            { screen_heading(text.tools(ToolsKey::TeamHeading), &NodeRef::default()) }
            <TeamBox text={*text} state={props.state.clone()} dispatch={props.dispatch.clone()} min_team={props.min_team} />
            <h3 id="psc-team-results-heading" class="psc-team-results-heading" tabindex="-1">{ text.tools(ToolsKey::TeamResultsHeading) }</h3>
            { results }
            { families }
            <TeamPlanBuilder text={*text} state={props.state.clone()} dispatch={props.dispatch.clone()} {candidates} {family_candidates} />
            { for guide }
        </section>
    }
}

/// A summary with the team's plan, each shared by the views that show them.
fn with_plan(text: &Text, summary: TeamSummary) -> (Rc<TeamSummary>, Rc<PooledPlan>) {
    let plan = summary.plan(|area, level| text.practices(area, level).len());
    (Rc::new(summary), Rc::new(plan))
}

/// A team link's summary, read-only, with the way back to the page's own
/// pool, which is untouched.
fn viewed_team(text: &Text, viewing: &Result<TeamCodeRead, team::TeamCodeError>, threshold: Threshold, dispatch: &Dispatch) -> Html {
    let body = match viewing {
        Ok(read) => {
            let (staff, ready) = match team::summarize_counts(&read.counts, threshold) {
                Summary::Ready(summary) => {
                    let (summary, plan) = with_plan(text, *summary);
                    let staff =
                        html! { <TeamResults text={*text} summary={summary.clone()} {plan} dispatch={dispatch.clone()} read_only=true /> };
                    (staff, Some(summary))
                }
                Summary::TooFew { have, need_more } => (too_few(text, have, need_more), None),
            };
            // A `T3` link carries the families' counts: the same "What
            // families told us" as on the page that made it.
            let families = read.families.as_ref().map(|families| {
                families_of_link(text, families, ready.as_ref().map(|summary| &summary.counts), read.counts.respondents(), threshold)
            });
            html! { <>{ staff }{ for families }</> }
        }
        Err(error) => html! {
            <div class="psc-notice psc-error" role="alert">
                <p>{ format!("{} {}", text.tools(error.message_key()), text.ui(Key::ShareErrorNothingLost)) }</p>
            </div>
        },
    };
    html! {
        <section class="psc-screen psc-team">
            { screen_heading(text.tools(ToolsKey::TeamHeading), &NodeRef::default()) }
            <div class="psc-notice psc-shared-banner" role="status">
                <p><strong>{ text.tools(ToolsKey::TeamOpenedBanner) }</strong></p>
            </div>
            <div class="psc-actions psc-no-print">
                <button type="button" id="psc-team-view-back" class="psc-button" onclick={dispatch.reform(|_| ToolsAction::CloseTeamLink)}>
                    { text.tools(ToolsKey::TeamViewBack) }
                </button>
            </div>
            { body }
        </section>
    }
}

/// Properties of [`TeamResults`].
#[derive(Properties, PartialEq)]
pub struct TeamResultsProps {
    pub text: Text,
    pub summary: Rc<TeamSummary>,
    /// The team's plan, computed once from the summary.
    pub plan: Rc<PooledPlan>,
    pub dispatch: Dispatch,
    /// The school's name, for the CSV's group column.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// The families' counts for the CSV, when enough families are pooled.
    #[prop_or_default]
    pub families: Option<Rc<FamilyCounts>>,
    /// A team link's summary: no team link or CSV to make again.
    #[prop_or_default]
    pub read_only: bool,
}

/// The pooled results, shown only once the threshold is met.
#[component(TeamResults)]
fn team_results(props: &TeamResultsProps) -> Html {
    let text = &props.text;
    let summary = &props.summary;
    let plan = &props.plan;
    let code = team::encode_team_with_families(&summary.counts, props.families.as_deref());
    let team_link = format!("{}#t={code}", browser::page_address());
    let on_csv = {
        let (counts, text, name, families) = (summary.counts.clone(), *text, props.name.clone(), props.families.clone());
        Callback::from(move |_| {
            let csv = team::counts_csv_with_families(&counts, families.as_deref(), name.as_deref().unwrap_or_default(), &text);
            browser::download("partnership-selfcheck-team.csv", "text/csv", &csv);
        })
    };
    html! {
        <div class="psc-team-results">
            <p class="psc-team-count"><strong>{ text.tools_count(ToolsPluralKey::TeamRespondents, u64::from(summary.respondents), &[]) }</strong></p>
            { outcome_summary(text, &summary.score, Some(text.tools(ToolsKey::TeamLabelHeading)), false) }
            <div class="psc-actions psc-no-print">
                <button type="button" id="psc-present" class="psc-button psc-primary" onclick={props.dispatch.reform(|_| ToolsAction::Present)}>
                    { text.tools(ToolsKey::PresentOpen) }
                </button>
                <button type="button" id="psc-print-summary" class="psc-button" onclick={|_| browser::print()}>
                    { text.tools(ToolsKey::TeamPrintSummary) }
                </button>
            </div>
            <h3>{ text.tools(ToolsKey::TeamConversations) }</h3>
            { sections::conversations(text, summary) }
            <h3>{ text.tools(ToolsKey::TeamChartHeading) }</h3>
            { area_bars(text, summary) }
            { area_table(text, summary) }
            <h3>{ text.ui(Key::NextHeading) }</h3>
            { next_steps(text, summary) }
            { pooled_plan(text, plan) }
            <h3>{ text.ui(Key::BeliefsResultsHeading) }</h3>
            { widest_gap(text, summary) }
            { beliefs_table(text, summary) }
            { belief_points(text, summary) }
            { barriers_table(text, summary) }
            if !props.read_only {
                <section class="psc-share psc-no-print">
                    <h3>{ text.tools(ToolsKey::TeamShareHeading) }</h3>
                    <p>{ text.tools(ToolsKey::TeamShareIntro) }</p>
                    <CopyField text={*text} id="psc-team-link" label={text.tools(ToolsKey::TeamLinkLabel)} value={team_link} />
                    <button type="button" id="psc-team-csv" class="psc-button" onclick={on_csv}>{ text.tools(ToolsKey::TeamCsv) }</button>
                </section>
            }
        </div>
    }
}
