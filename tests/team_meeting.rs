//! The team meeting: which areas to talk about (the calibrated split rule),
//! the widest belief gap, barriers by how often they were checked, and the
//! next steps with the pooled plan (quick wins, what will be hard).

#![cfg(not(target_arch = "wasm32"))]

mod team_support;

use partnership_selfcheck::core::content::ToolsKey;
use partnership_selfcheck::core::model::{Answers, Area, Barrier, Belief, Feasibility, Level, PracticeRef};
use partnership_selfcheck::core::team::{
    summarize, Agreement, Conversations, Pool, PooledPlan, SplitKind, Summary, TeamSummary, TeamWidestGap, Threshold,
};
use team_support::{believe, check, choose, level, person, pool_of, rate, tick};

fn ready(people: &[Answers]) -> TeamSummary {
    match summarize(&pool_of(people), Threshold::default()) {
        Summary::Ready(summary) => *summary,
        other => panic!("expected a summary, got {other:?}"),
    }
}

/// Six people with the given mark in every area, one row per person.
fn six(marks: [u8; 6]) -> Vec<Answers> {
    (0..6).map(|i| person(i as u64 + 1, [marks[i]; 5])).collect()
}

#[test]
fn six_people_a_type_apart_everywhere_agree() {
    // Four at Come-if-we-call and two at Open-Door in every area: the old
    // measure (a third off the median) called all five "some disagreement".
    let summary = ready(&six([2, 2, 2, 2, 3, 3]));
    assert!(Area::ALL.into_iter().all(|a| summary.area(a).agreement() == Agreement::Agrees));
    assert_eq!(summary.conversations, Conversations::Agrees);
    assert!(Area::ALL.into_iter().all(|a| summary.area(a).split.is_none()));
    // One colleague far off is still one view against the room.
    assert_eq!(ready(&six([1, 3, 3, 3, 3, 3])).conversations, Conversations::Agrees);
}

#[test]
fn only_the_really_split_areas_are_named_each_with_its_prompt() {
    // Sharing power is split two against four across a two-type gap;
    // linking to learning three against three between neighbours; the
    // rest agree.
    let rows = [[3, 2, 3, 3, 1], [3, 2, 3, 3, 1], [3, 2, 3, 3, 3], [3, 3, 3, 3, 3], [3, 3, 3, 3, 3], [4, 3, 3, 3, 3]];
    let people: Vec<Answers> = rows.iter().zip(1..).map(|(marks, id)| person(id, *marks)).collect();
    let Conversations::Split(named) = ready(&people).conversations else { panic!("two areas are split") };
    let named: Vec<(Area, SplitKind, u32, u32, ToolsKey)> =
        named.iter().map(|s| (s.area, s.kind, s.far_apart, s.evenly_split, s.prompt())).collect();
    assert_eq!(
        named,
        vec![
            (Area::SharingPower, SplitKind::FarApart, 2, 2, ToolsKey::TeamPromptSharingPower),
            (Area::LinkingToLearning, SplitKind::Even, 0, 3, ToolsKey::TeamPromptLinkingToLearning),
        ]
    );
}

#[test]
fn at_most_three_areas_are_named_most_split_first() {
    // Every area is split: relationships, learning and advocacy three
    // against three across a gap of two types, differences and power only
    // between neighbours (no type holds a majority). The three far apart
    // are named, tied, in the instrument's order.
    let rows = [[1, 1, 1, 1, 1], [1, 1, 1, 1, 2], [1, 1, 2, 1, 3], [4, 3, 3, 3, 3], [4, 4, 3, 3, 3], [4, 4, 4, 3, 4]];
    let people: Vec<Answers> = rows.iter().zip(1..).map(|(marks, id)| person(id, *marks)).collect();
    let Conversations::Split(named) = ready(&people).conversations else { panic!("every area is split") };
    let areas: Vec<Area> = named.iter().map(|s| s.area).collect();
    assert_eq!(areas, vec![Area::BuildingRelationships, Area::LinkingToLearning, Area::SupportingAdvocacy]);
    assert!(named.iter().all(|s| s.kind == SplitKind::FarApart && s.far_apart == 3));
}

