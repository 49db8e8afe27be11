//! The pool of distinct assessments, and what happened to each code or file
//! offered to it.

use std::collections::BTreeMap;

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
    /// The same assessment id and the same answers as one already counted;
    /// it is counted once.
    Duplicate,
    /// The same assessment id as one already counted, with different
    /// answers: the person sent a corrected self-check. The answers that
    /// arrived last are counted, and the pool keeps the earlier ones so the
    /// facilitator can choose them instead ([`Pool::keep_version`]).
    Changed(AssessmentId),
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
    /// Repeats of an assessment already counted, with the same answers.
    pub duplicate: u32,
    /// Repeats of an assessment already counted, with different answers.
    pub changed: u32,
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
            EntryStatus::Changed(_) => &mut self.changed,
            EntryStatus::Damaged(_) => &mut self.damaged,
            EntryStatus::NewerVersion => &mut self.newer_version,
            EntryStatus::Blank => &mut self.blank,
        };
        *slot = slot.saturating_add(1);
    }
}

/// The distinct assessments gathered so far: each one's code and what the
/// pool counts of it, by its random id, and the running counts.
///
/// The pool is ordered by the random ids, never by arrival, so nothing
/// derived from it (the counts, the codes kept on the device) reveals who
/// shared first or last. It keeps each assessment's code, not only the
/// counts, for two reasons: a corrected resend (the same id with other
/// answers) must replace the answers counted before, which needs them; and
/// the facilitator's device keeps the pool between visits as the codes
/// themselves (`core::tools::kept`), read back through the same strict
/// decoder as a pasted link. The codes are what the facilitator was sent;
/// "Clear everything" forgets them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pool {
    kept: BTreeMap<AssessmentId, Kept>,
    /// For an assessment sent again with different answers: the version
    /// not counted now and which one it is, so the facilitator can switch.
    other: BTreeMap<AssessmentId, (Kept, Version)>,
    counts: TeamCounts,
}

/// One assessment as the pool holds it: what it counts, and its code.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Kept {
    record: Record,
    code: Box<str>,
}

/// Which of two versions of a resent self-check to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Version {
    /// The answers that arrived first.
    Earlier,
    /// The answers that arrived last (the default).
    Later,
}

impl Version {
    /// The other version.
    pub fn flip(self) -> Version {
        match self {
            Version::Earlier => Version::Later,
            Version::Later => Version::Earlier,
        }
    }
}

/// A self-check sent twice with different answers, and which version counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Resend {
    /// The assessment's random id.
    pub id: AssessmentId,
    /// Which version is counted now.
    pub counted: Version,
}

impl Default for Pool {
    fn default() -> Self {
        Pool { kept: BTreeMap::new(), other: BTreeMap::new(), counts: TeamCounts::empty() }
    }
}

impl Pool {
    /// An empty pool.
    pub fn new() -> Pool {
        Pool::default()
    }

    /// How many distinct assessments the pool holds.
    pub fn len(&self) -> u32 {
        saturating_u32(self.kept.len())
    }

