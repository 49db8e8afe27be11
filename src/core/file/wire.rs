//! The results file as serde writes it and the strict reader reads it:
//! structs in the documented field order, whose values are the leaf types of
//! `leaf`; the fields that version 2 added are read through
//! `ratings_priorities`, which is told the file's version.

use serde::Serialize;

use super::error::{self, FileError, Refused};
use super::leaf::{self, BarrierKey, Id, Leaf, MarkKey, Notes, Point, Position};
use super::ratings_priorities::{self, since_v2, Crosswalk, WirePriority, WireRatings};
use crate::core::model::{
    Answers, Area, AreaAnswer, AssessmentId, BarrierSet, Belief, BeliefAnswer, Level, PracticeRef, INSTRUMENT_VERSION,
};
use crate::core::strict_json::{At, Field, Json};

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "partnership-selfcheck";

/// The newest file format version this build reads, and the one it writes.
pub const FILE_VERSION: u64 = 2;

/// The whole file. Field order is the documented order, which is the order
/// serde writes them in.
#[derive(Serialize)]
pub(super) struct WireFile {
    format: &'static str,
    version: u64,
    instrument_version: u64,
    assessment_id: Id,
    areas: WireAreas,
    beliefs: WireBeliefs,
    barriers: Vec<BarrierKey>,
    /// From version 2; absent when writing version 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    priorities: Option<Vec<WirePriority>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<Notes>,
}

/// The keys of [`WireFile`]; the header's three come first.
const FILE_FIELDS: [Field; 9] = [
    Field::required("format"),
    Field::required("version"),
    Field::required("instrument_version"),
    Field::required("assessment_id"),
    Field::required("areas"),
    Field::required("beliefs"),
    Field::required("barriers"),
    Field::optional("priorities"),
    Field::optional("notes"),
];

/// All five areas by key, in the instrument's order.
#[derive(Default, Serialize)]
struct WireAreas {
    building_relationships: WireArea,
    linking_to_learning: WireArea,
    addressing_differences: WireArea,
    supporting_advocacy: WireArea,
    sharing_power: WireArea,
}

/// One area's mark and ticked practices, and from version 2 its ratings and
/// crosswalk (absent when writing version 1).
#[derive(Default, Serialize)]
struct WireArea {
    mark: Option<MarkKey>,
    ticked: WireTicked,
    #[serde(skip_serializing_if = "Option::is_none")]
    ratings: Option<WireRatings>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pta_standards: Option<Crosswalk>,
    #[serde(skip_serializing_if = "Option::is_none")]
    epstein_types: Option<Crosswalk>,
}

/// The keys of [`WireArea`].
const AREA_FIELDS: [Field; 5] = [
    Field::required("mark"),
    Field::required("ticked"),
    Field::optional("ratings"),
    Field::optional("pta_standards"),
    Field::optional("epstein_types"),
];

/// The ticked practices' positions, for each of the four levels.
#[derive(Default, Serialize)]
struct WireTicked {
    fortress: Vec<Position>,
    come_if_we_call: Vec<Position>,
    open_door: Vec<Position>,
    partnership: Vec<Position>,
}

/// All four beliefs by key, in the instrument's order.
#[derive(Default, Serialize)]
struct WireBeliefs {
    dreams_for_children: WireBelief,
    capacity_to_support: WireBelief,
    equal_partners: WireBelief,
    staff_responsibility: WireBelief,
}

/// One belief's two scale points.
#[derive(Default, Serialize)]
struct WireBelief {
    held: Option<Point>,
    practised: Option<Point>,
}

/// The keys of [`WireBelief`].
const BELIEF_FIELDS: [Field; 2] = [Field::required("held"), Field::required("practised")];

/// Reads the file's top object, whose header says `version`. Every value is
/// read by its own rule, in the order written; the checks that span a whole
/// list or the plan's rules come after, in [`WireFile::into_imported`].
pub(super) fn read(top: &Json, version: u64) -> Result<WireFile, Refused> {
    // Every required field is set below, or the read refuses the file.
    let mut file = WireFile {
        format: FORMAT_NAME,
        version,
        instrument_version: u64::from(INSTRUMENT_VERSION),
        assessment_id: Id(AssessmentId::from_random([0; 5])),
        areas: WireAreas::default(),
        beliefs: WireBeliefs::default(),
        barriers: Vec::new(),
        priorities: None,
        notes: None,
    };
    At::top(top).object(&FILE_FIELDS, &mut |field, at| {
        match field {
            // `versions` has judged the header already.
            0..=2 => {}
            3 => file.assessment_id = leaf::read_some(at)?,
            4 => file.areas = read_areas(at, version)?,
            5 => file.beliefs = read_beliefs(at)?,
            6 => file.barriers = read_list(at)?,
            7 => file.priorities = Some(since_v2(at, version, ratings_priorities::read_priorities_field)?),
            _ => file.notes = Some(leaf::read_some(at)?),
        }
        Ok(())
    })?;
    Ok(file)
}

