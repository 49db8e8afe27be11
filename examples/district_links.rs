//! Made-up schools' team links for the district page's benchmark
//! (`scripts/bench-district.mjs`, `make bench`), made by the core from
//! made-up people's answers, as the tools page would make them: a thousand
//! schools are far too many to walk in the real UI, which the end-to-end
//! test does for its twelve. Every fourth school's link carries five to
//! eight families too (`T3`), so the families' views are timed as well.
//!
//! `cargo run --example district_links -- 12 1` prints twelve schools' team
//! codes for round 1 (one `name<TAB>code` line each); round 2 moves some
//! schools up a type and one down. `-- 1000 1 --bench` instead reads a
//! thousand schools' links pasted as one text through the district core and
//! prints how long that took.

use std::time::Instant;

use partnership_selfcheck::core::district::{self, Action, State};
use partnership_selfcheck::core::family::{Agreement, FamilyAnswers, FamilyCounts, FamilyId, FamilyPool, Item, PlaceAnswer};
use partnership_selfcheck::core::model::*;
use partnership_selfcheck::core::team::{encode_team_with_families, Pool};

const NAMES: [&str; 12] = [
    "Adams Elementary",
    "Baker Middle",
    "Cedar Grove Elementary",
    "Douglass High",
    "Eastside Elementary",
    "Franklin Middle",
    "Garfield Elementary",
    "Hillcrest High",
    "Irving Elementary",
    "Jefferson Middle",
    "King Elementary",
    "Lincoln High",
];

/// The school's name: one of twelve, numbered beyond them.
fn name(index: usize) -> String {
    match NAMES.get(index) {
        Some(name) => (*name).to_owned(),
        None => format!("School {:04}", index + 1),
    }
}

/// One school's team code. Its people mostly agree on a type per area
/// around the school's own; in round 2 every third school is a type
/// further along, and the fifth a type less far.
fn school_code(index: usize, round: u64) -> String {
    // Seeded, so every run makes the same links.
    let mut random = fastrand::Rng::with_seed((index as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ round);
    let base = (index % 4) as i64;
    let shift = match (round, index % 3, index) {
        (2, _, 4) => -1,
        (2, 0, _) => 1,
        _ => 0,
    };
    let people = 5 + (index % 9) as u64;
    let mut pool = Pool::new();
    for person in 0..people {
        let id = AssessmentId::new(((index as u64) << 16 | round << 12 | person) + 1).unwrap_or(AssessmentId::from_random([1; 5]));
        let mut answers = Answers::new(id);
        for (a, area) in Area::ALL.into_iter().enumerate() {
            let noise = match random.u64(..) % 6 {
                0 => -1,
                1 => 1,
                _ => 0,
            };
            let level = (base + shift + noise + if a == 2 { -1 } else { 0 }).clamp(0, 3);
            answers.set_mark(area, Some(Mark::Level(Level::ALL[level as usize])));
            if let Some(practice) = PlanPractice::new(area, 0) {
                answers.set_rating(practice, Some(if random.u64(..) % 3 == 0 { Feasibility::Hard } else { Feasibility::Easy }));
            }
        }
        for belief in Belief::ALL {
            answers.belief_mut(belief).held = Likert::new(5);
            answers.belief_mut(belief).practised = Likert::new((random.u64(..) % 4) as u8 + 1);
        }
        answers.barriers = BarrierSet::from_bits((random.u64(..) & 0x0B) as u8);
        pool.add_answers(answers, "made up");
    }
    let families = (index % 4 == 0).then(|| families(index, &mut random));
    pool.counts().map(|counts| encode_team_with_families(&counts, families.as_ref())).unwrap_or_default()
}

/// Five to eight families' answers for a school, around its own type.
fn families(index: usize, random: &mut fastrand::Rng) -> FamilyCounts {
    let mut pool = FamilyPool::default();
    for family in 0..5 + (index % 4) as u64 {
        let Some(id) = FamilyId::new((index as u64) << 8 | (family + 1)) else { continue };
        let mut answers = FamilyAnswers::new(id);
        for area in Area::ALL {
            let level = ((index % 4) as u64 + random.u64(..) % 2).min(3) as usize;
            answers.set_place(area, Some(PlaceAnswer::Level(Level::ALL[level])));
        }
        for item in [Item::Welcome, Item::SchoolInvites] {
            answers.set_item(item, Some(if random.u64(..) % 3 == 0 { Agreement::Disagree } else { Agreement::Agree }));
        }
        pool.add(answers);
    }
    FamilyCounts::of(&pool)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let schools: usize = args.first().and_then(|n| n.parse().ok()).unwrap_or(12);
    let round: u64 = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1);
    let lines: Vec<(String, String)> = (0..schools).map(|i| (name(i), school_code(i, round))).collect();
    if !args.iter().any(|a| a == "--bench") {
        for (name, code) in lines {
            println!("{name}\t{code}");
        }
        return;
    }
    let text: Vec<String> =
        lines.iter().map(|(name, code)| format!("> https://example.org/tools/?name={}#t={code}", name.replace(' ', "%20"))).collect();
    let text = text.join("\n");
    let started = Instant::now();
    let state = State::default().reduce(Action::AddText(text));
    let read = started.elapsed();
    let started = Instant::now();
    let rows = district::grid(state.round(), district::SortBy::FarAlong, "");
    let support = district::support(state.round());
    let families = district::district_families(state.round());
    let shown = started.elapsed();
    println!(
        "district, natively: {} schools' links read in {:.1} ms; grid ({} rows), support ({} people) and families ({} schools) in {:.1} ms",
        state.round().len(),
        read.as_secs_f64() * 1000.0,
        rows.len(),
        support.map_or(0, |s| s.people),
        families.map_or(0, |f| f.schools),
        shown.as_secs_f64() * 1000.0
    );
}
