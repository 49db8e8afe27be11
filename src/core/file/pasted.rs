//! Pasted or dropped text: a results file when it looks like JSON, a share
//! link or code otherwise.

use super::{import, FileError};
use crate::core::session::{SharedView, Source};
use crate::core::share::{self, ShareError};

/// Why pasted text could not be opened: it was taken for a results file or
/// for a link or code, and that reader refused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastedError {
    /// The text looked like a link or code, and is not a readable one.
    Link(ShareError),
    /// The text looked like a results file, and is not a readable one.
    File(FileError),
}

/// Reads pasted or dropped text. Text whose first character (after a byte
/// order mark and white space) is `{` can only be a results file, since no
/// link or code starts that way; anything else is read as a link or code.
pub fn read_pasted(input: &str) -> Result<SharedView, PastedError> {
    let trimmed = input.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        import(input)
            .map(|imported| SharedView { answers: imported.answers, source: Source::File, notes: imported.notes })
            .map_err(PastedError::File)
    } else {
        share::decode(input).map(|answers| SharedView { answers, source: Source::Link, notes: None }).map_err(PastedError::Link)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::file::export;
    use crate::core::model::{Answers, Area, AssessmentId, Level, Mark};

    fn answers() -> Answers {
        let mut answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
        answers.area_mut(Area::SharingPower).mark = Some(Mark::Level(Level::OpenDoor));
        answers
    }

    #[test]
    fn a_results_file_opens_as_a_file_even_after_a_bom_and_blank_lines() {
        for (text, notes) in
            [(export(&answers(), None), None), (format!("\u{feff}\n  \t{}", export(&answers(), Some("n"))), Some("n".to_owned()))]
        {
            assert_eq!(read_pasted(&text), Ok(SharedView { answers: answers(), source: Source::File, notes }));
        }
    }

    #[test]
    fn a_link_or_code_opens_as_a_link() {
        let code = share::encode(&answers());
        for text in [code.clone(), format!("  https://example.org/page#{}", share::fragment(&answers()))] {
            assert_eq!(read_pasted(&text), Ok(SharedView { answers: answers(), source: Source::Link, notes: None }), "{text}");
        }
    }

    #[test]
    fn each_reader_reports_its_own_error() {
        assert!(matches!(read_pasted(" {\"format\": 1}"), Err(PastedError::File(FileError::UnknownFormat))));
        assert!(matches!(read_pasted("{"), Err(PastedError::File(FileError::NotJson { .. }))));
        assert!(matches!(read_pasted("hello"), Err(PastedError::Link(_))));
        // JSON that is not an object is not a results file, and no code.
        assert!(matches!(read_pasted("[1]"), Err(PastedError::Link(_))));
        assert!(matches!(read_pasted(""), Err(PastedError::Link(_))));
    }
}
