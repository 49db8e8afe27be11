//! Checks share codes: they round-trip, stay short, survive the ways mail and
//! chat mangle links, keep decoding as released (golden file), and a damaged
//! code never decodes to different answers.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::Key;
use partnership_selfcheck::core::file;
use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark, TickSet,
};
use partnership_selfcheck::core::share::{
    self, decode, encode, extract_code, ShareError, CODE_LENGTH,
};
use proptest::prelude::*;

/// The golden codes of format 1, with their answers as results-file JSON.
const GOLDEN_V1: &str = include_str!("golden/share_codes_v1.txt");

/// The 64 characters a code body may hold.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Tick bits for practices at positions 0–2 of every cell: the content has
/// three practices per cell.
const THREE_PER_CELL: u16 = 0x7777;

/// Builds answers from raw numbers: marks 0 unmarked, 1 not sure, 2–5 Level
/// 1–4; belief points 0 unanswered or 1–5, held then practised per belief.
fn build(id: u64, marks: [u8; 5], ticks: [u16; 5], points: [u8; 8], barriers: u8) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id & ((1 << 40) - 1)).expect("40-bit id"));
    for (index, area) in Area::ALL.into_iter().enumerate() {
        let answer = answers.area_mut(area);
        answer.ticks = TickSet::from_bits(ticks[index]);
        answer.mark = match marks[index] {
            0 => None,
            1 => Some(Mark::NotSure),
            n => Some(Mark::Level(Level::from_number(n - 1).expect("mark 0-5"))),
        };
    }
    for (index, belief) in Belief::ALL.into_iter().enumerate() {
        let answer = answers.belief_mut(belief);
        answer.held = Likert::new(points[2 * index]);
        answer.practised = Likert::new(points[2 * index + 1]);
    }
    answers.barriers = BarrierSet::from_bits(barriers);
    answers
}

