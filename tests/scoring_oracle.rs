//! Checks the scoring against an independent, table-driven oracle.
//!
//! The oracle never calls the implementation's rule logic. It writes the four
//! rules of framework.md ("Turning the five marks into a label") as data rows,
//! highest label first, and evaluates them with a small generic interpreter
//! over marks written as letters: F = Fortress, C = Come-if-we-call,
//! O = Open-Door, P = Partnership, ? = Not sure.
//!
//! | label       | rule over the five marks                               |
//! |-------------|--------------------------------------------------------|
//! | Advanced    | 3 or more Partnership, and every other mark Open-Door  |
//! | Proficient  | 4 or more Open-Door or Partnership, and none Fortress  |
//! | Basic       | 3 or more Come-if-we-call, and none Partnership        |
//! | Below basic | 3 or more Fortress, and none Open-Door or Partnership  |

// The native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::scoring::{label_for, score_levels, Condition, Label, LevelSet, Outcome};

// ---------------------------------------------------------------------------
// The oracle: rules as data, plus a generic interpreter.
// ---------------------------------------------------------------------------

/// The four school types as letters, lowest first.
const LETTERS: [char; 4] = ['F', 'C', 'O', 'P'];

/// The second condition of a rule.
#[derive(Clone, Copy, Debug)]
enum Rest {
    /// "none X": no mark may be one of these letters.
    NoneOf(&'static str),
    /// "every other mark X": every mark outside the counted set must be one
    /// of these letters.
    OthersAll(&'static str),
}

/// One row of the scoring guide.
#[derive(Clone, Copy, Debug)]
struct Rule {
    label: Label,
    /// "N or more ..." threshold.
    at_least: usize,
    /// The letters counted towards the threshold.
    counted: &'static str,
    rest: Rest,
}

/// The scoring guide, taken literally from framework.md, highest label first.
/// A row's position is its rank: a smaller index is a higher label.
const RULES: [Rule; 4] = [
    Rule { label: Label::Advanced, at_least: 3, counted: "P", rest: Rest::OthersAll("O") },
    Rule { label: Label::Proficient, at_least: 4, counted: "OP", rest: Rest::NoneOf("F") },
    Rule { label: Label::Basic, at_least: 3, counted: "C", rest: Rest::NoneOf("P") },
    Rule { label: Label::BelowBasic, at_least: 3, counted: "F", rest: Rest::NoneOf("OP") },
];

/// Interprets one rule row over the given marks (letters; no '?'): how many
/// marks count towards its threshold, and how many break its second
/// condition.
fn rule_counts(rule: &Rule, marks: &[char]) -> (usize, usize) {
    let counted = marks.iter().filter(|m| rule.counted.contains(**m)).count();
    let breaking = match rule.rest {
        Rest::NoneOf(forbidden) => marks.iter().filter(|m| forbidden.contains(**m)).count(),
        Rest::OthersAll(allowed) => marks.iter().filter(|m| !rule.counted.contains(**m) && !allowed.contains(**m)).count(),
    };
    (counted, breaking)
}

/// Whether one rule row holds over the given marks.
fn rule_holds(rule: &Rule, marks: &[char]) -> bool {
    let (counted, breaking) = rule_counts(rule, marks);
    counted >= rule.at_least && breaking == 0
}

/// The table rank (0 = highest) of the highest rule that holds.
fn oracle_rank(marks: &[char]) -> Option<usize> {
    RULES.iter().position(|rule| rule_holds(rule, marks))
}

/// The highest label whose rule holds, by the oracle.
fn oracle_label(marks: &[char]) -> Option<Label> {
    oracle_rank(marks).map(|rank| RULES[rank].label)
}

/// The table row for a label.
fn rule_for(label: Label) -> &'static Rule {
    RULES.iter().find(|rule| rule.label == label).expect("every label has a row")
}

/// Every string of `len` letters over F, C, O, P.
fn all_patterns(len: usize) -> Vec<Vec<char>> {
    let mut out = vec![Vec::new()];
    for _ in 0..len {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                LETTERS.iter().map(move |l| {
                    let mut p = prefix.clone();
                    p.push(*l);
                    p
                })
            })
            .collect();
    }
    out
}

// ---------------------------------------------------------------------------
// Bridging letters and the crate's types (explicit matches, no indices).
// ---------------------------------------------------------------------------

