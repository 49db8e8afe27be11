//! What one family answered: a place on the four-type scale (or "I don't
//! know") for each area, five "feeling invited" and three "joining" items
//! on a five-point agreement scale, the barriers they checked, and a random
//! id. There is no free text, name or date anywhere in it, so nothing that
//! encodes it can carry one.

use crate::core::model::{Area, Level};

/// The version of the families' items (statements, invitation and joining
/// items, barriers). Bump it when the meaning of a stored answer changes,
/// and keep decoding every older version.
pub const FAMILY_VERSION: u8 = 1;

/// A family's answer for one area: the statement closest to their
/// experience, which stands for one school type, or "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceAnswer {
    /// The family does not know, or no statement fits.
    DontKnow,
    /// The school type whose statement the family chose.
    Level(Level),
}

/// A point on the five-point agreement scale, from "strongly disagree" to
/// "strongly agree".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Agreement {
    StronglyDisagree,
    Disagree,
    Neither,
    Agree,
    StronglyAgree,
}

impl Agreement {
    /// Every point, lowest first.
    pub const ALL: [Agreement; 5] =
        [Agreement::StronglyDisagree, Agreement::Disagree, Agreement::Neither, Agreement::Agree, Agreement::StronglyAgree];

    /// The point's number, 1 (strongly disagree) to 5 (strongly agree).
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The point with the given number (1–5).
    pub fn from_number(number: u8) -> Option<Agreement> {
        number.checked_sub(1).and_then(|i| Agreement::ALL.get(usize::from(i)).copied())
    }

    /// Whether the family disagrees (either of the two lowest points).
    pub fn disagrees(self) -> bool {
        self <= Agreement::Disagree
    }

    /// Whether the family agrees (either of the two highest points).
    pub fn agrees(self) -> bool {
        self >= Agreement::Agree
    }
}

/// One item a family rates on the agreement scale: five about feeling
/// invited (Hoover-Dempsey & Sandler) and three about joining (welcoming,
/// honoring, connecting), in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// The school invites me to take part (general invitation).
    SchoolInvites,
    /// My child's teacher asks me to help with learning at home.
    TeacherAsks,
    /// My child asks me to help with school work.
    ChildAsks,
    /// I know how to help my child learn (efficacy).
    KnowHow,
    /// Helping my child with school is part of my job as a parent (role).
    MyJob,
    /// I feel welcome at this school (welcoming).
    Welcome,
    /// The school respects what I know and what I bring (honoring).
    Respected,
    /// The school and I work together on what my child learns (connecting).
    WorkTogether,
}

impl Item {
    /// Every item, in the order they are asked and encoded.
    pub const ALL: [Item; 8] = [
        Item::SchoolInvites,
        Item::TeacherAsks,
        Item::ChildAsks,
        Item::KnowHow,
        Item::MyJob,
        Item::Welcome,
        Item::Respected,
        Item::WorkTogether,
    ];

    /// The "feeling invited" items.
    pub const INVITATION: [Item; 5] = [Item::SchoolInvites, Item::TeacherAsks, Item::ChildAsks, Item::KnowHow, Item::MyJob];

    /// The "joining" items.
    pub const JOINING: [Item; 3] = [Item::Welcome, Item::Respected, Item::WorkTogether];

    /// The item's stable key, used in the content files.
    pub fn key(self) -> &'static str {
        match self {
            Item::SchoolInvites => "school_invites",
            Item::TeacherAsks => "teacher_asks",
            Item::ChildAsks => "child_asks",
            Item::KnowHow => "know_how",
            Item::MyJob => "my_job",
            Item::Welcome => "welcome",
            Item::Respected => "respected",
            Item::WorkTogether => "work_together",
        }
    }
}

/// Something that makes it hard for a family to take part; the checklist
/// has no free text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FamilyBarrier {
    WorkHours,
    Language,
    Transport,
    Childcare,
    NotWelcome,
    NotKnowingHow,
    BadExperiences,
}

impl FamilyBarrier {
    /// Every barrier, in the checklist's order.
    pub const ALL: [FamilyBarrier; 7] = [
        FamilyBarrier::WorkHours,
        FamilyBarrier::Language,
        FamilyBarrier::Transport,
        FamilyBarrier::Childcare,
        FamilyBarrier::NotWelcome,
        FamilyBarrier::NotKnowingHow,
        FamilyBarrier::BadExperiences,
    ];

    /// The barrier's stable key, used in the content files.
    pub fn key(self) -> &'static str {
        match self {
            FamilyBarrier::WorkHours => "work_hours",
            FamilyBarrier::Language => "language",
            FamilyBarrier::Transport => "transport",
            FamilyBarrier::Childcare => "childcare",
            FamilyBarrier::NotWelcome => "not_welcome",
            FamilyBarrier::NotKnowingHow => "not_knowing_how",
            FamilyBarrier::BadExperiences => "bad_experiences",
        }
    }

    /// The barrier's bit in [`FamilyBarriers::bits`].
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The set of barriers a family checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FamilyBarriers(u8);

