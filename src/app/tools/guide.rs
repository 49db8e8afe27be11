//! The 45-minute staff-meeting guide built from the team's results: each
//! part with its minutes, what it discusses and its prompts.

use yew::prelude::*;

use crate::app::common::widgets::Text;
use crate::browser;
use crate::core::content::Placeholder;
use crate::core::content::ToolsKey;
use crate::core::model::Area;
use crate::core::team_plan::{MeetingGuide, SectionBody, MEETING_MINUTES};

/// The 45-minute staff-meeting guide built from the team's results: each
/// part with its minutes, what it discusses and its prompts. It is a plain
/// view of `core::team_plan::MeetingGuide`, printable on its own.
pub fn meeting_guide(text: &Text, guide: &MeetingGuide) -> Html {
    let area = |area: Area| text.instrument.areas[area].title;
    let sections = guide.sections().iter().map(|section| {
        let items: Vec<Html> = match &section.body {
            SectionBody::Agreement(areas) | SectionBody::FamilyView(areas) => {
                areas.iter().map(|a| html! { <li>{ area(*a) }</li> }).collect()
            }
            SectionBody::SplitAreas(areas) => areas
                .iter()
                .map(|a| {
                    let prompts = section.item_prompt_keys().iter().map(|key| {
                        html! {
                            <li>{ text.tools_with(*key, &[(Placeholder::Area, area(*a))]) }</li>
                        }
                    });
                    html! { <li><strong>{ area(*a) }</strong><ul>{ for prompts }</ul></li> }
                })
                .collect(),
            SectionBody::BeliefsGap(beliefs) => {
                beliefs.iter().map(|b| html! { <li>{ text.instrument.beliefs[*b].statement }</li> }).collect()
            }
            SectionBody::Barriers(barriers) => barriers.iter().map(|b| html! { <li>{ text.instrument.barriers[*b] }</li> }).collect(),
            SectionBody::QuickWins(wins) => wins
                .iter()
                .map(|p| {
                    let words = text.practices(p.area(), p.level()).get(usize::from(p.position())).copied().unwrap_or_default();
                    html! { <li>{ words }{ " " }<span class="psc-hint">{ format!("({})", area(p.area())) }</span></li> }
                })
                .collect(),
        };
        html! {
            <li class="psc-guide-part">
                <h4>
                    { text.tools(section.title_key()) }{ " · " }
                    <span class="psc-hint">{ text.tools_count(MeetingGuide::MINUTES, u64::from(section.minutes), &[]) }</span>
                </h4>
                if !items.is_empty() { <ul>{ for items }</ul> }
                { for section.prompt_keys().iter().map(|key| html! { <p>{ text.tools(*key) }</p> }) }
            </li>
        }
    });
    html! {
        <section class="psc-guide" aria-labelledby="psc-guide-heading">
            <h3 id="psc-guide-heading">{ text.tools(MeetingGuide::HEADING) }</h3>
            <p>{ text.tools_count(MeetingGuide::INTRO, u64::from(MEETING_MINUTES), &[]) }</p>
            <ol class="psc-guide-parts">{ for sections }</ol>
            <div class="psc-actions psc-no-print">
                <button type="button" id="psc-print-guide" class="psc-button"
                    onclick={|_| browser::print_part(crate::app::common::boot::MOUNT_ID, "psc-printing-guide")}>{ text.tools(ToolsKey::TeamPrintGuide) }</button>
            </div>
        </section>
    }
}
