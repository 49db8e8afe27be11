//! Team results: pooling many people's share codes into counts, summarising
//! them only from enough distinct respondents, and carrying the pooled counts
//! as one team code, a CSV file, or a before/after comparison.
//!
//! Privacy rules that shape this module:
//!
//! - Team results are shown only from [`MIN_RESPONDENTS`] distinct
//!   assessments up, as trusted survey tools do; the [`Threshold`] can be
//!   raised but never lowered below that.
//! - The pool keeps answers keyed by their random assessment id, never in
//!   the order they arrived, because submission order can re-identify people.
//! - A team code carries only pooled counts, never anyone's own answers, and
//!   it refuses to exist for fewer than [`MIN_RESPONDENTS`] people.
//!
//! Everything here is pure and total: no input, however damaged, makes it
//! panic.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use super::codec;
use super::content::{ToolsKey, ToolsText};
use super::model::{Answers, Area, AssessmentId, Barrier, Belief, Level, Likert, Mark};
use super::scoring::{score_levels, AreaScore};
use super::share::{self, ShareError};

/// The fewest distinct respondents whose pooled results may be shown,
/// encoded or exported.
pub const MIN_RESPONDENTS: u16 = 5;

/// How many distinct respondents a team needs before its results are shown.
/// It is never below [`MIN_RESPONDENTS`]: a team may demand more people, but
/// no setting can weaken the privacy floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Threshold(u16);

impl Threshold {
    /// A threshold of `n` respondents, raised to [`MIN_RESPONDENTS`] when `n`
    /// is smaller. Clamping (rather than failing) means a bad setting in an
    /// embedding page still yields the safe minimum.
    pub fn new(n: u16) -> Threshold {
        Threshold(n.max(MIN_RESPONDENTS))
    }

    /// The number of distinct respondents required.
    pub fn get(self) -> u16 {
        self.0
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Threshold(MIN_RESPONDENTS)
    }
}

// ---------------------------------------------------------------------------
// Pool and extraction
// ---------------------------------------------------------------------------

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
            let slot = match entry.status {
                EntryStatus::Added => &mut tally.added,
                EntryStatus::Duplicate => &mut tally.duplicate,
                EntryStatus::Damaged(_) => &mut tally.damaged,
                EntryStatus::NewerVersion => &mut tally.newer_version,
                EntryStatus::Blank => &mut tally.blank,
            };
            *slot = slot.saturating_add(1);
        }
        tally
    }
}

/// How many entries of an [`Extraction`] ended with each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tally {
    /// New assessments now counted.
    pub added: u32,
    /// Repeats of an assessment already counted.
    pub duplicate: u32,
    /// Codes that could not be read.
    pub damaged: u32,
    /// Codes from a newer version of the widget.
    pub newer_version: u32,
    /// Codes that hold no answers.
    pub blank: u32,
}

/// The distinct assessments gathered so far, keyed by assessment id.
///
/// The map is ordered by the random id, not by arrival, so nothing derived
/// from a pool reveals who shared first or last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pool {
    answers: BTreeMap<AssessmentId, Answers>,
}

impl Pool {
    /// An empty pool.
    pub fn new() -> Pool {
        Pool::default()
    }

    /// How many distinct assessments the pool holds.
    pub fn len(&self) -> u32 {
        saturating_u32(self.answers.len())
    }

    /// Whether the pool holds no assessment.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// Forgets every assessment.
    pub fn clear(&mut self) {
        self.answers.clear();
    }

    /// Decodes one share code or link and adds it.
    pub fn add_code(&mut self, code: &str) -> EntryStatus {
        self.add_decoded(share::decode(code))
    }

    /// Adds one assessment read from a results file. The label only names the
    /// entry for the interface; it is not kept in the pool.
    pub fn add_answers(&mut self, answers: Answers, source_label: &str) -> Entry {
        Entry {
            source: EntrySource::File { label: source_label.to_owned() },
            status: self.insert(answers),
        }
    }

    /// Finds every candidate code in a pasted block of text (links, bare
    /// codes, whole e-mail threads or chat exports) and adds each one. See
    /// [`extract_entries`] for what counts as a candidate.
    pub fn add_text(&mut self, text: &str) -> Extraction {
        let scan = scan_text(text);
        let entries = scan
            .candidates
            .into_iter()
            .map(|candidate| Entry {
                source: EntrySource::Text { line: candidate.line, code: candidate.code },
                status: self.add_decoded(candidate.decoded),
            })
            .collect();
        Extraction { entries, lines_without_code: scan.lines_without_code }
    }

    /// The pooled counts, or `None` while fewer than [`MIN_RESPONDENTS`]
    /// assessments are pooled.
    pub fn counts(&self) -> Option<TeamCounts> {
        TeamCounts::from_answers(self.answers.values())
    }

    fn add_decoded(&mut self, decoded: Result<Answers, ShareError>) -> EntryStatus {
        match decoded {
            Ok(answers) => self.insert(answers),
            Err(error) => status_for_error(error),
        }
    }

    fn insert(&mut self, answers: Answers) -> EntryStatus {
        if answers.is_blank() {
            return EntryStatus::Blank;
        }
        match self.answers.entry(answers.id) {
            std::collections::btree_map::Entry::Occupied(_) => EntryStatus::Duplicate,
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(answers);
                EntryStatus::Added
            }
        }
    }
}

/// Maps a share-code error to an entry status; a code from a newer widget is
/// told apart because the remedy (update the widget) differs from a damaged
/// code's (ask for the link again).
fn status_for_error(error: ShareError) -> EntryStatus {
    if is_newer(&error) {
        EntryStatus::NewerVersion
    } else {
        EntryStatus::Damaged(error)
    }
}

