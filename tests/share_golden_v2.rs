//! Checks that the golden share codes of format 2 (`tests/golden/
//! share_codes_v2.txt`) decode to exactly the answers their file describes,
//! plan included, and that this build's encoder still writes them.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, Barrier, Belief, Feasibility, Level, Likert, Mark, PlanPractice, PracticeRef,
};
use partnership_selfcheck::core::share::{decode, encode};

/// The golden codes of format 2, each with a description of its answers.
const GOLDEN_V2: &str = include_str!("golden/share_codes_v2.txt");

/// One case of the golden file: its name, its code and the answers the
/// description names.
struct Case {
    name: String,
    code: String,
    answers: Answers,
}

/// Looks a keyed value up, failing the test with the case and line.
fn key<T>(from_key: fn(&str) -> Option<T>, word: Option<&str>, line: &str) -> T {
    word.and_then(from_key).unwrap_or_else(|| panic!("unknown key in {line:?}"))
}

/// A 0-based practice position.
fn position(word: &str, line: &str) -> u8 {
    word.parse().unwrap_or_else(|_| panic!("bad position in {line:?}"))
}

/// A belief answer: 1–5, or `-` for unanswered.
fn point(word: Option<&str>, line: &str) -> Option<Likert> {
    match word {
        Some("-") => None,
        Some(word) => Some(word.parse().ok().and_then(Likert::new).unwrap_or_else(|| panic!("bad point in {line:?}"))),
        None => panic!("missing point in {line:?}"),
    }
}

/// Applies one description line to the answers, through the model's own
/// setters, so a case the model would not allow fails here.
fn describe(answers: &mut Answers, line: &str) {
    let mut words = line.split_whitespace();
    let field = words.next().unwrap_or_default();
    match field {
        "id" => {
            let value = u64::from_str_radix(words.next().unwrap_or_default(), 16).ok();
            answers.id = value.and_then(AssessmentId::new).unwrap_or_else(|| panic!("bad id in {line:?}"));
        }
        "mark" => {
            let area = key(Area::from_key, words.next(), line);
            let mark = match words.next() {
                Some("not_sure") => Mark::NotSure,
                level => Mark::Level(key(Level::from_key, level, line)),
            };
            answers.set_mark(area, Some(mark));
        }
        "ticks" => {
            let area = key(Area::from_key, words.next(), line);
            let level = key(Level::from_key, words.next(), line);
            for word in words {
                let practice = PracticeRef::new(level, position(word, line)).expect("a position in the cell");
                let ticks = answers.area(area).ticks.with(practice, true);
                answers.area_mut(area).ticks = ticks;
            }
        }
        "belief" => {
            let belief = key(Belief::from_key, words.next(), line);
            let held = point(words.next(), line);
            let practised = point(words.next(), line);
            *answers.belief_mut(belief) = Default::default();
            answers.belief_mut(belief).held = held;
            answers.belief_mut(belief).practised = practised;
        }
        "barriers" => {
            for word in words {
                answers.barriers = answers.barriers.with(key(Barrier::from_key, Some(word), line), true);
            }
        }
        "rating" | "priority" => {
            let area = key(Area::from_key, words.next(), line);
            let at = position(words.next().unwrap_or_default(), line);
            let practice = PlanPractice::new(area, at).expect("a position in the cell");
            assert!(answers.plan_level(area).is_some(), "{line:?} names an area without a plan level");
            if field == "rating" {
                answers.set_rating(practice, Some(key(Feasibility::from_key, words.next(), line)));
            } else {
                answers.set_priority(practice, true).unwrap_or_else(|_| panic!("a fourth priority: {line:?}"));
            }
        }
        _ => panic!("unknown line {line:?}"),
    }
}

/// Every case of the golden file, in order.
fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in GOLDEN_V2.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some(name) = line.strip_prefix("case ") {
            let blank = Answers::new(AssessmentId::from_random([0; 5]));
            cases.push(Case { name: name.to_owned(), code: String::new(), answers: blank });
            continue;
        }
        let case = cases.last_mut().unwrap_or_else(|| panic!("{line:?} before the first case"));
        match line.strip_prefix("code ") {
            Some(code) => case.code = code.to_owned(),
            None => describe(&mut case.answers, line),
        }
    }
    cases
}

#[test]
fn golden_codes_of_format_2_keep_decoding_and_encoding() {
    let cases = cases();
    for Case { name, code, answers } in &cases {
        assert!(code.starts_with("P2") && code.len() == 46, "{name}: {code:?} is no format-2 code");
        assert_eq!(decode(code).as_ref(), Ok(answers), "{name}: {code} no longer decodes to its answers");
        assert_eq!(&encode(answers), code, "{name}: the answers now encode differently");
    }
    assert!(cases.len() >= 9, "only {} golden cases", cases.len());
}

#[test]
fn the_golden_cases_cover_every_part_of_the_plan() {
    let cases = cases();
    let all = || cases.iter().map(|case| &case.answers);
    let rated = |rating| all().any(|a| Area::ALL.iter().any(|area| (0..4).any(|p| a.area(*area).ratings.get(p) == Some(rating))));
    assert!(Feasibility::ALL.into_iter().all(rated), "every rating appears");
    assert!(all().any(|a| a.priorities().len() == 3), "a full set of priorities");
    assert!(all().any(|a| a.priorities().is_empty() && Area::ALL.iter().any(|area| !a.area(*area).ratings.is_empty())));
    assert!(all().any(|a| a.priorities().iter().any(|p| p.position() == 3)), "the fourth position");
    for area in Area::ALL {
        assert!(all().any(|a| a.priorities().iter().any(|p| p.area() == area)), "a priority in {area}");
    }
}
