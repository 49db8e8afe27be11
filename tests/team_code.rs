//! Team codes (T2 written, T1 read), the CSV, comparing two results, and
//! pooling ten thousand codes. Pooling itself, the threshold and reading
//! codes out of pasted text are in `team.rs`.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use std::time::Instant;

use partnership_selfcheck::core::content::{self, Language};
use partnership_selfcheck::core::model::{Answers, Area, Belief, Level};
use partnership_selfcheck::core::share;
use partnership_selfcheck::core::team::{
    compare, counts_csv, decode_team, encode_team, pool_codes, summarize, Direction, Pool, Profile, ProfileKind, Summary, TeamCodeError,
    TeamSummary, Threshold,
};
use team_support::{believe as with_belief, person, pool_of, random_answers, sample_counts, XorShift};

fn ready(pool: &Pool) -> TeamSummary {
    match summarize(pool, Threshold::default()) {
        Summary::Ready(summary) => *summary,
        other => panic!("expected a summary, got {other:?}"),
    }
}

#[test]
fn team_code_round_trips_and_rebuilds_the_summary() {
    for (seed, n) in [(1, 5), (2, 17), (3, 200)] {
        let counts = sample_counts(seed, n);
        let code = encode_team(&counts);
        assert!(code.starts_with("T2"), "{code}");
        assert!(code[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        let decoded = decode_team(&code).expect("a fresh code decodes");
        assert_eq!(decoded, counts);
        assert_eq!(TeamSummary::from_counts(&decoded), TeamSummary::from_counts(&counts));
        let as_link = format!("  https://selfcheck.example.org/x/#t={code}\n");
        assert_eq!(decode_team(&as_link), Ok(counts.clone()));
        println!("team code for {n} respondents: {} characters", code.len());
    }
    assert_eq!(decode_team(""), Err(TeamCodeError::Empty));
    let individual = share::encode(&person(1, [1, 1, 1, 1, 1]));
    assert_eq!(decode_team(&individual), Err(TeamCodeError::NotATeamCode));
    let code = encode_team(&sample_counts(4, 6));
    assert_eq!(decode_team(&format!("T4{}", &code[2..])), Err(TeamCodeError::NewerVersion { version: 4 }));
    // A format 2 body under format 3's prefix fails the checksum, which
    // covers the prefix.
    assert_eq!(decode_team(&format!("T3{}", &code[2..])), Err(TeamCodeError::ChecksumMismatch));
}

#[test]
fn corrupted_team_codes_give_the_same_counts_or_an_error() {
    let mut rng = XorShift(0xC0FF_EE00_1234);
    let alphabet: Vec<char> = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect();
    let (mut same, mut errors) = (0, 0);
    for round in 0..4000u64 {
        let counts = sample_counts(round % 7 + 11, 5 + round % 30);
        let code = encode_team(&counts);
        let mut chars: Vec<char> = code.chars().collect();
        let at = rng.below(chars.len() as u64) as usize;
        match rng.below(5) {
            0 => chars[at] = alphabet[rng.below(64) as usize],
            1 => {
                chars.remove(at);
            }
            2 => chars.insert(at, alphabet[rng.below(64) as usize]),
            3 if at + 1 < chars.len() => chars.swap(at, at + 1),
            _ => chars.truncate(at),
        }
        let damaged: String = chars.into_iter().collect();
        match decode_team(&damaged) {
            Ok(decoded) => {
                assert_eq!(decoded, counts, "corrupted code {damaged} decoded to different counts");
                assert_eq!(damaged, code, "only an unchanged code may decode");
                same += 1;
            }
            Err(_) => errors += 1,
        }
    }
    // A change that leaves the code as it was (a swap of two equal
    // neighbours, a character replaced by itself) is no damage; format 2's
    // long runs of zero counts make those common. Every real change is
    // caught.
    assert!(errors > 3000, "most rounds change the code: {same} unchanged, {errors} errors");
}

/// Builds a team code by hand, as an attacker or a buggy tool might, to
/// check the decoder's own refusal of small or impossible counts.
fn handmade_team_code(values: &[u64]) -> String {
    let mut bytes = Vec::new();
    for value in values {
        let mut v = *value;
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                bytes.push(low);
                break;
            }
            bytes.push(low | 0x80);
        }
    }
    let mut crc = u32::MAX;
    for byte in b"T1".iter().chain(&bytes) {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    bytes.extend((!crc).to_be_bytes());
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::from("T1");
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |g, (k, b)| g | u32::from(*b) << (16 - 8 * k));
        for k in 0..=chunk.len() {
            out.push(char::from(alphabet[((group >> (18 - 6 * k)) & 63) as usize]));
        }
    }
    out
}

