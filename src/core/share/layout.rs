//! The bit layout of a format-1 share code (the table in the `share` module
//! docs): encoding answers, and decoding one clean code.

use super::error::ShareError;
use crate::core::codec::{base64url_char, base64url_value, crc32};
use crate::core::model::{
    Answers, Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark, TickSet,
    INSTRUMENT_VERSION,
};

/// The format version character this build writes.
pub const FORMAT_VERSION: char = '1';

/// The length of a complete format-1 code, including `P` and the version.
pub const CODE_LENGTH: usize = 2 + BODY_CHARS;

/// Bits of answers before the checksum.
const PAYLOAD_BITS: usize = 4 + 40 + 5 * 3 + 5 * 16 + 8 * 3 + 8;
/// Bits of the checksum.
const CRC_BITS: usize = 32;
/// Base64url characters in a format-1 body: payload and checksum rounded up
/// to whole 6-bit characters.
const BODY_CHARS: usize = (PAYLOAD_BITS + CRC_BITS).div_ceil(6);

// The instrument version has four bits in the code; a larger one needs a new
// format, and this stops the build rather than writing a wrong code.
const _: () = assert!(INSTRUMENT_VERSION >= 1 && INSTRUMENT_VERSION < 16);

/// The share code for the answers, e.g. `P1AQID…` (36 characters).
pub fn encode(answers: &Answers) -> String {
    let payload = payload_bits(answers);
    let checksum = crc32(&[&checksummed_bytes(FORMAT_VERSION, &payload)]);

    let mut body = payload;
    body.push(u64::from(checksum), CRC_BITS);

    let mut code = String::with_capacity(CODE_LENGTH);
    code.push('P');
    code.push(FORMAT_VERSION);
    for index in 0..BODY_CHARS {
        code.push(base64url_char(body.get(index * 6, 6) as u8));
    }
    code
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
    match version {
        FORMAT_VERSION => decode_v1(chars.as_str()),
        // A later version's code, unless it is a version-1 code whose
        // version digit was damaged: its body still passes version 1's
        // checksum once the digit is put back (the checksum covers the
        // digit, so that is what a real version-1 code with this body needs).
        '2'..='9' if decode_v1(chars.as_str()).is_err() => Err(ShareError::NewerVersion {
            version: version as u8 - b'0',
        }),
        '2'..='9' => Err(ShareError::Damaged),
        _ => Err(ShareError::NotACode),
    }
}

/// The information-theoretic minimum size, in bits, of a complete
/// assessment: the base-2 logarithm of how many different answer sets exist.
/// `practices` gives the number of practices in each rubric cell.
///
/// Each of the 5 marks has 6 states (unmarked, not sure, 4 levels), each
/// practice is ticked or not, each of the 8 belief answers has 6 states
/// (unanswered, 1–5), each of the 8 barriers is checked or not, and the id
/// has 40 bits.
pub fn minimum_bits(practices: impl Fn(Area, Level) -> usize) -> f64 {
    let six_states = 6f64.log2();
    let ticks: usize = Area::ALL
        .into_iter()
        .flat_map(|area| Level::ALL.into_iter().map(move |level| (area, level)))
        .map(|(area, level)| practices(area, level))
        .sum();
    f64::from(AssessmentId::BITS)
        + Area::ALL.len() as f64 * six_states
        + ticks as f64
        + (Belief::ALL.len() * 2) as f64 * six_states
        + 8.0
}

/// Decodes a format-1 body (the characters after `P1`).
fn decode_v1(body: &str) -> Result<Answers, ShareError> {
    let length = body.chars().count();
    if length < BODY_CHARS {
        return Err(ShareError::Incomplete);
    }
    if length > BODY_CHARS {
        return Err(ShareError::TooLong);
    }

    let mut bits = Bits::default();
    for c in body.chars() {
        let value = base64url_value(c).ok_or(ShareError::Damaged)?;
        bits.push(u64::from(value), 6);
    }

    // The payload is copied into its own bits so that its last byte gets the
    // same zero padding the encoder checksummed.
    let mut payload = Bits::default();
    let mut copied = 0;
    while copied < PAYLOAD_BITS {
        let width = (PAYLOAD_BITS - copied).min(64);
        payload.push(bits.get(copied, width), width);
        copied += width;
    }
    let checksum = bits.get(PAYLOAD_BITS, CRC_BITS);
    let padding = bits.get(
        PAYLOAD_BITS + CRC_BITS,
        BODY_CHARS * 6 - PAYLOAD_BITS - CRC_BITS,
    );
    if padding != 0 || checksum != u64::from(crc32(&[&checksummed_bytes(FORMAT_VERSION, &payload)])) {
        return Err(ShareError::Damaged);
    }

    read_payload(&payload)
}

