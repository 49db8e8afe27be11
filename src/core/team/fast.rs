//! The pool's fast path: a clean format 2 share code (`P2…`, 46 characters,
//! nothing around it), the case pooling meets thousands of times, read
//! straight into a [`Record`] on the stack, without the `String`, bit
//! buffers and `Answers` of the general decoder.
//!
//! The layout is the share module's frozen format 2 (see its docs). This
//! reader only ever says "yes, exactly these answers" or "ask the general
//! decoder": every code it does not accept, for whatever reason, goes
//! through `share::decode`, which gives the precise error. So it may be
//! stricter than the general decoder but never more lenient, and a test
//! checks that whatever it accepts decodes to the same record there.

use super::record::Record;
use crate::core::codec::base64url_value;
use crate::core::model::{AssessmentId, Feasibility, Level, Mark, INSTRUMENT_VERSION};

/// The share code's CRC-32 (IEEE, as `codec::crc32`), with the `crc` crate's
/// 256-entry table. The codec works bit by bit to keep the self-check's
/// bundle small, but pooling checks thousands of codes, and bit by bit the
/// checksum took most of the pooling time in the browser. The table (1 KiB)
/// is compiled in only where codes are pooled, on the tools page.
const POOL_CRC: crc::Crc<u32, crc::Table<1>> = crc::Crc::<u32, crc::Table<1>>::new(&crc::CRC_32_ISO_HDLC);

/// Characters of a format 2 code, `P2` included.
const CODE_CHARS: usize = 46;
/// Bytes of the body: 232 payload bits and 32 checksum bits.
const BODY_BYTES: usize = 33;
/// Bytes of the payload, which the checksum covers after the version byte.
const PAYLOAD_BYTES: usize = 29;
/// The rating numbers (Σ digit × 5^position) a code may hold.
const RATINGS_NUMBERS: u16 = 625;
/// The priority set indices a code may hold.
const SUBSETS: u16 = 1351;

/// Reads the record of a clean format 2 code, or `None` when the general
/// decoder must look at it (another format, a link, damage, a newer
/// instrument, or any value no encoder writes).
pub(super) fn read_clean_v2(code: &str) -> Option<Record> {
    let text = code.as_bytes();
    if text.len() != CODE_CHARS || text.first() != Some(&b'P') || text.get(1) != Some(&b'2') {
        return None;
    }
    let mut body = [0u8; BODY_BYTES];
    let mut bits = 0u32;
    let mut held = 0u32;
    let mut at = 0;
    for c in text.get(2..)? {
        bits = (bits << 6) | u32::from(base64url_value(char::from(*c))?);
        held += 6;
        if held >= 8 {
            held -= 8;
            *body.get_mut(at)? = (bits >> held) as u8;
            at += 1;
        }
    }
    let (payload, checksum) = body.split_at(PAYLOAD_BYTES);
    let stored = checksum.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
    let mut digest = POOL_CRC.digest();
    digest.update(b"2");
    digest.update(payload);
    if digest.finalize() != stored {
        return None;
    }
    read_payload(payload)
}

/// Reads the checked payload's fields in format 2's order.
fn read_payload(payload: &[u8]) -> Option<Record> {
    let mut reader = BitReader { bytes: payload, position: 0 };
    if reader.take(4) != u64::from(INSTRUMENT_VERSION) {
        return None;
    }
    let id = AssessmentId::new(reader.take(40))?;
    let mut marks = [None; 5];
    for mark in marks.iter_mut() {
        *mark = match reader.take(3) {
            0 => None,
            1 => Some(Mark::NotSure),
            n => Some(Mark::Level(Level::from_number(u8::try_from(n - 1).ok()?)?)),
        };
    }
    let mut ticks = [0u16; 5];
    for tick in ticks.iter_mut() {
        *tick = reader.take(16) as u16;
    }
    let (mut held, mut practised) = ([0u8; 4], [0u8; 4]);
    for (h, p) in held.iter_mut().zip(practised.iter_mut()) {
        *h = likert(reader.take(3))?;
        *p = likert(reader.take(3))?;
    }
    let barriers = reader.take(8) as u8;
    let mut record = Record { id, marks, ticks, held, practised, barriers, ratings: [[None; 4]; 5], priorities: 0 };
    for area in 0..5 {
        let mut number = reader.take(10) as u16;
        let level = record.plan_level(area);
        if number >= RATINGS_NUMBERS || (number != 0 && level.is_none()) {
            return None;
        }
        let (Some(level), Some(row)) = (level, record.ratings.get_mut(area)) else { continue };
        let ticked = record.ticks.get(area).copied().unwrap_or(0) >> (level.index() * 4);
        for (position, rating) in row.iter_mut().enumerate() {
            *rating = match number % 5 {
                1 => Some(Feasibility::AlreadyDoing),
                2 => Some(Feasibility::Easy),
                3 => Some(Feasibility::TakesTime),
                4 => Some(Feasibility::Hard),
                // An unrated practice the person ticked reads "already
                // doing", as `Answers::rating` has it.
                _ => (ticked & (1 << position) != 0).then_some(Feasibility::AlreadyDoing),
            };
            number /= 5;
        }
    }
    record.priorities = priority_bits(reader.take(11) as u16)?;
    let every_area_planned = (0..5).all(|area| record.priorities >> (area * 4) & 0xF == 0 || record.plan_level(area).is_some());
    every_area_planned.then_some(record)
}

/// A scale point's number: 0 unanswered or 1–5.
fn likert(number: u64) -> Option<u8> {
    (number <= 5).then_some(number as u8)
}