/// Whether the error means the code needs a newer widget (a newer code
/// format or a newer instrument), rather than that it is damaged.
fn is_newer(error: &ShareError) -> bool {
    matches!(error, ShareError::NewerVersion { .. } | ShareError::NewerInstrument { .. })
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
/// A candidate is either
/// - whatever follows `#r=` in a link, up to the first character that cannot
///   be in a code (even when it is too short or damaged, because the link
///   says a code was meant to be there), or
/// - a bare `P`, a version digit and a run of base64url characters
///   (`A–Z a–z 0–9 - _`), at least [`MIN_BARE_CANDIDATE_LEN`] characters in
///   all, not preceded by a letter or digit; the length floor keeps words
///   such as "P2P" or "P1 meeting" from being reported as damaged codes.
///
/// Percent-escapes (`%2D`, `%3D`, …) are decoded first. A code that a mail
/// program broke over two lines is joined only when the joined text passes
/// the code's checksum, so joining never invents a code. Use
/// [`Pool::add_text`] to also learn how many lines held no code.
pub fn extract_entries(text: &str) -> Vec<Entry> {
    Pool::new().add_text(text).entries
}

/// The fewest characters (prefix and version digit included) that a bare
/// code must have to be reported as a candidate.
pub const MIN_BARE_CANDIDATE_LEN: usize = 20;

/// A candidate found in text, already decoded.
struct Candidate {
    line: u32,
    code: String,
    decoded: Result<Answers, ShareError>,
}

/// The raw result of scanning text, before anything is added to a pool.
struct Scan {
    candidates: Vec<Candidate>,
    lines_without_code: u32,
}

/// A code's position within one (percent-decoded) line.
struct Found {
    start: usize,
    end: usize,
}

fn is_code_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// The end of the run of code characters starting at `from`.
fn run_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while bytes.get(end).is_some_and(|b| is_code_byte(*b)) {
        end += 1;
    }
    end
}

/// Undoes percent-escapes whose byte is a code character, `=` or `#`
/// (all a share link needs), up to three times. Other escapes are left
/// alone so the result is still valid text.
fn percent_decode_repeated(line: &str) -> String {
    codec::percent_decode_repeated(line, |b| is_code_byte(b) || b == b'=' || b == b'#')
}

