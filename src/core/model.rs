//! The typed vocabulary of the instrument: areas, school types, marks,
//! belief scales, barriers, and one person's answers.
//!
//! Everything here is plain data. Indices into fixed arrays are an internal
//! detail; encoded formats (share codes, JSON files) use the stable keys and
//! numbers defined here, never a `usize`.

use std::fmt;

/// The version of the instrument (areas, practices, beliefs, barriers).
/// Bump it when the meaning of a stored answer changes, and keep decoding
/// every older version.
pub const INSTRUMENT_VERSION: u8 = 1;

/// Implements `ALL`, `index`, `key` and `from_key` for a fieldless enum whose
/// variants are listed once with their stable key. The key is what encoded
/// formats and content files use, so it must never change.
macro_rules! keyed_enum {
    ($name:ident, $count:expr, [$($variant:ident => $key:literal),+ $(,)?]) => {
        impl $name {
            /// Every variant, in the instrument's fixed order.
            pub const ALL: [$name; $count] = [$($name::$variant),+];

            /// Position in the instrument's fixed order (0-based).
            pub fn index(self) -> usize {
                self as usize
            }

            /// The stable key used in content files and JSON exports.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// Looks a variant up by its stable key.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.key() == key)
            }

            /// Looks a variant up by its position in the fixed order.
            pub fn from_index(index: usize) -> Option<Self> {
                Self::ALL.get(index).copied()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

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

/// One of the four school types (the columns of the rubric), from Fortress
/// (1) to Partnership (4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Fortress,
    ComeIfWeCall,
    OpenDoor,
    Partnership,
}

keyed_enum!(Level, 4, [
    Fortress => "fortress",
    ComeIfWeCall => "come_if_we_call",
    OpenDoor => "open_door",
    Partnership => "partnership",
]);

impl Level {
    /// The level's number on the continuum: Fortress 1 … Partnership 4.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The level with the given number (1–4).
    pub fn from_number(number: u8) -> Option<Level> {
        number.checked_sub(1).and_then(|i| Level::from_index(usize::from(i)))
    }

    /// The next level up the continuum, or `None` for Partnership.
    pub fn next_up(self) -> Option<Level> {
        Level::from_number(self.number() + 1)
    }
}

/// The mark a person confirmed for one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// The person is not sure which type describes the school; no level.
    NotSure,
    /// The school type the person chose.
    Level(Level),
}

impl Mark {
    /// The level this mark stands for, if any.
    pub fn level(self) -> Option<Level> {
        match self {
            Mark::NotSure => None,
            Mark::Level(level) => Some(level),
        }
    }
}

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

/// One of the four core beliefs about families.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Belief {
    DreamsForChildren,
    CapacityToSupport,
    EqualPartners,
    StaffResponsibility,
}

keyed_enum!(Belief, 4, [
    DreamsForChildren => "dreams_for_children",
    CapacityToSupport => "capacity_to_support",
    EqualPartners => "equal_partners",
    StaffResponsibility => "staff_responsibility",
]);

/// A point on a five-point scale, 1 (lowest) to 5 (highest). The words for
/// each point live in the content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Likert(u8);

impl Likert {
    /// The lowest point.
    pub const MIN: u8 = 1;
    /// The highest point.
    pub const MAX: u8 = 5;

    /// The point with the given value, if it is between 1 and 5.
    pub fn new(value: u8) -> Option<Likert> {
        (Self::MIN..=Self::MAX).contains(&value).then_some(Likert(value))
    }

    /// Every point, lowest first.
    pub fn all() -> impl Iterator<Item = Likert> {
        (Self::MIN..=Self::MAX).map(Likert)
    }

    /// The point's value, 1–5.
    pub fn value(self) -> u8 {
        self.0
    }
}

/// Which of a belief's two scales an answer is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BeliefScale {
    /// How strongly I hold the belief myself.
    Held,
    /// How consistently our school's everyday practice shows it.
    Practised,
}

keyed_enum!(BeliefScale, 2, [
    Held => "held",
    Practised => "practised",
]);

/// One person's answer for one belief.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BeliefAnswer {
    pub held: Option<Likert>,
    pub practised: Option<Likert>,
}

impl BeliefAnswer {
    /// The answer on one scale.
    pub fn get(&self, scale: BeliefScale) -> Option<Likert> {
        match scale {
            BeliefScale::Held => self.held,
            BeliefScale::Practised => self.practised,
        }
    }

    /// Sets the answer on one scale.
    pub fn set(&mut self, scale: BeliefScale, value: Option<Likert>) {
        match scale {
            BeliefScale::Held => self.held = value,
            BeliefScale::Practised => self.practised = value,
        }
    }

    /// Held minus practised, when both are answered: positive means the
    /// school's practice falls short of the belief.
    pub fn gap(&self) -> Option<i8> {
        Some(self.held?.value() as i8 - self.practised?.value() as i8)
    }
}

/// One of the eight barriers that keep staff from the core beliefs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Barrier {
    FearOfBeingCalledRacist,
    LosingPowerAndControl,
    UnfriendlyOversight,
    PhysicalSafety,
    BeingMisunderstood,
    HandlingConflict,
    LowConfidenceInParents,
    SafeTraditionalInvolvement,
}