/// The slots of a priority set index as bits: sets of 0, 1, 2 and 3 of the
/// 20 slots come in that order, and a set of slots s₁ < … < s_k ranks
/// Σ C(sᵢ, i) among its size.
fn priority_bits(index: u16) -> Option<u32> {
    if index >= SUBSETS {
        return None;
    }
    let (size, mut rank) = match index {
        0 => return Some(0),
        1..=20 => (1, index - 1),
        21..=210 => (2, index - 21),
        _ => (3, index - 211),
    };
    let mut bits = 0u32;
    let mut limit = 20u16;
    for k in (1..=size).rev() {
        // The largest slot below the previous one whose binomial fits.
        let slot = (k - 1..limit).rev().find(|s| binomial(*s, k) <= rank)?;
        rank -= binomial(slot, k);
        bits |= 1 << slot;
        limit = slot;
    }
    Some(bits)
}

/// C(n, k) for the small numbers of priority sets (k ≤ 3, n < 20).
fn binomial(n: u16, k: u16) -> u16 {
    match k {
        1 => n,
        2 => n * n.saturating_sub(1) / 2,
        _ => n * n.saturating_sub(1) * n.saturating_sub(2) / 6,
    }
}

/// Consecutive fields of the payload, most significant bit first; bits past
/// the end read as zero, so no input can cause a panic.
struct BitReader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl BitReader<'_> {
    /// The next `width` bits (at most 57, so they fit beside a byte).
    fn take(&mut self, width: usize) -> u64 {
        let mut value = 0u64;
        let mut remaining = width;
        while remaining > 0 {
            let offset = self.position % 8;
            let take = (8 - offset).min(remaining);
            let byte = self.bytes.get(self.position / 8).copied().unwrap_or(0);
            let chunk = (u64::from(byte) >> (8 - offset - take)) & ((1u64 << take) - 1);
            value = (value << take) | chunk;
            self.position += take;
            remaining -= take;
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Answers, Area, BarrierSet, Belief, Likert, PlanPractice, TickSet};
    use crate::core::share;

    /// Answers touching every field, the plan included, from a seed.
    fn answers(seed: u64) -> Answers {
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let mut answers = Answers::new(AssessmentId::new(next(1 << 40)).expect("40 bits"));
        for area in Area::ALL {
            let mark = match next(6) {
                0 => None,
                1 => Some(Mark::NotSure),
                n => Level::from_number(n as u8 - 1).map(Mark::Level),
            };
            answers.set_mark(area, mark);
            answers.area_mut(area).ticks = TickSet::from_bits(next(1 << 16) as u16);
        }
        for belief in Belief::ALL {
            answers.belief_mut(belief).held = Likert::new(next(6) as u8);
            answers.belief_mut(belief).practised = Likert::new(next(6) as u8);
        }
        answers.barriers = BarrierSet::from_bits(next(256) as u8);
        for practice in PlanPractice::all() {
            answers.set_rating(practice, Feasibility::ALL.get(next(6) as usize).copied());
            if next(4) == 0 && !answers.priorities().is_full() {
                let _ = answers.set_priority(practice, true);
            }
        }
        answers
    }

    #[test]
    fn the_pools_checksum_is_the_codecs() {
        for text in [&b""[..], b"2", b"123456789", &[0xFF; 29]] {
            assert_eq!(POOL_CRC.checksum(text), crate::core::codec::crc32(&[text]));
        }
    }

    #[test]
    fn the_fast_path_reads_every_code_as_the_share_decoder_does() {
        for seed in 0..3000 {
            let answers = answers(seed);
            let code = share::encode(&answers);
            assert_eq!(read_clean_v2(&code), Some(Record::from_answers(&answers)), "{code}");
        }
        // Links, format 1 and anything but a bare format 2 code are left to
        // the share decoder.
        let code = share::encode(&answers(1));
        assert_eq!(read_clean_v2(&format!("#r={code}")), None);
        assert_eq!(read_clean_v2(&code[..45]), None);
        assert_eq!(read_clean_v2(&format!("P1{}", &code[2..])), None);
    }

    #[test]
    fn a_damaged_code_the_fast_path_accepts_is_one_the_share_decoder_reads_alike() {
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut state = 0x5EED_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let mut accepted = 0;
        for seed in 0..3000 {
            let mut code = share::encode(&answers(seed)).into_bytes();
            for _ in 0..=next(3) {
                let at = 2 + next(44) as usize;
                code[at] = alphabet[next(64) as usize];
            }
            let code = String::from_utf8(code).expect("ASCII");
            if let Some(record) = read_clean_v2(&code) {
                accepted += 1;
                let decoded = share::decode(&code).expect("the share decoder reads it too");
                assert_eq!(record, Record::from_answers(&decoded), "{code}");
            }
        }
        // Only changes that changed nothing (a character replaced by
        // itself) pass the checksum.
        assert!(accepted < 300, "{accepted}");
    }

    #[test]
    fn every_priority_index_names_a_distinct_set_of_at_most_three() {
        let mut seen = std::collections::BTreeSet::new();
        for index in 0..SUBSETS {
            let bits = priority_bits(index).expect("a written index");
            assert!(bits.count_ones() <= 3 && bits < 1 << 20, "{index}: {bits:b}");
            assert!(seen.insert(bits), "{index}");
        }
        assert_eq!(priority_bits(1), Some(1));
        assert_eq!(priority_bits(SUBSETS - 1), Some(0b111 << 17));
        assert_eq!(priority_bits(SUBSETS), None);
    }
}