/// Every candidate in one line, left to right.
fn find_in_line(line: &str) -> Vec<Found> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i..i + 3) == Some(b"#r=") {
            let start = i + 3;
            let end = run_end(bytes, start);
            found.push(Found { start, end });
            i = end.max(i + 1);
            continue;
        }
        let at_boundary = i == 0 || bytes.get(i - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
        if bytes.get(i) == Some(&b'P')
            && at_boundary
            && bytes.get(i + 1).is_some_and(|b| (b'1'..=b'9').contains(b))
        {
            let end = run_end(bytes, i + 1);
            if end - i >= MIN_BARE_CANDIDATE_LEN {
                found.push(Found { start: i, end });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// Decodes a candidate. When it fails and ends in `-` or `_`, those may be
/// punctuation that touched the code (a dash after a link), so the shorter
/// forms are tried too; the checksum keeps this from accepting a wrong code.
fn decode_candidate(code: &str) -> Result<Answers, ShareError> {
    let first = share::decode(code);
    if !is_damaged(&first) {
        return first;
    }
    let mut shorter = code;
    while let Some(trimmed) = shorter.strip_suffix(['-', '_']) {
        shorter = trimmed;
        if let Ok(answers) = share::decode(shorter) {
            return Ok(answers);
        }
    }
    first
}

/// The start of a line once quote markers ("> > ") and indentation are
/// skipped, as a byte offset.
fn content_start(line: &str) -> usize {
    line.len() - line.trim_start_matches(|c: char| c == '>' || c.is_whitespace()).len()
}

fn scan_text(text: &str) -> Scan {
    let lines: Vec<String> = text.lines().map(percent_decode_repeated).collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut lines_without_code: u32 = 0;
    // Bytes at the start of a line already used to finish a code broken over
    // the previous line; they are not scanned again.
    let mut skip_to: usize = 0;
    for (index, line) in lines.iter().enumerate() {
        let line_number = saturating_u32(index.saturating_add(1));
        let rest = line.get(skip_to..).unwrap_or("");
        let joined_here = skip_to > 0;
        skip_to = 0;
        let found = find_in_line(rest);
        if found.is_empty() {
            if !joined_here && content_start(rest) < rest.len() {
                lines_without_code = lines_without_code.saturating_add(1);
            }
            continue;
        }
        let count = found.len();
        for (position, Found { start, end }) in found.into_iter().enumerate() {
            let code = rest.get(start..end).unwrap_or("").to_owned();
            let mut decoded = decode_candidate(&code);
            let mut code = code;
            let is_last = position + 1 == count;
            let ends_line = rest.get(end..).is_some_and(|tail| tail.trim().is_empty());
            if is_last && ends_line && is_damaged(&decoded) {
                if let Some(next) = lines.get(index + 1) {
                    let from = content_start(next);
                    let to = run_end(next.as_bytes(), from);
                    if to > from {
                        let joined = format!("{code}{}", next.get(from..to).unwrap_or(""));
                        if let Ok(answers) = share::decode(&joined) {
                            decoded = Ok(answers);
                            code = joined;
                            skip_to = to;
                        }
                    }
                }
            }
            candidates.push(Candidate { line: line_number, code, decoded });
        }
    }
    Scan { candidates, lines_without_code }
}

fn is_damaged(decoded: &Result<Answers, ShareError>) -> bool {
    matches!(decoded, Err(error) if !is_newer(error))
}

fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// ---------------------------------------------------------------------------
// Counts
// ---------------------------------------------------------------------------

/// How many respondents marked each school type in one area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AreaCounts {
    levels: [u32; 4],
    not_sure: u32,
    unmarked: u32,
}

impl AreaCounts {
    /// How many marked the given school type.
    pub fn at(&self, level: Level) -> u32 {
        self.levels.get(level.index()).copied().unwrap_or(0)
    }

    /// How many marked "Not sure".
    pub fn not_sure(&self) -> u32 {
        self.not_sure
    }

    /// How many left the area without a mark.
    pub fn unmarked(&self) -> u32 {
        self.unmarked
    }

    /// How many chose a school type (not sure and unmarked excluded).
    pub fn marked(&self) -> u32 {
        self.levels.iter().fold(0u32, |sum, c| sum.saturating_add(*c))
    }

    /// The lower median of the chosen school types: with the marks sorted
    /// from Fortress to Partnership, the one at position ⌈k/2⌉ of k. For an
    /// even count this is the lower of the two middle marks, a cautious
    /// reading that never shows the team further along than half of those
    /// who marked say it is. `None` when nobody chose a type.
    pub fn median(&self) -> Option<Level> {
        let marked = self.marked();
        if marked == 0 {
            return None;
        }
        // The 1-based rank of the lower median.
        let rank = marked.div_ceil(2);
        let mut seen: u32 = 0;
        for level in Level::ALL {
            seen = seen.saturating_add(self.at(level));
            if seen >= rank {
                return Some(level);
            }
        }
        None
    }

    /// How the marks spread around the median; `None` when nobody chose a type.
    pub fn spread(&self) -> Option<Spread> {
        let median = self.median()?;
        let marked = self.marked();
        let mut off = 0u32;
        let mut far = 0u32;
        for level in Level::ALL {
            let steps = level.number().abs_diff(median.number());
            if steps >= 1 {
                off = off.saturating_add(self.at(level));
            }
            if steps >= 2 {
                far = far.saturating_add(self.at(level));
            }
        }
        let disagreement = if far > 0 && u64::from(far) * 4 >= u64::from(marked) {
            Disagreement::High
        } else if off > 0 && u64::from(off) * 3 >= u64::from(marked) {
            Disagreement::Some
        } else {
            Disagreement::Low
        };
        Some(Spread { disagreement, marked, off_median: off, far_from_median: far })
    }
}

/// How one belief was rated across respondents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BeliefCounts {
    held: [u32; 5],
    practised: [u32; 5],
    gap_sum: i64,
    gap_count: u32,
}

impl BeliefCounts {
    /// How many rated how strongly they hold the belief at the given point.
    pub fn held(&self, point: Likert) -> u32 {
        self.held.get(usize::from(point.value() - 1)).copied().unwrap_or(0)
    }

    /// How many rated the school's practice of the belief at the given point.
    pub fn practised(&self, point: Likert) -> u32 {
        self.practised.get(usize::from(point.value() - 1)).copied().unwrap_or(0)
    }

    /// How many answered the "held" scale.
    pub fn held_answered(&self) -> u32 {
        self.held.iter().fold(0u32, |s, c| s.saturating_add(*c))
    }

    /// How many answered the "practised" scale.
    pub fn practised_answered(&self) -> u32 {
        self.practised.iter().fold(0u32, |s, c| s.saturating_add(*c))
    }

    /// How many answered both scales; the gap is averaged over them.
    pub fn gap_count(&self) -> u32 {
        self.gap_count
    }

    /// The sum of held minus practised over those who answered both.
    pub fn gap_sum(&self) -> i64 {
        self.gap_sum
    }

    /// The average "held" point in tenths (42 means 4.2), rounded half away
    /// from zero; `None` when nobody answered.
    pub fn held_tenths(&self) -> Option<u16> {
        average_tenths(&self.held)
    }

    /// The average "practised" point in tenths; `None` when nobody answered.
    pub fn practised_tenths(&self) -> Option<u16> {
        average_tenths(&self.practised)
    }

    /// The average of held minus practised over those who answered both, in
    /// tenths (15 means practice trails the belief by 1.5 points), rounded
    /// half away from zero. Integers keep the figure exact and identical
    /// wherever it is recomputed. `None` when nobody answered both.
    pub fn gap_tenths(&self) -> Option<i16> {
        let tenths = rounded_tenths(self.gap_sum, self.gap_count)?;
        i16::try_from(tenths).ok()
    }
}

/// `sum / count` in tenths, rounded half away from zero.
fn rounded_tenths(sum: i64, count: u32) -> Option<i64> {
    if count == 0 {
        return None;
    }
    let count = i128::from(count);
    let scaled = i128::from(sum) * 10;
    let magnitude = (scaled.abs() * 2 + count) / (count * 2);
    let signed = if scaled < 0 { -magnitude } else { magnitude };
    i64::try_from(signed).ok()
}

fn average_tenths(histogram: &[u32; 5]) -> Option<u16> {
    let mut sum: i64 = 0;
    let mut count: u32 = 0;
    for (value, n) in (1i64..).zip(histogram) {
        sum += value * i64::from(*n);
        count = count.saturating_add(*n);
    }
    rounded_tenths(sum, count).and_then(|t| u16::try_from(t).ok())
}

/// The pooled counts of at least [`MIN_RESPONDENTS`] distinct assessments:
/// everything a team summary, team code or CSV file is built from.
///
/// It can only be made from a pool or a team code, both of which check the
/// minimum, so holding a `TeamCounts` means it is safe to show.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TeamCounts {
    respondents: u32,
    areas: [AreaCounts; 5],
    beliefs: [BeliefCounts; 4],
    barriers: [u32; 8],
}

impl TeamCounts {
    /// How many distinct respondents were pooled.
    pub fn respondents(&self) -> u32 {
        self.respondents
    }

    /// The counts for one area.
    pub fn area(&self, area: Area) -> AreaCounts {
        self.areas.get(area.index()).copied().unwrap_or_default()
    }

