//! Native benchmark: prints the share code's length beside the
//! information-theoretic minimum, for the format written (2, with the plan)
//! and the one still read (1), and the time and peak memory of pooling
//! 10,000 codes, and the family code's length beside its minimum. Run with `cargo run --release --example bench` (or
//! `make bench`). Figures are printed, never asserted: they depend on the
//! machine.

use std::time::Instant;

use partnership_selfcheck::core::content::{load, DEFAULT_LANGUAGE};
use partnership_selfcheck::core::model::*;
use partnership_selfcheck::core::{family, share, team};

/// A deterministic answer set for seed `i`, touching every field, the plan
/// included.
fn answers(i: u64) -> Answers {
    let mut state = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut answers = Answers::new(AssessmentId::new(next() & ((1 << 40) - 1)).unwrap_or(AssessmentId::from_random([0; 5])));
    for area in Area::ALL {
        let level = Level::ALL[(next() % 4) as usize];
        answers.area_mut(area).mark = Some(Mark::Level(level));
        let ticks = (next() & 0x7777) as u16;
        answers.area_mut(area).ticks = TickSet::from_bits(ticks);
    }
    for belief in Belief::ALL {
        answers.belief_mut(belief).held = Likert::new((next() % 5) as u8 + 1);
        answers.belief_mut(belief).practised = Likert::new((next() % 5) as u8 + 1);
    }
    answers.barriers = BarrierSet::from_bits(next() as u8);
    // Ratings for the practices of each area's next level up, and up to
    // three priorities among them; areas at Partnership have none.
    for practice in PlanPractice::all() {
        let rating = Feasibility::ALL.get((next() % 5) as usize).copied();
        answers.set_rating(practice, rating);
        if next() % 6 == 0 && !answers.priorities().is_full() {
            let _ = answers.set_priority(practice, true);
        }
    }
    answers
}

/// The process's peak resident memory, from Linux's /proc.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let content = match load(DEFAULT_LANGUAGE) {
        Some(content) => content,
        None => {
            eprintln!("the default content does not load");
            std::process::exit(1);
        }
    };
    let code = share::encode(&answers(1));
    let practices = |area, level| content.practices(area, level).len();
    let minimum = share::minimum_bits_v2(practices);
    println!(
        "share code (format {}, written): {} characters ({} bits as base64url incl. prefix)",
        share::FORMAT_VERSION,
        code.len(),
        code.len() * 6
    );
    println!(
        "information-theoretic minimum for the same answers, plan included: {minimum:.1} bits = {:.1} base64url characters",
        minimum / 6.0
    );
    let minimum_v1 = share::minimum_bits(practices);
    println!(
        "share code (format 1, still read, no plan): {} characters; its answers' minimum: {minimum_v1:.1} bits = {:.1} base64url characters",
        share::code_length('1').unwrap_or_default(),
        minimum_v1 / 6.0
    );
    let family = family::encode_family(&family::FamilyAnswers::new(family::FamilyId::from_random([1, 2, 3, 4, 5])));
    let family_minimum = family::family_minimum_bits();
    println!(
        "family code (F{}): {} characters; its answers', barriers' and id's minimum: {family_minimum:.1} bits = {:.1} base64url characters",
        family::FAMILY_FORMAT,
        family.len(),
        family_minimum / 6.0
    );

    let codes: Vec<String> = (0..10_000).map(|i| share::encode(&answers(i))).collect();
    let before = peak_memory_kib();
    let start = Instant::now();
    let pool = team::pool_codes(&codes);
    let pooled = start.elapsed();
    let start = Instant::now();
    let summary = team::summarize(&pool, team::Threshold::default());
    let summarized = start.elapsed();
    let team_code = pool.counts().map(|c| team::encode_team(&c)).unwrap_or_default();
    println!(
        "pooling 10,000 P2 codes with plans (native): {:.1} ms; summary {:.2} ms; {} distinct; team code {} characters",
        pooled.as_secs_f64() * 1000.0,
        summarized.as_secs_f64() * 1000.0,
        pool.len(),
        team_code.len()
    );
    if let (Some(before), Some(after)) = (before, peak_memory_kib()) {
        println!("peak resident memory: {after} KiB (was {before} KiB before pooling)");
    }
    if matches!(summary, team::Summary::TooFew { .. }) {
        eprintln!("unexpected: 10,000 codes gave too few respondents");
        std::process::exit(1);
    }
}
