//! Checks the closest-label search of mixed profiles against an independent,
//! brute-force oracle.
//!
//! The oracle shares no logic with the implementation. It writes patterns as
//! letters (F = Fortress, C = Come-if-we-call, O = Open-Door, P =
//! Partnership, ? = Not sure), enumerates every pattern a suggestion can
//! reach (each ? left open or answered with any of the four letters, each
//! given letter kept or moved one letter up), labels each with its own
//! reading of the four rules (counting letters), and takes the first by the
//! documented order: fewest moved marks, then fewest answered open areas,
//! then the higher label, then the moved and then the answered areas in area
//! order.

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::cmp::Reverse;
use std::collections::BTreeMap;

use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::scoring::{label_for, score_levels, Label, Mixed, Outcome, Suggestion};

// ---------------------------------------------------------------------------
// The oracle.
// ---------------------------------------------------------------------------

/// The continuum as letters, lowest first: a move goes one letter right.
const CONTINUUM: &str = "FCOP";

/// The letter one step up the continuum, if any.
fn one_up(letter: char) -> Option<char> {
    let at = CONTINUUM.find(letter)?;
    CONTINUUM.chars().nth(at + 1)
}

/// The label of the given marks (no '?'), read straight from framework.md
/// as counts of letters, highest label first.
fn label_of(marks: &[char]) -> Option<Label> {
    let n = |letter: char| marks.iter().filter(|m| **m == letter).count();
    let (f, c, o, p) = (n('F'), n('C'), n('O'), n('P'));
    if p >= 3 && p + o == marks.len() {
        Some(Label::Advanced)
    } else if o + p >= 4 && f == 0 {
        Some(Label::Proficient)
    } else if c >= 3 && p == 0 {
        Some(Label::Basic)
    } else if f >= 3 && o + p == 0 {
        Some(Label::BelowBasic)
    } else {
        None
    }
}

/// The marks given in a pattern: its letters without the '?'.
fn given(pattern: &[char]) -> Vec<char> {
    pattern.iter().copied().filter(|c| *c != '?').collect()
}

/// One pattern a suggestion can reach, with what it took.
#[derive(Clone, Debug)]
struct Reached {
    after: Vec<char>,
    /// Positions whose given letter moved one up.
    moved: Vec<usize>,
    /// Positions whose '?' was answered.
    answered: Vec<usize>,
}

/// Every pattern reachable by answering open areas and moving given marks
/// one letter up, the pattern itself included.
fn reachable(pattern: &[char]) -> Vec<Reached> {
    let mut out = vec![Reached { after: Vec::new(), moved: Vec::new(), answered: Vec::new() }];
    for (i, letter) in pattern.iter().copied().enumerate() {
        out = out
            .into_iter()
            .flat_map(|so_far| {
                let options: Vec<char> =
                    if letter == '?' { "?FCOP".chars().collect() } else { std::iter::once(letter).chain(one_up(letter)).collect() };
                options.into_iter().map(move |option| {
                    let mut next = so_far.clone();
                    next.after.push(option);
                    if letter == '?' && option != '?' {
                        next.answered.push(i);
                    } else if option != letter {
                        next.moved.push(i);
                    }
                    next
                })
            })
            .collect();
    }
    out
}

/// What the oracle expects for a pattern.
#[derive(Debug, PartialEq, Eq)]
struct Expected {
    label: Label,
    /// Positions moved one up.
    moved: Vec<usize>,
    /// Each answered position with every letter an answer there may take:
    /// the letters seen there among the reachable patterns with the same
    /// moves and answers and the same label.
    answers: Vec<(usize, String)>,
}

/// The closest suggestion by brute force; `None` when nothing reachable
/// gets a label.
fn oracle(pattern: &[char]) -> Option<Expected> {
    let labelled: Vec<(Reached, Label)> =
        reachable(pattern).into_iter().filter_map(|r| Some((r.clone(), label_of(&given(&r.after))?))).collect();
    let (best, label) =
        labelled.iter().min_by_key(|(r, label)| (r.moved.len(), r.answered.len(), Reverse(*label), r.moved.clone(), r.answered.clone()))?;
    let same: Vec<&Reached> =
        labelled.iter().filter(|(r, l)| r.moved == best.moved && r.answered == best.answered && l == label).map(|(r, _)| r).collect();
    let answers: Vec<(usize, String)> = best
        .answered
        .iter()
        .map(|i| (*i, CONTINUUM.chars().filter(|letter| same.iter().any(|r| r.after[*i] == *letter)).collect()))
        .collect();
    // Every combination of those letters must give the label, or a set per
    // area could not describe the suggestion.
    let combinations: usize = answers.iter().map(|(_, letters)| letters.len()).product();
    let p: String = pattern.iter().collect();
    assert_eq!(same.len(), combinations, "{p}: the answers' letters do not combine freely");
    Some(Expected { label: *label, moved: best.moved.clone(), answers })
}

