//! The plan kept on the facilitator's device between visits, in the shape
//! of everything kept (`core::stored`): a one-line header, then the
//! plan file itself, so one strict reader and one set of tests serve both.
//!
//! ```text
//! partnership-selfcheck-team-plan-draft 1
//! { "format": "partnership-selfcheck-team-plan", "version": 2, ... }
//! ```
//!
//! When the browser blocks storage, the tools page keeps the plan in
//! memory and offers the plan file instead; nothing here depends on
//! storage working.

use super::error::PlanFileError;
use super::item::TeamPlan;
use super::wire;
use crate::core::content::ToolsKey;
use crate::core::file::FileError;
use crate::core::stored::{self, StoredError};

/// The first word of every plan draft.
const MAGIC: &str = "partnership-selfcheck-team-plan-draft";

/// The plan draft format this version writes. Older ones must keep loading.
pub const PLAN_DRAFT_VERSION: u32 = 1;

/// Why a stored plan could not be read. The page then keeps the stored text
/// untouched and offers it for download, so nothing is silently lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanDraftError {
    /// The text does not start with the plan draft's header.
    NotADraft,
    /// A newer version of the tools saved it.
    NewerVersion(u32),
    /// The header is fine, but the plan is not readable.
    Plan(PlanFileError),
}

impl PlanDraftError {
    /// The tools page's text for the error.
    pub fn message_key(&self) -> ToolsKey {
        match self {
            // A newer plan file inside a draft was saved by a newer version
            // all the same.
            PlanDraftError::NewerVersion(_)
            | PlanDraftError::Plan(PlanFileError::File(FileError::NewerVersion { .. } | FileError::NewerInstrument { .. })) => {
                ToolsKey::TeamPlanDraftNewer
            }
            PlanDraftError::NotADraft | PlanDraftError::Plan(_) => ToolsKey::TeamPlanDraftUnreadable,
        }
    }
}

/// The plan as text for storage.
pub fn encode_draft(plan: &TeamPlan) -> String {
    stored::write(MAGIC, PLAN_DRAFT_VERSION, "", &wire::write(plan))
}

/// Reads a stored plan.
pub fn decode_draft(text: &str) -> Result<TeamPlan, PlanDraftError> {
    let kept = stored::read(text, MAGIC, PLAN_DRAFT_VERSION).map_err(|error| match error {
        StoredError::NotOurs => PlanDraftError::NotADraft,
        StoredError::Newer(version) => PlanDraftError::NewerVersion(version),
    })?;
    wire::read(kept.body).map_err(PlanDraftError::Plan)
}
