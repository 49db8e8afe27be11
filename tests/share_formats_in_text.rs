//! Checks that codes of both formats are found wherever a person pastes
//! them: a format-1 code (the golden ones, which released builds wrote) and
//! a format-2 code with a plan open from a wrapped, quoted link, and the team
//! page's scan finds both kinds side by side in one e-mail thread.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

mod share_support;

use partnership_selfcheck::core::file::read_pasted;
use partnership_selfcheck::core::model::{Answers, Area, AssessmentId, Feasibility, Level, Mark, PlanPractice};
use partnership_selfcheck::core::share::{self, decode, encode, extract_code, ShareError};
use share_support::golden_v1;

/// Answers with a full plan: every area at Fortress or Come-if-we-call,
/// some practices rated, and three priorities.
fn planned(seed: u8) -> Answers {
    let mut answers = Answers::new(AssessmentId::from_random([seed, 7, 7, seed, 1]));
    for (number, area) in (0u8..).zip(Area::ALL) {
        let level = if (number + seed) % 2 == 0 { Level::Fortress } else { Level::ComeIfWeCall };
        answers.set_mark(area, Some(Mark::Level(level)));
        let practice = PlanPractice::new(area, (number + seed) % 4).expect("a position");
        answers.set_rating(practice, Some(Feasibility::ALL[usize::from((number + seed) % 4)]));
    }
    for (area, position) in [(Area::LinkingToLearning, 0), (Area::SupportingAdvocacy, 3), (Area::SharingPower, 1)] {
        let practice = PlanPractice::new(area, position).expect("a position");
        answers.set_priority(practice, true).expect("three priorities");
    }
    answers
}

/// The ways a wrapped link reaches the widget: a mail client's line break
/// and quote marker (kept by the paste box), and the same break as an
/// address bar percent-encodes it.
const BREAKS: [&str; 4] = ["\n> ", "\r\n> > ", "%20%3E%20", "%2520%253E%2520"];

/// Checks that the link for `code` opens to `answers` wherever it is broken.
fn opens_wherever_it_is_wrapped(code: &str, answers: &Answers) {
    let link = format!("https://selfcheck.example.org/lincoln/#r={code}");
    for at in 1..link.len() {
        for line_break in BREAKS {
            let text = format!("{}{line_break}{}", &link[..at], &link[at..]);
            assert_eq!(decode(&text).as_ref(), Ok(answers), "{text:?}");
            assert_eq!(read_pasted(&text).map(|view| view.answers).as_ref(), Ok(answers), "{text:?}");
            if !line_break.starts_with('%') {
                let found = share::find_codes(&text).found;
                assert_eq!(found.len(), 1, "{text:?}: {found:?}");
                assert_eq!((found[0].code.as_str(), found[0].decoded.as_ref()), (code, Ok(answers)), "{text:?}");
            }
        }
    }
}

#[test]
fn a_wrapped_format_1_link_still_opens_without_a_plan() {
    for (answers, code) in golden_v1() {
        assert!(answers.priorities().is_empty());
        opens_wherever_it_is_wrapped(&code, &answers);
    }
}

#[test]
fn a_wrapped_format_2_link_opens_with_its_plan() {
    for seed in 0..4 {
        let answers = planned(seed);
        let code = encode(&answers);
        assert!(code.starts_with("P2") && answers.priorities().len() == 3);
        opens_wherever_it_is_wrapped(&code, &answers);
    }
}

#[test]
fn a_thread_with_codes_of_both_formats_pools_each_once() {
    let golden = golden_v1();
    let (old_answers, old_code) = &golden[5];
    let new_answers = planned(2);
    let new_code = encode(&new_answers);
    let (head, tail) = new_code.split_at(23);
    let thread = format!(
        "Hi all, my old one: {old_code}\n\
         > and the new one https://example.org/#r={head}\n\
         > {tail}\n\
         P2 and P1 are the formats; P1abc is cut, P3{} is from a newer widget.\n",
        "A".repeat(44)
    );
    let scan = share::find_codes(&thread);
    let found: Vec<(u32, &str, Result<&Answers, &ShareError>)> =
        scan.found.iter().map(|f| (f.line, f.code.as_str(), f.decoded.as_ref())).collect();
    let newer = format!("P3{}", "A".repeat(44));
    assert_eq!(
        found,
        vec![
            (1, old_code.as_str(), Ok(old_answers)),
            (2, new_code.as_str(), Ok(&new_answers)),
            (4, newer.as_str(), Err(&ShareError::NewerVersion { version: 3 })),
        ],
        "short words such as P2 and P1abc are no candidates"
    );
}

#[test]
fn a_complete_code_of_either_format_wins_over_a_cut_or_newer_one() {
    let (_, old_code) = &golden_v1()[0];
    let new_code = encode(&planned(1));
    let newer = format!("P3{}", "A".repeat(44));
    for (text, expected) in [
        (format!("P2abc is cut, this works: {old_code}"), old_code),
        (format!("P1abc is cut, {newer} is newer, this works: {new_code}"), &new_code),
        (format!("{new_code} and {old_code}"), &new_code),
        (format!("<{old_code}>{new_code}"), old_code),
        (format!("#r={new_code} thanks, see you"), &new_code),
    ] {
        assert_eq!(extract_code(&text).as_ref(), Ok(expected), "{text:?}");
    }
    // A code of one format directly followed by more code characters is
    // too long, not another format's code.
    assert_eq!(decode(&format!("{old_code}{}", &new_code[..10])), Err(ShareError::TooLong));
    assert_eq!(decode(&format!("{new_code}A")), Err(ShareError::TooLong));
}