/// Random valid answers, ticks only where the content has practices.
fn answers_strategy() -> impl Strategy<Value = Answers> {
    (
        0u64..(1 << 40),
        prop::array::uniform5(0u8..6),
        prop::array::uniform5(any::<u16>()),
        prop::array::uniform8(0u8..6),
        any::<u8>(),
    )
        .prop_map(|(id, marks, ticks, points, barriers)| {
            build(
                id,
                marks,
                ticks.map(|t| t & THREE_PER_CELL),
                points,
                barriers,
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_valid_answer_set_round_trips(answers in answers_strategy()) {
        let code = encode(&answers);
        prop_assert_eq!(code.len(), CODE_LENGTH);
        prop_assert_eq!(decode(&code), Ok(answers.clone()));
        prop_assert_eq!(decode(&format!("https://example.org/check/#{}", share::fragment(&answers))), Ok(answers));
    }
}

/// A small seeded generator (splitmix64), so the corruption run is the same
/// every time and a failure can be replayed.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `bound` (which must be positive).
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn answers(&mut self) -> Answers {
        let mut small = |bound: u64| (self.next() % bound) as u8;
        let marks = [(); 5].map(|_| small(6));
        let points = [(); 8].map(|_| small(6));
        let ticks = [(); 5].map(|_| self.next() as u16 & THREE_PER_CELL);
        build(self.next(), marks, ticks, points, self.next() as u8)
    }
}

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
            return chars
                .iter()
                .map(|c| {
                    if rng.below(4) == 0 {
                        format!("%{:02X}", *c as u32)
                    } else {
                        c.to_string()
                    }
                })
                .collect();
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
        8 => chars.insert(
            rng.below(len + 1),
            rng.pick(&['.', '#', '%', '=', '/', '+', '~', '*']),
        ),
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

#[test]
fn ten_thousand_corruptions_never_decode_to_different_answers() {
    let mut rng = SplitMix(0x5EED_C0DE_2024);
    let (mut same, mut rejected, mut different) = (0, 0, 0);
    let mut errors = std::collections::BTreeMap::<&'static str, usize>::new();
    for round in 0..10_000 {
        let answers = rng.answers();
        let code = encode(&answers);
        let damaged = corrupt(&code, &mut rng, round % 10);
        match decode(&damaged) {
            Ok(decoded) if decoded == answers => same += 1,
            Ok(_) => {
                different += 1;
                eprintln!(
                    "round {round}: {code:?} damaged to {damaged:?} decoded to different answers"
                );
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
    assert_eq!(different, 0);
}

#[test]
fn every_single_substitution_and_truncation_of_a_code_is_caught() {
    let mut rng = SplitMix(7);
    for _ in 0..5 {
        let answers = rng.answers();
        let code = encode(&answers);
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
                assert!(
                    decode(&damaged).is_err(),
                    "{damaged:?} (from {code:?}) was accepted"
                );
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
                assert!(
                    decode(&swapped).is_err(),
                    "{swapped:?} (from {code:?}) was accepted"
                );
            }
        }
    }
}

/// Answers that fill every part of the code.
fn complete_answers() -> Answers {
    build(
        0x00a1b2c3d4,
        [5, 2, 3, 1, 4],
        [0x0421, 0x7000, 0x0700, 0x0070, 0x0007],
        [5, 3, 4, 4, 2, 5, 1, 1],
        0b1010_0101,
    )
}

#[test]
fn a_complete_assessment_fits_in_40_characters() {
    let code = encode(&complete_answers());
    let minimum = share::minimum_bits(|_, _| 3);
    println!(
        "complete assessment: {} characters ({} bits incl. 32-bit checksum); information minimum {minimum:.1} bits = {:.1} base64 characters",
        code.len(),
        (code.len() - 2) * 6,
        minimum / 6.0
    );
    assert_eq!(code.len(), 36);
    assert!(code.len() <= 40);
    assert!((minimum - (40.0 + 13.0 * 6f64.log2() + 60.0 + 8.0)).abs() < 1e-9);
}

#[test]
fn mail_and_chat_mangling_is_tolerated() {
    let answers = complete_answers();
    let code = encode(&answers);
    let (head, tail) = code.split_at(20);
    let percent_all: String = code.chars().map(|c| format!("%{:02X}", c as u32)).collect();
    let mangled = [
        code.clone(),
        format!("  {code}\n"),
        format!("r={code}"),
        format!("#r={code}"),
        format!("##r={code}"),
        format!("{code}#"),
        format!("#{code}"),
        format!("https://example.org/selfcheck/#r={code}"),
        format!("https://example.org/selfcheck/r={code}"),
        format!("https://example.org/selfcheck/%23r%3D{code}"),
        format!("https://example.org/selfcheck/%2523r%253D{code}"),
        format!("https://example.org/selfcheck/#r={head}\n{tail}"),
        format!("https://example.org/selfcheck/#r={head}\r\n  {tail}"),
        format!("{head} {tail}"),
        format!("> https://example.org/selfcheck/#r={head}\n> > {tail}\n> Thanks"),
        format!("{head}\u{200B}{tail}"),
        format!("<https://example.org/selfcheck/#r={code}>"),
        format!("(https://example.org/selfcheck/#r={code})."),
        format!("[{code}]"),
        format!("\"{code}\","),
        format!("'{code}'!"),
        format!("\u{201C}{code}\u{201D}?"),
        format!("{code};"),
        format!("{code}:"),
        format!("My results: {code} - thanks!"),
        format!("Please open https://example.org/#r={code}, it has my answers."),
        format!("P.S. {code}"),
        format!("See P 1 below: {code}"),
        format!("P1 is my old code, P1abc is cut off, this one works: {code} (P2 is next year)"),
        percent_all,
    ];
    for text in mangled {
        assert_eq!(decode(&text), Ok(answers.clone()), "{text:?}");
        assert_eq!(
            extract_code(&text).as_deref(),
            Ok(code.as_str()),
            "{text:?}"
        );
    }
}

#[test]
fn typed_errors_for_things_that_are_not_codes() {
    let code = encode(&complete_answers());
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode(" \n\t "), Err(ShareError::Empty));
    assert_eq!(decode("hello there"), Err(ShareError::NotACode));
    assert_eq!(
        decode("https://example.org/selfcheck/"),
        Err(ShareError::NotACode)
    );
    assert_eq!(decode("P1"), Err(ShareError::Incomplete));
    assert_eq!(decode(&code[..30]), Err(ShareError::Incomplete));
    assert_eq!(decode(&format!("{code}A")), Err(ShareError::TooLong));
    assert_eq!(decode(&format!("{code}{code}")), Err(ShareError::TooLong));
    assert_eq!(
        decode(&format!(
            "{}{}",
            &code[..35],
            if code.ends_with('A') { 'B' } else { 'A' }
        )),
        Err(ShareError::Damaged)
    );
    for error in [
        ShareError::Empty,
        ShareError::NotACode,
        ShareError::Incomplete,
        ShareError::TooLong,
        ShareError::Damaged,
        ShareError::NewerVersion { version: 2 },
        ShareError::NewerInstrument { version: 2 },
    ] {
        assert!(error.message_key().name().starts_with("share_error_"));
        assert!(error.to_string().ends_with('.'), "{error}");
    }
}

#[test]
fn long_pasted_text_is_read_in_one_pass() {
    let code = encode(&complete_answers());
    for (label, text) in [
        ("1 MB of \"P \"", "P ".repeat(500_000)),
        (
            "1 MB of \"P \" before a code",
            format!("{}{code}", "P ".repeat(500_000)),
        ),
        ("1 MB of percent signs", "%25".repeat(350_000)),
        ("1 MB of '#'", "#".repeat(1_000_000)),
        ("1 MB of \"P1 \"", "P1 ".repeat(350_000)),
        ("1 MB of \"P2 \"", "P2 ".repeat(350_000)),
        ("1 MB of \"P1\"", "P1".repeat(500_000)),
    ] {
        let start = std::time::Instant::now();
        let result = decode(&text);
        let elapsed = start.elapsed();
        println!("{label}: {elapsed:?} -> {result:?}");
        assert!(result.is_err() || result == Ok(complete_answers()));
        assert!(
            elapsed < std::time::Duration::from_secs(2),
            "{label} took {elapsed:?}"
        );
    }
}

#[test]
fn a_version_one_code_with_a_damaged_digit_is_damaged() {
    let code = encode(&complete_answers());
    assert_eq!(decode(&format!("P2{}", &code[2..])), Err(ShareError::Damaged));
}

#[test]
fn codes_of_a_newer_format_say_so() {
    let code = encode(&complete_answers());
    // A later version's body, not a version-1 body with its digit changed
    // (that is damage: see the next test).
    let newer = format!("P2{}", "A".repeat(code.len() - 2));
    assert_eq!(decode(&newer), Err(ShareError::NewerVersion { version: 2 }));
    assert_eq!(
        decode(&format!("https://example.org/#r=P9{}xyz", &code[2..])),
        Err(ShareError::NewerVersion { version: 9 })
    );
    assert_eq!(decode("P3"), Err(ShareError::NewerVersion { version: 3 }));
    assert_eq!(
        ShareError::NewerVersion { version: 2 }.message_key(),
        Key::ShareErrorNewerVersion
    );
}

#[test]
fn golden_codes_of_format_1_keep_decoding() {
    let mut count = 0;
    for line in GOLDEN_V1
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (code, json) = line
            .split_once('\t')
            .expect("golden lines are code<TAB>json");
        let expected = file::import(json).expect("golden JSON imports").answers;
        let decoded =
            decode(code).unwrap_or_else(|e| panic!("golden code {code} no longer decodes: {e}"));
        assert_eq!(decoded, expected, "golden code {code}");
        assert_eq!(
            encode(&decoded),
            code,
            "golden code {code} re-encodes differently"
        );
        count += 1;
    }
    assert!(count >= 12, "only {count} golden codes");
}
