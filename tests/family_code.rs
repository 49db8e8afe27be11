//! The family code (`F1`): the golden codes still read as the answers they
//! were written for, any answers round-trip, and a damaged code never reads
//! as other answers: 20,000 seeded corruptions and every single
//! substitution, cut and swap of the golden codes.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::family::{
    decode_family, encode_family, Agreement, FamilyAnswers, FamilyBarriers, FamilyCodeError, FamilyId, Item, PlaceAnswer,
    FAMILY_CODE_LENGTH,
};
use partnership_selfcheck::core::model::{Area, Level};
use proptest::prelude::*;

/// The golden codes: `code id places items barriers`, places and items as
/// digits (0 unanswered; places 1 I don't know, 2–5 Fortress … Partnership;
/// items 1–5 strongly disagree … strongly agree), barriers as bits.
const GOLDEN: &str = include_str!("golden/family_codes_v1.txt");

/// The 64 characters a code body may hold.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Answers from raw digits, as the golden file writes them.
fn build(id: u64, places: [u8; 5], items: [u8; 8], barriers: u8) -> FamilyAnswers {
    let mut answers = FamilyAnswers::new(FamilyId::new(id & ((1 << 40) - 1)).expect("40-bit id"));
    for (area, digit) in Area::ALL.into_iter().zip(places) {
        let place = match digit % 6 {
            0 => None,
            1 => Some(PlaceAnswer::DontKnow),
            n => Level::from_number(n - 1).map(PlaceAnswer::Level),
        };
        answers.set_place(area, place);
    }
    for (item, digit) in Item::ALL.into_iter().zip(items) {
        answers.set_item(item, Agreement::from_number(digit % 6));
    }
    answers.barriers = FamilyBarriers::from_bits(barriers);
    answers
}

/// The digits of a golden line's field, e.g. `01234`.
fn digits<const N: usize>(field: &str) -> [u8; N] {
    let values: Vec<u8> = field.bytes().map(|b| b - b'0').collect();
    values.try_into().expect("the field's number of digits")
}

/// Every golden line as its code and its answers.
fn golden() -> Vec<(String, FamilyAnswers)> {
    GOLDEN
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let id = u64::from_str_radix(fields[1], 16).expect("hex id");
            let barriers = u8::from_str_radix(fields[4], 2).expect("binary barriers");
            (fields[0].to_owned(), build(id, digits(fields[2]), digits(fields[3]), barriers))
        })
        .collect()
}

/// A small seeded generator (SplitMix64), so the corruptions are the same
/// on every run.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The answers a damaged text gives must be the original's, or none.
fn read_exactly_or_refused(damaged: &str, original: &FamilyAnswers) -> bool {
    match decode_family(damaged) {
        Ok(answers) => answers == *original,
        Err(_) => true,
    }
}

#[test]
fn golden_codes_read_as_their_answers_and_are_written_the_same() {
    let golden = golden();
    assert!(golden.len() >= 8, "the golden file holds {} codes", golden.len());
    for (code, answers) in golden {
        assert_eq!(code.len(), FAMILY_CODE_LENGTH, "{code}");
        assert_eq!(decode_family(&code), Ok(answers), "{code}");
        assert_eq!(encode_family(&answers), code);
    }
}

#[test]
fn every_single_substitution_cut_and_swap_of_a_golden_code_is_refused() {
    for (code, answers) in golden() {
        let chars: Vec<char> = code.chars().collect();
        for at in 0..chars.len() {
            for &replacement in ALPHABET {
                let mut changed = chars.clone();
                changed[at] = char::from(replacement);
                if changed != chars {
                    let text: String = changed.iter().collect();
                    assert!(decode_family(&text).is_err(), "{text} from {code}");
                }
            }
            let cut: String = chars[..at].iter().collect();
            assert!(decode_family(&cut).is_err(), "{cut}");
            if at + 1 < chars.len() && chars[at] != chars[at + 1] {
                let mut swapped = chars.clone();
                swapped.swap(at, at + 1);
                let text: String = swapped.iter().collect();
                assert!(decode_family(&text).is_err(), "{text}");
            }
        }
        assert!(read_exactly_or_refused(&format!("{code}."), &answers));
    }
}

#[test]
fn seeded_corruptions_never_read_as_other_answers() {
    let mut rng = SplitMix(23);
    let mut refused = 0;
    for _ in 0..20_000 {
        let answers = build(rng.next(), [0; 5].map(|_| rng.below(6) as u8), [0; 8].map(|_| rng.below(6) as u8), rng.below(128) as u8);
        let mut chars: Vec<char> = encode_family(&answers).chars().collect();
        match rng.below(4) {
            // Two characters changed, far apart or not.
            0 => {
                for _ in 0..2 {
                    let at = rng.below(chars.len());
                    chars[at] = char::from(ALPHABET[rng.below(64)]);
                }
            }
            // A character inserted.
            1 => {
                let at = rng.below(chars.len() + 1);
                chars.insert(at, char::from(ALPHABET[rng.below(64)]));
            }
            // A character removed.
            2 => {
                chars.remove(rng.below(chars.len()));
            }
            // A whole run of characters replaced.
            _ => {
                let at = rng.below(chars.len() - 4);
                for c in &mut chars[at..at + 4] {
                    *c = char::from(ALPHABET[rng.below(64)]);
                }
            }
        }
        let text: String = chars.iter().collect();
        assert!(read_exactly_or_refused(&text, &answers), "{text}");
        refused += usize::from(decode_family(&text).is_err());
    }
    assert!(refused > 19_000, "only {refused} of 20,000 corruptions were refused");
}

#[test]
fn a_code_is_found_in_a_link_a_sentence_or_an_escaped_link() {
    let (code, answers) = golden().remove(0);
    for text in [
        format!("https://school.example/family/?name=Lincoln%20Elementary#f={code}"),
        format!("Here are our answers: {code}. Thank you!"),
        format!("https%3A%2F%2Fschool.example%2Ffamily%2F%23f%3D{code}"),
    ] {
        assert_eq!(decode_family(&text), Ok(answers), "{text}");
    }
    assert_eq!(decode_family("https://school.example/family/?name=F1"), Err(FamilyCodeError::Damaged));
    assert_eq!(decode_family("no code here"), Err(FamilyCodeError::Missing));
}

proptest! {
    #[test]
    fn any_answers_round_trip(id in 0u64..(1 << 40), places in prop::array::uniform5(0u8..6), items in prop::array::uniform8(0u8..6), barriers in 0u8..128) {
        let answers = build(id, places, items, barriers);
        let code = encode_family(&answers);
        prop_assert_eq!(code.len(), FAMILY_CODE_LENGTH);
        prop_assert_eq!(decode_family(&code), Ok(answers));
    }
}
