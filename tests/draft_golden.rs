//! Every released draft format opens in this version: a person midway
//! through the walk when an update is deployed loses nothing. One draft per
//! shape a released version wrote (tests/golden/drafts/): format 1 saved on
//! the intro, on an area, on the beliefs and on the results, around a
//! version 1 results file (before plans) or a version 2 one, and on the
//! intro with the step to resume at (written since the blind order).

use partnership_selfcheck::core::draft;
use partnership_selfcheck::core::file;
use partnership_selfcheck::core::session::{Screen, Step};

const V1: &str = include_str!("golden/results_v1.json");
const V2: &str = include_str!("golden/results_v2.json");

/// Each golden draft: its text, the results file inside it, the screen it
/// opens on and the step "Continue" goes back to.
fn drafts() -> Vec<(&'static str, &'static str, &'static str, Screen, Option<Step>)> {
    let step = |key: &str| Step::from_key(key).expect("a step of this version");
    vec![
        ("intro, file v1", include_str!("golden/drafts/draft_1_intro_file_v1.txt"), V1, Screen::Intro, None),
        (
            "area, file v1",
            include_str!("golden/drafts/draft_1_area_file_v1.txt"),
            V1,
            Screen::Step(step("area:linking_to_learning")),
            Some(step("area:linking_to_learning")),
        ),
        (
            "beliefs, file v2",
            include_str!("golden/drafts/draft_1_beliefs_file_v2.txt"),
            V2,
            Screen::Step(step("beliefs")),
            Some(step("beliefs")),
        ),
        (
            "results, file v2",
            include_str!("golden/drafts/draft_1_results_file_v2.txt"),
            V2,
            Screen::Step(step("results")),
            Some(step("results")),
        ),
        (
            "intro with a step to resume at, file v2",
            include_str!("golden/drafts/draft_1_intro_resume_file_v2.txt"),
            V2,
            Screen::Intro,
            Some(step("area:addressing_differences")),
        ),
    ]
}

#[test]
fn every_released_draft_opens_with_its_answers_notes_and_place() {
    for (name, text, results, screen, resume) in drafts() {
        let opened = draft::decode(text).unwrap_or_else(|error| panic!("{name}: {error:?}"));
        let file = file::import(results).unwrap_or_else(|error| panic!("{name}: the golden file: {error:?}"));
        assert_eq!(opened.answers, file.answers, "{name}: the answers");
        assert_eq!(Some(opened.notes.as_str()), file.notes.as_deref(), "{name}: the notes");
        assert!(!opened.notes.is_empty(), "{name}: the golden file has notes to keep");
        assert_eq!(opened.screen, screen, "{name}: the screen");
        assert_eq!(opened.resume, resume, "{name}: the step to resume at");
    }
}

#[test]
fn every_released_draft_is_kept_whole_when_this_version_saves_it_again() {
    for (name, text, ..) in drafts() {
        let opened = draft::decode(text).unwrap_or_else(|error| panic!("{name}: {error:?}"));
        let again = draft::decode(&draft::encode(&opened)).unwrap_or_else(|error| panic!("{name}, saved again: {error:?}"));
        assert_eq!(again, opened, "{name}");
    }
}

#[test]
fn the_golden_drafts_are_of_the_format_this_version_writes() {
    for (name, text, ..) in drafts() {
        let header = text.lines().next().unwrap_or_default();
        assert!(header.starts_with(&format!("partnership-selfcheck-draft {} ", draft::DRAFT_VERSION)), "{name}: {header}");
    }
}
