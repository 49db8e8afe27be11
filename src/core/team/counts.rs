//! Pooled counts: how many respondents chose each answer, per area, belief
//! and barrier, and the medians and spreads derived from them.

use super::practice_counts::{planning_at, PlanCounts, PracticeCounts};
use super::record::Record;
use super::threshold::MIN_RESPONDENTS;
#[cfg(test)]
use crate::core::model::Answers;
use crate::core::model::{Area, Barrier, Belief, Feasibility, Level, Likert, Mark, PracticeRef, MAX_PRIORITIES};

/// How many respondents marked each school type in one area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AreaCounts {
    pub(super) levels: [u32; 4],
    pub(super) not_sure: u32,
    pub(super) unmarked: u32,
}

impl AreaCounts {
    /// How many marked the given school type.
    pub fn at(&self, level: Level) -> u32 {
        self.levels.get(level.index()).copied().unwrap_or(0)
    }

    /// How many marked "Not sure".
    pub fn not_sure(&self) -> u32 {
        self.not_sure
    }

    /// How many left the area without a mark.
    pub fn unmarked(&self) -> u32 {
        self.unmarked
    }

    /// How many chose a school type (not sure and unmarked excluded).
    pub fn marked(&self) -> u32 {
        self.levels.iter().fold(0u32, |sum, c| sum.saturating_add(*c))
    }

    /// The lower median of the chosen school types: with the marks sorted
    /// from Fortress to Partnership, the one at position ⌈k/2⌉ of k. For an
    /// even count this is the lower of the two middle marks, a cautious
    /// reading that never shows the team further along than half of those
    /// who marked say it is. `None` when nobody chose a type.
    pub fn median(&self) -> Option<Level> {
        let marked = self.marked();
        if marked == 0 {
            return None;
        }
        // The 1-based rank of the lower median.
        let rank = marked.div_ceil(2);
        let mut seen: u32 = 0;
        for level in Level::ALL {
            seen = seen.saturating_add(self.at(level));
            if seen >= rank {
                return Some(level);
            }
        }
        None
    }
}

/// How one belief was rated across respondents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BeliefCounts {
    pub(super) held: [u32; 5],
    pub(super) practised: [u32; 5],
    pub(super) gap_sum: i64,
    pub(super) gap_count: u32,
}

impl BeliefCounts {
    /// How many rated how strongly they hold the belief at the given point.
    pub fn held(&self, point: Likert) -> u32 {
        self.held.get(usize::from(point.value() - 1)).copied().unwrap_or(0)
    }

    /// How many rated the school's practice of the belief at the given point.
    pub fn practised(&self, point: Likert) -> u32 {
        self.practised.get(usize::from(point.value() - 1)).copied().unwrap_or(0)
    }

    /// How many chose each point of the "held" scale, from 1 to 5, for a
    /// chart and its data table.
    pub fn held_points(&self) -> impl Iterator<Item = (Likert, u32)> + '_ {
        Likert::all().map(|point| (point, self.held(point)))
    }

    /// How many chose each point of the "practised" scale, from 1 to 5.
    pub fn practised_points(&self) -> impl Iterator<Item = (Likert, u32)> + '_ {
        Likert::all().map(|point| (point, self.practised(point)))
    }

    /// How many answered the "held" scale.
    pub fn held_answered(&self) -> u32 {
        self.held.iter().fold(0u32, |s, c| s.saturating_add(*c))
    }

    /// How many answered the "practised" scale.
    pub fn practised_answered(&self) -> u32 {
        self.practised.iter().fold(0u32, |s, c| s.saturating_add(*c))
    }

    /// How many answered both scales; the gap is averaged over them.
    pub fn gap_count(&self) -> u32 {
        self.gap_count
    }

    /// The sum of held minus practised over those who answered both.
    pub fn gap_sum(&self) -> i64 {
        self.gap_sum
    }

    /// The average "held" point in tenths (42 means 4.2), rounded half away
    /// from zero; `None` when nobody answered.
    pub fn held_tenths(&self) -> Option<u16> {
        average_tenths(&self.held)
    }

    /// The average "practised" point in tenths; `None` when nobody answered.
    pub fn practised_tenths(&self) -> Option<u16> {
        average_tenths(&self.practised)
    }

    /// The average of held minus practised over those who answered both, in
    /// tenths (15 means practice trails the belief by 1.5 points), rounded
    /// half away from zero. Integers keep the figure exact and identical
    /// wherever it is recomputed. `None` when nobody answered both.
    pub fn gap_tenths(&self) -> Option<i16> {
        let tenths = rounded_tenths(self.gap_sum, self.gap_count)?;
        i16::try_from(tenths).ok()
    }
}

