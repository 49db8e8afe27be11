//! What file format version 2 adds to version 1: per area, the feasibility
//! ratings of the next level's practices and the area's crosswalk, written
//! for reporting; at the top, the priorities.
//!
//! The fields are declared in `wire` beside the others, as the types here
//! ([`SincePlan`], [`Crosswalk`]), which know the version of the file being
//! read: in a file of version 1 each is an unknown field, refused where
//! serde meets it, so a version 1 file reads exactly as the version 1
//! reader read it.

use std::cell::Cell;
use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::error::{self, FileError};
use super::leaf::{AreaKey, Optional, Position, RatingKey};
use super::wire::{invalid, InObject};
use crate::core::content::{self, Key};
use crate::core::model::{Answers, Area, PlanPractice, Priorities, MAX_PRACTICES_PER_CELL, MAX_PRIORITIES};

/// Which rule of the plan a file breaks (see
/// [`crate::core::model::Answers::plan_level`]): each value is allowed, but
/// not with the marks the file gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanProblem {
    /// A rating or priority in an area whose mark has no next level up
    /// (Partnership, "Not sure" or no mark), where there is nothing to plan.
    NoNextLevel,
    /// More priorities than [`MAX_PRIORITIES`].
    TooManyPriorities,
}

impl PlanProblem {
    /// The UI text key of the plain-language explanation.
    pub fn message_key(self) -> Key {
        match self {
            PlanProblem::NoNextLevel => Key::FileErrorNoNextLevel,
            PlanProblem::TooManyPriorities => Key::FileErrorTooManyPriorities,
        }
    }
}

impl fmt::Display for PlanProblem {
    // The end of `FileError`'s English sentence, for logs and tests only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PlanProblem::NoNextLevel => {
                "plans a next step for an area that has none: only an area marked below Partnership has a next level up"
            }
            PlanProblem::TooManyPriorities => "is one priority too many: a plan has at most three",
        })
    }
}

/// The first file version with ratings, priorities and the crosswalk.
pub(super) const PLAN_VERSION: u64 = 2;

thread_local! {
    /// The version of the file being read, which [`SincePlan`] consults for
    /// the fields of version 2; serde offers no other way to hand a derived
    /// struct's fields a value from outside.
    static READING: Cell<u64> = const { Cell::new(PLAN_VERSION) };
}

/// Runs `read` as the reading of a file of `version`.
pub(super) fn reading<T>(version: u64, read: impl FnOnce() -> T) -> T {
    let before = READING.replace(version);
    let result = read();
    READING.set(before);
    result
}

/// The value of a field of version 2, which in an older file is unknown.
/// The field is an [`Optional`] of it, since it may be absent but not
/// `null`. It is a type rather than a `deserialize_with` function for the
/// reason `wire` gives.
pub(super) struct SincePlan<T>(pub(super) T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for SincePlan<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if READING.get() < PLAN_VERSION {
            // One error serves every such field, since its name is not
            // needed: serde_path_to_error's path names the field, and
            // `error::classify` reads only the start of the message.
            return Err(de::Error::unknown_field("a field of file version 2", &[]));
        }
        T::deserialize(d).map(SincePlan)
    }
}

impl<T: Serialize> Serialize for SincePlan<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// An area's `pta_standards` or `epstein_types`: the keys of its crosswalk,
/// written for whoever reports from the file and, as a field of version 2,
/// skipped on reading whatever they hold, so that what is read is empty.
/// The widget always takes the content's (`core::content::crosswalk`), so
/// a file written before the content revised it, or edited by hand, still
/// opens to the same answers; and skipping spares the bundle a reader for
/// data it never uses.
pub(super) struct Crosswalk(Vec<&'static str>);

impl<'de> Deserialize<'de> for Crosswalk {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        SincePlan::<de::IgnoredAny>::deserialize(d).map(|_| Crosswalk(Vec::new()))
    }
}

impl Serialize for Crosswalk {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// The rated practices of an area's next level up, by position: an object
/// such as `{"0": "easy", "2": "hard"}`. An object rather than a list of
/// entries keeps the largest file (every practice rated, notes at their
/// limit) within `MAX_FILE_BYTES`, and serde then refuses a practice rated
/// twice (a repeated key) or beyond any cell (an unknown key) by its path.
/// The four keys are the positions below `MAX_PRACTICES_PER_CELL`.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireRatings {
    #[serde(rename = "0", default, skip_serializing_if = "Optional::is_absent")]
    first: Optional<RatingKey>,
    #[serde(rename = "1", default, skip_serializing_if = "Optional::is_absent")]
    second: Optional<RatingKey>,
    #[serde(rename = "2", default, skip_serializing_if = "Optional::is_absent")]
    third: Optional<RatingKey>,
    #[serde(rename = "3", default, skip_serializing_if = "Optional::is_absent")]
    fourth: Optional<RatingKey>,
}

