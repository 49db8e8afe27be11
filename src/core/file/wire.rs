//! The results file as serde reads and writes it: derived structs in the
//! documented field order, whose values are the leaf types of `leaf`. The
//! fields that version 2 added are read through `plan`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::error::{self, FileError};
use super::header::Field;
use super::leaf::{BarrierKey, Id, MarkKey, Notes, Nullable, Optional, Point, Position};
use super::plan::{self, Crosswalk, SincePlan, WirePriority, WireRatings, PLAN_VERSION};
use super::{Imported, FORMAT_NAME};
use crate::core::model::{Answers, Area, AreaAnswer, BarrierSet, Belief, BeliefAnswer, Level, PracticeRef, INSTRUMENT_VERSION};

/// The whole file. Field order is the documented order, which is the order
/// serde writes them in.
///
/// A field that is read by more than its value's own rule has a type for
/// that ([`InObject`] for a nested object; [`Nullable`] and [`Optional`];
/// [`SincePlan`] and [`Crosswalk`] for the fields of version 2) rather than
/// a `deserialize_with` function: serde derives a wrapper type for every
/// field read with a function, each compiled apart with serde_json's reader
/// and serde_path_to_error's wrappers, while the five areas (say) share one
/// field type.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireFile {
    // `header::check` has judged these before the strict read, which takes
    // any value for them.
    format: Field,
    version: Field,
    instrument_version: Field,
    assessment_id: Id,
    areas: InObject<WireAreas>,
    beliefs: InObject<WireBeliefs>,
    barriers: Vec<BarrierKey>,
    /// From version 2; absent when writing version 1.
    #[serde(default, skip_serializing_if = "Optional::is_absent")]
    priorities: Optional<SincePlan<Vec<InObject<WirePriority>>>>,
    #[serde(default, skip_serializing_if = "Optional::is_absent")]
    notes: Optional<Notes>,
}

/// All five areas by key, in the instrument's order.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireAreas {
    building_relationships: InObject<WireArea>,
    linking_to_learning: InObject<WireArea>,
    addressing_differences: InObject<WireArea>,
    supporting_advocacy: InObject<WireArea>,
    sharing_power: InObject<WireArea>,
}

/// One area's mark and ticked practices, and from version 2 its ratings and
/// crosswalk (absent when writing version 1).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireArea {
    mark: Nullable<MarkKey>,
    ticked: InObject<WireTicked>,
    #[serde(default, skip_serializing_if = "Optional::is_absent")]
    ratings: Optional<SincePlan<InObject<WireRatings>>>,
    #[serde(default, skip_serializing_if = "Optional::is_absent")]
    pta_standards: Optional<Crosswalk>,
    #[serde(default, skip_serializing_if = "Optional::is_absent")]
    epstein_types: Optional<Crosswalk>,
}

/// The ticked practices' positions, for each of the four levels.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireTicked {
    fortress: Vec<Position>,
    come_if_we_call: Vec<Position>,
    open_door: Vec<Position>,
    partnership: Vec<Position>,
}

/// All four beliefs by key, in the instrument's order.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireBeliefs {
    dreams_for_children: InObject<WireBelief>,
    capacity_to_support: InObject<WireBelief>,
    equal_partners: InObject<WireBelief>,
    staff_responsibility: InObject<WireBelief>,
}

/// One belief's two scale points.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireBelief {
    held: Nullable<Point>,
    practised: Nullable<Point>,
}

/// Reads the whole text as one object of `T`, with nothing after it; a
/// refusal names the field at fault.
pub(super) fn read<T: de::DeserializeOwned>(text: &str) -> Result<T, FileError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let InObject(value) = serde_path_to_error::deserialize(&mut reader).map_err(|e| error::from_serde(&e))?;
    reader.end().map_err(|e| error::not_json(&e))?;
    Ok(value)
}

/// A derived struct read as an object only. Derived structs would also
/// take a list of their fields' values in order (`[5, 3]` for a belief);
/// reading through `deserialize_map` refuses that, so every object is
/// written out. It is written as the struct itself.
#[derive(Serialize)]
#[serde(transparent)]
pub(super) struct InObject<T>(pub(super) T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for InObject<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(ObjectVisitor(PhantomData))
    }
}

