//! Everything a facilitator has offered the team pool (pasted text, results
//! files), with one log line per input so nothing is ever dropped without
//! the facilitator seeing why.
//!
//! The interface reads files and dispatches an [`IntakeAction`]; all the
//! bookkeeping lives here, so it is tested natively.

use super::pool::{Entry, EntrySource, Pool, Tally, Version};
use super::team_links::{find_team_links, TeamLinkFound};
use crate::core::family::{is_candidate, FamilyEntry, FamilyPool};
use crate::core::model::{Answers, AssessmentId};

/// One line of the log of inputs.
///
/// `P` is why a file could not be read. The core only keeps and counts it;
/// the interface, which read the file, knows how to explain it.
#[derive(Clone, Debug, PartialEq)]
pub enum LogLine<P> {
    /// A code or file that reached the pool, with its status.
    Pooled(Entry),
    /// A team summary link, which belongs in no pool of people: the page
    /// says what it is and offers to open or compare it.
    TeamLink(Box<TeamLinkFound>),
    /// A file that could not be read, with the reason.
    UnreadableFile {
        /// The name the interface gave the file.
        label: String,
        /// Why it could not be read.
        problem: P,
    },
}

/// What the facilitator can do to the pool.
#[derive(Clone, Debug, PartialEq)]
pub enum IntakeAction<P> {
    /// Pasted text: links, codes, or a whole e-mail thread.
    AddText(String),
    /// A results file, already read (or the reason it could not be).
    AddFile {
        /// The name the interface gave the file.
        label: String,
        /// The answers in it, or why it could not be read.
        result: Result<Answers, P>,
    },
    /// Counts the chosen version of a self-check sent again with
    /// different answers.
    KeepVersion {
        /// The assessment's random id.
        id: AssessmentId,
        /// The version to count.
        version: Version,
    },
    /// Forget every assessment and the whole log.
    Clear,
}

/// The pool and the log of every input. Families' links pasted with the
/// staff's go to a pool of their own (`core::family::FamilyPool`), counted
/// and shown apart, each side from its own threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct Intake<P> {
    pool: Pool,
    log: Vec<LogLine<P>>,
    lines_without_code: u32,
    families: FamilyPool,
    family_log: Vec<FamilyEntry>,
}

// Written out because a derived `Default` would demand `P: Default`, which
// an error type need not have.
impl<P> Default for Intake<P> {
    fn default() -> Self {
        Intake::with_pools(Pool::new(), FamilyPool::default())
    }
}

impl<P> Intake<P> {
    /// An intake that starts from a pool kept on the device, with an empty
    /// log (the log tells what happened in this visit).
    pub fn with_pool(pool: Pool) -> Self {
        Intake::with_pools(pool, FamilyPool::default())
    }

    /// An intake that starts from a staff pool and a families' pool (as
    /// "Undo" after "Clear everything" gives them back).
    pub fn with_pools(pool: Pool, families: FamilyPool) -> Self {
        Intake { pool, log: Vec::new(), lines_without_code: 0, families, family_log: Vec::new() }
    }

    /// Applies one action of the facilitator.
    pub fn apply(&mut self, action: IntakeAction<P>) {
        match action {
            IntakeAction::AddText(text) => {
                let extraction = self.pool.add_text(&text);
                let team_links = find_team_links(&text);
                // A line with a team link and no share code was counted as
                // holding no code; it is reported as a team link instead.
                let code_lines: Vec<u32> = extraction
                    .entries
                    .iter()
                    .filter_map(|entry| match entry.source {
                        EntrySource::Text { line, .. } => Some(line),
                        EntrySource::File { .. } => None,
                    })
                    .collect();
                let mut link_lines: Vec<u32> =
                    team_links.iter().map(|found| found.line).filter(|line| !code_lines.contains(line)).collect();
                link_lines.dedup();
                // A family's line holds no staff code either; it is
                // reported with the families.
                let family_lines = text
                    .lines()
                    .zip(1u32..)
                    .filter(|(line, number)| is_candidate(line) && !code_lines.contains(number) && !link_lines.contains(number))
                    .count();
                self.family_log.extend(self.families.add_text(&text));
                let without_code = extraction
                    .lines_without_code
                    .saturating_sub(super::pool::saturating_u32(link_lines.len()))
                    .saturating_sub(super::pool::saturating_u32(family_lines));
                self.lines_without_code = self.lines_without_code.saturating_add(without_code);
                self.log.extend(extraction.entries.into_iter().map(LogLine::Pooled));
                self.log.extend(team_links.into_iter().map(|found| LogLine::TeamLink(Box::new(found))));
            }
            IntakeAction::KeepVersion { id, version } => self.pool.keep_version(id, version),
            IntakeAction::AddFile { label, result } => match result {
                Ok(answers) => {
                    let entry = self.pool.add_answers(answers, &label);
                    self.log.push(LogLine::Pooled(entry));
                }
                Err(problem) => self.log.push(LogLine::UnreadableFile { label, problem }),
            },
            IntakeAction::Clear => *self = Intake::default(),
        }
    }

    /// The distinct assessments pooled so far.
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Every input, in the order it was added.
    pub fn log(&self) -> &[LogLine<P>] {
        &self.log
    }

    /// The distinct families pooled so far.
    pub fn families(&self) -> &FamilyPool {
        &self.families
    }

    /// What became of every family code pasted in this visit, in order.
    pub fn family_log(&self) -> &[FamilyEntry] {
        &self.family_log
    }

