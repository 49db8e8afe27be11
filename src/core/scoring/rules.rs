//! The four rules of the scoring guide, as data, and the label they give.
//!
//! Each rule is one row of the guide: "at least N marks of these types",
//! and a second condition over the other marks. Writing the rows as data
//! lets the same rows decide the label, explain it ([`RuleCheck`]) and steer
//! the closest-label search, so the three can never disagree.

use crate::core::model::Level;

/// A label of the scoring guide, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    BelowBasic,
    Basic,
    Proficient,
    Advanced,
}

impl Label {
    /// Every label, lowest first.
    pub const ALL: [Label; 4] = [Label::BelowBasic, Label::Basic, Label::Proficient, Label::Advanced];

    /// The school type the label stands for (Advanced is Partnership, …).
    pub fn level(self) -> Level {
        match self {
            Label::BelowBasic => Level::Fortress,
            Label::Basic => Level::ComeIfWeCall,
            Label::Proficient => Level::OpenDoor,
            Label::Advanced => Level::Partnership,
        }
    }

    /// The label's row of the scoring guide.
    pub fn rule(self) -> Rule {
        use Level::*;
        match self {
            Label::Advanced => Rule {
                label: self,
                at_least: 3,
                counted: LevelSet::of(&[Partnership]),
                condition: Condition::OthersAll(LevelSet::of(&[OpenDoor])),
            },
            Label::Proficient => Rule {
                label: self,
                at_least: 4,
                counted: LevelSet::of(&[OpenDoor, Partnership]),
                condition: Condition::NoneOf(LevelSet::of(&[Fortress])),
            },
            Label::Basic => Rule {
                label: self,
                at_least: 3,
                counted: LevelSet::of(&[ComeIfWeCall]),
                condition: Condition::NoneOf(LevelSet::of(&[Partnership])),
            },
            Label::BelowBasic => Rule {
                label: self,
                at_least: 3,
                counted: LevelSet::of(&[Fortress]),
                condition: Condition::NoneOf(LevelSet::of(&[OpenDoor, Partnership])),
            },
        }
    }

    /// Whether this label's rule holds over the given marks. With fewer than
    /// five marks (some areas not sure), the thresholds stay the same and the
    /// "none" and "every other" conditions apply to the marks given.
    pub fn holds(self, marks: &[Level]) -> bool {
        self.rule().check(marks).holds()
    }
}

/// The highest label whose rule holds over the marks, if any.
pub fn label_for(marks: &[Level]) -> Option<Label> {
    Label::ALL.into_iter().rev().find(|label| label.holds(marks))
}

/// Every label's rule checked over the given marks, lowest label first (as
/// [`Label::ALL`]), for a view that explains how the label is worked out.
/// The reported label is the last of them that holds.
pub fn check_rules(marks: &[Level]) -> [RuleCheck; 4] {
    Label::ALL.map(|label| label.rule().check(marks))
}

/// A set of school types, such as the ones a rule counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LevelSet(u8);

impl LevelSet {
    /// The set holding exactly these levels.
    pub const fn of(levels: &[Level]) -> LevelSet {
        let mut bits = 0;
        let mut i = 0;
        while i < levels.len() {
            bits |= 1 << levels[i] as u8;
            i += 1;
        }
        LevelSet(bits)
    }

    /// Whether the level is in the set.
    pub fn contains(self, level: Level) -> bool {
        self.0 & (1 << level as u8) != 0
    }

    /// The levels of the set, lowest first.
    pub fn iter(self) -> impl Iterator<Item = Level> {
        Level::ALL.into_iter().filter(move |level| self.contains(*level))
    }

    /// How many levels the set holds.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set holds no level.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// One row of the scoring guide: at least `at_least` of the given marks are
/// of a `counted` type, and the `condition` holds over the given marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    /// The label the rule gives.
    pub label: Label,
    /// How many counted marks the rule needs ("3 or more …").
    pub at_least: u8,
    /// The school types counted towards `at_least`.
    pub counted: LevelSet,
    /// The rule's second condition.
    pub condition: Condition,
}

/// The second condition of a rule, over the given marks only (a "Not sure"
/// or unmarked area neither meets nor breaks it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    /// "None Fortress": no given mark may be of these types.
    NoneOf(LevelSet),
    /// "Every other mark Open-Door": every given mark that is not counted
    /// must be of these types.
    OthersAll(LevelSet),
}

/// What one mark does for a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// The mark counts towards the rule's threshold.
    Counted,
    /// The mark neither counts nor breaks the rule's second condition.
    Allowed,
    /// The mark breaks the rule's second condition, so the rule cannot hold
    /// while it stays.
    Breaks,
}

