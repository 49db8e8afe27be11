//! Share codes: one person's [`Answers`] as a short text that travels in a
//! link's fragment (`#r=P1…`), so results can be passed on without a server.
//!
//! A code is `P`, the format version character (`1`), and a body of
//! base64url characters (`A–Z a–z 0–9 - _`, no padding). The body holds these
//! bits, most significant bit first:
//!
//! | bits   | field                                                              |
//! |--------|--------------------------------------------------------------------|
//! | 4      | instrument version ([`INSTRUMENT_VERSION`])                        |
//! | 40     | assessment id                                                      |
//! | 5 × 3  | mark per area in [`Area`] order: 0 unmarked, 1 not sure, 2–5 Level 1–4 |
//! | 5 × 16 | ticked practices per area in [`Area`] order ([`TickSet::bits`])    |
//! | 8 × 3  | per belief in [`Belief`] order, held then practised: 0 unanswered, 1–5 |
//! | 8      | checked barriers ([`BarrierSet::bits`])                            |
//! | 32     | CRC-32 (IEEE) over the version character's byte, then the 171 bits above padded with zeros to 22 bytes |
//! | 1      | zero padding to a whole number of characters                       |
//!
//! That is 204 bits, 34 body characters, 36 characters in all.
//!
//! A damaged code decodes to the same answers or to a [`ShareError`], never to
//! different answers: the body has a fixed length, so cut or added characters
//! are caught by length, and CRC-32 detects every error burst of up to 32 bits,
//! which covers any single changed character (6 bits) and any two swapped
//! neighbours (12 bits). Wider damage, such as two changes far apart, is
//! caught with odds of about four billion to one. Every decoded value is also
//! checked for range.
//!
//! Codes from every released format version must keep decoding; a new layout
//! gets a new version character (`2`–`9`), and this one is never changed.

use std::fmt;

use super::codec::{base64url_char, base64url_value, crc32, percent_decode_repeated};
use super::content::Key;
use super::model::{
    Answers, Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark, TickSet,
    INSTRUMENT_VERSION,
};

/// The format version character this build writes.
pub const FORMAT_VERSION: char = '1';

/// The length of a complete format-1 code, including `P` and the version.
pub const CODE_LENGTH: usize = 2 + BODY_CHARS;

/// The prefix of the link fragment that carries a code (`#r=P1…`).
pub const FRAGMENT_PREFIX: &str = "r=";

/// The most characters [`extract_code`] returns. Codes of any format are meant
/// for links, so a longer run is not a code and need not be read further.
pub const MAX_COLLECTED: usize = 256;

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

/// Why a text could not be read as a share code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareError {
    /// The text was empty or only whitespace.
    Empty,
    /// No code (`P` and a version digit) was found in the text.
    NotACode,
    /// The code is shorter than a complete code: it was probably cut off.
    Incomplete,
    /// The code is longer than a complete code: characters were added.
    TooLong,
    /// The checksum does not match or a value is out of range: characters
    /// were changed.
    Damaged,
    /// The code uses a newer format than this build can read.
    NewerVersion {
        /// The code's format version.
        version: u8,
    },
    /// The code's format is known, but its answers belong to a newer
    /// version of the instrument.
    NewerInstrument {
        /// The instrument version recorded in the code.
        version: u8,
    },
}

