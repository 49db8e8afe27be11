//! The team summary: medians, disagreement, the scoring guide applied to the
//! medians, and the threshold check before anything is shown.

use super::beliefs::{widest_gap, TeamWidestGap};
use super::conversations::{conversations, split, Agreement, Conversations, Split};
use super::counts::{AreaCounts, BeliefCounts, TeamCounts};
use super::pool::Pool;
use super::pooled_plan::{pooled_plan, PooledPlan};
use super::threshold::Threshold;
use crate::core::model::{Area, Barrier, Belief, Level};
use crate::core::scoring::{score_levels, AreaScore};

/// One area of the team summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaSummary {
    /// The area summarised.
    pub area: Area,
    /// How many chose each type, not sure, or nothing.
    pub counts: AreaCounts,
    /// See [`AreaCounts::median`].
    pub median: Option<Level>,
    /// Whether staff are split here, by the rule of "Conversations to
    /// have" (see [`Conversations`]); `None` when they are not.
    pub split: Option<Split>,
}

impl AreaSummary {
    /// Whether staff agree in this area, by the one rule that the summary's
    /// table, "Conversations to have" and the meeting guide all follow.
    pub fn agreement(&self) -> Agreement {
        match self.split {
            Some(split) => Agreement::Split(split.kind),
            None if self.counts.marked() == 0 => Agreement::NoMarks,
            None => Agreement::Agrees,
        }
    }
}

/// One belief of the team summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeliefSummary {
    /// The belief summarised.
    pub belief: Belief,
    /// The distribution of both scales and the gap totals.
    pub counts: BeliefCounts,
    /// See [`BeliefCounts::held_tenths`].
    pub held_tenths: Option<u16>,
    /// See [`BeliefCounts::practised_tenths`].
    pub practised_tenths: Option<u16>,
    /// See [`BeliefCounts::gap_tenths`].
    pub gap_tenths: Option<i16>,
}

/// A team's results, derived entirely from [`TeamCounts`], so a team code
/// reproduces exactly the summary it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSummary {
    /// The counts the summary was derived from.
    pub counts: TeamCounts,
    /// How many distinct respondents.
    pub respondents: u32,
    /// Every area, in the instrument's order.
    pub areas: [AreaSummary; 5],
    /// The conversations to have: the one to three most split areas, or
    /// that the team agrees (the rule is in [`Conversations`]'s module).
    pub conversations: Conversations,
    /// The scoring guide applied to the median of each area.
    pub score: AreaScore,
    /// Every belief, in the instrument's order.
    pub beliefs: [BeliefSummary; 4],
    /// Where practice trails belief furthest, on average.
    pub widest_gap: TeamWidestGap,
    /// How many checked each barrier, in the instrument's order.
    pub barriers: [(Barrier, u32); 8],
    /// The same, most checked first; ties keep the instrument's order.
    pub barriers_by_count: [(Barrier, u32); 8],
}

impl TeamSummary {
    /// Derives the summary from pooled counts.
    pub fn from_counts(counts: &TeamCounts) -> TeamSummary {
        let areas = Area::ALL.map(|area| {
            let c = counts.area(area);
            AreaSummary { area, counts: c, median: c.median(), split: split(area, &c) }
        });
        let score = score_levels(areas.map(|a| a.median));
        let beliefs = Belief::ALL.map(|belief| {
            let c = counts.belief(belief);
            BeliefSummary {
                belief,
                counts: c,
                held_tenths: c.held_tenths(),
                practised_tenths: c.practised_tenths(),
                gap_tenths: c.gap_tenths(),
            }
        });
        let barriers = Barrier::ALL.map(|barrier| (barrier, counts.barrier(barrier)));
        let mut barriers_by_count = barriers;
        // A stable sort, so that ties keep the instrument's order.
        barriers_by_count.sort_by_key(|(_, checked)| std::cmp::Reverse(*checked));
        TeamSummary {
            counts: counts.clone(),
            respondents: counts.respondents(),
            areas,
            conversations: conversations(&counts.areas),
            score,
            beliefs,
            widest_gap: widest_gap(&counts.beliefs),
            barriers,
            barriers_by_count,
        }
    }

    /// The summary of one area.
    pub fn area(&self, area: Area) -> AreaSummary {
        self.areas.get(area.index()).copied().unwrap_or(AreaSummary { area, counts: AreaCounts::default(), median: None, split: None })
    }

    /// Every split area beyond the ones "Conversations to have" names, in
    /// the instrument's order, so that no split area goes unmentioned.
    pub fn also_split(&self) -> Vec<Area> {
        let named: Vec<Area> = match &self.conversations {
            Conversations::Agrees => Vec::new(),
            Conversations::Split(named) => named.iter().map(|s| s.area).collect(),
        };
        self.areas.iter().filter(|a| a.split.is_some() && !named.contains(&a.area)).map(|a| a.area).collect()
    }

    /// The summary of one belief.
    pub fn belief(&self, belief: Belief) -> Option<BeliefSummary> {
        self.beliefs.get(belief.index()).copied()
    }

    /// The team's next steps with the plan: each step's practices with the
    /// pooled ratings and priorities, the quick wins and what will be hard
    /// (the rules are in [`PooledPlan`]'s module). `practice_count` gives how
    /// many practices a rubric cell of the content lists.
    pub fn plan(&self, practice_count: impl Fn(Area, Level) -> usize) -> PooledPlan {
        pooled_plan(self, practice_count)
    }

