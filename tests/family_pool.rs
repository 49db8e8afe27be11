//! Families' links pooled on the facilitator's page (issue 23, section 3):
//! pasted in one e-mail thread with the staff's, they are recognised and
//! pooled apart; each side is shown only from its own threshold; the gap
//! between the staff's median and the type most families describe is
//! worked out per area; "Clear everything" and its Undo keep both pools
//! together.

#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use partnership_selfcheck::core::family::{
    family_fragment, summarize_families, Agreement, FamiliesBeside, FamilyAnswers, FamilyBarrier, FamilyBarriers, FamilyCounts, FamilyId,
    FamilySummary, Gap, Item, PlaceAnswer,
};
use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::share;
use partnership_selfcheck::core::team::{self, IntakeAction, Summary, Threshold};
use partnership_selfcheck::core::tools::{FocusTarget, Tool, ToolsAction, ToolsState};
use team_support::person;

type State = ToolsState<&'static str>;
type Action = ToolsAction<&'static str>;

/// A family who places every area at `level` and checked `barriers`.
fn family(seed: u8, level: Level, barriers: &[FamilyBarrier]) -> FamilyAnswers {
    let mut answers = FamilyAnswers::new(FamilyId::from_random([seed, 7, 7, 7, seed]));
    for area in Area::ALL {
        answers.set_place(area, Some(PlaceAnswer::Level(level)));
    }
    answers.set_item(Item::Welcome, Some(if seed % 2 == 0 { Agreement::Agree } else { Agreement::Disagree }));
    answers.barriers = barriers.iter().fold(FamilyBarriers::default(), |set, barrier| set.with(*barrier, true));
    answers
}

/// An e-mail thread of six staff links (Open-Door everywhere) and the
/// given families' links, quoted and mixed as replies are.
fn thread(families: &[FamilyAnswers]) -> String {
    let staff = (1..=6).map(|id| format!("> https://s.example/#r={}", share::encode(&person(id, [3; 5]))));
    let families =
        families.iter().map(|answers| format!("Sent from my phone: https://s.example/family/?name=Lincoln#{}", family_fragment(answers)));
    staff.zip(families.clone()).flat_map(|(a, b)| [a, b]).chain(families.skip(6)).collect::<Vec<_>>().join("\nOn Monday, someone wrote:\n")
}

fn fresh() -> State {
    State::open(Tool::Team, None, Ok(None), Ok(None))
}

/// Six staff at Open-Door and seven families, five of whom describe
/// Come-if-we-call and two Partnership, all held back by work hours,
/// pasted as one thread.
fn six_staff_and_seven_families() -> State {
    let families: Vec<FamilyAnswers> = (0..7)
        .map(|seed| family(seed, if seed < 5 { Level::ComeIfWeCall } else { Level::Partnership }, &[FamilyBarrier::WorkHours]))
        .collect();
    fresh().reduce(Action::Intake(IntakeAction::AddText(thread(&families))))
}

#[test]
fn six_staff_and_seven_families_in_one_thread_are_pooled_apart_and_set_side_by_side() {
    let state = six_staff_and_seven_families();
    assert_eq!((state.intake.pool().len(), state.intake.families().len()), (6, 7));
    assert_eq!(state.intake.lines_without_code(), 12, "only the twelve \"someone wrote\" lines between the thirteen links");
    assert_eq!(state.focus.target, Some(FocusTarget::ResultsHeading));
    let Summary::Ready(staff) = team::summarize(state.intake.pool(), Threshold::default()) else { panic!("six staff are enough") };
    let FamilySummary::Ready(counts) = summarize_families(state.intake.families(), Threshold::default()) else {
        panic!("seven families are enough")
    };
    let beside = FamiliesBeside::new(Some(&staff.counts), &counts);
    assert_eq!((beside.staff, beside.families), (Some(6), 7));
    for area in beside.areas {
        assert_eq!(area.staff.map(|spread| spread.at(Level::OpenDoor)), Some(6));
        assert_eq!((area.families.at(Level::ComeIfWeCall), area.families.at(Level::Partnership)), (5, 2));
        assert_eq!(area.gap, Gap::Differ { staff: Level::OpenDoor, families: Level::ComeIfWeCall });
    }
    assert_eq!(beside.widest_gaps().len(), 5);
    assert_eq!(counts.barriers(), [(FamilyBarrier::WorkHours, 7)]);
    assert_eq!((counts.item_at(Item::Welcome, Agreement::Agree), counts.item_at(Item::Welcome, Agreement::Disagree)), (4, 3));
}