#[test]
fn the_widest_average_gap_is_named_with_ties_and_every_point_is_counted() {
    let people: Vec<Answers> = (1..=5)
        .map(|id| {
            let one = believe(person(id, [2; 5]), Belief::EqualPartners, 5, 3);
            let one = believe(one, Belief::DreamsForChildren, 4, 2);
            believe(one, Belief::ALL[1], 3, 3)
        })
        .collect();
    let summary = ready(&people);
    assert_eq!(
        summary.widest_gap,
        TeamWidestGap::Widest { beliefs: vec![Belief::DreamsForChildren, Belief::EqualPartners], gap_tenths: 20 }
    );
    let equal = summary.belief(Belief::EqualPartners).expect("every belief").counts;
    let held: Vec<(u8, u32)> = equal.held_points().map(|(p, n)| (p.value(), n)).collect();
    assert_eq!(held, vec![(1, 0), (2, 0), (3, 0), (4, 0), (5, 5)]);
    assert_eq!(equal.practised_points().map(|(_, n)| n).collect::<Vec<_>>(), vec![0, 0, 5, 0, 0]);
    let level_only: Vec<Answers> = (1..=5).map(|id| person(id, [2; 5])).collect();
    assert_eq!(ready(&level_only).widest_gap, TeamWidestGap::NotAnswered);
}

#[test]
fn barriers_are_sorted_by_how_many_checked_them_ties_in_instrument_order() {
    let b = Barrier::ALL;
    let people = [
        check(check(person(1, [2; 5]), b[5]), b[2]),
        check(check(person(2, [2; 5]), b[5]), b[2]),
        check(person(3, [2; 5]), b[5]),
        check(person(4, [2; 5]), b[7]),
        person(5, [2; 5]),
    ];
    let sorted: Vec<(Barrier, u32)> = ready(&people).barriers_by_count.to_vec();
    assert_eq!(&sorted[..3], &[(b[5], 3), (b[2], 2), (b[7], 1)]);
    assert_eq!(&sorted[3..], &[(b[0], 0), (b[1], 0), (b[3], 0), (b[4], 0), (b[6], 0)]);
}

/// The plan of a summary whose content lists four practices per cell.
fn plan_of(people: &[Answers]) -> PooledPlan {
    ready(people).plan(|_, _| 4)
}

#[test]
fn quick_wins_are_called_easy_by_several_and_done_by_fewer() {
    let area = Area::SupportingAdvocacy;
    // Median Come-if-we-call in every area: the plan is Open-Door's.
    let base = |id| person(id, [2, 2, 2, 2, 2]);
    let people = [
        choose(rate(rate(base(1), area, 0, Feasibility::Easy), area, 1, Feasibility::Easy), area, 0),
        rate(rate(rate(base(2), area, 0, Feasibility::Easy), area, 1, Feasibility::Easy), area, 2, Feasibility::Easy),
        rate(rate(base(3), area, 0, Feasibility::Easy), area, 2, Feasibility::Easy),
        tick(tick(tick(rate(base(4), area, 3, Feasibility::Easy), area, 3, 2), area, 3, 1), area, 3, 0),
        tick(person(5, [2, 2, 2, 2, 4]), area, 3, 2),
        person(6, [2, 2, 2, 2, 4]),
    ];
    let plan = plan_of(&people);
    assert!(plan.rated);
    let step = plan.steps.iter().find(|s| s.area == area).expect("a step");
    assert_eq!((step.from, step.to, step.practices.len()), (level(2), level(3), 4));
    let first = step.practices[0].counts;
    assert_eq!((first.rated(Feasibility::Easy), first.doing(), first.priority()), (3, 1, 1));
    // Easy minus already doing: first 3 − 1, second 2 − 1, third 2 − 2
    // (not a win), fourth 1 (too few).
    let wins: Vec<(u8, i64)> = plan.quick_wins.iter().map(|p| (p.practice.position(), p.easy_margin())).collect();
    assert_eq!(wins, vec![(0, 2), (1, 1)]);
    assert!(plan.will_be_hard.is_empty());
}