    /// The team's next steps, from each area's median.
    pub fn next_steps(&self) -> TeamNextSteps {
        let mut steps = Vec::new();
        let mut without_median = Vec::new();
        for summary in &self.areas {
            match summary.median {
                None => without_median.push(summary.area),
                Some(from) => {
                    if let Some(to) = from.next_up() {
                        steps.push(TeamNextStep { area: summary.area, from, to });
                    }
                }
            }
        }
        if without_median.len() == self.areas.len() {
            TeamNextSteps::NoMedian
        } else if !steps.is_empty() {
            TeamNextSteps::Steps { steps, without_median }
        } else if without_median.is_empty() {
            TeamNextSteps::AllAtPartnership
        } else {
            TeamNextSteps::PartnershipWhereMarked { without_median }
        }
    }
}

/// The next level up for one area, from the team's median.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TeamNextStep {
    /// The area.
    pub area: Area,
    /// The area's median now.
    pub from: Level,
    /// The next level up.
    pub to: Level,
}

/// What the team's next steps can say. An area has no median when everyone
/// chose "Not sure" or left it blank; such an area is neither "at
/// Partnership" nor has a step, so the cases are told apart rather than all
/// reading as "every area is at Partnership".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamNextSteps {
    /// No area has a median, so there is nothing to say about any of them yet.
    NoMedian,
    /// Every area has a median, and every median is Partnership.
    AllAtPartnership,
    /// Every area with a median is at Partnership, but some have none.
    PartnershipWhereMarked {
        /// The areas without a median, in the instrument's order.
        without_median: Vec<Area>,
    },
    /// At least one median is below Partnership.
    Steps {
        /// One step per area below Partnership, in the instrument's order.
        steps: Vec<TeamNextStep>,
        /// The areas without a median, in the instrument's order.
        without_median: Vec<Area>,
    },
}

/// The team's results, or why they cannot be shown yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Summary {
    /// Fewer distinct respondents than the threshold: nothing is shown.
    TooFew {
        /// How many distinct respondents there are.
        have: u16,
        /// How many more are needed to reach the threshold.
        need_more: u16,
    },
    /// The summary, boxed because it is far larger than the other variant.
    Ready(Box<TeamSummary>),
}

/// Summarises a pool, or says how many more respondents are needed.
pub fn summarize(pool: &Pool, threshold: Threshold) -> Summary {
    match too_few(pool.len(), threshold) {
        Some(too_few) => too_few,
        None => match pool.counts() {
            Some(counts) => Summary::Ready(Box::new(TeamSummary::from_counts(&counts))),
            // Unreachable while the threshold is at least the minimum; kept
            // as a safe answer rather than a panic.
            None => Summary::TooFew { have: 0, need_more: threshold.get() },
        },
    }
}

/// Summarises counts read from a team code, applying a (possibly raised)
/// threshold.
pub fn summarize_counts(counts: &TeamCounts, threshold: Threshold) -> Summary {
    too_few(counts.respondents(), threshold).unwrap_or_else(|| Summary::Ready(Box::new(TeamSummary::from_counts(counts))))
}

fn too_few(have: u32, threshold: Threshold) -> Option<Summary> {
    let need = threshold.get();
    match u16::try_from(have) {
        Ok(have) if have < need => Some(Summary::TooFew { have, need_more: need - have }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::test_support::{counts_of, pool_of};

    #[test]
    fn nothing_is_summarised_below_the_threshold() {
        let pool = pool_of(&[[1; 5], [2; 5], [3; 5]]);
        assert_eq!(summarize(&pool, Threshold::default()), Summary::TooFew { have: 3, need_more: 2 });
        let five = pool_of(&[[1; 5], [2; 5], [3; 5], [4; 5], [4; 5]]);
        assert!(matches!(summarize(&five, Threshold::default()), Summary::Ready(_)));
        assert_eq!(summarize(&five, Threshold::new(7)), Summary::TooFew { have: 5, need_more: 2 });
    }

    #[test]
    fn the_most_split_area_comes_first_and_unmarked_areas_are_never_named() {
        // Area 0 agrees, area 2 is split widely, area 4 is never marked.
        let counts = counts_of(&[[2, 2, 1, 2, 0], [2, 2, 1, 2, 0], [2, 2, 4, 3, 0], [2, 2, 4, 2, 0], [2, 2, 4, 2, 0]]);
        let summary = TeamSummary::from_counts(&counts);
        let Conversations::Split(named) = &summary.conversations else { panic!("area 2 is split") };
        assert_eq!(named.iter().map(|s| s.area).collect::<Vec<_>>(), vec![Area::ALL[2]]);
        assert_eq!(summary.area(Area::ALL[2]).split, named.first().copied());
        assert_eq!(summary.area(Area::ALL[4]).median, None);
        assert_eq!(summary.respondents, 5);
    }

    #[test]
    fn next_steps_tell_no_median_from_partnership() {
        let next = |marks: &[[u8; 5]]| TeamSummary::from_counts(&counts_of(marks)).next_steps();
        // Five respondents who chose "Not sure" everywhere: no median at all.
        assert_eq!(next(&[[9; 5]; 5]), TeamNextSteps::NoMedian);
        assert_eq!(next(&[[4; 5]; 5]), TeamNextSteps::AllAtPartnership);
        let area = |i: usize| Area::ALL[i];
        assert_eq!(next(&[[4, 4, 9, 4, 0]; 5]), TeamNextSteps::PartnershipWhereMarked { without_median: vec![area(2), area(4)] });
        let level = |n: u8| Level::from_number(n).expect("levels are 1-4");
        assert_eq!(
            next(&[[1, 4, 9, 3, 4]; 5]),
            TeamNextSteps::Steps {
                steps: vec![
                    TeamNextStep { area: area(0), from: level(1), to: level(2) },
                    TeamNextStep { area: area(3), from: level(3), to: level(4) },
                ],
                without_median: vec![area(2)],
            }
        );
    }
}
