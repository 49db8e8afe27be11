//! The downloadable results file: one person's answers as JSON, with their
//! private notes only when they chose to include them.
//!
//! # Schema (file format version 2)
//!
//! ```json
//! {
//!   "format": "partnership-selfcheck",
//!   "version": 2,
//!   "instrument_version": 1,
//!   "assessment_id": "00a1b2c3d4",
//!   "areas": {
//!     "building_relationships": {
//!       "mark": "open_door",
//!       "ticked": { "fortress": [0, 2], "come_if_we_call": [], "open_door": [1], "partnership": [] },
//!       "ratings": { "0": "easy", "2": "hard" },
//!       "pta_standards": ["welcoming_all_families", "communicating_effectively"],
//!       "epstein_types": ["communicating", "volunteering"]
//!     },
//!     "linking_to_learning": {
//!       "mark": "not_sure",
//!       "ticked": { "fortress": [], "come_if_we_call": [], "open_door": [], "partnership": [] },
//!       "ratings": {},
//!       "pta_standards": ["supporting_student_success"],
//!       "epstein_types": ["learning_at_home"]
//!     },
//!     "addressing_differences": { "mark": null, "ticked": { … }, "ratings": {}, … },
//!     "supporting_advocacy": { "mark": null, "ticked": { … }, "ratings": {}, … },
//!     "sharing_power": { "mark": null, "ticked": { … }, "ratings": {}, … }
//!   },
//!   "beliefs": {
//!     "dreams_for_children": { "held": 5, "practised": 3 },
//!     "capacity_to_support": { "held": 4, "practised": null },
//!     "equal_partners": { "held": null, "practised": null },
//!     "staff_responsibility": { "held": null, "practised": null }
//!   },
//!   "barriers": ["handling_conflict", "physical_safety"],
//!   "priorities": [{ "area": "building_relationships", "practice": 0 }],
//!   "notes": "Only here when the person chose to include their notes."
//! }
//! ```
//!
//! | field                | meaning                                                         |
//! |----------------------|-----------------------------------------------------------------|
//! | `format`             | always `"partnership-selfcheck"`                                |
//! | `version`            | file format version, 1 or 2; a higher one is refused as "newer" |
//! | `instrument_version` | version of the questions the answers belong to                  |
//! | `assessment_id`      | the random assessment id, 10 hexadecimal digits                 |
//! | `areas`              | all five areas by key; `mark` is a level key, `"not_sure"` or `null`; `ticked` lists, for each of the four level keys, the 0-based positions (0–3) of ticked practices |
//! | `areas.*.ratings`    | version 2: the feasibility of the practices one level above the mark, by position (`"0"`–`"3"`): `already_doing`, `easy`, `takes_time` or `hard`; unrated practices are left out, and an area marked Partnership, "not sure" or not at all has `{}` |
//! | `areas.*.pta_standards`, `areas.*.epstein_types` | version 2, optional: the area's crosswalk (keys of the PTA standards and Epstein's types), written for reporting and ignored on reading |
//! | `beliefs`            | all four beliefs by key; `held` and `practised` are 1–5 or `null` |
//! | `barriers`           | keys of the checked barriers, each at most once                 |
//! | `priorities`         | version 2: up to three practices to work on, each an `area` with a next level up and the `practice`'s position (0–3) at that level, in area order |
//! | `notes`              | optional text; absent unless the person included their notes    |
//!
//! Reading is strict, so a hand-edited or damaged file is reported rather than
//! half-read: every field above except `notes` and the crosswalk is required
//! in the versions that have it, unknown fields
//! are refused (not ignored), duplicate keys are refused, and lists may not
//! repeat an entry. Hex digits of the id may be upper or lower case; they are
//! written in lower case. Files over [`MAX_FILE_BYTES`] or nested deeper than
//! the schema could need ([`MAX_DEPTH`]) are refused before they are parsed.
//! These rules, and the reading of the format and versions first, are the
//! strict reader's (`core::strict_json`), which team plan files share.
//!
//! Version 1 is version 2 without `ratings`, the crosswalk and `priorities`;
//! in a version 1 file those are unknown fields, so it reads exactly as it
//! always did, and gives no ratings or priorities. The exporter always
//! writes version 2, so that every file names the frameworks each area is
//! reported against. More than three
//! priorities, or a rating or priority in an area with no next level up, are
//! refused with their own messages ([`PlanProblem`]). The crosswalk may be
//! left out and is otherwise skipped, whatever it holds: the widget always
//! takes the content's (`core::content::crosswalk`), so a file written
//! before the content revised it still opens, and the bundle carries no
//! reader for data it would not use.
//!
//! `wire` holds the structs serde writes and the strict reader fills, whose
//! values are the types in `leaf`; `ratings_priorities` reads and writes the
//! fields of version 2; `error` gives the strict reader's refusals the
//! results file's own words, [`FileError`]s that name the field by its
//! path. No submodule uses this one, so their imports form no circle.