impl FamilyBarriers {
    /// The set from its bits (bit n is barrier n of [`FamilyBarrier::ALL`]);
    /// bits above the seventh are dropped.
    pub fn from_bits(bits: u8) -> FamilyBarriers {
        FamilyBarriers(bits & 0x7f)
    }

    /// The set as seven bits.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether the barrier is checked.
    pub fn contains(self, barrier: FamilyBarrier) -> bool {
        self.0 & barrier.bit() != 0
    }

    /// The set with `barrier` checked or not.
    pub fn with(self, barrier: FamilyBarrier, checked: bool) -> FamilyBarriers {
        FamilyBarriers(if checked { self.0 | barrier.bit() } else { self.0 & !barrier.bit() })
    }

    /// The checked barriers, in the checklist's order.
    pub fn iter(self) -> impl Iterator<Item = FamilyBarrier> {
        FamilyBarrier::ALL.into_iter().filter(move |barrier| self.contains(*barrier))
    }
}

/// A family's random id, 40 bits, so that the same answers pasted twice
/// count once and two families with the same answers count twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FamilyId(u64);

impl FamilyId {
    /// How many bits an id has.
    pub const BITS: u32 = 40;

    /// An id from its 40-bit value; `None` when the value does not fit.
    pub fn new(value: u64) -> Option<FamilyId> {
        (value < (1u64 << Self::BITS)).then_some(FamilyId(value))
    }

    /// An id from five random bytes.
    pub fn from_random(bytes: [u8; 5]) -> FamilyId {
        FamilyId(bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)))
    }

    /// The id's 40-bit value.
    pub fn value(self) -> u64 {
        self.0
    }
}

/// Everything one family answered, and their random id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FamilyAnswers {
    /// The random id.
    pub id: FamilyId,
    places: [Option<PlaceAnswer>; 5],
    items: [Option<Agreement>; 8],
    /// The barriers checked.
    pub barriers: FamilyBarriers,
}

impl FamilyAnswers {
    /// No answers yet.
    pub fn new(id: FamilyId) -> FamilyAnswers {
        FamilyAnswers { id, places: [None; 5], items: [None; 8], barriers: FamilyBarriers::default() }
    }

    /// The answer for an area, if given.
    pub fn place(&self, area: Area) -> Option<PlaceAnswer> {
        self.places[area.index()]
    }

    /// Sets or clears the answer for an area.
    pub fn set_place(&mut self, area: Area, answer: Option<PlaceAnswer>) {
        self.places[area.index()] = answer;
    }

    /// The answer for an agreement item, if given.
    pub fn item(&self, item: Item) -> Option<Agreement> {
        self.items[item as usize]
    }

    /// Sets or clears the answer for an agreement item.
    pub fn set_item(&mut self, item: Item, answer: Option<Agreement>) {
        self.items[item as usize] = answer;
    }

    /// The school type a family places an area at, if they chose one.
    pub fn level(&self, area: Area) -> Option<Level> {
        match self.place(area) {
            Some(PlaceAnswer::Level(level)) => Some(level),
            _ => None,
        }
    }

    /// Whether nothing at all was answered.
    pub fn is_empty(&self) -> bool {
        self.places.iter().all(Option::is_none) && self.items.iter().all(Option::is_none) && self.barriers.bits() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_numbers_round_trip_and_only_the_two_lowest_disagree() {
        for point in Agreement::ALL {
            assert_eq!(Agreement::from_number(point.number()), Some(point));
        }
        assert_eq!(Agreement::from_number(0), None);
        assert_eq!(Agreement::from_number(6), None);
        let disagreeing: Vec<_> = Agreement::ALL.into_iter().filter(|p| p.disagrees()).collect();
        assert_eq!(disagreeing, [Agreement::StronglyDisagree, Agreement::Disagree]);
    }

    #[test]
    fn barriers_are_a_set_of_seven() {
        let set = FamilyBarriers::default().with(FamilyBarrier::Language, true).with(FamilyBarrier::BadExperiences, true);
        assert_eq!(set.iter().collect::<Vec<_>>(), [FamilyBarrier::Language, FamilyBarrier::BadExperiences]);
        assert_eq!(set.with(FamilyBarrier::Language, false).bits(), 1 << 6);
        assert_eq!(FamilyBarriers::from_bits(0xff).bits(), 0x7f);
        assert_eq!(Item::INVITATION.len() + Item::JOINING.len(), Item::ALL.len());
    }

    #[test]
    fn answers_start_empty_and_keep_what_is_set() {
        let mut answers = FamilyAnswers::new(FamilyId::from_random([1, 2, 3, 4, 5]));
        assert!(answers.is_empty());
        answers.set_place(Area::SharingPower, Some(PlaceAnswer::Level(Level::OpenDoor)));
        answers.set_item(Item::KnowHow, Some(Agreement::Agree));
        assert_eq!(answers.level(Area::SharingPower), Some(Level::OpenDoor));
        assert_eq!(answers.item(Item::KnowHow), Some(Agreement::Agree));
        assert_eq!(answers.item(Item::MyJob), None);
        assert!(!answers.is_empty());
        assert_eq!(FamilyId::new(1 << 40), None);
        assert_eq!(answers.id.value(), 0x01_0203_0405);
    }
}
