//! The plan file as serde writes it and the strict reader
//! (`core::strict_json`) reads it: structs in the documented field order,
//! and leaves read by the model's rules (see the module docs of
//! `team_plan`).

use serde::{Serialize, Serializer};

use super::error::{PlanFileError, Refused, ValueProblem};
use super::item::{PlanStep, PracticeSource, RubricPractice, TeamPlan, MAX_ITEMS};
use super::review::{KnowMet, StepReview, StepStatus};
use super::text::{BoundedText, LongText, ShortText, TextError};
use crate::core::file::FileError;
use crate::core::model::{Area, Level, INSTRUMENT_VERSION, MAX_PRACTICES_PER_CELL};
use crate::core::strict_json::{self, At, Field, Header, Json, WHOLE_NUMBER};

/// The value of a plan file's `format` field.
pub const PLAN_FORMAT_NAME: &str = "partnership-selfcheck-team-plan";

/// The newest plan file version this build reads, and the one it writes.
/// Version 2 added each step's review; version 1 files read as plans not
/// reviewed yet.
pub const PLAN_FILE_VERSION: u64 = 2;

/// The whole file, in the documented field order.
#[derive(Serialize)]
struct WirePlan {
    format: &'static str,
    version: u64,
    instrument_version: u64,
    items: Vec<WireItem>,
}

/// The keys of [`WirePlan`]; the header's three come first.
const PLAN_FIELDS: [Field; 4] =
    [Field::required("format"), Field::required("version"), Field::required("instrument_version"), Field::required("items")];

/// One item. Exactly one of `practice` and `typed_practice` is given.
#[derive(Default, Serialize)]
struct WireItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    practice: Option<WirePractice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    typed_practice: Option<LongText>,
    what: LongText,
    area: AreaKey,
    lead: ShortText,
    by_when: ShortText,
    cost_and_funding: LongText,
    how_we_know: LongText,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<WireReview>,
}

/// The keys of [`WireItem`] in version 2; version 1 has all but the last.
const ITEM_FIELDS: [Field; 9] = [
    Field::optional("practice"),
    Field::optional("typed_practice"),
    Field::required("what"),
    Field::required("area"),
    Field::required("lead"),
    Field::required("by_when"),
    Field::required("cost_and_funding"),
    Field::required("how_we_know"),
    Field::optional("review"),
];

/// A step's review (version 2); written only once something of it is said.
#[derive(Default, Serialize)]
struct WireReview {
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<StatusKey>,
    #[serde(skip_serializing_if = "Option::is_none")]
    how_we_know_met: Option<MetKey>,
    learned: LongText,
}

/// The keys of [`WireReview`].
const REVIEW_FIELDS: [Field; 3] = [Field::optional("status"), Field::optional("how_we_know_met"), Field::required("learned")];

/// A practice of the rubric, by area, cell and position.
#[derive(Default, Serialize)]
struct WirePractice {
    area: AreaKey,
    level: LevelKey,
    position: Position,
}

/// The keys of [`WirePractice`].
const PRACTICE_FIELDS: [Field; 3] = [Field::required("area"), Field::required("level"), Field::required("position")];

impl<const MAX: usize> Serialize for BoundedText<MAX> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Reads a text field within its limit.
fn read_text<const MAX: usize>(at: At<'_>) -> Result<BoundedText<MAX>, Refused> {
    BoundedText::new(at.text()?).map_err(|error| {
        at.invalid(match error {
            TextError::TooLong { .. } => ValueProblem::TextTooLong,
            TextError::ControlCharacter => ValueProblem::ControlCharacter,
        })
    })
}

/// Declares a newtype of a keyed enum of the model, written as its key and
/// read from it, refusing other keys with `problem`.
macro_rules! key_leaf {
    ($leaf:ident($model:ty), $read:ident, $problem:expr) => {
        #[derive(Clone, Copy)]
        struct $leaf($model);

        // A placeholder until the field is read; a required field is always
        // read, or the file refused.
        impl Default for $leaf {
            fn default() -> Self {
                $leaf(<$model>::ALL[0])
            }
        }

        impl Serialize for $leaf {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.0.key())
            }
        }

        /// Reads the key as text.
        fn $read(at: At<'_>) -> Result<$leaf, Refused> {
            <$model>::from_key(at.text()?).map($leaf).ok_or_else(|| at.invalid($problem))
        }
    };
}