/// `sum / count` in tenths, rounded half away from zero.
fn rounded_tenths(sum: i64, count: u32) -> Option<i64> {
    if count == 0 {
        return None;
    }
    let count = i128::from(count);
    let scaled = i128::from(sum) * 10;
    let magnitude = (scaled.abs() * 2 + count) / (count * 2);
    let signed = if scaled < 0 { -magnitude } else { magnitude };
    i64::try_from(signed).ok()
}

fn average_tenths(histogram: &[u32; 5]) -> Option<u16> {
    let mut sum: i64 = 0;
    let mut count: u32 = 0;
    for (value, n) in (1i64..).zip(histogram) {
        sum += value * i64::from(*n);
        count = count.saturating_add(*n);
    }
    rounded_tenths(sum, count).and_then(|t| u16::try_from(t).ok())
}

/// The pooled counts of at least [`MIN_RESPONDENTS`] distinct assessments:
/// everything a team summary, team code or CSV file is built from.
///
/// It can only be made from a pool or a team code, both of which check the
/// minimum, so holding a `TeamCounts` means it is safe to show.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TeamCounts {
    pub(super) respondents: u32,
    pub(super) areas: [AreaCounts; 5],
    pub(super) beliefs: [BeliefCounts; 4],
    pub(super) barriers: [u32; 8],
    pub(super) plan: PlanCounts,
}

impl TeamCounts {
    /// How many distinct respondents were pooled.
    pub fn respondents(&self) -> u32 {
        self.respondents
    }

    /// The counts for one area.
    pub fn area(&self, area: Area) -> AreaCounts {
        self.areas.get(area.index()).copied().unwrap_or_default()
    }

    /// The counts for one belief.
    pub fn belief(&self, belief: Belief) -> BeliefCounts {
        self.beliefs.get(belief.index()).copied().unwrap_or_default()
    }

    /// How many checked the barrier.
    pub fn barrier(&self, barrier: Barrier) -> u32 {
        self.barriers.get(barrier.index()).copied().unwrap_or(0)
    }

    /// The counts of one practice of a level that can be a next level up
    /// (see [`PracticeCounts`]); a Fortress practice has none.
    pub fn practice(&self, area: Area, practice: PracticeRef) -> PracticeCounts {
        self.plan.get(area, practice)
    }

    /// Whether any rating or priority is counted. Counts opened from a
    /// format 1 team code, or pooled from people without a plan, have none.
    pub fn has_plan(&self) -> bool {
        self.plan.has_plan()
    }

    /// No one counted yet: the start of a pool's running counts, which are
    /// handed out only from [`MIN_RESPONDENTS`] up.
    pub(super) fn empty() -> TeamCounts {
        TeamCounts {
            respondents: 0,
            areas: [AreaCounts::default(); 5],
            beliefs: [BeliefCounts::default(); 4],
            barriers: [0; 8],
            plan: PlanCounts::default(),
        }
    }

    /// Counts one more distinct assessment; the caller checks that it is
    /// distinct and not blank.
    pub(super) fn add(&mut self, one: &Record) {
        self.respondents = self.respondents.saturating_add(1);
        for (mark, slot) in one.marks.iter().zip(self.areas.iter_mut()) {
            let cell = match mark {
                None => &mut slot.unmarked,
                Some(Mark::NotSure) => &mut slot.not_sure,
                Some(Mark::Level(level)) => match slot.levels.get_mut(level.index()) {
                    Some(cell) => cell,
                    None => continue,
                },
            };
            *cell = cell.saturating_add(1);
        }
        for ((held, practised), slot) in one.held.iter().zip(&one.practised).zip(self.beliefs.iter_mut()) {
            if let Some(cell) = held.checked_sub(1).and_then(|p| slot.held.get_mut(usize::from(p))) {
                *cell = cell.saturating_add(1);
            }
            if let Some(cell) = practised.checked_sub(1).and_then(|p| slot.practised.get_mut(usize::from(p))) {
                *cell = cell.saturating_add(1);
            }
            if *held > 0 && *practised > 0 {
                slot.gap_sum = slot.gap_sum.saturating_add(i64::from(*held) - i64::from(*practised));
                slot.gap_count = slot.gap_count.saturating_add(1);
            }
        }
        for (bit, slot) in self.barriers.iter_mut().enumerate() {
            if one.barriers & (1 << bit) != 0 {
                *slot = slot.saturating_add(1);
            }
        }
        self.plan.add(one);
    }