/// The value list of a team where everyone left everything blank but one
/// barrier: n, 5 × (4 levels + not sure), 4 × (5 held + 5 practised + count
/// + zigzag sum), 8 barriers.
fn minimal_values(n: u64) -> Vec<u64> {
    let mut values = vec![n];
    values.extend([0; 25]);
    values.extend([0; 48]);
    values.extend([n, 0, 0, 0, 0, 0, 0, 0]);
    values
}

#[test]
fn team_codes_refuse_fewer_than_five_and_impossible_counts() {
    let five = handmade_team_code(&minimal_values(5));
    let counts = decode_team(&five).expect("the handmade format 1 code matches");
    assert_eq!(counts.respondents(), 5);
    assert!(!counts.has_plan(), "format 1 holds no plan");
    assert_eq!(decode_team(&encode_team(&counts)), Ok(counts), "and is written again as format 2");

    assert_eq!(decode_team(&handmade_team_code(&minimal_values(4))), Err(TeamCodeError::TooFewRespondents));
    assert_eq!(decode_team(&handmade_team_code(&minimal_values(0))), Err(TeamCodeError::TooFewRespondents));

    // More Fortress marks than respondents.
    let mut values = minimal_values(5);
    values[1] = 6;
    assert_eq!(decode_team(&handmade_team_code(&values)), Err(TeamCodeError::Inconsistent));
    // A gap sum larger than four per answer.
    let mut values = minimal_values(5);
    values[26] = 1; // held 1
    values[35] = 1; // practised 5
    values[36] = 1; // answered both
    values[37] = 10; // zigzag(5)
    assert_eq!(decode_team(&handmade_team_code(&values)), Err(TeamCodeError::Inconsistent));
    // A trailing extra value.
    let mut values = minimal_values(5);
    values.push(0);
    assert_eq!(decode_team(&handmade_team_code(&values)), Err(TeamCodeError::Inconsistent));
}

/// The fields of one CSV row (RFC 4180 quoting), for the tests.
fn csv_fields(row: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().expect("a field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().expect("a field").push(c),
        }
    }
    fields
}

#[test]
fn csv_has_a_stable_header_and_keyed_rows() {
    let people: Vec<Answers> = (1..=5).map(|i| with_belief(person(i, [3, 3, 2, 9, 0]), Belief::EqualPartners, 5, 2)).collect();
    let counts = pool_of(&people).counts().expect("five");
    let csv = counts_csv(&counts, "Lincoln Elementary, spring 2025", content::default_content());
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next(), Some("\u{feff}group,section,item,value,count,pta_standards,epstein_types,text"));
    assert_eq!(lines.next(), Some("\"Lincoln Elementary, spring 2025\",respondents,,,5,,,"));
    // In Spanish the headings and the text column are Spanish; every other
    // field of every row is the same.
    let spanish = content::compiled(Language::from_code("es").unwrap()).unwrap();
    let en_espanol = counts_csv(&counts, "Lincoln Elementary, spring 2025", spanish);
    let (heading, rows) = en_espanol.split_once("\r\n").unwrap();
    assert_eq!(heading, "\u{feff}grupo,sección,elemento,valor,recuento,estándares_pta,tipos_epstein,texto");
    let keys = |rows: &str| -> Vec<Vec<String>> { rows.split("\r\n").map(|row| csv_fields(row).into_iter().take(7).collect()).collect() };
    let english_rows = csv.split_once("\r\n").map(|(_, rows)| rows).unwrap();
    assert_eq!(keys(rows), keys(english_rows));
    assert_ne!(rows, english_rows, "the text column is in the page's language");
    assert!(english_rows.split("\r\n").all(|row| row.is_empty() || csv_fields(row).len() == 8), "eight fields a row");
    assert!(english_rows.contains(",area,sharing_power,unmarked,5,Sharing power; Collaborating with community,Decision making; Collaborating with community,Sharing power\r\n"));
    assert!(csv.ends_with("\r\n"));
    let g = "\"Lincoln Elementary, spring 2025\"";
    // Area rows end with the area's crosswalk by name; other rows leave it empty.
    let welcoming = "Welcoming all families; Communicating effectively";
    for row in [
        format!("{g},area,building_relationships,open_door,5,{welcoming},Communicating; Volunteering"),
        format!("{g},area,addressing_differences,come_if_we_call,5,{welcoming},Parenting; Communicating"),
        format!("{g},area,supporting_advocacy,not_sure,5,Speaking up for every child,Communicating; Decision making"),
        format!(
            "{g},area,sharing_power,unmarked,5,Sharing power; Collaborating with community,Decision making; Collaborating with community"
        ),
        format!("{g},belief_held,equal_partners,5,5,,"),
        format!("{g},belief_practised,equal_partners,2,5,,"),
        format!("{g},belief_held,dreams_for_children,unanswered,5,,"),
        format!("{g},belief_gap,equal_partners,gap_sum,15,,"),
        format!("{g},barrier,physical_safety,checked,0,,"),
        format!("{g},practice,building_relationships/partnership/0,priority,0,,"),
        format!("{g},practice,sharing_power/come_if_we_call/2,doing,0,,"),
    ] {
        assert!(csv.contains(&format!("\r\n{row},")), "missing row {row}");
    }
    // Practices are numbered from 0, as in the results file, and only the
    // ones the rubric lists have rows: three per cell, so six plan rows for
    // each of 5 areas × 3 levels × 3 practices. The header is followed by
    // the rows only.
    let practice_words = content::default_content().practices(Area::SharingPower, Level::ComeIfWeCall);
    assert_eq!(practice_words.len(), 3);
    assert!(csv.contains(&format!(",practice,sharing_power/come_if_we_call/0,doing,0,,,{}", practice_words[0])));
    assert!(!csv.contains("/3,"), "no row for a practice the rubric does not list");
    assert_eq!(csv.split("\r\n").filter(|l| !l.is_empty()).count(), 1 + 1 + 5 * 6 + 4 * 14 + 8 + 5 * 3 * 3 * 6);

    let quoted = counts_csv(&counts, "He said \"hi\"", content::default_content());
    assert!(quoted.contains("\r\n\"He said \"\"hi\"\"\",respondents,,,5,,,\r\n"));
    let formula = counts_csv(&counts, "=HYPERLINK(\"x\")", content::default_content());
    assert!(formula.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",respondents"));
}