#[test]
fn four_families_alone_show_nothing_about_families_and_staff_need_their_own_five() {
    let families: Vec<FamilyAnswers> = (0..4).map(|seed| family(seed, Level::Fortress, &[])).collect();
    let text: String = families.iter().map(|answers| format!("{}\n", family_fragment(answers))).collect();
    let state = fresh().reduce(Action::Intake(IntakeAction::AddText(text)));
    assert_eq!(summarize_families(state.intake.families(), Threshold::default()), FamilySummary::TooFew { families: 4, needed: 5 });
    assert!(state.intake.pool().is_empty());
    // Five families but three staff: the families are shown, the staff not.
    let more = format!(
        "{}\n{}\n",
        family_fragment(&family(9, Level::Fortress, &[])),
        (1..=3).map(|id| share::encode(&person(id, [2; 5]))).collect::<Vec<_>>().join("\n")
    );
    let state = state.reduce(Action::Intake(IntakeAction::AddText(more)));
    let FamilySummary::Ready(counts) = summarize_families(state.intake.families(), Threshold::default()) else { panic!("five families") };
    assert!(matches!(team::summarize(state.intake.pool(), Threshold::default()), Summary::TooFew { .. }));
    let beside = FamiliesBeside::new(None, &counts);
    assert!(beside.areas.iter().all(|area| area.staff.is_none() && area.gap == Gap::Unclear));
    assert_eq!(beside.staff, None);
}

#[test]
fn clearing_forgets_both_pools_and_undo_brings_both_back() {
    let families: Vec<FamilyAnswers> = (0..5).map(|seed| family(seed, Level::OpenDoor, &[])).collect();
    let state = fresh().reduce(Action::Intake(IntakeAction::AddText(thread(&families))));
    let cleared = state.clone().reduce(Action::AskClear).reduce(Action::ConfirmClear);
    assert!(cleared.intake.families().is_empty() && cleared.intake.pool().is_empty());
    let undone = cleared.reduce(Action::Undo);
    assert_eq!(undone.intake.families(), state.intake.families());
    assert_eq!(undone.intake.pool(), state.intake.pool());
}

/// The e-mail thread the end-to-end test pastes on the tools page.
const THREAD: &str = include_str!("golden/family_thread.txt");

#[test]
fn the_end_to_end_thread_holds_six_staff_and_seven_families_and_nothing_damaged() {
    let state = fresh().reduce(Action::Intake(IntakeAction::AddText(THREAD.to_owned())));
    assert_eq!((state.intake.pool().len(), state.intake.families().len()), (6, 7));
    assert_eq!(state.intake.tally(), team::Tally { added: 6, blank: 0, ..team::Tally::default() });
    assert!(state.intake.family_log().iter().all(|entry| *entry == partnership_selfcheck::core::family::FamilyEntry::Added));
    assert!(matches!(team::summarize(state.intake.pool(), Threshold::default()), Summary::Ready(_)));
    assert!(matches!(summarize_families(state.intake.families(), Threshold::default()), FamilySummary::Ready(_)));
}

#[test]
fn the_csv_gains_the_families_rows_after_the_staffs_and_only_when_they_are_shown() {
    let state = six_staff_and_seven_families();
    let Summary::Ready(staff) = team::summarize(state.intake.pool(), Threshold::default()) else { panic!("six staff") };
    let FamilySummary::Ready(counts) = summarize_families(state.intake.families(), Threshold::default()) else { panic!("seven families") };
    let english = partnership_selfcheck::core::content::default_content();
    let staff_only = team::counts_csv(&staff.counts, "Lincoln", english);
    assert_eq!(team::counts_csv_with_families(&staff.counts, None, "Lincoln", english), staff_only);
    let both = team::counts_csv_with_families(&staff.counts, Some(&counts), "Lincoln", english);
    let rest = both.strip_prefix(staff_only.as_str()).expect("the staff's rows come first, unchanged");
    for row in [
        "Lincoln,family_respondents,,,7,,,\r\n",
        "Lincoln,family_area,building_relationships,come_if_we_call,5,,,Building relationships\r\n",
        "Lincoln,family_area,sharing_power,unanswered,0,,,Sharing power\r\n",
        "Lincoln,family_item,welcome,4,4,,,I feel welcome at this school.\r\n",
        "Lincoln,family_item,my_job,unanswered,7,,,Helping my child with school is part of my job as a parent.\r\n",
        "Lincoln,family_barrier,work_hours,checked,7,,,My work hours\r\n",
        "Lincoln,family_barrier,language,checked,0,,,Language\r\n",
    ] {
        assert!(rest.contains(row), "missing {row:?} in {rest}");
    }
    assert_eq!(rest.lines().count(), 1 + 5 * 6 + 8 * 6 + 7, "the families' rows have one shape whatever they answered");
}

