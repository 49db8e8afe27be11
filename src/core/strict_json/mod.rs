//! The one strict reader behind every JSON file the widget reads (results
//! files, `core::file`; team plan files, `core::team_plan`), so that both
//! are refused alike and by the same rules:
//!
//! 1. the size cap ([`MAX_FILE_BYTES`]) and the nesting limit
//!    ([`MAX_DEPTH`]) are checked on the text before it is parsed;
//! 2. serde_json parses the text into a [`Json`] tree that keeps every
//!    object's entries in the order written, repeated keys too; a value that
//!    is not an object is "not this kind of file", a syntax error is "not
//!    JSON" with its line and column;
//! 3. the format and versions are read first ([`versions`]), so a different
//!    or newer file says so rather than naming a field it was never meant to
//!    have;
//! 4. each file kind then reads its own wire structs from the tree with
//!    [`At`]: [`At::object`] refuses unknown and repeated keys where they
//!    stand and, after the last entry, the first missing required field;
//!    values are read by the kind's own rules, and `null` is taken only where
//!    the kind's reader takes it (a required-but-nullable field).
//!
//! Every refusal is a typed [`Refusal`] built where the reader knows what
//! was wrong: the field it was reading, and what it found there. Nothing is
//! classified from serde's English wording, and no state outside the call
//! is consulted: the file's version reaches the readers as an argument.
//! Each file kind turns a [`Refusal`] into its own error type, whose
//! messages are its own; the refused values' problems are the kind's own
//! type `P`.

mod tree;

pub use tree::{nesting_depth, Json};

use tree::NotParsed;

use std::fmt::Write as _;

/// The largest file either reader reads. A complete results file with no
/// notes is about 2 KB (under 5 KB with every practice ticked and rated), and
/// the longest team plan well under this, so it leaves ample room for notes
/// while keeping a wrong file from costing time or memory.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// The deepest nesting of arrays and objects either reader parses. The
/// results file needs five levels (file, areas, area, ticked, list); anything
/// much deeper is no file of ours, and refusing it before parsing keeps a
/// file of nothing but `[` cheap (serde_json's own limit is 128 levels).
pub const MAX_DEPTH: usize = 16;

/// What an object field should hold, in plain words.
pub const OBJECT: &str = "an object ({ … })";
/// What a list field should hold.
pub const LIST: &str = "a list ([ … ])";
/// What a text field should hold.
pub const TEXT: &str = "text";
/// What a version field should hold.
pub const WHOLE_NUMBER: &str = "a whole number";

/// Why a file was refused, before its kind gives the refusal its own words.
/// Every variant about one field names it by its path, such as
/// `areas.sharing_power.ticked.fortress[1]` (empty for the top of the file).
/// `P` is the file kind's own type for a refused value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal<P> {
    /// The text is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The text's size in bytes.
        bytes: usize,
    },
    /// The text nests arrays or objects deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The text is not JSON; the position is where parsing stopped.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column, or 0 when the text ended at the start of a line.
        column: usize,
    },
    /// The text is JSON, but not a file of the expected format.
    UnknownFormat,
    /// The file has a newer format version than the reader knows.
    NewerVersion {
        /// The file's format version.
        version: u64,
    },
    /// The file's answers belong to a newer version of the instrument.
    NewerInstrument {
        /// The file's instrument version.
        version: u64,
    },
    /// A required field is absent.
    MissingField {
        /// The field's path.
        path: String,
    },
    /// A field the format does not have (in this version).
    UnknownField {
        /// The field's path.
        path: String,
    },
    /// A field written twice in one object.
    DuplicateKey {
        /// The field's path.
        path: String,
    },
    /// A value of the wrong kind.
    WrongType {
        /// The field's path.
        path: String,
        /// What the value should be, in plain words.
        expected: &'static str,
    },
    /// A value of the right kind that the file kind's rules refuse.
    Invalid {
        /// The field's path.
        path: String,
        /// Why, as the file kind's own type.
        problem: P,
    },
}

