//! Checks share codes: they round-trip, plan included, stay short, survive
//! the ways mail and chat mangle links, and keep decoding as released (the
//! golden format-1 codes; `share_golden_v2.rs` has format 2's, and
//! `share_corruptions.rs` damages codes of both).

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

mod share_support;

use partnership_selfcheck::core::content::Key;
use partnership_selfcheck::core::model::{Answers, Area};
use partnership_selfcheck::core::share::{self, decode, encode, extract_code, ShareError, CODE_LENGTH};
use proptest::prelude::*;
use share_support::{build, golden_v1, with_plan, THREE_PER_CELL};

/// Random valid answers with a random plan, ticks only where the content has
/// practices.
fn answers_strategy() -> impl Strategy<Value = Answers> {
    (
        (0u64..(1 << 40), prop::array::uniform5(0u8..6), prop::array::uniform5(any::<u16>()), prop::array::uniform8(0u8..6), any::<u8>()),
        prop::array::uniform5(0u16..625),
        prop::array::uniform3(0u8..24),
    )
        .prop_map(|((id, marks, ticks, points, barriers), ratings, picks)| {
            let answers = build(id, marks, ticks.map(|t| t & THREE_PER_CELL), points, barriers);
            with_plan(answers, ratings, picks)
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

/// Answers that fill every part of the code, the plan included: three areas
/// have a plan level, with ratings and one priority each.
fn complete_answers() -> Answers {
    let answers = build(0x00a1b2c3d4, [5, 2, 3, 1, 4], [0x0421, 0x7000, 0x0700, 0x0070, 0x0007], [5, 3, 4, 4, 2, 5, 1, 1], 0b1010_0101);
    with_plan(answers, [0, 1 + 2 * 5 + 3 * 25, 4 * 125, 0, 2 + 2 * 5 + 2 * 25 + 2 * 125], [4, 11, 19])
}

#[test]
fn a_complete_assessment_fits_in_48_characters() {
    let answers = complete_answers();
    assert_eq!(answers.priorities().len(), 3);
    let code = encode(&answers);
    let minimum_v1 = share::minimum_bits(|_, _| 3);
    let minimum = share::minimum_bits_v2(|_, _| 3);
    println!(
        "complete assessment: {} characters ({} bits incl. 32-bit checksum); information minimum {minimum:.1} bits = {:.1} base64 characters (format 1: {minimum_v1:.1} bits)",
        code.len(),
        (code.len() - 2) * 6,
        minimum / 6.0
    );
    assert_eq!(code.len(), CODE_LENGTH);
    assert_eq!(code.len(), 46);
    assert!(code.len() <= 48);
    assert!((minimum_v1 - (40.0 + 13.0 * 6f64.log2() + 60.0 + 8.0)).abs() < 1e-9);
    // Format 2 counted by hand with three practices per cell: k areas have a
    // plan level (3 marks each, 5³ ratings), 5 − k have none (3 marks each),
    // and the priorities are any set of at most 3 of the 3k plan practices.
    let choose = |n: f64, k: i32| (0..k).fold(1.0, |c, i| c * (n - f64::from(i)) / f64::from(i + 1));
    let marks_and_plans: f64 = (0..=5)
        .map(|k: i32| {
            let sets: f64 = (0..=3).map(|j| choose(f64::from(3 * k), j)).sum();
            choose(5.0, k) * 375f64.powi(k) * 3f64.powi(5 - k) * sets
        })
        .sum();
    let by_hand = minimum_v1 - 5.0 * 6f64.log2() + marks_and_plans.log2();
    assert!((minimum - by_hand).abs() < 1e-9, "{minimum} != {by_hand}");
    assert!(minimum < ((code.len() - 2) * 6) as f64);
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
        assert_eq!(extract_code(&text).as_deref(), Ok(code.as_str()), "{text:?}");
    }
}

#[test]
fn typed_errors_for_things_that_are_not_codes() {
    let code = encode(&complete_answers());
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode(" \n\t "), Err(ShareError::Empty));
    assert_eq!(decode("hello there"), Err(ShareError::NotACode));
    assert_eq!(decode("https://example.org/selfcheck/"), Err(ShareError::NotACode));
    assert_eq!(decode("P1"), Err(ShareError::Incomplete));
    assert_eq!(decode("P2"), Err(ShareError::Incomplete));
    assert_eq!(decode(&code[..30]), Err(ShareError::Incomplete));
    assert_eq!(decode(&format!("{code}A")), Err(ShareError::TooLong));
    assert_eq!(decode(&format!("{code}{code}")), Err(ShareError::TooLong));
    assert_eq!(decode(&format!("{}{}", &code[..code.len() - 1], if code.ends_with('A') { 'B' } else { 'A' })), Err(ShareError::Damaged));
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
        ("1 MB of \"P \" before a code", format!("{}{code}", "P ".repeat(500_000))),
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
        assert!(elapsed < std::time::Duration::from_secs(2), "{label} took {elapsed:?}");
    }
}

#[test]
fn a_version_one_code_with_a_damaged_digit_is_damaged() {
    for (_, code) in golden_v1() {
        for digit in '2'..='9' {
            assert_eq!(decode(&format!("P{digit}{}", &code[2..])), Err(ShareError::Damaged), "{code} as P{digit}");
        }
    }
}

#[test]
fn a_version_two_code_with_a_damaged_digit_is_damaged() {
    let code = encode(&complete_answers());
    for digit in ('1'..='9').filter(|d| *d != '2') {
        assert_eq!(decode(&format!("P{digit}{}", &code[2..])), Err(ShareError::Damaged), "P{digit}");
    }
}

#[test]
fn codes_of_a_newer_format_say_so() {
    let code = encode(&complete_answers());
    // A later version's body, of either known length, not a known body with
    // its digit changed (that is damage: see the tests above).
    for length in [34, 44] {
        let newer = format!("P3{}", "A".repeat(length));
        assert_eq!(decode(&newer), Err(ShareError::NewerVersion { version: 3 }));
    }
    assert_eq!(decode(&format!("https://example.org/#r=P9{}xyz", &code[2..])), Err(ShareError::NewerVersion { version: 9 }));
    assert_eq!(decode("P3"), Err(ShareError::NewerVersion { version: 3 }));
    assert_eq!(ShareError::NewerVersion { version: 2 }.message_key(), Key::ShareErrorNewerVersion);
}

#[test]
fn golden_codes_of_format_1_keep_decoding() {
    let mut count = 0;
    for (expected, code) in golden_v1() {
        let decoded = decode(&code).unwrap_or_else(|e| panic!("golden code {code} no longer decodes: {e}"));
        assert_eq!(decoded, expected, "golden code {code}");
        // This build writes format 2, which holds the same answers (and no
        // plan, as format 1 has none).
        let reencoded = encode(&decoded);
        assert!(reencoded.starts_with("P2"), "{reencoded}");
        assert_eq!(decode(&reencoded), Ok(expected), "golden code {code} re-encoded as {reencoded}");
        assert!(decoded.priorities().is_empty() && Area::ALL.iter().all(|a| decoded.area(*a).ratings.is_empty()));
        count += 1;
    }
    assert!(count >= 12, "only {count} golden codes");
}