impl WireRatings {
    /// The four positions' entries, in order.
    fn slots(&self) -> [&Option<RatingKey>; MAX_PRACTICES_PER_CELL as usize] {
        [&self.first.0, &self.second.0, &self.third.0, &self.fourth.0]
    }

    /// The entry for a position; `None` beyond the four.
    fn slot_mut(&mut self, position: u8) -> Option<&mut Option<RatingKey>> {
        match position {
            0 => Some(&mut self.first.0),
            1 => Some(&mut self.second.0),
            2 => Some(&mut self.third.0),
            3 => Some(&mut self.fourth.0),
            _ => None,
        }
    }
}

/// One priority: a practice of an area's next level up.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WirePriority {
    area: AreaKey,
    practice: Position,
}

/// The area's ratings, by position; none for an area without a next level
/// up, whose ratings (which the model never keeps) would not read back.
pub(super) fn ratings_of(answers: &Answers, area: Area) -> WireRatings {
    let mut wire = WireRatings::default();
    if answers.plan_level(area).is_some() {
        let ratings = answers.area(area).ratings;
        for position in 0..MAX_PRACTICES_PER_CELL {
            if let Some(slot) = wire.slot_mut(position) {
                *slot = ratings.get(position).map(RatingKey);
            }
        }
    }
    wire
}

/// The area's crosswalk as the content gives it.
pub(super) fn crosswalk_of(area: Area) -> (Crosswalk, Crosswalk) {
    let crosswalk = content::crosswalk(area);
    (
        Crosswalk(crosswalk.pta_standards.iter().map(|standard| standard.key()).collect()),
        Crosswalk(crosswalk.epstein_types.iter().map(|kind| kind.key()).collect()),
    )
}

/// The priorities, in area order.
pub(super) fn priorities_of(answers: &Answers) -> Vec<InObject<WirePriority>> {
    answers.priorities().iter().map(|p| InObject(WirePriority { area: AreaKey(p.area()), practice: Position(p.position()) })).collect()
}

/// Takes an area's ratings into the answers, whose marks are already read.
/// A file of version 2 must give them (`{}` for none); only an area with a
/// next level up may have any.
pub(super) fn read_ratings(answers: &mut Answers, area: Area, ratings: Option<&WireRatings>, version: u64) -> Result<(), FileError> {
    if version < PLAN_VERSION {
        return Ok(());
    }
    let path = format!("areas.{}.ratings", area.key());
    let ratings = ratings.ok_or_else(|| FileError::MissingField { path: path.clone() })?;
    let rated = (0..).zip(ratings.slots()).filter_map(|(position, slot)| Some((position, slot.as_ref()?.0)));
    for (position, rating) in rated {
        // An area without a next level up has no practices to rate.
        let practice = PlanPractice::new(area, position).filter(|_| answers.plan_level(area).is_some());
        let practice = practice.ok_or(FileError::Plan { path: path.clone(), problem: PlanProblem::NoNextLevel })?;
        answers.set_rating(practice, Some(rating));
    }
    Ok(())
}

/// Takes the priorities into the answers, whose marks are all read. A file
/// of version 2 must list them (`[]` for none): at most
/// [`MAX_PRIORITIES`], each once, each in an area with a next level up.
pub(super) fn read_priorities(answers: &mut Answers, priorities: Option<&[InObject<WirePriority>]>, version: u64) -> Result<(), FileError> {
    if version < PLAN_VERSION {
        return Ok(());
    }
    let list = priorities.ok_or_else(|| FileError::MissingField { path: "priorities".into() })?;
    let mut chosen: Vec<PlanPractice> = Vec::new();
    for (index, InObject(entry)) in list.iter().enumerate() {
        let path = format!("priorities[{index}]");
        if chosen.len() == MAX_PRIORITIES {
            return Err(FileError::Plan { path, problem: PlanProblem::TooManyPriorities });
        }
        let area = entry.area.0;
        if answers.plan_level(area).is_none() {
            return Err(FileError::Plan { path: format!("{path}.area"), problem: PlanProblem::NoNextLevel });
        }
        // Positions were checked when read, so this refusal is only a guard.
        let practice =
            PlanPractice::new(area, entry.practice.0).ok_or_else(|| invalid(format!("{path}.practice"), error::POSITION_REASON))?;
        if chosen.contains(&practice) {
            return Err(invalid(path, error::LISTED_TWICE));
        }
        chosen.push(practice);
    }
    // Both refusals were checked above entry by entry, so these are guards.
    let set =
        Priorities::from_practices(chosen).ok_or(FileError::Plan { path: "priorities".into(), problem: PlanProblem::TooManyPriorities })?;
    answers.set_priorities(set).map_err(|_| FileError::Plan { path: "priorities".into(), problem: PlanProblem::NoNextLevel })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_being_read_is_set_only_while_reading() {
        assert_eq!(READING.get(), PLAN_VERSION);
        assert_eq!(reading(1, || READING.get()), 1);
        assert_eq!(READING.get(), PLAN_VERSION, "restored after reading");
    }
}
