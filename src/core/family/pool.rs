//! Families' answers pooled on the facilitator's page, apart from the
//! staff's: family links and codes found in pasted text (an e-mail thread
//! may hold staff and family links together), kept by their random id, and
//! counted only from [`Threshold`] distinct families up, as staff are.
//!
//! The pool is ordered by the random ids, never by arrival, and nothing
//! derived from it (the counts) holds one family's answers.

use std::collections::BTreeMap;

use super::answers::{Agreement, FamilyAnswers, FamilyBarrier, FamilyId, Item, PlaceAnswer};
use super::code::{decode_family, FamilyCodeError, FAMILY_FRAGMENT_PREFIX};
use crate::core::codec::percent_decode_repeated;
use crate::core::model::{Area, Level};
use crate::core::team::Threshold;

/// What became of one family code found in pasted text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FamilyEntry {
    /// A new family, now counted.
    Added,
    /// The same family with the same answers: counted once.
    AlreadyCounted,
    /// The same family with other answers: the answers pasted last count.
    Replaced,
    /// A code that could not be read.
    Refused(FamilyCodeError),
}

/// The distinct families pooled so far, by random id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FamilyPool(BTreeMap<FamilyId, FamilyAnswers>);

impl FamilyPool {
    /// How many distinct families are pooled.
    pub fn len(&self) -> u32 {
        u32::try_from(self.0.len()).unwrap_or(u32::MAX)
    }

    /// Whether no family is pooled.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds one family's answers.
    pub fn add(&mut self, answers: FamilyAnswers) -> FamilyEntry {
        match self.0.insert(answers.id, answers) {
            None => FamilyEntry::Added,
            Some(before) if before == answers => FamilyEntry::AlreadyCounted,
            Some(_) => FamilyEntry::Replaced,
        }
    }

    /// Adds every family code found in pasted text, one per line at most,
    /// and says what became of each.
    pub fn add_text(&mut self, text: &str) -> Vec<FamilyEntry> {
        text.lines()
            .filter(|line| is_candidate(line))
            .map(|line| match decode_family(line) {
                Ok(answers) => self.add(answers),
                Err(problem) => FamilyEntry::Refused(problem),
            })
            .collect()
    }

    /// The families' answers, in the order of their random ids.
    pub fn iter(&self) -> impl Iterator<Item = &FamilyAnswers> {
        self.0.values()
    }
}

/// Whether a pasted line holds something meant as a family code: a link's
/// `f=F…` or a word of the code's shape (`F`, a digit, 20 code characters
/// or more), so that an ordinary word such as "F1" in a mail is no code.
pub fn is_candidate(line: &str) -> bool {
    let line = percent_decode_repeated(line);
    if line.contains(&format!("{FAMILY_FRAGMENT_PREFIX}F")) {
        return true;
    }
    line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).any(|word| {
        let mut chars = word.chars();
        chars.next() == Some('F') && chars.next().is_some_and(|d| d.is_ascii_digit()) && chars.count() >= 20
    })
}

/// The families' answers pooled into counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FamilyCounts {
    /// How many families.
    pub families: u32,
    /// Per area: unanswered, I don't know, then Fortress … Partnership.
    places: [[u32; 6]; 5],
    /// Per item: unanswered, then strongly disagree … strongly agree.
    items: [[u32; 6]; 8],
    /// Per barrier, how many checked it.
    barriers: [u32; 7],
}

impl FamilyCounts {
    /// Counts the pool.
    pub fn of(pool: &FamilyPool) -> FamilyCounts {
        let mut counts = FamilyCounts { families: pool.len(), ..FamilyCounts::default() };
        for answers in pool.iter() {
            for area in Area::ALL {
                let slot = match answers.place(area) {
                    None => 0,
                    Some(PlaceAnswer::DontKnow) => 1,
                    Some(PlaceAnswer::Level(level)) => level.index() + 2,
                };
                counts.places[area.index()][slot] += 1;
            }
            for item in Item::ALL {
                counts.items[item as usize][answers.item(item).map_or(0, |point| usize::from(point.number()))] += 1;
            }
            for barrier in answers.barriers.iter() {
                counts.barriers[barrier as usize] += 1;
            }
        }
        counts
    }

    /// How many families placed an area at a school type.
    pub fn at(&self, area: Area, level: Level) -> u32 {
        self.places[area.index()][level.index() + 2]
    }

    /// How many families said "I don't know" for an area.
    pub fn dont_know(&self, area: Area) -> u32 {
        self.places[area.index()][1]
    }

    /// How many families left an area unanswered.
    pub fn unanswered(&self, area: Area) -> u32 {
        self.places[area.index()][0]
    }

