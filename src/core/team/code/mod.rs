//! The team code (`T2…`, `T3…`): pooled counts as one short text for a link.
//!
//! A code is `T`, the format version digit, then base64url (no padding) of
//! the counts as LEB128 varints, followed by the big-endian CRC-32 of the
//! two prefix characters and the count bytes. The counts, in order:
//!
//! - respondents;
//! - per area (instrument order): the four school types, then "not sure"
//!   (unmarked is what is left of the respondents);
//! - per belief: held points 1–5, practised points 1–5, how many answered
//!   both, and the zigzag-mapped sum of held minus practised;
//! - the eight barriers;
//! - formats 2 and 3: the plan's counts (`practices.rs`);
//! - format 3 only: the families' pooled counts (`families.rs`).
//!
//! Format 1 (`T1…`) is the first four rows alone. It is still read and
//! opens with no plan. This build writes format 3 when five families or
//! more are pooled beside the staff, and format 2 otherwise, so a team with
//! no families makes the same link as before. Every number is a count or a
//! sum of fixed width in the model, never a `usize`.

mod families;
mod practices;
mod varint;

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::{DecodeError, Engine as _};

use self::varint::{unzigzag, write_varint, zigzag, VarintReader};
use super::counts::{AreaCounts, BeliefCounts, TeamCounts};
use super::practice_counts::PlanCounts;
use super::threshold::MIN_RESPONDENTS;
use crate::core::codec::{crc32, percent_decode_repeated};
use crate::core::content::ToolsKey;
use crate::core::family::FamilyCounts;

/// The letter that starts every team code.
pub const TEAM_CODE_PREFIX: char = 'T';

/// The team code format this build writes for staff alone. Version 1
/// carries counts for instrument version 1 (five areas, four beliefs, eight
/// barriers); version 2 adds the plan's counts per practice. All are read.
pub const TEAM_CODE_VERSION: u8 = 2;

/// The team code format this build writes when families are pooled too:
/// format 2 followed by the families' counts. It is the newest format read.
pub const TEAM_CODE_VERSION_FAMILIES: u8 = 3;

/// The oldest team code format this build still reads.
const OLDEST_TEAM_CODE_VERSION: u8 = 1;

/// The longest text `decode_team` will look at; real codes are far shorter,
/// and the cap keeps a huge paste from costing time.
const MAX_TEAM_INPUT: usize = 4096;

/// Why a team code could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamCodeError {
    /// Nothing was given.
    Empty,
    /// The text is not a team code (for example one person's share code).
    NotATeamCode,
    /// The code was made by a newer version of the widget.
    NewerVersion {
        /// The code's format version.
        version: u8,
    },
    /// The code holds a character that no team code has.
    InvalidCharacter,
    /// The code is too short or too long to be complete.
    WrongLength,
    /// The checksum does not match: the code was changed or cut.
    ChecksumMismatch,
    /// The checksum matches but the counts are impossible.
    Inconsistent,
    /// The counts come from fewer than [`MIN_RESPONDENTS`] people; such a
    /// code is refused even if it was made by hand.
    TooFewRespondents,
}

impl TeamCodeError {
    /// The key of the message shown for this error in the UI content file.
    pub fn message_key(&self) -> ToolsKey {
        match self {
            TeamCodeError::Empty => ToolsKey::TeamCodeErrorEmpty,
            TeamCodeError::NotATeamCode => ToolsKey::TeamCodeErrorNotTeamCode,
            TeamCodeError::NewerVersion { .. } => ToolsKey::TeamCodeErrorNewerVersion,
            TeamCodeError::InvalidCharacter
            | TeamCodeError::WrongLength
            | TeamCodeError::ChecksumMismatch
            | TeamCodeError::Inconsistent => ToolsKey::TeamCodeErrorDamaged,
            TeamCodeError::TooFewRespondents => ToolsKey::TeamCodeErrorTooFew,
        }
    }
}

impl fmt::Display for TeamCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message_key().name())
    }
}

impl std::error::Error for TeamCodeError {}

/// A team code's contents: the staff's counts, and the families' counts
/// when the code is of format 3.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamCodeRead {
    /// The staff's pooled counts.
    pub counts: TeamCounts,
    /// The families' pooled counts (five families or more), if the code
    /// carries them.
    pub families: Option<FamilyCounts>,
}

