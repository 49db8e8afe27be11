//! The district's state and views, tested on team codes made by the core
//! from made-up people's answers.

use super::*;
use crate::core::content::default_content;
use crate::core::model::{Answers, Area, AssessmentId, Barrier, Belief, Feasibility, Level, Likert, Mark, PlanPractice};
use crate::core::share;
use crate::core::team::{encode_team, Pool};

/// A team code of `people` people who all marked each area with the given
/// level number (0 leaves it unmarked), checked the given barriers, held
/// every belief at 5 and practised it at 3, and rated the first practice of
/// each area's next level up "easy". `seed` keeps codes of equal answers
/// apart.
fn team(seed: u64, people: u64, marks: [u8; 5], barriers: &[Barrier]) -> String {
    let mut pool = Pool::new();
    for person in 0..people {
        let mut answers = Answers::new(AssessmentId::new(seed * 1000 + person + 1).expect("small ids fit"));
        for (area, digit) in Area::ALL.into_iter().zip(marks) {
            answers.set_mark(area, Level::from_number(digit).map(Mark::Level));
            if let Some(practice) = PlanPractice::new(area, 0) {
                answers.set_rating(practice, Some(Feasibility::Easy));
            }
        }
        for barrier in barriers {
            answers.barriers = answers.barriers.with(*barrier, true);
        }
        for belief in Belief::ALL {
            let answer = answers.belief_mut(belief);
            answer.held = Likert::new(5);
            answer.practised = Likert::new(3);
        }
        pool.add_answers(answers, "test");
    }
    encode_team(&pool.counts().expect("five people or more"))
}

/// A team link as the tools page writes it, named or not.
fn link(name: Option<&str>, code: &str) -> String {
    match name {
        Some(name) => format!("https://district.example/selfcheck/tools/?name={}&accent=336699#t={code}", name.replace(' ', "%20")),
        None => format!("https://district.example/selfcheck/tools/#t={code}"),
    }
}

fn pasted(state: State, text: &str) -> State {
    state.reduce(Action::PasteBox(text.to_owned())).reduce(Action::AddPasteBox)
}

#[test]
fn a_forwarded_thread_gives_one_school_per_named_link_and_refuses_personal_links() {
    let lincoln = team(1, 6, [1, 2, 3, 4, 2], &[]);
    let person = share::fragment(&{
        let mut a = Answers::new(AssessmentId::new(77).expect("fits"));
        a.set_mark(Area::ALL[0], Some(Mark::Level(Level::OpenDoor)));
        a
    });
    let text = format!(
        "---------- Forwarded message ---------\nFrom: Principal\n> Here is ours: {}\n> {}\nMine: https://x.org/#{person}\nFamily: https://x.org/#f=F1abc\n{}\n",
        link(Some("Lincoln Elementary"), &lincoln),
        link(Some("lincoln  elementary"), &lincoln),
        link(None, &team(2, 5, [2; 5], &[])),
    );
    let state = pasted(State::default(), &text);
    assert_eq!(state.round().len(), 1);
    assert_eq!(state.round().schools().next().map(|s| s.name.as_str()), Some("Lincoln Elementary"));
    assert_eq!(
        state.log,
        vec![
            LogLine::Added { name: "Lincoln Elementary".into() },
            LogLine::Same { name: "Lincoln Elementary".into() },
            LogLine::Refused { line: 5, why: Refused::Individual },
            LogLine::Refused { line: 6, why: Refused::Family },
            LogLine::NeedsName { line: 7 },
        ]
    );
    assert_eq!(state.pending.len(), 1);
    assert!(state.paste_box.is_empty());
    // A bare share code is one person's answers too, and so is a family's.
    let bare = person.trim_start_matches("r=");
    let family =
        crate::core::family::encode_family(&crate::core::family::FamilyAnswers::new(crate::core::family::FamilyId::new(9).expect("fits")));
    let state = pasted(state, &format!("my code: {bare}\nours: {family}"));
    assert_eq!(state.log, vec![LogLine::Refused { line: 1, why: Refused::Individual }, LogLine::Refused { line: 2, why: Refused::Family }]);
}

#[test]
fn a_name_keeps_its_apostrophe_and_brackets_and_a_link_in_angle_brackets_is_read() {
    let code = team(7, 5, [2; 5], &[]);
    let text = format!(
        "(see <https://x.org/tools/?name=St.%20Mary's%20(Annex)&accent=336699#t={code}>), thanks\n\"{}\"",
        link(Some("Oak"), &code)
    );
    let state = pasted(State::default(), &text);
    assert_eq!(state.log, vec![LogLine::Added { name: "St. Mary's (Annex)".into() }, LogLine::Added { name: "Oak".into() }]);
}

