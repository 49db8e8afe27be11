//! How far a comparison moved, counted and worded: the areas further
//! along, further back or the same (for the review's and the self-check's
//! plain-words lines), and the self-check's words for one's own change.

use super::compare::{Comparison, Direction};
use crate::core::content::Key;

/// How many areas moved up, down, or stayed, for the plain-words line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AreaMoves {
    /// Areas further along toward Partnership (a team's middle answer, or one person's mark).
    pub up: usize,
    /// Areas further back.
    pub down: usize,
    /// Areas at the same school type.
    pub same: usize,
}

impl Comparison {
    /// How many areas moved up, down, or stayed; an area without a level
    /// on one side is none of them.
    pub fn area_moves(&self) -> AreaMoves {
        let mut moves = AreaMoves::default();
        for shift in &self.areas {
            match shift.direction {
                Direction::Up => moves.up += 1,
                Direction::Down => moves.down += 1,
                Direction::Same => moves.same += 1,
                Direction::Unknown => {}
            }
        }
        moves
    }
}

impl Direction {
    /// The self-check's words for a change in one's own answers.
    pub fn own_change_key(self) -> Key {
        match self {
            Direction::Up => Key::EarlierUp,
            Direction::Down => Key::EarlierDown,
            Direction::Same => Key::EarlierSame,
            Direction::Unknown => Key::EarlierUnknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::compare::{compare, Profile};
    use crate::core::team::test_support::person;

    #[test]
    fn one_person_s_moves_are_counted_and_worded_for_the_self_check() {
        let before = Profile::from_answers(&person(7, [1, 2, 0, 9, 4]));
        let after = Profile::from_answers(&person(8, [2, 2, 3, 9, 3]));
        assert_eq!(compare(&before, &after).area_moves(), AreaMoves { up: 1, down: 1, same: 1 });
        let keys = [Direction::Up, Direction::Down, Direction::Same, Direction::Unknown].map(Direction::own_change_key);
        assert_eq!(keys, [Key::EarlierUp, Key::EarlierDown, Key::EarlierSame, Key::EarlierUnknown]);
    }
}