    /// How many families said "I don't know" or left the area.
    pub fn no_view(&self, area: Area) -> u32 {
        self.places[area.index()][0] + self.places[area.index()][1]
    }

    /// The school type most families describe in an area; `None` when no
    /// family chose one, or two types tie for most.
    pub fn most_common(&self, area: Area) -> Option<Level> {
        let most = Level::ALL.into_iter().map(|level| self.at(area, level)).max().filter(|most| *most > 0)?;
        let mut at_most = Level::ALL.into_iter().filter(|level| self.at(area, *level) == most);
        match (at_most.next(), at_most.next()) {
            (Some(level), None) => Some(level),
            _ => None,
        }
    }

    /// How many families chose a point for an item.
    pub fn item_at(&self, item: Item, point: Agreement) -> u32 {
        self.items[item as usize][usize::from(point.number())]
    }

    /// How many families left an item unanswered.
    pub fn item_unanswered(&self, item: Item) -> u32 {
        self.items[item as usize][0]
    }

    /// How many families agree with an item (agree or strongly agree).
    pub fn item_agreeing(&self, item: Item) -> u32 {
        Agreement::ALL.into_iter().filter(|point| point.agrees()).map(|point| self.item_at(item, point)).sum()
    }

    /// How many families answered an item at all.
    pub fn item_answered(&self, item: Item) -> u32 {
        self.families.saturating_sub(self.item_unanswered(item))
    }

    /// How many families checked a barrier.
    pub fn barrier(&self, barrier: FamilyBarrier) -> u32 {
        self.barriers[barrier as usize]
    }

    /// Counts read back from a team code: per area "I don't know" then
    /// Fortress … Partnership, per item the points 1–5, per barrier how many
    /// checked it. What is left of `families` in a row is unanswered; `None`
    /// when a row holds more families than there are, so impossible counts
    /// are never shown.
    pub fn from_code(families: u32, places: [[u32; 5]; 5], items: [[u32; 5]; 8], barriers: [u32; 7]) -> Option<FamilyCounts> {
        fn with_unanswered(families: u32, row: [u32; 5]) -> Option<[u32; 6]> {
            let marked = row.iter().try_fold(0u32, |sum, n| sum.checked_add(*n))?;
            let left = families.checked_sub(marked)?;
            Some([left, row[0], row[1], row[2], row[3], row[4]])
        }
        let mut counts = FamilyCounts { families, barriers, ..FamilyCounts::default() };
        for (slot, row) in counts.places.iter_mut().zip(places) {
            *slot = with_unanswered(families, row)?;
        }
        for (slot, row) in counts.items.iter_mut().zip(items) {
            *slot = with_unanswered(families, row)?;
        }
        barriers.iter().all(|n| *n <= families).then_some(counts)
    }

    /// The barriers some family checked, most checked first (ties in the
    /// checklist's order), with how many checked each.
    pub fn barriers(&self) -> Vec<(FamilyBarrier, u32)> {
        let mut checked: Vec<(FamilyBarrier, u32)> =
            FamilyBarrier::ALL.into_iter().map(|barrier| (barrier, self.barriers[barrier as usize])).filter(|(_, n)| *n > 0).collect();
        checked.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        checked
    }
}

/// What may be shown of the families' answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FamilySummary {
    /// Nothing: fewer families than the threshold.
    TooFew {
        /// How many distinct families are pooled.
        families: u32,
        /// How many are needed.
        needed: u16,
    },
    /// The pooled counts.
    Ready(Box<FamilyCounts>),
}

/// The families' summary, shown only from `threshold` distinct families.
pub fn summarize_families(pool: &FamilyPool, threshold: Threshold) -> FamilySummary {
    if pool.len() < u32::from(threshold.get()) {
        return FamilySummary::TooFew { families: pool.len(), needed: threshold.get() };
    }
    FamilySummary::Ready(Box::new(FamilyCounts::of(pool)))
}

/// How the staff's place for an area compares with the families'.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gap {
    /// Staff and most families place the area at the same type.
    Same(Level),
    /// Staff place it higher (or lower) than most families describe.
    Differ {
        /// The staff's median type.
        staff: Level,
        /// The type most families describe.
        families: Level,
    },
    /// One side has no single type to compare (no marks, or a tie).
    Unclear,
}

/// The gap between the staff's median type for an area and the type most
/// families describe.
pub fn gap(staff: Option<Level>, families: Option<Level>) -> Gap {
    match (staff, families) {
        (Some(staff), Some(families)) if staff == families => Gap::Same(staff),
        (Some(staff), Some(families)) => Gap::Differ { staff, families },
        _ => Gap::Unclear,
    }
}