#[test]
fn an_unnamed_link_waits_for_the_coordinators_name() {
    let code = team(3, 7, [3; 5], &[]);
    let state = pasted(State::default(), &link(None, &code));
    let state = state.reduce(Action::NamePending(0));
    assert_eq!(state.notice, Some(Notice::EmptyName), "an empty name is refused");
    let state = state.reduce(Action::PendingTyped(0, "  Oak   Middle ".into())).reduce(Action::NamePending(0));
    assert!(state.pending.is_empty());
    assert_eq!(state.round().school("oak middle").map(|s| s.counts.respondents()), Some(7));
    // The same link pasted again is the school already named.
    let state = pasted(state, &link(None, &code));
    assert_eq!(state.log, vec![LogLine::Same { name: "Oak Middle".into() }]);
    assert!(state.pending.is_empty());
}

#[test]
fn a_newer_link_replaces_the_older_within_a_round_only() {
    let old = team(4, 5, [1; 5], &[]);
    let new = team(5, 8, [2; 5], &[]);
    let state = pasted(State::default(), &link(Some("Elm"), &old));
    let state = pasted(state, &link(Some("Elm"), &new));
    assert_eq!(state.log, vec![LogLine::Replaced { name: "Elm".into() }]);
    assert_eq!(state.round().school("Elm").map(|s| s.code.clone()), Some(new.clone()));
    // The earlier round is another year: the same school is added there.
    let state = pasted(state.reduce(Action::ChooseRound(0)), &link(Some("Elm"), &old));
    assert_eq!(state.log, vec![LogLine::Added { name: "Elm".into() }]);
    assert_eq!(state.rounds[0].len(), 1);
    assert_eq!(state.rounds[1].len(), 1);
}

#[test]
fn a_damaged_link_is_refused_with_the_team_codes_reason() {
    let mut code = team(6, 5, [1; 5], &[]);
    code.truncate(code.len() - 3);
    let state = pasted(State::default(), &link(Some("Ash"), &code));
    assert!(matches!(state.log.as_slice(), [LogLine::Refused { line: 1, why: Refused::Damaged(_) }]), "{:?}", state.log);
    assert!(state.round().is_empty());
}

/// A round of named schools, from (name, people, marks, barriers).
fn round_of(schools: &[(&str, u64, [u8; 5], &[Barrier])]) -> State {
    let text: Vec<String> = schools
        .iter()
        .enumerate()
        .map(|(i, (name, people, marks, barriers))| link(Some(name), &team(i as u64 + 10, *people, *marks, barriers)))
        .collect();
    pasted(State::default(), &text.join("\n"))
}

#[test]
fn the_grid_sorts_by_name_area_and_how_far_along_and_filters_by_name() {
    let state = round_of(&[("Cedar", 6, [4, 4, 4, 4, 4], &[]), ("Birch", 12, [1, 1, 1, 1, 1], &[]), ("Aspen", 9, [2, 3, 0, 2, 2], &[])]);
    let names = |rows: Vec<GridRow>| rows.into_iter().map(|r| r.name).collect::<Vec<_>>();
    assert_eq!(names(grid(state.round(), SortBy::Name, "")), ["Aspen", "Birch", "Cedar"]);
    assert_eq!(names(grid(state.round(), SortBy::FarAlong, "")), ["Cedar", "Aspen", "Birch"]);
    assert_eq!(names(grid(state.round(), SortBy::Area(Area::ALL[2]), "")), ["Cedar", "Birch", "Aspen"], "no middle type sorts last");
    assert_eq!(names(grid(state.round(), SortBy::Name, "  BIR ")), ["Birch"]);
    let state = state.reduce(Action::ShowAllRows);
    assert!(state.all_rows);
    assert_eq!(
        state.to_keep(),
        round_of(&[("Cedar", 6, [4, 4, 4, 4, 4], &[]), ("Birch", 12, [1, 1, 1, 1, 1], &[]), ("Aspen", 9, [2, 3, 0, 2, 2], &[])]).to_keep(),
        "how the grid is shown is not kept"
    );
    let aspen = &grid(state.round(), SortBy::Name, "aspen")[0];
    assert_eq!((aspen.people, aspen.few), (9, true));
    assert_eq!(
        aspen.middle,
        [Some(Level::ComeIfWeCall), Some(Level::OpenDoor), None, Some(Level::ComeIfWeCall), Some(Level::ComeIfWeCall)]
    );
    assert!(!grid(state.round(), SortBy::Name, "birch")[0].few);
}

