//! The five areas of practice, the practice statements of their rubric
//! cells, and one person's answer for an area: what they ticked and the mark
//! they confirmed.

use super::feasibility::Ratings;
use super::levels::{Level, Mark};

/// One of the five areas of practice (the rows of the rubric).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    BuildingRelationships,
    LinkingToLearning,
    AddressingDifferences,
    SupportingAdvocacy,
    SharingPower,
}

keyed_enum!(Area, 5, [
    BuildingRelationships => "building_relationships",
    LinkingToLearning => "linking_to_learning",
    AddressingDifferences => "addressing_differences",
    SupportingAdvocacy => "supporting_advocacy",
    SharingPower => "sharing_power",
]);

/// The most practices one rubric cell may list. Share codes reserve this many
/// bits per cell, so raising it is a new code format.
pub const MAX_PRACTICES_PER_CELL: u8 = 4;

/// One practice statement in the rubric: a cell (level) and its position in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PracticeRef {
    level: Level,
    position: u8,
}

impl PracticeRef {
    /// A reference to the practice at `position` (0-based) of the `level` cell;
    /// `None` when the position is beyond what any cell may hold.
    pub fn new(level: Level, position: u8) -> Option<PracticeRef> {
        (position < MAX_PRACTICES_PER_CELL).then_some(PracticeRef { level, position })
    }

    /// The school type whose cell holds the practice.
    pub fn level(self) -> Level {
        self.level
    }

    /// The practice's 0-based position within its cell.
    pub fn position(self) -> u8 {
        self.position
    }

    fn bit(self) -> u16 {
        1 << (self.level.index() as u16 * u16::from(MAX_PRACTICES_PER_CELL) + u16::from(self.position))
    }
}

/// The practice statements a person ticked in one area, as a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TickSet(u16);

impl TickSet {
    /// Rebuilds a set from its 16-bit form (see [`TickSet::bits`]).
    pub fn from_bits(bits: u16) -> TickSet {
        TickSet(bits)
    }

    /// The set as 16 bits: bit `4 × (level number − 1) + position`.
    pub fn bits(self) -> u16 {
        self.0
    }

    /// Whether the practice is ticked.
    pub fn contains(self, practice: PracticeRef) -> bool {
        self.0 & practice.bit() != 0
    }

    /// The set with `practice` ticked or unticked.
    pub fn with(self, practice: PracticeRef, ticked: bool) -> TickSet {
        if ticked {
            TickSet(self.0 | practice.bit())
        } else {
            TickSet(self.0 & !practice.bit())
        }
    }

    /// How many practices of the given level are ticked.
    pub fn count_at(self, level: Level) -> u8 {
        let shift = level.index() as u16 * u16::from(MAX_PRACTICES_PER_CELL);
        ((self.0 >> shift) & 0xF).count_ones() as u8
    }

    /// Every ticked practice, in rubric order.
    pub fn iter(self) -> impl Iterator<Item = PracticeRef> {
        Level::ALL.into_iter().flat_map(move |level| {
            (0..MAX_PRACTICES_PER_CELL)
                .filter_map(move |position| PracticeRef::new(level, position))
                .filter(move |practice| self.contains(*practice))
        })
    }

    /// Whether nothing is ticked.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// One person's answer for one area: the ticked practices and the confirmed
/// mark (`None` until the person confirms one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AreaAnswer {
    pub ticks: TickSet,
    pub mark: Option<Mark>,
    /// How feasible the person finds each practice of the next level up
    /// (see [`super::Answers::set_mark`], which keeps them in step with
    /// the mark).
    pub ratings: Ratings,
}

impl AreaAnswer {
    /// The level the widget proposes from the ticks: the school type with the
    /// most ticked practices. `None` when nothing is ticked or when two or more
    /// types tie for the most, because a tie is the person's to settle.
    pub fn proposed_level(&self) -> Option<Level> {
        let best = Level::ALL.into_iter().map(|l| self.ticks.count_at(l)).max()?;
        if best == 0 {
            return None;
        }
        let mut leaders = Level::ALL.into_iter().filter(|l| self.ticks.count_at(*l) == best);
        let first = leaders.next();
        if leaders.next().is_some() {
            None
        } else {
            first
        }
    }

    /// The level of the confirmed mark; `None` for "Not sure" or no mark yet.
    pub fn level(&self) -> Option<Level> {
        self.mark.and_then(Mark::level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposal_is_the_type_with_most_ticks_and_ties_are_left_open() {
        let p = |level, pos| PracticeRef::new(level, pos).unwrap();
        let mut answer = AreaAnswer::default();
        assert_eq!(answer.proposed_level(), None);
        answer.ticks = answer.ticks.with(p(Level::OpenDoor, 0), true);
        assert_eq!(answer.proposed_level(), Some(Level::OpenDoor));
        answer.ticks = answer.ticks.with(p(Level::Fortress, 1), true);
        assert_eq!(answer.proposed_level(), None, "one tick each is a tie");
        answer.ticks = answer.ticks.with(p(Level::Fortress, 2), true);
        assert_eq!(answer.proposed_level(), Some(Level::Fortress));
        assert_eq!(answer.ticks.count_at(Level::Fortress), 2);
        assert_eq!(answer.ticks.iter().count(), 3);
    }
}