    /// Tallies the given assessments; `None` when there are fewer than
    /// [`MIN_RESPONDENTS`]. The caller passes distinct assessments.
    #[cfg(test)]
    pub(super) fn from_answers<'a>(answers: impl Iterator<Item = &'a Answers>) -> Option<TeamCounts> {
        let mut counts = TeamCounts::empty();
        for one in answers {
            counts.add(&Record::from_answers(one));
        }
        counts.is_shareable().then_some(counts)
    }

    /// Whether enough people are counted for the counts to leave the pool.
    pub(super) fn is_shareable(&self) -> bool {
        self.respondents >= u32::from(MIN_RESPONDENTS)
    }

    /// Whether the counts could have come from `respondents` real
    /// assessments. Decoding checks this so that a code which passes its
    /// checksum by chance still cannot show impossible numbers.
    pub(super) fn is_consistent(&self) -> bool {
        let n = u64::from(self.respondents);
        let sum = |values: &[u32]| values.iter().map(|v| u64::from(*v)).sum::<u64>();
        let areas_ok = self.areas.iter().all(|a| sum(&a.levels) + u64::from(a.not_sure) + u64::from(a.unmarked) == n);
        let beliefs_ok = self.beliefs.iter().all(|b| {
            let held = sum(&b.held);
            let practised = sum(&b.practised);
            let both = u64::from(b.gap_count);
            held <= n && practised <= n && both <= held.min(practised) && b.gap_sum.unsigned_abs() <= 4 * both
        });
        let barriers_ok = self.barriers.iter().all(|b| u64::from(*b) <= n);
        self.is_shareable() && areas_ok && beliefs_ok && barriers_ok && self.plan_is_consistent()
    }

    /// Whether the plan's counts fit the marks: ratings and priorities of a
    /// practice only from those whose next level up holds it (who marked the
    /// level below), at most one rating each, and at most three priorities
    /// per person in all.
    fn plan_is_consistent(&self) -> bool {
        let n = u64::from(self.respondents);
        let mut priorities = 0u64;
        let cells_ok = self.areas.iter().zip(&self.plan.0).all(|(area, levels)| {
            levels.iter().enumerate().all(|(level, row)| {
                let planning = u64::from(planning_at(&area.levels, level));
                row.iter().all(|cell| {
                    priorities += u64::from(cell.priority);
                    u64::from(cell.doing) <= n
                        && u64::from(cell.rated_total()) <= planning
                        && u64::from(cell.priority) <= planning
                        && cell.rated(Feasibility::AlreadyDoing) <= cell.doing
                })
            })
        });
        cells_ok && priorities <= n * MAX_PRIORITIES as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::test_support::{counts_of, person};

    #[test]
    fn the_median_is_the_lower_middle_mark() {
        // Fortress, Fortress, Open-Door, Partnership in the first area.
        let counts = counts_of(&[[1; 5], [1; 5], [3; 5], [4; 5], [0, 1, 1, 1, 1]]);
        let area = counts.area(Area::ALL[0]);
        assert_eq!(area.marked(), 4);
        assert_eq!(area.unmarked(), 1);
        assert_eq!(area.median(), Level::from_number(1));
        assert_eq!(AreaCounts::default().median(), None);
    }

    #[test]
    fn tenths_round_half_away_from_zero() {
        assert_eq!(rounded_tenths(1, 4), Some(3));
        assert_eq!(rounded_tenths(-1, 4), Some(-3));
        assert_eq!(rounded_tenths(5, 0), None);
        assert_eq!(average_tenths(&[0, 0, 1, 1, 0]), Some(35));
        assert_eq!(average_tenths(&[0; 5]), None);
    }

    #[test]
    fn fewer_than_five_make_no_counts_and_pooled_counts_are_consistent() {
        let four: Vec<Answers> = (1..=4).map(|id| person(id, [1; 5])).collect();
        assert_eq!(TeamCounts::from_answers(four.iter()), None);
        let counts = counts_of(&[[1; 5], [2; 5], [9; 5], [0, 0, 0, 0, 9], [4; 5]]);
        assert!(counts.is_consistent());
        assert_eq!(counts.respondents(), 5);
        let mut broken = counts.clone();
        broken.barriers[0] = 6;
        assert!(!broken.is_consistent(), "more barrier ticks than people");
    }
}