fn level_of(letter: char) -> Option<Level> {
    match letter {
        'F' => Some(Level::Fortress),
        'C' => Some(Level::ComeIfWeCall),
        'O' => Some(Level::OpenDoor),
        'P' => Some(Level::Partnership),
        '?' => None,
        other => panic!("not a mark letter: {other:?}"),
    }
}

fn letter_of(level: Level) -> char {
    match level {
        Level::Fortress => 'F',
        Level::ComeIfWeCall => 'C',
        Level::OpenDoor => 'O',
        Level::Partnership => 'P',
    }
}

const AREAS: [Area; 5] =
    [Area::BuildingRelationships, Area::LinkingToLearning, Area::AddressingDifferences, Area::SupportingAdvocacy, Area::SharingPower];

/// All 5^5 = 3,125 patterns over F, C, O, P and ? (Not sure).
fn every_pattern_with_not_sure() -> Vec<String> {
    let mut patterns = vec![String::new()];
    for _ in 0..5 {
        patterns = patterns.into_iter().flat_map(|p| "FCOP?".chars().map(move |c| format!("{p}{c}"))).collect();
    }
    patterns
}

/// "FFCCO" or "P?PP?" to the implementation's input.
fn levels_of(pattern: &str) -> [Option<Level>; 5] {
    let letters: Vec<char> = pattern.chars().collect();
    assert_eq!(letters.len(), 5, "pattern {pattern:?} must have five marks");
    std::array::from_fn(|i| level_of(letters[i]))
}

/// The given marks of a pattern (the '?' dropped), in area order.
fn given_of(pattern: &[char]) -> Vec<char> {
    pattern.iter().copied().filter(|c| *c != '?').collect()
}

// ---------------------------------------------------------------------------
// Sanity of the oracle itself against hand-written examples.
// ---------------------------------------------------------------------------

/// Named patterns with the label worked out by hand from framework.md
/// (`None`: a mixed profile, whose closest label tests/scoring_closest.rs
/// checks).
type Example = (&'static str, &'static str, Option<Label>);

const EXAMPLES: &[Example] = &[
    // Framework's own mixed examples.
    ("framework: 2F + 2C + 1O", "FFCCO", None),
    ("framework: 1F + 4P", "FPPPP", None),
    // Advanced.
    ("5 Partnership", "PPPPP", Some(Label::Advanced)),
    ("4P + 1O", "PPPPO", Some(Label::Advanced)),
    ("3P + 2O is Advanced, not just Proficient", "OPOPP", Some(Label::Advanced)),
    // Proficient.
    ("3P + 1O + 1C: not all others O, but 4 in O/P and no F", "PPPOC", Some(Label::Proficient)),
    ("2P + 3O: too few P for Advanced", "OOOPP", Some(Label::Proficient)),
    ("5 Open-Door", "OOOOO", Some(Label::Proficient)),
    ("4O + 1C", "COOOO", Some(Label::Proficient)),
    ("4P + 1C", "PPCPP", Some(Label::Proficient)),
    // Basic.
    ("5 Come-if-we-call", "CCCCC", Some(Label::Basic)),
    ("3C + 2O", "CCCOO", Some(Label::Basic)),
    ("3C + 2F: Basic beats Below basic", "FCCFC", Some(Label::Basic)),
    ("3C + 1F + 1O", "CFCOC", Some(Label::Basic)),
    // Below basic.
    ("3F + 2C", "FFFCC", Some(Label::BelowBasic)),
    ("5 Fortress", "FFFFF", Some(Label::BelowBasic)),
    // Mixed.
    ("3P + 1O + 1F", "PPPOF", None),
    ("3O + 2C", "OOOCC", None),
    ("3C + 2P", "CCCPP", None),
    ("3F + 1C + 1O", "FFFCO", None),
    ("3F + 2P", "FFFPP", None),
    ("one of each + 1O", "FCOPO", None),
    // Not sure: thresholds stay, "none"/"every other" apply to given marks.
    ("3P + 2 not sure", "P?PP?", Some(Label::Advanced)),
    ("4O + 1 not sure", "OOOO?", Some(Label::Proficient)),
    ("3O + 2 not sure: Proficient needs 4 marks", "O?O?O", None),
    ("3C + 2 not sure", "CCC??", Some(Label::Basic)),
    ("3F + 1C + 1 not sure", "FF?FC", Some(Label::BelowBasic)),
    ("3F + 1O + 1 not sure", "FFFO?", None),
];