key_leaf!(AreaKey(Area), read_area, ValueProblem::UnknownArea);
key_leaf!(LevelKey(Level), read_level, ValueProblem::UnknownLevel);
key_leaf!(StatusKey(StepStatus), read_status, ValueProblem::UnknownStatus);
key_leaf!(MetKey(KnowMet), read_met, ValueProblem::UnknownMet);

/// A practice's 0-based position in its cell, below
/// [`MAX_PRACTICES_PER_CELL`]; any other number is refused as no position,
/// rather than as a number of the wrong size.
#[derive(Clone, Copy, Default, Serialize)]
#[serde(transparent)]
struct Position(u8);

/// Reads a position.
fn read_position(at: At<'_>) -> Result<Position, Refused> {
    match at.json() {
        Json::Whole(number) => u8::try_from(*number).ok().filter(|&position| position < MAX_PRACTICES_PER_CELL).map(Position),
        Json::OtherNumber => None,
        _ => return Err(at.wrong_type(WHOLE_NUMBER)),
    }
    .ok_or_else(|| at.invalid(ValueProblem::NoSuchPosition))
}

/// Reads an item of a file of `version`.
fn read_item(at: At<'_>, version: u64) -> Result<WireItem, Refused> {
    let mut item = WireItem::default();
    let fields = if version >= 2 { &ITEM_FIELDS[..] } else { &ITEM_FIELDS[..8] };
    at.object(fields, &mut |field, at| {
        match field {
            0 => item.practice = Some(read_practice(at)?),
            1 => item.typed_practice = Some(read_text(at)?),
            2 => item.what = read_text(at)?,
            3 => item.area = read_area(at)?,
            4 => item.lead = read_text(at)?,
            5 => item.by_when = read_text(at)?,
            6 => item.cost_and_funding = read_text(at)?,
            7 => item.how_we_know = read_text(at)?,
            _ => item.review = Some(read_review(at)?),
        }
        Ok(())
    })?;
    Ok(item)
}

/// Reads a step's review.
fn read_review(at: At<'_>) -> Result<WireReview, Refused> {
    let mut review = WireReview::default();
    at.object(&REVIEW_FIELDS, &mut |field, at| {
        match field {
            0 => review.status = Some(read_status(at)?),
            1 => review.how_we_know_met = Some(read_met(at)?),
            _ => review.learned = read_text(at)?,
        }
        Ok(())
    })?;
    Ok(review)
}

/// Reads a rubric practice.
fn read_practice(at: At<'_>) -> Result<WirePractice, Refused> {
    let mut practice = WirePractice::default();
    at.object(&PRACTICE_FIELDS, &mut |field, at| {
        match field {
            0 => practice.area = read_area(at)?,
            1 => practice.level = read_level(at)?,
            _ => practice.position = read_position(at)?,
        }
        Ok(())
    })?;
    Ok(practice)
}

/// Reads a plan file: the strict reader's checks, the format and versions,
/// then every field, and last the rules that span the items.
pub(super) fn read(text: &str) -> Result<TeamPlan, PlanFileError> {
    let top = strict_json::parse::<ValueProblem>(text)?;
    let header = Header { format: PLAN_FORMAT_NAME, newest: PLAN_FILE_VERSION, newest_instrument: u64::from(INSTRUMENT_VERSION) };
    let version = strict_json::versions(&top, header).map_err(|refusal| refusal.map_problem(|_, _| ValueProblem::NoSuchVersion))?;
    let mut items = Vec::new();
    At::top(&top).object(&PLAN_FIELDS, &mut |field, at| {
        // `versions` has judged the header already.
        if field == 3 {
            at.list(&mut |entry| {
                items.push(read_item(entry, version)?);
                Ok(())
            })?;
        }
        Ok(())
    })?;
    plan_of(items)
}

