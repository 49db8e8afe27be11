//! The pool of distinct assessments, and what happened to each code or file
//! offered to it.

use std::collections::BTreeSet;

use super::counts::TeamCounts;
use super::fast::read_clean_v2;
use super::record::Record;
use crate::core::model::{Answers, AssessmentId};
use crate::core::share::{self, ShareError};

/// What happened to one candidate code or file offered to a [`Pool`].
#[derive(Clone, Debug, PartialEq)]
pub enum EntryStatus {
    /// A new assessment, now counted.
    Added,
    /// The same assessment id as one already counted; it is counted once,
    /// and the answers counted first are kept.
    Duplicate,
    /// The code could not be read; the error says why.
    Damaged(ShareError),
    /// The code was made by a newer version of the widget.
    NewerVersion,
    /// The code reads correctly but holds no answers at all. It is not
    /// counted, because an empty assessment would help reach the privacy
    /// threshold without adding anyone whose answers it protects.
    Blank,
}

impl EntryStatus {
    /// Whether the entry added a new respondent to the pool.
    pub fn is_added(&self) -> bool {
        matches!(self, EntryStatus::Added)
    }
}

/// Where an entry came from, so the interface can point to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntrySource {
    /// A code found in pasted text.
    Text {
        /// The 1-based number of the line where the code starts.
        line: u32,
        /// The code as found (joined when it was broken over two lines).
        code: String,
    },
    /// A results file.
    File {
        /// The name the interface gave the file.
        label: String,
    },
}

/// One candidate found in pasted text, or one file, with what happened to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Where the entry came from.
    pub source: EntrySource,
    /// What happened to it.
    pub status: EntryStatus,
}

/// Everything found in one block of pasted text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    /// Every candidate code, in the order it appears in the text.
    pub entries: Vec<Entry>,
    /// How many non-empty lines held no code at all (quote markers and
    /// whitespace alone do not make a line non-empty).
    pub lines_without_code: u32,
}

impl Extraction {
    /// How many entries ended with each status, for a line such as
    /// "9 added, 2 already counted, 1 damaged".
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for entry in &self.entries {
            tally.count(&entry.status);
        }
        tally
    }
}

/// How many entries ended with each status: those of one [`Extraction`], or
/// of everything a facilitator has added (`Intake::tally`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tally {
    /// New assessments now counted.
    pub added: u32,
    /// Repeats of an assessment already counted.
    pub duplicate: u32,
    /// Codes (or files) that could not be read.
    pub damaged: u32,
    /// Codes from a newer version of the widget.
    pub newer_version: u32,
    /// Codes that hold no answers.
    pub blank: u32,
}

impl Tally {
    /// Counts one more entry with the given status.
    pub fn count(&mut self, status: &EntryStatus) {
        let slot = match status {
            EntryStatus::Added => &mut self.added,
            EntryStatus::Duplicate => &mut self.duplicate,
            EntryStatus::Damaged(_) => &mut self.damaged,
            EntryStatus::NewerVersion => &mut self.newer_version,
            EntryStatus::Blank => &mut self.blank,
        };
        *slot = slot.saturating_add(1);
    }
}

/// The distinct assessments gathered so far: the set of their ids and the
/// running counts of their answers.
///
/// Each assessment is added to the counts once, when it first arrives, and
/// not kept afterwards: sums do not depend on the order they were taken in,
/// and a set of random ids is ordered by the ids, so nothing derived from a
/// pool reveals who shared first or last. Keeping no one's answers also
/// keeps pooling thousands of codes free of a heap allocation per code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pool {
    ids: BTreeSet<AssessmentId>,
    counts: TeamCounts,
}

impl Default for Pool {
    fn default() -> Self {
        Pool { ids: BTreeSet::new(), counts: TeamCounts::empty() }
    }
}

impl Pool {
    /// An empty pool.
    pub fn new() -> Pool {
        Pool::default()
    }

    /// How many distinct assessments the pool holds.
    pub fn len(&self) -> u32 {
        saturating_u32(self.ids.len())
    }

    /// Whether the pool holds no assessment.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Forgets every assessment.
    pub fn clear(&mut self) {
        *self = Pool::default();
    }

    /// Decodes one share code or link and adds it. A clean format 2 code is
    /// read straight into counts; anything else goes through the share
    /// decoder, which tolerates links and says what is wrong.
    pub fn add_code(&mut self, code: &str) -> EntryStatus {
        match read_clean_v2(code) {
            Some(record) => self.insert(&record),
            None => self.add_decoded(share::decode(code)),
        }
    }

