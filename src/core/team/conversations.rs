//! "Conversations to have": the one to three areas where staff are most
//! split, or a plain statement that the team agrees.
//!
//! The rule, over those who chose a school type in an area (`marked`):
//!
//! - **Far apart** is the largest number of people found on *both* sides of
//!   a gap of two types: for a cut after Fortress, those at Fortress against
//!   those at Open-Door or Partnership; for a cut after Come-if-we-call,
//!   those at Fortress or Come-if-we-call against those at Partnership; the
//!   smaller side of the better cut.
//! - **Evenly split** is the same for neighbouring types: the smaller side
//!   of the best cut between any two adjacent types.
//! - An area is **split** when at least two people stand on each side of a
//!   gap of two types (far apart ≥ 2), or when no type holds a majority
//!   (more than half of `marked`) and at least two stand on each side of
//!   some cut (evenly split ≥ 2). Anything else, including one lone mark far
//!   from the rest, is agreement.
//! - Split areas are ranked by far apart as a share of `marked`, then by
//!   evenly split as a share of `marked` (both compared exactly), then in
//!   the instrument's order; the first [`MOST_CONVERSATIONS`] are named.
//!
//! Two people on each side is the smallest split that is not one person's
//! view against the room, and shares keep an area few marked from
//! outranking one many marked.

use super::counts::AreaCounts;
use crate::core::content::ToolsKey;
use crate::core::model::Area;

/// The most areas "Conversations to have" names.
pub const MOST_CONVERSATIONS: usize = 3;

/// The fewest people on each side of a cut for an area to count as split.
pub const MIN_ON_EACH_SIDE: u32 = 2;

/// How an area is split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SplitKind {
    /// At least two people on each side of a gap of two school types.
    FarApart,
    /// No school type holds a majority, and at least two people sit on each
    /// side of a boundary between neighbouring types.
    Even,
}

/// One area the team should talk about, with the numbers behind the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Split {
    /// The area.
    pub area: Area,
    /// Which part of the rule named it (far apart wins when both hold).
    pub kind: SplitKind,
    /// How many chose a school type in the area.
    pub marked: u32,
    /// The smaller side of the best cut across a gap of two types.
    pub far_apart: u32,
    /// The smaller side of the best cut between neighbouring types.
    pub evenly_split: u32,
}

impl Split {
    /// The key of the area's discussion prompt in the tools content.
    pub fn prompt(&self) -> ToolsKey {
        prompt_key(self.area)
    }
}

/// Whether staff agree in one area, by the rule above. The summary's
/// table, "Conversations to have" and the meeting guide's "Where we agree"
/// all read it (`AreaSummary::agreement`), so they can never disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Agreement {
    /// Nobody chose a school type here, so there is nothing to agree on.
    NoMarks,
    /// Staff mostly agree: no split by the rule.
    Agrees,
    /// Staff are split, and how.
    Split(SplitKind),
}

/// What "Conversations to have" says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conversations {
    /// No area is split: the team agrees (or too few marked to tell).
    Agrees,
    /// One to [`MOST_CONVERSATIONS`] split areas, most split first.
    Split(Vec<Split>),
}

/// The key of an area's discussion prompt, asking each side what it sees.
pub fn prompt_key(area: Area) -> ToolsKey {
    match area {
        Area::BuildingRelationships => ToolsKey::TeamPromptBuildingRelationships,
        Area::LinkingToLearning => ToolsKey::TeamPromptLinkingToLearning,
        Area::AddressingDifferences => ToolsKey::TeamPromptAddressingDifferences,
        Area::SupportingAdvocacy => ToolsKey::TeamPromptSupportingAdvocacy,
        Area::SharingPower => ToolsKey::TeamPromptSharingPower,
    }
}