    /// The counts for one belief.
    pub fn belief(&self, belief: Belief) -> BeliefCounts {
        self.beliefs.get(belief.index()).copied().unwrap_or_default()
    }

    /// How many checked the barrier.
    pub fn barrier(&self, barrier: Barrier) -> u32 {
        self.barriers.get(barrier.index()).copied().unwrap_or(0)
    }

    /// Tallies the given assessments; `None` when there are fewer than
    /// [`MIN_RESPONDENTS`]. The caller passes distinct assessments.
    fn from_answers<'a>(answers: impl Iterator<Item = &'a Answers>) -> Option<TeamCounts> {
        let mut counts = TeamCounts {
            respondents: 0,
            areas: [AreaCounts::default(); 5],
            beliefs: [BeliefCounts::default(); 4],
            barriers: [0; 8],
        };
        for one in answers {
            counts.respondents = counts.respondents.saturating_add(1);
            for (area, slot) in Area::ALL.into_iter().zip(counts.areas.iter_mut()) {
                let cell = match one.area(area).mark {
                    None => &mut slot.unmarked,
                    Some(Mark::NotSure) => &mut slot.not_sure,
                    Some(Mark::Level(level)) => match slot.levels.get_mut(level.index()) {
                        Some(cell) => cell,
                        None => continue,
                    },
                };
                *cell = cell.saturating_add(1);
            }
            for (belief, slot) in Belief::ALL.into_iter().zip(counts.beliefs.iter_mut()) {
                let answer = one.belief(belief);
                if let Some(cell) = answer.held.and_then(|p| slot.held.get_mut(usize::from(p.value() - 1))) {
                    *cell = cell.saturating_add(1);
                }
                if let Some(cell) =
                    answer.practised.and_then(|p| slot.practised.get_mut(usize::from(p.value() - 1)))
                {
                    *cell = cell.saturating_add(1);
                }
                if let Some(gap) = answer.gap() {
                    slot.gap_sum = slot.gap_sum.saturating_add(i64::from(gap));
                    slot.gap_count = slot.gap_count.saturating_add(1);
                }
            }
            for (barrier, slot) in Barrier::ALL.into_iter().zip(counts.barriers.iter_mut()) {
                if one.barriers.contains(barrier) {
                    *slot = slot.saturating_add(1);
                }
            }
        }
        (counts.respondents >= u32::from(MIN_RESPONDENTS)).then_some(counts)
    }

    /// Whether the counts could have come from `respondents` real
    /// assessments. Decoding checks this so that a code which passes its
    /// checksum by chance still cannot show impossible numbers.
    fn is_consistent(&self) -> bool {
        let n = u64::from(self.respondents);
        let sum = |values: &[u32]| values.iter().map(|v| u64::from(*v)).sum::<u64>();
        let areas_ok = self.areas.iter().all(|a| {
            sum(&a.levels) + u64::from(a.not_sure) + u64::from(a.unmarked) == n
        });
        let beliefs_ok = self.beliefs.iter().all(|b| {
            let held = sum(&b.held);
            let practised = sum(&b.practised);
            let both = u64::from(b.gap_count);
            held <= n
                && practised <= n
                && both <= held.min(practised)
                && b.gap_sum.unsigned_abs() <= 4 * both
        });
        let barriers_ok = self.barriers.iter().all(|b| u64::from(*b) <= n);
        self.respondents >= u32::from(MIN_RESPONDENTS) && areas_ok && beliefs_ok && barriers_ok
    }
}

// ---------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------

/// How far apart staff are in one area, in plain words.
///
/// Measured over those who chose a school type, against the area's lower
/// median:
/// - `High`: at least a quarter are two or more steps from the median (for
///   example Fortress against a median of Open-Door);
/// - `Some`: otherwise, at least a third chose a type other than the median;
/// - `Low`: otherwise, most chose the median and almost nobody is far off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Disagreement {
    /// Most agree on the median; almost nobody is far off.
    Low,
    /// At least a third chose another type, but few are far off.
    Some,
    /// At least a quarter are two or more steps from the median.
    High,
}

/// The spread of one area's marks, with the numbers behind the word so the
/// interface can say "3 of 12 are two or more steps from the middle".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Spread {
    /// The spread in plain words.
    pub disagreement: Disagreement,
    /// How many chose a school type.
    pub marked: u32,
    /// How many of them chose a type other than the median.
    pub off_median: u32,
    /// How many of them are two or more steps from the median.
    pub far_from_median: u32,
}

/// One area of the team summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaSummary {
    /// The area summarised.
    pub area: Area,
    /// How many chose each type, not sure, or nothing.
    pub counts: AreaCounts,
    /// See [`AreaCounts::median`].
    pub median: Option<Level>,
    /// `None` when nobody chose a type in this area.
    pub spread: Option<Spread>,
}

/// One belief of the team summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeliefSummary {
    /// The belief summarised.
    pub belief: Belief,
    /// The distribution of both scales and the gap totals.
    pub counts: BeliefCounts,
    /// See [`BeliefCounts::held_tenths`].
    pub held_tenths: Option<u16>,
    /// See [`BeliefCounts::practised_tenths`].
    pub practised_tenths: Option<u16>,
    /// See [`BeliefCounts::gap_tenths`].
    pub gap_tenths: Option<i16>,
}

/// A team's results, derived entirely from [`TeamCounts`], so a team code
/// reproduces exactly the summary it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSummary {
    /// The counts the summary was derived from.
    pub counts: TeamCounts,
    /// How many distinct respondents.
    pub respondents: u32,
    /// Every area, in the instrument's order.
    pub areas: [AreaSummary; 5],
    /// The areas ordered by widest disagreement first: the conversations the
    /// team most needs to have. Ties are broken by the larger share far from
    /// the median, then the larger share off it, then the instrument's order;
    /// areas nobody marked come last.
    pub by_disagreement: Vec<Area>,
    /// The scoring guide applied to the median of each area.
    pub score: AreaScore,
    /// Every belief, in the instrument's order.
    pub beliefs: [BeliefSummary; 4],
    /// How many checked each barrier, in the instrument's order.
    pub barriers: [(Barrier, u32); 8],
}