#[test]
fn district_wide_figures_wait_for_three_schools() {
    let two = round_of(&[("A", 5, [1; 5], &[]), ("B", 5, [2; 5], &[])]);
    assert_eq!(spread(two.round()), None);
    assert_eq!(gaps(two.round()), None);
    assert_eq!(behind_in_most(two.round()), None);
    assert_eq!(support(two.round()), None);
    assert_eq!(quick_wins(two.round(), |_, _| 3), None);
}

#[test]
fn spread_gap_and_schools_behind_in_most_areas() {
    let state = round_of(&[
        ("North", 5, [1, 1, 1, 3, 3], &[]),
        ("South", 6, [3, 3, 3, 3, 3], &[]),
        ("East", 7, [3, 4, 3, 3, 0], &[]),
        ("West", 8, [2, 2, 4, 4, 3], &[]),
    ]);
    let spread = spread(state.round()).expect("four schools");
    assert_eq!(spread[0].at, [1, 1, 2, 0]);
    assert_eq!((spread[4].at, spread[4].without), ([0, 0, 3, 0], 1));
    let gaps = gaps(state.round()).expect("four schools");
    let first = gaps[0];
    assert_eq!(
        (first.lowest, first.highest, first.middle, first.below, first.steps()),
        (Level::Fortress, Level::OpenDoor, Level::ComeIfWeCall, 1, 2)
    );
    // North is below the middle in three areas; West in two.
    assert_eq!(behind_in_most(state.round()), Some(vec!["North".to_owned()]));
}

#[test]
fn support_names_hard_areas_barriers_belief_gaps_and_shared_quick_wins() {
    let [b0, b1, b2] = [Barrier::ALL[0], Barrier::ALL[1], Barrier::ALL[2]];
    let state = round_of(&[("P", 5, [1, 2, 3, 4, 4], &[b1]), ("Q", 6, [1, 2, 4, 4, 4], &[b1, b2]), ("R", 7, [2, 4, 4, 4, 4], &[b2, b0])]);
    let support = support(state.round()).expect("three schools");
    assert_eq!(
        support.hard_areas,
        vec![(Area::ALL[0], 3), (Area::ALL[1], 2)],
        "areas where no school is at the two lower types are left out"
    );
    assert_eq!(&support.barriers[..3], &[(b2, 13), (b1, 11), (b0, 7)]);
    assert_eq!(support.people, 18);
    assert_eq!(support.belief_gaps, Belief::ALL.iter().map(|b| (*b, 20)).collect::<Vec<_>>(), "held 5, practised 3: a gap of 2.0");
    let wins = quick_wins(state.round(), |_, _| 3).expect("three schools");
    // Everyone rated the first practice of their next level up easy: in
    // area 0 P and Q (Come-if-we-call's first) share one, R another.
    assert!(wins.iter().any(|w| w.area == Area::ALL[0] && w.practice.level() == Level::ComeIfWeCall && w.schools == 2), "{wins:?}");
    assert!(wins.iter().all(|w| w.schools >= 2));
}

#[test]
fn year_over_year_matches_schools_by_name_and_counts_moves_per_area() {
    let before = round_of(&[("A", 5, [1, 2, 3, 1, 0], &[]), ("B", 5, [2; 5], &[]), ("C", 5, [3; 5], &[]), ("Gone", 5, [1; 5], &[])]);
    let after = round_of(&[("a", 6, [2, 2, 2, 1, 1], &[]), ("B", 5, [3; 5], &[]), ("C", 5, [3; 5], &[]), ("New", 5, [4; 5], &[])]);
    let (schools, totals) = moves(before.round(), after.round());
    assert_eq!(schools.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["a", "B", "C"]);
    assert_eq!(schools[0].people, (5, 6));
    assert_eq!(schools[0].areas.map(|(_, _, m)| m), [Move::Up, Move::Same, Move::Down, Move::Same, Move::Unknown]);
    let totals = totals.expect("three schools in both rounds");
    assert_eq!((totals[0].up, totals[0].same, totals[0].down), (2, 1, 0));
    assert_eq!((totals[4].up, totals[4].same, totals[4].down), (1, 1, 0));
}

#[test]
fn the_csv_has_one_row_per_school_and_area_with_the_crosswalk() {
    let state = round_of(&[("=Lincoln", 6, [1, 2, 3, 4, 0], &[]), ("Oak, North", 5, [2; 5], &[])]);
    let csv = district_csv(state.round(), default_content());
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 2 * 5);
    assert_eq!(lines[0], DISTRICT_CSV_HEADER.join(","));
    assert!(lines[1].starts_with("2026–27,'=Lincoln,6,yes,building_relationships,fortress,6,0,0,0,0,0,,,,,,,,Welcoming all families; Communicating effectively,Communicating; Volunteering,"), "{}", lines[1]);
    assert!(
        lines[5].starts_with("2026–27,'=Lincoln,6,yes,sharing_power,,0,0,0,0,0,6,,,,,,,,Sharing power; Collaborating with community,"),
        "{}",
        lines[5]
    );
    assert!(lines[6].starts_with("2026–27,\"Oak, North\",5,yes,"));
}

