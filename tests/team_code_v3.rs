//! Team codes of format 3 (`T3…`): the families' pooled counts travel with
//! the staff's, round-trip exactly, and a damaged or impossible code is
//! refused, never read as other counts. Every `T1` and `T2` code still
//! opens, and a team without five families still writes `T2`.

#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use partnership_selfcheck::core::family::{
    Agreement, FamilyAnswers, FamilyBarrier, FamilyBarriers, FamilyCounts, FamilyId, FamilyPool, Item, PlaceAnswer,
};
use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::team::{
    decode_team, decode_team_with_families, encode_team, encode_team_with_families, TeamCodeError, TeamCodeRead,
};
use team_support::{body, reframed, sample_counts, XorShift};

const GOLDEN_V3: &str = include_str!("golden/team_codes_v3.txt");

/// `n` families with answers drawn from `seed`, some left unanswered.
fn families(seed: u64, n: u64) -> FamilyCounts {
    let mut rng = XorShift(seed);
    let mut pool = FamilyPool::default();
    for i in 0..n {
        let mut answers = FamilyAnswers::new(FamilyId::new(seed * 10_000 + i + 1).expect("a small id"));
        for area in Area::ALL {
            let place = match rng.below(6) {
                0 => None,
                1 => Some(PlaceAnswer::DontKnow),
                at => Some(PlaceAnswer::Level(Level::ALL[usize::try_from(at - 2).expect("small")])),
            };
            answers.set_place(area, place);
        }
        for item in Item::ALL {
            answers.set_item(item, Agreement::from_number(u8::try_from(rng.below(6)).expect("small")));
        }
        answers.barriers = FamilyBarriers::from_bits(u8::try_from(rng.below(128)).expect("seven bits"));
        pool.add(answers);
    }
    FamilyCounts::of(&pool)
}

/// Every count the families' part of a format 3 code holds, in its order.
fn family_values(counts: &FamilyCounts) -> Vec<u32> {
    let mut values = vec![counts.families];
    for area in Area::ALL {
        values.push(counts.dont_know(area));
        values.extend(Level::ALL.map(|level| counts.at(area, level)));
    }
    for item in Item::ALL {
        values.extend(Agreement::ALL.map(|point| counts.item_at(item, point)));
    }
    values.extend(FamilyBarrier::ALL.map(|barrier| counts.barrier(barrier)));
    values
}

#[test]
fn t3_codes_round_trip_with_the_families_and_t2_is_written_without_them() {
    for (seed, staff, n) in [(1, 5, 5), (2, 17, 23), (3, 200, 140), (4, 3000, 2500)] {
        let counts = sample_counts(seed, staff);
        let pooled = families(seed, n);
        assert_eq!(pooled.families, u32::try_from(n).expect("small"));
        let code = encode_team_with_families(&counts, Some(&pooled));
        assert!(code.starts_with("T3") && code.len() < 4096, "{code}");
        let read = decode_team_with_families(&format!("https://example.org/tools/#t={code}")).expect("a fresh code decodes");
        assert_eq!(read, TeamCodeRead { counts: counts.clone(), families: Some(pooled.clone()) });
        assert_eq!(decode_team(&code), Ok(counts.clone()), "a reader of staff counts alone opens T3 too");
        let unanswered: u32 = Area::ALL.iter().map(|area| read.families.as_ref().map_or(0, |f| f.unanswered(*area))).sum();
        assert_eq!(unanswered, Area::ALL.iter().map(|area| pooled.unanswered(*area)).sum::<u32>());
        println!("T3 code for {staff} staff and {n} families: {} characters", code.len());
        // Without families, or with fewer than five, the code is format 2.
        assert_eq!(encode_team_with_families(&counts, None), encode_team(&counts));
        assert_eq!(encode_team_with_families(&counts, Some(&families(seed, 4))), encode_team(&counts));
        assert_eq!(decode_team_with_families(&encode_team(&counts)), Ok(TeamCodeRead { counts, families: None }));
    }
}

