//! The downloadable results file: one person's answers as JSON, with their
//! private notes only when they chose to include them.
//!
//! # Schema (file format version 1)
//!
//! ```json
//! {
//!   "format": "partnership-selfcheck",
//!   "version": 1,
//!   "instrument_version": 1,
//!   "assessment_id": "00a1b2c3d4",
//!   "areas": {
//!     "building_relationships": {
//!       "mark": "open_door",
//!       "ticked": { "fortress": [0, 2], "come_if_we_call": [], "open_door": [1], "partnership": [] }
//!     },
//!     "linking_to_learning": {
//!       "mark": "not_sure",
//!       "ticked": { "fortress": [], "come_if_we_call": [], "open_door": [], "partnership": [] }
//!     },
//!     "addressing_differences": { "mark": null, "ticked": { … } },
//!     "supporting_advocacy": { "mark": null, "ticked": { … } },
//!     "sharing_power": { "mark": null, "ticked": { … } }
//!   },
//!   "beliefs": {
//!     "dreams_for_children": { "held": 5, "practised": 3 },
//!     "capacity_to_support": { "held": 4, "practised": null },
//!     "equal_partners": { "held": null, "practised": null },
//!     "staff_responsibility": { "held": null, "practised": null }
//!   },
//!   "barriers": ["handling_conflict", "physical_safety"],
//!   "notes": "Only here when the person chose to include their notes."
//! }
//! ```
//!
//! | field                | meaning                                                         |
//! |----------------------|-----------------------------------------------------------------|
//! | `format`             | always `"partnership-selfcheck"`                                |
//! | `version`            | file format version; a higher one is refused as "newer"         |
//! | `instrument_version` | version of the questions the answers belong to                  |
//! | `assessment_id`      | the random assessment id, 10 hexadecimal digits                 |
//! | `areas`              | all five areas by key; `mark` is a level key, `"not_sure"` or `null`; `ticked` lists, for each of the four level keys, the 0-based positions (0–3) of ticked practices |
//! | `beliefs`            | all four beliefs by key; `held` and `practised` are 1–5 or `null` |
//! | `barriers`           | keys of the checked barriers, each at most once                 |
//! | `notes`              | optional text; absent unless the person included their notes    |
//!
//! Reading is strict, so a hand-edited or damaged file is reported rather than
//! half-read: every field above except `notes` is required, unknown fields
//! are refused (not ignored), duplicate keys are refused, and lists may not
//! repeat an entry. Hex digits of the id may be upper or lower case; they are
//! written in lower case. Files over [`MAX_FILE_BYTES`] or nested deeper than
//! the schema could need are refused before they are parsed.

use std::fmt;

use super::content::Key;
use super::json::{self, invalid, wrong_type, Fields, Node};

use super::model::{
    Answers, Area, AssessmentId, Barrier, BarrierSet, Belief, Level, Likert, Mark, PracticeRef,
    INSTRUMENT_VERSION,
};

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "partnership-selfcheck";

/// The file format version this build writes and the newest it reads.
pub const FILE_VERSION: u64 = 1;

/// The largest file [`import`] reads. A complete file with no notes is about
/// 2 KB, so this leaves ample room for notes while keeping a wrong file from
/// costing time or memory.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// The deepest nesting of arrays and objects [`import`] parses. The schema
/// needs five levels (file, areas, area, ticked, list); anything much deeper
/// is not a results file, and refusing it before parsing keeps a file of
/// nothing but `[` cheap.
pub const MAX_DEPTH: usize = 16;

/// The key that marks "not sure" in an area's `mark`.
const NOT_SURE_KEY: &str = "not_sure";

/// What [`import`] read from a results file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The answers.
    pub answers: Answers,
    /// The private notes, when the file includes them.
    pub notes: Option<String>,
}

