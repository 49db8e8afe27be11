//! Which question of the self-check a field of a results file answers, so
//! that a refused value is explained in the self-check's own words ("How
//! strongly you hold belief 3 must be 1 to 5") rather than by its path.

use crate::core::content::Key;
use crate::core::model::{Area, Belief};

/// The question a field of a results file answers, read from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// `areas.<area>.mark`: the school type chosen for an area.
    Mark(Area),
    /// `areas.<area>.ticked…`: the practices checked in an area.
    Ticked(Area),
    /// `areas.<area>.ratings…`: how the next step's practices look.
    Rating(Area),
    /// `beliefs.<belief>.held`: how strongly a belief is held, by the
    /// belief's number (1 to 4).
    Held(usize),
    /// `beliefs.<belief>.practised`: how often practice shows a belief, by
    /// its number.
    Practised(usize),
    /// `barriers[…]`: a checked barrier.
    Barrier,
    /// `priorities…`: a practice chosen to work on first.
    Priority,
}

impl Question {
    /// The question a field answers, or `None` for a path that names none
    /// (the file's own fields such as its version or the assessment's id,
    /// an unknown area).
    pub fn of(path: &str) -> Option<Question> {
        let mut parts = path.split('.');
        let first = parts.next()?;
        let name = first.split('[').next()?;
        let question = match (name, parts.next(), parts.next()) {
            ("areas", Some(area), Some(field)) => {
                let area = Area::from_key(area)?;
                match field.split('[').next()? {
                    "mark" => Question::Mark(area),
                    "ticked" => Question::Ticked(area),
                    "ratings" => Question::Rating(area),
                    _ => return None,
                }
            }
            ("beliefs", Some(belief), Some(scale)) => {
                let number = Belief::from_key(belief)?.index() + 1;
                match scale {
                    "held" => Question::Held(number),
                    "practised" => Question::Practised(number),
                    _ => return None,
                }
            }
            ("barriers", ..) => Question::Barrier,
            ("priorities", ..) => Question::Priority,
            _ => return None,
        };
        Some(question)
    }

    /// The text that says what the question allows; its placeholder, if
    /// any, is filled with [`Question::area`] or [`Question::number`].
    pub fn message_key(self) -> Key {
        match self {
            Question::Mark(_) => Key::FileValueMark,
            Question::Ticked(_) => Key::FileValueTicked,
            Question::Rating(_) => Key::FileValueRating,
            Question::Held(_) => Key::FileValueHeld,
            Question::Practised(_) => Key::FileValuePractised,
            Question::Barrier => Key::FileValueBarrier,
            Question::Priority => Key::FileValuePriority,
        }
    }

    /// The area the question is about, for `{area}`.
    pub fn area(self) -> Option<Area> {
        match self {
            Question::Mark(area) | Question::Ticked(area) | Question::Rating(area) => Some(area),
            _ => None,
        }
    }

    /// The belief's number, for `{number}`.
    pub fn number(self) -> Option<usize> {
        match self {
            Question::Held(number) | Question::Practised(number) => Some(number),
            _ => None,
        }
    }
}
