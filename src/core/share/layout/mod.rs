//! The bit layouts of the share code formats (the table in the `share`
//! module docs): how a payload is framed as a code with its checksum, which
//! format a code's version digit selects, encoding answers as format 2 and
//! decoding one clean code of either format.
//!
//! The modules: `bits` is the bit string the fields are written in,
//! `fields` the fields format 1 holds (and format 2 begins with), `ratings`
//! the plan fields format 2 appends, and `minimum` the information-theoretic
//! minimum of each format, for the benchmark.

mod bits;
mod fields;
mod minimum;
mod ratings;

use self::bits::Bits;
use super::error::ShareError;
use crate::core::codec::{base64url_char, base64url_value, crc32};
use crate::core::model::Answers;

pub use minimum::{minimum_bits, minimum_bits_v2};

/// The format version character this build writes.
pub const FORMAT_VERSION: char = V2.version;

/// The length of a complete code of the format this build writes (46),
/// including `P` and the version; [`code_length`] gives every format's.
pub const CODE_LENGTH: usize = V2.code_length();

/// The length of a complete code of a format this build reads (36 for
/// format 1, 46 for format 2), including `P` and the version character;
/// `None` for a version it does not know.
pub fn code_length(version: char) -> Option<usize> {
    format(version).map(Format::code_length)
}

/// The length of the longest complete code of any format this build reads.
/// Scanning collects this many characters and one more for every known
/// format, so that a code whose version digit was damaged into another
/// format's is read whole and refused as damaged, not as too long.
pub(super) const LONGEST_CODE_LENGTH: usize = {
    let mut longest = 0;
    let mut index = 0;
    while index < FORMATS.len() {
        let length = FORMATS[index].code_length();
        if length > longest {
            longest = length;
        }
        index += 1;
    }
    longest
};

/// Bits of the checksum.
const CRC_BITS: usize = 32;

/// One released format: its version character, how many payload bits its
/// body holds before the checksum, and how those bits become answers.
/// Released formats are never changed; a new layout is a new entry.
#[derive(Clone, Copy)]
struct Format {
    version: char,
    payload_bits: usize,
    read: fn(&Bits) -> Result<Answers, ShareError>,
}

/// Format 1 (`P1…`): the answers without a plan.
const V1: Format = Format { version: '1', payload_bits: fields::BITS, read: read_v1 };

/// Format 2 (`P2…`): format 1's fields, then the plan.
const V2: Format = Format { version: '2', payload_bits: fields::BITS + ratings::BITS, read: read_v2 };

/// Every format this build reads.
const FORMATS: [Format; 2] = [V1, V2];

/// The format with a version character, if this build reads it.
fn format(version: char) -> Option<Format> {
    FORMATS.into_iter().find(|format| format.version == version)
}

impl Format {
    /// Base64url characters in the body: payload and checksum rounded up to
    /// whole 6-bit characters.
    const fn body_chars(self) -> usize {
        (self.payload_bits + CRC_BITS).div_ceil(6)
    }

    /// Characters in a complete code, `P` and the version included.
    const fn code_length(self) -> usize {
        2 + self.body_chars()
    }

    /// The CRC-32 (IEEE) over the version character's byte, so that a code
    /// cannot be read under another format's layout, then the payload
    /// padded with zeros to whole bytes.
    fn checksum(self, payload: &Bits) -> u32 {
        crc32(&[&[self.version as u8], payload.bytes()])
    }

    /// The code for payload bits of this format: `P`, the version, and the
    /// payload and its checksum as base64url, zero-padded to whole
    /// characters.
    fn frame(self, payload: Bits) -> String {
        debug_assert_eq!(payload.len(), self.payload_bits);
        let checksum = self.checksum(&payload);
        let mut body = payload;
        body.push(u64::from(checksum), CRC_BITS);

        let mut code = String::with_capacity(self.code_length());
        code.push('P');
        code.push(self.version);
        for index in 0..self.body_chars() {
            code.push(base64url_char(body.get(index * 6, 6) as u8));
        }
        code
    }

    /// The payload bits of a body (the characters after `P` and the
    /// version), once its length, alphabet, padding and checksum are right.
    fn unframe(self, body: &str) -> Result<Bits, ShareError> {
        let length = body.chars().count();
        if length < self.body_chars() {
            return Err(ShareError::Incomplete);
        }
        if length > self.body_chars() {
            return Err(ShareError::TooLong);
        }

        let mut bits = Bits::default();
        for c in body.chars() {
            let value = base64url_value(c).ok_or(ShareError::Damaged)?;
            bits.push(u64::from(value), 6);
        }
        let payload = bits.prefix(self.payload_bits);
        let checksum = bits.get(self.payload_bits, CRC_BITS);
        let padding_bits = self.body_chars() * 6 - self.payload_bits - CRC_BITS;
        let padding = bits.get(self.payload_bits + CRC_BITS, padding_bits);
        if padding != 0 || checksum != u64::from(self.checksum(&payload)) {
            return Err(ShareError::Damaged);
        }
        Ok(payload)
    }
}

/// The share code for the answers, e.g. `P2AQID…` (46 characters): format 2,
/// which holds the plan too.
pub fn encode(answers: &Answers) -> String {
    let mut payload = Bits::default();
    fields::write(&mut payload, answers);
    ratings::write(&mut payload, answers);
    V2.frame(payload)
}

/// Reads a clean code (`P`, the version digit and body characters, as
/// `extract_code` returns them).
pub(super) fn decode_code(code: &str) -> Result<Answers, ShareError> {
    let mut chars = code.chars();
    // `extract_code` only returns text starting with `P` and a version digit;
    // these checks keep this function safe on its own all the same.
    if chars.next() != Some('P') {
        return Err(ShareError::NotACode);
    }
    let version = chars.next().ok_or(ShareError::NotACode)?;
    let body = chars.as_str();
    let decoded = match format(version) {
        Some(format) => format.unframe(body).and_then(|payload| (format.read)(&payload)),
        None if ('1'..='9').contains(&version) => Err(ShareError::NewerVersion { version: version as u8 - b'0' }),
        None => return Err(ShareError::NotACode),
    };
    match decoded {
        // A code that its digit's format cannot read (or a later version's
        // code) may be a code of another released format whose version digit
        // was damaged: its body still passes that format's checksum once the
        // digit is put back (the checksum covers the digit, so that is what
        // a real code of that format with this body needs). That is damage,
        // never the other format's answers and never a newer version.
        Err(_) if FORMATS.iter().any(|other| other.version != version && other.unframe(body).is_ok()) => Err(ShareError::Damaged),
        decoded => decoded,
    }
}

/// Reads format 1's payload: answers without a plan.
fn read_v1(payload: &Bits) -> Result<Answers, ShareError> {
    fields::read(&mut payload.reader())
}

/// Reads format 2's payload: format 1's fields, then the plan.
fn read_v2(payload: &Bits) -> Result<Answers, ShareError> {
    let mut reader = payload.reader();
    let mut answers = fields::read(&mut reader)?;
    ratings::read(&mut reader, &mut answers)?;
    Ok(answers)
}

#[cfg(test)]
mod tests;
