//! Browser benchmark (run by `make bench`, not by `make test`): pools 10,000
//! format 2 share codes with plans inside headless Chromium and prints the time and memory.
//! It asserts only that the pooling is correct; timings depend on the machine.

#![cfg(target_arch = "wasm32")]

use partnership_selfcheck::core::model::*;
use partnership_selfcheck::core::{share, team};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn answers(i: u32) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(u64::from(i) * 7919 + 1).unwrap_or(AssessmentId::from_random([0; 5])));
    for (n, area) in Area::ALL.into_iter().enumerate() {
        let level = Level::ALL[(i as usize + n) % 4];
        answers.area_mut(area).mark = Some(Mark::Level(level));
        answers.area_mut(area).ticks = TickSet::from_bits((i as u16).wrapping_mul(31) & 0x7777);
    }
    for belief in Belief::ALL {
        answers.belief_mut(belief).held = Likert::new((i % 5) as u8 + 1);
        answers.belief_mut(belief).practised = Likert::new(((i / 5) % 5) as u8 + 1);
    }
    answers.barriers = BarrierSet::from_bits((i as u8).wrapping_mul(37));
    // A plan, as format 2 codes carry: ratings of the next level's practices
    // in every area below Partnership, and up to three priorities.
    for (n, practice) in (0u32..).zip(PlanPractice::all()) {
        let rating = Feasibility::ALL.get(((i + n) % 5) as usize).copied();
        answers.set_rating(practice, rating);
        if (i + n) % 7 == 0 && !answers.priorities().is_full() {
            let _ = answers.set_priority(practice, true);
        }
    }
    answers
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_default()
}

/// How many times the pooling is timed; the median is the figure, so that
/// one pause of the browser does not decide it.
const RUNS: usize = 5;

#[wasm_bindgen_test]
fn pool_ten_thousand_codes() {
    let codes: Vec<String> = (0..10_000).map(|i| share::encode(&answers(i))).collect();
    assert!(codes.iter().all(|c| c.starts_with("P2")));
    let mut times = Vec::new();
    let mut pool = team::Pool::new();
    for _ in 0..RUNS {
        let start = now();
        pool = team::pool_codes(&codes);
        times.push(now() - start);
    }
    let first = times[0];
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    let start = now();
    let summary = team::summarize(&pool, team::Threshold::default());
    let summarized = now() - start;
    assert_eq!(pool.len(), 10_000);
    assert!(pool.counts().is_some_and(|c| c.has_plan()), "the plans were pooled");
    assert!(matches!(summary, team::Summary::Ready(_)));
    let memory = wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().map(|b| b.byte_length()).unwrap_or(0))
        .unwrap_or(0);
    let line = format!(
        "BENCH pooling 10,000 P2 codes with plans in Chromium: {median:.1} ms (median of {RUNS}; first run {first:.1} ms); summary {summarized:.1} ms; wasm memory {} KiB",
        memory / 1024
    );
    web_sys::console::log_1(&line.clone().into());
    wasm_bindgen_test::console_log!("{line}");
}

use wasm_bindgen::JsCast;