impl<P> Refusal<P> {
    /// The same refusal with its value problem, if any, turned into `Q` by
    /// `f`, which also gets the field's path.
    pub fn map_problem<Q>(self, f: impl FnOnce(&str, P) -> Q) -> Refusal<Q> {
        match self {
            Refusal::TooLarge { bytes } => Refusal::TooLarge { bytes },
            Refusal::TooDeep => Refusal::TooDeep,
            Refusal::NotJson { line, column } => Refusal::NotJson { line, column },
            Refusal::UnknownFormat => Refusal::UnknownFormat,
            Refusal::NewerVersion { version } => Refusal::NewerVersion { version },
            Refusal::NewerInstrument { version } => Refusal::NewerInstrument { version },
            Refusal::MissingField { path } => Refusal::MissingField { path },
            Refusal::UnknownField { path } => Refusal::UnknownField { path },
            Refusal::DuplicateKey { path } => Refusal::DuplicateKey { path },
            Refusal::WrongType { path, expected } => Refusal::WrongType { path, expected },
            Refusal::Invalid { path, problem } => {
                let problem = f(&path, problem);
                Refusal::Invalid { path, problem }
            }
        }
    }
}

/// The top object of a file's text, once the size, the nesting and the JSON
/// itself pass, and a byte order mark is skipped. A text that is JSON but
/// not an object is [`Refusal::UnknownFormat`], whatever follows it.
pub fn parse<P>(text: &str) -> Result<Json, Refusal<P>> {
    parse_capped(text, MAX_FILE_BYTES)
}

/// [`parse`] with another size cap, for a file kind that is larger by
/// nature (a district's workspace holds hundreds of schools' team links).
pub fn parse_capped<P>(text: &str, max_bytes: usize) -> Result<Json, Refusal<P>> {
    if text.len() > max_bytes {
        return Err(Refusal::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if nesting_depth(text) > MAX_DEPTH {
        return Err(Refusal::TooDeep);
    }
    tree::parse_object(text).map_err(|not_parsed| match not_parsed {
        NotParsed::NotObject => Refusal::UnknownFormat,
        NotParsed::NotJson { line, column } => Refusal::NotJson { line, column },
    })
}

/// Why a version field holds a number that is no version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionProblem {
    /// The number is 0.
    Zero,
    /// The number is negative or has a fraction.
    NotWhole,
}

/// What a file kind's reader expects of a file's first fields: the format
/// name, and the newest versions it can read.
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
    /// The value `format` must have.
    pub format: &'a str,
    /// The newest format version the reader knows.
    pub newest: u64,
    /// The newest instrument version the reader knows.
    pub newest_instrument: u64,
}

/// The file's format version, once `format`, `version` and
/// `instrument_version` of the top object are judged against `header`:
/// a repeated one of them, a format other than the header's, a missing,
/// mistyped, impossible or newer version are refused here, before any other
/// field is read.
pub fn versions(top: &Json, header: Header<'_>) -> Result<u64, Refusal<VersionProblem>> {
    let Json::Object(entries) = top else { return Err(Refusal::UnknownFormat) };
    let names = ["format", "version", "instrument_version"];
    let mut found: [Option<&Json>; 3] = [None; 3];
    for (key, value) in entries {
        if let Some(index) = names.iter().position(|name| name == key) {
            if found[index].replace(value).is_some() {
                return Err(Refusal::DuplicateKey { path: key.clone() });
            }
        }
    }
    if !matches!(found[0], Some(Json::Text(name)) if name == header.format) {
        return Err(Refusal::UnknownFormat);
    }
    let version = version_in(found[1], names[1])?;
    if version > header.newest {
        return Err(Refusal::NewerVersion { version });
    }
    let instrument = version_in(found[2], names[2])?;
    if instrument > header.newest_instrument {
        return Err(Refusal::NewerInstrument { version: instrument });
    }
    Ok(version)
}

/// A required version: a whole number of 1 or more.
fn version_in(value: Option<&Json>, key: &str) -> Result<u64, Refusal<VersionProblem>> {
    let path = key.to_owned();
    match value {
        None => Err(Refusal::MissingField { path }),
        Some(Json::Whole(0)) => Err(Refusal::Invalid { path, problem: VersionProblem::Zero }),
        Some(Json::Whole(number)) => Ok(*number),
        Some(Json::OtherNumber) => Err(Refusal::Invalid { path, problem: VersionProblem::NotWhole }),
        Some(_) => Err(Refusal::WrongType { path, expected: WHOLE_NUMBER }),
    }
}

/// Where a value stands in the file: the top, a key of an object, or an
/// entry of a list. It is built on the stack as the reader goes down, and
/// written out only for a refusal.
#[derive(Clone, Copy, Debug)]
enum Path<'a> {
    /// The top of the file.
    Top,
    /// A key of the object at the parent path.
    Key(&'a Path<'a>, &'a str),
    /// An entry of the list at the parent path.
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    /// Writes the path as `areas.sharing_power.ticked.fortress[1]`.
    fn write(&self, out: &mut String) {
        match *self {
            Path::Top => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !matches!(parent, Path::Top) {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.write(out);
                // Writing to a String cannot fail.
                let _ = write!(out, "[{index}]");
            }
        }
    }
}