mod bytes;
mod error;
mod leaf;
mod question;
mod ratings_priorities;
mod wire;

pub use bytes::text_of;
pub use error::{FileDetail, FileError, PlanProblem};
pub use question::Question;
pub use wire::{FILE_VERSION, FORMAT_NAME};

pub use crate::core::strict_json::{MAX_DEPTH, MAX_FILE_BYTES};

use super::model::{Answers, INSTRUMENT_VERSION};
use super::session::{SharedView, Source};
use super::share::{self, ShareError};
use super::strict_json::{self, Header};

/// What [`import`] read from a results file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The answers.
    pub answers: Answers,
    /// The private notes, when the file includes them.
    pub notes: Option<String>,
}

/// The results file for the answers, as pretty-printed JSON. `notes` are
/// written only when given, so leaving them out is the default.
pub fn export(answers: &Answers, notes: Option<&str>) -> String {
    // Writing these structs cannot fail: every map key is a field name and
    // every value a string, number, null or list of them (the round-trip
    // tests read back every file written). An `expect` here would bring
    // the error's `Debug` formatting, and with it string escaping, into the
    // bundle for a case that never happens.
    let mut text = serde_json::to_string_pretty(&wire::WireFile::new(answers, notes)).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a results file. Never panics; every problem is a [`FileError`] that
/// names the field at fault. See the module docs for what is accepted.
pub fn import(text: &str) -> Result<Imported, FileError> {
    let top = strict_json::parse::<&'static str>(text)?;
    // The format and versions are checked before the strict read, so that a
    // different or newer file gets that message rather than a field error.
    let header = Header { format: FORMAT_NAME, newest: FILE_VERSION, newest_instrument: u64::from(INSTRUMENT_VERSION) };
    let version = strict_json::versions(&top, header).map_err(|refusal| FileError::from(refusal.map_problem(error::version_reason)))?;
    let (answers, notes) = wire::read(&top, version)?.into_answers(version)?;
    Ok(Imported { answers, notes })
}

/// Why pasted text could not be opened: it was taken for a results file or
/// for a link or code, and that reader refused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastedError {
    /// The text looked like a link or code, and is not a readable one.
    Link(ShareError),
    /// The text looked like a results file, and is not a readable one.
    File(FileError),
}

/// Reads pasted or dropped text. Text whose first character (after a byte
/// order mark and white space) is `{` can only be a results file, since no
/// link or code starts that way; anything else is read as a link or code.
pub fn read_pasted(input: &str) -> Result<SharedView, PastedError> {
    let trimmed = input.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        import(input)
            .map(|imported| SharedView { answers: imported.answers, source: Source::File, notes: imported.notes })
            .map_err(PastedError::File)
    } else {
        share::decode(input).map(|answers| SharedView { answers, source: Source::Link, notes: None }).map_err(PastedError::Link)
    }
}

#[cfg(test)]
mod tests;
