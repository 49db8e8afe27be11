//! One rubric row's step: check the practices that fit, then confirm a
//! mark, asked about in place when the person leaves without one.

use yew::prelude::*;

use crate::app::common::widgets::{screen_heading, send, Text};
use crate::core::content::Key;
use crate::core::content::Placeholder;
use crate::core::model::{Area, AreaAnswer, Level, Mark, PracticeRef};
use crate::core::session::Action;

/// The form-control name of an area's mark radios.
fn mark_group_name(area: Area) -> String {
    format!("psc-mark-{}", area.key())
}

/// Properties of [`AreaStep`].
#[derive(Properties, PartialEq)]
pub struct AreaStepProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// The root's reference to the screen heading, which it focuses after
    /// navigation; the same on every render.
    pub heading: NodeRef,
    /// The rubric row asked about.
    pub area: Area,
    /// The person's ticks and mark in that row.
    pub answer: AreaAnswer,
    /// Whether the person just tried to leave with ticks but no mark
    /// (`State::unmarked_ticks`), so the step asks about it in place.
    pub asking: bool,
    /// The practices in the assessment's shuffled order, listed without
    /// their types; `None` for the book's grid (`order=book`).
    #[prop_or_default]
    pub shuffled: Option<Vec<PracticeRef>>,
    /// Whether the shuffled list shows the checked practices' types
    /// (`State::types_shown`).
    #[prop_or_default]
    pub types_shown: bool,
}

/// One practice's checkbox. Its id names the type and position, whatever
/// the order it is listed in; `badge` shows its type when it is ticked in
/// the shuffled list and the core reveals the area's types.
fn practice_box(text: &Text, dispatch: &Callback<Action>, area: Area, answer: AreaAnswer, practice: PracticeRef, badge: bool) -> Html {
    let level = practice.level();
    let Some(words) = text.practices(area, level).get(usize::from(practice.position())) else { return html! {} };
    let ticked = answer.ticks.contains(practice);
    let id = format!("psc-tick-{}-{}-{}", area.key(), level.key(), practice.position());
    let onchange = send(dispatch, Action::SetTick { area, practice, ticked: !ticked });
    html! {
        <div class="psc-check">
            <input type="checkbox" id={id.clone()} checked={ticked} {onchange} />
            <label for={id}>
                { words }
                if badge && ticked {
                    <span class="psc-badge psc-type-badge">{ text.instrument.levels[level].short_name }</span>
                }
            </label>
        </div>
    }
}