impl ShareError {
    /// The UI text key for this error. Both "newer" errors share one key,
    /// because either way the person needs the newer widget.
    pub fn message_key(&self) -> Key {
        match self {
            ShareError::Empty => Key::ShareErrorEmpty,
            ShareError::NotACode => Key::ShareErrorNotACode,
            ShareError::Incomplete => Key::ShareErrorIncomplete,
            ShareError::TooLong => Key::ShareErrorTooLong,
            ShareError::Damaged => Key::ShareErrorDamaged,
            ShareError::NewerVersion { .. } | ShareError::NewerInstrument { .. } => {
                Key::ShareErrorNewerVersion
            }
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("There is no code to read: the text is empty."),
            ShareError::NotACode => {
                f.write_str("No results code was found in the text; a code starts with \"P1\".")
            }
            ShareError::Incomplete => f.write_str(
                "The code is incomplete; part of it was probably cut off when it was copied.",
            ),
            ShareError::TooLong => f.write_str(
                "The code is longer than a results code; characters were probably added when it was copied.",
            ),
            ShareError::Damaged => f.write_str(
                "The code is damaged; some characters were probably changed when it was copied.",
            ),
            ShareError::NewerVersion { version } => write!(
                f,
                "The code was made with a newer version of the Self-Check (code format {version}); open it with that version."
            ),
            ShareError::NewerInstrument { version } => write!(
                f,
                "The code was made with a newer version of the questions (instrument version {version}); open it with that version."
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// The share code for the answers, e.g. `P1AQID…` (36 characters).
pub fn encode(answers: &Answers) -> String {
    let payload = payload_bits(answers);
    let checksum = crc32(checksummed_bytes(FORMAT_VERSION, &payload));

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

/// The link fragment for the answers without the `#`: `r=` and the code.
pub fn fragment(answers: &Answers) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode(answers))
}

/// Reads answers from a code, or from any text that contains one (see
/// [`extract_code`] for what is tolerated).
pub fn decode(input: &str) -> Result<Answers, ShareError> {
    let code = extract_code(input)?;
    let mut chars = code.chars();
    // `extract_code` only returns text starting with `P` and a version digit;
    // these checks keep `decode` safe on its own all the same.
    if chars.next() != Some('P') {
        return Err(ShareError::NotACode);
    }
    let version = chars.next().ok_or(ShareError::NotACode)?;
    match version {
        FORMAT_VERSION => decode_v1(chars.as_str()),
        '2'..='9' => Err(ShareError::NewerVersion {
            version: version as u8 - b'0',
        }),
        _ => Err(ShareError::NotACode),
    }
}

/// Finds the code in pasted text and returns it cleaned: `P`, the version
/// digit and the body characters, nothing else.
///
/// It accepts a bare code or a whole link (the part after the last `#` that
/// holds a code is used, and `r=` may precede the code), surrounding text,
/// whitespace and line breaks inside the code (mail clients wrap long links),
/// `>` quote markers at the start of a wrapped line of a mail reply,
/// percent-encoding (`%23`, `%3D`, …, also applied twice), and punctuation
/// around the code such as `<`, `(`, quotes, `.`, `,`, `)` or `>`. None of
/// these characters belongs to the code alphabet, so removing them cannot
/// change which code is read.
///
/// A code starts at a `P` followed by a digit 1–9 that does not continue a
/// word. Once a format-1 code has all its characters, a following space ends
/// it, so a word typed after the code is not mistaken for part of it. When
/// the text holds several codes, the first complete format-1 code wins, then
/// the first code of a newer format, then the first incomplete one. A code
/// that is too long is returned with one character too many, and any other
/// with at most [`MAX_COLLECTED`] characters.
pub fn extract_code(input: &str) -> Result<String, ShareError> {
    // The common case, a clean code (as pooling sees thousands of), skips
    // the cleaning below; it is exactly what the cleaning would return.
    if is_clean_code(input) {
        return Ok(input.to_owned());
    }
    let text = percent_decode(input.trim());
    if text.chars().all(is_ignorable) {
        return Err(ShareError::Empty);
    }
    // The code lives in the fragment, so later `#` parts are preferred; a
    // stray `#` after the code leaves an empty last part, hence the search.
    text.rsplit('#')
        .find_map(find_code)
        .ok_or(ShareError::NotACode)
}

/// Whether `input` is a complete format-1 code and nothing else.
fn is_clean_code(input: &str) -> bool {
    input.len() == CODE_LENGTH
        && input.strip_prefix('P').is_some_and(|rest| rest.starts_with(FORMAT_VERSION))
        && input.chars().skip(2).all(|c| base64url_value(c).is_some())
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
    if padding != 0 || checksum != u64::from(crc32(checksummed_bytes(FORMAT_VERSION, &payload))) {
        return Err(ShareError::Damaged);
    }

    read_payload(&payload)
}

/// Lays the answers out as the payload bits of the table in the module docs.
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

/// Undoes percent-encoding (`%23` → `#`), up to three times so that links
/// encoded twice by a chat app come out right.
fn percent_decode(text: &str) -> String {
    percent_decode_repeated(text, |_| true)
}

/// Whether the character can appear in a code.
fn is_alphabet(c: char) -> bool {
    base64url_value(c).is_some()
}

/// Whether the character is one that copying may slip into a code and that
/// carries nothing: whitespace, line breaks, and invisible formatting
/// characters (zero-width spaces and joiners, word joiner, byte-order mark,
/// soft hyphen).
fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// The code in one `#`-separated part of the text, cleaned: the first
/// complete format-1 code, else the first code of a newer format (so that the
/// person hears a newer version is needed), else the first incomplete or
/// overlong code (so that the person hears what is wrong with it).
fn find_code(part: &str) -> Option<String> {
    let chars: Vec<char> = part.chars().collect();
    let (mut first, mut newer) = (None, None);
    let mut previous: Option<char> = None;
    for (start, c) in chars.iter().copied().enumerate() {
        let starts_word = previous.is_none_or(|p| !is_alphabet(p));
        previous = Some(c);
        if c != 'P' || !starts_word {
            continue;
        }
        // The version digit is checked before collecting, so that text full
        // of lone `P`s is read in one pass rather than once per `P`.
        let rest = chars.get(start + 1..).unwrap_or_default();
        let Some(version) = rest.iter().copied().find(|c| !is_ignorable(*c)) else {
            break;
        };
        let candidate = chars.get(start..).unwrap_or_default();
        if version == FORMAT_VERSION {
            let code = collect_code(candidate);
            if code.len() == CODE_LENGTH {
                return Some(code);
            }
            first.get_or_insert(code);
        } else if matches!(version, '2'..='9') && newer.is_none() {
            let code = collect_code(candidate);
            first.get_or_insert_with(|| code.clone());
            newer = Some(code);
        }
    }
    newer.or(first)
}

/// Collects code characters from the start of `chars`, skipping ignorable
/// characters and stopping at anything else. After a line break, `>` quote
/// markers of a mail reply are skipped too. A complete format-1 code also
/// stops at a gap, so that text after it is not joined on. Collecting stops
/// one character past a complete format-1 code, which is enough to know it is
/// too long, or at [`MAX_COLLECTED`] characters for other formats; either way
/// pasted text costs time in proportion to its length, not more.
fn collect_code(chars: &[char]) -> String {
    let mut code = String::new();
    let (mut after_gap, mut after_line_break) = (false, false);
    for c in chars.iter().copied() {
        if is_alphabet(c) {
            let format_1 = code.starts_with("P1");
            let limit = if format_1 {
                CODE_LENGTH + 1
            } else {
                MAX_COLLECTED
            };
            let complete = format_1 && code.len() >= CODE_LENGTH;
            if (after_gap && complete) || code.len() >= limit {
                break;
            }
            code.push(c);
            (after_gap, after_line_break) = (false, false);
        } else if is_ignorable(c) || (c == '>' && after_line_break) {
            after_gap = true;
            after_line_break |= matches!(c, '\n' | '\r');
        } else {
            break;
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A format-1 code for arbitrary payload bits, with a correct checksum,
    /// to reach the range checks behind it.
    fn code_for(payload: &Bits) -> String {
        let mut body = Bits::default();
        for position in 0..PAYLOAD_BITS {
            body.push(payload.get(position, 1), 1);
        }
        body.push(
            u64::from(crc32(checksummed_bytes(FORMAT_VERSION, payload))),
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
        assert_eq!(decode(&code_for(&with_fields(1, 0, 0))), Ok(blank.clone()));
        assert_eq!(
            decode(&code_for(&with_fields(2, 0, 0))),
            Err(ShareError::NewerInstrument { version: 2 })
        );
        assert_eq!(
            decode(&code_for(&with_fields(0, 0, 0))),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode(&code_for(&with_fields(1, 6, 0))),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode(&code_for(&with_fields(1, 7, 0))),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode(&code_for(&with_fields(1, 0, 6))),
            Err(ShareError::Damaged)
        );
    }

    #[test]
    fn a_set_padding_bit_is_damage() {
        let code = encode(&Answers::new(AssessmentId::from_random([3; 5])));
        let last = code.chars().last().and_then(base64url_value).unwrap_or(0);
        let damaged = format!("{}{}", &code[..CODE_LENGTH - 1], base64url_char(last | 1));
        assert_eq!(decode(&damaged), Err(ShareError::Damaged));
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
