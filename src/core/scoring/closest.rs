//! The closest label of a mixed profile, and the smallest suggestion that
//! would give it.
//!
//! A suggestion may do only two things: answer open areas ("Not sure" or
//! unmarked), each with a level; and move a given mark up the continuum by
//! exactly one level. It never moves a mark down and never skips a level,
//! because the page's advice has to be a next step a school could take, not
//! a re-marking that happens to fit a rule. Answering what is still open
//! comes first, because it asks the person for nothing they have not yet
//! decided.
//!
//! Which suggestion is the closest is said on [`Suggestion`].

use super::rules::{Label, LevelSet, Rule, Standing};
use crate::core::model::{Area, Level};

/// One given mark moved up the continuum by exactly one level. It can only
/// be made by [`StepUp::new`], so a suggestion can never move a mark down
/// or skip a level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StepUp {
    area: Area,
    from: Level,
    to: Level,
}

impl StepUp {
    /// The move of `area`'s mark from `from` to the next level up; `None` at
    /// Partnership, which has no level above it.
    pub fn new(area: Area, from: Level) -> Option<StepUp> {
        Some(StepUp { area, from, to: from.next_up()? })
    }

    /// The area whose mark moves.
    pub fn area(self) -> Area {
        self.area
    }

    /// The mark given now.
    pub fn from(self) -> Level {
        self.from
    }

    /// The next level up from [`StepUp::from`].
    pub fn to(self) -> Level {
        self.to
    }
}

/// An open area ("Not sure" or unmarked) that a suggestion answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OpenAnswer {
    /// The open area.
    pub area: Area,
    /// Every level an answer here could take for the label to hold, with
    /// the suggestion's other answers and moves. The person's answer is
    /// theirs to give, so the whole set is kept rather than one level.
    pub levels: LevelSet,
}

/// The closest suggestion after which a label's rule holds.
///
/// A suggestion answers open areas ("Not sure" or unmarked) and moves given
/// marks up one level each ([`StepUp`]), nothing else. Of all suggestions
/// after which some label's rule holds, the closest is the first in this
/// order:
///
/// 1. fewest moved marks (changed given marks);
/// 2. then fewest answered open areas;
/// 3. then the higher label;
/// 4. then area order: the moved areas, and after them the answered areas,
///    compared as lists in area order, the earliest first.
///
/// So a suggestion that only answers open areas always comes before one
/// that moves a mark. The rules count marks, never areas, so any other open
/// areas, or any other marks of the same type, would do as well as the ones
/// named; step 4 only makes the choice deterministic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The closest label. With every answer taken from its area's
    /// [`OpenAnswer::levels`] and every move made, this is exactly the label
    /// the marks would get: its rule holds, and no higher rule does.
    pub label: Label,
    /// The open areas to answer, in area order. Any other open areas of the
    /// same number would do as well (the rules count marks, not areas).
    pub answers: Vec<OpenAnswer>,
    /// The marks to move up one level, in area order.
    pub moves: Vec<StepUp>,
    /// Every open area, in area order: answering any of them as
    /// [`Suggestion::answers`] says would do as well, so the page names them
    /// all, not only the first ones.
    pub open: Vec<Area>,
}

/// What the page says answering open areas would do for the closest label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answering {
    /// Every open area needs an answer, and no mark needs to move.
    Every,
    /// Any this many of the open areas would do, and no mark needs to move.
    AnyOf(usize),
    /// Every open area needs an answer and some marks must move as well, so
    /// answering alone would not settle the label.
    EveryAndMoves,
}

impl Suggestion {
    /// What answering the open areas would do, or `None` when the
    /// suggestion answers none. A suggestion that moves marks answers every
    /// open area, because answers come before moves (tested over every
    /// pattern in `tests/scoring_wording.rs`).
    pub fn answering(&self) -> Option<Answering> {
        match (self.answers.len(), self.moves.is_empty()) {
            (0, _) => None,
            (_, false) => Some(Answering::EveryAndMoves),
            (n, true) if n < self.open.len() => Some(Answering::AnyOf(n)),
            _ => Some(Answering::Every),
        }
    }
}