impl TeamSummary {
    /// Derives the summary from pooled counts.
    pub fn from_counts(counts: &TeamCounts) -> TeamSummary {
        let areas = Area::ALL.map(|area| {
            let c = counts.area(area);
            AreaSummary { area, counts: c, median: c.median(), spread: c.spread() }
        });
        let mut by_disagreement: Vec<Area> = Area::ALL.to_vec();
        by_disagreement.sort_by(|a, b| {
            let spread_of = |area: &Area| areas.get(area.index()).and_then(|s| s.spread);
            compare_spread(spread_of(b), spread_of(a)).then(a.index().cmp(&b.index()))
        });
        let score = score_levels(areas.map(|a| a.median));
        let beliefs = Belief::ALL.map(|belief| {
            let c = counts.belief(belief);
            BeliefSummary {
                belief,
                counts: c,
                held_tenths: c.held_tenths(),
                practised_tenths: c.practised_tenths(),
                gap_tenths: c.gap_tenths(),
            }
        });
        let barriers = Barrier::ALL.map(|barrier| (barrier, counts.barrier(barrier)));
        TeamSummary {
            counts: counts.clone(),
            respondents: counts.respondents(),
            areas,
            by_disagreement,
            score,
            beliefs,
            barriers,
        }
    }

    /// The summary of one area.
    pub fn area(&self, area: Area) -> AreaSummary {
        self.areas.get(area.index()).copied().unwrap_or(AreaSummary {
            area,
            counts: AreaCounts::default(),
            median: None,
            spread: None,
        })
    }

    /// The summary of one belief.
    pub fn belief(&self, belief: Belief) -> Option<BeliefSummary> {
        self.beliefs.get(belief.index()).copied()
    }
}

/// Orders spreads from least to most disagreement; no spread is least.
fn compare_spread(a: Option<Spread>, b: Option<Spread>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => a
            .disagreement
            .cmp(&b.disagreement)
            .then_with(|| compare_share(a.far_from_median, a.marked, b.far_from_median, b.marked))
            .then_with(|| compare_share(a.off_median, a.marked, b.off_median, b.marked)),
    }
}

/// Compares the fractions `x / of_x` and `y / of_y` exactly.
fn compare_share(x: u32, of_x: u32, y: u32, of_y: u32) -> Ordering {
    (u64::from(x) * u64::from(of_y)).cmp(&(u64::from(y) * u64::from(of_x)))
}

/// The team's results, or why they cannot be shown yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Summary {
    /// Fewer distinct respondents than the threshold: nothing is shown.
    TooFew {
        /// How many distinct respondents there are.
        have: u16,
        /// How many more are needed to reach the threshold.
        need_more: u16,
    },
    /// The summary, boxed because it is far larger than the other variant.
    Ready(Box<TeamSummary>),
}

/// Summarises a pool, or says how many more respondents are needed.
pub fn summarize(pool: &Pool, threshold: Threshold) -> Summary {
    match too_few(pool.len(), threshold) {
        Some(too_few) => too_few,
        None => match pool.counts() {
            Some(counts) => Summary::Ready(Box::new(TeamSummary::from_counts(&counts))),
            // Unreachable while the threshold is at least the minimum; kept
            // as a safe answer rather than a panic.
            None => Summary::TooFew { have: 0, need_more: threshold.get() },
        },
    }
}

/// Summarises counts read from a team code, applying a (possibly raised)
/// threshold.
pub fn summarize_counts(counts: &TeamCounts, threshold: Threshold) -> Summary {
    too_few(counts.respondents(), threshold)
        .unwrap_or_else(|| Summary::Ready(Box::new(TeamSummary::from_counts(counts))))
}

fn too_few(have: u32, threshold: Threshold) -> Option<Summary> {
    let need = threshold.get();
    match u16::try_from(have) {
        Ok(have) if have < need => Some(Summary::TooFew { have, need_more: need - have }),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Team code
// ---------------------------------------------------------------------------

/// The letter that starts every team code.
pub const TEAM_CODE_PREFIX: char = 'T';

/// The team code format this build writes. Version 1 carries counts for
/// instrument version 1 (five areas, four beliefs, eight barriers).
pub const TEAM_CODE_VERSION: u8 = 1;

/// The longest text `decode_team` will look at; real codes are far shorter,
/// and the cap keeps a huge paste from costing time.
const MAX_TEAM_INPUT: usize = 4096;

/// Why a team code could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamCodeError {
    /// Nothing was given.
    Empty,
    /// The text is not a team code (for example one person's share code).
    NotATeamCode,
    /// The code was made by a newer version of the widget.
    NewerVersion {
        /// The code's format version.
        version: u8,
    },
    /// The code holds a character that no team code has.
    InvalidCharacter,
    /// The code is too short or too long to be complete.
    WrongLength,
    /// The checksum does not match: the code was changed or cut.
    ChecksumMismatch,
    /// The checksum matches but the counts are impossible.
    Inconsistent,
    /// The counts come from fewer than [`MIN_RESPONDENTS`] people; such a
    /// code is refused even if it was made by hand.
    TooFewRespondents,
}

impl TeamCodeError {
    /// The key of the message shown for this error in the UI content file.
    pub fn message_key(&self) -> ToolsKey {
        match self {
            TeamCodeError::Empty => ToolsKey::TeamCodeErrorEmpty,
            TeamCodeError::NotATeamCode => ToolsKey::TeamCodeErrorNotTeamCode,
            TeamCodeError::NewerVersion { .. } => ToolsKey::TeamCodeErrorNewerVersion,
            TeamCodeError::InvalidCharacter
            | TeamCodeError::WrongLength
            | TeamCodeError::ChecksumMismatch
            | TeamCodeError::Inconsistent => ToolsKey::TeamCodeErrorDamaged,
            TeamCodeError::TooFewRespondents => ToolsKey::TeamCodeErrorTooFew,
        }
    }
}

impl fmt::Display for TeamCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message_key().name())
    }
}

