//! Last year's and this year's team links side by side, for the review:
//! plain words first (how staff moved per area, the overall label, the gaps
//! between belief and practice, the barriers, and how families moved where
//! both links carry them), then the same as tables.

use yew::prelude::*;

use super::compare::{direction_words, level_words, overall_words};
use super::review_families::{family_table, family_words};
use super::sections::tenths;
use super::{Dispatch, Page};
use crate::app::common::widgets::{stacked_table, StackedRow, Text};
use crate::core::content::{Key, Placeholder, ToolsKey};
use crate::core::model::{Barrier, Belief};
use crate::core::team::{GapMove, TeamYears};
use crate::core::tools::{ReviewAction, Side, TeamsShown, ToolsAction};

/// Properties of [`TeamYearsView`].
#[derive(Properties, PartialEq)]
pub struct TeamYearsProps {
    pub text: Text,
    pub state: Page,
    pub dispatch: Dispatch,
}

/// The two team links and what changed between them.
#[component(TeamYearsView)]
pub fn team_years_view(props: &TeamYearsProps) -> Html {
    let text = props.text;
    let review = &props.state.review;
    let dispatch = props.dispatch.reform(ToolsAction::Review);
    let field = |id: &'static str, label: ToolsKey, side: Side, value: &str| {
        let oninput = dispatch.reform(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            ReviewAction::Link(side, area.value())
        });
        html! {
            <div class="psc-compare-field">
                <label for={id}>{ text.tools(label) }</label>
                <textarea id={id} rows="2" value={value.to_owned()} {oninput} />
            </div>
        }
    };
    let shown = match &review.teams {
        None => html! {},
        Some(TeamsShown::Error { side, error }) => {
            let which = text.tools(side_key(*side));
            let reason = text.tools(error.message_key());
            let message = text.tools_with(ToolsKey::ReviewTeamsError, &[(Placeholder::Which, which), (Placeholder::Reason, reason)]);
            html! { <div class="psc-notice psc-error" role="alert"><p>{ message }</p></div> }
        }
        Some(TeamsShown::Years(years)) => html! {
            <div class="psc-review-years" id="psc-review-years">
                { words(text, years) }
                { tables(text, years) }
            </div>
        },
    };
    html! {
        <section class="psc-review-teams" aria-labelledby="psc-review-teams-heading">
            <h3 id="psc-review-teams-heading">{ text.tools(ToolsKey::ReviewTeamsHeading) }</h3>
            <p>{ text.tools(ToolsKey::ReviewTeamsIntro) }</p>
            { field("psc-review-then", ToolsKey::ReviewThenLabel, Side::Before, &review.then_link) }
            { field("psc-review-now", ToolsKey::ReviewNowLabel, Side::After, &review.now_link) }
            <div class="psc-actions">
                <button type="button" id="psc-review-teams-go" class="psc-button" onclick={dispatch.reform(|_| ReviewAction::ShowTeams)}>
                    { text.tools(ToolsKey::ReviewTeamsButton) }
                </button>
            </div>
            { shown }
        </section>
    }
}

/// "Last year" or "This year".
fn side_key(side: Side) -> ToolsKey {
    match side {
        Side::Before => ToolsKey::ReviewThen,
        Side::After => ToolsKey::ReviewNow,
    }
}

/// The changes in plain words, for the page and for paper; nothing when
/// no team links were compared.
pub(super) fn printed_changes(text: Text, shown: Option<&TeamsShown>) -> Html {
    match shown {
        Some(TeamsShown::Years(years)) => words(text, years),
        _ => html! {},
    }
}

/// Beliefs as a list of their statements, or "none".
fn beliefs_words(text: Text, beliefs: &[Belief]) -> String {
    if beliefs.is_empty() {
        return text.tools(ToolsKey::ReviewNoBelief).to_owned();
    }
    // A statement's own full stop would end the sentence it stands in.
    beliefs.iter().map(|belief| text.instrument.beliefs[*belief].statement.trim_end_matches('.')).collect::<Vec<_>>().join("; ")
}

