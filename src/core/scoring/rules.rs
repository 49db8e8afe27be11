//! The four rules of the scoring guide and the label they give.

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

    /// Whether this label's rule holds over the given marks. With fewer than
    /// five marks (some areas not sure), the thresholds stay the same and the
    /// "none" and "every other" conditions apply to the marks given.
    pub fn holds(self, marks: &[Level]) -> bool {
        let count = |level: Level| marks.iter().filter(|m| **m == level).count();
        let (fortress, come, open, partnership) = (
            count(Level::Fortress),
            count(Level::ComeIfWeCall),
            count(Level::OpenDoor),
            count(Level::Partnership),
        );
        match self {
            Label::Advanced => partnership >= 3 && partnership + open == marks.len(),
            Label::Proficient => open + partnership >= 4 && fortress == 0,
            Label::Basic => come >= 3 && partnership == 0,
            Label::BelowBasic => fortress >= 3 && open + partnership == 0,
        }
    }
}

/// The highest label whose rule holds over the marks, if any.
pub fn label_for(marks: &[Level]) -> Option<Label> {
    Label::ALL.into_iter().rev().find(|label| label.holds(marks))
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
}