    /// Whether the pool holds no assessment.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
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
            Some(record) => self.insert(record, || code.into()),
            None => self.add_decoded(share::decode(code)),
        }
    }

    /// Adds one assessment read from a results file. The label only names the
    /// entry for the interface; it is not kept in the pool.
    pub fn add_answers(&mut self, answers: Answers, source_label: &str) -> Entry {
        Entry {
            source: EntrySource::File { label: source_label.to_owned() },
            status: self.insert(Record::from_answers(&answers), || share::encode(&answers).into()),
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
            Ok(answers) => self.insert(Record::from_answers(&answers), || share::encode(&answers).into()),
            Err(error) => status_for_error(error),
        }
    }

    /// The code of every assessment counted now, in the order of their
    /// random ids (never the order they arrived in).
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.kept.values().map(|kept| &*kept.code)
    }

    /// Every self-check sent again with different answers, with the version
    /// counted now, in the order of their ids.
    pub fn resends(&self) -> impl Iterator<Item = Resend> + '_ {
        self.other.iter().map(|(id, (_, other))| Resend { id: *id, counted: other.flip() })
    }

    /// Counts the chosen version of a resent self-check; nothing happens for
    /// an id that was not resent or a version already counted.
    pub fn keep_version(&mut self, id: AssessmentId, version: Version) {
        let Some((other, other_version)) = self.other.get_mut(&id) else { return };
        if *other_version != version {
            return;
        }
        if let Some(kept) = self.kept.get_mut(&id) {
            std::mem::swap(kept, other);
            *other_version = version.flip();
            self.recount();
        }
    }

    /// The counts made again from every assessment kept, after one was
    /// replaced; rare, so simplicity wins over subtracting in place.
    fn recount(&mut self) {
        let mut counts = TeamCounts::empty();
        for kept in self.kept.values() {
            counts.add(&kept.record);
        }
        self.counts = counts;
    }

    fn insert(&mut self, record: Record, code: impl FnOnce() -> Box<str>) -> EntryStatus {
        if record.is_blank() {
            return EntryStatus::Blank;
        }
        let id = record.id;
        match self.kept.get_mut(&id) {
            None => {
                self.counts.add(&record);
                self.kept.insert(id, Kept { record, code: code() });
                EntryStatus::Added
            }
            Some(kept) if kept.record == record => EntryStatus::Duplicate,
            Some(kept) => {
                // The answers that arrive last are counted: a resend is most
                // often a correction. The replaced ones stay as "earlier".
                let earlier = std::mem::replace(kept, Kept { record, code: code() });
                self.other.insert(id, (earlier, Version::Earlier));
                self.recount();
                EntryStatus::Changed(id)
            }
        }
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
    use crate::core::model::Level;
    use crate::core::team::test_support::person;

    #[test]
    fn an_assessment_counts_once_and_a_blank_one_not_at_all() {
        let mut pool = Pool::new();
        assert_eq!(pool.add_answers(person(1, [1; 5]), "a.json").status, EntryStatus::Added);
        assert_eq!(pool.add_answers(person(1, [1; 5]), "b.json").status, EntryStatus::Duplicate);
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
        assert_eq!(tally, Tally { added: 1, duplicate: 1, changed: 0, damaged: 1, newer_version: 0, blank: 0 });
    }

    #[test]
    fn a_resend_with_other_answers_counts_the_later_until_the_earlier_is_chosen() {
        let mut pool = Pool::new();
        for (id, marks) in [(1, [1; 5]), (2, [2; 5]), (3, [2; 5]), (4, [2; 5]), (5, [4; 5])] {
            pool.add_answers(person(id, marks), "a.json");
        }
        let with_earlier = pool.counts().expect("five people");
        let id = person(1, [1; 5]).id;
        assert_eq!(pool.add_answers(person(1, [3; 5]), "b.json").status, EntryStatus::Changed(id));
        assert_eq!(pool.len(), 5, "still five people");
        let with_later = pool.counts().expect("five people");
        let area = with_later.area(crate::core::model::Area::ALL[0]);
        assert_eq!((area.at(Level::Fortress), area.at(Level::OpenDoor)), (0, 1));
        assert_eq!(pool.resends().collect::<Vec<_>>(), vec![Resend { id, counted: Version::Later }]);

        pool.keep_version(id, Version::Earlier);
        assert_eq!(pool.counts(), Some(with_earlier.clone()), "the earlier answers, counted exactly as before");
        assert_eq!(pool.resends().collect::<Vec<_>>(), vec![Resend { id, counted: Version::Earlier }]);
        pool.keep_version(id, Version::Earlier);
        assert_eq!(pool.counts(), Some(with_earlier), "choosing the counted version changes nothing");
        pool.keep_version(id, Version::Later);
        assert_eq!(pool.counts(), Some(with_later));
        assert_eq!(pool.add_answers(person(1, [3; 5]), "c.json").status, EntryStatus::Duplicate);
    }

    #[test]
    fn the_codes_kept_are_in_id_order_and_pool_back_to_the_same_counts() {
        let mut pool = Pool::new();
        for id in [9, 3, 7, 1, 5] {
            pool.add_answers(person(id, [2, 3, 1, 4, 9]), "a.json");
        }
        let codes: Vec<String> = pool.codes().map(str::to_owned).collect();
        let ids: Vec<u64> = codes.iter().filter_map(|c| share::decode(c).ok()).map(|a| a.id.value()).collect();
        assert_eq!(ids, vec![1, 3, 5, 7, 9]);
        assert_eq!(pool_codes(&codes), pool, "the codes are the pool");
    }
}