/// Reads a list of leaves.
fn read_list<T: Leaf>(at: At<'_>) -> Result<Vec<T>, Refused> {
    let mut list = Vec::new();
    at.list(&mut |entry| {
        list.push(leaf::read_some(entry)?);
        Ok(())
    })?;
    Ok(list)
}

/// Reads `areas`.
fn read_areas(at: At<'_>, version: u64) -> Result<WireAreas, Refused> {
    let mut areas = WireAreas::default();
    at.object(&Area::ALL.map(|area| Field::required(area.key())), &mut |index, at| {
        *areas.get_mut(Area::ALL[index]) = read_area(at, version)?;
        Ok(())
    })?;
    Ok(areas)
}

/// Reads one area.
fn read_area(at: At<'_>, version: u64) -> Result<WireArea, Refused> {
    let mut area = WireArea::default();
    at.object(&AREA_FIELDS, &mut |field, at| {
        match field {
            0 => area.mark = leaf::read(at, true)?,
            1 => {
                let ticked = &mut area.ticked;
                at.object(&Level::ALL.map(|level| Field::required(level.key())), &mut |index, at| {
                    *ticked.get_mut(Level::ALL[index]) = read_list(at)?;
                    Ok(())
                })?;
            }
            2 => area.ratings = Some(since_v2(at, version, ratings_priorities::read_ratings_field)?),
            3 => area.pta_standards = Some(ratings_priorities::read_crosswalk(at, version)?),
            _ => area.epstein_types = Some(ratings_priorities::read_crosswalk(at, version)?),
        }
        Ok(())
    })?;
    Ok(area)
}

/// Reads `beliefs`.
fn read_beliefs(at: At<'_>) -> Result<WireBeliefs, Refused> {
    let mut beliefs = WireBeliefs::default();
    at.object(&Belief::ALL.map(|belief| Field::required(belief.key())), &mut |index, at| {
        let belief = beliefs.get_mut(Belief::ALL[index]);
        at.object(&BELIEF_FIELDS, &mut |field, at| {
            *(if field == 0 { &mut belief.held } else { &mut belief.practised }) = leaf::read(at, true)?;
            Ok(())
        })
    })?;
    Ok(beliefs)
}

impl WireFile {
    /// The file for the answers, with the notes when given. It is always
    /// written in the current version, so that every file names the
    /// frameworks each area is reported against, plan or not.
    pub(super) fn new(answers: &Answers, notes: Option<&str>) -> WireFile {
        WireFile {
            format: FORMAT_NAME,
            version: FILE_VERSION,
            instrument_version: u64::from(INSTRUMENT_VERSION),
            assessment_id: Id(answers.id),
            areas: WireAreas::build(|area| {
                let mut wire = WireArea::new(answers.area(area));
                let (pta, epstein) = ratings_priorities::crosswalk_of(area);
                wire.ratings = Some(ratings_priorities::ratings_of(answers, area));
                (wire.pta_standards, wire.epstein_types) = (Some(pta), Some(epstein));
                wire
            }),
            beliefs: WireBeliefs::build(|belief| WireBelief::new(answers.belief(belief))),
            barriers: answers.barriers.iter().map(BarrierKey).collect(),
            priorities: Some(ratings_priorities::priorities_of(answers)),
            notes: notes.map(|notes| Notes(notes.to_owned())),
        }
    }

    /// The answers and notes of a file that was read, once the checks that
    /// span a whole list (no entry twice) and the plan's rules pass. The
    /// format and versions were checked before it was read, and the fields
    /// of a newer version than the file's refused. Only instrument version 1
    /// exists; when it changes, older answers are translated to the current
    /// instrument here.
    pub(super) fn into_answers(self, version: u64) -> Result<(Answers, Option<String>), FileError> {
        let mut answers = Answers::new(self.assessment_id.0);
        for area in Area::ALL {
            let wire = self.areas.get(area);
            let mut ticks = answers.area(area).ticks;
            for level in Level::ALL {
                for (index, &Position(position)) in wire.ticked.get(level).iter().enumerate() {
                    let path = || format!("areas.{}.ticked.{}[{index}]", area.key(), level.key());
                    // Positions were checked when read, so this refusal is
                    // only a guard.
                    let practice = PracticeRef::new(level, position).ok_or_else(|| error::invalid(path(), error::POSITION_REASON))?;
                    if ticks.contains(practice) {
                        return Err(error::invalid(path(), error::LISTED_TWICE));
                    }
                    ticks = ticks.with(practice, true);
                }
            }
            *answers.area_mut(area) = AreaAnswer { ticks, mark: wire.mark.as_ref().map(|mark| mark.0), ..AreaAnswer::default() };
            ratings_priorities::read_ratings(&mut answers, area, wire.ratings.as_ref(), version)?;
        }
        for belief in Belief::ALL {
            let wire = self.beliefs.get(belief);
            *answers.belief_mut(belief) =
                BeliefAnswer { held: wire.held.as_ref().map(|point| point.0), practised: wire.practised.as_ref().map(|point| point.0) };
        }
        let mut barriers = BarrierSet::default();
        for (index, BarrierKey(barrier)) in self.barriers.iter().enumerate() {
            if barriers.contains(*barrier) {
                return Err(error::invalid(format!("barriers[{index}]"), "the barrier is listed more than once"));
            }
            barriers = barriers.with(*barrier, true);
        }
        answers.barriers = barriers;
        ratings_priorities::read_priorities(&mut answers, self.priorities.as_deref(), version)?;
        Ok((answers, self.notes.map(|notes| notes.0)))
    }
}

