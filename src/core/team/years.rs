//! A team a year apart: last year's team link beside this year's, for the
//! plan's review. The areas, the overall label and the beliefs' scales are
//! the comparison of two team profiles ([`compare`]); the gaps between
//! belief and practice and the barriers come from the two summaries.

use super::compare::{compare, Comparison, Profile};
use super::counts::TeamCounts;
use super::moves::AreaMoves;
use super::summary::TeamSummary;
use crate::core::model::{Barrier, Belief};

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
}

impl TeamYears {
    /// The team's two years, from their pooled counts.
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
        }
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
