//! Families beside staff on the district page, tested on team codes made
//! by the core: `T3` codes from staff and families pooled as the tools
//! page pools them, and `T2` codes of staff alone.

use super::*;
use crate::core::content::default_content;
use crate::core::family::{Agreement, FamilyAnswers, FamilyCounts, FamilyId, FamilyPool, Item, PlaceAnswer};
use crate::core::model::{Answers, Area, AssessmentId, Level, Mark};
use crate::core::team::{encode_team_with_families, FamiliesYears, Pool};

/// A team code: `staff` people who all marked every area with the level
/// numbered `staff_mark` (1–4), and, when `families` is above zero, that
/// many families who all placed every area at `family_mark`, the first
/// `welcome` of them agreeing they feel welcome (the rest disagreeing) and
/// every one agreeing the school invites them. `seed` keeps codes apart.
fn code(seed: u64, staff: u64, staff_mark: u8, families: u64, family_mark: u8, welcome: u64) -> String {
    let mut pool = Pool::new();
    for person in 0..staff {
        let mut answers = Answers::new(AssessmentId::new(seed * 1000 + person + 1).expect("small ids fit"));
        for area in Area::ALL {
            answers.set_mark(area, Level::from_number(staff_mark).map(Mark::Level));
        }
        pool.add_answers(answers, "test");
    }
    let mut family_pool = FamilyPool::default();
    for family in 0..families {
        let mut answers = FamilyAnswers::new(FamilyId::new(seed * 1000 + family + 1).expect("small ids fit"));
        for area in Area::ALL {
            answers.set_place(area, Level::from_number(family_mark).map(PlaceAnswer::Level));
        }
        answers.set_item(Item::Welcome, Some(if family < welcome { Agreement::StronglyAgree } else { Agreement::Disagree }));
        answers.set_item(Item::SchoolInvites, Some(Agreement::Agree));
        family_pool.add(answers);
    }
    let counts = pool.counts().expect("five people or more");
    let families = (families > 0).then(|| FamilyCounts::of(&family_pool));
    encode_team_with_families(&counts, families.as_ref())
}

/// A round of named schools' links pasted at once.
fn round_of(schools: &[(&str, String)]) -> State {
    let text: Vec<String> =
        schools.iter().map(|(name, code)| format!("> https://x.org/tools/?name={}#t={code}", name.replace(' ', "%20"))).collect();
    State::default().reduce(Action::AddText(text.join("\n")))
}

#[test]
fn a_t3_link_gives_its_families_beside_its_staff_and_a_t2_link_says_it_has_none() {
    let state = round_of(&[("Oak", code(1, 6, 3, 7, 2, 5)), ("Elm", code(2, 5, 2, 0, 0, 0)), ("Ash", code(3, 5, 2, 3, 2, 3))]);
    assert!(state.round().school("Oak").is_some_and(|s| s.code.starts_with("T3")));
    assert!(state.round().school("Ash").is_some_and(|s| s.code.starts_with("T2")), "three families stay out of the link");
    let rows = family_rows(state.round(), "");
    assert_eq!(family_rows(state.round(), "OA").len(), 1, "filtered by name as the grid is");
    assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Ash", "Elm", "Oak"]);
    assert_eq!(rows[0].families, SchoolFamilies::NotInLink);
    assert_eq!(rows[1].families, SchoolFamilies::NotInLink);
    let SchoolFamilies::Beside(shown) = &rows[2].families else { panic!("Oak's link carries families") };
    let FamiliesShown { beside, sides, welcome, invited } = **shown;
    assert_eq!((rows[2].staff, beside.staff, beside.families), (6, Some(6), 7));
    assert_eq!(sides, [(Some(Level::OpenDoor), Some(Level::ComeIfWeCall)); 5]);
    assert_eq!(welcome, Agreeing { agree: 5, answered: 7 });
    assert_eq!(invited, Agreeing { agree: 7, answered: 7 });
    assert_eq!(beside.areas[0].gap, crate::core::family::Gap::Differ { staff: Level::OpenDoor, families: Level::ComeIfWeCall });
    assert_eq!(district_families(state.round()), None, "one school with families is not the district");
}

#[test]
fn district_wide_families_wait_for_three_schools_with_families_and_add_them_up() {
    let state = round_of(&[
        ("A", code(1, 5, 3, 5, 2, 5)),
        ("B", code(2, 5, 2, 6, 2, 3)),
        ("C", code(3, 5, 2, 5, 4, 0)),
        ("D", code(4, 7, 1, 0, 0, 0)),
    ]);
    let wide = district_families(state.round()).expect("three schools with families");
    assert_eq!((wide.schools, wide.families), (3, 16), "the school without families counts in neither");
    assert_eq!(wide.welcome, Agreeing { agree: 8, answered: 16 });
    assert_eq!(wide.invited, Agreeing { agree: 16, answered: 16 });
    for area in wide.areas {
        assert_eq!((area.families_lower, area.same, area.families_higher, area.unclear), (1, 1, 1, 0), "{area:?}");
    }
    let fewer = round_of(&[("A", code(1, 5, 3, 5, 2, 5)), ("B", code(2, 5, 2, 6, 2, 3)), ("D", code(4, 7, 1, 0, 0, 0))]);
    assert_eq!(district_families(fewer.round()), None);
}