#[test]
fn compare_gives_directions_per_area_and_belief() {
    let before = with_belief(person(1, [1, 2, 3, 9, 2]), Belief::DreamsForChildren, 5, 2);
    let after = with_belief(person(1, [2, 2, 2, 3, 0]), Belief::DreamsForChildren, 5, 3);
    let comparison = compare(&Profile::from_answers(&before), &Profile::from_answers(&after));
    let directions: Vec<Direction> = comparison.areas.iter().map(|a| a.direction).collect();
    assert_eq!(directions, vec![Direction::Up, Direction::Same, Direction::Down, Direction::Unknown, Direction::Unknown]);
    assert_eq!(comparison.areas[0].before, Some(Level::Fortress));
    assert_eq!(comparison.areas[0].after, Some(Level::ComeIfWeCall));
    let dreams = comparison.beliefs[0];
    assert_eq!(dreams.belief, Belief::DreamsForChildren);
    assert_eq!((dreams.held.before_tenths, dreams.held.after_tenths, dreams.held.direction), (Some(50), Some(50), Direction::Same));
    assert_eq!(dreams.practised.direction, Direction::Up);
    assert_eq!(comparison.beliefs[1].held.direction, Direction::Unknown);

    // Team against team: medians and averages.
    let last_year: Vec<Answers> = (1..=5).map(|i| with_belief(person(i, [2, 2, 3, 3, 1]), Belief::EqualPartners, 4, 2)).collect();
    let this_year: Vec<Answers> =
        (1..=6).map(|i| with_belief(person(100 + i, [3, 2, 2, 3, 1]), Belief::EqualPartners, 4, if i < 4 { 3 } else { 2 })).collect();
    let before = Profile::from_team(&ready(&pool_of(&last_year)));
    let after = Profile::from_team(&ready(&pool_of(&this_year)));
    assert_eq!(after.kind, ProfileKind::Team { respondents: 6 });
    let comparison = compare(&before, &after);
    let directions: Vec<Direction> = comparison.areas.iter().map(|a| a.direction).collect();
    assert_eq!(directions, vec![Direction::Up, Direction::Same, Direction::Down, Direction::Same, Direction::Same]);
    let equal = comparison.beliefs[2];
    assert_eq!((equal.practised.before_tenths, equal.practised.after_tenths), (Some(20), Some(25)));
    assert_eq!(equal.practised.direction, Direction::Up);
    assert_eq!(equal.held.direction, Direction::Same);

    // Me against my team.
    let me = Profile::from_answers(&this_year[0]);
    let mixed = compare(&me, &after);
    assert_eq!(mixed.before, ProfileKind::Individual);
}

#[test]
fn pools_ten_thousand_codes() {
    let mut rng = XorShift(0xBEEF);
    let codes: Vec<String> = (0..10_000u64).map(|i| share::encode(&random_answers(&mut rng, i * 7919 + 1))).collect();
    let started = Instant::now();
    let pool = pool_codes(&codes);
    let elapsed = started.elapsed();
    println!("pooled {} codes in {elapsed:?}", codes.len());
    assert_eq!(pool.len(), 10_000);
    let counts = pool.counts().expect("many respondents");
    assert_eq!(counts.respondents(), 10_000);
    for area in Area::ALL {
        let c = counts.area(area);
        assert_eq!(c.marked() + c.not_sure() + c.unmarked(), 10_000);
    }
    assert_eq!(decode_team(&encode_team(&counts)), Ok(counts));
}