/// A practice that will be hard, as the test compares it: the practice, how
/// many expect it to be hard, and the barriers beside it.
type Listed = (PracticeRef, u32, Vec<(Barrier, u32)>);

#[test]
fn what_will_be_hard_comes_with_the_barriers_checked_most() {
    let area = Area::SharingPower;
    let hard = |id, position| rate(person(id, [4, 4, 4, 4, 1]), area, position, Feasibility::Hard);
    let people = [
        check(check(hard(1, 1), Barrier::HandlingConflict), Barrier::LosingPowerAndControl),
        check(hard(2, 1), Barrier::LosingPowerAndControl),
        check(rate(hard(3, 1), area, 2, Feasibility::Hard), Barrier::PhysicalSafety),
        rate(hard(4, 2), area, 3, Feasibility::Hard),
        person(5, [4, 4, 4, 4, 1]),
    ];
    let plan = plan_of(&people);
    let listed: Vec<Listed> =
        plan.will_be_hard.iter().map(|h| (h.practice.practice, h.practice.counts.rated(Feasibility::Hard), h.barriers.clone())).collect();
    let at = |position| PracticeRef::new(Level::ComeIfWeCall, position).expect("a position");
    // Physical safety is checked but is not among sharing power's barriers.
    let barriers = vec![(Barrier::LosingPowerAndControl, 2), (Barrier::HandlingConflict, 1)];
    assert_eq!(listed, vec![(at(1), 3, barriers.clone()), (at(2), 2, barriers)]);
}

#[test]
fn without_ratings_the_plan_says_so_and_fewer_than_five_show_nothing() {
    let plan = plan_of(&(1..=5).map(|id| person(id, [1; 5])).collect::<Vec<_>>());
    assert!(!plan.rated && plan.quick_wins.is_empty() && plan.will_be_hard.is_empty());
    assert_eq!(plan.steps.len(), 5);
    // Four people with plans: no counts, no summary, no code.
    let four: Vec<Answers> =
        (1..=4).map(|id| choose(rate(person(id, [1; 5]), Area::SharingPower, 0, Feasibility::Easy), Area::SharingPower, 0)).collect();
    let pool: Pool = pool_of(&four);
    assert_eq!(pool.counts(), None);
    assert_eq!(summarize(&pool, Threshold::default()), Summary::TooFew { have: 4, need_more: 1 });
}

#[test]
fn the_meeting_guide_and_the_plan_builder_start_from_the_summary() {
    use partnership_selfcheck::core::team_plan::{guide_input, plan_suggestions, RubricPractice};
    let area = Area::SupportingAdvocacy;
    // Everyone at Come-if-we-call except Sharing power, split 3 Fortress
    // against 3 Partnership; two call practice 0 easy, one chooses practice 2.
    let base = |id, sharing| person(id, [2, 2, 2, 2, sharing]);
    let people = [
        check(rate(base(1, 1), area, 0, Feasibility::Easy), Barrier::HandlingConflict),
        check(rate(base(2, 1), area, 0, Feasibility::Easy), Barrier::HandlingConflict),
        check(choose(base(3, 1), area, 2), Barrier::PhysicalSafety),
        base(4, 4),
        base(5, 4),
        base(6, 4),
    ];
    let summary = ready(&people);
    let plan = summary.plan(|_, _| 4);
    let input = guide_input(&summary, &plan);
    assert_eq!(input.split, vec![Area::SharingPower]);
    assert!(!input.agreed.contains(&Area::SharingPower) && input.agreed.contains(&area));
    assert_eq!(input.barriers, vec![Barrier::HandlingConflict, Barrier::PhysicalSafety], "most checked first");
    let win = RubricPractice::new(area, Level::OpenDoor, 0).expect("a practice");
    let chosen = RubricPractice::new(area, Level::OpenDoor, 2).expect("a practice");
    assert_eq!(input.quick_wins, vec![win]);
    assert_eq!(plan_suggestions(&plan), vec![win, chosen], "quick wins, then priorities, each once");
}

