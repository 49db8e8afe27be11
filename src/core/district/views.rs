//! What the district page shows, derived from a round's schools by pure
//! functions: the schools × areas grid, how the schools are spread over the
//! four types, the gap between schools, where district support should go,
//! and year over year. Nothing here ranks schools: lists are in name order,
//! and a school "behind" is named beside the others in plain words.
//!
//! District-wide figures appear only from [`MIN_SCHOOLS`] schools up; each
//! school's figures carry how many people they rest on.

use std::cmp::Reverse;

use super::round::{name_key, Round, School};
use crate::core::model::{Area, Barrier, Belief, Feasibility, Level, PracticeRef, MAX_PRACTICES_PER_CELL};
use crate::core::team::MIN_FOR_A_LIST;

/// The fewest schools a district-wide figure rests on.
pub const MIN_SCHOOLS: usize = 3;

/// Below this many people a school's middle type can move with one or two
/// people's answers, so its figures are marked "few people" (never hidden:
/// every team link already rests on at least five).
pub const FEW_PEOPLE: u32 = 10;

/// How the grid is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// By school name.
    Name,
    /// By one area's middle type, furthest along first.
    Area(Area),
    /// By how far along the school is over all areas, furthest first.
    FarAlong,
}

/// One school's row of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// The school.
    pub name: String,
    /// How many people its link rests on.
    pub people: u32,
    /// Whether that is fewer than [`FEW_PEOPLE`].
    pub few: bool,
    /// The middle type per area (`None` where nobody chose a type).
    pub middle: [Option<Level>; 5],
}

/// How far along a school is over all areas: the sum of its middle types'
/// steps above Fortress (0 to 15), areas without a middle type counting
/// nothing.
pub fn far_along(middle: &[Option<Level>; 5]) -> usize {
    middle.iter().flatten().map(|level| level.index()).sum()
}

/// The middle type of each area of a school.
fn middles(school: &School) -> [Option<Level>; 5] {
    Area::ALL.map(|area| school.counts.area(area).median())
}

/// The grid's rows: the schools whose name holds `filter` (case ignored),
/// sorted as asked, ties by name.
pub fn grid(round: &Round, sort: SortBy, filter: &str) -> Vec<GridRow> {
    let filter = name_key(filter);
    let mut rows: Vec<GridRow> = round
        .schools()
        .filter(|school| filter.is_empty() || name_key(&school.name).contains(&filter))
        .map(|school| {
            let people = school.counts.respondents();
            GridRow { name: school.name.clone(), people, few: people < FEW_PEOPLE, middle: middles(school) }
        })
        .collect();
    // The round lists schools by name already; stable sorts keep that
    // order among equals.
    match sort {
        SortBy::Name => {}
        SortBy::Area(area) => rows.sort_by_key(|row| Reverse(row.middle[area.index()].map(|l| l.index() + 1).unwrap_or(0))),
        SortBy::FarAlong => rows.sort_by_key(|row| Reverse(far_along(&row.middle))),
    }
    rows
}

/// How many schools sit at each type in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaSpread {
    /// The area.
    pub area: Area,
    /// Schools whose middle type is each type, Fortress first.
    pub at: [usize; 4],
    /// Schools where nobody chose a type.
    pub without: usize,
}

/// Per area, how many schools sit at each of the four types; `None` below
/// [`MIN_SCHOOLS`] schools.
pub fn spread(round: &Round) -> Option<[AreaSpread; 5]> {
    if round.len() < MIN_SCHOOLS {
        return None;
    }
    let mut spread = Area::ALL.map(|area| AreaSpread { area, at: [0; 4], without: 0 });
    for school in round.schools() {
        for (slot, middle) in spread.iter_mut().zip(middles(school)) {
            match middle {
                Some(level) => slot.at[level.index()] += 1,
                None => slot.without += 1,
            }
        }
    }
    Some(spread)
}

/// How far apart the schools are in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaGap {
    /// The area.
    pub area: Area,
    /// The lowest and highest middle type among the schools.
    pub lowest: Level,
    /// See `lowest`.
    pub highest: Level,
    /// The district's middle: the lower median of the schools' middle types.
    pub middle: Level,
    /// How many schools sit below the district's middle.
    pub below: usize,
}

