//! The fields file format version 2 added to version 1: per area, the
//! feasibility ratings of the next level's practices and the area's
//! crosswalk, written for reporting; at the top, the priorities. Together
//! the ratings and priorities are the person's plan of next steps.
//!
//! The fields are declared in `wire` beside the others; the readers here
//! take them from the strict reader's tree, through [`since_v2`], which is
//! told the version of the file: in a file of version 1 each is an unknown
//! field, refused where it stands, so a version 1 file reads exactly as the
//! version 1 reader read it.

use serde::{Serialize, Serializer};

use super::error::{self, FileError, PlanProblem, Refused};
use super::leaf::{self, AreaKey, Position, RatingKey};
use crate::core::content;
use crate::core::model::{Answers, Area, PlanPractice, Priorities, MAX_PRACTICES_PER_CELL, MAX_PRIORITIES};
use crate::core::strict_json::{At, Field};

/// The first file version with ratings, priorities and the crosswalk.
pub(super) const RATINGS_VERSION: u64 = 2;

/// An area's `pta_standards` or `epstein_types`: the keys of its crosswalk,
/// written for whoever reports from the file and, as a field of version 2,
/// skipped on reading whatever they hold (see [`read_crosswalk`]).
/// The widget always takes the content's (`core::content::crosswalk`), so
/// a file written before the content revised it, or edited by hand, still
/// opens to the same answers; and skipping spares the bundle a reader for
/// data it never uses.
pub(super) struct Crosswalk(Vec<&'static str>);

impl Serialize for Crosswalk {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// The rated practices of an area's next level up, by position: an object
/// such as `{"0": "easy", "2": "hard"}`. An object rather than a list of
/// entries keeps the largest file (every practice rated, notes at their
/// limit) within `MAX_FILE_BYTES`, and the strict reader then refuses a
/// practice rated twice (a repeated key) or beyond any cell (an unknown key)
/// by its path.
/// The four keys are the positions below `MAX_PRACTICES_PER_CELL`.
#[derive(Default, Serialize)]
pub(super) struct WireRatings {
    #[serde(rename = "0", skip_serializing_if = "Option::is_none")]
    first: Option<RatingKey>,
    #[serde(rename = "1", skip_serializing_if = "Option::is_none")]
    second: Option<RatingKey>,
    #[serde(rename = "2", skip_serializing_if = "Option::is_none")]
    third: Option<RatingKey>,
    #[serde(rename = "3", skip_serializing_if = "Option::is_none")]
    fourth: Option<RatingKey>,
}

/// The keys of [`WireRatings`], the positions in order.
const RATING_FIELDS: [Field; MAX_PRACTICES_PER_CELL as usize] =
    [Field::optional("0"), Field::optional("1"), Field::optional("2"), Field::optional("3")];

impl WireRatings {
    /// The four positions' entries, in order.
    fn slots(&self) -> [&Option<RatingKey>; MAX_PRACTICES_PER_CELL as usize] {
        [&self.first, &self.second, &self.third, &self.fourth]
    }

    /// The entry for a position; `None` beyond the four.
    fn slot_mut(&mut self, position: u8) -> Option<&mut Option<RatingKey>> {
        match position {
            0 => Some(&mut self.first),
            1 => Some(&mut self.second),
            2 => Some(&mut self.third),
            3 => Some(&mut self.fourth),
            _ => None,
        }
    }
}

/// One priority: a practice of an area's next level up.
#[derive(Serialize)]
pub(super) struct WirePriority {
    area: AreaKey,
    practice: Position,
}

/// The keys of [`WirePriority`].
const PRIORITY_FIELDS: [Field; 2] = [Field::required("area"), Field::required("practice")];

/// Reads a field of version 2 of a file of `version`: in an older file it is
/// unknown, whatever its value.
pub(super) fn since_v2<T>(at: At<'_>, version: u64, read: impl FnOnce(At<'_>) -> Result<T, Refused>) -> Result<T, Refused> {
    if version < RATINGS_VERSION {
        return Err(at.unknown());
    }
    read(at)
}

/// Reads an area's `ratings`: an object of positions, each rated once.
pub(super) fn read_ratings_field(at: At<'_>) -> Result<WireRatings, Refused> {
    let mut ratings = WireRatings::default();
    at.object(&RATING_FIELDS, &mut |position, value| {
        let rating = leaf::read_some(value)?;
        if let Some(slot) = u8::try_from(position).ok().and_then(|position| ratings.slot_mut(position)) {
            *slot = Some(rating);
        }
        Ok(())
    })?;
    Ok(ratings)
}

/// Reads a crosswalk field of version 2, which is skipped, whatever it holds.
pub(super) fn read_crosswalk(at: At<'_>, version: u64) -> Result<Crosswalk, Refused> {
    since_v2(at, version, |_| Ok(Crosswalk(Vec::new())))
}

/// Reads the `priorities` list.
pub(super) fn read_priorities_field(at: At<'_>) -> Result<Vec<WirePriority>, Refused> {
    let mut list = Vec::new();
    at.list(&mut |entry| {
        // Placeholders: both fields are required, so both are read or the
        // file is refused.
        let (mut area, mut practice) = (AreaKey(Area::ALL[0]), Position(0));
        entry.object(&PRIORITY_FIELDS, &mut |field, value| {
            match field {
                0 => area = leaf::read_some(value)?,
                _ => practice = leaf::read_some(value)?,
            }
            Ok(())
        })?;
        list.push(WirePriority { area, practice });
        Ok(())
    })?;
    Ok(list)
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
pub(super) fn priorities_of(answers: &Answers) -> Vec<WirePriority> {
    answers.priorities().iter().map(|p| WirePriority { area: AreaKey(p.area()), practice: Position(p.position()) }).collect()
}

/// Takes an area's ratings into the answers, whose marks are already read.
/// A file of version 2 must give them (`{}` for none); only an area with a
/// next level up may have any.
pub(super) fn read_ratings(answers: &mut Answers, area: Area, ratings: Option<&WireRatings>, version: u64) -> Result<(), FileError> {
    if version < RATINGS_VERSION {
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
pub(super) fn read_priorities(answers: &mut Answers, priorities: Option<&[WirePriority]>, version: u64) -> Result<(), FileError> {
    if version < RATINGS_VERSION {
        return Ok(());
    }
    let list = priorities.ok_or_else(|| FileError::MissingField { path: "priorities".into() })?;
    let mut chosen: Vec<PlanPractice> = Vec::new();
    for (index, entry) in list.iter().enumerate() {
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
            PlanPractice::new(area, entry.practice.0).ok_or_else(|| error::invalid(format!("{path}.practice"), error::POSITION_REASON))?;
        if chosen.contains(&practice) {
            return Err(error::invalid(path, error::LISTED_TWICE));
        }
        chosen.push(practice);
    }
    // Both refusals were checked above entry by entry, so these are guards.
    let set =
        Priorities::from_practices(chosen).ok_or(FileError::Plan { path: "priorities".into(), problem: PlanProblem::TooManyPriorities })?;
    answers.set_priorities(set).map_err(|_| FileError::Plan { path: "priorities".into(), problem: PlanProblem::NoNextLevel })
}