/// The areas each part of the meeting guide lists.
fn guide_areas(summary: &TeamSummary) -> (Vec<Area>, Vec<Area>) {
    use partnership_selfcheck::core::team_plan::{guide_input, MeetingGuide, SectionBody};
    let plan = summary.plan(|_, _| 4);
    let guide = MeetingGuide::new(&guide_input(summary, &plan));
    let (mut agreed, mut split) = (Vec::new(), Vec::new());
    for section in guide.sections() {
        match &section.body {
            SectionBody::Agreement(areas) => agreed.extend(areas),
            SectionBody::SplitAreas(areas) => split.extend(areas),
            _ => {}
        }
    }
    (agreed, split)
}

/// The table's word for an area, the conversations and the guide say the
/// same thing about it: the one agreement rule.
fn assert_one_story(summary: &TeamSummary) {
    let named: Vec<Area> = match &summary.conversations {
        Conversations::Agrees => Vec::new(),
        Conversations::Split(named) => named.iter().map(|s| s.area).collect(),
    };
    let also = summary.also_split();
    let (agreed, guide_split) = guide_areas(summary);
    for area in Area::ALL {
        let agreement = summary.area(area).agreement();
        let talked_about = named.contains(&area) || also.contains(&area);
        assert_eq!(agreement == Agreement::Agrees, agreed.contains(&area), "{area:?}: table {agreement:?}, guide's agreed {agreed:?}");
        assert_eq!(
            matches!(agreement, Agreement::Split(_)),
            talked_about,
            "{area:?}: table {agreement:?}, conversations {named:?} + {also:?}"
        );
        assert!(!(agreed.contains(&area) && guide_split.contains(&area)), "{area:?} is both agreed and split in the guide");
        if guide_split.contains(&area) {
            assert!(named.contains(&area), "the guide's split areas are the ones the summary names");
        }
    }
}

#[test]
fn the_table_the_conversations_and_the_guide_tell_one_story_on_fixed_patterns() {
    // Columns: agree; evenly split; far apart; nobody marked; a lone mark far off.
    let people = [
        person(1, [3, 2, 1, 9, 1]),
        person(2, [3, 2, 1, 0, 3]),
        person(3, [3, 2, 4, 0, 3]),
        person(4, [3, 3, 4, 9, 3]),
        person(5, [2, 3, 4, 0, 3]),
        person(6, [3, 3, 4, 0, 3]),
    ];
    let summary = ready(&people);
    let agreements: Vec<Agreement> = Area::ALL.into_iter().map(|a| summary.area(a).agreement()).collect();
    assert_eq!(
        agreements,
        vec![
            Agreement::Agrees,
            Agreement::Split(SplitKind::Even),
            Agreement::Split(SplitKind::FarApart),
            Agreement::NoMarks,
            Agreement::Agrees,
        ]
    );
    assert_one_story(&summary);
    let (agreed, _) = guide_areas(&summary);
    assert_eq!(agreed, vec![Area::BuildingRelationships, Area::SharingPower]);
    // Four split areas: three are named with a question, the fourth is still
    // said to be split, never listed where we agree.
    let four = ready(&[
        person(1, [1, 1, 1, 1, 3]),
        person(2, [1, 1, 1, 1, 3]),
        person(3, [4, 4, 4, 4, 3]),
        person(4, [4, 4, 4, 4, 3]),
        person(5, [4, 4, 4, 4, 3]),
    ]);
    assert_eq!(four.also_split().len(), 1);
    assert_one_story(&four);
}

proptest::proptest! {
    #[test]
    fn the_table_the_conversations_and_the_guide_never_disagree(
        marks in proptest::collection::vec(proptest::array::uniform5(proptest::sample::select(vec![0u8, 1, 2, 3, 4, 9])), 5..14)
    ) {
        // A row of "nothing answered" is blank and would not be pooled, so
        // it is left out; pools that fall below the threshold that way are
        // skipped.
        let people: Vec<Answers> = (1u64..)
            .zip(&marks)
            .filter(|(_, row)| row.iter().any(|m| *m != 0))
            .map(|(id, row)| person(id, *row))
            .collect();
        if let Summary::Ready(summary) = summarize(&pool_of(&people), Threshold::default()) {
            assert_one_story(&summary);
        }
    }
}
