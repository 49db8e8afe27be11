//! The facilitator's action plan ("a plan to leave with"): the steps a team
//! agrees at its staff meeting, each from a practice of the rubric or one
//! the facilitator typed, with the framework's fields (what we will do, the
//! area it serves, who leads, by when, cost and funding, how we will know it
//! worked); the plan file and its draft; and the meeting guide that leads
//! up to it.
//!
//! The plan may hold names, so it is private to the facilitator's device:
//! it never goes into a share code, a team code or a link, only into the
//! plan file they download and the draft in their browser's storage.
//!
//! # Limits
//!
//! At most [`MAX_ITEMS`] (12) items, no rubric practice twice. Long texts
//! (the typed practice, what, cost and funding, how we will know) hold at
//! most [`LONG_TEXT_CHARS`] (250) characters, short ones (lead, by when)
//! [`SHORT_TEXT_CHARS`] (80); no control characters but line breaks and
//! tabs. So the longest plan is well under the results file's 64 KiB cap
//! (tested), which the reader also applies.
//!
//! # Plan file (format version 1)
//!
//! ```json
//! {
//!   "format": "partnership-selfcheck-team-plan",
//!   "version": 1,
//!   "instrument_version": 1,
//!   "items": [
//!     {
//!       "practice": { "area": "sharing_power", "level": "open_door", "position": 2 },
//!       "what": "Invite two parents to the next planning meeting.",
//!       "area": "sharing_power",
//!       "lead": "Deputy head",
//!       "by_when": "March",
//!       "cost_and_funding": "None",
//!       "how_we_know": "Parents' ideas appear in the minutes."
//!     },
//!     {
//!       "typed_practice": "Coffee mornings at drop-off",
//!       "what": "…", "area": "building_relationships", "lead": "…",
//!       "by_when": "…", "cost_and_funding": "…", "how_we_know": "…"
//!     }
//!   ]
//! }
//! ```
//!
//! Each item has exactly one of `practice` (a rubric practice: area key,
//! school type key, 0-based position 0–3) and `typed_practice` (text);
//! every other field is required and may be empty text. Reading is strict,
//! as for results files (`core::file`): files over the results file's
//! [`MAX_FILE_BYTES`] or nested deeper
//! than its [`MAX_DEPTH`] are refused before
//! parsing; the format and versions are checked next, so a newer file says
//! so; then unknown and duplicate fields, `null`s, lists written for
//! objects and out-of-range values are refused, each by its path
//! ([`PlanFileError`]).
//!
//! `text` and `item` hold the model, `action` the reducer, `wire` and
//! `error` the file, `draft` the stored form, `guide` the meeting guide.

mod action;
mod draft;
mod error;
mod from_team;
mod guide;
mod item;
mod text;
mod wire;

pub use action::Action;
pub use draft::{decode_draft, encode_draft, PlanDraftError, PLAN_DRAFT_VERSION};
pub use error::{PlanFileError, ValueProblem};
pub use from_team::{family_gap_practices, guide_input, plan_suggestions, MAX_FAMILY_GAP_PRACTICES, MAX_SUGGESTED_PRACTICES};
pub use guide::{
    GuideInput, GuideSection, MeetingGuide, SectionBody, SectionKind, MAX_GUIDE_BARRIERS, MAX_GUIDE_BELIEFS, MAX_GUIDE_SPLIT_AREAS,
    MEETING_MINUTES,
};
pub use item::{PlanError, PlanStep, PracticeSource, RubricPractice, TeamPlan, TextField, MAX_ITEMS};
pub use text::{BoundedText, LongText, ShortText, TextError, LONG_TEXT_CHARS, SHORT_TEXT_CHARS};

use crate::core::file::{nesting_depth, FileError, MAX_DEPTH, MAX_FILE_BYTES};

/// The value of a plan file's `format` field.
pub const PLAN_FORMAT_NAME: &str = "partnership-selfcheck-team-plan";

/// The newest plan file version this build reads, and the one it writes.
pub const PLAN_FILE_VERSION: u64 = 1;

/// The plan file for the plan, as pretty-printed JSON.
pub fn export(plan: &TeamPlan) -> String {
    wire::write(plan)
}

/// Reads a plan file. Never panics; every problem is a [`PlanFileError`]
/// that names the field at fault. See the module docs for what is accepted.
pub fn import(text: &str) -> Result<TeamPlan, PlanFileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() }.into());
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if nesting_depth(text) > MAX_DEPTH {
        return Err(FileError::TooDeep.into());
    }
    wire::check_header(text)?;
    wire::read_plan(text)
}