/// Why a results file could not be read. Every variant that concerns one
/// field names it by its path, e.g. `areas.sharing_power.ticked.fortress[1]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FileError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The file nests arrays or objects deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The file is not valid JSON; the position is where reading stopped.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file is JSON, but not a Partnership Self-Check results file.
    UnknownFormat,
    /// The file was written by a newer version of the widget.
    NewerVersion {
        /// The file's format version.
        version: u64,
    },
    /// The answers belong to a newer version of the instrument.
    NewerInstrument {
        /// The file's instrument version.
        version: u64,
    },
    /// A required field is missing.
    MissingField {
        /// The missing field's path.
        path: String,
    },
    /// A field the format does not have.
    UnknownField {
        /// The unexpected field's path.
        path: String,
    },
    /// A field appears twice in the same object.
    DuplicateKey {
        /// The repeated field's path.
        path: String,
    },
    /// A field has the wrong kind of value (text for a number, …).
    WrongType {
        /// The field's path.
        path: String,
        /// What the field should hold, in plain words.
        expected: &'static str,
    },
    /// A field has the right kind of value, but not an allowed one.
    InvalidValue {
        /// The field's path.
        path: String,
        /// What is wrong, in plain words.
        reason: &'static str,
    },
}

impl FileError {
    /// The UI text key for this error. Both "newer" errors share one key,
    /// because either way the person needs the newer widget.
    pub fn message_key(&self) -> Key {
        match self {
            FileError::TooLarge { .. } => Key::FileErrorTooLarge,
            FileError::TooDeep => Key::FileErrorTooDeep,
            FileError::NotJson { .. } => Key::FileErrorNotJson,
            FileError::UnknownFormat => Key::FileErrorUnknownFormat,
            FileError::NewerVersion { .. } | FileError::NewerInstrument { .. } => {
                Key::FileErrorNewerVersion
            }
            FileError::MissingField { .. } => Key::FileErrorMissingField,
            FileError::UnknownField { .. } => Key::FileErrorUnknownField,
            FileError::DuplicateKey { .. } => Key::FileErrorDuplicateKey,
            FileError::WrongType { .. } => Key::FileErrorWrongType,
            FileError::InvalidValue { .. } => Key::FileErrorInvalidValue,
        }
    }

    /// The path of the field the error concerns, if it concerns one; the UI
    /// can show it next to the message.
    pub fn path(&self) -> Option<&str> {
        match self {
            FileError::MissingField { path }
            | FileError::UnknownField { path }
            | FileError::DuplicateKey { path }
            | FileError::WrongType { path, .. }
            | FileError::InvalidValue { path, .. } => Some(path),
            _ => None,
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(
                f,
                "The file is too large to be a results file ({bytes} bytes; the limit is {MAX_FILE_BYTES})."
            ),
            FileError::TooDeep => f.write_str("The file is nested far deeper than a results file can be."),
            FileError::NotJson { line, column } => write!(
                f,
                "The file is not a readable results file: it is not valid JSON (line {line}, column {column})."
            ),
            FileError::UnknownFormat => f.write_str("The file is not a Partnership Self-Check results file."),
            FileError::NewerVersion { version } => write!(
                f,
                "The file was made with a newer version of the Self-Check (file version {version}); open it with that version."
            ),
            FileError::NewerInstrument { version } => write!(
                f,
                "The file holds answers to a newer version of the questions (instrument version {version}); open it with that version."
            ),
            FileError::MissingField { path } => write!(f, "The file is missing the field \"{path}\"."),
            FileError::UnknownField { path } => {
                write!(f, "The file has a field \"{path}\" that results files do not have.")
            }
            FileError::DuplicateKey { path } => write!(f, "The field \"{path}\" appears more than once."),
            FileError::WrongType { path, expected } => {
                write!(f, "The field \"{path}\" should be {expected}.")
            }
            FileError::InvalidValue { path, reason } => {
                write!(f, "The field \"{path}\" has a value that cannot be used: {reason}.")
            }
        }
    }
}

impl std::error::Error for FileError {}

