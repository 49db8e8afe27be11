//! Comparing two profiles (one person's or a team's) area by area and
//! belief by belief, e.g. fall and spring.

use std::cmp::Ordering;

use super::code::{decode_team, TeamCodeError};
use super::summary::TeamSummary;
use crate::core::content::{ToolsKey, ToolsText};
use crate::core::model::{Answers, Area, Belief, Level, Likert};
use crate::core::scoring::{score_levels, Label, Mixed, Outcome};
use crate::core::share::{self, ShareError};

/// A belief's two scales in one profile, in tenths of a point (an
/// individual's 4 is 40; a team average of 3.6 is 36).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BeliefPoint {
    /// How strongly the belief is held, in tenths; `None` if unanswered.
    pub held_tenths: Option<u16>,
    /// How consistently it is practised, in tenths; `None` if unanswered.
    pub practised_tenths: Option<u16>,
}

/// What one side of a comparison stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProfileKind {
    /// One person's own answers.
    Individual,
    /// A team's medians and averages over this many respondents.
    Team {
        /// How many distinct respondents the team results pool.
        respondents: u32,
    },
}

impl ProfileKind {
    /// Whether this side pools a team's results.
    pub fn is_team(self) -> bool {
        matches!(self, ProfileKind::Team { .. })
    }
}

/// What kinds of result a comparison sets side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pairing {
    /// Two people's results, or two teams': a change between them means
    /// something moved.
    SameKind,
    /// A team beside one person. A team's middle answers and one person's
    /// marks are different kinds of result, so a difference is no change in
    /// anyone; such a comparison is made only when asked for anyway.
    TeamBesidePerson,
}

impl Pairing {
    /// The pairing of two sides.
    pub fn of(before: ProfileKind, after: ProfileKind) -> Pairing {
        if before.is_team() == after.is_team() {
            Pairing::SameKind
        } else {
            Pairing::TeamBesidePerson
        }
    }
}

/// Whether [`compare_checked`] may set a team beside one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MixedKinds {
    /// Refuse, with a reason: the default, since the two are not alike.
    Refuse,
    /// The facilitator asked to compare anyway; the comparison then says
    /// that it is a team beside one person ([`Comparison::pairing`]).
    Allow,
}

/// Why two readable results were not compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// One side is a team and the other one person.
    TeamWithPerson,
}

impl Refusal {
    /// The UI text key of the plain-language reason.
    pub fn message_key(self) -> ToolsText {
        match self {
            Refusal::TeamWithPerson => ToolsKey::CompareRefusedTeamWithPerson.into(),
        }
    }
}

/// The comparable picture of one assessment or one team: a level per area
/// and the two belief scales. An individual's profile uses their marks and
/// ratings; a team's uses the area medians and belief averages, so any two
/// profiles (me then and now, the team last year and this year, me and the
/// team) compare the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Profile {
    /// Whether this is one person or a team.
    pub kind: ProfileKind,
    /// The level in each area, in the instrument's order.
    pub levels: [Option<Level>; 5],
    /// Each belief, in the instrument's order.
    pub beliefs: [BeliefPoint; 4],
}

impl Profile {
    /// One person's profile.
    pub fn from_answers(answers: &Answers) -> Profile {
        let tenths = |p: Option<Likert>| p.map(|p| u16::from(p.value()) * 10);
        Profile {
            kind: ProfileKind::Individual,
            levels: answers.levels(),
            beliefs: Belief::ALL.map(|belief| {
                let answer = answers.belief(belief);
                BeliefPoint { held_tenths: tenths(answer.held), practised_tenths: tenths(answer.practised) }
            }),
        }
    }

    /// A team's profile: area medians and belief averages.
    pub fn from_team(summary: &TeamSummary) -> Profile {
        Profile {
            kind: ProfileKind::Team { respondents: summary.respondents },
            levels: summary.areas.map(|a| a.median),
            beliefs: summary.beliefs.map(|b| BeliefPoint { held_tenths: b.held_tenths, practised_tenths: b.practised_tenths }),
        }
    }

    /// The overall result of this profile's levels by the scoring guide.
    pub fn overall(&self) -> Overall {
        Overall::of(self.levels)
    }
}