/// A barrier's name, or "none".
fn barrier_words(text: Text, barrier: Option<Barrier>) -> &'static str {
    barrier.map_or_else(|| text.tools(ToolsKey::ReviewNoBarrier), |barrier| text.instrument.barriers[barrier])
}

/// What changed, in plain words.
fn words(text: Text, years: &TeamYears) -> Html {
    let [then, now] = years.respondents.map(|count| count.to_string());
    let moves = years.area_moves();
    let overall = &years.comparison.overall;
    let [then_barrier, now_barrier] = years.most_checked.map(|barrier| barrier_words(text, barrier));
    html! {
        <ul class="psc-review-words">
            <li>{ text.tools_with(ToolsKey::ReviewPeople, &[(Placeholder::Then, &then), (Placeholder::Now, &now)]) }</li>
            <li>{ text.tools_with(ToolsKey::ReviewAreasWords, &[
                (Placeholder::Up, &moves.up.to_string()), (Placeholder::Down, &moves.down.to_string()), (Placeholder::Same, &moves.same.to_string()),
            ]) }</li>
            <li>{ text.tools_with(ToolsKey::ReviewOverallWords, &[
                (Placeholder::Then, &overall_words(&text, overall.before)), (Placeholder::Now, &overall_words(&text, overall.after)),
            ]) }</li>
            <li>{ text.tools_with(ToolsKey::ReviewGapsWords, &[
                (Placeholder::Closer, &beliefs_words(text, &years.gaps_moved(GapMove::Closer))),
                (Placeholder::Further, &beliefs_words(text, &years.gaps_moved(GapMove::Further))),
            ]) }</li>
            <li>{ text.tools_with(ToolsKey::ReviewBarriersWords, &[(Placeholder::Then, then_barrier), (Placeholder::Now, now_barrier)]) }</li>
            { family_words(text, &years.families) }
        </ul>
    }
}

/// The same as tables that stack on a narrow screen: the areas' middle
/// answers, the beliefs' gaps, the barriers, and the families' types.
fn tables(text: Text, years: &TeamYears) -> Html {
    let pairing = years.comparison.pairing;
    let cell = |words: String| html! { { words } };
    let areas = years
        .comparison
        .areas
        .iter()
        .map(|shift| StackedRow {
            head: cell(text.instrument.areas[shift.area].title.to_owned()),
            cells: vec![
                cell(level_words(&text, shift.before).to_owned()),
                cell(level_words(&text, shift.after).to_owned()),
                cell(direction_words(&text, pairing, shift.direction).to_owned()),
            ],
            highlight: false,
        })
        .collect();
    let gaps = years
        .gaps
        .iter()
        .map(|gap| StackedRow {
            head: cell(text.instrument.beliefs[gap.belief].statement.to_owned()),
            cells: vec![cell(tenths(gap.then_tenths.map(i32::from))), cell(tenths(gap.now_tenths.map(i32::from)))],
            highlight: false,
        })
        .collect();
    let barriers = years
        .barriers
        .iter()
        .map(|shift| StackedRow {
            head: cell(text.instrument.barriers[shift.barrier].to_owned()),
            cells: vec![cell(shift.then.to_string()), cell(shift.now.to_string())],
            highlight: false,
        })
        .collect();
    let (then, now) = (text.tools(ToolsKey::ReviewThen), text.tools(ToolsKey::ReviewNow));
    html! {
        <>
            { stacked_table(text.tools(ToolsKey::ReviewAreasCaption), &[text.ui(Key::TableArea), then, now, text.tools(ToolsKey::CompareChange)], areas) }
            { stacked_table(text.tools(ToolsKey::ReviewGapsCaption), &[text.ui(Key::BeliefsColBelief), then, now], gaps) }
            { stacked_table(text.tools(ToolsKey::ReviewBarriersCaption), &[text.tools(ToolsKey::TeamColBarrier), then, now], barriers) }
            { family_table(text, &years.families) }
        </>
    }
}
