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
//! # Plan file (format version 2)
//!
//! ```json
//! {
//!   "format": "partnership-selfcheck-team-plan",
//!   "version": 2,
//!   "instrument_version": 1,
//!   "items": [
//!     {
//!       "practice": { "area": "sharing_power", "level": "open_door", "position": 2 },
//!       "what": "Invite two parents to the next planning meeting.",
//!       "area": "sharing_power",
//!       "lead": "Deputy head",
//!       "by_when": "March",
//!       "cost_and_funding": "None",
//!       "how_we_know": "Parents' ideas appear in the minutes.",
//!       "review": { "status": "partly", "how_we_know_met": "cant_tell", "learned": "" }
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
//! every other field is required and may be empty text. Version 2 added
//! the optional `review` ([`StepReview`]: `status`, `how_we_know_met`, both
//! optional keys, and `learned`, required text), written only once
//! something of it is said; a version 1 file still opens, unreviewed, and a
//! `review` in it is refused as unknown. Reading is strict,
//! by the same reader as results files (`core::strict_json`): files over
//! [`MAX_FILE_BYTES`] or nested deeper than [`MAX_DEPTH`] are refused before
//! parsing; the format and versions are checked next, so a newer file says
//! so; then unknown and duplicate fields, `null`s, lists written for
//! objects and out-of-range values are refused, each by its path
//! ([`PlanFileError`]).
//!
//! [`MAX_FILE_BYTES`]: crate::core::strict_json::MAX_FILE_BYTES
//! [`MAX_DEPTH`]: crate::core::strict_json::MAX_DEPTH
//!
//! `text` and `item` hold the model, `review` the year-later review of a step,
//! `carry` the tally of a reviewed plan and next year's plan from its
//! unfinished steps, `action` the reducer, `wire` and
//! `error` the file, `draft` the stored form, `guide` the meeting guide.
//! No submodule uses this one, so their imports form no circle.

mod action;
mod carry;
mod draft;
mod error;
mod from_team;
mod guide;
mod item;
mod review;
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
pub use review::{KnowMet, ReviewTally, StepReview, StepStatus};
pub use text::{BoundedText, LongText, ShortText, TextError, LONG_TEXT_CHARS, SHORT_TEXT_CHARS};
pub use wire::{PLAN_FILE_VERSION, PLAN_FORMAT_NAME};

/// The plan file for the plan, as pretty-printed JSON.
pub fn export(plan: &TeamPlan) -> String {
    wire::write(plan)
}

/// Reads a plan file. Never panics; every problem is a [`PlanFileError`]
/// that names the field at fault. See the module docs for what is accepted.
pub fn import(text: &str) -> Result<TeamPlan, PlanFileError> {
    wire::read(text)
}
