//! A plan's items: the practice each comes from, and the framework's
//! fields of what the team will do about it.

use std::fmt;

use super::review::StepReview;
use super::text::{LongText, ShortText};
use crate::core::content::ToolsKey;
use crate::core::model::{Area, Level, PracticeRef};

/// The most items a plan holds. A staff meeting can own about a dozen
/// steps; more would be a list nobody follows, and the cap keeps the
/// longest plan file under the size cap (see the limits of the texts).
pub const MAX_ITEMS: usize = 12;

/// A practice statement of the rubric: an area, and the cell (level) and
/// position of the practice in that area's row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RubricPractice {
    area: Area,
    practice: PracticeRef,
}

impl RubricPractice {
    /// The practice at `position` (0-based) of the `level` cell of `area`;
    /// `None` when the position is at or beyond
    /// [`MAX_PRACTICES_PER_CELL`](crate::core::model::MAX_PRACTICES_PER_CELL).
    pub fn new(area: Area, level: Level, position: u8) -> Option<RubricPractice> {
        PracticeRef::new(level, position).map(|practice| RubricPractice { area, practice })
    }

    /// The area whose row holds the practice.
    pub fn area(self) -> Area {
        self.area
    }

    /// The practice within the area's row.
    pub fn practice(self) -> PracticeRef {
        self.practice
    }

    /// The school type (rubric cell) the practice belongs to.
    pub fn level(self) -> Level {
        self.practice.level()
    }

    /// The practice's 0-based position in its cell.
    pub fn position(self) -> u8 {
        self.practice.position()
    }
}

/// Where an item's practice comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PracticeSource {
    /// A practice statement of the rubric, shown in the page's language.
    Rubric(RubricPractice),
    /// A practice the facilitator typed.
    Typed(LongText),
}

/// One step of the plan, with the fields of the framework's action plan.
/// Every text may be empty while the plan is being written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlanStep {
    /// The practice the step comes from.
    pub source: PracticeSource,
    /// What we will do.
    pub what: LongText,
    /// The area the step serves; a rubric practice's own area at first.
    pub area: Area,
    /// Who leads: a role or a name.
    pub lead: ShortText,
    /// By when, as the facilitator puts it ("March"); never parsed.
    pub by_when: ShortText,
    /// What it costs and how it is funded.
    pub cost_and_funding: LongText,
    /// How we will know it worked.
    pub how_we_know: LongText,
    /// The team's look back at the step a year later; empty until then.
    pub review: StepReview,
}

impl PlanStep {
    /// A blank item for a practice of the rubric, serving its own area.
    pub fn from_practice(practice: RubricPractice) -> PlanStep {
        PlanStep::blank(PracticeSource::Rubric(practice), practice.area())
    }

    /// A blank item for a practice the facilitator typed.
    pub fn typed(practice: LongText, area: Area) -> PlanStep {
        PlanStep::blank(PracticeSource::Typed(practice), area)
    }

    fn blank(source: PracticeSource, area: Area) -> PlanStep {
        PlanStep {
            source,
            what: LongText::default(),
            area,
            lead: ShortText::default(),
            by_when: ShortText::default(),
            cost_and_funding: LongText::default(),
            how_we_know: LongText::default(),
            review: StepReview::default(),
        }
    }

    /// One of the item's texts; the typed practice is empty for an item
    /// that comes from the rubric.
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::TypedPractice => match &self.source {
                PracticeSource::Typed(words) => words.as_str(),
                PracticeSource::Rubric(_) => "",
            },
            TextField::What => self.what.as_str(),
            TextField::Lead => self.lead.as_str(),
            TextField::ByWhen => self.by_when.as_str(),
            TextField::CostAndFunding => self.cost_and_funding.as_str(),
            TextField::HowWeKnow => self.how_we_know.as_str(),
        }
    }

    /// The rubric practice the item comes from, if it comes from one.
    pub fn rubric_practice(&self) -> Option<RubricPractice> {
        match self.source {
            PracticeSource::Rubric(practice) => Some(practice),
            PracticeSource::Typed(_) => None,
        }
    }
}

/// A text field of an item, for editing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// The typed practice; only items with [`PracticeSource::Typed`] have it.
    TypedPractice,
    /// [`PlanStep::what`].
    What,
    /// [`PlanStep::lead`].
    Lead,
    /// [`PlanStep::by_when`].
    ByWhen,
    /// [`PlanStep::cost_and_funding`].
    CostAndFunding,
    /// [`PlanStep::how_we_know`].
    HowWeKnow,
}

