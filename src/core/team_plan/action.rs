//! Every change to a plan, as data, and the pure function that applies it,
//! so that the tools page's component only dispatches and the rules are
//! tested natively.

use super::item::{PlanError, PlanStep, PracticeSource, RubricPractice, TeamPlan, TextField};
use super::review::{KnowMet, StepStatus};
use super::text::{LongText, ShortText};
use crate::core::model::Area;

/// A change to a plan. Items are named by their index in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Adds a blank item for a practice of the rubric, at the end.
    AddPractice(RubricPractice),
    /// Adds a blank item for a practice the facilitator typed, at the end;
    /// the text is cut like [`Action::SetText`]'s.
    AddTyped {
        /// The practice, as typed.
        text: String,
        /// The area it serves.
        area: Area,
    },
    /// Sets one text of an item, cut at its limit ([`LongText::cut`]).
    SetText {
        /// The item.
        index: usize,
        /// Which of its texts.
        field: TextField,
        /// The new text.
        text: String,
    },
    /// Sets the area an item serves.
    SetArea {
        /// The item.
        index: usize,
        /// The area.
        area: Area,
    },
    /// Moves an item one place earlier; the first stays where it is.
    MoveUp(usize),
    /// Moves an item one place later; the last stays where it is.
    MoveDown(usize),
    /// Removes an item.
    Remove(usize),
    /// Sets (or, with `None`, clears) how far a step got in the year.
    SetStatus {
        /// The item.
        index: usize,
        /// Its status.
        status: Option<StepStatus>,
    },
    /// Sets (or clears) whether "how we will know" was met.
    SetMet {
        /// The item.
        index: usize,
        /// The answer.
        met: Option<KnowMet>,
    },
    /// Sets what the team learned from a step, cut at 250 characters.
    SetLearned {
        /// The item.
        index: usize,
        /// The text.
        text: String,
    },
}

impl TeamPlan {
    /// The plan after `action`, or why the action was refused, in which
    /// case the plan is unchanged. Moving the first item up or the last one
    /// down changes nothing and is not an error, as a button that does
    /// nothing is harmless.
    pub fn reduce(&self, action: Action) -> Result<TeamPlan, PlanError> {
        let mut next = self.clone();
        let items = next.items_mut();
        let len = items.len();
        // An index is checked before anything is changed, for every action
        // that names one.
        let check = |index: usize| if index < len { Ok(index) } else { Err(PlanError::NoSuchItem { index }) };
        match action {
            Action::AddPractice(practice) => {
                let item = PlanStep::from_practice(practice);
                self.check_room_for(&item)?;
                items.push(item);
            }
            Action::AddTyped { text, area } => {
                let item = PlanStep::typed(LongText::cut(&text), area);
                self.check_room_for(&item)?;
                items.push(item);
            }
            Action::SetText { index, field, text } => set_text(&mut items[check(index)?], index, field, &text)?,
            Action::SetArea { index, area } => items[check(index)?].area = area,
            Action::MoveUp(index) => {
                let index = check(index)?;
                if index > 0 {
                    items.swap(index - 1, index);
                }
            }
            Action::MoveDown(index) => {
                let index = check(index)?;
                if index + 1 < len {
                    items.swap(index, index + 1);
                }
            }
            Action::Remove(index) => {
                items.remove(check(index)?);
            }
            Action::SetStatus { index, status } => items[check(index)?].review.status = status,
            Action::SetMet { index, met } => items[check(index)?].review.met = met,
            Action::SetLearned { index, text } => items[check(index)?].review.learned = LongText::cut(&text),
        }
        Ok(next)
    }
}

/// Sets one text of the item at `index`.
fn set_text(item: &mut PlanStep, index: usize, field: TextField, text: &str) -> Result<(), PlanError> {
    match field {
        TextField::TypedPractice => match &mut item.source {
            PracticeSource::Typed(typed) => *typed = LongText::cut(text),
            PracticeSource::Rubric(_) => return Err(PlanError::NotTyped { index }),
        },
        TextField::What => item.what = LongText::cut(text),
        TextField::Lead => item.lead = ShortText::cut(text),
        TextField::ByWhen => item.by_when = ShortText::cut(text),
        TextField::CostAndFunding => item.cost_and_funding = LongText::cut(text),
        TextField::HowWeKnow => item.how_we_know = LongText::cut(text),
    }
    Ok(())
}