keyed_enum!(Barrier, 8, [
    FearOfBeingCalledRacist => "fear_of_being_called_racist",
    LosingPowerAndControl => "losing_power_and_control",
    UnfriendlyOversight => "unfriendly_oversight",
    PhysicalSafety => "physical_safety",
    BeingMisunderstood => "being_misunderstood",
    HandlingConflict => "handling_conflict",
    LowConfidenceInParents => "low_confidence_in_parents",
    SafeTraditionalInvolvement => "safe_traditional_involvement",
]);

/// The barriers a person checked, as a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BarrierSet(u8);

impl BarrierSet {
    /// Rebuilds a set from its 8-bit form (bit = barrier's position).
    pub fn from_bits(bits: u8) -> BarrierSet {
        BarrierSet(bits)
    }

    /// The set as 8 bits (bit = barrier's position).
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether the barrier is checked.
    pub fn contains(self, barrier: Barrier) -> bool {
        self.0 & (1 << barrier.index()) != 0
    }

    /// The set with `barrier` checked or unchecked.
    pub fn with(self, barrier: Barrier, checked: bool) -> BarrierSet {
        let bit = 1u8 << barrier.index();
        BarrierSet(if checked { self.0 | bit } else { self.0 & !bit })
    }

    /// Every checked barrier, in order.
    pub fn iter(self) -> impl Iterator<Item = Barrier> {
        Barrier::ALL.into_iter().filter(move |b| self.contains(*b))
    }
}

/// A random identifier made once per assessment. It is not tied to the
/// person; it lets a team count the same assessment once when pooling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AssessmentId(u64);

impl AssessmentId {
    /// How many bits an id has.
    pub const BITS: u32 = 40;

    /// An id from its 40-bit value; `None` when the value does not fit.
    pub fn new(value: u64) -> Option<AssessmentId> {
        (value < (1u64 << Self::BITS)).then_some(AssessmentId(value))
    }

    /// An id from any random bytes: the low 40 bits of them are used.
    pub fn from_random(bytes: [u8; 5]) -> AssessmentId {
        AssessmentId(bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)))
    }

    /// The id's 40-bit value.
    pub fn value(self) -> u64 {
        self.0
    }
}

impl fmt::Display for AssessmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:010x}", self.0)
    }
}

/// Everything one person answered that may be shared: the instrument's
/// answers and the assessment id. Private notes are deliberately not part of
/// this type, so no encoder of `Answers` can leak them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    pub id: AssessmentId,
    areas: [AreaAnswer; 5],
    beliefs: [BeliefAnswer; 4],
    pub barriers: BarrierSet,
}

impl Answers {
    /// A blank assessment with the given id.
    pub fn new(id: AssessmentId) -> Answers {
        Answers {
            id,
            areas: [AreaAnswer::default(); 5],
            beliefs: [BeliefAnswer::default(); 4],
            barriers: BarrierSet::default(),
        }
    }

    /// The answer for one area.
    pub fn area(&self, area: Area) -> &AreaAnswer {
        &self.areas[area.index()]
    }

    /// The answer for one area, to change.
    pub fn area_mut(&mut self, area: Area) -> &mut AreaAnswer {
        &mut self.areas[area.index()]
    }

    /// The answer for one belief.
    pub fn belief(&self, belief: Belief) -> &BeliefAnswer {
        &self.beliefs[belief.index()]
    }

    /// The answer for one belief, to change.
    pub fn belief_mut(&mut self, belief: Belief) -> &mut BeliefAnswer {
        &mut self.beliefs[belief.index()]
    }

    /// The confirmed level of every area (`None` for "Not sure" or unmarked),
    /// in area order.
    pub fn levels(&self) -> [Option<Level>; 5] {
        Area::ALL.map(|area| self.area(area).level())
    }

    /// Whether nothing at all has been answered yet.
    pub fn is_blank(&self) -> bool {
        self.areas.iter().all(|a| *a == AreaAnswer::default())
            && self.beliefs.iter().all(|b| *b == BeliefAnswer::default())
            && self.barriers == BarrierSet::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for area in Area::ALL {
            assert_eq!(Area::from_key(area.key()), Some(area));
        }
        for level in Level::ALL {
            assert_eq!(Level::from_key(level.key()), Some(level));
            assert_eq!(Level::from_number(level.number()), Some(level));
        }
        for belief in Belief::ALL {
            assert_eq!(Belief::from_key(belief.key()), Some(belief));
        }
        for barrier in Barrier::ALL {
            assert_eq!(Barrier::from_key(barrier.key()), Some(barrier));
        }
        assert_eq!(Level::from_number(0), None);
        assert_eq!(Level::from_number(5), None);
    }

    #[test]
    fn next_level_up_walks_the_continuum() {
        assert_eq!(Level::Fortress.next_up(), Some(Level::ComeIfWeCall));
        assert_eq!(Level::OpenDoor.next_up(), Some(Level::Partnership));
        assert_eq!(Level::Partnership.next_up(), None);
    }

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

    #[test]
    fn likert_accepts_only_one_to_five() {
        assert!(Likert::new(0).is_none());
        assert!(Likert::new(6).is_none());
        assert_eq!(Likert::all().count(), 5);
        let answer = BeliefAnswer { held: Likert::new(5), practised: Likert::new(2) };
        assert_eq!(answer.gap(), Some(3));
    }

    #[test]
    fn assessment_ids_are_40_bits() {
        assert!(AssessmentId::new(1 << 40).is_none());
        let id = AssessmentId::from_random([0xff; 5]);
        assert_eq!(id.value(), (1 << 40) - 1);
        assert_eq!(id.to_string(), "ffffffffff");
    }
}