/// Every count of a [`TeamCounts`] in the fixed order of the team code's
/// format 2. Unmarked counts are left out because they follow from the
/// others and n.
fn code_values(counts: &TeamCounts) -> Vec<u64> {
    let mut values = vec![u64::from(counts.respondents)];
    for area in &counts.areas {
        values.extend(area.levels.iter().map(|v| u64::from(*v)));
        values.push(u64::from(area.not_sure));
    }
    for belief in &counts.beliefs {
        values.extend(belief.held.iter().map(|v| u64::from(*v)));
        values.extend(belief.practised.iter().map(|v| u64::from(*v)));
        values.push(u64::from(belief.gap_count));
        values.push(zigzag(belief.gap_sum));
    }
    values.extend(counts.barriers.iter().map(|v| u64::from(*v)));
    practices::write(&mut values, &counts.areas, &counts.plan);
    values
}

/// Writes the pooled counts as one team code of the current format (see
/// the module's docs for the layout).
pub fn encode_team(counts: &TeamCounts) -> String {
    frame(TEAM_CODE_VERSION, &code_values(counts))
}

/// Writes the staff's counts and, from five families up, the families'
/// counts as one team code: format 3 with families, format 2 without (or
/// with fewer families than may ever be shown).
pub fn encode_team_with_families(counts: &TeamCounts, families: Option<&FamilyCounts>) -> String {
    match families.filter(|families| families.families >= u32::from(MIN_RESPONDENTS)) {
        Some(families) => {
            let mut values = code_values(counts);
            self::families::write(&mut values, families);
            frame(TEAM_CODE_VERSION_FAMILIES, &values)
        }
        None => encode_team(counts),
    }
}

/// The code of the given format for the given values: prefix, then the
/// varints and their checksum in base64url.
fn frame(version: u8, values: &[u64]) -> String {
    let mut bytes = Vec::new();
    for value in values {
        write_varint(&mut bytes, *value);
    }
    let prefix = team_prefix(version);
    let crc = checksum(&prefix, &bytes);
    bytes.extend(crc.to_be_bytes());
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(&bytes))
}

/// The two characters a code of the given format starts with, which its
/// checksum covers too.
fn team_prefix(version: u8) -> String {
    format!("{TEAM_CODE_PREFIX}{version}")
}

/// Reads a team code, bare or inside a link (`…#t=T1…`; whatever follows the
/// last `#` and an optional `key=`). Every damaged code gives an error, never
/// different counts: the checksum catches changes, and the counts must also
/// be possible for the number of respondents. A format 3 code gives its
/// staff's counts here; [`decode_team_with_families`] gives the families'
/// too.
pub fn decode_team(input: &str) -> Result<TeamCounts, TeamCodeError> {
    decode_team_with_families(input).map(|read| read.counts)
}

/// Reads a team code as [`decode_team`] does, with the families' counts of
/// a format 3 code.
pub fn decode_team_with_families(input: &str) -> Result<TeamCodeRead, TeamCodeError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(TeamCodeError::Empty);
    }
    if trimmed.len() > MAX_TEAM_INPUT {
        return Err(TeamCodeError::WrongLength);
    }
    let decoded = percent_decode_repeated(trimmed);
    let fragment = decoded.rsplit_once('#').map_or(decoded.as_str(), |(_, after)| after);
    let code = fragment.split_once('=').map_or(fragment, |(_, after)| after).trim();
    let mut chars = code.chars();
    if chars.next() != Some(TEAM_CODE_PREFIX) {
        return Err(TeamCodeError::NotATeamCode);
    }
    let version = chars.next().and_then(|c| c.to_digit(10)).and_then(|d| u8::try_from(d).ok()).ok_or(TeamCodeError::NotATeamCode)?;
    if version > TEAM_CODE_VERSION_FAMILIES {
        return Err(TeamCodeError::NewerVersion { version });
    }
    if version < OLDEST_TEAM_CODE_VERSION {
        return Err(TeamCodeError::NotATeamCode);
    }
    let body = chars.as_str();
    let mut bytes = base64url_decode(body)?;
    if bytes.len() < 5 {
        return Err(TeamCodeError::WrongLength);
    }
    let crc_bytes = bytes.split_off(bytes.len() - 4);
    let stored = crc_bytes.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
    if checksum(&team_prefix(version), &bytes) != stored {
        return Err(TeamCodeError::ChecksumMismatch);
    }
    let read = parse_counts(&bytes, version)?;
    if read.counts.respondents < u32::from(MIN_RESPONDENTS) {
        return Err(TeamCodeError::TooFewRespondents);
    }
    if !read.counts.is_consistent() {
        return Err(TeamCodeError::Inconsistent);
    }
    Ok(read)
}