impl Gap {
    /// How many types apart the two sides are (0 when the same or unclear),
    /// for ordering areas by the widest gap.
    pub fn width(self) -> u8 {
        match self {
            Gap::Differ { staff, families } => staff.number().abs_diff(families.number()),
            Gap::Same(_) | Gap::Unclear => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::family::code::{encode_family, family_fragment};
    use crate::core::family::FamilyBarriers;

    fn family(seed: u8, level: Level) -> FamilyAnswers {
        let mut answers = FamilyAnswers::new(FamilyId::from_random([seed, 0, 0, 0, 1]));
        answers.set_place(Area::BuildingRelationships, Some(PlaceAnswer::Level(level)));
        answers.set_item(Item::Welcome, Some(Agreement::Agree));
        answers.barriers = FamilyBarriers::default().with(FamilyBarrier::WorkHours, seed % 2 == 0);
        answers
    }

    #[test]
    fn family_links_in_a_mail_thread_are_pooled_once_each_and_ordinary_words_are_not_codes() {
        let one = family(1, Level::ComeIfWeCall);
        let two = family(2, Level::OpenDoor);
        let thread = format!(
            "Hi, F1 is my row number.\n> https://s.example/family/?name=A#{}\nSecond: {}\nAgain: {}\nCut: {}\n",
            family_fragment(&one),
            encode_family(&two),
            encode_family(&two),
            &encode_family(&one)[..21]
        );
        let mut pool = FamilyPool::default();
        let entries = pool.add_text(&thread);
        assert_eq!(entries, [FamilyEntry::Added, FamilyEntry::Added, FamilyEntry::AlreadyCounted]);
        assert_eq!(pool.len(), 2);
        assert!(!is_candidate("F1 is my row number"));
        assert!(is_candidate(&format!("x {}", encode_family(&one))));
        let mut changed = one;
        changed.set_item(Item::MyJob, Some(Agreement::Neither));
        assert_eq!(pool.add(changed), FamilyEntry::Replaced);
        assert_eq!(pool.len(), 2);
        let mut damaged = encode_family(&two);
        damaged.replace_range(5..6, if &damaged[5..6] == "A" { "B" } else { "A" });
        assert_eq!(pool.add_text(&damaged), [FamilyEntry::Refused(FamilyCodeError::Damaged)]);
    }

    #[test]
    fn nothing_is_counted_below_five_families_and_counts_follow_the_answers() {
        let mut pool = FamilyPool::default();
        for seed in 0..4 {
            pool.add(family(seed, Level::ComeIfWeCall));
        }
        assert_eq!(summarize_families(&pool, Threshold::default()), FamilySummary::TooFew { families: 4, needed: 5 });
        pool.add(family(4, Level::OpenDoor));
        let FamilySummary::Ready(counts) = summarize_families(&pool, Threshold::default()) else { panic!("five families are enough") };
        assert_eq!(counts.families, 5);
        assert_eq!(counts.at(Area::BuildingRelationships, Level::ComeIfWeCall), 4);
        assert_eq!(counts.most_common(Area::BuildingRelationships), Some(Level::ComeIfWeCall));
        assert_eq!(counts.no_view(Area::SharingPower), 5);
        assert_eq!(counts.most_common(Area::SharingPower), None);
        assert_eq!(counts.item_at(Item::Welcome, Agreement::Agree), 5);
        assert_eq!(counts.item_unanswered(Item::MyJob), 5);
        assert_eq!(counts.barriers(), [(FamilyBarrier::WorkHours, 3)]);
        assert_eq!(summarize_families(&pool, Threshold::new(6)), FamilySummary::TooFew { families: 5, needed: 6 });
    }

    #[test]
    fn a_tie_is_no_single_type_and_the_gap_says_which_side_is_where() {
        let mut pool = FamilyPool::default();
        pool.add(family(1, Level::Fortress));
        pool.add(family(2, Level::OpenDoor));
        assert_eq!(FamilyCounts::of(&pool).most_common(Area::BuildingRelationships), None);
        assert_eq!(
            gap(Some(Level::OpenDoor), Some(Level::ComeIfWeCall)),
            Gap::Differ { staff: Level::OpenDoor, families: Level::ComeIfWeCall }
        );
        assert_eq!(gap(Some(Level::OpenDoor), Some(Level::ComeIfWeCall)).width(), 1);
        assert_eq!(gap(Some(Level::Partnership), Some(Level::Partnership)), Gap::Same(Level::Partnership));
        assert_eq!(gap(None, Some(Level::Fortress)), Gap::Unclear);
    }
}
