//! What the tools page keeps on the facilitator's device between visits,
//! and how: the pooled self-checks as their share codes, one per line
//! after a header, in the order of their random ids.
//!
//! ```text
//! partnership-selfcheck-team-pool 1
//! P2AAbC…
//! P2AAdE…
//! ```
//!
//! The codes themselves are kept, not only the pooled counts, so that a
//! corrected resend after a reload still replaces the answers it corrects,
//! and so that what is read back goes through the same strict decoder as a
//! pasted link: a damaged line is refused, never counted as other answers.
//! The id order keeps the order people shared in out of storage. The team
//! plan is kept beside it as its own draft (`core::team_plan`); both have
//! the shape of everything kept (`core::stored`). What storage gave at the
//! start and what to do with each key after a change are typed here too.

use crate::core::content::ToolsKey;
use crate::core::stored::{self, StoredError};
use crate::core::team::{EntryStatus, Pool};

/// What storage gave at start: the text under a key, nothing there, or
/// storage blocked.
pub type Stored = Result<Option<String>, StorageBlocked>;

/// The browser refused storage (blocked, or a cross-site frame).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StorageBlocked;

/// What to do with one storage key after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Write this text.
    Write(String),
    /// Remove the key: there is nothing to keep.
    Remove,
    /// Leave the key as it is: storage is blocked, or it holds something
    /// that could not be read and the facilitator has not replaced it yet.
    Leave,
}

/// The first word of the kept pool.
const MAGIC: &str = "partnership-selfcheck-team-pool";

/// The kept pool's format. Older ones must keep loading.
pub const KEPT_POOL_VERSION: u32 = 1;

/// Why the kept pool could not be read whole. The page then leaves the
/// stored text as it is until the facilitator changes the pool, so nothing
/// is lost without a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptPoolError {
    /// The text does not start with the kept pool's header.
    NotAPool,
    /// A newer version of the tools kept it.
    NewerVersion(u32),
    /// Some lines could not be read; the readable ones are pooled.
    Unreadable {
        /// The pool of the readable lines.
        pool: Box<Pool>,
        /// How many lines could not be read.
        lines: u32,
    },
}

impl KeptPoolError {
    /// The tools page's text for the error.
    pub fn message_key(&self) -> ToolsKey {
        match self {
            KeptPoolError::NewerVersion(_) => ToolsKey::KeptPoolNewer,
            KeptPoolError::NotAPool | KeptPoolError::Unreadable { .. } => ToolsKey::KeptPoolUnreadable,
        }
    }
}

/// The pool as text for storage.
pub fn encode_pool(pool: &Pool) -> String {
    let mut codes = String::new();
    for code in pool.codes() {
        codes.push_str(code);
        codes.push('\n');
    }
    stored::write(MAGIC, KEPT_POOL_VERSION, "", &codes)
}

/// Reads a kept pool. Every line must be a code the pool accepts as a new
/// self-check; anything else makes the whole text [`KeptPoolError::Unreadable`],
/// with the readable part pooled.
pub fn decode_pool(text: &str) -> Result<Pool, KeptPoolError> {
    let kept = stored::read(text, MAGIC, KEPT_POOL_VERSION).map_err(|error| match error {
        StoredError::NotOurs => KeptPoolError::NotAPool,
        StoredError::Newer(version) => KeptPoolError::NewerVersion(version),
    })?;
    let mut pool = Pool::new();
    let mut unreadable = 0u32;
    for line in kept.body.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if pool.add_code(line) != EntryStatus::Added {
            unreadable = unreadable.saturating_add(1);
        }
    }
    if unreadable == 0 {
        Ok(pool)
    } else {
        Err(KeptPoolError::Unreadable { pool: Box::new(pool), lines: unreadable })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Answers, Area, AssessmentId, Level, Mark};
    use crate::core::share;

    fn person(id: u64, level: Level) -> Answers {
        let mut answers = Answers::new(AssessmentId::new(id).expect("fits"));
        answers.set_mark(Area::SharingPower, Some(Mark::Level(level)));
        answers
    }

    #[test]
    fn a_kept_pool_reads_back_the_same_pool() {
        let mut pool = Pool::new();
        for (id, level) in [(5, Level::Fortress), (2, Level::OpenDoor), (9, Level::Partnership)] {
            pool.add_code(&share::encode(&person(id, level)));
        }
        let text = encode_pool(&pool);
        assert!(text.starts_with("partnership-selfcheck-team-pool 1\n"));
        assert_eq!(decode_pool(&text), Ok(pool));
        assert_eq!(decode_pool("partnership-selfcheck-team-pool 1\n"), Ok(Pool::new()));
    }

    #[test]
    fn damage_and_newer_versions_are_refused_and_the_readable_part_kept() {
        let good = share::encode(&person(1, Level::OpenDoor));
        let mut damaged = good.clone();
        damaged.replace_range(10..11, if &good[10..11] == "A" { "B" } else { "A" });
        let Err(KeptPoolError::Unreadable { pool, lines }) =
            decode_pool(&format!("partnership-selfcheck-team-pool 1\n{good}\n{damaged}\n{good}\n"))
        else {
            panic!("a damaged line is refused")
        };
        assert_eq!((pool.len(), lines), (1, 2), "the damaged line and the repeat");
        assert_eq!(decode_pool("partnership-selfcheck-team-pool 2\n"), Err(KeptPoolError::NewerVersion(2)));
        assert_eq!(decode_pool("hello"), Err(KeptPoolError::NotAPool));
        assert_eq!(decode_pool(""), Err(KeptPoolError::NotAPool));
        assert_eq!(KeptPoolError::NewerVersion(2).message_key(), ToolsKey::KeptPoolNewer);
    }
}
