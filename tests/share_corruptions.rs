//! Checks that a damaged share code of either format never decodes to
//! different answers: 10,000 seeded corruptions of format-2 codes with
//! random plans, 10,000 of the golden format-1 codes, and every single
//! substitution, truncation and swap of a few codes of each.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

mod share_support;

use partnership_selfcheck::core::model::Answers;
use partnership_selfcheck::core::share::{decode, encode, ShareError};
use share_support::{golden_v1, SplitMix};

/// The 64 characters a code body may hold.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// One way of damaging or mangling a code, applied at random positions.
fn corrupt(code: &str, rng: &mut SplitMix, kind: usize) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let len = chars.len();
    match kind {
        // A character replaced by another alphabet character.
        0 => {
            let at = rng.below(len);
            let original = chars[at];
            let replacement = loop {
                let c = char::from(rng.pick(ALPHABET));
                if c != original {
                    break c;
                }
            };
            chars[at] = replacement;
        }
        // Cut off after a random number of characters.
        1 => chars.truncate(rng.below(len)),
        // An alphabet character inserted.
        2 => chars.insert(rng.below(len + 1), char::from(rng.pick(ALPHABET))),
        // Two neighbours swapped (only counted when they differ).
        3 => {
            let at = rng.below(len - 1);
            chars.swap(at, at + 1);
        }
        // Punctuation appended, as at the end of a sentence.
        4 => {
            for _ in 0..=rng.below(3) {
                chars.push(rng.pick(&['.', ',', ';', ':', ')', ']', '>', '\'', '"', '!', '?']));
            }
        }
        // Whitespace and line breaks inserted, as a mail client wraps.
        5 => {
            for _ in 0..=rng.below(3) {
                let at = rng.below(chars.len() + 1);
                chars.insert(at, rng.pick(&[' ', '\n', '\r', '\t', '\u{a0}']));
            }
        }
        // Some characters percent-encoded.
        6 => {
            return chars.iter().map(|c| if rng.below(4) == 0 { format!("%{:02X}", *c as u32) } else { c.to_string() }).collect();
        }
        // Leading or trailing '#', or the code wrapped in a link.
        7 => {
            let body: String = chars.iter().collect();
            return match rng.below(5) {
                0 => format!("#{body}"),
                1 => format!("{body}#"),
                2 => format!("##r={body}"),
                3 => format!("<https://example.org/selfcheck/#r={body}>"),
                _ => format!("See https://example.org/selfcheck/index.html#r={body}. Thanks!"),
            };
        }
        // A stray non-alphabet character inserted inside the code.
        8 => chars.insert(rng.below(len + 1), rng.pick(&['.', '#', '%', '=', '/', '+', '~', '*'])),
        // Two characters replaced far apart: not guaranteed by the checksum's
        // burst property, but still caught with odds of about 1 in 4 billion.
        _ => {
            for _ in 0..2 {
                let at = rng.below(len);
                chars[at] = char::from(rng.pick(ALPHABET));
            }
        }
    }
    chars.into_iter().collect()
}

/// Damages 10,000 codes from `source`, each kind of [`corrupt`] in turn, and
/// returns how many decoded to different answers (printing each).
fn different_after_corruptions(rng: &mut SplitMix, mut source: impl FnMut(&mut SplitMix) -> (Answers, String)) -> usize {
    let (mut same, mut rejected, mut different) = (0, 0, 0);
    let mut errors = std::collections::BTreeMap::<&'static str, usize>::new();
    for round in 0..10_000 {
        let (answers, code) = source(rng);
        let damaged = corrupt(&code, rng, round % 10);
        match decode(&damaged) {
            Ok(decoded) if decoded == answers => same += 1,
            Ok(_) => {
                different += 1;
                eprintln!("round {round}: {code:?} damaged to {damaged:?} decoded to different answers");
            }
            Err(error) => {
                rejected += 1;
                *errors.entry(error.message_key().name()).or_default() += 1;
            }
        }
    }
    println!(
        "10000 corruptions: {same} decoded to the same answers, {rejected} rejected with a typed error, {different} decoded to different answers"
    );
    println!("rejections by kind: {errors:?}");
    different
}

#[test]
fn ten_thousand_corruptions_never_decode_to_different_answers() {
    let mut rng = SplitMix(0x5EED_C0DE_2024);
    let different = different_after_corruptions(&mut rng, |rng| {
        let answers = rng.answers();
        let code = encode(&answers);
        assert!(code.starts_with("P2"));
        (answers, code)
    });
    assert_eq!(different, 0);
}

#[test]
fn ten_thousand_corruptions_of_format_1_codes_never_decode_to_different_answers() {
    let golden = golden_v1();
    let mut rng = SplitMix(0x0001_C0DE);
    let different = different_after_corruptions(&mut rng, |rng| golden[rng.below(golden.len())].clone());
    assert_eq!(different, 0);
}

#[test]
fn every_single_substitution_and_truncation_of_a_code_is_caught() {
    let mut rng = SplitMix(7);
    let format_2 = (0..5).map(|_| encode(&rng.answers()));
    let format_1 = golden_v1().into_iter().take(4).map(|(_, code)| code);
    for code in format_2.chain(format_1) {
        let chars: Vec<char> = code.chars().collect();
        for at in 0..chars.len() {
            for &replacement in ALPHABET {
                let replacement = char::from(replacement);
                if replacement == chars[at] {
                    continue;
                }
                let mut damaged = chars.clone();
                damaged[at] = replacement;
                let damaged: String = damaged.into_iter().collect();
                assert!(decode(&damaged).is_err(), "{damaged:?} (from {code:?}) was accepted");
            }
            let cut: String = chars[..at].iter().collect();
            let expected = match at {
                0 => ShareError::Empty,
                1 => ShareError::NotACode,
                _ => ShareError::Incomplete,
            };
            assert_eq!(decode(&cut), Err(expected), "cut at {at}");
        }
        for at in 0..chars.len() - 1 {
            if chars[at] != chars[at + 1] {
                let mut swapped = chars.clone();
                swapped.swap(at, at + 1);
                let swapped: String = swapped.into_iter().collect();
                assert!(decode(&swapped).is_err(), "{swapped:?} (from {code:?}) was accepted");
            }
        }
    }
}
