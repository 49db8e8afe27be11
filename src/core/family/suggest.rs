//! The end screen's suggestions: one to three things a family can ask the
//! school for, chosen from their answers. Each suggestion has a reason in
//! the answers; when none applies, the family is offered the one that fits
//! everyone (asking the teacher how their child is doing).

use super::answers::{Agreement, FamilyAnswers, FamilyBarrier, Item};
use crate::core::model::{Area, Level};

/// Something a family can ask the school for. The words are in the
/// content files (`suggest_<key>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Suggestion {
    /// An interpreter and papers in the family's language.
    Interpreter,
    /// A meeting time that fits their work hours.
    MeetingTime,
    /// A meeting by phone or video, for families without a ride or childcare.
    MeetByPhone,
    /// Ideas for helping with learning at home.
    LearningAtHome,
    /// A visit to meet the teacher and see the class.
    MeetTheTeacher,
    /// Who to talk to when there is a problem, and how it gets answered.
    ConcernSteps,
    /// A place in the parent group or the school council.
    HaveASay,
    /// Ask the teacher how their child is doing and what to work on; the
    /// suggestion that fits every family.
    AskHowMyChildIsDoing,
}

impl Suggestion {
    /// The suggestion's stable key, used in the content files.
    pub fn key(self) -> &'static str {
        match self {
            Suggestion::Interpreter => "interpreter",
            Suggestion::MeetingTime => "meeting_time",
            Suggestion::MeetByPhone => "meet_by_phone",
            Suggestion::LearningAtHome => "learning_at_home",
            Suggestion::MeetTheTeacher => "meet_the_teacher",
            Suggestion::ConcernSteps => "concern_steps",
            Suggestion::HaveASay => "have_a_say",
            Suggestion::AskHowMyChildIsDoing => "ask_how_my_child_is_doing",
        }
    }
}

/// The most suggestions the end screen shows.
pub const MAX_SUGGESTIONS: usize = 3;

/// One to three suggestions for the answers, in the order the list below
/// gives: what the family said stands in their way first, then what their
/// answers about the school and about feeling invited point to.
pub fn suggestions(answers: &FamilyAnswers) -> Vec<Suggestion> {
    let barrier = |b: FamilyBarrier| answers.barriers.contains(b);
    let low = |area: Area| answers.level(area).is_some_and(|level| level <= Level::ComeIfWeCall);
    let disagrees = |item: Item| answers.item(item).is_some_and(Agreement::disagrees);
    let reasons = [
        (Suggestion::Interpreter, barrier(FamilyBarrier::Language)),
        (Suggestion::MeetingTime, barrier(FamilyBarrier::WorkHours)),
        (Suggestion::MeetByPhone, barrier(FamilyBarrier::Transport) || barrier(FamilyBarrier::Childcare)),
        (
            Suggestion::LearningAtHome,
            barrier(FamilyBarrier::NotKnowingHow)
                || disagrees(Item::KnowHow)
                || disagrees(Item::TeacherAsks)
                || low(Area::LinkingToLearning),
        ),
        (
            Suggestion::MeetTheTeacher,
            barrier(FamilyBarrier::NotWelcome)
                || barrier(FamilyBarrier::BadExperiences)
                || disagrees(Item::Welcome)
                || low(Area::BuildingRelationships),
        ),
        (Suggestion::Interpreter, low(Area::AddressingDifferences)),
        (Suggestion::ConcernSteps, low(Area::SupportingAdvocacy) || disagrees(Item::Respected)),
        (Suggestion::HaveASay, low(Area::SharingPower) || disagrees(Item::WorkTogether)),
    ];
    let mut chosen: Vec<Suggestion> = Vec::new();
    for (suggestion, applies) in reasons {
        if applies && !chosen.contains(&suggestion) && chosen.len() < MAX_SUGGESTIONS {
            chosen.push(suggestion);
        }
    }
    if chosen.is_empty() {
        chosen.push(Suggestion::AskHowMyChildIsDoing);
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::family::answers::{FamilyBarriers, FamilyId, PlaceAnswer};

    fn empty() -> FamilyAnswers {
        FamilyAnswers::new(FamilyId::from_random([7; 5]))
    }

    #[test]
    fn no_reason_gives_the_suggestion_for_everyone() {
        assert_eq!(suggestions(&empty()), [Suggestion::AskHowMyChildIsDoing]);
        let mut content = empty();
        for area in Area::ALL {
            content.set_place(area, Some(PlaceAnswer::Level(Level::Partnership)));
        }
        for item in Item::ALL {
            content.set_item(item, Some(Agreement::StronglyAgree));
        }
        assert_eq!(suggestions(&content), [Suggestion::AskHowMyChildIsDoing]);
    }

    #[test]
    fn barriers_come_first_and_at_most_three_are_offered() {
        let mut answers = empty();
        answers.barriers = FamilyBarriers::from_bits(0x7f);
        answers.set_place(Area::SharingPower, Some(PlaceAnswer::Level(Level::Fortress)));
        assert_eq!(suggestions(&answers), [Suggestion::Interpreter, Suggestion::MeetingTime, Suggestion::MeetByPhone]);
    }

    #[test]
    fn answers_about_the_school_and_the_items_point_to_their_suggestion() {
        let mut answers = empty();
        answers.set_place(Area::AddressingDifferences, Some(PlaceAnswer::Level(Level::ComeIfWeCall)));
        answers.set_place(Area::SupportingAdvocacy, Some(PlaceAnswer::Level(Level::OpenDoor)));
        answers.set_item(Item::KnowHow, Some(Agreement::Disagree));
        answers.set_item(Item::WorkTogether, Some(Agreement::StronglyDisagree));
        assert_eq!(suggestions(&answers), [Suggestion::LearningAtHome, Suggestion::Interpreter, Suggestion::HaveASay]);
        answers.set_place(Area::AddressingDifferences, Some(PlaceAnswer::DontKnow));
        answers.barriers = FamilyBarriers::default().with(FamilyBarrier::Language, true);
        assert_eq!(suggestions(&answers), [Suggestion::Interpreter, Suggestion::LearningAtHome, Suggestion::HaveASay]);
    }

    #[test]
    fn a_neutral_answer_is_no_reason() {
        let mut answers = empty();
        answers.set_item(Item::Welcome, Some(Agreement::Neither));
        answers.set_place(Area::BuildingRelationships, Some(PlaceAnswer::DontKnow));
        assert_eq!(suggestions(&answers), [Suggestion::AskHowMyChildIsDoing]);
        answers.set_item(Item::Welcome, Some(Agreement::Disagree));
        assert_eq!(suggestions(&answers), [Suggestion::MeetTheTeacher]);
    }
}