// ---------------------------------------------------------------------------
// Bridging letters and the crate's types.
// ---------------------------------------------------------------------------

/// The letters and the levels they stand for, lowest first.
const LETTERS: [(char, Level); 4] = [('F', Level::Fortress), ('C', Level::ComeIfWeCall), ('O', Level::OpenDoor), ('P', Level::Partnership)];

fn level(letter: char) -> Option<Level> {
    LETTERS.iter().find(|(l, _)| *l == letter).map(|(_, level)| *level)
}

fn letter(level: Level) -> char {
    LETTERS.iter().find(|(_, l)| *l == level).map(|(letter, _)| *letter).expect("every level has a letter")
}

fn position(area: Area) -> usize {
    Area::ALL.iter().position(|a| *a == area).expect("a known area")
}

/// All 5^5 = 3,125 patterns over F, C, O, P and ?.
fn every_pattern() -> Vec<Vec<char>> {
    (0..3125usize).map(|code| (0..5).map(|i| "FCOP?".chars().nth(code / 5usize.pow(i) % 5).expect("a digit below 5")).collect()).collect()
}

/// The implementation's outcome for a pattern of letters.
fn outcome(pattern: &[char]) -> Outcome {
    let levels: [Option<Level>; 5] = std::array::from_fn(|i| level(pattern[i]));
    score_levels(levels).outcome
}

/// The implementation's suggestion in the oracle's terms.
fn as_expected(suggestion: &Suggestion) -> Expected {
    Expected {
        label: suggestion.label,
        moved: suggestion.moves.iter().map(|step| position(step.area())).collect(),
        answers: suggestion.answers.iter().map(|a| (position(a.area), a.levels.iter().map(letter).collect())).collect(),
    }
}

