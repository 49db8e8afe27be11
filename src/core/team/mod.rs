//! Team results: pooling many people's share codes into counts, summarising
//! them only from enough distinct respondents, and carrying the pooled counts
//! as one team code, a CSV file, or a before/after comparison.
//!
//! Privacy rules that shape this module:
//!
//! - Team results are shown only from [`MIN_RESPONDENTS`] distinct
//!   assessments up, as trusted survey tools do; the [`Threshold`] can be
//!   raised but never lowered below that.
//! - The pool is ordered by the random assessment ids, never by the order
//!   people's codes arrived in, because submission order can re-identify
//!   people. It keeps each assessment's code (what the facilitator was
//!   sent), so that a corrected resend replaces the answers it corrects and
//!   the facilitator's device can keep the pool between visits; nothing
//!   derived from it (counts, team codes, the CSV) holds anyone's answers.
//! - A team code carries only pooled counts, never anyone's own answers, and
//!   it refuses to exist for fewer than [`MIN_RESPONDENTS`] people.
//!
//! Everything here is pure and total: no input, however damaged, makes it
//! panic.
//!
//! The modules, from the bottom up: `threshold` holds the privacy floor;
//! `record` one person's answers as the pool counts them, and `fast` reads
//! a clean share code straight into one; `counts` the pooled numbers, with
//! `practice_counts` the plan's per practice; `pool` the distinct assessments;
//! `summary` what is shown, with `conversations` (the split areas),
//! `beliefs` (the widest gap) and `pooled_plan` (quick wins, what will be
//! hard); `code`, `csv` and `compare` carry the counts
//! elsewhere (`moves` counting and wording what a comparison moved), and `years` sets a team's two years side by side for the
//! plan's review; `intake` logs everything a facilitator adds.
//! Everything public is re-exported here, so callers write
//! `core::team::Pool` whichever file it lives in.

mod beliefs;
mod code;
mod compare;
mod conversations;
mod counts;
mod csv;
mod fast;
mod intake;
mod moves;
mod pool;
mod pooled_plan;
mod practice_counts;
mod record;
mod summary;
mod team_links;
mod threshold;
mod years;

pub use crate::core::share::MIN_BARE_CANDIDATE_LEN;
pub use beliefs::TeamWidestGap;
pub use code::{
    decode_team, decode_team_with_families, encode_team, encode_team_with_families, TeamCodeError, TeamCodeRead, TEAM_CODE_PREFIX,
    TEAM_CODE_VERSION, TEAM_CODE_VERSION_FAMILIES,
};
pub use compare::{
    compare, compare_checked, profile_from_text, AreaShift, BeliefPoint, BeliefShift, Comparison, Direction, MixedKinds, Overall,
    OverallShift, Pairing, Profile, ProfileError, ProfileKind, Refusal, ScaleShift,
};
pub use conversations::{prompt_key, Agreement, Conversations, Split, SplitKind, MIN_ON_EACH_SIDE, MOST_CONVERSATIONS};
pub use counts::{AreaCounts, BeliefCounts, TeamCounts};
pub use csv::{
    counts_csv, counts_csv_with_families, crosswalk_names, csv_text_label, push_row as push_csv_row, BYTE_ORDER_MARK, CSV_HEADER,
};
pub use intake::{Intake, IntakeAction, LogLine};
pub use moves::AreaMoves;
pub use pool::{extract_entries, pool_codes, Entry, EntrySource, EntryStatus, Extraction, Pool, Resend, Tally, Version};
pub use pooled_plan::{HardPractice, PooledPlan, PooledPlanStep, TeamPractice, MIN_FOR_A_LIST};
pub use practice_counts::PracticeCounts;
pub use summary::{summarize, summarize_counts, AreaSummary, BeliefSummary, Summary, TeamNextStep, TeamNextSteps, TeamSummary};
pub use team_links::{find_team_links, TeamLinkFound};
pub use threshold::{Threshold, MIN_RESPONDENTS};
pub use years::{BarrierShift, FamiliesYears, FamilyAreaShift, GapMove, GapShift, TeamYears};

#[cfg(test)]
mod test_support;
