//! Families beside staff on the district page, from what each school's
//! team link carries: a `T3` link holds the families' pooled answers (the
//! tools page writes them into the link only from five families), a `T1`
//! or `T2` link holds staff answers alone. Per school, the families' view
//! of each area beside the staff's (the tools page's own comparison,
//! [`FamiliesBeside`]) and how many families feel welcome and say the
//! school invites them; district-wide, the same added up over the schools
//! whose links carry families, from [`MIN_SCHOOLS`] such schools; and, per
//! school in both rounds, how the type most families describe moved
//! ([`FamiliesYears`], as the year-later review says it).

use super::round::{name_key, Round, School};
use super::views::MIN_SCHOOLS;
use crate::core::family::{FamiliesBeside, FamilyCounts, Gap, Item};
use crate::core::model::{Area, Level};
use crate::core::team::{FamiliesYears, MIN_RESPONDENTS};

/// How many families agree with one statement, of those who answered it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Agreeing {
    /// Families who agree or strongly agree.
    pub agree: u32,
    /// Families who answered the statement.
    pub answered: u32,
}

impl Agreeing {
    /// The families' agreement with `item`.
    fn of(counts: &FamilyCounts, item: Item) -> Agreeing {
        Agreeing { agree: counts.item_agreeing(item), answered: counts.item_answered(item) }
    }

    /// Both together.
    fn plus(self, other: Agreeing) -> Agreeing {
        Agreeing { agree: self.agree.saturating_add(other.agree), answered: self.answered.saturating_add(other.answered) }
    }
}

/// What the district may say about one school's families.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SchoolFamilies {
    /// The school's link carries no family answers.
    NotInLink,
    /// The link carries fewer families than may ever be shown, so nothing
    /// about them is (the tools page never writes such a link).
    TooFew,
    /// The families' figures beside the staff's, boxed because they are
    /// far larger than the other answers.
    Beside(Box<FamiliesShown>),
}

/// One school's families beside its staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FamiliesShown {
    /// Each area's staff spread beside the families', with the gap.
    pub beside: FamiliesBeside,
    /// Per area, the staff's middle type and the type most families
    /// describe (`None` where nobody chose one, or two types tie).
    pub sides: [(Option<Level>, Option<Level>); 5],
    /// "I feel welcome at this school".
    pub welcome: Agreeing,
    /// "The school invites me to take part".
    pub invited: Agreeing,
}

impl SchoolFamilies {
    /// What may be said about a school's families.
    pub fn of(school: &School) -> SchoolFamilies {
        match &school.families {
            None => SchoolFamilies::NotInLink,
            Some(families) if families.families < u32::from(MIN_RESPONDENTS) => SchoolFamilies::TooFew,
            Some(families) => SchoolFamilies::Beside(Box::new(FamiliesShown {
                beside: FamiliesBeside::new(Some(&school.counts), families),
                sides: Area::ALL.map(|area| (school.counts.area(area).median(), families.most_common(area))),
                welcome: Agreeing::of(families, Item::Welcome),
                invited: Agreeing::of(families, Item::SchoolInvites),
            })),
        }
    }

    /// The families' counts when they may be shown.
    fn shown(school: &School) -> Option<&FamilyCounts> {
        school.families.as_ref().filter(|families| families.families >= u32::from(MIN_RESPONDENTS))
    }
}

/// One school of the families' table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyRow {
    /// The school.
    pub name: String,
    /// How many staff its link rests on.
    pub staff: u32,
    /// What may be said about its families.
    pub families: SchoolFamilies,
}

/// The schools of the round whose name holds `filter` (case ignored, as
/// the grid filters), by name, with what may be said about their families.
pub fn family_rows(round: &Round, filter: &str) -> Vec<FamilyRow> {
    let filter = name_key(filter);
    round
        .schools()
        .filter(|school| filter.is_empty() || name_key(&school.name).contains(&filter))
        .map(|school| FamilyRow { name: school.name.clone(), staff: school.counts.respondents(), families: SchoolFamilies::of(school) })
        .collect()
}

/// In one area, how many schools' families see it as their staff do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AreaFamilies {
    /// The area.
    pub area: Area,
    /// Schools where most families describe the staff's middle type.
    pub same: usize,
    /// Schools where most families describe a type less far along.
    pub families_lower: usize,
    /// Schools where most families describe a type further along.
    pub families_higher: usize,
    /// Schools where one side has no single type (no marks, or a tie).
    pub unclear: usize,
}

/// The families district-wide, over the schools whose links carry them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DistrictFamilies {
    /// How many schools' links carry families.
    pub schools: usize,
    /// How many families they rest on together.
    pub families: u32,
    /// "I feel welcome at this school", over every family.
    pub welcome: Agreeing,
    /// "The school invites me to take part", over every family.
    pub invited: Agreeing,
    /// Per area, how the schools' families see it beside their staff.
    pub areas: [AreaFamilies; 5],
}

/// The families district-wide; `None` below [`MIN_SCHOOLS`] schools whose
/// links carry families. Linear in the number of schools.
pub fn district_families(round: &Round) -> Option<DistrictFamilies> {
    let mut total = DistrictFamilies {
        schools: 0,
        families: 0,
        welcome: Agreeing::default(),
        invited: Agreeing::default(),
        areas: Area::ALL.map(|area| AreaFamilies { area, same: 0, families_lower: 0, families_higher: 0, unclear: 0 }),
    };
    for school in round.schools() {
        let SchoolFamilies::Beside(shown) = SchoolFamilies::of(school) else { continue };
        let FamiliesShown { beside, welcome, invited, .. } = *shown;
        total.schools += 1;
        total.families = total.families.saturating_add(beside.families);
        total.welcome = total.welcome.plus(welcome);
        total.invited = total.invited.plus(invited);
        for (slot, area) in total.areas.iter_mut().zip(beside.areas) {
            match area.gap {
                Gap::Same(_) => slot.same += 1,
                Gap::Differ { staff, families } if families < staff => slot.families_lower += 1,
                Gap::Differ { .. } => slot.families_higher += 1,
                Gap::Unclear => slot.unclear += 1,
            }
        }
    }
    (total.schools >= MIN_SCHOOLS).then_some(total)
}

/// One school in both rounds whose link carries families in at least one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyMove {
    /// The school, as named in the later round.
    pub name: String,
    /// How the families moved, or which round's link carries them.
    pub years: FamiliesYears,
}

/// Year over year for families: each school in both rounds (matched by
/// name, in name order) whose link carries families in either round.
pub fn family_moves(before: &Round, after: &Round) -> Vec<FamilyMove> {
    after
        .schools()
        .filter_map(|now| {
            let then = before.school(&now.name)?;
            let years = FamiliesYears::between(SchoolFamilies::shown(then), SchoolFamilies::shown(now));
            let carried = !matches!(years, FamiliesYears::NotBoth { then: false, now: false });
            carried.then(|| FamilyMove { name: now.name.clone(), years })
        })
        .collect()
}