#[test]
fn the_oracle_agrees_with_the_hand_worked_examples() {
    assert!(EXAMPLES.len() >= 12);
    for (name, pattern, label) in EXAMPLES {
        let letters: Vec<char> = pattern.chars().collect();
        assert_eq!(oracle_label(&given_of(&letters)), *label, "oracle on {name} ({pattern})");
    }
}

#[test]
fn the_implementation_agrees_with_the_hand_worked_examples() {
    for (name, pattern, label) in EXAMPLES {
        match (&score_levels(levels_of(pattern)).outcome, label) {
            (Outcome::Label(got), Some(want)) => assert_eq!(got, want, "{name} ({pattern})"),
            (Outcome::Mixed(_), None) => {}
            (other, _) => panic!("{name} ({pattern}): expected {label:?}, got {other:?}"),
        }
    }
}

// ---------------------------------------------------------------------------
// 1. Every complete pattern.
// ---------------------------------------------------------------------------

#[test]
fn every_complete_pattern_gets_the_oracles_label_or_is_mixed() {
    let patterns = all_patterns(5);
    assert_eq!(patterns.len(), 1024);
    let mut per_label = [0usize; 4]; // in RULES order
    let mut mixed = 0;
    for pattern in &patterns {
        let p: String = pattern.iter().collect();
        let score = score_levels(levels_of(&p));
        let levels: Vec<Level> = pattern.iter().map(|c| level_of(*c).unwrap()).collect();
        match (oracle_rank(pattern), &score.outcome) {
            (Some(rank), Outcome::Label(got)) => {
                assert_eq!(*got, RULES[rank].label, "{p}");
                per_label[rank] += 1;
            }
            (None, Outcome::Mixed(_)) => mixed += 1,
            (want, got) => panic!("{p}: oracle says {:?}, implementation says {got:?}", want.map(|r| RULES[r].label)),
        }
        // The public `label_for` agrees too.
        assert_eq!(label_for(&levels), oracle_label(pattern), "label_for {p}");
        assert!(score.missing.is_empty() && !score.is_provisional(), "{p}");
    }
    let labelled: usize = per_label.iter().sum();
    println!(
        "1024 patterns: {labelled} labelled ({} advanced, {} proficient, {} basic, {} below basic), {mixed} mixed",
        per_label[0], per_label[1], per_label[2], per_label[3]
    );
    assert_eq!(labelled + mixed, 1024);
    assert_eq!(mixed, 845);
}

// ---------------------------------------------------------------------------
// 2. Patterns with "Not sure".
// ---------------------------------------------------------------------------

#[test]
fn every_pattern_with_not_sure_is_scored_over_the_marks_given() {
    let patterns = every_pattern_with_not_sure();
    assert_eq!(patterns.len(), 3125);
    let (mut no_marks, mut too_few, mut labelled, mut mixed, mut provisional) = (0, 0, 0, 0, 0);
    for p in &patterns {
        let pattern: Vec<char> = p.chars().collect();
        let levels = levels_of(p);
        let score = score_levels(levels);
        assert_eq!(score.levels, levels, "{p}: levels echoed");
        let want_missing: Vec<Area> = (0..5).filter(|i| pattern[*i] == '?').map(|i| AREAS[i]).collect();
        assert_eq!(score.missing, want_missing, "{p}: missing areas");
        assert_eq!(score.is_provisional(), pattern.contains(&'?'), "{p}: provisional");
        if score.is_provisional() {
            provisional += 1;
        }
        let given = given_of(&pattern);
        if given.is_empty() {
            assert_eq!(score.outcome, Outcome::NoMarks, "{p}");
            no_marks += 1;
            continue;
        }
        // Every rule needs at least three marks, so with one or two given the
        // outcome says so instead of naming a rule these marks could meet.
        if given.len() < 3 {
            assert_eq!(score.outcome, Outcome::TooFewMarks { given: given.len() as u8 }, "{p}");
            assert!(RULES.iter().all(|rule| rule.at_least > given.len()), "{p}: the table agrees no rule can hold");
            too_few += 1;
            continue;
        }
        match (oracle_label(&given), &score.outcome) {
            (Some(want), Outcome::Label(got)) => {
                assert_eq!(*got, want, "{p}");
                labelled += 1;
            }
            // The closest label of a mixed profile is checked against an
            // oracle of its own in tests/scoring_closest.rs.
            (None, Outcome::Mixed(_)) => mixed += 1,
            (want, got) => panic!("{p}: oracle says {want:?}, implementation says {got:?}"),
        }
    }
    println!(
        "3125 patterns with Not sure: {no_marks} no marks, {too_few} with too few marks, \
         {labelled} labelled, {mixed} mixed, {provisional} provisional"
    );
    assert_eq!(no_marks, 1);
    assert_eq!(too_few, 180);
    assert_eq!(no_marks + too_few + labelled + mixed, 3125);
}