/// The plan's file, as pretty-printed JSON.
pub(super) fn write(plan: &TeamPlan) -> String {
    let wire = WirePlan {
        format: PLAN_FORMAT_NAME,
        version: PLAN_FILE_VERSION,
        instrument_version: u64::from(INSTRUMENT_VERSION),
        items: plan.items().iter().map(WireItem::new).collect(),
    };
    // Every value is a string, a number or a list of objects of them, so
    // writing cannot fail.
    let mut text = serde_json::to_string_pretty(&wire).expect("a plan file always serializes");
    text.push('\n');
    text
}

/// The plan of the items read, once the rules that span them pass.
fn plan_of(wire: Vec<WireItem>) -> Result<TeamPlan, PlanFileError> {
    if wire.len() > MAX_ITEMS {
        let path = format!("items[{MAX_ITEMS}]");
        return Err(PlanFileError::InvalidValue { path, problem: ValueProblem::TooManyItems });
    }
    let mut items: Vec<PlanStep> = Vec::with_capacity(wire.len());
    for (index, item) in wire.into_iter().enumerate() {
        let item = item.into_item(index)?;
        let practice = item.rubric_practice();
        if practice.is_some() && items.iter().any(|earlier| earlier.rubric_practice() == practice) {
            let path = format!("items[{index}].practice");
            return Err(PlanFileError::InvalidValue { path, problem: ValueProblem::PracticeTwice });
        }
        items.push(item);
    }
    // The rules were checked above by path, so this cannot refuse.
    TeamPlan::from_items(items).map_err(|_| PlanFileError::InvalidValue { path: "items".into(), problem: ValueProblem::NotAllowed })
}

impl WireItem {
    /// The entry for an item.
    fn new(item: &PlanStep) -> WireItem {
        let (practice, typed_practice) = match &item.source {
            PracticeSource::Rubric(practice) => (
                Some(WirePractice {
                    area: AreaKey(practice.area()),
                    level: LevelKey(practice.level()),
                    position: Position(practice.position()),
                }),
                None,
            ),
            PracticeSource::Typed(text) => (None, Some(text.clone())),
        };
        WireItem {
            practice,
            typed_practice,
            what: item.what.clone(),
            area: AreaKey(item.area),
            lead: item.lead.clone(),
            by_when: item.by_when.clone(),
            cost_and_funding: item.cost_and_funding.clone(),
            how_we_know: item.how_we_know.clone(),
            review: (!item.review.is_empty()).then(|| WireReview {
                status: item.review.status.map(StatusKey),
                how_we_know_met: item.review.met.map(MetKey),
                learned: item.review.learned.clone(),
            }),
        }
    }

    /// The item this entry describes; `index` is its place, for the path.
    fn into_item(self, index: usize) -> Result<PlanStep, PlanFileError> {
        let source = match (self.practice, self.typed_practice) {
            (Some(wire), None) => {
                // Positions were checked when read, so this is only a guard.
                let practice = RubricPractice::new(wire.area.0, wire.level.0, wire.position.0).ok_or_else(|| {
                    let path = format!("items[{index}].practice.position");
                    PlanFileError::InvalidValue { path, problem: ValueProblem::NoSuchPosition }
                })?;
                PracticeSource::Rubric(practice)
            }
            (None, Some(text)) => PracticeSource::Typed(text),
            (Some(_), Some(_)) => {
                let path = format!("items[{index}].typed_practice");
                return Err(PlanFileError::InvalidValue { path, problem: ValueProblem::TwoPractices });
            }
            (None, None) => return Err(FileError::MissingField { path: format!("items[{index}].practice") }.into()),
        };
        Ok(PlanStep {
            source,
            what: self.what,
            area: self.area.0,
            lead: self.lead,
            by_when: self.by_when,
            cost_and_funding: self.cost_and_funding,
            how_we_know: self.how_we_know,
            review: self.review.map_or_else(StepReview::default, |review| StepReview {
                status: review.status.map(|key| key.0),
                met: review.how_we_know_met.map(|key| key.0),
                learned: review.learned,
            }),
        })
    }
}