/// What a mixed profile (a pattern that satisfies no rule) is told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mixed {
    /// Some suggestion reaches a label; this is the closest one.
    Closest(Suggestion),
    /// No way of answering the open areas and moving given marks up one
    /// level each makes any rule hold (for example Fortress ×3, Open-Door,
    /// Partnership: only a move down would), so no label is named.
    OutOfReach,
}

/// The closest suggestion for the marks (`None` for an open area), by the
/// order on [`Suggestion`]. When a label already holds it is named with an empty
/// suggestion, because doing nothing comes first in that order.
pub(super) fn closest(levels: &[Option<Level>; 5]) -> Mixed {
    let best = Label::ALL
        .into_iter()
        .filter_map(|label| reach(label.rule(), levels))
        .min_by_key(|s| (s.moves.len(), s.answers.len(), std::cmp::Reverse(s.label)));
    best.map_or(Mixed::OutOfReach, Mixed::Closest)
}

/// The smallest suggestion after which `rule` holds, or `None` when none
/// does. Every mark that breaks the rule must move, and its one move must
/// not break it again; after that each count still missing is one open
/// area answered (first, by the order) or one mark moved up into a counted
/// type. Each of these adds exactly one count, so taking them greedily in
/// area order gives the smallest suggestion, and the earliest areas.
fn reach(rule: Rule, levels: &[Option<Level>; 5]) -> Option<Suggestion> {
    let mut counted = 0u8;
    let mut moves: Vec<StepUp> = Vec::new();
    let mut promotions = Vec::new();
    let mut open = Vec::new();
    for (area, level) in Area::ALL.into_iter().zip(*levels) {
        let Some(level) = level else {
            open.push(area);
            continue;
        };
        match rule.standing(level) {
            Standing::Counted => counted += 1,
            Standing::Allowed => {
                promotions.extend(StepUp::new(area, level).filter(|up| rule.standing(up.to()) == Standing::Counted));
            }
            Standing::Breaks => {
                let up = StepUp::new(area, level)?;
                match rule.standing(up.to()) {
                    Standing::Breaks => return None,
                    Standing::Counted => counted += 1,
                    Standing::Allowed => {}
                }
                moves.push(up);
            }
        }
    }
    let short = usize::from(rule.at_least.saturating_sub(counted));
    let answered = short.min(open.len());
    let promoted = short - answered;
    if promoted > promotions.len() {
        return None;
    }
    // Both lists are in area order; placing each move at its area's index
    // merges them in that order without a sort (which would add a stable
    // sort's code to the bundle).
    let mut by_area: [Option<StepUp>; 5] = [None; 5];
    for up in moves.into_iter().chain(promotions.into_iter().take(promoted)) {
        by_area[up.area().index()] = Some(up);
    }
    let moves = by_area.into_iter().flatten().collect();
    let levels = rule.counting_levels();
    let answers = open.iter().take(answered).map(|&area| OpenAnswer { area, levels }).collect();
    Some(Suggestion { label: rule.label, answers, moves, open })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Area::*;
    use Level::*;

    /// "FFCCO" or "OOO??" as the marks of the five areas, in area order.
    fn marks(pattern: &str) -> [Option<Level>; 5] {
        let letters: Vec<Option<Level>> = pattern
            .chars()
            .map(|c| match c {
                'F' => Some(Fortress),
                'C' => Some(ComeIfWeCall),
                'O' => Some(OpenDoor),
                'P' => Some(Partnership),
                _ => None,
            })
            .collect();
        letters.try_into().expect("five marks")
    }

    fn suggestion(pattern: &str) -> Suggestion {
        match closest(&marks(pattern)) {
            Mixed::Closest(s) => s,
            Mixed::OutOfReach => panic!("{pattern}: out of reach"),
        }
    }

    fn up(area: Area, from: Level) -> StepUp {
        StepUp::new(area, from).expect("below Partnership")
    }

    #[test]
    fn a_step_up_is_exactly_one_level() {
        for from in [Fortress, ComeIfWeCall, OpenDoor] {
            let step = up(SharingPower, from);
            assert_eq!(step.to().number(), from.number() + 1);
            assert_eq!((step.area(), step.from()), (SharingPower, from));
        }
        assert_eq!(StepUp::new(SharingPower, Partnership), None);
    }

    #[test]
    fn a_fortress_profile_with_one_open_door_is_never_told_to_move_down() {
        // Below basic would need the Open-Door moved down, which is not
        // advice; three Fortress moved up to Come-if-we-call give Basic.
        let s = suggestion("FFFFO");
        assert_eq!(s.label, Label::Basic);
        assert_eq!(
            s.moves,
            vec![up(BuildingRelationships, Fortress), up(LinkingToLearning, Fortress), up(AddressingDifferences, Fortress)]
        );
        assert!(s.answers.is_empty());
    }

    #[test]
    fn one_fortress_among_partnership_moves_one_level_not_two() {
        // Advanced would need Fortress to skip to Open-Door; one level up,
        // to Come-if-we-call, already gives Proficient.
        let s = suggestion("FPPPP");
        assert_eq!(s.label, Label::Proficient);
        assert_eq!(s.moves, vec![up(BuildingRelationships, Fortress)]);
        assert!(s.answers.is_empty());
    }

    #[test]
    fn answering_an_open_area_comes_before_moving_a_mark() {
        let s = suggestion("OOO??");
        assert_eq!(s.label, Label::Proficient);
        assert!(s.moves.is_empty());
        assert_eq!(s.answers, vec![OpenAnswer { area: SupportingAdvocacy, levels: LevelSet::of(&[OpenDoor, Partnership]) }]);
        // Advanced needs every open area answered Partnership and a move as
        // well, so it is further away than Proficient.
        let s = suggestion("OOC??");
        assert_eq!((s.label, s.moves.len(), s.answers.len()), (Label::Proficient, 0, 2));
    }

    #[test]
    fn answers_and_moves_combine_when_answers_alone_are_not_enough() {
        // Basic needs two more Come-if-we-call and there is one open area,
        // so the first Fortress moves up as well; the Open-Door may stay.
        let s = suggestion("FOC?F");
        assert_eq!(s.label, Label::Basic);
        assert_eq!(s.answers, vec![OpenAnswer { area: SupportingAdvocacy, levels: LevelSet::of(&[ComeIfWeCall]) }]);
        assert_eq!(s.moves, vec![up(BuildingRelationships, Fortress)]);
    }

    #[test]
    fn equal_suggestions_go_to_the_higher_label() {
        // Answering the open area Fortress would give Below basic, and
        // Come-if-we-call Basic: the same size, so the higher label wins.
        let s = suggestion("FFCC?");
        assert_eq!(s.label, Label::Basic);
        assert_eq!(s.answers, vec![OpenAnswer { area: SharingPower, levels: LevelSet::of(&[ComeIfWeCall]) }]);
    }

    #[test]
    fn equal_suggestions_for_one_label_take_the_earliest_areas() {
        // Either Come-if-we-call moved to Open-Door gives Proficient; the
        // earlier area is named.
        let s = suggestion("COOCO");
        assert_eq!(s.label, Label::Proficient);
        assert_eq!(s.moves, vec![up(BuildingRelationships, ComeIfWeCall)]);
    }

    #[test]
    fn a_profile_only_a_move_down_would_label_is_out_of_reach() {
        // Below basic and Basic need the Open-Door and Partnership moved
        // down; Proficient and Advanced need the Fortress moved two levels.
        assert_eq!(closest(&marks("FFFOP")), Mixed::OutOfReach);
    }

    #[test]
    fn a_label_that_holds_is_its_own_closest_with_nothing_to_do() {
        let s = suggestion("PPP??");
        let open = vec![SupportingAdvocacy, SharingPower];
        assert_eq!(s, Suggestion { label: Label::Advanced, answers: Vec::new(), moves: Vec::new(), open });
        assert_eq!(s.answering(), None);
    }
}
