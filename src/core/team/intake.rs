//! Everything a facilitator has offered the team pool (pasted text, results
//! files), with one log line per input so nothing is ever dropped without
//! the facilitator seeing why.
//!
//! The interface reads files and dispatches an [`IntakeAction`]; all the
//! bookkeeping lives here, so it is tested natively.

use super::pool::{Entry, Pool, Tally};
use crate::core::model::Answers;

/// One line of the log of inputs.
///
/// `P` is why a file could not be read. The core only keeps and counts it;
/// the interface, which read the file, knows how to explain it.
#[derive(Clone, Debug, PartialEq)]
pub enum LogLine<P> {
    /// A code or file that reached the pool, with its status.
    Pooled(Entry),
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
    /// Forget every assessment and the whole log.
    Clear,
}

/// The pool and the log of every input.
#[derive(Clone, Debug, PartialEq)]
pub struct Intake<P> {
    pool: Pool,
    log: Vec<LogLine<P>>,
    lines_without_code: u32,
}

// Written out because a derived `Default` would demand `P: Default`, which
// an error type need not have.
impl<P> Default for Intake<P> {
    fn default() -> Self {
        Intake { pool: Pool::new(), log: Vec::new(), lines_without_code: 0 }
    }
}

impl<P> Intake<P> {
    /// Applies one action of the facilitator.
    pub fn apply(&mut self, action: IntakeAction<P>) {
        match action {
            IntakeAction::AddText(text) => {
                let extraction = self.pool.add_text(&text);
                self.lines_without_code = self.lines_without_code.saturating_add(extraction.lines_without_code);
                self.log.extend(extraction.entries.into_iter().map(LogLine::Pooled));
            }
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
            }
        }
        tally
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::share::{self, ShareError};
    use crate::core::team::EntryStatus;
    use crate::core::team::test_support::person;

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
            Tally { added: 2, duplicate: 1, damaged: 2, newer_version: 1, blank: 1 },
            "the unreadable file and the cut code are both damaged"
        );
        assert!(matches!(
            intake.log().last(),
            Some(LogLine::Pooled(Entry { status: EntryStatus::Damaged(ShareError::Incomplete), .. }))
        ));
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
}