impl TextField {
    /// Every text field, in the order the page shows them.
    pub const ALL: [TextField; 6] =
        [TextField::TypedPractice, TextField::What, TextField::Lead, TextField::ByWhen, TextField::CostAndFunding, TextField::HowWeKnow];

    /// The field's label on the tools page.
    pub fn label_key(self) -> ToolsKey {
        match self {
            TextField::TypedPractice => ToolsKey::TeamPlanFieldTypedPractice,
            TextField::What => ToolsKey::TeamPlanFieldWhat,
            TextField::Lead => ToolsKey::TeamPlanFieldLead,
            TextField::ByWhen => ToolsKey::TeamPlanFieldByWhen,
            TextField::CostAndFunding => ToolsKey::TeamPlanFieldCostAndFunding,
            TextField::HowWeKnow => ToolsKey::TeamPlanFieldHowWeKnow,
        }
    }

    /// The label of the area an item serves, which is chosen, not typed.
    pub fn area_label_key() -> ToolsKey {
        ToolsKey::TeamPlanFieldArea
    }
}

/// Why a change to the plan, or a plan as a whole, was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanError {
    /// The plan already holds [`MAX_ITEMS`] items.
    Full,
    /// The rubric practice is already an item of the plan, at `index`.
    AlreadyPlanned {
        /// Where the practice's item is.
        index: usize,
    },
    /// There is no item at `index` (it was removed meanwhile).
    NoSuchItem {
        /// The index asked for.
        index: usize,
    },
    /// The item comes from a rubric practice, whose text is the content's.
    NotTyped {
        /// The item's index.
        index: usize,
    },
}

impl PlanError {
    /// The tools page's text for the refusal.
    pub fn message_key(self) -> ToolsKey {
        match self {
            PlanError::Full => ToolsKey::TeamPlanFull,
            PlanError::AlreadyPlanned { .. } => ToolsKey::TeamPlanAlreadyPlanned,
            PlanError::NoSuchItem { .. } | PlanError::NotTyped { .. } => ToolsKey::TeamPlanItemGone,
        }
    }
}

impl fmt::Display for PlanError {
    // English for logs and tests; the page shows `message_key()`'s text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Full => write!(f, "the plan already has {MAX_ITEMS} items"),
            PlanError::AlreadyPlanned { index } => write!(f, "the practice is already item {index}"),
            PlanError::NoSuchItem { index } => write!(f, "there is no item {index}"),
            PlanError::NotTyped { index } => write!(f, "item {index} comes from the rubric and has no typed practice"),
        }
    }
}

impl std::error::Error for PlanError {}

/// A facilitator's action plan: at most [`MAX_ITEMS`] items, in the order
/// the team will take them, no rubric practice twice. It may hold names,
/// so it stays on the facilitator's device: no share code or link carries
/// it, only the plan file and the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TeamPlan {
    items: Vec<PlanStep>,
}

impl TeamPlan {
    /// An empty plan.
    pub fn new() -> TeamPlan {
        TeamPlan::default()
    }

    /// A plan of these items, in order, if they keep the plan's rules.
    pub fn from_items(items: Vec<PlanStep>) -> Result<TeamPlan, PlanError> {
        let mut plan = TeamPlan::new();
        for item in items {
            plan.check_room_for(&item)?;
            plan.items.push(item);
        }
        Ok(plan)
    }

    /// The items, in order.
    pub fn items(&self) -> &[PlanStep] {
        &self.items
    }

    /// The items, for the reducer, which keeps the rules itself.
    pub(super) fn items_mut(&mut self) -> &mut Vec<PlanStep> {
        &mut self.items
    }

    /// Where the rubric practice's item is, if the plan has one.
    pub fn position_of(&self, practice: RubricPractice) -> Option<usize> {
        self.items.iter().position(|item| item.rubric_practice() == Some(practice))
    }

    /// Whether `item` may be added: the plan has room, and the item's
    /// rubric practice, if any, is not planned yet.
    pub(super) fn check_room_for(&self, item: &PlanStep) -> Result<(), PlanError> {
        if self.items.len() >= MAX_ITEMS {
            return Err(PlanError::Full);
        }
        match item.rubric_practice().and_then(|practice| self.position_of(practice)) {
            Some(index) => Err(PlanError::AlreadyPlanned { index }),
            None => Ok(()),
        }
    }
}
