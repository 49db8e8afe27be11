//! The downloadable results file: one person's answers as JSON, with their
//! private notes only when they chose to include them.
//!
//! # Schema (file format version 2)
//!
//! ```json
//! {
//!   "format": "partnership-selfcheck",
//!   "version": 2,
//!   "instrument_version": 1,
//!   "assessment_id": "00a1b2c3d4",
//!   "areas": {
//!     "building_relationships": {
//!       "mark": "open_door",
//!       "ticked": { "fortress": [0, 2], "come_if_we_call": [], "open_door": [1], "partnership": [] },
//!       "ratings": { "0": "easy", "2": "hard" },
//!       "pta_standards": ["welcoming_all_families", "communicating_effectively"],
//!       "epstein_types": ["communicating", "volunteering"]
//!     },
//!     "linking_to_learning": {
//!       "mark": "not_sure",
//!       "ticked": { "fortress": [], "come_if_we_call": [], "open_door": [], "partnership": [] },
//!       "ratings": {},
//!       "pta_standards": ["supporting_student_success"],
//!       "epstein_types": ["learning_at_home"]
//!     },
//!     "addressing_differences": { "mark": null, "ticked": { … }, "ratings": {}, … },
//!     "supporting_advocacy": { "mark": null, "ticked": { … }, "ratings": {}, … },
//!     "sharing_power": { "mark": null, "ticked": { … }, "ratings": {}, … }
//!   },
//!   "beliefs": {
//!     "dreams_for_children": { "held": 5, "practised": 3 },
//!     "capacity_to_support": { "held": 4, "practised": null },
//!     "equal_partners": { "held": null, "practised": null },
//!     "staff_responsibility": { "held": null, "practised": null }
//!   },
//!   "barriers": ["handling_conflict", "physical_safety"],
//!   "priorities": [{ "area": "building_relationships", "practice": 0 }],
//!   "notes": "Only here when the person chose to include their notes."
//! }
//! ```
//!
//! | field                | meaning                                                         |
//! |----------------------|-----------------------------------------------------------------|
//! | `format`             | always `"partnership-selfcheck"`                                |
//! | `version`            | file format version, 1 or 2; a higher one is refused as "newer" |
//! | `instrument_version` | version of the questions the answers belong to                  |
//! | `assessment_id`      | the random assessment id, 10 hexadecimal digits                 |
//! | `areas`              | all five areas by key; `mark` is a level key, `"not_sure"` or `null`; `ticked` lists, for each of the four level keys, the 0-based positions (0–3) of ticked practices |
//! | `areas.*.ratings`    | version 2: the feasibility of the practices one level above the mark, by position (`"0"`–`"3"`): `already_doing`, `easy`, `takes_time` or `hard`; unrated practices are left out, and an area marked Partnership, "not sure" or not at all has `{}` |
//! | `areas.*.pta_standards`, `areas.*.epstein_types` | version 2, optional: the area's crosswalk (keys of the PTA standards and Epstein's types), written for reporting and ignored on reading |
//! | `beliefs`            | all four beliefs by key; `held` and `practised` are 1–5 or `null` |
//! | `barriers`           | keys of the checked barriers, each at most once                 |
//! | `priorities`         | version 2: up to three practices to work on, each an `area` with a next level up and the `practice`'s position (0–3) at that level, in area order |
//! | `notes`              | optional text; absent unless the person included their notes    |
//!
//! Reading is strict, so a hand-edited or damaged file is reported rather than
//! half-read: every field above except `notes` and the crosswalk is required
//! in the versions that have it, unknown fields
//! are refused (not ignored), duplicate keys are refused, and lists may not
//! repeat an entry. Hex digits of the id may be upper or lower case; they are
//! written in lower case. Files over [`MAX_FILE_BYTES`] or nested deeper than
//! the schema could need are refused before they are parsed.
//!
//! Version 1 is version 2 without `ratings`, the crosswalk and `priorities`;
//! in a version 1 file those are unknown fields, so it reads exactly as it
//! always did, and gives no ratings or priorities. The exporter writes
//! version 1 when nothing is rated and no priority chosen, because such a
//! file then opens in every widget released so far. More than three
//! priorities, or a rating or priority in an area with no next level up, are
//! refused with their own messages ([`PlanProblem`]). The crosswalk may be
//! left out and is otherwise skipped, whatever it holds: the widget always
//! takes the content's (`core::content::crosswalk`), so a file written
//! before the content revised it still opens, and the bundle carries no
//! reader for data it would not use.
//!
//! serde reads and writes the file through the structs in `wire`, whose
//! values are the types in `leaf`; `plan` reads the fields of version 2;
//! `error` turns serde's errors into [`FileError`]s that name the field by
//! its path.

mod bytes;
mod error;
mod header;
mod leaf;
mod pasted;
mod plan;
mod question;
mod wire;

pub use bytes::text_of;
pub use error::{FileDetail, FileError};
pub use pasted::{read_pasted, PastedError};
pub use plan::PlanProblem;
pub use question::Question;

use super::model::Answers;
use wire::WireFile;

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "partnership-selfcheck";

/// The newest file format version this build reads and writes. It writes
/// version 1 for answers without ratings or priorities, which version 1
/// holds completely, so that those files still open in older widgets.
pub const FILE_VERSION: u64 = 2;

/// The largest file [`import`] reads. A complete file with no notes is about
/// 2 KB (under 5 KB with every practice ticked and rated), so this leaves
/// ample room for notes while keeping a wrong file from costing time or
/// memory.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// The deepest nesting of arrays and objects [`import`] parses. The schema
/// needs five levels (file, areas, area, ticked, list); anything much deeper
/// is not a results file, and refusing it before parsing keeps a file of
/// nothing but `[` cheap (serde_json's own limit is 128 levels).
pub const MAX_DEPTH: usize = 16;