/// One side's overall result: the scoring guide's label of its levels (a
/// team's medians are scored like one person's marks), or why there is
/// none. It is the core's [`Outcome`] without the mixed profile's
/// suggestion, which a comparison does not show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Overall {
    /// The label whose rule holds.
    Label(Label),
    /// A mixed profile: no rule holds; `closest` is the closest label a
    /// suggestion could reach, if any.
    Mixed {
        /// The closest label, or `None` when only a move down would give one.
        closest: Option<Label>,
    },
    /// Only this many areas have a level, too few for any label.
    TooFewMarks {
        /// How many areas have a level (one or two).
        given: u8,
    },
    /// No area has a level.
    NoMarks,
}

impl Overall {
    /// The overall result of a set of per-area levels.
    pub fn of(levels: [Option<Level>; 5]) -> Overall {
        match score_levels(levels).outcome {
            Outcome::Label(label) => Overall::Label(label),
            Outcome::Mixed(Mixed::Closest(suggestion)) => Overall::Mixed { closest: Some(suggestion.label) },
            Outcome::Mixed(Mixed::OutOfReach) => Overall::Mixed { closest: None },
            Outcome::TooFewMarks { given } => Overall::TooFewMarks { given },
            Outcome::NoMarks => Overall::NoMarks,
        }
    }

    /// The label, when a rule holds; a mixed profile's closest label is
    /// not one, so it gives no direction.
    pub fn label(self) -> Option<Label> {
        match self {
            Overall::Label(label) => Some(label),
            Overall::Mixed { .. } | Overall::TooFewMarks { .. } | Overall::NoMarks => None,
        }
    }
}

/// The overall result before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OverallShift {
    /// The earlier side's overall result.
    pub before: Overall,
    /// The later side's overall result.
    pub after: Overall,
    /// Up means a higher label; unknown unless both sides have a label.
    pub direction: Direction,
}

/// Why a pasted text could not be read as results to compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// Neither an individual nor a team code could be read; the individual
    /// code's error is kept, since that is the commoner kind of link.
    Individual(ShareError),
    /// It looked like a team code but could not be read.
    Team(TeamCodeError),
}

impl ProfileError {
    /// The UI text key of the plain-language explanation.
    pub fn message_key(&self) -> ToolsText {
        match self {
            ProfileError::Individual(e) => e.message_key().into(),
            ProfileError::Team(e) => e.message_key().into(),
        }
    }
}

/// Reads a link or code for comparison: an individual's results (`P1…`) or
/// a team's pooled results (`T1…`).
pub fn profile_from_text(text: &str) -> Result<Profile, ProfileError> {
    match share::decode(text) {
        Ok(answers) => Ok(Profile::from_answers(&answers)),
        Err(individual) => match decode_team(text) {
            Ok(counts) => Ok(Profile::from_team(&TeamSummary::from_counts(&counts))),
            Err(TeamCodeError::NotATeamCode | TeamCodeError::Empty) => Err(ProfileError::Individual(individual)),
            Err(team) => Err(ProfileError::Team(team)),
        },
    }
}

/// Which way something moved between two profiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Higher after than before.
    Up,
    /// Lower after than before.
    Down,
    /// The same before and after.
    Same,
    /// One side has no value, so no direction can be given.
    Unknown,
}

impl Direction {
    /// Which way `after` lies from `before`; unknown when either is missing.
    pub(super) fn between<T: Ord>(before: Option<T>, after: Option<T>) -> Direction {
        match (before, after) {
            (Some(b), Some(a)) => match a.cmp(&b) {
                Ordering::Greater => Direction::Up,
                Ordering::Less => Direction::Down,
                Ordering::Equal => Direction::Same,
            },
            _ => Direction::Unknown,
        }
    }
}

/// One area before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AreaShift {
    /// The area compared.
    pub area: Area,
    /// The level before; `None` for not sure or unmarked.
    pub before: Option<Level>,
    /// The level after; `None` for not sure or unmarked.
    pub after: Option<Level>,
    /// Up means further along the continuum, toward Partnership.
    pub direction: Direction,
}

/// One belief scale before and after, in tenths of a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScaleShift {
    /// The value before, in tenths of a point.
    pub before_tenths: Option<u16>,
    /// The value after, in tenths of a point.
    pub after_tenths: Option<u16>,
    /// Which way the value moved.
    pub direction: Direction,
}