impl std::error::Error for TeamCodeError {}

/// Every count of a [`TeamCounts`] in the fixed order of the team code.
/// Unmarked counts are left out because they follow from the others and n.
fn code_values(counts: &TeamCounts) -> Vec<u64> {
    let mut values = vec![u64::from(counts.respondents)];
    for area in &counts.areas {
        values.extend(area.levels.iter().map(|v| u64::from(*v)));
        values.push(u64::from(area.not_sure));
    }
    for belief in &counts.beliefs {
        values.extend(belief.held.iter().map(|v| u64::from(*v)));
        values.extend(belief.practised.iter().map(|v| u64::from(*v)));
        values.push(u64::from(belief.gap_count));
        values.push(zigzag(belief.gap_sum));
    }
    values.extend(counts.barriers.iter().map(|v| u64::from(*v)));
    values
}

/// Writes the pooled counts as one team code: `T`, the format version digit,
/// then base64url (no padding) of the counts as LEB128 varints followed by
/// the big-endian CRC-32 of the prefix and the counts.
pub fn encode_team(counts: &TeamCounts) -> String {
    let mut bytes = Vec::new();
    for value in code_values(counts) {
        write_varint(&mut bytes, value);
    }
    let prefix = team_prefix();
    let crc = codec::crc32(prefix.as_bytes().iter().chain(&bytes).copied());
    bytes.extend(crc.to_be_bytes());
    format!("{prefix}{}", base64url_encode(&bytes))
}

fn team_prefix() -> String {
    format!("{TEAM_CODE_PREFIX}{TEAM_CODE_VERSION}")
}

/// Reads a team code, bare or inside a link (`…#t=T1…`; whatever follows the
/// last `#` and an optional `key=`). Every damaged code gives an error, never
/// different counts: the checksum catches changes, and the counts must also
/// be possible for the number of respondents.
pub fn decode_team(input: &str) -> Result<TeamCounts, TeamCodeError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(TeamCodeError::Empty);
    }
    if trimmed.len() > MAX_TEAM_INPUT {
        return Err(TeamCodeError::WrongLength);
    }
    let decoded = percent_decode_repeated(trimmed);
    let fragment = decoded.rsplit_once('#').map_or(decoded.as_str(), |(_, after)| after);
    let code = fragment.split_once('=').map_or(fragment, |(_, after)| after).trim();
    let mut chars = code.chars();
    if chars.next() != Some(TEAM_CODE_PREFIX) {
        return Err(TeamCodeError::NotATeamCode);
    }
    let version = chars
        .next()
        .and_then(|c| c.to_digit(10))
        .and_then(|d| u8::try_from(d).ok())
        .ok_or(TeamCodeError::NotATeamCode)?;
    if version > TEAM_CODE_VERSION {
        return Err(TeamCodeError::NewerVersion { version });
    }
    if version != TEAM_CODE_VERSION {
        return Err(TeamCodeError::NotATeamCode);
    }
    let body = chars.as_str();
    let mut bytes = base64url_decode(body)?;
    if bytes.len() < 5 {
        return Err(TeamCodeError::WrongLength);
    }
    let crc_bytes = bytes.split_off(bytes.len() - 4);
    let stored = crc_bytes.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
    let prefix = team_prefix();
    if codec::crc32(prefix.as_bytes().iter().chain(&bytes).copied()) != stored {
        return Err(TeamCodeError::ChecksumMismatch);
    }
    let counts = parse_counts(&bytes)?;
    if counts.respondents < u32::from(MIN_RESPONDENTS) {
        return Err(TeamCodeError::TooFewRespondents);
    }
    if !counts.is_consistent() {
        return Err(TeamCodeError::Inconsistent);
    }
    Ok(counts)
}

fn parse_counts(bytes: &[u8]) -> Result<TeamCounts, TeamCodeError> {
    let mut reader = VarintReader { bytes, at: 0 };
    let respondents = reader.next_u32()?;
    let mut areas = [AreaCounts::default(); 5];
    for area in areas.iter_mut() {
        for cell in area.levels.iter_mut() {
            *cell = reader.next_u32()?;
        }
        area.not_sure = reader.next_u32()?;
    }
    let mut beliefs = [BeliefCounts::default(); 4];
    for belief in beliefs.iter_mut() {
        for cell in belief.held.iter_mut() {
            *cell = reader.next_u32()?;
        }
        for cell in belief.practised.iter_mut() {
            *cell = reader.next_u32()?;
        }
        belief.gap_count = reader.next_u32()?;
        belief.gap_sum = unzigzag(reader.next_u64()?);
    }
    let mut barriers = [0u32; 8];
    for cell in barriers.iter_mut() {
        *cell = reader.next_u32()?;
    }
    if reader.at != bytes.len() {
        return Err(TeamCodeError::Inconsistent);
    }
    // Unmarked counts are not stored; they are what is left of n. A negative
    // remainder means impossible counts.
    for area in areas.iter_mut() {
        let marked: u64 = area.levels.iter().map(|v| u64::from(*v)).sum::<u64>() + u64::from(area.not_sure);
        let left = u64::from(respondents).checked_sub(marked).ok_or(TeamCodeError::Inconsistent)?;
        area.unmarked = u32::try_from(left).map_err(|_| TeamCodeError::Inconsistent)?;
    }
    Ok(TeamCounts { respondents, areas, beliefs, barriers })
}