/// One field of an object that [`At::object`] reads.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The key.
    pub name: &'static str,
    /// Whether the object must have it.
    pub required: bool,
}

impl Field {
    /// A field the object must have (it may still take `null`, if its
    /// reader does).
    pub const fn required(name: &'static str) -> Field {
        Field { name, required: true }
    }

    /// A field the object may leave out.
    pub const fn optional(name: &'static str) -> Field {
        Field { name, required: false }
    }
}

/// What [`At::object`] calls for each entry, with the field's index in its
/// `fields` and the value.
pub type EntryReader<'r, P> = dyn FnMut(usize, At<'_>) -> Result<(), Refusal<P>> + 'r;

/// What [`At::list`] calls for each entry, with the value.
pub type ItemReader<'r, P> = dyn FnMut(At<'_>) -> Result<(), Refusal<P>> + 'r;

/// A value of the file and where it stands: what the readers of each file
/// kind are given, and what builds their refusals.
#[derive(Clone, Copy, Debug)]
pub struct At<'a> {
    json: &'a Json,
    path: &'a Path<'a>,
}

impl<'a> At<'a> {
    /// The top of the file.
    pub fn top(json: &'a Json) -> At<'a> {
        At { json, path: &Path::Top }
    }

    /// The value.
    pub fn json(self) -> &'a Json {
        self.json
    }

    /// The value's path, as refusals write it.
    pub fn path(self) -> String {
        let mut out = String::new();
        self.path.write(&mut out);
        out
    }

    /// The value is of the wrong kind: it should be `expected`.
    pub fn wrong_type<P>(self, expected: &'static str) -> Refusal<P> {
        Refusal::WrongType { path: self.path(), expected }
    }

    /// The value is of the right kind, but `problem`.
    pub fn invalid<P>(self, problem: P) -> Refusal<P> {
        Refusal::Invalid { path: self.path(), problem }
    }

    /// The field holding the value is unknown (say, in an older version).
    pub fn unknown<P>(self) -> Refusal<P> {
        Refusal::UnknownField { path: self.path() }
    }

    /// The value as text, or a wrong-type refusal saying [`TEXT`].
    pub fn text<P>(self) -> Result<&'a str, Refusal<P>> {
        match self.json {
            Json::Text(text) => Ok(text),
            _ => Err(self.wrong_type(TEXT)),
        }
    }

    /// Reads the value as a list, each entry with `read` in order; anything
    /// but a list is a wrong-type refusal saying [`LIST`].
    pub fn list<P>(self, read: &mut ItemReader<'_, P>) -> Result<(), Refusal<P>> {
        let Json::List(entries) = self.json else { return Err(self.wrong_type(LIST)) };
        for (index, json) in entries.iter().enumerate() {
            let path = Path::Index(self.path, index);
            read(At { json, path: &path })?;
        }
        Ok(())
    }

    /// Reads the value as an object of `fields`, entry by entry in the order
    /// written, each with `read` and the field's index in `fields`. A key
    /// not in `fields`, or written a second time, is refused where it
    /// stands, and after the last entry the first absent required field (in
    /// the order of `fields`). Anything but an object is a wrong-type
    /// refusal saying [`OBJECT`]; a list of the fields' values in order is
    /// no object.
    pub fn object<P>(self, fields: &[Field], read: &mut EntryReader<'_, P>) -> Result<(), Refusal<P>> {
        let Json::Object(entries) = self.json else { return Err(self.wrong_type(OBJECT)) };
        // No object of the formats has more fields than a u32 has bits.
        debug_assert!(fields.len() <= 32, "at most 32 fields");
        let mut seen = 0u32;
        for (key, json) in entries {
            let path = Path::Key(self.path, key);
            let at = At { json, path: &path };
            let index = fields.iter().position(|field| field.name == key).ok_or_else(|| at.unknown())?;
            if seen & (1 << index) != 0 {
                return Err(Refusal::DuplicateKey { path: at.path() });
            }
            seen |= 1 << index;
            read(index, at)?;
        }
        match fields.iter().enumerate().find(|&(index, field)| field.required && seen & (1 << index) == 0) {
            Some((_, field)) => Err(Refusal::MissingField { path: At { json: self.json, path: &Path::Key(self.path, field.name) }.path() }),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests;
