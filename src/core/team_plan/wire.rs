//! The plan file as serde reads and writes it: derived structs in the
//! documented field order, leaves that read by the model's rules, and the
//! header check that runs first (see the module docs of `team_plan`).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Error as _, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error::{self, PlanFileError, ValueProblem};
use super::item::{PlanStep, PracticeSource, RubricPractice, TeamPlan, MAX_ITEMS};
use super::text::{BoundedText, LongText, ShortText, TextError};
use super::{PLAN_FILE_VERSION, PLAN_FORMAT_NAME};
use crate::core::file::FileError;
use crate::core::model::{Area, Level, INSTRUMENT_VERSION, MAX_PRACTICES_PER_CELL};

/// What an object field should hold.
pub(super) const OBJECT: &str = "an object ({ … })";

/// The whole file, in the documented field order.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WirePlan {
    format: String,
    version: u64,
    instrument_version: u64,
    items: Vec<Obj<WireItem>>,
}

/// One item. Exactly one of `practice` and `typed_practice` is given.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireItem {
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    practice: Option<Obj<WirePractice>>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    typed_practice: Option<LongText>,
    what: LongText,
    area: AreaKey,
    lead: ShortText,
    by_when: ShortText,
    cost_and_funding: LongText,
    how_we_know: LongText,
}

/// A practice of the rubric, by area, cell and position.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WirePractice {
    area: AreaKey,
    level: LevelKey,
    position: Position,
}

/// Reads an optional field that, when present, may not be `null`.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A derived struct that must be written as an object: derived structs
/// would also take a list of their values in order, which a strict reader
/// refuses. It is written as the struct itself.
#[derive(Serialize)]
#[serde(transparent)]
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// Takes a map and nothing else.
        struct MapOnly<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for MapOnly<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(OBJECT)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(MapOnly(PhantomData)).map(Obj)
    }
}

impl<const MAX: usize> Serialize for BoundedText<MAX> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for BoundedText<MAX> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        BoundedText::new(&text).map_err(|error| {
            D::Error::custom(
                match error {
                    TextError::TooLong { .. } => ValueProblem::TextTooLong,
                    TextError::ControlCharacter => ValueProblem::ControlCharacter,
                }
                .reason(),
            )
        })
    }
}

/// Declares a newtype of a keyed enum of the model, written as its key and
/// read from it, refusing other keys with `problem`.
macro_rules! key_leaf {
    ($leaf:ident($model:ty), $problem:expr) => {
        #[derive(Clone, Copy)]
        struct $leaf($model);

        impl Serialize for $leaf {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.0.key())
            }
        }

        impl<'de> Deserialize<'de> for $leaf {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let key = String::deserialize(d)?;
                <$model>::from_key(&key).map($leaf).ok_or_else(|| D::Error::custom($problem.reason()))
            }
        }
    };
}

key_leaf!(AreaKey(Area), ValueProblem::UnknownArea);
key_leaf!(LevelKey(Level), ValueProblem::UnknownLevel);

/// A practice's 0-based position in its cell, below
/// [`MAX_PRACTICES_PER_CELL`]; any other number is refused as no position,
/// rather than as a number of the wrong size.
#[derive(Clone, Copy, Serialize)]
#[serde(transparent)]
struct Position(u8);

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_json::Number::deserialize(d)?
            .as_u64()
            .and_then(|number| u8::try_from(number).ok())
            .filter(|&position| position < MAX_PRACTICES_PER_CELL)
            .map(Position)
            .ok_or_else(|| D::Error::custom(ValueProblem::NoSuchPosition.reason()))
    }
}

/// Reads the whole text as one object of `T`, with nothing after it.
fn read<T: de::DeserializeOwned>(text: &str) -> Result<T, PlanFileError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let Obj(value) = serde_path_to_error::deserialize(&mut reader).map_err(|e| error::from_serde(&e))?;
    reader.end().map_err(|e| error::not_json(&e))?;
    Ok(value)
}

/// The fields that decide whether the rest can be read at all; any other
/// field is skipped here and judged by the strict read.
#[derive(Deserialize)]
struct Header {
    #[serde(default, deserialize_with = "present")]
    format: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    version: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    instrument_version: Option<serde_json::Value>,
}

/// Checks the format and the versions before the strict read, so that a
/// results file, or a plan of a newer version, gets that message rather than
/// an error about a field it was never meant to have.
pub(super) fn check_header(text: &str) -> Result<(), PlanFileError> {
    let header: Header = match read(text) {
        Err(PlanFileError::File(FileError::WrongType { path, .. })) if path.is_empty() => return Err(FileError::UnknownFormat.into()),
        other => other?,
    };
    if header.format.as_ref().and_then(serde_json::Value::as_str) != Some(PLAN_FORMAT_NAME) {
        return Err(FileError::UnknownFormat.into());
    }
    let version = version_in(header.version, "version")?;
    if version > PLAN_FILE_VERSION {
        return Err(FileError::NewerVersion { version }.into());
    }
    let instrument = version_in(header.instrument_version, "instrument_version")?;
    if instrument > u64::from(INSTRUMENT_VERSION) {
        return Err(FileError::NewerInstrument { version: instrument }.into());
    }
    Ok(())
}

/// A required version number of 1 or more.
fn version_in(value: Option<serde_json::Value>, key: &str) -> Result<u64, PlanFileError> {
    let path = key.to_owned();
    match value {
        None => Err(FileError::MissingField { path }.into()),
        Some(serde_json::Value::Number(number)) => {
            number.as_u64().filter(|&version| version > 0).ok_or(PlanFileError::InvalidValue { path, problem: ValueProblem::NoSuchVersion })
        }
        Some(_) => Err(FileError::WrongType { path, expected: "a whole number" }.into()),
    }
}

/// The plan's file, as pretty-printed JSON.
pub(super) fn write(plan: &TeamPlan) -> String {
    let wire = WirePlan {
        format: PLAN_FORMAT_NAME.to_owned(),
        version: PLAN_FILE_VERSION,
        instrument_version: u64::from(INSTRUMENT_VERSION),
        items: plan.items().iter().map(|item| Obj(WireItem::new(item))).collect(),
    };
    // Every value is a string, a number or a list of objects of them, so
    // writing cannot fail.
    let mut text = serde_json::to_string_pretty(&wire).expect("a plan file always serializes");
    text.push('\n');
    text
}

/// The plan in a file whose header passed [`check_header`].
pub(super) fn read_plan(text: &str) -> Result<TeamPlan, PlanFileError> {
    let wire: WirePlan = read(text)?;
    if wire.items.len() > MAX_ITEMS {
        let path = format!("items[{MAX_ITEMS}]");
        return Err(PlanFileError::InvalidValue { path, problem: ValueProblem::TooManyItems });
    }
    let mut items: Vec<PlanStep> = Vec::with_capacity(wire.items.len());
    for (index, Obj(item)) in wire.items.into_iter().enumerate() {
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
                Some(Obj(WirePractice {
                    area: AreaKey(practice.area()),
                    level: LevelKey(practice.level()),
                    position: Position(practice.position()),
                })),
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
        }
    }

    /// The item this entry describes; `index` is its place, for the path.
    fn into_item(self, index: usize) -> Result<PlanStep, PlanFileError> {
        let source = match (self.practice, self.typed_practice) {
            (Some(Obj(wire)), None) => {
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
        })
    }
}
