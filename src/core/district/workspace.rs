//! The district workspace: the district's name and both rounds' schools
//! (each school's name and team link), as a downloadable file that opens
//! again next month, and as what the page keeps in storage (the same JSON
//! under a header line, `core::stored`). The file is strict JSON read
//! through `core::strict_json`, as the team plan file is; its JSON Schema
//! is `docs/schemas/district-workspace.schema.json`.
//!
//! ```text
//! { "format": "partnership-selfcheck-district", "version": 2, "instrument_version": 1,
//!   "district": "Springfield", "rounds": [ { "label": "2025–26",
//!     "schools": [ { "name": "Lincoln", "code": "T3…", "families": 7 } ] }, … ] }
//! ```
//!
//! Version 2 adds each school's `families`: how many families its team
//! code carries (0 for a code of staff alone), so the file says which
//! schools' figures include families without decoding a code; the reader
//! checks it against the code. A version 1 file (no `families`) still
//! opens, and its `T3` codes give their families as any pasted link does.

use serde::Serialize;

use super::round::{clean_text, Round, School, MAX_LABEL_CHARS};
use super::ROUNDS;
use crate::core::config::MAX_NAME_CHARS;
use crate::core::content::ToolsKey;
use crate::core::model::INSTRUMENT_VERSION;
use crate::core::stored::{self, StoredError};
use crate::core::strict_json::{self, At, Field, Header, Json, Refusal};
use crate::core::team::{decode_team_with_families, TEAM_CODE_PREFIX};

/// The `format` every workspace file has.
pub const WORKSPACE_FORMAT: &str = "partnership-selfcheck-district";

/// The workspace file version this build writes and the newest it reads.
pub const WORKSPACE_VERSION: u64 = 2;

/// The version of the kept text's header.
pub const KEPT_VERSION: u32 = 1;

/// The largest workspace read: two rounds of a thousand schools' links
/// with room to spare.
pub const MAX_WORKSPACE_BYTES: usize = 4 * 1024 * 1024;

/// A district's workspace: what the file and storage hold.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    /// The district's name (may be empty).
    pub district: String,
    /// Both rounds, earlier first.
    pub rounds: [Round; ROUNDS],
}

/// Why a workspace file (or what storage kept) could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkspaceError {
    /// Not JSON, or JSON of another kind of file.
    NotAWorkspace,
    /// Written by a newer version of the widget.
    Newer,
    /// A workspace, but a field is missing, unknown, repeated or wrong, or a
    /// team link in it cannot be read.
    Damaged,
    /// Larger than any workspace.
    TooLarge,
}

impl WorkspaceError {
    /// The key of the message shown for this error.
    pub fn message_key(self) -> ToolsKey {
        match self {
            WorkspaceError::NotAWorkspace => ToolsKey::DistrictWorkspaceNot,
            WorkspaceError::Newer => ToolsKey::DistrictWorkspaceNewer,
            WorkspaceError::Damaged => ToolsKey::DistrictWorkspaceDamaged,
            WorkspaceError::TooLarge => ToolsKey::DistrictWorkspaceTooLarge,
        }
    }
}

impl<P> From<Refusal<P>> for WorkspaceError {
    fn from(refusal: Refusal<P>) -> Self {
        match refusal {
            Refusal::TooLarge { .. } => WorkspaceError::TooLarge,
            Refusal::TooDeep | Refusal::NotJson { .. } | Refusal::UnknownFormat => WorkspaceError::NotAWorkspace,
            Refusal::NewerVersion { .. } | Refusal::NewerInstrument { .. } => WorkspaceError::Newer,
            _ => WorkspaceError::Damaged,
        }
    }
}

#[derive(Serialize)]
struct WireSchool<'a> {
    name: &'a str,
    code: &'a str,
    families: u32,
}

#[derive(Serialize)]
struct WireRound<'a> {
    label: &'a str,
    schools: Vec<WireSchool<'a>>,
}

#[derive(Serialize)]
struct WireWorkspace<'a> {
    format: &'static str,
    version: u64,
    instrument_version: u64,
    district: &'a str,
    rounds: Vec<WireRound<'a>>,
}