/// What [`import`] read from a results file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The answers.
    pub answers: Answers,
    /// The private notes, when the file includes them.
    pub notes: Option<String>,
}

/// The results file for the answers, as pretty-printed JSON. `notes` are
/// written only when given, so leaving them out is the default.
pub fn export(answers: &Answers, notes: Option<&str>) -> String {
    // Writing these structs cannot fail: every map key is a field name and
    // every value a string, number, null or list of them (the round-trip
    // tests read back every file written). An `expect` here would bring
    // the error's `Debug` formatting, and with it string escaping, into the
    // bundle for a case that never happens.
    let mut text = serde_json::to_string_pretty(&WireFile::new(answers, notes)).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a results file. Never panics; every problem is a [`FileError`] that
/// names the field at fault. See the module docs for what is accepted.
pub fn import(text: &str) -> Result<Imported, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if nesting_depth(text) > MAX_DEPTH {
        return Err(FileError::TooDeep);
    }
    // The format and versions are checked before the strict read, so that a
    // different or newer file gets that message rather than a field error.
    let version = header::check(text)?;
    plan::reading(version, || wire::read::<WireFile>(text))?.into_imported(version)
}

/// The deepest nesting of arrays and objects in JSON-like text, found in one
/// pass without allocating, so that absurd nesting is refused before the
/// parser spends anything on it. Brackets inside strings do not count; the
/// text need not be valid, since the parser judges that afterwards.
pub(crate) fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for byte in text.bytes() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark, TickSet};
    use proptest::prelude::*;

    #[test]
    fn the_longest_notes_the_widget_keeps_fit_a_file_it_reads_back() {
        // Every practice ticked, every belief answered, every barrier checked,
        // and notes of the longest kind in the costliest characters: control
        // characters that JSON writes as six-byte escapes, and four-byte
        // UTF-8.
        let mut answers = Answers::new(AssessmentId::from_random([0xff; 5]));
        for area in Area::ALL {
            let all = TickSet::from_bits(u16::MAX);
            *answers.area_mut(area) = crate::core::model::AreaAnswer { mark: Some(Mark::NotSure), ticks: all, ..Default::default() };
        }
        for belief in Belief::ALL {
            answers.belief_mut(belief).held = Likert::new(5);
            answers.belief_mut(belief).practised = Likert::new(5);
        }
        answers.barriers = BarrierSet::from_bits(u8::MAX);
        let limit = crate::core::session::MAX_NOTES_CHARS;
        for costly in ['\u{1}', '\u{1F600}'] {
            let notes: String = std::iter::repeat_n(costly, limit).collect();
            let text = export(&answers, Some(&notes));
            assert!(text.len() <= MAX_FILE_BYTES, "{} bytes with {costly:?}", text.len());
            let read = import(&text).expect("the widget reads back what it writes");
            assert_eq!(read.notes.as_deref(), Some(notes.as_str()));
        }
    }

    #[test]
    fn nesting_ignores_brackets_in_strings() {
        assert_eq!(nesting_depth(r#"{"a": "[[[[", "b": [[1]]}"#), 3);
        assert_eq!(nesting_depth(r#"{"a": "\"[["}"#), 1);
        assert_eq!(nesting_depth("]]]"), 0);
    }

    #[test]
    fn fields_are_written_in_the_documented_order() {
        let text = export(&Answers::new(AssessmentId::from_random([9; 5])), Some("n"));
        let order = [
            "\"format\"",
            "\"version\"",
            "\"instrument_version\"",
            "\"assessment_id\"",
            "\"areas\"",
            "\"building_relationships\"",
            "\"sharing_power\"",
            "\"beliefs\"",
            "\"dreams_for_children\"",
            "\"staff_responsibility\"",
            "\"barriers\"",
            "\"notes\"",
        ];
        let at: Vec<Option<usize>> = order.iter().map(|key| text.find(key)).collect();
        assert!(at.iter().all(Option::is_some), "{text}");
        assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
    }

    #[test]
    fn trailing_text_after_the_file_is_not_json() {
        let text = format!("{}x", export(&Answers::new(AssessmentId::from_random([1; 5])), None));
        assert!(matches!(import(&text), Err(FileError::NotJson { .. })));
    }

    /// Any answers the model can hold, with or without notes.
    fn any_answers() -> impl Strategy<Value = (Answers, Option<String>)> {
        (
            0u64..(1 << AssessmentId::BITS),
            prop::collection::vec((0u16..=u16::MAX, 0u8..6), 5),
            prop::collection::vec((0u8..6, 0u8..6), 4),
            any::<u8>(),
            prop::option::of(any::<String>()),
        )
            .prop_map(|(id, areas, beliefs, barriers, notes)| {
                let mut answers = Answers::new(AssessmentId::new(id).unwrap_or(AssessmentId::from_random([0; 5])));
                for (area, (ticks, mark)) in Area::ALL.into_iter().zip(areas) {
                    let answer = answers.area_mut(area);
                    answer.ticks = TickSet::from_bits(ticks);
                    answer.mark = match mark {
                        0 => None,
                        1 => Some(Mark::NotSure),
                        n => Level::from_number(n - 1).map(Mark::Level),
                    };
                }
                for (belief, (held, practised)) in Belief::ALL.into_iter().zip(beliefs) {
                    let answer = answers.belief_mut(belief);
                    answer.held = Likert::new(held);
                    answer.practised = Likert::new(practised);
                }
                answers.barriers = BarrierSet::from_bits(barriers);
                (answers, notes)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn any_answers_round_trip((answers, notes) in any_answers()) {
            let text = export(&answers, notes.as_deref());
            prop_assert_eq!(import(&text), Ok(Imported { answers, notes }));
        }
    }
}
