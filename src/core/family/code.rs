//! The family code: one family's answers as a short text that travels in
//! a link's fragment (`#f=F1…`), so they can be passed to the school by any
//! channel without a server.
//!
//! A code is `F`, the format version character, and 20 base64url
//! characters (no padding) holding 15 bytes: an 11-byte payload and its
//! CRC-32. The payload's 88 bits, most significant first:
//!
//! | bits | field                                                                 |
//! |------|-----------------------------------------------------------------------|
//! | 4    | items' version ([`FAMILY_VERSION`])                                   |
//! | 34   | the 13 answers as one number in base 6, first answer most significant: the five areas in `Area` order (0 unanswered, 1 I don't know, 2–5 Fortress … Partnership), then the eight items in `Item` order (0 unanswered, 1–5 strongly disagree … strongly agree); below 6¹³ |
//! | 7    | checked barriers ([`FamilyBarriers::bits`])                           |
//! | 40   | random id                                                             |
//! | 3    | zero                                                                  |
//!
//! followed by 32 bits of CRC-32 (IEEE) over the bytes `F1` and the
//! payload. That is 120 bits, 20 characters, 22 in all.
//!
//! A damaged code is refused or read exactly, never read as other answers:
//! the body's length is fixed, the CRC catches every burst of up to 32 bits
//! (any one changed character, any two swapped neighbours) and wider damage
//! with odds of four billion to one, and every field is checked for range
//! (the answers' number, the version, the zero bits). The CRC covers the
//! version character, so a code whose `1` was changed is refused; `F2`–`F9`
//! are a newer version's. A released layout is never changed.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::answers::{Agreement, FamilyAnswers, FamilyBarriers, FamilyId, Item, PlaceAnswer, FAMILY_VERSION};
use crate::core::codec::{crc32, percent_decode_repeated};
use crate::core::model::{Area, Level};

/// The version character this build writes.
pub const FAMILY_FORMAT: char = '1';

/// The prefix of the link fragment that carries a family code (`#f=F1…`).
pub const FAMILY_FRAGMENT_PREFIX: &str = "f=";

/// How many characters a code has, `F1` included.
pub const FAMILY_CODE_LENGTH: usize = 2 + BODY_CHARS;

/// The body's characters: 15 bytes as base64url.
const BODY_CHARS: usize = 20;

/// The payload's bytes, before the CRC.
const PAYLOAD_BYTES: usize = 11;

/// How many answers share the base-6 number.
const DIGITS: u32 = 13;

/// Why a text could not be read as a family code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FamilyCodeError {
    /// The text holds no family code.
    Missing,
    /// The text holds a code that was damaged on the way.
    Damaged,
    /// The code was written by a newer version of the page.
    Newer,
}

/// The code for a family's answers, e.g. `F1AbC…`.
pub fn encode_family(answers: &FamilyAnswers) -> String {
    let digits = area_digits(answers).chain(Item::ALL.into_iter().map(|item| answers.item(item).map_or(0, Agreement::number)));
    let number = digits.fold(0u64, |acc, digit| acc * 6 + u64::from(digit));
    let payload = (u128::from(FAMILY_VERSION) << 84)
        | (u128::from(number) << 50)
        | (u128::from(answers.barriers.bits()) << 43)
        | (u128::from(answers.id.value()) << 3);
    let mut bytes = payload.to_be_bytes()[16 - PAYLOAD_BYTES..].to_vec();
    let checksum = crc32(&[&[b'F', FAMILY_FORMAT as u8], &bytes]);
    bytes.extend(checksum.to_be_bytes());
    format!("F{FAMILY_FORMAT}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The link fragment for the answers, without the `#`.
pub fn family_fragment(answers: &FamilyAnswers) -> String {
    format!("{FAMILY_FRAGMENT_PREFIX}{}", encode_family(answers))
}

/// Each area's digit: 0 unanswered, 1 I don't know, 2–5 the school types.
fn area_digits(answers: &FamilyAnswers) -> impl Iterator<Item = u8> + '_ {
    Area::ALL.into_iter().map(|area| match answers.place(area) {
        None => 0,
        Some(PlaceAnswer::DontKnow) => 1,
        Some(PlaceAnswer::Level(level)) => level.number() + 1,
    })
}

/// Reads a family's answers from a code, a link holding one (`#f=F1…`,
/// percent-escaped or not), or a text with one in it.
pub fn decode_family(input: &str) -> Result<FamilyAnswers, FamilyCodeError> {
    let text = percent_decode_repeated(input);
    let token = find_token(&text).ok_or(FamilyCodeError::Missing)?;
    let mut chars = token.chars();
    chars.next();
    match chars.next() {
        Some(FAMILY_FORMAT) => {}
        Some('2'..='9') => return Err(FamilyCodeError::Newer),
        _ => return Err(FamilyCodeError::Damaged),
    }
    let body = chars.as_str();
    if body.len() != BODY_CHARS {
        return Err(FamilyCodeError::Damaged);
    }
    let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| FamilyCodeError::Damaged)?;
    let (payload, stored) = bytes.split_at(PAYLOAD_BYTES);
    let stored = stored.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
    if crc32(&[&[b'F', FAMILY_FORMAT as u8], payload]) != stored {
        return Err(FamilyCodeError::Damaged);
    }
    read_payload(payload)
}