/// Lays the answers out as the payload bits of the table in the `share` docs.
fn payload_bits(answers: &Answers) -> Bits {
    let mut bits = Bits::default();
    bits.push(u64::from(INSTRUMENT_VERSION), 4);
    bits.push(answers.id.value(), AssessmentId::BITS as usize);
    for area in Area::ALL {
        bits.push(u64::from(mark_number(answers.area(area).mark)), 3);
    }
    for area in Area::ALL {
        bits.push(u64::from(answers.area(area).ticks.bits()), 16);
    }
    for belief in Belief::ALL {
        let answer = answers.belief(belief);
        bits.push(u64::from(answer.held.map_or(0, Likert::value)), 3);
        bits.push(u64::from(answer.practised.map_or(0, Likert::value)), 3);
    }
    bits.push(u64::from(answers.barriers.bits()), 8);
    bits
}

/// Reads answers from payload bits whose checksum has been verified; any value
/// out of range still means damage, so it is an error, not a guess.
fn read_payload(bits: &Bits) -> Result<Answers, ShareError> {
    let mut reader = Reader { bits, position: 0 };
    let instrument = reader.take(4) as u8;
    if instrument == 0 {
        return Err(ShareError::Damaged);
    }
    if instrument > INSTRUMENT_VERSION {
        return Err(ShareError::NewerInstrument {
            version: instrument,
        });
    }
    // Only instrument version 1 exists; when it changes, older answers are
    // translated to the current instrument here.

    let id =
        AssessmentId::new(reader.take(AssessmentId::BITS as usize)).ok_or(ShareError::Damaged)?;
    let mut answers = Answers::new(id);
    for area in Area::ALL {
        answers.area_mut(area).mark = mark_from_number(reader.take(3) as u8)?;
    }
    for area in Area::ALL {
        answers.area_mut(area).ticks = TickSet::from_bits(reader.take(16) as u16);
    }
    for belief in Belief::ALL {
        let held = likert_from_number(reader.take(3) as u8)?;
        let practised = likert_from_number(reader.take(3) as u8)?;
        let answer = answers.belief_mut(belief);
        answer.held = held;
        answer.practised = practised;
    }
    answers.barriers = BarrierSet::from_bits(reader.take(8) as u8);
    Ok(answers)
}

/// A mark's number in the code: 0 unmarked, 1 not sure, 2–5 Level 1–4.
fn mark_number(mark: Option<Mark>) -> u8 {
    match mark {
        None => 0,
        Some(Mark::NotSure) => 1,
        Some(Mark::Level(level)) => level.number() + 1,
    }
}

/// The mark for a number in the code; 6 and 7 are never written.
fn mark_from_number(number: u8) -> Result<Option<Mark>, ShareError> {
    match number {
        0 => Ok(None),
        1 => Ok(Some(Mark::NotSure)),
        _ => Level::from_number(number - 1)
            .map(|level| Some(Mark::Level(level)))
            .ok_or(ShareError::Damaged),
    }
}

/// The scale point for a number in the code: 0 unanswered, 1–5 the point.
fn likert_from_number(number: u8) -> Result<Option<Likert>, ShareError> {
    match number {
        0 => Ok(None),
        _ => Likert::new(number).map(Some).ok_or(ShareError::Damaged),
    }
}

/// The bytes the checksum covers: the version character, so a code cannot be
/// read under another format's layout, then the payload bytes.
fn checksummed_bytes(version: char, payload: &Bits) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(1 + payload.bytes.len());
    bytes.push(version as u8);
    bytes.extend_from_slice(&payload.bytes);
    bytes
}

/// A growable string of bits, most significant bit first; unused bits of the
/// last byte stay zero, which is the padding the checksum covers.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    /// Appends `value` as `width` bits; beyond 64 bits it is zero-extended.
    /// Works a byte at a time, because pooling thousands of codes in the
    /// browser spends most of its time here.
    fn push(&mut self, value: u64, width: usize) {
        let mut remaining = width;
        while remaining > 0 {
            let used = self.len % 8;
            if used == 0 {
                self.bytes.push(0);
            }
            let take = (8 - used).min(remaining);
            // The `take` bits of `value` just below bit `remaining`; bits at
            // 64 and above are the zero extension.
            let shift = remaining - take;
            let chunk = if shift >= 64 { 0 } else { (value >> shift) & ((1u64 << take) - 1) };
            if let Some(byte) = self.bytes.last_mut() {
                *byte |= (chunk as u8) << (8 - used - take);
            }
            self.len += take;
            remaining -= take;
        }
    }

    /// The `width` bits (at most 64) starting at `start`; bits beyond the end
    /// read as zero, so a short input can never cause a panic.
    fn get(&self, start: usize, width: usize) -> u64 {
        let mut value = 0u64;
        let mut position = start;
        let mut remaining = width.min(64);
        while remaining > 0 {
            let offset = position % 8;
            let take = (8 - offset).min(remaining);
            let byte = self.bytes.get(position / 8).copied().unwrap_or(0);
            let chunk = (u64::from(byte) >> (8 - offset - take)) & ((1u64 << take) - 1);
            value = (value << take) | chunk;
            position += take;
            remaining -= take;
        }
        value
    }
}