impl AreaGap {
    /// How many types apart the lowest and highest schools are (0 to 3).
    pub fn steps(&self) -> usize {
        self.highest.index() - self.lowest.index()
    }
}

/// Per area, how far apart the schools are; an area where no school has a
/// middle type is left out, and everything is `None` below [`MIN_SCHOOLS`].
pub fn gaps(round: &Round) -> Option<Vec<AreaGap>> {
    let spread = spread(round)?;
    Some(spread.iter().filter_map(gap_of).collect())
}

/// The gap of one area's spread.
fn gap_of(spread: &AreaSpread) -> Option<AreaGap> {
    let marked: usize = spread.at.iter().sum();
    let lowest = Level::ALL.into_iter().find(|l| spread.at[l.index()] > 0)?;
    let highest = Level::ALL.into_iter().rev().find(|l| spread.at[l.index()] > 0)?;
    let rank = marked.div_ceil(2);
    let mut seen = 0;
    let middle = Level::ALL.into_iter().find(|l| {
        seen += spread.at[l.index()];
        seen >= rank
    })?;
    let below = spread.at[..middle.index()].iter().sum();
    Some(AreaGap { area: spread.area, lowest, highest, middle, below })
}

/// The schools below the district's middle in most areas (at least three of
/// the five), by name: where support may help first. `None` below
/// [`MIN_SCHOOLS`] schools.
pub fn behind_in_most(round: &Round) -> Option<Vec<String>> {
    let gaps = gaps(round)?;
    let behind = round
        .schools()
        .filter(|school| {
            let middle = middles(school);
            let count = gaps.iter().filter(|gap| middle[gap.area.index()].is_some_and(|level| level < gap.middle)).count();
            count >= 3
        })
        .map(|school| school.name.clone())
        .collect();
    Some(behind)
}

/// A practice several schools' teams call easy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuickWin {
    /// The area.
    pub area: Area,
    /// The practice.
    pub practice: PracticeRef,
    /// In how many schools it is a quick win.
    pub schools: usize,
}

/// Where district support should go, district-wide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Support {
    /// Per area, how many schools sit at the two lower types (Fortress or
    /// Come-if-we-call), most first; areas with none are left out.
    pub hard_areas: Vec<(Area, usize)>,
    /// Every barrier with how many people checked it across the district,
    /// most first (ties in the instrument's order), and the people asked.
    pub barriers: Vec<(Barrier, u32)>,
    /// How many people the schools' links rest on together.
    pub people: u32,
    /// The beliefs whose practice trails furthest across the district, with
    /// the average gap in tenths, widest first; only gaps above zero.
    pub belief_gaps: Vec<(Belief, i16)>,
}

/// Where support should go; `None` below [`MIN_SCHOOLS`] schools. Linear in
/// the number of schools: each school's counts are added once.
pub fn support(round: &Round) -> Option<Support> {
    let spread = spread(round)?;
    let mut hard_areas: Vec<(Area, usize)> = spread.iter().map(|s| (s.area, s.at[0] + s.at[1])).filter(|(_, n)| *n > 0).collect();
    hard_areas.sort_by_key(|(_, n)| Reverse(*n));
    let mut barriers = Barrier::ALL.map(|b| (b, 0u32));
    let mut gap_sums = [(0i64, 0u64); 4];
    let mut people = 0u32;
    for school in round.schools() {
        people = people.saturating_add(school.counts.respondents());
        for (barrier, sum) in barriers.iter_mut() {
            *sum = sum.saturating_add(school.counts.barrier(*barrier));
        }
        for (belief, slot) in Belief::ALL.into_iter().zip(gap_sums.iter_mut()) {
            let counts = school.counts.belief(belief);
            slot.0 = slot.0.saturating_add(counts.gap_sum());
            slot.1 = slot.1.saturating_add(u64::from(counts.gap_count()));
        }
    }
    let mut barriers = barriers.to_vec();
    barriers.sort_by_key(|(_, n)| Reverse(*n));
    let mut belief_gaps: Vec<(Belief, i16)> = Belief::ALL
        .into_iter()
        .zip(gap_sums)
        .filter(|(_, (sum, count))| *count > 0 && *sum > 0)
        .map(|(belief, (sum, count))| (belief, tenths(sum, count)))
        .collect();
    belief_gaps.sort_by_key(|(_, tenths)| Reverse(*tenths));
    Some(Support { hard_areas, barriers, people, belief_gaps })
}

