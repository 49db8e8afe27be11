//! The two frameworks districts report family engagement against, the PTA
//! National Standards for Family-School Partnerships and Epstein's six types
//! of involvement, and the shape of one area's crosswalk to them.
//!
//! The standards and types are fixed by their authors, so they are typed
//! here like the instrument's own vocabulary. Which of them an area relates
//! to is content (`crosswalk` of each area in `instrument.json`), checked at
//! build time and generated as `core::content::CROSSWALK`; so are their
//! display names.

/// One of the six PTA National Standards for Family-School Partnerships, in
/// the PTA's own order (standard 1 first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PtaStandard {
    WelcomingAllFamilies,
    CommunicatingEffectively,
    SupportingStudentSuccess,
    SpeakingUpForEveryChild,
    SharingPower,
    CollaboratingWithCommunity,
}

keyed_enum!(PtaStandard, 6, [
    WelcomingAllFamilies => "welcoming_all_families",
    CommunicatingEffectively => "communicating_effectively",
    SupportingStudentSuccess => "supporting_student_success",
    SpeakingUpForEveryChild => "speaking_up_for_every_child",
    SharingPower => "sharing_power",
    CollaboratingWithCommunity => "collaborating_with_community",
]);

impl PtaStandard {
    /// The standard's number in the PTA's framework, 1 to 6, by which
    /// district reports usually cite it.
    pub fn number(self) -> u8 {
        // Six variants: the index always fits.
        self.index() as u8 + 1
    }
}

/// One of Joyce Epstein's six types of involvement, in her order (type 1
/// first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EpsteinType {
    Parenting,
    Communicating,
    Volunteering,
    LearningAtHome,
    DecisionMaking,
    CollaboratingWithCommunity,
}

keyed_enum!(EpsteinType, 6, [
    Parenting => "parenting",
    Communicating => "communicating",
    Volunteering => "volunteering",
    LearningAtHome => "learning_at_home",
    DecisionMaking => "decision_making",
    CollaboratingWithCommunity => "collaborating_with_community",
]);

impl EpsteinType {
    /// The type's number in Epstein's framework, 1 to 6.
    pub fn number(self) -> u8 {
        // Six variants: the index always fits.
        self.index() as u8 + 1
    }
}

/// What one area of the rubric relates to in each framework. The build
/// guarantees at least one of each, each at most once, in the framework's
/// order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Crosswalk {
    /// The PTA standards the area serves.
    pub pta_standards: &'static [PtaStandard],
    /// Epstein's types of involvement the area serves.
    pub epstein_types: &'static [EpsteinType],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frameworks_number_from_one_in_their_own_order() {
        assert_eq!(PtaStandard::ALL.map(PtaStandard::number), [1, 2, 3, 4, 5, 6]);
        assert_eq!(EpsteinType::ALL.map(EpsteinType::number), [1, 2, 3, 4, 5, 6]);
        assert_eq!(PtaStandard::SpeakingUpForEveryChild.number(), 4);
        assert_eq!(EpsteinType::LearningAtHome.number(), 4);
    }
}