#[test]
fn the_workspace_file_round_trips_and_refuses_what_it_is_not() {
    let state = round_of(&[("Lincoln", 6, [1, 2, 3, 4, 0], &[]), ("Oak", 5, [2; 5], &[])])
        .reduce(Action::DistrictName("Springfield  Unified".into()))
        .reduce(Action::RoundLabel(0, "Fall 2025".into()));
    let file = workspace_file(&state.workspace());
    let read = read_workspace(&file).expect("our own file reads");
    assert_eq!(read, state.workspace());
    assert_eq!(read.district, "Springfield Unified");
    let reopened = State::default().reduce(Action::OpenWorkspace(Ok(read)));
    assert_eq!((reopened.rounds.clone(), reopened.notice), (state.rounds.clone(), Some(Notice::Opened)));
    assert_eq!(read_workspace("not json"), Err(WorkspaceError::NotAWorkspace));
    assert_eq!(
        read_workspace("{\"format\":\"partnership-selfcheck-team-plan\",\"version\":1,\"instrument_version\":1}"),
        Err(WorkspaceError::NotAWorkspace)
    );
    assert_eq!(read_workspace(&file.replace("\"version\": 2", "\"version\": 9")), Err(WorkspaceError::Newer));
    assert_eq!(read_workspace(&file.replace("\"district\"", "\"extra\": 1, \"district\"")), Err(WorkspaceError::Damaged));
    assert_eq!(read_workspace(&file.replace("\"Oak\"", "\"lincoln\"")), Err(WorkspaceError::Damaged), "a school twice");
    let code = state.round().school("Oak").map(|s| s.code.clone()).unwrap_or_default();
    assert_eq!(read_workspace(&file.replace(&code, &code[..code.len() - 2])), Err(WorkspaceError::Damaged));
}

#[test]
fn storage_keeps_the_workspace_and_leaves_what_it_cannot_read() {
    let state = round_of(&[("Lincoln", 6, [1, 2, 3, 4, 0], &[])]);
    let Keep::Write(text) = state.to_keep() else { panic!("a school is kept") };
    assert!(text.starts_with("partnership-selfcheck-district 1\n{"));
    let reopened = State::open(Ok(Some(text)));
    assert_eq!(reopened.rounds, state.rounds);
    let broken = State::open(Ok(Some("something else".into())));
    assert_eq!((broken.notice, broken.to_keep()), (Some(Notice::Unreadable(WorkspaceError::NotAWorkspace)), Keep::Leave));
    assert_eq!(broken.reduce(Action::Filter("x".into())).to_keep(), Keep::Leave, "a filter changes nothing kept");
    assert_eq!(State::open(Err(StorageBlocked)).to_keep(), Keep::Leave);
    assert_eq!(State::default().to_keep(), Keep::Remove);
    let asking = state.reduce(Action::AskClear);
    assert!(asking.confirming_clear);
    let kept = asking.reduce(Action::CancelClear);
    assert!(!kept.confirming_clear && kept.round().len() == 1, "cancel keeps everything");
    let cleared = kept.reduce(Action::AskClear).reduce(Action::Clear);
    assert_eq!((cleared.to_keep(), cleared.notice, cleared.confirming_clear), (Keep::Remove, Some(Notice::Cleared), false));
}

#[test]
fn a_thousand_schools_links_pool_into_one_round() {
    let codes: Vec<String> =
        (0..25).map(|i| team(100 + i, 5 + i % 7, [(i % 4 + 1) as u8, 2, 3, ((i + 1) % 4 + 1) as u8, 4], &[Barrier::ALL[0]])).collect();
    let text: Vec<String> = (0..1000).map(|i| format!("> {}", link(Some(&format!("School {i:04}")), &codes[i % codes.len()]))).collect();
    let state = pasted(State::default(), &text.join("\n"));
    assert_eq!(state.round().len(), 1000);
    assert_eq!(grid(state.round(), SortBy::FarAlong, "").len(), 1000);
    let spread = spread(state.round()).expect("a thousand schools");
    assert_eq!(spread[0].at.iter().sum::<usize>(), 1000);
    let support = support(state.round()).expect("a thousand schools");
    assert_eq!(support.barriers[0], (Barrier::ALL[0], support.people));
}
