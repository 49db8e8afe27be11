//! The draft kept on this device between visits, in the shape of everything
//! kept (`core::stored`): a one-line header with the
//! draft format, the screen the person was on and, when that is the intro,
//! the step they stopped at (which older versions ignore), then the same JSON as a
//! downloaded results file (notes included, since they never leave the
//! device this way). Reusing the file format means one reader, one set of
//! validation rules and one set of tests for both, and a draft carries
//! whatever the file carries: the ratings and priorities of file version 2,
//! or a version 1 file when there are none, which older versions still read.
//!
//! ```text
//! partnership-selfcheck-draft 1 area:sharing_power
//! { "format": "partnership-selfcheck", "version": 2, ... }
//! ```

use super::content::Key;
use super::file::{self, FileError};
use super::session::{Draft, Screen, Step};
use super::stored::{self, StoredError};

/// The first word of every draft.
const MAGIC: &str = "partnership-selfcheck-draft";

/// The draft format this version writes. Older versions must keep loading.
pub const DRAFT_VERSION: u32 = 1;

/// Why a saved draft could not be read. The widget then keeps the saved text
/// untouched and offers it for download, so nothing is silently dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text does not start with the draft header.
    NotADraft,
    /// A newer version of the widget saved it.
    NewerVersion(u32),
    /// The header is fine but the answers are not readable.
    Answers(FileError),
}

impl DraftError {
    /// The UI text key of the plain-language explanation.
    pub fn message_key(&self) -> Key {
        match self {
            // A file format newer than this version's inside a draft of a
            // known format was saved by a newer version all the same.
            DraftError::NewerVersion(_) | DraftError::Answers(FileError::NewerVersion { .. } | FileError::NewerInstrument { .. }) => {
                Key::DraftNewer
            }
            DraftError::NotADraft | DraftError::Answers(_) => Key::DraftUnreadable,
        }
    }
}

/// The draft as text for storage.
pub fn encode(draft: &Draft) -> String {
    // On a step, the step is the screen; elsewhere the intro, then the step
    // to resume at, if any.
    let (intro, step) = match draft.screen {
        Screen::Step(step) => ("", Some(step)),
        Screen::Intro | Screen::About => ("intro ", draft.resume),
    };
    let words = format!("{intro}{}", step.map(Step::key).unwrap_or_default());
    stored::write(MAGIC, DRAFT_VERSION, words.trim_end(), &file::export(&draft.answers, Some(&draft.notes)))
}

