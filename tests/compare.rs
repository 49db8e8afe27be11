//! Comparing two results: the overall label of each side, and the rule
//! that a team is not compared with one person unless asked for anyway.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::{ToolsKey, ToolsText};
use partnership_selfcheck::core::model::{Answers, Area, AssessmentId, Level, Mark};
use partnership_selfcheck::core::scoring::Label;
use partnership_selfcheck::core::share;
use partnership_selfcheck::core::team::{
    compare, compare_checked, encode_team, pool_codes, profile_from_text, Direction, MixedKinds, Overall, Pairing, Profile, ProfileKind,
    Refusal,
};

/// Answers with the given id and one level number per area (0: unmarked).
fn person(id: u64, marks: [u8; 5]) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id).expect("test ids fit 40 bits"));
    for (area, digit) in Area::ALL.into_iter().zip(marks) {
        answers.area_mut(area).mark = Level::from_number(digit).map(Mark::Level);
    }
    answers
}

/// A team's profile, read back from its team code as the tools page reads
/// a pasted team link: people with ids from `first`, all with `marks`.
fn team(first: u64, size: u64, marks: [u8; 5]) -> Profile {
    let codes: Vec<String> = (first..first + size).map(|id| share::encode(&person(id, marks))).collect();
    let counts = pool_codes(&codes).counts().expect("the tests pool at least five people");
    profile_from_text(&encode_team(&counts)).expect("a fresh team code reads back")
}

/// One person's profile, read back from their share code.
fn one(id: u64, marks: [u8; 5]) -> Profile {
    profile_from_text(&share::encode(&person(id, marks))).expect("a fresh share code reads back")
}

#[test]
fn compare_names_each_sides_overall_label_and_its_direction() {
    // Four Open-Door areas and no Fortress: Proficient. Three Partnership
    // areas and the others at Open-Door: Advanced.
    let earlier = team(1, 5, [3, 3, 3, 3, 2]);
    let later = team(100, 6, [4, 4, 4, 3, 3]);
    let comparison = compare_checked(&earlier, &later, MixedKinds::Refuse).expect("two teams compare");
    assert_eq!(comparison.pairing, Pairing::SameKind);
    assert_eq!(comparison.overall.before, Overall::Label(Label::Proficient));
    assert_eq!(comparison.overall.after, Overall::Label(Label::Advanced));
    assert_eq!(comparison.overall.direction, Direction::Up);
    let back = compare(&later, &earlier);
    assert_eq!(back.overall.direction, Direction::Down);
}

#[test]
fn mixed_and_too_few_marks_are_named_without_a_direction() {
    // Open-Door, Partnership, Fortress, Come-if-we-call, Open-Door: no rule
    // holds, and moving marks up one type reaches a label.
    let mixed = one(1, [3, 4, 1, 2, 3]);
    assert!(matches!(mixed.overall(), Overall::Mixed { closest: Some(_) }));
    let sparse = one(2, [4, 4, 0, 0, 0]);
    assert_eq!(sparse.overall(), Overall::TooFewMarks { given: 2 });
    assert_eq!(one(3, [0; 5]).overall(), Overall::NoMarks);
    let comparison = compare(&mixed, &sparse);
    assert_eq!(comparison.overall.direction, Direction::Unknown, "a mixed profile has no label to move from");
    // A mixed profile's closest label is not its label.
    assert_eq!(mixed.overall().label(), None);
}

#[test]
fn a_team_and_one_person_are_refused_unless_compared_anyway() {
    let earlier = team(1, 5, [3, 3, 3, 3, 2]);
    let me = one(200, [4, 4, 4, 3, 3]);
    assert_eq!(earlier.kind, ProfileKind::Team { respondents: 5 });
    assert_eq!(me.kind, ProfileKind::Individual);
    for (before, after) in [(&earlier, &me), (&me, &earlier)] {
        assert_eq!(Pairing::of(before.kind, after.kind), Pairing::TeamBesidePerson);
        assert_eq!(compare_checked(before, after, MixedKinds::Refuse), Err(Refusal::TeamWithPerson));
        let anyway = compare_checked(before, after, MixedKinds::Allow).expect("asked for anyway");
        assert_eq!(anyway.pairing, Pairing::TeamBesidePerson, "the result says what it sets side by side");
        assert_eq!((anyway.before, anyway.after), (before.kind, after.kind));
    }
    // Two people, or two teams, are never refused.
    let other = one(201, [3, 3, 3, 3, 3]);
    assert_eq!(compare_checked(&me, &other, MixedKinds::Refuse).map(|c| c.pairing), Ok(Pairing::SameKind));
    // The refusal has its own reason in words.
    assert_eq!(Refusal::TeamWithPerson.message_key(), ToolsText::Tools(ToolsKey::CompareRefusedTeamWithPerson));
}
