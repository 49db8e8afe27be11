//! A team a year apart: last year's team link beside this year's, for the
//! plan's review. The areas, the overall label and the beliefs' scales are
//! the comparison of two team profiles ([`compare`]); the gaps between
//! belief and practice and the barriers come from the two summaries. Where
//! both links carry the families' pooled counts (format 3), each area also
//! says which type most families described each year.

use super::compare::{compare, Comparison, Direction, Profile};
use super::counts::TeamCounts;
use super::moves::AreaMoves;
use super::summary::TeamSummary;
use crate::core::family::FamilyCounts;
use crate::core::model::{Area, Barrier, Belief, Level};

/// Which way a belief's gap between belief and practice moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GapMove {
    /// Practice came closer to belief: the gap narrowed.
    Closer,
    /// Practice fell further behind belief: the gap widened.
    Further,
    /// The gap is the same.
    Same,
    /// One year has no gap (nobody answered both scales).
    Unknown,
}

/// One belief's average gap (belief minus practice, in tenths of a point)
/// last year and this year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GapShift {
    /// The belief.
    pub belief: Belief,
    /// Last year's gap, in tenths.
    pub then_tenths: Option<i16>,
    /// This year's gap, in tenths.
    pub now_tenths: Option<i16>,
    /// Which way it moved.
    pub movement: GapMove,
}

/// How many people checked a barrier last year and this year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BarrierShift {
    /// The barrier.
    pub barrier: Barrier,
    /// How many checked it last year.
    pub then: u32,
    /// How many checked it this year.
    pub now: u32,
}

/// A team last year and this year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamYears {
    /// The two team profiles compared: areas, overall label, beliefs.
    pub comparison: Comparison,
    /// How many answered, last year and this year.
    pub respondents: [u32; 2],
    /// Every belief's gap, in the instrument's order.
    pub gaps: [GapShift; 4],
    /// Every barrier, in the instrument's order.
    pub barriers: [BarrierShift; 8],
    /// The most checked barrier each year, if anyone checked one; a tie
    /// names the first in the instrument's order.
    pub most_checked: [Option<Barrier>; 2],
    /// How families moved, when both links carry them.
    pub families: FamiliesYears,
}

/// One area as families described it last year and this year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FamilyAreaShift {
    /// The area.
    pub area: Area,
    /// How many families chose each type, Fortress first, last year and
    /// this year.
    pub spread: [[u32; 4]; 2],
    /// The type most families described each year; `None` when none was
    /// chosen or two tie, so the spread is what can be said.
    pub most: [Option<Level>; 2],
    /// Which way the most described type moved; unknown when a year has
    /// no single such type.
    pub direction: Direction,
}

/// What can be said about families across the two years.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FamiliesYears {
    /// Both links carry the families' pooled counts.
    Moved {
        /// How many families answered, last year and this year.
        families: [u32; 2],
        /// Every area, in the instrument's order.
        areas: [FamilyAreaShift; 5],
    },
    /// At most one link carries families, so nothing about them is
    /// compared: whether last year's and this year's do.
    NotBoth {
        /// Whether last year's link carries families.
        then: bool,
        /// Whether this year's link carries families.
        now: bool,
    },
}

impl FamiliesYears {
    /// The families' two years from the counts each link carries, if any.
    pub fn between(then: Option<&FamilyCounts>, now: Option<&FamilyCounts>) -> FamiliesYears {
        let (Some(then), Some(now)) = (then, now) else {
            return FamiliesYears::NotBoth { then: then.is_some(), now: now.is_some() };
        };
        let areas = Area::ALL.map(|area| {
            let spread = [then, now].map(|counts| Level::ALL.map(|level| counts.at(area, level)));
            let most = [then.most_common(area), now.most_common(area)];
            FamilyAreaShift { area, spread, most, direction: Direction::between(most[0], most[1]) }
        });
        FamiliesYears::Moved { families: [then.families, now.families], areas }
    }
}

impl TeamYears {
    /// The team's two years, from their pooled counts, with nothing about
    /// families ([`TeamYears::with_families`] adds them).
    pub fn between(then: &TeamCounts, now: &TeamCounts) -> TeamYears {
        let (then, now) = (TeamSummary::from_counts(then), TeamSummary::from_counts(now));
        let gaps = Belief::ALL.map(|belief| {
            let (then_tenths, now_tenths) = (then.beliefs[belief.index()].gap_tenths, now.beliefs[belief.index()].gap_tenths);
            let movement = match (then_tenths, now_tenths) {
                (Some(before), Some(after)) if after < before => GapMove::Closer,
                (Some(before), Some(after)) if after > before => GapMove::Further,
                (Some(_), Some(_)) => GapMove::Same,
                _ => GapMove::Unknown,
            };
            GapShift { belief, then_tenths, now_tenths, movement }
        });
        let mut barriers = then.barriers.map(|(barrier, count)| BarrierShift { barrier, then: count, now: 0 });
        for (shift, (_, count)) in barriers.iter_mut().zip(now.barriers) {
            shift.now = count;
        }
        let most = |summary: &TeamSummary| summary.barriers_by_count.first().filter(|(_, count)| *count > 0).map(|(barrier, _)| *barrier);
        TeamYears {
            comparison: compare(&Profile::from_team(&then), &Profile::from_team(&now)),
            respondents: [then.respondents, now.respondents],
            gaps,
            barriers,
            most_checked: [most(&then), most(&now)],
            families: FamiliesYears::NotBoth { then: false, now: false },
        }
    }

    /// The same two years with the families' counts each link carries.
    pub fn with_families(self, then: Option<&FamilyCounts>, now: Option<&FamilyCounts>) -> TeamYears {
        TeamYears { families: FamiliesYears::between(then, now), ..self }
    }

    /// How many areas moved up, down, or stayed ([`Comparison::area_moves`]).
    pub fn area_moves(&self) -> AreaMoves {
        self.comparison.area_moves()
    }

    /// The beliefs whose gap moved `movement`'s way, in the instrument's
    /// order.
    pub fn gaps_moved(&self, movement: GapMove) -> Vec<Belief> {
        self.gaps.iter().filter(|gap| gap.movement == movement).map(|gap| gap.belief).collect()
    }
}