#[test]
fn the_plan_builder_offers_practices_one_type_above_what_most_families_describe_widest_gap_first() {
    use partnership_selfcheck::core::team_plan::{family_gap_practices, RubricPractice, MAX_FAMILY_GAP_PRACTICES};
    let three = |_: Area, _: Level| 3;
    let gaps = [
        (Area::SharingPower, Level::Fortress),
        (Area::LinkingToLearning, Level::ComeIfWeCall),
        (Area::AddressingDifferences, Level::Partnership),
    ];
    let offered = family_gap_practices(&gaps, three);
    let practice = |area, level, position| RubricPractice::new(area, level, position).expect("a practice of the rubric");
    assert_eq!(
        offered,
        [
            practice(Area::SharingPower, Level::ComeIfWeCall, 0),
            practice(Area::SharingPower, Level::ComeIfWeCall, 1),
            practice(Area::LinkingToLearning, Level::OpenDoor, 0),
            practice(Area::LinkingToLearning, Level::OpenDoor, 1),
        ]
    );
    assert_eq!(offered.len(), MAX_FAMILY_GAP_PRACTICES);
    // Partnership has no type above it, and a cell of one practice offers one.
    assert_eq!(family_gap_practices(&gaps[2..], three), []);
    assert_eq!(family_gap_practices(&gaps[..1], |_, _| 1), [practice(Area::SharingPower, Level::ComeIfWeCall, 0)]);
    // From the thread: families describe Come-if-we-call where staff see Open-Door.
    let state = six_staff_and_seven_families();
    let Summary::Ready(staff) = team::summarize(state.intake.pool(), Threshold::default()) else { panic!("six staff") };
    let FamilySummary::Ready(counts) = summarize_families(state.intake.families(), Threshold::default()) else { panic!("seven families") };
    let gaps: Vec<(Area, Level)> = FamiliesBeside::new(Some(&staff.counts), &counts)
        .widest_gaps()
        .iter()
        .filter_map(|area| match area.gap {
            Gap::Differ { families, .. } => Some((area.area, families)),
            Gap::Same(_) | Gap::Unclear => None,
        })
        .collect();
    assert_eq!(family_gap_practices(&gaps, three)[0], practice(Area::BuildingRelationships, Level::OpenDoor, 0));
}

#[test]
fn the_team_link_of_six_staff_and_seven_families_opens_with_the_families_side() {
    let state = six_staff_and_seven_families();
    let staff = state.intake.pool().counts().expect("six staff");
    let families = FamilyCounts::of(state.intake.families());
    let code = team::encode_team_with_families(&staff, Some(&families));
    assert!(code.starts_with("T3"), "{code}");
    let viewing = fresh().reduce(Action::ViewTeamLink(format!("https://s.example/tools/#t={code}")));
    let Some(Ok(read)) = viewing.viewing else { panic!("the link opens") };
    assert_eq!(read.counts, staff);
    let opened = read.families.expect("the families' side travels");
    assert_eq!(opened, families);
    assert_eq!(FamiliesBeside::new(Some(&read.counts), &opened).widest_gaps().len(), 5);
    // A page opened on the link reads it the same way.
    let on_open = State::open(Tool::Team, Some(&format!("#t={code}")), Ok(None), Ok(None));
    assert_eq!(on_open.viewing.and_then(Result::ok).and_then(|read| read.families).map(|f| f.families), Some(7));
}
