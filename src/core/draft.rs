//! The draft kept on this device between visits: a one-line header with the
//! draft format and the screen the person was on, then the same JSON as a
//! downloaded results file (notes included, since they never leave the
//! device this way). Reusing the file format means one reader, one set of
//! validation rules and one set of tests for both.
//!
//! ```text
//! partnership-selfcheck-draft 1 area:sharing_power
//! { "format": "partnership-selfcheck", "version": 1, ... }
//! ```

use super::content::Key;
use super::file::{self, FileError};
use super::session::{Draft, Screen, Step};

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
            DraftError::NotADraft | DraftError::Answers(_) => Key::DraftUnreadable,
            DraftError::NewerVersion(_) => Key::DraftNewer,
        }
    }
}

/// The draft as text for storage.
pub fn encode(draft: &Draft) -> String {
    let screen = match draft.screen {
        Screen::Intro | Screen::About => "intro".to_owned(),
        Screen::Step(step) => step.key(),
    };
    format!("{MAGIC} {DRAFT_VERSION} {screen}\n{}", file::export(&draft.answers, Some(&draft.notes)))
}

/// Reads a stored draft. An unknown screen falls back to the intro, because
/// the answers matter more than the position.
pub fn decode(text: &str) -> Result<Draft, DraftError> {
    let (header, body) = text.split_once('\n').ok_or(DraftError::NotADraft)?;
    let mut words = header.split_whitespace();
    if words.next() != Some(MAGIC) {
        return Err(DraftError::NotADraft);
    }
    let version: u32 = words.next().and_then(|v| v.parse().ok()).ok_or(DraftError::NotADraft)?;
    if version > DRAFT_VERSION {
        return Err(DraftError::NewerVersion(version));
    }
    let screen = words
        .next()
        .and_then(Step::from_key)
        .map_or(Screen::Intro, Screen::Step);
    let imported = file::import(body).map_err(DraftError::Answers)?;
    Ok(Draft { answers: imported.answers, notes: imported.notes.unwrap_or_default(), screen })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Area, AssessmentId, Level, Mark};

    #[test]
    fn a_draft_round_trips_with_its_screen_and_notes() {
        let mut draft = Draft::new(AssessmentId::from_random([7, 6, 5, 4, 3]));
        draft.answers.area_mut(Area::SharingPower).mark = Some(Mark::Level(Level::OpenDoor));
        draft.notes = "talk to the office team".into();
        draft.screen = Screen::Step(Step::Area(Area::SharingPower));
        assert_eq!(decode(&encode(&draft)), Ok(draft));
    }

    #[test]
    fn unreadable_drafts_are_typed_errors() {
        assert_eq!(decode("hello"), Err(DraftError::NotADraft));
        assert_eq!(decode("partnership-selfcheck-draft 9 intro\n{}"), Err(DraftError::NewerVersion(9)));
        assert!(matches!(decode("partnership-selfcheck-draft 1 intro\n{"), Err(DraftError::Answers(_))));
    }

    #[test]
    fn an_unknown_screen_resumes_at_the_intro() {
        let draft = Draft::new(AssessmentId::from_random([1; 5]));
        let text = encode(&draft).replacen(" intro", " somewhere", 1);
        assert_eq!(decode(&text).map(|d| d.screen), Ok(Screen::Intro));
    }
}
