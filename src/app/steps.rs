//! The intro, the about panel, the progress bar and the question steps.
//!
//! The pieces that the root draws again while the person answers are
//! components, so that Yew compares their properties and skips those whose
//! answers did not change: typing a note redraws the reflection step, not
//! the progress list or the step navigation. Their properties are cheap to
//! compare (`Text` by pointer, `dispatch` by pointer, small copied
//! answers). The intro and the about panel stay plain view functions: they
//! are shown alone, with nothing on their screen that changes while they
//! are open, so comparing their properties would save nothing.

use yew::prelude::*;

use super::widgets::{screen_heading, send, Text};
use crate::browser;
use crate::core::content::Key;
use crate::core::model::{
    AreaAnswer, Answers, Area, BarrierSet, Barrier, Belief, BeliefScale, Level, Likert, Mark,
    PracticeRef,
};
use crate::core::session::{Action, Sections, Step, MAX_NOTES_CHARS};

/// The welcome screen. `resuming` says whether answers saved on this
/// device are waiting to be continued; `staff_mode` leaves out the
/// facilitator's tools.
pub fn intro(text: &Text, dispatch: &Callback<Action>, heading: &NodeRef, resuming: bool, staff_mode: bool) -> Html {
    // Embedded in a district's narrow iframe, the tools open in a tab of
    // their own rather than inside the frame.
    let target = browser::is_embedded().then_some("_blank");
    html! {
        <section class="psc-screen psc-intro">
            { screen_heading(text.ui(Key::IntroHeading), heading) }
            <p>{ text.ui(Key::IntroWhat) }</p>
            <p>{ text.ui(Key::IntroTime) }</p>
            <p class="psc-privacy">{ text.ui(Key::IntroPrivacy) }</p>
            <p>{ text.ui(Key::IntroSource) }</p>
            <div class="psc-actions">
                <button type="button" id="psc-start" class="psc-button psc-primary" onclick={send(dispatch, Action::Start)}>
                    { if resuming { text.ui(Key::IntroContinue) } else { text.ui(Key::IntroStart) } }
                </button>
                <button type="button" id="psc-intro-about" class="psc-button" onclick={send(dispatch, Action::OpenAbout)}>
                    { text.ui(Key::AboutOpen) }
                </button>
            </div>
            if !staff_mode {
                <h3>{ text.ui(Key::IntroFacilitators) }</h3>
                <p>{ text.ui(Key::IntroFacilitatorsText) }</p>
                // The tools are a page of their own, so the self-check that
                // most people use never downloads them.
                <div class="psc-actions">
                    <a id="psc-open-team" class="psc-button" href={browser::page_link("tools/")} {target}
                        rel={target.map(|_| "noopener")}>{ text.ui(Key::TeamOpen) }</a>
                    <a id="psc-open-compare" class="psc-button" href={format!("{}#compare", browser::page_link("tools/"))} {target}
                        rel={target.map(|_| "noopener")}>
                        { text.ui(Key::CompareOpen) }
                    </a>
                </div>
            }
        </section>
    }
}

/// What the tool is and where the framework comes from.
pub fn about(text: &Text, dispatch: &Callback<Action>, heading: &NodeRef) -> Html {
    let about = &text.instrument.about;
    html! {
        <section class="psc-screen psc-about">
            { screen_heading(about.heading, heading) }
            { for about.paragraphs.iter().map(|p| html! { <p>{ p }</p> }) }
            <p class="psc-citation"><cite>{ &about.citation }</cite></p>
            <button type="button" id="psc-about-close" class="psc-button" onclick={send(dispatch, Action::CloseAbout)}>
                { text.ui(Key::AboutClose) }
            </button>
        </section>
    }
}

/// The name of a step as the progress list shows it.
pub fn step_title(text: &Text, step: Step) -> &'static str {
    match step {
        Step::Area(area) => text.instrument.areas[area].title,
        Step::Beliefs => text.ui(Key::BeliefsTitle),
        Step::Reflection => text.ui(Key::ReflectionTitle),
        Step::Results => text.ui(Key::ResultsTitle),
    }
}

/// Where the person is in the walk-through: the step shown, and its number
/// out of the total, counting from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// The step shown.
    pub step: Step,
    /// Its number, counting from 1.
    pub current: u8,
    /// How many steps there are.
    pub total: u8,
}

/// Properties of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// Where the person is.
    pub at: Position,
    /// Every step, with whether it is answered (`State::step_statuses`).
    pub steps: Vec<(Step, bool)>,
}