/// The code in a text: after `f=` when there is one, else the first word
/// starting with `F` and a digit; the run of code characters that follows.
fn find_token(text: &str) -> Option<&str> {
    let start = match text.find(FAMILY_FRAGMENT_PREFIX).filter(|at| text[at + 2..].starts_with('F')) {
        Some(at) => at + 2,
        None => {
            text.char_indices()
                .find(|(at, c)| {
                    *c == 'F'
                        && text[at + 1..].starts_with(|d: char| d.is_ascii_digit())
                        && !text[..*at].ends_with(|p: char| p.is_ascii_alphanumeric() || p == '-' || p == '_')
                })?
                .0
        }
    };
    let rest = &text[start..];
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The answers in a payload whose CRC matched, with every field checked.
fn read_payload(payload: &[u8]) -> Result<FamilyAnswers, FamilyCodeError> {
    let value = payload.iter().fold(0u128, |acc, b| (acc << 8) | u128::from(*b));
    let version = (value >> 84) as u8;
    let mut number = ((value >> 50) & ((1 << 34) - 1)) as u64;
    let barriers = ((value >> 43) & 0x7f) as u8;
    let id = ((value >> 3) & ((1 << 40) - 1)) as u64;
    if version > FAMILY_VERSION {
        return Err(FamilyCodeError::Newer);
    }
    if version == 0 || value & 0b111 != 0 || number >= 6u64.pow(DIGITS) {
        return Err(FamilyCodeError::Damaged);
    }
    let id = FamilyId::new(id).ok_or(FamilyCodeError::Damaged)?;
    let mut answers = FamilyAnswers::new(id);
    answers.barriers = FamilyBarriers::from_bits(barriers);
    // The digits come out last first.
    for item in Item::ALL.into_iter().rev() {
        let digit = (number % 6) as u8;
        number /= 6;
        answers.set_item(item, if digit == 0 { None } else { Some(Agreement::from_number(digit).ok_or(FamilyCodeError::Damaged)?) });
    }
    for area in Area::ALL.into_iter().rev() {
        let digit = (number % 6) as u8;
        number /= 6;
        let place = match digit {
            0 => None,
            1 => Some(PlaceAnswer::DontKnow),
            n => Some(PlaceAnswer::Level(Level::from_number(n - 1).ok_or(FamilyCodeError::Damaged)?)),
        };
        answers.set_place(area, place);
    }
    Ok(answers)
}

/// The information-theoretic minimum of what a code carries, in bits: the
/// 13 answers (six choices each), the seven barriers and the 40-bit id,
/// without version or checksum. `make bench` prints it beside the code's
/// length.
pub fn family_minimum_bits() -> f64 {
    f64::from(DIGITS) * 6f64.log2() + 7.0 + f64::from(FamilyId::BITS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_has_its_fixed_length_and_reads_back() {
        let mut answers = FamilyAnswers::new(FamilyId::from_random([0xff; 5]));
        answers.set_place(Area::SharingPower, Some(PlaceAnswer::Level(Level::Partnership)));
        answers.set_item(Item::WorkTogether, Some(Agreement::StronglyAgree));
        answers.barriers = FamilyBarriers::from_bits(0x7f);
        let code = encode_family(&answers);
        assert_eq!(code.len(), FAMILY_CODE_LENGTH);
        assert!(code.starts_with("F1"));
        assert_eq!(decode_family(&code), Ok(answers));
        assert_eq!(decode_family(&format!("https://x.example/family/?name=A#{}", family_fragment(&answers))), Ok(answers));
    }

    #[test]
    fn the_largest_answers_fit_in_34_bits_and_the_minimum_is_below_the_length() {
        assert!(6u64.pow(DIGITS) <= 1 << 34);
        let minimum = family_minimum_bits();
        assert!((80.0..81.0).contains(&minimum), "{minimum}");
        assert!(minimum < (BODY_CHARS * 6) as f64);
    }

    #[test]
    fn texts_without_a_code_say_so_and_other_versions_are_told_apart() {
        assert_eq!(decode_family(""), Err(FamilyCodeError::Missing));
        assert_eq!(decode_family("Fine, thanks"), Err(FamilyCodeError::Missing));
        assert_eq!(decode_family("F2AAAAAAAAAAAAAAAAAAAA"), Err(FamilyCodeError::Newer));
        assert_eq!(decode_family("F1AAAA"), Err(FamilyCodeError::Damaged));
        assert_eq!(decode_family("F0AAAAAAAAAAAAAAAAAAAA"), Err(FamilyCodeError::Damaged));
    }
}