/// The results file for the answers, as pretty-printed JSON. `notes` are
/// written only when given, so leaving them out is the default.
pub fn export(answers: &Answers, notes: Option<&str>) -> String {
    let mut out = String::with_capacity(2048);
    out.push_str("{\n");
    out.push_str(&format!("  \"format\": {},\n", json_string(FORMAT_NAME)));
    out.push_str(&format!("  \"version\": {FILE_VERSION},\n"));
    out.push_str(&format!(
        "  \"instrument_version\": {INSTRUMENT_VERSION},\n"
    ));
    out.push_str(&format!("  \"assessment_id\": \"{}\",\n", answers.id));

    out.push_str("  \"areas\": {\n");
    for (index, area) in Area::ALL.into_iter().enumerate() {
        let answer = answers.area(area);
        let mark = match answer.mark {
            None => "null".to_owned(),
            Some(Mark::NotSure) => json_string(NOT_SURE_KEY),
            Some(Mark::Level(level)) => json_string(level.key()),
        };
        let ticked: Vec<String> = Level::ALL
            .into_iter()
            .map(|level| {
                let positions: Vec<String> = answer
                    .ticks
                    .iter()
                    .filter(|practice| practice.level() == level)
                    .map(|practice| practice.position().to_string())
                    .collect();
                format!("{}: [{}]", json_string(level.key()), positions.join(", "))
            })
            .collect();
        out.push_str(&format!("    {}: {{\n", json_string(area.key())));
        out.push_str(&format!("      \"mark\": {mark},\n"));
        out.push_str(&format!("      \"ticked\": {{ {} }}\n", ticked.join(", ")));
        out.push_str(if index + 1 < Area::ALL.len() {
            "    },\n"
        } else {
            "    }\n"
        });
    }
    out.push_str("  },\n");

    out.push_str("  \"beliefs\": {\n");
    for (index, belief) in Belief::ALL.into_iter().enumerate() {
        let answer = answers.belief(belief);
        let point =
            |value: Option<Likert>| value.map_or("null".to_owned(), |v| v.value().to_string());
        out.push_str(&format!(
            "    {}: {{ \"held\": {}, \"practised\": {} }}{}\n",
            json_string(belief.key()),
            point(answer.held),
            point(answer.practised),
            if index + 1 < Belief::ALL.len() {
                ","
            } else {
                ""
            }
        ));
    }
    out.push_str("  },\n");

    let barriers: Vec<String> = answers
        .barriers
        .iter()
        .map(|b| json_string(b.key()))
        .collect();
    out.push_str(&format!("  \"barriers\": [{}]", barriers.join(", ")));
    if let Some(notes) = notes {
        out.push_str(&format!(",\n  \"notes\": {}", json_string(notes)));
    }
    out.push_str("\n}\n");
    out
}

/// Reads a results file. Never panics; every problem is a [`FileError`] that
/// names the field at fault. See the module docs for what is accepted.
pub fn import(text: &str) -> Result<Imported, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let root = json::parse(text, MAX_DEPTH)?;

    // The format and version are checked before anything else, so that a
    // different or newer file gets that message rather than a field error.
    let Node::Object(entries) = &root else {
        return Err(FileError::UnknownFormat);
    };
    let top = Fields::new(entries, "")?;
    match top.get("format") {
        Some(Node::Str(name)) if name == FORMAT_NAME => {}
        _ => return Err(FileError::UnknownFormat),
    }
    let version = top.integer("version")?;
    if version > FILE_VERSION {
        return Err(FileError::NewerVersion { version });
    }
    if version == 0 {
        return Err(top.invalid("version", "there is no file version 0"));
    }
    let instrument = top.integer("instrument_version")?;
    if instrument > u64::from(INSTRUMENT_VERSION) {
        return Err(FileError::NewerInstrument {
            version: instrument,
        });
    }
    if instrument == 0 {
        return Err(top.invalid("instrument_version", "there is no instrument version 0"));
    }
    // Only instrument version 1 exists; when it changes, older answers are
    // translated to the current instrument here.
    top.only(&[
        "format",
        "version",
        "instrument_version",
        "assessment_id",
        "areas",
        "beliefs",
        "barriers",
        "notes",
    ])?;

    let mut answers = Answers::new(read_id(&top)?);
    read_areas(&top, &mut answers)?;
    read_beliefs(&top, &mut answers)?;
    answers.barriers = read_barriers(&top)?;
    let notes = match top.get("notes") {
        None => None,
        Some(Node::Str(notes)) => Some(notes.clone()),
        Some(_) => return Err(top.wrong_type("notes", "text")),
    };
    Ok(Imported { answers, notes })
}

/// Reads `assessment_id`: exactly ten hexadecimal digits.
fn read_id(top: &Fields) -> Result<AssessmentId, FileError> {
    let text = top.string("assessment_id")?;
    if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(top.invalid(
            "assessment_id",
            "it should be exactly 10 hexadecimal digits",
        ));
    }
    u64::from_str_radix(text, 16)
        .ok()
        .and_then(AssessmentId::new)
        .ok_or_else(|| {
            top.invalid(
                "assessment_id",
                "it should be exactly 10 hexadecimal digits",
            )
        })
}

