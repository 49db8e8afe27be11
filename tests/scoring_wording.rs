//! The mixed-profile wording is true of the answers on screen, for every
//! pattern of the five areas over the four school types, "Not sure" and
//! unmarked (6^5 = 7,776 patterns): the count it gives is the number of
//! marks, every open area that could settle the label is named, and each
//! claim about answering holds when the answers are tried.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::Placeholder;
use partnership_selfcheck::core::content::{default_content, Key, PluralKey};
use partnership_selfcheck::core::model::{Answers, Area, AssessmentId, Level, Mark};
use partnership_selfcheck::core::scoring::{label_for, score, Answering, Mixed, Outcome, Suggestion};

/// The letters of a pattern: the four types, N = "Not sure", _ = unmarked.
const LETTERS: [char; 6] = ['F', 'C', 'O', 'P', 'N', '_'];

fn mark(letter: char) -> Option<Mark> {
    match letter {
        'N' => Some(Mark::NotSure),
        '_' => None,
        _ => Some(Mark::Level(Level::ALL["FCOP".find(letter)?])),
    }
}

/// Every pattern with the answers it stands for.
fn every_pattern() -> impl Iterator<Item = (String, Answers)> {
    (0..6usize.pow(5)).map(|code| {
        let pattern: String = (0..5).map(|i| LETTERS[code / 6usize.pow(i) % 6]).collect();
        let mut answers = Answers::new(AssessmentId::from_random([4, 4, 4, 4, 4]));
        for (area, letter) in Area::ALL.into_iter().zip(pattern.chars()) {
            answers.set_mark(area, mark(letter));
        }
        (pattern, answers)
    })
}

/// The levels of the areas, with `chosen` answered in open areas.
fn with_answers(levels: [Option<Level>; 5], chosen: &[(Area, Level)]) -> Vec<Level> {
    let mut levels = levels;
    for (area, level) in chosen {
        levels[area.index()] = Some(*level);
    }
    levels.into_iter().flatten().collect()
}

/// Every way of answering `areas` with a level of `levels`.
fn every_answer(areas: &[Area], levels: &[Level]) -> Vec<Vec<(Area, Level)>> {
    areas.iter().fold(vec![Vec::new()], |ways, area| {
        ways.iter().flat_map(|way| levels.iter().map(move |level| [way.clone(), vec![(*area, *level)]].concat())).collect()
    })
}

/// Every subset of `areas` with `size` areas.
fn subsets(areas: &[Area], size: usize) -> Vec<Vec<Area>> {
    (0u32..1 << areas.len())
        .filter(|bits| bits.count_ones() as usize == size)
        .map(|bits| areas.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, a)| *a).collect())
        .collect()
}

/// The levels a move puts in place, with the open areas' answers.
fn moved(levels: [Option<Level>; 5], s: &Suggestion) -> [Option<Level>; 5] {
    let mut levels = levels;
    for up in &s.moves {
        levels[up.area().index()] = Some(up.to());
    }
    levels
}

#[test]
fn every_mixed_sentence_counts_the_marks_and_names_every_open_area_that_could_settle_it() {
    let text = default_content();
    let (mut mixed, mut any_of, mut with_moves) = (0, 0, 0);
    for (pattern, answers) in every_pattern() {
        let scored = score(&answers);
        let given = pattern.chars().filter(|c| "FCOP".contains(*c)).count();
        let open: Vec<Area> = Area::ALL.into_iter().zip(pattern.chars()).filter(|(_, c)| "N_".contains(*c)).map(|(a, _)| a).collect();
        let Outcome::Mixed(outcome) = &scored.outcome else {
            continue;
        };
        mixed += 1;
        assert_eq!(scored.marks().len(), given, "{pattern}");
        let sentence = match outcome {
            Mixed::Closest(_) => text.ui_with(
                Key::MixedClosest,
                &[(Placeholder::Count, &given.to_string()), (Placeholder::Type, "x"), (Placeholder::Label, "y")],
            ),
            Mixed::OutOfReach => text.ui_with(Key::MixedOutOfReach, &[(Placeholder::Count, &given.to_string())]),
        };
        assert!(sentence.contains(&format!("The {given} areas with a mark")), "{pattern}: {sentence}");
        assert!(!sentence.contains("five"), "{pattern}: {sentence}");
        let Mixed::Closest(s) = outcome else { continue };
        assert_eq!(s.open, open, "{pattern}: every open area, unmarked or Not sure, is offered");
        let levels = scored.levels;
        let counting: Vec<Level> = s.answers.first().map(|a| a.levels.iter().collect()).unwrap_or_default();
        let named = s.open.iter().map(|a| text.instrument.areas[*a].title).collect::<Vec<_>>().join(", ");
        match s.answering() {
            None => assert!(s.answers.is_empty(), "{pattern}"),
            Some(Answering::Every) => {
                assert_eq!(s.answers.len(), open.len(), "{pattern}");
                for way in every_answer(&open, &counting) {
                    assert_eq!(label_for(&with_answers(levels, &way)), Some(s.label), "{pattern}: {way:?}");
                }
                let sentence = text.ui_with(Key::MixedAnswerOpen, &[(Placeholder::Areas, &named)]);
                assert!(open.iter().all(|a| sentence.contains(text.instrument.areas[*a].title)), "{sentence}");
            }
            Some(Answering::AnyOf(count)) => {
                any_of += 1;
                assert!(count < open.len() && count == s.answers.len(), "{pattern}");
                // Any `count` of the named areas settle it, whichever they are.
                for chosen in subsets(&open, count) {
                    for way in every_answer(&chosen, &counting) {
                        assert_eq!(label_for(&with_answers(levels, &way)), Some(s.label), "{pattern}: {way:?}");
                    }
                }
                let sentence = text.ui_count(PluralKey::MixedAnswerAny, count as u64, &[(Placeholder::Areas, &named)]);
                assert!(open.iter().all(|a| sentence.contains(text.instrument.areas[*a].title)), "{sentence}");
                assert!(count == 1 || sentence.contains(&format!("any {count} of")), "{sentence}");
            }
            Some(Answering::EveryAndMoves) => {
                with_moves += 1;
                // Answers come before moves, so a suggestion that moves
                // marks answers every open area...
                assert_eq!(s.answers.len(), open.len(), "{pattern}");
                for way in every_answer(&open, &counting) {
                    assert_eq!(label_for(&with_answers(moved(levels, s), &way)), Some(s.label), "{pattern}: {way:?}");
                }
                // ...and no answers alone give any label, so the page does
                // not say that answering could settle it.
                for way in every_answer(&open, &Level::ALL) {
                    assert_eq!(label_for(&with_answers(levels, &way)), None, "{pattern}: {way:?}");
                }
            }
        }
    }
    println!("{mixed} mixed patterns; {any_of} settled by any of several open areas; {with_moves} need answers and moves");
    assert!(any_of > 0 && with_moves > 0, "both wordings are exercised");
}

#[test]
fn the_issues_example_names_the_unmarked_area_as_well() {
    // Linking to learning is "Not sure" and Sharing power left unmarked (a
    // suggestion may be waiting there); answering either could settle the
    // label, so both are named.
    let mut answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
    for (area, letter) in Area::ALL.into_iter().zip("ONOO_".chars()) {
        answers.set_mark(area, mark(letter));
    }
    let Outcome::Mixed(Mixed::Closest(s)) = score(&answers).outcome else { panic!("three Open-Door label nothing") };
    assert_eq!(s.open, vec![Area::LinkingToLearning, Area::SharingPower]);
    assert_eq!(s.answering(), Some(Answering::AnyOf(1)));
}