/// The serde visitor behind [`InObject`]: it takes only a map.
struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = InObject<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(error::OBJECT)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<InObject<T>, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(InObject)
    }
}

impl WireFile {
    /// The file for the answers, with the notes when given. It is always
    /// written in the current version, so that every file names the
    /// frameworks each area is reported against, plan or not.
    pub(super) fn new(answers: &Answers, notes: Option<&str>) -> WireFile {
        WireFile {
            format: Field::text(FORMAT_NAME),
            version: Field::whole(PLAN_VERSION),
            instrument_version: Field::whole(u64::from(INSTRUMENT_VERSION)),
            assessment_id: Id(answers.id),
            areas: InObject(WireAreas::build(|area| {
                let mut wire = WireArea::new(answers.area(area));
                let (pta, epstein) = plan::crosswalk_of(area);
                wire.ratings = Optional(Some(SincePlan(InObject(plan::ratings_of(answers, area)))));
                (wire.pta_standards, wire.epstein_types) = (Optional(Some(pta)), Optional(Some(epstein)));
                wire
            })),
            beliefs: InObject(WireBeliefs::build(|belief| WireBelief::new(answers.belief(belief)))),
            barriers: answers.barriers.iter().map(BarrierKey).collect(),
            priorities: Optional(Some(SincePlan(plan::priorities_of(answers)))),
            notes: Optional(notes.map(|notes| Notes(notes.to_owned()))),
        }
    }

    /// The answers and notes of a file that serde has read, once the checks
    /// that span a whole list (no entry twice) and the plan's rules pass. The
    /// format and versions were checked before serde read it, and the fields
    /// of a newer version than the file's refused. Only instrument version 1 exists;
    /// when it changes, older answers are translated to the current
    /// instrument here.
    pub(super) fn into_imported(self, version: u64) -> Result<Imported, FileError> {
        let mut answers = Answers::new(self.assessment_id.0);
        for area in Area::ALL {
            let wire = self.areas.0.get(area);
            let mut ticks = answers.area(area).ticks;
            for level in Level::ALL {
                for (index, &Position(position)) in wire.ticked.0.get(level).iter().enumerate() {
                    let path = || format!("areas.{}.ticked.{}[{index}]", area.key(), level.key());
                    // Positions were checked when read, so this refusal is
                    // only a guard.
                    let practice = PracticeRef::new(level, position).ok_or_else(|| invalid(path(), error::POSITION_REASON))?;
                    if ticks.contains(practice) {
                        return Err(invalid(path(), error::LISTED_TWICE));
                    }
                    ticks = ticks.with(practice, true);
                }
            }
            *answers.area_mut(area) = AreaAnswer { ticks, mark: wire.mark.0.as_ref().map(|mark| mark.0), ..AreaAnswer::default() };
            let ratings = wire.ratings.0.as_ref().map(|SincePlan(InObject(ratings))| ratings);
            plan::read_ratings(&mut answers, area, ratings, version)?;
        }
        for belief in Belief::ALL {
            let wire = self.beliefs.0.get(belief);
            *answers.belief_mut(belief) =
                BeliefAnswer { held: wire.held.0.as_ref().map(|point| point.0), practised: wire.practised.0.as_ref().map(|point| point.0) };
        }
        let mut barriers = BarrierSet::default();
        for (index, BarrierKey(barrier)) in self.barriers.iter().enumerate() {
            if barriers.contains(*barrier) {
                return Err(invalid(format!("barriers[{index}]"), "the barrier is listed more than once"));
            }
            barriers = barriers.with(*barrier, true);
        }
        answers.barriers = barriers;
        plan::read_priorities(&mut answers, self.priorities.0.as_ref().map(|SincePlan(list)| list.as_slice()), version)?;
        Ok(Imported { answers, notes: self.notes.0.map(|notes| notes.0) })
    }
}

/// An invalid-value error at a path.
pub(super) fn invalid(path: String, reason: &'static str) -> FileError {
    FileError::InvalidValue { path, reason }
}

impl WireAreas {
    /// All five areas, each made by `area`.
    fn build(mut area: impl FnMut(Area) -> WireArea) -> WireAreas {
        WireAreas {
            building_relationships: InObject(area(Area::BuildingRelationships)),
            linking_to_learning: InObject(area(Area::LinkingToLearning)),
            addressing_differences: InObject(area(Area::AddressingDifferences)),
            supporting_advocacy: InObject(area(Area::SupportingAdvocacy)),
            sharing_power: InObject(area(Area::SharingPower)),
        }
    }

