//! A paper family form typed in on the tools page: the facilitator ticks
//! what the family ticked, question by question, and adds the form. It
//! becomes one family's code with its own random id and is pooled through
//! the same intake as a pasted family link, so a paper form counts exactly
//! as a link would.

use crate::core::family::{encode_family, Agreement, FamilyAnswers, FamilyBarrier, FamilyId, Item, PlaceAnswer};
use crate::core::model::Area;

/// One change to the paper form being typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaperAction {
    /// The box ticked for an area (`None`: left blank).
    Place(Area, Option<PlaceAnswer>),
    /// The box ticked for an item (`None`: left blank).
    Item(Item, Option<Agreement>),
    /// A barrier ticked or not.
    Barrier(FamilyBarrier, bool),
    /// Adds the form as one family with this new random id, made by the
    /// page (as the family page makes its ids).
    Add(FamilyId),
}

/// What became of the last "Add".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaperNotice {
    /// The form was pooled as one family; the form is empty again.
    Added,
    /// Nothing was ticked, so nothing was pooled.
    Empty,
}

/// The paper form being typed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaperForm {
    /// The answers ticked so far; their id is replaced by a new random one
    /// when the form is added, so no two forms share one.
    answers: FamilyAnswers,
    /// What became of the last "Add", if anything since.
    pub notice: Option<PaperNotice>,
}

impl Default for PaperForm {
    fn default() -> Self {
        PaperForm { answers: FamilyAnswers::new(FamilyId::from_random([0; 5])), notice: None }
    }
}

impl PaperForm {
    /// The answers ticked so far.
    pub fn answers(&self) -> &FamilyAnswers {
        &self.answers
    }

    /// Applies one change. "Add" gives the family code to pool (and empties
    /// the form) unless nothing was ticked.
    pub fn reduce(&mut self, action: PaperAction) -> Option<String> {
        self.notice = None;
        match action {
            PaperAction::Place(area, answer) => self.answers.set_place(area, answer),
            PaperAction::Item(item, answer) => self.answers.set_item(item, answer),
            PaperAction::Barrier(barrier, ticked) => self.answers.barriers = self.answers.barriers.with(barrier, ticked),
            PaperAction::Add(id) => {
                if self.answers.is_empty() {
                    self.notice = Some(PaperNotice::Empty);
                    return None;
                }
                let mut answers = self.answers;
                answers.id = id;
                let code = encode_family(&answers);
                *self = PaperForm { notice: Some(PaperNotice::Added), ..PaperForm::default() };
                return Some(code);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::family::decode_family;
    use crate::core::model::Level;

    #[test]
    fn a_typed_form_becomes_one_family_code_with_the_given_id_and_the_form_empties() {
        let mut form = PaperForm::default();
        assert_eq!(form.reduce(PaperAction::Add(FamilyId::from_random([1; 5]))), None);
        assert_eq!(form.notice, Some(PaperNotice::Empty));
        form.reduce(PaperAction::Place(Area::SharingPower, Some(PlaceAnswer::Level(Level::OpenDoor))));
        form.reduce(PaperAction::Item(Item::Welcome, Some(Agreement::Agree)));
        form.reduce(PaperAction::Barrier(FamilyBarrier::Transport, true));
        assert_eq!(form.notice, None);
        let id = FamilyId::from_random([7, 1, 2, 3, 4]);
        let code = form.reduce(PaperAction::Add(id)).expect("a ticked form is added");
        let family = decode_family(&code).expect("the code is a family code");
        assert_eq!(family.id, id);
        assert_eq!(family.level(Area::SharingPower), Some(Level::OpenDoor));
        assert_eq!(family.item(Item::Welcome), Some(Agreement::Agree));
        assert!(family.barriers.contains(FamilyBarrier::Transport));
        assert_eq!((form.answers().is_empty(), form.notice), (true, Some(PaperNotice::Added)));
    }
}