/// Reads `areas`: every area's mark and ticked practices.
fn read_areas(top: &Fields, answers: &mut Answers) -> Result<(), FileError> {
    let areas = top.object("areas")?;
    areas.only_keys(|key| Area::from_key(key).is_some())?;
    for area in Area::ALL {
        let fields = areas.object(area.key())?;
        fields.only(&["mark", "ticked"])?;
        let mark = match fields.required("mark")? {
            Node::Null => None,
            Node::Str(key) if key == NOT_SURE_KEY => Some(Mark::NotSure),
            Node::Str(key) => match Level::from_key(key) {
                Some(level) => Some(Mark::Level(level)),
                None => {
                    return Err(
                        fields.invalid("mark", "it is not a known school type or \"not_sure\"")
                    )
                }
            },
            _ => return Err(fields.wrong_type("mark", "a school type key, \"not_sure\" or null")),
        };

        let ticked = fields.object("ticked")?;
        ticked.only_keys(|key| Level::from_key(key).is_some())?;
        let mut ticks = answers.area(area).ticks;
        for level in Level::ALL {
            let path = ticked.path_of(level.key());
            for (index, item) in ticked.array(level.key())?.iter().enumerate() {
                let item_path = format!("{path}[{index}]");
                let position = match item {
                    Node::Unsigned(n) => *n,
                    Node::OtherNumber => {
                        return Err(invalid(
                            item_path,
                            "practice positions are whole numbers from 0 to 3",
                        ))
                    }
                    _ => {
                        return Err(wrong_type(
                            item_path,
                            "a practice position (a whole number from 0 to 3)",
                        ))
                    }
                };
                let practice = u8::try_from(position)
                    .ok()
                    .and_then(|p| PracticeRef::new(level, p))
                    .ok_or_else(|| {
                        invalid(
                            item_path.clone(),
                            "practice positions are whole numbers from 0 to 3",
                        )
                    })?;
                if ticks.contains(practice) {
                    return Err(invalid(item_path, "the practice is listed more than once"));
                }
                ticks = ticks.with(practice, true);
            }
        }
        let answer = answers.area_mut(area);
        answer.mark = mark;
        answer.ticks = ticks;
    }
    Ok(())
}

/// Reads `beliefs`: every belief's two scale points.
fn read_beliefs(top: &Fields, answers: &mut Answers) -> Result<(), FileError> {
    let beliefs = top.object("beliefs")?;
    beliefs.only_keys(|key| Belief::from_key(key).is_some())?;
    for belief in Belief::ALL {
        let fields = beliefs.object(belief.key())?;
        fields.only(&["held", "practised"])?;
        let held = fields.likert("held")?;
        let practised = fields.likert("practised")?;
        let answer = answers.belief_mut(belief);
        answer.held = held;
        answer.practised = practised;
    }
    Ok(())
}

/// Reads `barriers`: a list of barrier keys.
fn read_barriers(top: &Fields) -> Result<BarrierSet, FileError> {
    let path = top.path_of("barriers");
    let mut set = BarrierSet::default();
    for (index, item) in top.array("barriers")?.iter().enumerate() {
        let item_path = format!("{path}[{index}]");
        let Node::Str(key) = item else {
            return Err(wrong_type(item_path, "a barrier key"));
        };
        let barrier = Barrier::from_key(key)
            .ok_or_else(|| invalid(item_path.clone(), "it is not a known barrier"))?;
        if set.contains(barrier) {
            return Err(invalid(item_path, "the barrier is listed more than once"));
        }
        set = set.with(barrier, true);
    }
    Ok(set)
}

/// A JSON string literal for the text, quotes and escapes included.
fn json_string(text: &str) -> String {
    // Written by hand: going through `serde_json::Value` would pull its
    // whole serializer, number formatting included, into the bundle.
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_json_reads_them() {
        for text in ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "bell \u{7} nul \u{0}", "é ✓ 🙂"] {
            let encoded = json_string(text);
            let decoded: String = serde_json::from_str(&encoded).unwrap();
            assert_eq!(decoded, text, "{encoded}");
        }
    }

    #[test]
    fn nesting_ignores_brackets_in_strings() {
        assert_eq!(json::nesting_depth(r#"{"a": "[[[[", "b": [[1]]}"#), 3);
        assert_eq!(json::nesting_depth(r#"{"a": "\"[["}"#), 1);
        assert_eq!(json::nesting_depth("]]]"), 0);
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(json_string("a\"b\n"), r#""a\"b\n""#);
    }
}
