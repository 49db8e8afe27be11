//! Team codes released in format 1 (`T1…`) keep decoding to exactly the
//! counts they were made from, whatever format this build writes.

#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::model::{Area, Barrier, Belief, Level, Likert};
use partnership_selfcheck::core::team::{decode_team, TeamCounts};

const GOLDEN_V1: &str = include_str!("golden/team_codes_v1.txt");

/// Every count a format 1 code holds, in the code's own order (see the
/// golden file's header).
fn v1_values(counts: &TeamCounts) -> Vec<i64> {
    let mut values = vec![i64::from(counts.respondents())];
    for area in Area::ALL {
        let c = counts.area(area);
        values.extend(Level::ALL.map(|level| i64::from(c.at(level))));
        values.push(i64::from(c.not_sure()));
    }
    for belief in Belief::ALL {
        let c = counts.belief(belief);
        values.extend(Likert::all().map(|point| i64::from(c.held(point))));
        values.extend(Likert::all().map(|point| i64::from(c.practised(point))));
        values.push(i64::from(c.gap_count()));
        values.push(c.gap_sum());
    }
    values.extend(Barrier::ALL.map(|barrier| i64::from(counts.barrier(barrier))));
    values
}

/// The golden cases as (code, counts) pairs.
fn golden_cases() -> Vec<(&'static str, Vec<i64>)> {
    GOLDEN_V1
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (code, values) = line.split_once('\t').expect("code<TAB>counts");
            let values = values.split(' ').map(|v| v.parse().expect("decimal counts")).collect();
            (code, values)
        })
        .collect()
}

#[test]
fn released_t1_codes_decode_to_their_counts_with_no_plan() {
    let cases = golden_cases();
    assert_eq!(cases.len(), 5, "every golden case is read");
    for (code, expected) in cases {
        assert!(code.starts_with("T1"), "{code}");
        let counts = decode_team(code).unwrap_or_else(|error| panic!("{code}: {error:?}"));
        assert_eq!(v1_values(&counts), expected, "{code}");
        assert!(!counts.has_plan(), "{code}: format 1 opens with no ratings or priorities");
    }
}
