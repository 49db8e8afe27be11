//! The presentation view of the team summary for a projector: large type,
//! one section per screen, moved through with the arrow keys, Page Up and
//! Page Down (as a clicker sends them) or the buttons, and left with
//! Escape. It replaces the page while it is open, so focus cannot wander
//! behind it, and it shows only what the summary shows.

use std::rc::Rc;

use yew::prelude::*;

use super::sections::{area_bars, barriers_table, beliefs_table, conversations, widest_gap};
use super::summary_next_steps::{next_steps_brief, quick_wins};
use super::Dispatch;
use crate::app::common::outcome::outcome_summary;
use crate::app::common::widgets::Text;
use crate::core::content::Placeholder;
use crate::core::content::{Key, ToolsKey, ToolsPluralKey};
use crate::core::team::TeamSummary;
use crate::core::tools::{Slide, SlideMove, ToolsAction};

/// Properties of [`Presentation`].
#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub text: Text,
    pub summary: Rc<TeamSummary>,
    pub slide: Slide,
    pub dispatch: Dispatch,
}

/// The heading of a slide.
fn slide_title(text: &Text, slide: Slide) -> &'static str {
    match slide {
        Slide::Overview => text.tools(ToolsKey::TeamLabelHeading),
        Slide::Conversations => text.tools(ToolsKey::TeamConversations),
        Slide::Areas => text.tools(ToolsKey::TeamChartHeading),
        Slide::Beliefs => text.ui(Key::BeliefsResultsHeading),
        Slide::Barriers => text.tools(ToolsKey::PresentBarriersHeading),
        Slide::NextSteps => text.ui(Key::NextHeading),
    }
}

/// What a slide shows.
fn slide_body(text: &Text, summary: &TeamSummary, slide: Slide) -> Html {
    match slide {
        Slide::Overview => html! {
            <>
                <p class="psc-present-big">{ text.tools_count(ToolsPluralKey::TeamRespondents, u64::from(summary.respondents), &[]) }</p>
                { outcome_summary(text, &summary.score, None, true) }
            </>
        },
        Slide::Conversations => conversations(text, summary),
        Slide::Areas => area_bars(text, summary),
        Slide::Beliefs => html! { <>{ widest_gap(text, summary) }{ beliefs_table(text, summary) }</> },
        Slide::Barriers => {
            if summary.barriers_by_count.iter().all(|(_, count)| *count == 0) {
                html! { <p>{ text.tools(ToolsKey::PresentNoBarriers) }</p> }
            } else {
                barriers_table(text, summary)
            }
        }
        Slide::NextSteps => {
            let plan = summary.plan(|area, level| text.practices(area, level).len());
            html! {
                <>
                    { next_steps_brief(text, summary) }
                    if plan.rated {
                        <h3>{ text.tools(ToolsKey::TeamQuickWinsHeading) }</h3>
                        { quick_wins(text, &plan) }
                    }
                </>
            }
        }
    }
}

/// The presentation view.
#[component(Presentation)]
pub fn presentation(props: &PresentationProps) -> Html {
    let text = &props.text;
    let slide = props.slide;
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let action =
                if key == "Escape" { Some(ToolsAction::StopPresenting) } else { Slide::move_for_key(&key).map(ToolsAction::MoveSlide) };
            if let Some(action) = action {
                event.prevent_default();
                dispatch.emit(action);
            }
        })
    };
    let counter = text.tools_with(
        ToolsKey::PresentCounter,
        &[(Placeholder::Number, &slide.number().to_string()), (Placeholder::Count, &Slide::count().to_string())],
    );
    let go = |to: SlideMove| props.dispatch.reform(move |_| ToolsAction::MoveSlide(to));
    html! {
        <div class="psc-present" role="region" aria-label={text.tools(ToolsKey::PresentLabel)} {onkeydown}>
            <div class="psc-present-bar">
                <p class="psc-present-counter">{ counter }</p>
                <p class="psc-hint">{ text.tools(ToolsKey::PresentKeys) }</p>
                <button type="button" id="psc-present-close" class="psc-button" onclick={props.dispatch.reform(|_| ToolsAction::StopPresenting)}>
                    { text.tools(ToolsKey::PresentClose) }
                </button>
            </div>
            <section class="psc-slide" aria-labelledby="psc-slide-heading">
                <h2 id="psc-slide-heading" tabindex="-1">{ slide_title(text, slide) }</h2>
                { slide_body(text, &props.summary, slide) }
            </section>
            <div class="psc-present-nav">
                <button type="button" id="psc-slide-previous" class="psc-button" disabled={slide == Slide::Overview} onclick={go(SlideMove::Previous)}>
                    { text.tools(ToolsKey::PresentPrevious) }
                </button>
                <button type="button" id="psc-slide-next" class="psc-button psc-primary" disabled={slide == Slide::NextSteps} onclick={go(SlideMove::Next)}>
                    { text.tools(ToolsKey::PresentNext) }
                </button>
            </div>
        </div>
    }
}