    /// One area's entry.
    fn get(&self, area: Area) -> &WireArea {
        match area {
            Area::BuildingRelationships => &self.building_relationships.0,
            Area::LinkingToLearning => &self.linking_to_learning.0,
            Area::AddressingDifferences => &self.addressing_differences.0,
            Area::SupportingAdvocacy => &self.supporting_advocacy.0,
            Area::SharingPower => &self.sharing_power.0,
        }
    }
}

impl WireArea {
    /// The entry for one area's answer; positions are listed in order.
    fn new(answer: &AreaAnswer) -> WireArea {
        let positions = |level: Level| {
            answer.ticks.iter().filter(|practice| practice.level() == level).map(|practice| Position(practice.position())).collect()
        };
        WireArea {
            mark: Nullable(answer.mark.map(MarkKey)),
            ticked: InObject(WireTicked {
                fortress: positions(Level::Fortress),
                come_if_we_call: positions(Level::ComeIfWeCall),
                open_door: positions(Level::OpenDoor),
                partnership: positions(Level::Partnership),
            }),
            ratings: Optional(None),
            pta_standards: Optional(None),
            epstein_types: Optional(None),
        }
    }
}

impl WireTicked {
    /// One level's positions.
    fn get(&self, level: Level) -> &[Position] {
        match level {
            Level::Fortress => &self.fortress,
            Level::ComeIfWeCall => &self.come_if_we_call,
            Level::OpenDoor => &self.open_door,
            Level::Partnership => &self.partnership,
        }
    }
}

impl WireBeliefs {
    /// All four beliefs, each made by `belief`.
    fn build(mut belief: impl FnMut(Belief) -> WireBelief) -> WireBeliefs {
        WireBeliefs {
            dreams_for_children: InObject(belief(Belief::DreamsForChildren)),
            capacity_to_support: InObject(belief(Belief::CapacityToSupport)),
            equal_partners: InObject(belief(Belief::EqualPartners)),
            staff_responsibility: InObject(belief(Belief::StaffResponsibility)),
        }
    }

    /// One belief's entry.
    fn get(&self, belief: Belief) -> &WireBelief {
        match belief {
            Belief::DreamsForChildren => &self.dreams_for_children.0,
            Belief::CapacityToSupport => &self.capacity_to_support.0,
            Belief::EqualPartners => &self.equal_partners.0,
            Belief::StaffResponsibility => &self.staff_responsibility.0,
        }
    }
}

impl WireBelief {
    /// The entry for one belief's answer.
    fn new(answer: &BeliefAnswer) -> WireBelief {
        WireBelief { held: Nullable(answer.held.map(Point)), practised: Nullable(answer.practised.map(Point)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::AssessmentId;

    /// The keys of a serialized object, in the order written.
    fn keys_of(value: &impl Serialize) -> Vec<String> {
        let text = serde_json::to_string(value).expect("serializes");
        let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).expect("an object");
        let mut keys: Vec<String> = map.keys().cloned().collect();
        keys.sort_by_key(|key| text.find(&format!("\"{key}\":")));
        keys
    }

    #[test]
    fn field_names_are_the_model_s_keys_in_its_order() {
        let answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
        let wire = WireFile::new(&answers, None);
        let keys = |all: &[&str]| all.iter().map(|key| (*key).to_owned()).collect::<Vec<_>>();
        assert_eq!(keys_of(&wire.areas), keys(&Area::ALL.map(Area::key)));
        assert_eq!(keys_of(&wire.areas.0.sharing_power.0.ticked), keys(&Level::ALL.map(Level::key)));
        assert_eq!(keys_of(&wire.beliefs), keys(&Belief::ALL.map(Belief::key)));
    }

    #[test]
    fn objects_may_not_be_written_as_lists() {
        let answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
        let mut value: serde_json::Value = serde_json::from_str(&super::super::export(&answers, None)).expect("JSON");
        value["beliefs"]["equal_partners"] = serde_json::json!([5, 3]);
        assert_eq!(
            super::super::import(&value.to_string()),
            Err(FileError::WrongType { path: "beliefs.equal_partners".into(), expected: error::OBJECT })
        );
    }
}
