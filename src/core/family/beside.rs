//! "What families told us": each area's staff spread beside the families'
//! spread on the same four-type scale, with the gap between the staff's
//! median and the type most families describe, and the areas ordered by
//! the widest gap. Each side is shown only from its own threshold; a side
//! below it is `None`, never a partial count.

use super::pool::{gap, FamilyCounts, Gap};
use crate::core::model::{Area, Level};
use crate::core::team::TeamCounts;

/// One side's spread over an area: how many chose each school type, and
/// how many chose none ("not sure", "I don't know", or no answer).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Spread {
    /// How many chose each type, Fortress first.
    pub levels: [u32; 4],
    /// How many chose no type.
    pub no_view: u32,
}

impl Spread {
    /// How many chose `level`.
    pub fn at(&self, level: Level) -> u32 {
        self.levels[level.index()]
    }
}

/// One area, both sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AreaBeside {
    /// The area.
    pub area: Area,
    /// The staff's spread, when enough staff are pooled.
    pub staff: Option<Spread>,
    /// The families' spread.
    pub families: Spread,
    /// How the staff's median compares with the type most families describe.
    pub gap: Gap,
}

/// Every area, both sides, in the instrument's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FamiliesBeside {
    /// How many staff, when enough are pooled to be shown.
    pub staff: Option<u32>,
    /// How many families.
    pub families: u32,
    /// The areas.
    pub areas: [AreaBeside; 5],
}

impl FamiliesBeside {
    /// Sets the families' counts beside the staff's (`None` below the
    /// staff's threshold).
    pub fn new(staff: Option<&TeamCounts>, families: &FamilyCounts) -> FamiliesBeside {
        let areas = Area::ALL.map(|area| {
            let staff_counts = staff.map(|counts| counts.area(area));
            let staff_spread = staff_counts.map(|counts| Spread {
                levels: Level::ALL.map(|level| counts.at(level)),
                no_view: counts.not_sure().saturating_add(counts.unmarked()),
            });
            let family_spread = Spread { levels: Level::ALL.map(|level| families.at(area, level)), no_view: families.no_view(area) };
            AreaBeside {
                area,
                staff: staff_spread,
                families: family_spread,
                gap: gap(staff_counts.and_then(|counts| counts.median()), families.most_common(area)),
            }
        });
        FamiliesBeside { staff: staff.map(TeamCounts::respondents), families: families.families, areas }
    }

    /// The areas where staff and families differ, widest gap first (ties in
    /// the instrument's order).
    pub fn widest_gaps(&self) -> Vec<AreaBeside> {
        let mut differ: Vec<AreaBeside> = self.areas.iter().copied().filter(|area| area.gap.width() > 0).collect();
        differ.sort_by_key(|area| std::cmp::Reverse(area.gap.width()));
        differ
    }
}
