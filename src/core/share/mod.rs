//! Share codes: one person's [`Answers`] as a short text that travels in a
//! link's fragment (`#r=P2…`), so results can be passed on without a server.
//!
//! A code is `P`, the format version character, and a body of base64url
//! characters (`A–Z a–z 0–9 - _`, no padding). This build writes format 2
//! (`P2…`); its body holds these bits, most significant bit first:
//!
//! | bits   | field                                                              |
//! |--------|--------------------------------------------------------------------|
//! | 4      | instrument version ([`INSTRUMENT_VERSION`](crate::core::model::INSTRUMENT_VERSION))                        |
//! | 40     | assessment id                                                      |
//! | 5 × 3  | mark per area in [`Area`](crate::core::model::Area) order: 0 unmarked, 1 not sure, 2–5 Level 1–4 |
//! | 5 × 16 | ticked practices per area in [`Area`](crate::core::model::Area) order ([`TickSet::bits`](crate::core::model::TickSet::bits))    |
//! | 8 × 3  | per belief in [`Belief`](crate::core::model::Belief) order, held then practised: 0 unanswered, 1–5 |
//! | 8      | checked barriers ([`BarrierSet::bits`](crate::core::model::BarrierSet::bits))                            |
//! | 5 × 10 | per area in [`Area`](crate::core::model::Area) order, the ratings of its plan level's practices ([`Answers::plan_level`]): Σ digit × 5^position over positions 0–3, digit 0 unrated, 1 already doing, 2 easy, 3 takes time, 4 hard; below 625, and 0 in an area without a plan level |
//! | 11     | the priorities as the index of their set of slots (slot = 4 × area's place in [`Area`](crate::core::model::Area) order + position): the number of smaller sets (0, 1, 21 or 211 for 0–3 slots), plus C(s₁, 1) + C(s₂, 2) + C(s₃, 3) over the slots in ascending order; below 1351, and only slots of areas with a plan level |
//! | 32     | CRC-32 (IEEE) over the version character's byte, then the 232 bits above (29 bytes) |
//!
//! That is 264 bits, 44 body characters, 46 characters in all.
//!
//! Format 1 (`P1…`), the first released, is the first six rows alone (171
//! bits), its CRC-32 over the version character's byte and those bits
//! padded with zeros to 22 bytes, and 1 bit of zero padding to a whole
//! number of characters: 204 bits, 34 body characters, 36 characters in all.
//! It is still read, and opens with no ratings and no priorities.
//!
//! A damaged code decodes to the same answers or to a [`ShareError`], never to
//! different answers: the body has a fixed length, so cut or added characters
//! are caught by length, and CRC-32 detects every error burst of up to 32 bits,
//! which covers any single changed character (6 bits) and any two swapped
//! neighbours (12 bits). Wider damage, such as two changes far apart, is
//! caught with odds of about four billion to one. Every decoded value is also
//! checked for range, and values no encoder writes are damage. The checksum
//! covers the version character and the two formats differ in length, so a
//! code whose version digit was changed is refused as damaged rather than
//! read under another layout; a `P3`–`P9` code is a newer version's unless
//! its body passes format 1's or format 2's checksum, which makes it damage.
//!
//! Codes from every released format version must keep decoding; a new layout
//! gets a new version character (`3`–`9`), and a released one is never
//! changed.
//!
//! The modules: `error` says why a text is not a code, `layout` is the bit
//! layouts above (encoding and decoding one clean code), and `scan` finds codes
//! in pasted text, one in a link or every one in an e-mail thread, for the
//! results page and the team pool alike.

mod error;
mod layout;
mod scan;

pub use error::ShareError;
pub use layout::{code_length, encode, minimum_bits, minimum_bits_v2, CODE_LENGTH, FORMAT_VERSION};
pub use scan::{extract_code, CodesInText, FoundCode, MAX_COLLECTED, MIN_BARE_CANDIDATE_LEN};

use super::model::Answers;

/// The prefix of the link fragment that carries a code (`#r=P2…`).
pub const FRAGMENT_PREFIX: &str = "r=";

/// The link fragment for the answers without the `#`: `r=` and the code.
pub fn fragment(answers: &Answers) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode(answers))
}

/// Reads answers from a code, or from any text that contains one (see
/// [`extract_code`] for what is tolerated).
pub fn decode(input: &str) -> Result<Answers, ShareError> {
    extract_code(input).and_then(|code| layout::decode_code(&code))
}

/// Finds every candidate code in pasted text, line by line, each decoded
/// (see [`CodesInText`] for what counts as a candidate).
pub fn find_codes(text: &str) -> CodesInText {
    scan::codes_in_lines(text, decode)
}
