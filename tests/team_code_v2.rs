//! Team codes of format 2 (`T2…`): the plan's pooled counts per practice
//! travel with the rest, round-trip exactly, and impossible counts are
//! refused. (The seeded corruption test in `team.rs` damages format 2 codes
//! with plans.)

#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use partnership_selfcheck::core::model::{Area, Feasibility, Level, PracticeRef};
use partnership_selfcheck::core::share;
use partnership_selfcheck::core::team::{counts_csv, decode_team, encode_team, TeamCodeError, TeamSummary};
use team_support::{body, choose, person, pool_of, rate, reframed, sample_counts, tick, XorShift};

fn at(level: Level, position: u8) -> PracticeRef {
    PracticeRef::new(level, position).expect("positions are 0-3")
}

#[test]
fn pooled_ratings_and_priorities_are_counted_at_each_persons_next_level() {
    let area = Area::LinkingToLearning;
    // Three at Come-if-we-call (planning Open-Door), two at Open-Door.
    let people = [
        choose(rate(person(1, [1, 2, 1, 1, 1]), area, 0, Feasibility::Easy), area, 0),
        rate(person(2, [1, 2, 1, 1, 1]), area, 0, Feasibility::Easy),
        tick(rate(person(3, [1, 2, 1, 1, 1]), area, 0, Feasibility::Hard), area, 3, 1),
        tick(person(4, [1, 3, 1, 1, 1]), area, 3, 0),
        rate(person(5, [1, 3, 1, 1, 1]), area, 0, Feasibility::TakesTime),
    ];
    let counts = pool_of(&people).counts().expect("five people");
    let first = counts.practice(area, at(Level::OpenDoor, 0));
    assert_eq!(Feasibility::ALL.map(|f| first.rated(f)), [0, 2, 0, 1], "only the three planning Open-Door rate its practices");
    assert_eq!((first.priority(), first.doing(), first.rated_total()), (1, 1, 3));
    // Person 3's tick of the second Open-Door practice says "already doing"
    // there; person 4 is at Open-Door, so that tick is not a rating.
    let second = counts.practice(area, at(Level::OpenDoor, 1));
    assert_eq!((second.doing(), second.rated(Feasibility::AlreadyDoing)), (1, 1));
    let partnership = counts.practice(area, at(Level::Partnership, 0));
    assert_eq!((partnership.rated(Feasibility::TakesTime), partnership.doing()), (1, 0));
    assert_eq!(counts.practice(area, at(Level::Fortress, 0)).doing(), 0);
    assert!(counts.has_plan());
    let csv = counts_csv(&counts, "g", partnership_selfcheck::core::content::default_content());
    for row in [
        "g,practice,linking_to_learning/open_door/0,easy,2,,",
        "g,practice,linking_to_learning/open_door/0,hard,1,,",
        "g,practice,linking_to_learning/open_door/0,priority,1,,",
        "g,practice,linking_to_learning/open_door/0,doing,1,,",
        "g,practice,linking_to_learning/open_door/1,already_doing,1,,",
        "g,practice,linking_to_learning/partnership/0,takes_time,1,,",
    ] {
        assert!(csv.contains(&format!("\r\n{row},")), "missing row {row}");
    }
    let code = encode_team(&counts);
    assert!(code.starts_with("T2"), "{code}");
    assert_eq!(decode_team(&code), Ok(counts));
}

#[test]
fn t2_codes_round_trip_with_plans_and_rebuild_the_summary() {
    for (seed, n) in [(1, 5), (2, 17), (3, 200), (4, 3000)] {
        let counts = sample_counts(seed, n);
        assert!(counts.has_plan());
        let code = encode_team(&counts);
        assert!(code.starts_with("T2") && code.len() < 4096, "{} characters", code.len());
        let decoded = decode_team(&code).expect("a fresh code decodes");
        assert_eq!(decoded, counts);
        assert_eq!(TeamSummary::from_counts(&decoded), TeamSummary::from_counts(&counts));
        assert_eq!(decode_team(&format!("https://example.org/tools/#t={code}")), Ok(counts));
        println!("T2 code for {n} respondents: {} characters", code.len());
    }
    // Pooling the same people from their share codes gives the same counts
    // as from their files.
    let mut rng = XorShift(77);
    let people: Vec<_> = (0..40).map(|i| team_support::random_answers(&mut rng, 900 + i)).collect();
    let mut from_codes = partnership_selfcheck::core::team::Pool::new();
    for one in &people {
        assert!(from_codes.add_code(&share::encode(one)).is_added());
    }
    assert_eq!(from_codes.counts(), pool_of(&people).counts());
}

#[test]
fn a_t2_code_with_impossible_plan_counts_is_refused_even_with_a_right_checksum() {
    let counts = sample_counts(9, 6);
    let code = encode_team(&counts);
    let bytes = body(&code);
    let counts_bytes = &bytes[..bytes.len() - 4];
    assert_eq!(decode_team(&reframed("T2", counts_bytes)), Ok(counts));
    // Read as format 1, the plan's counts are left over: refused.
    assert_eq!(decode_team(&reframed("T1", counts_bytes)), Err(TeamCodeError::Inconsistent));
    // The last count is a priority or a "doing" count, all of them at most
    // six here; 100 is impossible for six people.
    let mut changed = counts_bytes.to_vec();
    if let Some(last) = changed.last_mut() {
        *last = 100;
    }
    assert_eq!(decode_team(&reframed("T2", &changed)), Err(TeamCodeError::Inconsistent));
    // A missing count is refused too.
    assert_eq!(decode_team(&reframed("T2", &counts_bytes[..counts_bytes.len() - 1])), Err(TeamCodeError::Inconsistent));
}