    /// Adds one assessment read from a results file. The label only names the
    /// entry for the interface; it is not kept in the pool.
    pub fn add_answers(&mut self, answers: Answers, source_label: &str) -> Entry {
        Entry {
            source: EntrySource::File { label: source_label.to_owned() },
            status: self.insert(&Record::from_answers(&answers)),
        }
    }

    /// Finds every candidate code in a pasted block of text (links, bare
    /// codes, whole e-mail threads or chat exports) and adds each one. See
    /// [`extract_entries`] for what counts as a candidate.
    pub fn add_text(&mut self, text: &str) -> Extraction {
        let scan = share::find_codes(text);
        let entries = scan
            .found
            .into_iter()
            .map(|found| Entry {
                source: EntrySource::Text { line: found.line, code: found.code },
                status: self.add_decoded(found.decoded),
            })
            .collect();
        Extraction { entries, lines_without_code: scan.lines_without_code }
    }

    /// The pooled counts, or `None` while fewer than
    /// [`MIN_RESPONDENTS`](super::MIN_RESPONDENTS) assessments are pooled.
    pub fn counts(&self) -> Option<TeamCounts> {
        self.counts.is_shareable().then(|| self.counts.clone())
    }

    fn add_decoded(&mut self, decoded: Result<Answers, ShareError>) -> EntryStatus {
        match decoded {
            Ok(answers) => self.insert(&Record::from_answers(&answers)),
            Err(error) => status_for_error(error),
        }
    }

    fn insert(&mut self, record: &Record) -> EntryStatus {
        if record.is_blank() {
            return EntryStatus::Blank;
        }
        if !self.ids.insert(record.id) {
            return EntryStatus::Duplicate;
        }
        self.counts.add(record);
        EntryStatus::Added
    }
}

/// Maps a share-code error to an entry status; a code from a newer widget is
/// told apart because the remedy (update the widget) differs from a damaged
/// code's (ask for the link again).
fn status_for_error(error: ShareError) -> EntryStatus {
    if error.is_newer() {
        EntryStatus::NewerVersion
    } else {
        EntryStatus::Damaged(error)
    }
}

/// Decodes many codes into one pool; a helper for benchmarks and bulk tests.
pub fn pool_codes(codes: &[String]) -> Pool {
    let mut pool = Pool::new();
    for code in codes {
        pool.add_code(code);
    }
    pool
}

/// Finds every candidate share code in pasted text, with the status each
/// would get when added to an empty pool (so a repeat of an earlier code in
/// the same text is a `Duplicate`).
///
/// What counts as a candidate, and how mangled links are repaired, is the
/// share module's scanner ([`share::CodesInText`]), the same one that opens
/// a single link. Use [`Pool::add_text`] to also learn how many lines held
/// no code.
pub fn extract_entries(text: &str) -> Vec<Entry> {
    Pool::new().add_text(text).entries
}

/// `n` as a `u32`, saturating: counts of entries and lines never wrap.
pub(super) fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::test_support::person;

    #[test]
    fn an_assessment_counts_once_and_a_blank_one_not_at_all() {
        let mut pool = Pool::new();
        assert_eq!(pool.add_answers(person(1, [1; 5]), "a.json").status, EntryStatus::Added);
        assert_eq!(pool.add_answers(person(1, [4; 5]), "b.json").status, EntryStatus::Duplicate);
        assert_eq!(pool.add_answers(person(2, [0; 5]), "c.json").status, EntryStatus::Blank);
        assert_eq!(pool.len(), 1);
        assert_eq!(pool.counts(), None, "one person is below the floor");
        pool.clear();
        assert!(pool.is_empty());
    }

    #[test]
    fn codes_from_a_newer_widget_are_told_apart_from_damage() {
        assert_eq!(status_for_error(ShareError::NewerVersion { version: 2 }), EntryStatus::NewerVersion);
        assert_eq!(status_for_error(ShareError::Damaged), EntryStatus::Damaged(ShareError::Damaged));
    }

    #[test]
    fn the_tally_counts_each_status() {
        let code = share::encode(&person(3, [2; 5]));
        let text = format!("{code}\n{code}\nP1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
        let tally = Pool::new().add_text(&text).tally();
        assert_eq!(tally, Tally { added: 1, duplicate: 1, damaged: 1, newer_version: 0, blank: 0 });
    }
}