/// Reads the counts of a code of the given format, whose checksum matched.
fn parse_counts(bytes: &[u8], version: u8) -> Result<TeamCodeRead, TeamCodeError> {
    let mut reader = VarintReader { bytes, at: 0 };
    let respondents = reader.next_u32()?;
    let mut areas = [AreaCounts::default(); 5];
    for area in areas.iter_mut() {
        for cell in area.levels.iter_mut() {
            *cell = reader.next_u32()?;
        }
        area.not_sure = reader.next_u32()?;
    }
    let mut beliefs = [BeliefCounts::default(); 4];
    for belief in beliefs.iter_mut() {
        for cell in belief.held.iter_mut() {
            *cell = reader.next_u32()?;
        }
        for cell in belief.practised.iter_mut() {
            *cell = reader.next_u32()?;
        }
        belief.gap_count = reader.next_u32()?;
        belief.gap_sum = unzigzag(reader.next_u64()?);
    }
    let mut barriers = [0u32; 8];
    for cell in barriers.iter_mut() {
        *cell = reader.next_u32()?;
    }
    let plan = match version {
        1 => PlanCounts::default(),
        _ => practices::read(&mut reader, &areas)?,
    };
    let families = match version {
        3 => Some(self::families::read(&mut reader)?),
        _ => None,
    };
    if reader.at != bytes.len() {
        return Err(TeamCodeError::Inconsistent);
    }
    // Unmarked counts are not stored; they are what is left of n. A negative
    // remainder means impossible counts.
    for area in areas.iter_mut() {
        let marked: u64 = area.levels.iter().map(|v| u64::from(*v)).sum::<u64>() + u64::from(area.not_sure);
        let left = u64::from(respondents).checked_sub(marked).ok_or(TeamCodeError::Inconsistent)?;
        area.unmarked = u32::try_from(left).map_err(|_| TeamCodeError::Inconsistent)?;
    }
    Ok(TeamCodeRead { counts: TeamCounts { respondents, areas, beliefs, barriers, plan }, families })
}

/// Decodes the unpadded base64url body. The engine refuses a length no
/// encoder makes and leftover bits that are not zero, so each byte string has
/// one spelling; its errors map onto the team code's own.
fn base64url_decode(text: &str) -> Result<Vec<u8>, TeamCodeError> {
    URL_SAFE_NO_PAD.decode(text).map_err(|error| match error {
        DecodeError::InvalidLength(_) => TeamCodeError::WrongLength,
        DecodeError::InvalidLastSymbol(..) => TeamCodeError::ChecksumMismatch,
        DecodeError::InvalidByte(..) | DecodeError::InvalidPadding => TeamCodeError::InvalidCharacter,
    })
}

/// The CRC-32 of the prefix and the count bytes, so that a code cannot be
/// read under another format's prefix.
fn checksum(prefix: &str, bytes: &[u8]) -> u32 {
    crc32(&[prefix.as_bytes(), bytes])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::team::test_support::counts_of;

    #[test]
    fn a_team_code_round_trips_inside_a_link() {
        let counts = counts_of(&[[1; 5], [2; 5], [9; 5], [0, 0, 0, 0, 9], [4; 5]]);
        let code = encode_team(&counts);
        assert!(code.starts_with("T2"));
        assert_eq!(decode_team(&code), Ok(counts.clone()));
        assert_eq!(decode_team(&format!("https://example.org/tools/%23t%3D{code}")), Ok(counts));
    }

    #[test]
    fn a_body_that_is_not_base64url_is_refused() {
        assert_eq!(decode_team("T1A"), Err(TeamCodeError::WrongLength));
        assert_eq!(decode_team("T1AA.A"), Err(TeamCodeError::InvalidCharacter));
        assert_eq!(decode_team("T1AAAA"), Err(TeamCodeError::WrongLength));
    }
}
