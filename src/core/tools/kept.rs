//! What the tools page keeps on the facilitator's device between visits,
//! and how: the pooled self-checks as their share codes, then the pooled
//! families as their family codes, one per line after a header, each side
//! in the order of its random ids.
//!
//! ```text
//! partnership-selfcheck-team-pool 2
//! P2AAbC…
//! P2AAdE…
//! F1AbC…
//! ```
//!
//! Version 1 held share codes alone and still loads.
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
use crate::core::family::{decode_family, encode_family, FamilyEntry, FamilyPool};
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
pub const KEPT_POOL_VERSION: u32 = 2;

/// The two pools kept on the device: the staff's self-checks and the
/// families' answers, each kept apart as on the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeptPools {
    /// The pooled self-checks.
    pub staff: Pool,
    /// The pooled families.
    pub families: FamilyPool,
}

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
        /// The pools of the readable lines.
        pools: Box<KeptPools>,
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

/// The pools as text for storage.
pub fn encode_pool(pool: &Pool, families: &FamilyPool) -> String {
    let mut codes = String::new();
    let family_codes = families.iter().map(encode_family);
    for code in pool.codes().map(str::to_owned).chain(family_codes) {
        codes.push_str(&code);
        codes.push('\n');
    }
    stored::write(MAGIC, KEPT_POOL_VERSION, "", &codes)
}

/// Reads kept pools. Every line must be a code a pool accepts as a new
/// self-check or a new family; anything else makes the whole text
/// [`KeptPoolError::Unreadable`], with the readable part pooled.
pub fn decode_pool(text: &str) -> Result<KeptPools, KeptPoolError> {
    let kept = stored::read(text, MAGIC, KEPT_POOL_VERSION).map_err(|error| match error {
        StoredError::NotOurs => KeptPoolError::NotAPool,
        StoredError::Newer(version) => KeptPoolError::NewerVersion(version),
    })?;
    let mut pools = KeptPools::default();
    let mut unreadable = 0u32;
    for line in kept.body.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let added = if line.starts_with('F') {
            decode_family(line).is_ok_and(|answers| pools.families.add(answers) == FamilyEntry::Added)
        } else {
            pools.staff.add_code(line) == EntryStatus::Added
        };
        if !added {
            unreadable = unreadable.saturating_add(1);
        }
    }
    if unreadable == 0 {
        Ok(pools)
    } else {
        Err(KeptPoolError::Unreadable { pools: Box::new(pools), lines: unreadable })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::family::{FamilyAnswers, FamilyId, PlaceAnswer};
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
        let mut families = FamilyPool::default();
        for seed in [3, 1] {
            let mut answers = FamilyAnswers::new(FamilyId::from_random([seed, 2, 3, 4, 5]));
            answers.set_place(Area::SharingPower, Some(PlaceAnswer::DontKnow));
            families.add(answers);
        }
        let text = encode_pool(&pool, &families);
        assert!(text.starts_with("partnership-selfcheck-team-pool 2\n"));
        assert_eq!(text.lines().filter(|line| line.starts_with('F')).count(), 2);
        assert_eq!(decode_pool(&text), Ok(KeptPools { staff: pool.clone(), families }));
        assert_eq!(decode_pool("partnership-selfcheck-team-pool 2\n"), Ok(KeptPools::default()));
        // A pool kept by a build that kept self-checks alone still loads.
        let version_1 = encode_pool(&pool, &FamilyPool::default()).replacen(" 2\n", " 1\n", 1);
        assert_eq!(decode_pool(&version_1), Ok(KeptPools { staff: pool, families: FamilyPool::default() }));
    }

    #[test]
    fn damage_and_newer_versions_are_refused_and_the_readable_part_kept() {
        let good = share::encode(&person(1, Level::OpenDoor));
        let mut damaged = good.clone();
        damaged.replace_range(10..11, if &good[10..11] == "A" { "B" } else { "A" });
        let family = encode_family(&FamilyAnswers::new(FamilyId::from_random([9, 9, 9, 9, 9])));
        let cut = &family[..family.len() - 1];
        let Err(KeptPoolError::Unreadable { pools, lines }) =
            decode_pool(&format!("partnership-selfcheck-team-pool 2\n{good}\n{damaged}\n{good}\n{family}\n{cut}\n"))
        else {
            panic!("a damaged line is refused")
        };
        assert_eq!((pools.staff.len(), pools.families.len(), lines), (1, 1, 3), "the damaged lines and the repeat");
        assert_eq!(decode_pool("partnership-selfcheck-team-pool 3\n"), Err(KeptPoolError::NewerVersion(3)));
        assert_eq!(decode_pool("hello"), Err(KeptPoolError::NotAPool));
        assert_eq!(decode_pool(""), Err(KeptPoolError::NotAPool));
        assert_eq!(KeptPoolError::NewerVersion(3).message_key(), ToolsKey::KeptPoolNewer);
    }
}