/// Whether, and how, one area is split (see the module's rule).
pub fn split(area: Area, counts: &AreaCounts) -> Option<Split> {
    let marks = counts.levels;
    let marked = counts.marked();
    // `at_most[c]` is how many marked the first c + 1 types.
    let mut at_most = [0u32; 4];
    let mut running = 0u32;
    for (slot, count) in at_most.iter_mut().zip(marks) {
        running = running.saturating_add(count);
        *slot = running;
    }
    let above = |c: usize| marked.saturating_sub(at_most.get(c).copied().unwrap_or(marked));
    let far_apart = (0..2).map(|c| at_most[c].min(above(c + 1))).max().unwrap_or(0);
    let evenly_split = (0..3).map(|c| at_most[c].min(above(c))).max().unwrap_or(0);
    let majority = marks.iter().any(|count| u64::from(*count) * 2 > u64::from(marked));
    let kind = if far_apart >= MIN_ON_EACH_SIDE {
        SplitKind::FarApart
    } else if !majority && evenly_split >= MIN_ON_EACH_SIDE {
        SplitKind::Even
    } else {
        return None;
    };
    Some(Split { area, kind, marked, far_apart, evenly_split })
}

/// The conversations for the areas' counts, in the instrument's order.
pub fn conversations(areas: &[AreaCounts; 5]) -> Conversations {
    let mut splits: Vec<Split> = Area::ALL.into_iter().zip(areas).filter_map(|(area, c)| split(area, c)).collect();
    // A stable sort keeps the instrument's order among equals.
    splits.sort_by(|a, b| {
        share(b.far_apart, b.marked)
            .cmp_with(share(a.far_apart, a.marked))
            .then_with(|| share(b.evenly_split, b.marked).cmp_with(share(a.evenly_split, a.marked)))
    });
    splits.truncate(MOST_CONVERSATIONS);
    if splits.is_empty() {
        Conversations::Agrees
    } else {
        Conversations::Split(splits)
    }
}

/// A fraction compared exactly, by cross-multiplying.
#[derive(Clone, Copy)]
struct Share(u64, u64);

fn share(part: u32, of: u32) -> Share {
    Share(u64::from(part), u64::from(of.max(1)))
}

impl Share {
    fn cmp_with(self, other: Share) -> std::cmp::Ordering {
        (self.0 * other.1).cmp(&(other.0 * self.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(marks: [u32; 4]) -> AreaCounts {
        AreaCounts { levels: marks, not_sure: 0, unmarked: 0 }
    }

    #[test]
    fn a_lone_mark_far_off_is_not_a_split_but_two_are() {
        assert_eq!(split(Area::SharingPower, &counts([1, 0, 5, 0])), None);
        let two = split(Area::SharingPower, &counts([2, 0, 5, 0])).expect("split");
        assert_eq!((two.kind, two.far_apart, two.evenly_split, two.marked), (SplitKind::FarApart, 2, 2, 7));
        assert_eq!(two.prompt(), ToolsKey::TeamPromptSharingPower);
    }

    #[test]
    fn neighbouring_types_split_only_without_a_majority() {
        assert_eq!(split(Area::SharingPower, &counts([0, 4, 2, 0])), None, "four of six hold one type");
        let even = split(Area::SharingPower, &counts([0, 3, 3, 0])).expect("split");
        assert_eq!((even.kind, even.far_apart, even.evenly_split), (SplitKind::Even, 0, 3));
        assert_eq!(split(Area::SharingPower, &counts([0, 1, 1, 0])), None, "one on each side");
        assert_eq!(split(Area::SharingPower, &counts([0; 4])), None);
    }

    #[test]
    fn shares_rank_the_splits() {
        let marked = |levels: [u32; 4]| counts(levels);
        let areas = [marked([5, 0, 0, 5]), marked([0, 3, 3, 0]), marked([2, 0, 8, 0]), marked([4, 0, 0, 4]), marked([9; 4])];
        let Conversations::Split(named) = conversations(&areas) else { panic!("split areas") };
        let order: Vec<Area> = named.iter().map(|s| s.area).collect();
        // Far apart 5 of 10 and 4 of 8 tie, and so do their even splits,
        // so the instrument's order keeps relationships first. Nine at
        // every type are 9 of 36 apart, a quarter: ahead of 2 of 10.
        assert_eq!(order, vec![Area::BuildingRelationships, Area::SupportingAdvocacy, Area::SharingPower]);
        assert_eq!(conversations(&[marked([0, 0, 6, 0]); 5]), Conversations::Agrees);
    }
}