/// Reads LEB128 varints, refusing overlong or unfinished ones so that each
/// list of counts has exactly one encoding.
struct VarintReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl VarintReader<'_> {
    fn next_u64(&mut self) -> Result<u64, TeamCodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at).ok_or(TeamCodeError::Inconsistent)?;
            self.at += 1;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(TeamCodeError::Inconsistent);
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                // A zero final byte after the first is an overlong encoding.
                if byte == 0 && shift > 0 {
                    return Err(TeamCodeError::Inconsistent);
                }
                return Ok(value);
            }
        }
        Err(TeamCodeError::Inconsistent)
    }

    fn next_u32(&mut self) -> Result<u32, TeamCodeError> {
        u32::try_from(self.next_u64()?).map_err(|_| TeamCodeError::Inconsistent)
    }
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Maps a signed number to an unsigned one so small magnitudes of either
/// sign stay short as varints.
fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let group = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for k in 0..chars {
            out.push(codec::base64url_char(((group >> (18 - 6 * k)) & 0x3f) as u8));
        }
    }
    out
}

/// Decodes unpadded base64url, refusing a length no encoder makes and
/// leftover bits that are not zero, so each byte string has one spelling.
fn base64url_decode(text: &str) -> Result<Vec<u8>, TeamCodeError> {
    let input = text.as_bytes();
    if input.len() % 4 == 1 {
        return Err(TeamCodeError::WrongLength);
    }
    let mut out = Vec::with_capacity(input.len() / 4 * 3 + 2);
    for chunk in input.chunks(4) {
        let mut group = 0u32;
        for (k, c) in chunk.iter().enumerate() {
            let value = codec::base64url_value(char::from(*c)).ok_or(TeamCodeError::InvalidCharacter)?;
            group |= u32::from(value) << (18 - 6 * k);
        }
        let produced = chunk.len() - 1;
        let leftover_mask = match produced {
            1 => 0xffff,
            2 => 0xff,
            _ => 0,
        };
        if group & leftover_mask != 0 {
            return Err(TeamCodeError::ChecksumMismatch);
        }
        for k in 0..produced {
            out.push(((group >> (16 - 8 * k)) & 0xff) as u8);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/// The header row of [`counts_csv`].
pub const CSV_HEADER: [&str; 5] = ["group", "section", "item", "value", "count"];

/// The pooled counts as CSV (RFC 4180: comma-separated, CRLF line ends,
/// fields quoted when they hold a comma, quote or line break), one count per
/// row under the header `group,section,item,value,count`.
///
/// Every row names its count with the instrument's stable keys (area, level,
/// belief and barrier keys; belief points 1–5) rather than translated words,
/// so a district's spreadsheet keeps working whatever language the staff
/// used. `group` is a free label such as the school and term; it is repeated
/// on every row so files from many schools can simply be stacked. A group
/// label that a spreadsheet would read as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or carriage return) is prefixed with `'` so it stays text.
///
/// Sections and their `value` column:
/// - `respondents`: one row, value empty;
/// - `area`: the level keys, `not_sure`, `unmarked`;
/// - `belief_held`, `belief_practised`: `1`–`5`, `unanswered`;
/// - `belief_gap`: `answered_both` (count) and `gap_sum` (sum of held minus
///   practised, may be negative);
/// - `barrier`: `checked`.
pub fn counts_csv(counts: &TeamCounts, group: &str) -> String {
    let group = csv_text_label(group);
    let mut out = String::new();
    push_row(&mut out, &CSV_HEADER.map(str::to_owned));
    let mut row = |section: &str, item: &str, value: &str, count: String| {
        push_row(&mut out, &[group.clone(), section.to_owned(), item.to_owned(), value.to_owned(), count]);
    };
    let n = counts.respondents();
    row("respondents", "", "", n.to_string());
    for area in Area::ALL {
        let c = counts.area(area);
        for level in Level::ALL {
            row("area", area.key(), level.key(), c.at(level).to_string());
        }
        row("area", area.key(), "not_sure", c.not_sure().to_string());
        row("area", area.key(), "unmarked", c.unmarked().to_string());
    }
    for belief in Belief::ALL {
        let c = counts.belief(belief);
        for point in Likert::all() {
            row("belief_held", belief.key(), &point.value().to_string(), c.held(point).to_string());
        }
        row("belief_held", belief.key(), "unanswered", n.saturating_sub(c.held_answered()).to_string());
        for point in Likert::all() {
            row("belief_practised", belief.key(), &point.value().to_string(), c.practised(point).to_string());
        }
        row("belief_practised", belief.key(), "unanswered", n.saturating_sub(c.practised_answered()).to_string());
        row("belief_gap", belief.key(), "answered_both", c.gap_count().to_string());
        row("belief_gap", belief.key(), "gap_sum", c.gap_sum().to_string());
    }
    for barrier in Barrier::ALL {
        row("barrier", barrier.key(), "checked", counts.barrier(barrier).to_string());
    }
    out
}

fn csv_text_label(label: &str) -> String {
    if label.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{label}")
    } else {
        label.to_owned()
    }
}

fn push_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

// ---------------------------------------------------------------------------
// Compare
// ---------------------------------------------------------------------------

/// A belief's two scales in one profile, in tenths of a point (an
/// individual's 4 is 40; a team average of 3.6 is 36).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BeliefPoint {
    /// How strongly the belief is held, in tenths; `None` if unanswered.
    pub held_tenths: Option<u16>,
    /// How consistently it is practised, in tenths; `None` if unanswered.
    pub practised_tenths: Option<u16>,
}

/// What one side of a comparison stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProfileKind {
    /// One person's own answers.
    Individual,
    /// A team's medians and averages over this many respondents.
    Team {
        /// How many distinct respondents the team results pool.
        respondents: u32,
    },
}