/// Reads a stored draft. An unknown screen falls back to the intro, because
/// the answers matter more than the position; a draft without the step to
/// resume at (saved on the intro by an earlier version) resumes at the first.
pub fn decode(text: &str) -> Result<Draft, DraftError> {
    let stored::Kept { mut words, body, .. } = stored::read(text, MAGIC, DRAFT_VERSION).map_err(|error| match error {
        StoredError::NotOurs => DraftError::NotADraft,
        StoredError::Newer(version) => DraftError::NewerVersion(version),
    })?;
    let screen = words.next().and_then(Step::from_key).map_or(Screen::Intro, Screen::Step);
    let resume = match screen {
        Screen::Step(step) => Some(step),
        _ => words.next().and_then(Step::from_key),
    };
    let imported = file::import(body).map_err(DraftError::Answers)?;
    Ok(Draft { answers: imported.answers, notes: imported.notes.unwrap_or_default(), screen, resume })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Area, AssessmentId, Feasibility, Level, Mark, PlanPractice};

    #[test]
    fn a_draft_round_trips_with_its_screen_and_notes() {
        let mut draft = Draft::new(AssessmentId::from_random([7, 6, 5, 4, 3]));
        draft.answers.area_mut(Area::SharingPower).mark = Some(Mark::Level(Level::OpenDoor));
        draft.notes = "talk to the office team".into();
        draft.screen = Screen::Step(Step::Area(Area::SharingPower));
        draft.resume = Some(Step::Area(Area::SharingPower));
        assert_eq!(decode(&encode(&draft)), Ok(draft));
    }

    #[test]
    fn a_draft_round_trips_with_its_ratings_and_priorities() {
        let mut draft = Draft::new(AssessmentId::from_random([7, 6, 5, 4, 3]));
        let answers = &mut draft.answers;
        answers.set_mark(Area::SharingPower, Some(Mark::Level(Level::ComeIfWeCall)));
        answers.set_mark(Area::LinkingToLearning, Some(Mark::Level(Level::Fortress)));
        let practice = |area, position| PlanPractice::new(area, position).expect("position below 4");
        answers.set_rating(practice(Area::SharingPower, 2), Some(Feasibility::TakesTime));
        answers.set_rating(practice(Area::SharingPower, 0), Some(Feasibility::AlreadyDoing));
        answers.set_priority(practice(Area::SharingPower, 2), true).expect("room");
        answers.set_priority(practice(Area::LinkingToLearning, 1), true).expect("room");
        draft.notes = "start with the parent council".into();
        draft.screen = Screen::Step(Step::Area(Area::LinkingToLearning));
        draft.resume = Some(Step::Area(Area::LinkingToLearning));
        let text = encode(&draft);
        assert!(text.contains("\"version\": 2"), "{text}");
        assert_eq!(decode(&text), Ok(draft));
    }

    #[test]
    fn a_draft_saved_before_plans_still_loads() {
        // A draft of an earlier version holds a version 1 file.
        let old = format!("partnership-selfcheck-draft 1 area:sharing_power\n{}", include_str!("../../tests/golden/results_v1.json"));
        let draft = decode(&old).expect("an old draft loads");
        assert_eq!(draft.screen, Screen::Step(Step::Area(Area::SharingPower)));
        assert_eq!(draft.resume, Some(Step::Area(Area::SharingPower)));
        assert_eq!(draft.answers.area(Area::SharingPower).mark, Some(Mark::Level(Level::ComeIfWeCall)));
        assert!(draft.answers.priorities().is_empty());
        assert!(Area::ALL.iter().all(|area| draft.answers.area(*area).ratings.is_empty()));
        assert!(draft.notes.starts_with("Ask \"Ms. Ortiz\""));
    }

    #[test]
    fn a_newer_file_inside_a_draft_is_reported_as_newer() {
        let draft = Draft::new(AssessmentId::from_random([1; 5]));
        let text = encode(&draft).replacen("\"version\": 2", "\"version\": 3", 1);
        let error = decode(&text).expect_err("a newer file");
        assert_eq!(error, DraftError::Answers(FileError::NewerVersion { version: 3 }));
        assert_eq!(error.message_key(), Key::DraftNewer);
        assert_eq!(DraftError::NotADraft.message_key(), Key::DraftUnreadable);
    }

    #[test]
    fn unreadable_drafts_are_typed_errors() {
        assert_eq!(decode("hello"), Err(DraftError::NotADraft));
        assert_eq!(decode("partnership-selfcheck-draft 9 intro\n{}"), Err(DraftError::NewerVersion(9)));
        assert!(matches!(decode("partnership-selfcheck-draft 1 intro\n{"), Err(DraftError::Answers(_))));
    }

    #[test]
    fn a_draft_left_on_the_intro_keeps_the_step_to_resume_at() {
        let mut draft = Draft::new(AssessmentId::from_random([2; 5]));
        draft.resume = Some(Step::Beliefs);
        let text = encode(&draft);
        assert!(text.starts_with("partnership-selfcheck-draft 1 intro beliefs\n"), "{text}");
        assert_eq!(decode(&text), Ok(draft.clone()));
        // A draft of the current format saved on the intro before the step
        // was kept has no step: it opens, and resumes at the first step.
        let old = encode(&draft).replacen("intro beliefs", "intro", 1);
        assert_eq!(decode(&old).map(|d| (d.screen, d.resume)), Ok((Screen::Intro, None)));
    }

    #[test]
    fn an_unknown_screen_resumes_at_the_intro() {
        let draft = Draft::new(AssessmentId::from_random([1; 5]));
        let text = encode(&draft).replacen(" intro", " somewhere", 1);
        assert_eq!(decode(&text).map(|d| d.screen), Ok(Screen::Intro));
    }
}