impl ScaleShift {
    fn new(before_tenths: Option<u16>, after_tenths: Option<u16>) -> ScaleShift {
        ScaleShift { before_tenths, after_tenths, direction: Direction::between(before_tenths, after_tenths) }
    }
}

/// One belief before and after, on both scales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BeliefShift {
    /// The belief compared.
    pub belief: Belief,
    /// How strongly it is held, before and after.
    pub held: ScaleShift,
    /// How consistently it is practised, before and after.
    pub practised: ScaleShift,
}

/// Everything that moved between two profiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Comparison {
    /// What the earlier profile stands for.
    pub before: ProfileKind,
    /// What the later profile stands for.
    pub after: ProfileKind,
    /// Whether the two sides are the same kind of result.
    pub pairing: Pairing,
    /// The overall label (or mixed profile) of each side.
    pub overall: OverallShift,
    /// Every area, in the instrument's order.
    pub areas: [AreaShift; 5],
    /// Every belief, in the instrument's order.
    pub beliefs: [BeliefShift; 4],
}

/// Compares two profiles as [`compare`] does, unless one is a team and the
/// other one person and `mixed` does not allow it. Whatever compares
/// results a person pasted should call this one.
pub fn compare_checked(before: &Profile, after: &Profile, mixed: MixedKinds) -> Result<Comparison, Refusal> {
    match (Pairing::of(before.kind, after.kind), mixed) {
        (Pairing::TeamBesidePerson, MixedKinds::Refuse) => Err(Refusal::TeamWithPerson),
        _ => Ok(compare(before, after)),
    }
}

/// Compares two profiles area by area and belief by belief, whatever their
/// kinds; [`Comparison::pairing`] says whether they are alike.
pub fn compare(before: &Profile, after: &Profile) -> Comparison {
    let areas = Area::ALL.map(|area| {
        let b = before.levels.get(area.index()).copied().flatten();
        let a = after.levels.get(area.index()).copied().flatten();
        AreaShift { area, before: b, after: a, direction: Direction::between(b, a) }
    });
    let beliefs = Belief::ALL.map(|belief| {
        let b = before.beliefs.get(belief.index()).copied().unwrap_or_default();
        let a = after.beliefs.get(belief.index()).copied().unwrap_or_default();
        BeliefShift {
            belief,
            held: ScaleShift::new(b.held_tenths, a.held_tenths),
            practised: ScaleShift::new(b.practised_tenths, a.practised_tenths),
        }
    });
    let (overall_before, overall_after) = (before.overall(), after.overall());
    Comparison {
        before: before.kind,
        after: after.kind,
        pairing: Pairing::of(before.kind, after.kind),
        overall: OverallShift {
            before: overall_before,
            after: overall_after,
            direction: Direction::between(overall_before.label(), overall_after.label()),
        },
        areas,
        beliefs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::test_support::person;

    #[test]
    fn direction_needs_both_sides() {
        assert_eq!(Direction::between(Some(1), Some(2)), Direction::Up);
        assert_eq!(Direction::between(Some(2), Some(1)), Direction::Down);
        assert_eq!(Direction::between(Some(2), Some(2)), Direction::Same);
        assert_eq!(Direction::between(None, Some(2)), Direction::Unknown);
    }

    #[test]
    fn one_person_then_and_now() {
        let before = Profile::from_answers(&person(7, [1, 2, 0, 9, 4]));
        let after = Profile::from_answers(&person(8, [2, 2, 3, 9, 3]));
        let comparison = compare(&before, &after);
        let directions = comparison.areas.map(|a| a.direction);
        assert_eq!(directions, [Direction::Up, Direction::Same, Direction::Unknown, Direction::Unknown, Direction::Down]);
        assert_eq!(comparison.before, ProfileKind::Individual);
    }

    #[test]
    fn text_that_is_neither_code_keeps_the_individual_error() {
        assert_eq!(profile_from_text("hello"), Err(ProfileError::Individual(ShareError::NotACode)));
        assert!(matches!(profile_from_text("T1AAAAAAAA"), Err(ProfileError::Team(_))));
    }
}