impl Rule {
    /// What a mark of this level does for the rule. Under "none X" a mark of
    /// type X breaks the rule even if the rule would count it, because the
    /// guide's "none" admits no exception (no published row has such an
    /// overlap).
    pub fn standing(&self, level: Level) -> Standing {
        match self.condition {
            Condition::NoneOf(forbidden) if forbidden.contains(level) => Standing::Breaks,
            _ if self.counted.contains(level) => Standing::Counted,
            Condition::OthersAll(allowed) if !allowed.contains(level) => Standing::Breaks,
            _ => Standing::Allowed,
        }
    }

    /// The levels a newly answered area could take to count towards the
    /// threshold without breaking the rule.
    pub fn counting_levels(&self) -> LevelSet {
        let counting: Vec<Level> = Level::ALL.into_iter().filter(|level| self.standing(*level) == Standing::Counted).collect();
        LevelSet::of(&counting)
    }

    /// The rule applied to the given marks: the counts that decide it.
    pub fn check(&self, marks: &[Level]) -> RuleCheck {
        let with = |standing: Standing| marks.iter().filter(|m| self.standing(**m) == standing).count() as u8;
        RuleCheck { rule: *self, counted: with(Standing::Counted), breaking: with(Standing::Breaks) }
    }
}

/// A rule applied to the given marks, with the counts that decide whether it
/// holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleCheck {
    /// The rule checked.
    pub rule: Rule,
    /// How many given marks count towards the threshold.
    pub counted: u8,
    /// How many given marks break the second condition.
    pub breaking: u8,
}

impl RuleCheck {
    /// Whether the rule holds: enough counted marks and none breaking.
    pub fn holds(&self) -> bool {
        self.counted >= self.rule.at_least && self.breaking == 0
    }

    /// How many more counted marks the threshold needs (0 when it is met).
    pub fn short_by(&self) -> u8 {
        self.rule.at_least.saturating_sub(self.counted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn the_highest_holding_label_wins() {
        // Three Partnership and two Open-Door satisfy Advanced and Proficient.
        assert_eq!(label_for(&[Partnership, Partnership, Partnership, OpenDoor, OpenDoor]), Some(Label::Advanced));
        assert_eq!(label_for(&[OpenDoor; 5]), Some(Label::Proficient));
    }

    #[test]
    fn a_rule_check_gives_the_counts_that_decide_it() {
        // Three Partnership, one Open-Door and one Come-if-we-call: Advanced
        // has its three Partnership but the Come-if-we-call breaks "every
        // other mark Open-Door"; Proficient counts four and nothing breaks it.
        let checks = check_rules(&[Partnership, Partnership, Partnership, OpenDoor, ComeIfWeCall]);
        let [below, basic, proficient, advanced] = checks;
        assert_eq!((advanced.counted, advanced.breaking, advanced.holds()), (3, 1, false));
        assert_eq!((proficient.counted, proficient.breaking, proficient.holds()), (4, 0, true));
        assert_eq!((basic.counted, basic.breaking, basic.short_by()), (1, 3, 2));
        assert_eq!((below.counted, below.breaking, below.short_by()), (0, 4, 3));
        assert_eq!(checks.map(|c| c.rule.label), Label::ALL);
    }

    #[test]
    fn standings_follow_the_published_rows() {
        let standings = |label: Label| Level::ALL.map(|level| label.rule().standing(level));
        use Standing::*;
        assert_eq!(standings(Label::Advanced), [Breaks, Breaks, Allowed, Counted]);
        assert_eq!(standings(Label::Proficient), [Breaks, Allowed, Counted, Counted]);
        assert_eq!(standings(Label::Basic), [Allowed, Counted, Allowed, Breaks]);
        assert_eq!(standings(Label::BelowBasic), [Counted, Allowed, Breaks, Breaks]);
        assert_eq!(Label::Proficient.rule().counting_levels(), LevelSet::of(&[OpenDoor, Partnership]));
        assert_eq!(Label::Advanced.rule().counting_levels().iter().collect::<Vec<_>>(), vec![Partnership]);
    }

    #[test]
    fn a_level_set_holds_what_it_was_made_of() {
        let set = LevelSet::of(&[Partnership, Fortress, Fortress]);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![Fortress, Partnership], "lowest first, once each");
        assert_eq!(set.len(), 2);
        assert!(!set.contains(OpenDoor));
        assert!(LevelSet::default().is_empty());
    }
}