/// The mixed patterns with three or more marks given, and what the
/// implementation tells each.
fn every_mixed_pattern() -> Vec<(String, Vec<char>, Mixed)> {
    every_pattern()
        .into_iter()
        .filter_map(|pattern| match outcome(&pattern) {
            Outcome::Mixed(mixed) => Some((pattern.iter().collect(), pattern, mixed)),
            _ => None,
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Hand-worked examples.
// ---------------------------------------------------------------------------

/// What a hand-worked mixed example is told: the closest label with how many
/// marks move and how many open areas are answered, or nothing in reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Told {
    Closest(Label, usize, usize),
    OutOfReach,
}

const EXAMPLES: &[(&str, &str, Told)] = &[
    ("framework: 2F + 2C + 1O: one Fortress up", "FFCCO", Told::Closest(Label::Basic, 1, 0)),
    ("framework: 1F + 4P: Fortress up to Come-if-we-call, not Open-Door", "FPPPP", Told::Closest(Label::Proficient, 1, 0)),
    ("4F + 1O: three Fortress up, never the Open-Door down", "FFFFO", Told::Closest(Label::Basic, 3, 0)),
    ("3P + 1O + 1F: Advanced would need a skip", "PPPOF", Told::Closest(Label::Proficient, 1, 0)),
    ("3O + 2C: one Come-if-we-call up", "OOOCC", Told::Closest(Label::Proficient, 1, 0)),
    ("3C + 2P: two Come-if-we-call up", "CCCPP", Told::Closest(Label::Proficient, 2, 0)),
    ("3F + 1C + 1O: two Fortress up", "FFFCO", Told::Closest(Label::Basic, 2, 0)),
    ("one of each + 1O: Fortress and Come-if-we-call up", "FCOPO", Told::Closest(Label::Proficient, 2, 0)),
    ("3F + 2P: only moves down would label it", "FFFPP", Told::OutOfReach),
    ("3F + 1O + 1P: only moves down or skips would", "FFFOP", Told::OutOfReach),
    ("3O + 2 not sure: answer one", "OOO??", Told::Closest(Label::Proficient, 0, 1)),
    ("3O + 2 not sure, spread out: answer one", "O?O?O", Told::Closest(Label::Proficient, 0, 1)),
    ("2O + 1C + 2 not sure: answer both", "OOC??", Told::Closest(Label::Proficient, 0, 2)),
    ("2F + 2C + 1 not sure: answering ties, Basic is higher", "FFCC?", Told::Closest(Label::Basic, 0, 1)),
    ("3F + 1O + 1 not sure: answer it and move two up", "FFFO?", Told::Closest(Label::Basic, 2, 1)),
];

fn told_by_oracle(pattern: &[char]) -> Told {
    oracle(pattern).map_or(Told::OutOfReach, |e| Told::Closest(e.label, e.moved.len(), e.answers.len()))
}

#[test]
fn the_oracle_agrees_with_the_hand_worked_examples() {
    for (name, pattern, told) in EXAMPLES {
        let letters: Vec<char> = pattern.chars().collect();
        assert_eq!(label_of(&given(&letters)), None, "{name} ({pattern}) is mixed");
        assert_eq!(told_by_oracle(&letters), *told, "oracle on {name} ({pattern})");
    }
}

#[test]
fn the_implementation_agrees_with_the_hand_worked_examples() {
    for (name, pattern, told) in EXAMPLES {
        let got = match outcome(&pattern.chars().collect::<Vec<_>>()) {
            Outcome::Mixed(Mixed::Closest(s)) => Told::Closest(s.label, s.moves.len(), s.answers.len()),
            Outcome::Mixed(Mixed::OutOfReach) => Told::OutOfReach,
            other => panic!("{name} ({pattern}): expected a mixed profile, got {other:?}"),
        };
        assert_eq!(got, *told, "{name} ({pattern})");
    }
}

// ---------------------------------------------------------------------------
// Every pattern.
// ---------------------------------------------------------------------------

#[test]
fn every_mixed_pattern_gets_the_oracles_closest_suggestion() {
    let mut by_size = BTreeMap::new();
    let mut out_of_reach = 0;
    let mixed = every_mixed_pattern();
    for (p, pattern, told) in &mixed {
        assert!(
            given(pattern).len() >= 3 && label_of(&given(pattern)).is_none(),
            "{p}: only unlabelled patterns with three marks are mixed"
        );
        match (told, oracle(pattern)) {
            (Mixed::Closest(s), Some(expected)) => {
                assert_eq!(as_expected(s), expected, "{p}: {s:?}");
                *by_size.entry((s.moves.len(), s.answers.len())).or_insert(0usize) += 1;
            }
            (Mixed::OutOfReach, None) => out_of_reach += 1,
            (got, want) => panic!("{p}: the implementation says {got:?}, the oracle {want:?}"),
        }
    }
    println!("{} mixed patterns; {out_of_reach} out of reach; by (moves, answers): {by_size:?}", mixed.len());
    let complete = mixed.iter().filter(|(_, pattern, _)| !pattern.contains(&'?')).count();
    assert_eq!(complete, 845, "845 of the 1,024 complete patterns are mixed");
}

#[test]
fn no_suggestion_moves_a_mark_down_or_skips_a_level() {
    for (p, pattern, told) in every_mixed_pattern() {
        let Mixed::Closest(s) = told else { continue };
        let mut touched: Vec<usize> = Vec::new();
        for step in &s.moves {
            let i = position(step.area());
            assert_eq!(pattern[i], letter(step.from()), "{p}: {step:?} starts from the given mark");
            assert_eq!(one_up(letter(step.from())), Some(letter(step.to())), "{p}: {step:?} is one level up");
            touched.push(i);
        }
        for answer in &s.answers {
            let i = position(answer.area);
            assert_eq!(pattern[i], '?', "{p}: {answer:?} answers an open area");
            assert!(!answer.levels.is_empty(), "{p}: {answer:?} names the levels that would do");
            touched.push(i);
        }
        let count = touched.len();
        touched.sort_unstable();
        touched.dedup();
        assert_eq!(touched.len(), count, "{p}: an area is touched once at most");
        assert!(!s.moves.is_empty() || !s.answers.is_empty(), "{p}: a mixed profile has something to do");
    }
}

/// Each answered area's letters, combined in every way, as the patterns the
/// suggestion describes.
fn described(pattern: &[char], s: &Suggestion) -> Vec<Vec<char>> {
    let mut after = pattern.to_vec();
    for step in &s.moves {
        after[position(step.area())] = letter(step.to());
    }
    let mut out = vec![after];
    for answer in &s.answers {
        out = out
            .into_iter()
            .flat_map(|p| {
                answer.levels.iter().map(move |level| {
                    let mut p = p.clone();
                    p[position(answer.area)] = letter(level);
                    p
                })
            })
            .collect();
    }
    out
}

#[test]
fn every_suggested_pattern_gets_its_label_and_no_other_answer_does() {
    for (p, pattern, told) in every_mixed_pattern() {
        let Mixed::Closest(s) = told else { continue };
        for after in described(&pattern, &s) {
            let a: String = after.iter().collect();
            assert_eq!(label_of(&given(&after)), Some(s.label), "{p} → {a}: the oracle's label");
            let levels: Vec<Level> = given(&after).into_iter().filter_map(level).collect();
            assert_eq!(label_for(&levels), Some(s.label), "{p} → {a}: the implementation's label");
        }
        // A level outside an answer's set does not give the label with the
        // rest of the suggestion, so the set is the whole of what would do.
        for (k, answer) in s.answers.iter().enumerate() {
            for level in Level::ALL.into_iter().filter(|l| !answer.levels.contains(*l)) {
                let mut narrowed = s.clone();
                narrowed.answers.remove(k);
                let mut with_other = pattern.clone();
                with_other[position(answer.area)] = letter(level);
                for after in described(&with_other, &narrowed) {
                    let a: String = after.iter().collect();
                    assert_ne!(label_of(&given(&after)), Some(s.label), "{p} → {a}: {level:?} is missing from {answer:?}");
                }
            }
        }
    }
}

#[test]
fn a_suggestion_moves_a_mark_only_when_answering_cannot_reach_a_label() {
    for (p, pattern, told) in every_mixed_pattern() {
        let answering_reaches = reachable(&pattern).iter().any(|r| r.moved.is_empty() && label_of(&given(&r.after)).is_some());
        let moves = match &told {
            Mixed::Closest(s) => s.moves.len(),
            Mixed::OutOfReach => usize::MAX,
        };
        assert_eq!(answering_reaches, moves == 0, "{p}: {told:?}");
    }
}

// ---------------------------------------------------------------------------
// The patterns of the issue.
// ---------------------------------------------------------------------------

fn closest_of(pattern: &str) -> Suggestion {
    match outcome(&pattern.chars().collect::<Vec<_>>()) {
        Outcome::Mixed(Mixed::Closest(s)) => s,
        other => panic!("{pattern}: expected a closest label, got {other:?}"),
    }
}

/// A suggestion's moves as (position, from, to) letters.
fn moves_of(s: &Suggestion) -> Vec<(usize, char, char)> {
    s.moves.iter().map(|m| (position(m.area()), letter(m.from()), letter(m.to()))).collect()
}

#[test]
fn the_issues_patterns_get_one_level_up_advice() {
    // FFFFO was told to move the Open-Door down; now three Fortress move up.
    let s = closest_of("FFFFO");
    assert_eq!(s.label, Label::Basic);
    assert_eq!(moves_of(&s), vec![(0, 'F', 'C'), (1, 'F', 'C'), (2, 'F', 'C')]);
    assert!(s.answers.is_empty());

    // FPPPP was told to move Fortress to Open-Door, a skip; now one level.
    let s = closest_of("FPPPP");
    assert_eq!(s.label, Label::Proficient);
    assert_eq!(moves_of(&s), vec![(0, 'F', 'C')]);
    assert!(s.answers.is_empty());

    // OOO?? was told to re-mark three areas; answering one open area, as
    // Open-Door or Partnership, settles it, and nothing moves.
    let s = closest_of("OOO??");
    assert_eq!(s.label, Label::Proficient);
    assert!(s.moves.is_empty());
    let answers: Vec<(usize, String)> = s.answers.iter().map(|a| (position(a.area), a.levels.iter().map(letter).collect())).collect();
    assert_eq!(answers, vec![(3, "OP".to_owned())]);

    // PPP?? already has a label, provisional on the two open areas.
    let score = score_levels([Some(Level::Partnership), Some(Level::Partnership), Some(Level::Partnership), None, None]);
    assert_eq!(score.outcome, Outcome::Label(Label::Advanced));
    assert!(score.is_provisional());
}