/// Reads consecutive fields from [`Bits`].
struct Reader<'a> {
    bits: &'a Bits,
    position: usize,
}

impl Reader<'_> {
    /// The next `width` bits.
    fn take(&mut self, width: usize) -> u64 {
        let value = self.bits.get(self.position, width);
        self.position += width;
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::AssessmentId;

    #[test]
    fn a_damaged_version_digit_is_damage_not_a_newer_version() {
        let code = encode(&Answers::new(AssessmentId::from_random([3, 1, 4, 1, 5])));
        for digit in '2'..='9' {
            let changed = code.replacen("P1", &format!("P{digit}"), 1);
            assert_eq!(decode_code(&changed), Err(ShareError::Damaged), "{changed}");
        }
        // A body that is no version-1 code is taken for a later version's.
        let later = format!("P7{}", "A".repeat(BODY_CHARS));
        assert_eq!(decode_code(&later), Err(ShareError::NewerVersion { version: 7 }));
    }

    /// A format-1 code for arbitrary payload bits, with a correct checksum,
    /// to reach the range checks behind it.
    fn code_for(payload: &Bits) -> String {
        let mut body = Bits::default();
        for position in 0..PAYLOAD_BITS {
            body.push(payload.get(position, 1), 1);
        }
        body.push(
            u64::from(crc32(&[&checksummed_bytes(FORMAT_VERSION, payload)])),
            CRC_BITS,
        );
        let chars: String = (0..BODY_CHARS)
            .map(|i| base64url_char(body.get(i * 6, 6) as u8))
            .collect();
        format!("P1{chars}")
    }

    #[test]
    fn bits_read_back_what_was_written_at_every_alignment() {
        for offset in 0..9 {
            for width in [1, 3, 6, 8, 13, 40, 64] {
                let value = 0xDEAD_BEEF_CAFE_F00Du64 & if width == 64 { u64::MAX } else { (1 << width) - 1 };
                let mut bits = Bits::default();
                bits.push(0b1, offset.min(1));
                bits.push(0, offset.saturating_sub(1));
                bits.push(value, width);
                assert_eq!(bits.get(offset, width), value, "offset {offset} width {width}");
                assert_eq!(bits.len, offset + width);
            }
        }
        let mut wide = Bits::default();
        wide.push(0b101, 70);
        assert_eq!(wide.get(0, 64), 0, "the six bits above the value are zeros");
        assert_eq!(wide.get(64, 6), 0b000101);
    }

    #[test]
    fn checksummed_values_out_of_range_are_still_refused() {
        let blank = Answers::new(AssessmentId::from_random([9; 5]));
        let valid = payload_bits(&blank);
        assert_eq!(code_for(&valid), encode(&blank));

        let with_fields = |instrument: u64, mark: u64, held: u64| {
            let mut bits = Bits::default();
            bits.push(instrument, 4);
            bits.push(blank.id.value(), 40);
            bits.push(mark, 3);
            bits.push(0, 4 * 3 + 5 * 16);
            bits.push(held, 3);
            bits.push(0, 7 * 3 + 8);
            bits
        };
        assert_eq!(decode_code(&code_for(&with_fields(1, 0, 0))), Ok(blank.clone()));
        assert_eq!(
            decode_code(&code_for(&with_fields(2, 0, 0))),
            Err(ShareError::NewerInstrument { version: 2 })
        );
        assert_eq!(
            decode_code(&code_for(&with_fields(0, 0, 0))),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode_code(&code_for(&with_fields(1, 6, 0))),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode_code(&code_for(&with_fields(1, 7, 0))),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode_code(&code_for(&with_fields(1, 0, 6))),
            Err(ShareError::Damaged)
        );
    }

    #[test]
    fn a_set_padding_bit_is_damage() {
        let code = encode(&Answers::new(AssessmentId::from_random([3; 5])));
        let last = code.chars().last().and_then(base64url_value).unwrap_or(0);
        let damaged = format!("{}{}", &code[..CODE_LENGTH - 1], base64url_char(last | 1));
        assert_eq!(decode_code(&damaged), Err(ShareError::Damaged));
    }

    #[test]
    fn layout_is_36_characters() {
        assert_eq!(PAYLOAD_BITS, 171);
        assert_eq!(BODY_CHARS, 34);
        assert_eq!(CODE_LENGTH, 36);
        let code = encode(&Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5])));
        assert_eq!(code.len(), CODE_LENGTH);
    }
}