#[test]
fn released_t3_codes_decode_to_their_families_counts() {
    let cases: Vec<(&str, Vec<u32>)> = GOLDEN_V3
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (code, values) = line.split_once('\t').expect("code<TAB>counts");
            (code, values.split(' ').map(|v| v.parse().expect("decimal counts")).collect())
        })
        .collect();
    assert_eq!(cases.len(), 3, "every golden case is read");
    for (code, expected) in cases {
        assert!(code.starts_with("T3"), "{code}");
        let read = decode_team_with_families(code).unwrap_or_else(|error| panic!("{code}: {error:?}"));
        assert_eq!(family_values(read.families.as_ref().expect("format 3 carries families")), expected, "{code}");
    }
}

#[test]
fn a_t3_code_with_impossible_family_counts_is_refused_even_with_a_right_checksum() {
    let counts = sample_counts(9, 6);
    let pooled = families(9, 6);
    let code = encode_team_with_families(&counts, Some(&pooled));
    let bytes = body(&code);
    let counts_bytes = &bytes[..bytes.len() - 4];
    assert!(decode_team_with_families(&reframed("T3", counts_bytes)).is_ok());
    // Read as format 2, the families' counts are left over: refused.
    assert_eq!(decode_team(&reframed("T2", counts_bytes)), Err(TeamCodeError::Inconsistent));
    // The last count is how many checked the last barrier, at most six
    // here; 100 is impossible for six families.
    let mut changed = counts_bytes.to_vec();
    if let Some(last) = changed.last_mut() {
        *last = 100;
    }
    assert_eq!(decode_team(&reframed("T3", &changed)), Err(TeamCodeError::Inconsistent));
    assert_eq!(decode_team(&reframed("T3", &counts_bytes[..counts_bytes.len() - 1])), Err(TeamCodeError::Inconsistent));
    // Four families are too few to be carried, even by a hand-made code:
    // the families' part written by hand for four families with nothing
    // answered.
    let staff_part = &body(&encode_team(&counts));
    let mut four = staff_part[..staff_part.len() - 4].to_vec();
    four.push(4);
    four.extend([0u8; 25 + 40 + 7]);
    assert_eq!(decode_team(&reframed("T3", &four)), Err(TeamCodeError::TooFewRespondents));
    four[staff_part.len() - 4] = 5;
    assert!(decode_team_with_families(&reframed("T3", &four)).is_ok_and(|read| read.families.is_some_and(|f| f.families == 5)));
}

#[test]
fn seeded_corruptions_of_t3_codes_are_refused_or_read_exactly() {
    let mut rng = XorShift(2026);
    let alphabet: Vec<char> = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect();
    let mut refused = 0;
    for round in 0..400u64 {
        let counts = sample_counts(round % 7 + 1, 5 + round % 30);
        let pooled = families(round + 1, 5 + round % 40);
        let code = encode_team_with_families(&counts, Some(&pooled));
        let chars: Vec<char> = code.chars().collect();
        let at = 2 + usize::try_from(rng.below(u64::try_from(chars.len() - 2).expect("short"))).expect("short");
        let mut damaged = chars.clone();
        match round % 3 {
            // A character changed, one dropped, or two swapped.
            0 => damaged[at] = alphabet[usize::try_from(rng.below(64)).expect("small")],
            1 => {
                damaged.remove(at);
            }
            _ => damaged.swap(at, 2 + (at - 1) % (chars.len() - 2)),
        }
        let damaged: String = damaged.into_iter().collect();
        match decode_team_with_families(&damaged) {
            Ok(read) => assert_eq!(read, TeamCodeRead { counts, families: Some(pooled) }, "{damaged} was read as other counts"),
            Err(_) => refused += 1,
        }
    }
    assert!(refused > 300, "only {refused} of 400 damaged codes were refused");
}