/// The comparable picture of one assessment or one team: a level per area
/// and the two belief scales. An individual's profile uses their marks and
/// ratings; a team's uses the area medians and belief averages, so any two
/// profiles (me then and now, the team last year and this year, me and the
/// team) compare the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Profile {
    /// Whether this is one person or a team.
    pub kind: ProfileKind,
    /// The level in each area, in the instrument's order.
    pub levels: [Option<Level>; 5],
    /// Each belief, in the instrument's order.
    pub beliefs: [BeliefPoint; 4],
}

impl Profile {
    /// One person's profile.
    pub fn from_answers(answers: &Answers) -> Profile {
        let tenths = |p: Option<Likert>| p.map(|p| u16::from(p.value()) * 10);
        Profile {
            kind: ProfileKind::Individual,
            levels: answers.levels(),
            beliefs: Belief::ALL.map(|belief| {
                let answer = answers.belief(belief);
                BeliefPoint { held_tenths: tenths(answer.held), practised_tenths: tenths(answer.practised) }
            }),
        }
    }

    /// A team's profile: area medians and belief averages.
    pub fn from_team(summary: &TeamSummary) -> Profile {
        Profile {
            kind: ProfileKind::Team { respondents: summary.respondents },
            levels: summary.areas.map(|a| a.median),
            beliefs: summary
                .beliefs
                .map(|b| BeliefPoint { held_tenths: b.held_tenths, practised_tenths: b.practised_tenths }),
        }
    }
}

/// Which way something moved between two profiles.
/// Why a pasted text could not be read as results to compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// Neither an individual nor a team code could be read; the individual
    /// code's error is kept, since that is the commoner kind of link.
    Individual(ShareError),
    /// It looked like a team code but could not be read.
    Team(TeamCodeError),
}

impl ProfileError {
    /// The UI text key of the plain-language explanation.
    pub fn message_key(&self) -> ToolsText {
        match self {
            ProfileError::Individual(e) => e.message_key().into(),
            ProfileError::Team(e) => e.message_key().into(),
        }
    }
}

/// Reads a link or code for comparison: an individual's results (`P1…`) or
/// a team's pooled results (`T1…`).
pub fn profile_from_text(text: &str) -> Result<Profile, ProfileError> {
    match share::decode(text) {
        Ok(answers) => Ok(Profile::from_answers(&answers)),
        Err(individual) => match decode_team(text) {
            Ok(counts) => Ok(Profile::from_team(&TeamSummary::from_counts(&counts))),
            Err(TeamCodeError::NotATeamCode | TeamCodeError::Empty) => {
                Err(ProfileError::Individual(individual))
            }
            Err(team) => Err(ProfileError::Team(team)),
        },
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Higher after than before.
    Up,
    /// Lower after than before.
    Down,
    /// The same before and after.
    Same,
    /// One side has no value, so no direction can be given.
    Unknown,
}

impl Direction {
    fn between<T: Ord>(before: Option<T>, after: Option<T>) -> Direction {
        match (before, after) {
            (Some(b), Some(a)) => match a.cmp(&b) {
                Ordering::Greater => Direction::Up,
                Ordering::Less => Direction::Down,
                Ordering::Equal => Direction::Same,
            },
            _ => Direction::Unknown,
        }
    }
}

/// One area before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AreaShift {
    /// The area compared.
    pub area: Area,
    /// The level before; `None` for not sure or unmarked.
    pub before: Option<Level>,
    /// The level after; `None` for not sure or unmarked.
    pub after: Option<Level>,
    /// Up means further along the continuum, toward Partnership.
    pub direction: Direction,
}

/// One belief scale before and after, in tenths of a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScaleShift {
    /// The value before, in tenths of a point.
    pub before_tenths: Option<u16>,
    /// The value after, in tenths of a point.
    pub after_tenths: Option<u16>,
    /// Which way the value moved.
    pub direction: Direction,
}

impl ScaleShift {
    fn new(before_tenths: Option<u16>, after_tenths: Option<u16>) -> ScaleShift {
        ScaleShift { before_tenths, after_tenths, direction: Direction::between(before_tenths, after_tenths) }
    }
}

/// One belief before and after, on both scales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BeliefShift {
    /// The belief compared.
    pub belief: Belief,
    /// How strongly it is held, before and after.
    pub held: ScaleShift,
    /// How consistently it is practised, before and after.
    pub practised: ScaleShift,
}

/// Everything that moved between two profiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Comparison {
    /// What the earlier profile stands for.
    pub before: ProfileKind,
    /// What the later profile stands for.
    pub after: ProfileKind,
    /// Every area, in the instrument's order.
    pub areas: [AreaShift; 5],
    /// Every belief, in the instrument's order.
    pub beliefs: [BeliefShift; 4],
}

/// Compares two profiles area by area and belief by belief.
pub fn compare(before: &Profile, after: &Profile) -> Comparison {
    let areas = Area::ALL.map(|area| {
        let b = before.levels.get(area.index()).copied().flatten();
        let a = after.levels.get(area.index()).copied().flatten();
        AreaShift { area, before: b, after: a, direction: Direction::between(b, a) }
    });
    let beliefs = Belief::ALL.map(|belief| {
        let b = before.beliefs.get(belief.index()).copied().unwrap_or_default();
        let a = after.beliefs.get(belief.index()).copied().unwrap_or_default();
        BeliefShift {
            belief,
            held: ScaleShift::new(b.held_tenths, a.held_tenths),
            practised: ScaleShift::new(b.practised_tenths, a.practised_tenths),
        }
    });
    Comparison { before: before.kind, after: after.kind, areas, beliefs }
}