#[test]
fn year_over_year_says_how_families_moved_where_both_links_carry_them() {
    let before = round_of(&[("A", code(1, 5, 2, 5, 1, 5)), ("B", code(2, 5, 2, 5, 2, 5)), ("C", code(3, 5, 2, 0, 0, 0))]);
    let after = round_of(&[("A", code(4, 5, 3, 6, 2, 5)), ("B", code(5, 5, 2, 0, 0, 0)), ("C", code(6, 5, 3, 0, 0, 0))]);
    let moves = family_moves(before.round(), after.round());
    assert_eq!(moves.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["A", "B"], "C never carried families");
    let FamiliesYears::Moved { families, areas } = &moves[0].years else { panic!("both of A's links carry families") };
    assert_eq!(*families, [5, 6]);
    assert_eq!(areas[0].most, [Some(Level::Fortress), Some(Level::ComeIfWeCall)]);
    assert_eq!(moves[1].years, FamiliesYears::NotBoth { then: true, now: false });
}

#[test]
fn the_csv_gives_the_families_per_area_and_leaves_them_empty_without() {
    let state = round_of(&[("Oak", code(1, 6, 3, 7, 2, 5)), ("Elm", code(2, 5, 2, 0, 0, 0))]);
    let csv = district_csv(state.round(), default_content());
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 2 * 5);
    assert!(lines[0].contains(",unmarked,families,family_most_type,family_fortress,family_come_if_we_call,family_open_door,family_partnership,family_no_view,pta_standards,"));
    assert!(lines[1].starts_with("2026–27,Elm,5,yes,building_relationships,come_if_we_call,0,5,0,0,0,0,,,,,,,,Welcoming"), "{}", lines[1]);
    assert!(
        lines[6].starts_with("2026–27,Oak,6,yes,building_relationships,open_door,0,0,6,0,0,0,7,come_if_we_call,0,7,0,0,0,Welcoming"),
        "{}",
        lines[6]
    );
}

#[test]
fn the_workspace_keeps_the_families_and_an_older_file_still_opens() {
    let oak = code(1, 6, 3, 7, 2, 5);
    let elm = code(2, 5, 2, 0, 0, 0);
    let state = round_of(&[("Oak", oak.clone()), ("Elm", elm.clone())]);
    let file = workspace_file(&state.workspace());
    assert!(file.contains("\"version\": 2") && file.contains("\"families\": 7") && file.contains("\"families\": 0"), "{file}");
    let read = read_workspace(&file).expect("our own file reads");
    assert_eq!(read, state.workspace());
    assert_eq!(read.rounds[1].school("Oak").and_then(|s| s.families.as_ref()).map(|f| f.families), Some(7));
    // The families must be what the code carries.
    assert_eq!(read_workspace(&file.replace("\"families\": 7", "\"families\": 6")), Err(WorkspaceError::Damaged));
    assert_eq!(read_workspace(&file.replace("\"families\": 0", "\"families\": \"none\"")), Err(WorkspaceError::Damaged));
    // A version 1 file, as the page wrote it before families: no
    // `families`, and a `T3` code in it still gives its families.
    let v1 = format!(
        "{{\"format\":\"partnership-selfcheck-district\",\"version\":1,\"instrument_version\":1,\"district\":\"Springfield\",\
         \"rounds\":[{{\"label\":\"2025–26\",\"schools\":[]}},{{\"label\":\"2026–27\",\"schools\":[\
         {{\"name\":\"Elm\",\"code\":\"{elm}\"}},{{\"name\":\"Oak\",\"code\":\"{oak}\"}}]}}]}}"
    );
    let old = read_workspace(&v1).expect("a version 1 file opens");
    assert_eq!(old.rounds, state.rounds);
    assert_eq!(old.district, "Springfield");
    let with_families = v1.replacen(&format!("\"code\":\"{elm}\""), &format!("\"code\":\"{elm}\",\"families\":0"), 1);
    assert_eq!(read_workspace(&with_families), Err(WorkspaceError::Damaged), "version 1 has no families field");
    let opened = State::default().reduce(Action::OpenWorkspace(Ok(old)));
    assert_eq!(opened.notice, Some(Notice::Opened));
    assert!(matches!(family_rows(opened.round(), "")[1].families, SchoolFamilies::Beside { .. }));
}
