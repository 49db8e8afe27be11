//! The comparison tool's state: the two pasted links and what is shown
//! below them, as typed data (never words), so switching tools or the
//! language loses nothing and a language switch rewords what is shown.

use crate::core::content::ToolsKey;
use crate::core::team::{compare_checked, profile_from_text, Comparison, Direction, MixedKinds, Pairing, Profile, ProfileError, Refusal};

/// Which of the two fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The earlier results.
    Before,
    /// The later results.
    After,
}

/// What the comparison shows below its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareShown {
    /// A pasted text could not be read: which one, and why.
    Error {
        /// The field at fault.
        side: Side,
        /// Why it could not be read.
        error: ProfileError,
    },
    /// Both were read, but the core refused to compare them as they are;
    /// the profiles are kept for "Compare anyway".
    Refused {
        /// The earlier profile.
        before: Profile,
        /// The later profile.
        after: Profile,
        /// Why they were not compared.
        refusal: Refusal,
    },
    /// The comparison itself.
    Compared(Comparison),
}

/// A change to the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareAction {
    /// The text of one field.
    Set(Side, String),
    /// Compares the two fields.
    Run,
    /// Compares a refused pair all the same (a team beside one person).
    Anyway,
}

/// The comparison tool: its two fields and what they gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    /// The earlier link or code, as typed.
    pub before: String,
    /// The later link or code, as typed.
    pub after: String,
    /// What the last comparison gave, if one was asked for.
    pub shown: Option<CompareShown>,
}

impl CompareState {
    /// The state after `action`.
    pub fn reduce(mut self, action: CompareAction) -> CompareState {
        match action {
            CompareAction::Set(Side::Before, text) => self.before = text,
            CompareAction::Set(Side::After, text) => self.after = text,
            CompareAction::Run => self.shown = Some(self.run()),
            CompareAction::Anyway => {
                if let Some(CompareShown::Refused { before, after, .. }) = &self.shown {
                    if let Ok(comparison) = compare_checked(before, after, MixedKinds::Allow) {
                        self.shown = Some(CompareShown::Compared(comparison));
                    }
                }
            }
        }
        self
    }

    /// Puts a link into the first empty field (the later one when both are
    /// filled), for "compare it" on a team link found in the team box.
    pub fn offer(mut self, link: String) -> CompareState {
        if self.before.trim().is_empty() {
            self.before = link;
        } else {
            self.after = link;
        }
        self.shown = None;
        self
    }

    fn run(&self) -> CompareShown {
        let before = match profile_from_text(&self.before) {
            Ok(profile) => profile,
            Err(error) => return CompareShown::Error { side: Side::Before, error },
        };
        let after = match profile_from_text(&self.after) {
            Ok(profile) => profile,
            Err(error) => return CompareShown::Error { side: Side::After, error },
        };
        match compare_checked(&before, &after, MixedKinds::Refuse) {
            Ok(comparison) => CompareShown::Compared(comparison),
            Err(refusal) => CompareShown::Refused { before, after, refusal },
        }
    }
}

/// The words for a direction: a change over time for two of a kind, and
/// only a difference for a team beside one person, which no one's change
/// explains ("the later one is further along", never "moved up").
pub fn direction_key(pairing: Pairing, direction: Direction) -> ToolsKey {
    match (pairing, direction) {
        (_, Direction::Unknown) => ToolsKey::DirectionUnknown,
        (Pairing::TeamBesidePerson, Direction::Up) => ToolsKey::DifferenceUp,
        (Pairing::TeamBesidePerson, Direction::Down) => ToolsKey::DifferenceDown,
        (Pairing::TeamBesidePerson, Direction::Same) => ToolsKey::DifferenceSame,
        (_, Direction::Up) => ToolsKey::DirectionUp,
        (_, Direction::Down) => ToolsKey::DirectionDown,
        (_, Direction::Same) => ToolsKey::DirectionSame,
    }
}

/// The heading of the change column and line: "Change" over time, or
/// "Difference" for a team beside one person.
pub fn change_heading_key(pairing: Pairing) -> ToolsKey {
    match pairing {
        Pairing::TeamBesidePerson => ToolsKey::CompareDifference,
        _ => ToolsKey::CompareChange,
    }
}

/// The line under the overall labels: "Change: …" over time, or
/// "Difference: …" for a team beside one person.
pub fn overall_change_key(pairing: Pairing) -> ToolsKey {
    match pairing {
        Pairing::TeamBesidePerson => ToolsKey::CompareOverallDifference,
        _ => ToolsKey::CompareOverallChange,
    }
}