/// With only one or two marks no rule can hold, however those marks change,
/// so the outcome must not name a closest rule.
#[test]
fn too_few_marks_name_no_rule() {
    for (p, given) in [("P????", 1), ("PP???", 2), ("F?F??", 2), ("?C??C", 2)] {
        assert_eq!(score_levels(levels_of(p)).outcome, Outcome::TooFewMarks { given }, "{p}");
    }
}

// ---------------------------------------------------------------------------
// 3. Label ordering.
// ---------------------------------------------------------------------------

#[test]
fn labels_are_listed_lowest_first_and_stand_for_their_school_type() {
    assert_eq!(Label::ALL, [Label::BelowBasic, Label::Basic, Label::Proficient, Label::Advanced]);
    // The oracle's table is highest first: its reverse is Label::ALL.
    let table_lowest_first: Vec<Label> = RULES.iter().rev().map(|r| r.label).collect();
    assert_eq!(table_lowest_first, Label::ALL.to_vec());
    assert!(Label::ALL.windows(2).all(|w| w[0] < w[1]), "Ord follows Label::ALL");
    assert_eq!(Label::Advanced.level(), Level::Partnership);
    assert_eq!(Label::Proficient.level(), Level::OpenDoor);
    assert_eq!(Label::Basic.level(), Level::ComeIfWeCall);
    assert_eq!(Label::BelowBasic.level(), Level::Fortress);
}

// ---------------------------------------------------------------------------
// 4. The rules as the implementation publishes them, for the view's panel.
// ---------------------------------------------------------------------------

/// The letters of a level set, lowest first, to compare with the table.
fn letters_of(set: LevelSet) -> String {
    set.iter().map(letter_of).collect()
}

#[test]
fn the_published_rules_are_the_oracles_table() {
    for row in &RULES {
        let rule = row.label.rule();
        let p = format!("{:?}", row.label);
        assert_eq!(rule.label, row.label, "{p}");
        assert_eq!(usize::from(rule.at_least), row.at_least, "{p}: threshold");
        assert_eq!(letters_of(rule.counted), row.counted, "{p}: counted types");
        match (rule.condition, row.rest) {
            (Condition::NoneOf(set), Rest::NoneOf(want)) | (Condition::OthersAll(set), Rest::OthersAll(want)) => {
                assert_eq!(letters_of(set), want, "{p}: second condition's types");
            }
            (got, want) => panic!("{p}: second condition {got:?}, the table says {want:?}"),
        }
    }
}

#[test]
fn every_patterns_rule_checks_give_the_oracles_counts() {
    let patterns = every_pattern_with_not_sure();
    for p in &patterns {
        let pattern: Vec<char> = p.chars().collect();
        let given = given_of(&pattern);
        let score = score_levels(levels_of(p));
        let checks = score.rule_checks();
        assert_eq!(checks.map(|c| c.rule.label), Label::ALL, "{p}: lowest label first");
        for check in checks {
            let row = rule_for(check.rule.label);
            let (counted, breaking) = rule_counts(row, &given);
            let l = check.rule.label;
            assert_eq!((usize::from(check.counted), usize::from(check.breaking)), (counted, breaking), "{p}: {l:?} counts");
            assert_eq!(check.holds(), rule_holds(row, &given), "{p}: {l:?} holds");
            assert_eq!(usize::from(check.short_by()), row.at_least.saturating_sub(counted), "{p}: {l:?} short by");
        }
        // The outcome's label is the highest rule that holds.
        if let Outcome::Label(label) = score.outcome {
            assert_eq!(checks.iter().rev().find(|c| c.holds()).map(|c| c.rule.label), Some(label), "{p}");
        }
    }
}