    /// How many non-empty pasted lines held no code, over all pastes.
    pub fn lines_without_code(&self) -> u32 {
        self.lines_without_code
    }

    /// How many inputs ended with each status, for the line "10 added, 2
    /// already counted, 1 damaged, 0 from a newer version". A file that could
    /// not be read counts as damaged: either way that person is not counted.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for line in &self.log {
            match line {
                LogLine::Pooled(entry) => tally.count(&entry.status),
                LogLine::UnreadableFile { .. } => tally.damaged = tally.damaged.saturating_add(1),
                LogLine::TeamLink(_) => {}
            }
        }
        tally
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::share::{self, ShareError};
    use crate::core::team::test_support::person;
    use crate::core::team::EntryStatus;

    /// The tests' stand-in for the interface's file problem.
    type Intake = super::Intake<&'static str>;

    #[test]
    fn text_and_files_are_logged_and_tallied() {
        let mut intake = Intake::default();
        let one = share::encode(&person(1, [1; 5]));
        // A later version's code: not a known format's body with its digit
        // changed, which is damage.
        let newer = format!("P3{}", "A".repeat(one.len() - 2));
        intake.apply(IntakeAction::AddText(format!("Hi all\n{one}\n{one}\n{newer}\n")));
        intake.apply(IntakeAction::AddFile { label: "b.json".into(), result: Ok(person(2, [2; 5])) });
        intake.apply(IntakeAction::AddFile { label: "c.json".into(), result: Ok(person(3, [0; 5])) });
        intake.apply(IntakeAction::AddFile { label: "d.json".into(), result: Err("too large") });
        intake.apply(IntakeAction::AddText(format!("{}--x", &one[..30])));

        assert_eq!(intake.pool().len(), 2);
        assert_eq!(intake.log().len(), 7);
        assert_eq!(intake.lines_without_code(), 1);
        assert_eq!(
            intake.tally(),
            Tally { added: 2, duplicate: 1, changed: 0, damaged: 2, newer_version: 1, blank: 1 },
            "the unreadable file and the cut code are both damaged"
        );
        assert!(matches!(intake.log().last(), Some(LogLine::Pooled(Entry { status: EntryStatus::Damaged(ShareError::Incomplete), .. }))));
        assert!(matches!(intake.log().get(5), Some(LogLine::UnreadableFile { problem: "too large", .. })));
    }

    #[test]
    fn clearing_forgets_the_pool_and_the_log() {
        let mut intake = Intake::default();
        intake.apply(IntakeAction::AddFile { label: "a.json".into(), result: Ok(person(1, [1; 5])) });
        intake.apply(IntakeAction::AddText("no code here".into()));
        intake.apply(IntakeAction::Clear);
        assert_eq!(intake, Intake::default());
        assert_eq!(intake.tally(), Tally::default());
    }

    #[test]
    fn a_team_link_is_logged_as_one_and_not_as_a_line_without_code() {
        let counts = crate::core::team::test_support::counts_of(&[[1; 5], [2; 5], [3; 5], [4; 5], [2; 5]]);
        let team = crate::core::team::encode_team(&counts);
        let mut intake = Intake::default();
        intake.apply(IntakeAction::AddText(format!("Hello\nhttps://x.org/tools/#t={team}\n")));
        assert_eq!(intake.lines_without_code(), 1, "only \"Hello\"");
        assert!(matches!(intake.log(), [LogLine::TeamLink(found)] if found.line == 2 && found.read.is_ok()));
        assert!(intake.pool().is_empty());
    }

    #[test]
    fn family_links_in_the_same_thread_are_pooled_apart_and_are_no_lines_without_code() {
        use crate::core::family::{encode_family, family_fragment, FamilyAnswers, FamilyId};
        let staff = share::encode(&person(1, [3; 5]));
        let family = FamilyAnswers::new(FamilyId::from_random([1, 2, 3, 4, 5]));
        let other = FamilyAnswers::new(FamilyId::from_random([5, 4, 3, 2, 1]));
        let thread = format!("Hello\n{staff}\nhttps://s.example/family/#{}\n> {}\n", family_fragment(&family), encode_family(&other));
        let mut intake = Intake::default();
        intake.apply(IntakeAction::AddText(thread));
        assert_eq!(intake.pool().len(), 1);
        assert_eq!(intake.families().len(), 2);
        assert_eq!(intake.family_log(), [FamilyEntry::Added, FamilyEntry::Added]);
        assert_eq!(intake.lines_without_code(), 1, "only \"Hello\"");
        assert_eq!(intake.tally(), Tally { added: 1, ..Tally::default() }, "the staff tally counts staff only");
        intake.apply(IntakeAction::Clear);
        assert!(intake.families().is_empty() && intake.family_log().is_empty());
    }

    #[test]
    fn the_facilitator_chooses_which_version_of_a_resend_counts() {
        let mut intake = Intake::default();
        intake.apply(IntakeAction::AddFile { label: "a.json".into(), result: Ok(person(1, [1; 5])) });
        intake.apply(IntakeAction::AddFile { label: "b.json".into(), result: Ok(person(1, [2; 5])) });
        let id = person(1, [1; 5]).id;
        assert!(
            matches!(intake.log().last(), Some(LogLine::Pooled(Entry { status: EntryStatus::Changed(changed), .. })) if *changed == id)
        );
        assert_eq!(intake.tally().changed, 1);
        intake.apply(IntakeAction::KeepVersion { id, version: Version::Earlier });
        assert_eq!(intake.pool().resends().next().map(|r| r.counted), Some(Version::Earlier));
    }
}