/// "Step 3 of 8" and a list of every step to jump to, as a disclosure (the
/// browser's own `<details>`, so it needs no state here). It starts open on
/// a wide screen; on a narrow one the list is folded behind "Step 3 of 8",
/// so that the step's own heading is on the first screen.
#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let ProgressProps { text, dispatch, at, steps } = props;
    let counter = text.ui_with(Key::StepOf, &[("current", &at.current.to_string()), ("total", &at.total.to_string())]);
    html! {
        <nav class="psc-progress" aria-label={text.ui(Key::ProgressLabel)}>
            <details class="psc-steps" open={!browser::is_narrow()}>
            <summary id="psc-step-toggle" class="psc-step-of">{ counter }</summary>
            <ol class="psc-step-list">
                { for steps.iter().enumerate().map(|(i, &(step, done))| {
                    let is_current = step == at.step;
                    let status = if done { text.ui(Key::StepDone) } else { "" };
                    html! {
                        <li>
                            <button type="button" id={format!("psc-goto-{}", i + 1)}
                                class={classes!("psc-step-link", is_current.then_some("psc-current"), done.then_some("psc-done"))}
                                aria-current={is_current.then_some("step")}
                                onclick={send(dispatch, Action::GoTo(step))}>
                                <span class="psc-step-number">{ i + 1 }</span>
                                <span class="psc-step-name">{ step_title(text, step) }</span>
                                if done { <span class="psc-visually-hidden">{ format!(" ({status})") }</span> }
                                if done { <span class="psc-tick" aria-hidden="true">{ "✓" }</span> }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            </details>
        </nav>
    }
}

/// Properties of [`StepNav`].
#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// Where the person is, which decides the buttons' words.
    pub at: Position,
}

/// Back and Next under every step.
#[component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let StepNavProps { text, dispatch, at } = props;
    let back_label = if at.current == 1 { text.ui(Key::NavBackToIntro) } else { text.ui(Key::NavBack) };
    html! {
        <div class="psc-step-nav">
            <button type="button" id="psc-back" class="psc-button" onclick={send(dispatch, Action::Back)}>
                { back_label }
            </button>
            if at.current < at.total {
                <button type="button" id="psc-next" class="psc-button psc-primary" onclick={send(dispatch, Action::Next)}>
                    { if at.current + 1 == at.total { text.ui(Key::NavSeeResults) } else { text.ui(Key::NavNext) } }
                </button>
            }
        </div>
    }
}

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

    let practices = match shuffled {
        // Without their types, so that no column looks like the right answer.
        Some(order) => html! {
            <fieldset class="psc-practices">
                <legend>{ text.ui(Key::PracticesLegend) }</legend>
                { for order.iter().map(|practice| practice_box(text, dispatch, area, answer, *practice, *types_shown)) }
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
    };

    // Once the core reveals them, the shuffled list tells which types the
    // ticks are.
    let ticks_by_type = (shuffled.is_some() && *types_shown && !answer.ticks.is_empty()).then(|| {
        let counts: Vec<String> = Level::ALL
            .into_iter()
            .filter(|level| answer.ticks.count_at(*level) > 0)
            .map(|level| {
                text.ui_with(Key::MarkTickCount, &[
                    ("type", text.instrument.levels[level].short_name),
                    ("count", &answer.ticks.count_at(level).to_string()),
                ])
            })
            .collect();
        text.ui_with(Key::MarkTicksByType, &[("counts", &counts.join("; "))])
    });

    let suggestion = if answer.ticks.is_empty() {
        text.ui(Key::MarkHintNoTicks).to_owned()
    } else {
        match proposed {
            // Once taken, the suggestion no longer asks to be confirmed.
            Some(level) if answer.mark == Some(Mark::Level(level)) => {
                text.ui_with(Key::MarkSuggestionTaken, &[("type", text.instrument.levels[level].name)])
            }
            Some(level) => text.ui_with(Key::MarkSuggestion, &[("type", text.instrument.levels[level].name)]),
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

    // Once the suggestion is the mark, the button stays (so keyboard focus
    // is not lost) but says so and does nothing more.
    let use_proposal = proposed.map(|level| {
        let short_name = &text.instrument.levels[level].short_name;
        if answer.mark == Some(Mark::Level(level)) {
            html! {
                <button type="button" id="psc-use-suggestion" class="psc-button" aria-disabled="true">
                    { text.ui_with(Key::MarkSuggestionUsed, &[("type", short_name)]) }
                </button>
            }
        } else {
            html! {
                <button type="button" id="psc-use-suggestion" class="psc-button"
                    onclick={send(dispatch, Action::SetMark { area, mark: Some(Mark::Level(level)) })}>
                    { text.ui_with(Key::MarkUseSuggestion, &[("type", short_name)]) }
                </button>
            }
        }
    });

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
                <legend>{ text.ui_with(Key::MarkLegend, &[("area", area_text.title)]) }</legend>
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

/// Properties of [`BeliefsStep`].
#[derive(Properties, PartialEq)]
pub struct BeliefsStepProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// The root's reference to the screen heading, which it focuses after
    /// navigation; the same on every render.
    pub heading: NodeRef,
    /// The answers, of which the beliefs are shown.
    pub answers: Answers,
}

/// The four core beliefs, each on two five-point scales.
#[component(BeliefsStep)]
pub fn beliefs_step(props: &BeliefsStepProps) -> Html {
    let BeliefsStepProps { text, dispatch, heading, answers } = props;
    let beliefs = Belief::ALL.into_iter().enumerate().map(|(number, belief)| {
        let belief_text = text.instrument.beliefs[belief];
        let answer = *answers.belief(belief);
        let scale = |scale: BeliefScale| {
            let scale_text = text.instrument.belief_scales[scale];
            let scale_key = match scale {
                BeliefScale::Held => "held",
                BeliefScale::Practised => "practised",
            };
            let points = Likert::all().zip(scale_text.points.iter()).map(|(point, words)| {
                let id = format!("psc-belief-{}-{}-{}", belief.key(), scale_key, point.value());
                let checked = answer.get(scale) == Some(point);
                html! {
                    <div class="psc-radio">
                        <input type="radio" id={id.clone()} name={format!("psc-belief-{}-{}", belief.key(), scale_key)}
                            {checked} value={point.value().to_string()}
                            onchange={send(dispatch, Action::SetBelief { belief, scale, value: Some(point) })} />
                        // On a narrow phone the segment shows the point's
                        // number and the scale's two ends are named below it;
                        // the word stays the radio's name either way.
                        <label for={id}>
                            <span class="psc-point-number" aria-hidden="true">{ point.value() }</span>
                            <span class="psc-point-word">{ words }</span>
                        </label>
                    </div>
                }
            });
            html! {
                <fieldset class="psc-scale">
                    <legend>{ &scale_text.question }</legend>
                    <div class="psc-radio-row psc-likert">{ for points }</div>
                    <p class="psc-scale-ends" aria-hidden="true">
                        <span>{ scale_text.points.first().copied().unwrap_or_default() }</span>
                        <span>{ scale_text.points.last().copied().unwrap_or_default() }</span>
                    </p>
                </fieldset>
            }
        };
        html! {
            <fieldset class="psc-belief">
                <legend>
                    <span class="psc-belief-number">{ text.ui_with(Key::BeliefNumber, &[("number", &(number + 1).to_string())]) }</span>
                    { " " }{ &belief_text.statement }
                </legend>
                <p class="psc-hint">{ &belief_text.explanation }</p>
                { scale(BeliefScale::Held) }
                { scale(BeliefScale::Practised) }
            </fieldset>
        }
    });
    html! {
        <section class="psc-screen psc-beliefs-step">
            { screen_heading(text.ui(Key::BeliefsTitle), heading) }
            <p>{ text.ui(Key::BeliefsIntro) }</p>
            { for beliefs }
        </section>
    }
}

/// Properties of [`ReflectionStep`].
#[derive(Properties, PartialEq)]
pub struct ReflectionStepProps {
    /// The texts of the chosen language.
    pub text: Text,
    /// The root's dispatcher, the same callback on every render.
    pub dispatch: Callback<Action>,
    /// The root's reference to the screen heading, which it focuses after
    /// navigation; the same on every render.
    pub heading: NodeRef,
    /// The barriers checked so far.
    pub barriers: BarrierSet,
    /// The private notes as typed so far.
    pub notes: AttrValue,
    /// Which of the two parts the embedding page switched on.
    pub sections: Sections,
}

/// The barriers checklist and the private notes, each shown only when the
/// embedding page's `sections` include it.
#[component(ReflectionStep)]
pub fn reflection_step(props: &ReflectionStepProps) -> Html {
    let ReflectionStepProps { text, dispatch, heading, barriers, notes, sections } = props;
    let barrier_boxes = Barrier::ALL.into_iter().map(|barrier| {
        let checked = barriers.contains(barrier);
        let id = format!("psc-barrier-{}", barrier.key());
        html! {
            <div class="psc-check">
                <input type="checkbox" id={id.clone()} {checked}
                    onchange={send(dispatch, Action::SetBarrier { barrier, checked: !checked })} />
                <label for={id}>{ text.instrument.barriers[barrier] }</label>
            </div>
        }
    });
    let on_notes = dispatch.reform(|event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        Action::SetNotes(area.value())
    });
    html! {
        <section class="psc-screen psc-reflection-step">
            { screen_heading(text.ui(Key::ReflectionTitle), heading) }
            if sections.barriers {
                <fieldset class="psc-barriers">
                    <legend>{ text.ui(Key::BarriersLegend) }</legend>
                    <p class="psc-hint">{ text.ui(Key::BarriersHint) }</p>
                    { for barrier_boxes }
                </fieldset>
            }
            if sections.notes {
                <div class="psc-notes">
                    <label for="psc-notes">{ text.ui(Key::NotesLabel) }</label>
                    <p class="psc-hint" id="psc-notes-hint">{ text.ui(Key::NotesPrivate) }</p>
                    <textarea id="psc-notes" rows="5" aria-describedby="psc-notes-hint psc-notes-count"
                        maxlength={MAX_NOTES_CHARS.to_string()} value={notes.clone()} oninput={on_notes} />
                    <p class="psc-hint psc-count" id="psc-notes-count">
                        { text.ui_with(Key::NotesCount, &[
                            ("count", &notes.chars().count().to_string()),
                            ("limit", &MAX_NOTES_CHARS.to_string()),
                        ]) }
                    </p>
                </div>
            }
        </section>
    }
}