/// The workspace as a file's text (pretty JSON, schools by name).
pub fn workspace_file(workspace: &Workspace) -> String {
    let rounds = workspace
        .rounds
        .iter()
        .map(|round| WireRound {
            label: &round.label,
            schools: round.schools().map(|s| WireSchool { name: &s.name, code: &s.code, families: families_in(s) }).collect(),
        })
        .collect();
    let wire = WireWorkspace {
        format: WORKSPACE_FORMAT,
        version: WORKSPACE_VERSION,
        instrument_version: u64::from(INSTRUMENT_VERSION),
        district: &workspace.district,
        rounds,
    };
    let mut text = serde_json::to_string_pretty(&wire).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a workspace file: the format and versions first, then every
/// field strictly (no unknown or repeated keys), every team link through
/// the team code's own reader, and no school named twice in a round.
pub fn read_workspace(text: &str) -> Result<Workspace, WorkspaceError> {
    let top: Json = strict_json::parse_capped::<()>(text, MAX_WORKSPACE_BYTES)?;
    let header = Header { format: WORKSPACE_FORMAT, newest: WORKSPACE_VERSION, newest_instrument: u64::from(INSTRUMENT_VERSION) };
    let version = strict_json::versions(&top, header)?;
    let fields = [
        Field::required("format"),
        Field::required("version"),
        Field::required("instrument_version"),
        Field::required("district"),
        Field::required("rounds"),
    ];
    let mut district = String::new();
    let mut rounds: Vec<Round> = Vec::new();
    At::top(&top).object::<()>(&fields, &mut |index, at| {
        match index {
            3 => district = text_within(at, MAX_NAME_CHARS, true)?,
            4 => at.list(&mut |at| {
                rounds.push(read_round(at, version)?);
                Ok(())
            })?,
            _ => {}
        }
        Ok(())
    })?;
    let rounds: [Round; ROUNDS] = rounds.try_into().map_err(|_| WorkspaceError::Damaged)?;
    Ok(Workspace { district, rounds })
}

/// One round of the file.
fn read_round(at: At<'_>, version: u64) -> Result<Round, Refusal<()>> {
    let mut round = Round::default();
    let fields = [Field::required("label"), Field::required("schools")];
    at.object(&fields, &mut |index, at| {
        match index {
            0 => round.label = text_within(at, MAX_LABEL_CHARS, true)?,
            _ => at.list(&mut |at| {
                let school = read_school(at, version)?;
                if round.school(&school.name).is_some() {
                    return Err(at.invalid(()));
                }
                round.add(school);
                Ok(())
            })?,
        }
        Ok(())
    })?;
    Ok(round)
}

/// A text field as the page writes it: at most `max` characters, no
/// control characters, no space at either end and no two in a row, and not
/// empty unless `may_be_empty`. Anything else was not written by the page
/// and is refused rather than quietly cleaned.
fn text_within(at: At<'_>, max: usize, may_be_empty: bool) -> Result<String, Refusal<()>> {
    let text = at.text()?;
    if clean_text(text, max) != text || (text.is_empty() && !may_be_empty) {
        return Err(at.invalid(()));
    }
    Ok(text.to_owned())
}

/// How many families a school's code carries (0 for staff alone), as
/// version 2 writes it.
fn families_in(school: &School) -> u32 {
    school.families.as_ref().map_or(0, |families| families.families)
}

/// One school of a round; from version 2 with its `families`, which must
/// be what its code carries.
fn read_school(at: At<'_>, version: u64) -> Result<School, Refusal<()>> {
    let (mut name, mut code, mut families) = (String::new(), None, None);
    let v1 = [Field::required("name"), Field::required("code")];
    let v2 = [Field::required("name"), Field::required("code"), Field::required("families")];
    let fields: &[Field] = if version < 2 { &v1 } else { &v2 };
    at.object(fields, &mut |index, at| {
        match index {
            0 => name = text_within(at, MAX_NAME_CHARS, false)?,
            1 => {
                let text = at.text()?;
                let is_code = text.starts_with(TEAM_CODE_PREFIX) && !text.contains(['#', '=', ' ']);
                let read = decode_team_with_families(text).ok().filter(|_| is_code).ok_or_else(|| at.invalid(()))?;
                code = Some((text.to_owned(), read));
            }
            _ => match at.json() {
                Json::Whole(n) => families = Some((*n, at.path())),
                _ => return Err(at.wrong_type(strict_json::WHOLE_NUMBER)),
            },
        }
        Ok(())
    })?;
    let (code, read) = code.ok_or(Refusal::MissingField { path: "code".to_owned() })?;
    let school = School::new(name, code, read);
    match families {
        Some((n, path)) if n != u64::from(families_in(&school)) => Err(Refusal::Invalid { path, problem: () }),
        _ => Ok(school),
    }
}

/// The text storage keeps: a header line, then the workspace file.
pub(super) fn kept_text(workspace: &Workspace) -> String {
    stored::write(WORKSPACE_FORMAT, KEPT_VERSION, "", &workspace_file(workspace))
}

/// Reads what storage kept.
pub(super) fn read_kept(text: &str) -> Result<Workspace, WorkspaceError> {
    match stored::read(text, WORKSPACE_FORMAT, KEPT_VERSION) {
        Ok(kept) => read_workspace(kept.body),
        Err(StoredError::NotOurs) => Err(WorkspaceError::NotAWorkspace),
        Err(StoredError::Newer(_)) => Err(WorkspaceError::Newer),
    }
}