/// One rubric row: tick the practices that fit, then confirm a mark.
#[component(AreaStep)]
pub fn area_step(props: &AreaStepProps) -> Html {
    let AreaStepProps { text, dispatch, heading, area, answer, asking, shuffled, types_shown } = props;
    let (area, answer) = (*area, *answer);
    let area_text = text.instrument.areas[area];
    let proposed = answer.proposed_level();

    let practices = practice_list(*text, dispatch, area, answer, shuffled.as_deref(), *types_shown);

    // Once the core reveals them, the shuffled list tells which types the
    // ticks are.
    let ticks_by_type = (shuffled.is_some() && *types_shown && !answer.ticks.is_empty()).then(|| {
        let counts: Vec<String> = Level::ALL
            .into_iter()
            .filter(|level| answer.ticks.count_at(*level) > 0)
            .map(|level| {
                text.ui_with(
                    Key::MarkTickCount,
                    &[
                        (Placeholder::Type, text.instrument.levels[level].short_name),
                        (Placeholder::Count, &answer.ticks.count_at(level).to_string()),
                    ],
                )
            })
            .collect();
        text.ui_with(Key::MarkTicksByType, &[(Placeholder::Counts, &counts.join("; "))])
    });

    let suggestion = if answer.ticks.is_empty() {
        text.ui(Key::MarkHintNoTicks).to_owned()
    } else {
        match proposed {
            // Once taken, the suggestion no longer asks to be confirmed.
            Some(level) if answer.mark == Some(Mark::Level(level)) => {
                text.ui_with(Key::MarkSuggestionTaken, &[(Placeholder::Type, text.instrument.levels[level].name)])
            }
            Some(level) => text.ui_with(Key::MarkSuggestion, &[(Placeholder::Type, text.instrument.levels[level].name)]),
            None => text.ui(Key::MarkTie).to_owned(),
        }
    };

    let mark_options = Level::ALL.into_iter().map(Mark::Level).chain([Mark::NotSure]).map(|mark| {
        let checked = answer.mark == Some(mark);
        let (key, label) = match mark {
            Mark::Level(level) => (level.key(), text.instrument.levels[level].name),
            Mark::NotSure => ("not_sure", text.ui(Key::MarkNotSure)),
        };
        let is_proposal = matches!(mark, Mark::Level(level) if Some(level) == proposed);
        let id = format!("psc-mark-{}-{}", area.key(), key);
        html! {
            <div class="psc-radio">
                <input type="radio" id={id.clone()} name={mark_group_name(area)} {checked}
                    onchange={send(dispatch, Action::SetMark { area, mark: Some(mark) })} />
                <label for={id}>
                    { label }
                    if is_proposal { <span class="psc-badge">{ text.ui(Key::MarkSuggestedBadge) }</span> }
                </label>
            </div>
        }
    });

    let use_proposal = proposed.map(|level| suggestion_button(*text, dispatch, area, answer, level));

    html! {
        <section class="psc-screen psc-area-step">
            { screen_heading(area_text.title, heading) }
            <p class="psc-summary">{ &area_text.summary }</p>
            <p class="psc-question"><strong>{ &area_text.question }</strong></p>
            { practices }
            if *asking {
                <div class="psc-notice psc-unmarked" role="alert">
                    <p>{ text.ui(Key::MarkUnmarkedTicks) }</p>
                </div>
            }
            <fieldset class="psc-mark">
                <legend>{ text.ui_with(Key::MarkLegend, &[(Placeholder::Area, area_text.title)]) }</legend>
                <p class="psc-hint" aria-live="polite">
                    if let Some(by_type) = ticks_by_type { { by_type }{ " " } }
                    { suggestion }
                </p>
                { use_proposal }
                <div class="psc-radio-row">{ for mark_options }</div>
            </fieldset>
        </section>
    }
}

/// The area's practices to check: one list in the assessment's own order
/// without their types (`shuffled`), or the book's grid, a box per type.
fn practice_list(
    text: Text,
    dispatch: &Callback<Action>,
    area: Area,
    answer: AreaAnswer,
    shuffled: Option<&[PracticeRef]>,
    types_shown: bool,
) -> Html {
    let text = &text;
    match shuffled {
        // Without their types, so that no column looks like the right answer.
        Some(order) => html! {
            <fieldset class="psc-practices">
                <legend>{ text.ui(Key::PracticesLegend) }</legend>
                { for order.iter().map(|practice| practice_box(text, dispatch, area, answer, *practice, types_shown)) }
            </fieldset>
        },
        None => html! {
            <div class="psc-cells">
                { for Level::ALL.into_iter().map(|level| html! {
                    <fieldset class={classes!("psc-cell", format!("psc-level-{}", level.number()))}>
                        <legend>
                            <span class="psc-level-name">{ text.instrument.levels[level].name }</span>
                        </legend>
                        { for (0..text.practices(area, level).len()).filter_map(|position| {
                            let practice = PracticeRef::new(level, u8::try_from(position).ok()?)?;
                            Some(practice_box(text, dispatch, area, answer, practice, false))
                        }) }
                    </fieldset>
                }) }
            </div>
        },
    }
}

/// The button that takes the suggested type as the mark. Once the
/// suggestion is the mark, the button stays (so keyboard focus is not lost)
/// but says so and does nothing more.
fn suggestion_button(text: Text, dispatch: &Callback<Action>, area: Area, answer: AreaAnswer, level: Level) -> Html {
    let short_name = &text.instrument.levels[level].short_name;
    if answer.mark == Some(Mark::Level(level)) {
        html! {
            <button type="button" id="psc-use-suggestion" class="psc-button" aria-disabled="true">
                { text.ui_with(Key::MarkSuggestionUsed, &[(Placeholder::Type, short_name)]) }
            </button>
        }
    } else {
        html! {
            <button type="button" id="psc-use-suggestion" class="psc-button"
                onclick={send(dispatch, Action::SetMark { area, mark: Some(Mark::Level(level)) })}>
                { text.ui_with(Key::MarkUseSuggestion, &[(Placeholder::Type, short_name)]) }
            </button>
        }
    }
}