impl WireAreas {
    /// All five areas, each made by `area`.
    fn build(mut area: impl FnMut(Area) -> WireArea) -> WireAreas {
        WireAreas {
            building_relationships: area(Area::BuildingRelationships),
            linking_to_learning: area(Area::LinkingToLearning),
            addressing_differences: area(Area::AddressingDifferences),
            supporting_advocacy: area(Area::SupportingAdvocacy),
            sharing_power: area(Area::SharingPower),
        }
    }

    /// One area's entry.
    fn get(&self, area: Area) -> &WireArea {
        match area {
            Area::BuildingRelationships => &self.building_relationships,
            Area::LinkingToLearning => &self.linking_to_learning,
            Area::AddressingDifferences => &self.addressing_differences,
            Area::SupportingAdvocacy => &self.supporting_advocacy,
            Area::SharingPower => &self.sharing_power,
        }
    }

    /// One area's entry, to fill.
    fn get_mut(&mut self, area: Area) -> &mut WireArea {
        match area {
            Area::BuildingRelationships => &mut self.building_relationships,
            Area::LinkingToLearning => &mut self.linking_to_learning,
            Area::AddressingDifferences => &mut self.addressing_differences,
            Area::SupportingAdvocacy => &mut self.supporting_advocacy,
            Area::SharingPower => &mut self.sharing_power,
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
            mark: answer.mark.map(MarkKey),
            ticked: WireTicked {
                fortress: positions(Level::Fortress),
                come_if_we_call: positions(Level::ComeIfWeCall),
                open_door: positions(Level::OpenDoor),
                partnership: positions(Level::Partnership),
            },
            ratings: None,
            pta_standards: None,
            epstein_types: None,
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

    /// One level's positions, to fill.
    fn get_mut(&mut self, level: Level) -> &mut Vec<Position> {
        match level {
            Level::Fortress => &mut self.fortress,
            Level::ComeIfWeCall => &mut self.come_if_we_call,
            Level::OpenDoor => &mut self.open_door,
            Level::Partnership => &mut self.partnership,
        }
    }
}

impl WireBeliefs {
    /// All four beliefs, each made by `belief`.
    fn build(mut belief: impl FnMut(Belief) -> WireBelief) -> WireBeliefs {
        WireBeliefs {
            dreams_for_children: belief(Belief::DreamsForChildren),
            capacity_to_support: belief(Belief::CapacityToSupport),
            equal_partners: belief(Belief::EqualPartners),
            staff_responsibility: belief(Belief::StaffResponsibility),
        }
    }

    /// One belief's entry.
    fn get(&self, belief: Belief) -> &WireBelief {
        match belief {
            Belief::DreamsForChildren => &self.dreams_for_children,
            Belief::CapacityToSupport => &self.capacity_to_support,
            Belief::EqualPartners => &self.equal_partners,
            Belief::StaffResponsibility => &self.staff_responsibility,
        }
    }

    /// One belief's entry, to fill.
    fn get_mut(&mut self, belief: Belief) -> &mut WireBelief {
        match belief {
            Belief::DreamsForChildren => &mut self.dreams_for_children,
            Belief::CapacityToSupport => &mut self.capacity_to_support,
            Belief::EqualPartners => &mut self.equal_partners,
            Belief::StaffResponsibility => &mut self.staff_responsibility,
        }
    }
}

impl WireBelief {
    /// The entry for one belief's answer.
    fn new(answer: &BeliefAnswer) -> WireBelief {
        WireBelief { held: answer.held.map(Point), practised: answer.practised.map(Point) }
    }
}

#[cfg(test)]
mod tests;