/// `sum / count` in tenths, rounded half up (sum is above zero).
fn tenths(sum: i64, count: u64) -> i16 {
    let count = i128::from(count.max(1));
    let value = (i128::from(sum) * 20 + count) / (2 * count);
    i16::try_from(value).unwrap_or(i16::MAX)
}

/// The practices that are a quick win (by the team summary's rule: at
/// least [`MIN_FOR_A_LIST`] call it easy, more than already do it) in at
/// least two schools, most schools first, ties in area and rubric order.
/// `practice_count` gives how many practices a rubric cell lists. `None`
/// below [`MIN_SCHOOLS`] schools.
pub fn quick_wins(round: &Round, practice_count: impl Fn(Area, Level) -> usize) -> Option<Vec<QuickWin>> {
    if round.len() < MIN_SCHOOLS {
        return None;
    }
    let mut wins = Vec::new();
    for area in Area::ALL {
        for level in [Level::ComeIfWeCall, Level::OpenDoor, Level::Partnership] {
            let listed = practice_count(area, level).min(usize::from(MAX_PRACTICES_PER_CELL));
            for practice in (0..MAX_PRACTICES_PER_CELL).take(listed).filter_map(|p| PracticeRef::new(level, p)) {
                let schools = round
                    .schools()
                    .filter(|school| {
                        let c = school.counts.practice(area, practice);
                        let easy = c.rated(Feasibility::Easy);
                        easy >= MIN_FOR_A_LIST && easy > c.doing()
                    })
                    .count();
                if schools >= 2 {
                    wins.push(QuickWin { area, practice, schools });
                }
            }
        }
    }
    wins.sort_by_key(|win| Reverse(win.schools));
    Some(wins)
}

/// How one school's middle type moved in one area between the rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Further along now.
    Up,
    /// Where it was.
    Same,
    /// Less far along now.
    Down,
    /// No middle type in one of the rounds.
    Unknown,
}

/// One school present in both rounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchoolMove {
    /// The school, as named in the later round.
    pub name: String,
    /// How many people each round's link rests on.
    pub people: (u32, u32),
    /// Per area: the middle type before, after, and the move.
    pub areas: [(Option<Level>, Option<Level>, Move); 5],
}

/// How many schools moved up or down in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaMoves {
    /// The area.
    pub area: Area,
    /// Schools further along now.
    pub up: usize,
    /// Schools where they were.
    pub same: usize,
    /// Schools less far along now.
    pub down: usize,
}

/// Year over year: each school in both rounds (matched by name) with what
/// moved, and per area how many schools moved up or down (`None` below
/// [`MIN_SCHOOLS`] schools in both rounds).
pub fn moves(before: &Round, after: &Round) -> (Vec<SchoolMove>, Option<[AreaMoves; 5]>) {
    let schools: Vec<SchoolMove> = after
        .schools()
        .filter_map(|now| {
            let then = before.school(&now.name)?;
            let (old, new) = (middles(then), middles(now));
            let areas = Area::ALL.map(|area| {
                let (a, b) = (old[area.index()], new[area.index()]);
                let moved = match (a, b) {
                    (Some(a), Some(b)) if b > a => Move::Up,
                    (Some(a), Some(b)) if b < a => Move::Down,
                    (Some(_), Some(_)) => Move::Same,
                    _ => Move::Unknown,
                };
                (a, b, moved)
            });
            Some(SchoolMove { name: now.name.clone(), people: (then.counts.respondents(), now.counts.respondents()), areas })
        })
        .collect();
    if schools.len() < MIN_SCHOOLS {
        return (schools, None);
    }
    let mut totals = Area::ALL.map(|area| AreaMoves { area, up: 0, same: 0, down: 0 });
    for school in &schools {
        for (total, (_, _, moved)) in totals.iter_mut().zip(school.areas) {
            match moved {
                Move::Up => total.up += 1,
                Move::Same => total.same += 1,
                Move::Down => total.down += 1,
                Move::Unknown => {}
            }
        }
    }
    (schools, Some(totals))
}
