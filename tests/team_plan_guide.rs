//! Checks the meeting guide: the sections and their order, the limits on
//! each list, the timing rule (always 45 minutes), and that every text it
//! names is in the content with the placeholders it needs.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::Placeholder;
use partnership_selfcheck::core::content::{self, ToolsKey};
use partnership_selfcheck::core::model::{Area, Barrier, Belief, Level};
use partnership_selfcheck::core::team_plan::{
    GuideInput, MeetingGuide, RubricPractice, SectionBody, SectionKind, MAX_GUIDE_BARRIERS, MAX_GUIDE_BELIEFS, MAX_GUIDE_SPLIT_AREAS,
    MEETING_MINUTES,
};

/// An input with something in every section.
fn full_input() -> GuideInput {
    GuideInput {
        agreed: vec![Area::BuildingRelationships, Area::LinkingToLearning],
        split: vec![Area::SharingPower, Area::SupportingAdvocacy],
        family_gaps: vec![],
        belief_gaps: vec![Belief::EqualPartners],
        barriers: vec![Barrier::HandlingConflict, Barrier::PhysicalSafety],
        quick_wins: vec![RubricPractice::new(Area::SharingPower, Level::OpenDoor, 1).unwrap()],
    }
}

fn minutes(guide: &MeetingGuide) -> Vec<(SectionKind, u8)> {
    guide.sections().iter().map(|s| (s.kind(), s.minutes)).collect()
}

#[test]
fn a_full_guide_has_five_sections_in_meeting_order() {
    let guide = MeetingGuide::new(&full_input());
    assert_eq!(
        minutes(&guide),
        [
            (SectionKind::Agreement, 5),
            (SectionKind::SplitAreas, 15),
            (SectionKind::BeliefsGap, 10),
            (SectionKind::Barriers, 10),
            (SectionKind::QuickWins, 5),
        ]
    );
    assert_eq!(guide.total_minutes(), u32::from(MEETING_MINUTES));
    assert_eq!(guide.sections()[1].body, SectionBody::SplitAreas(vec![Area::SharingPower, Area::SupportingAdvocacy]));
}

#[test]
fn where_families_see_the_school_differently_follows_the_split_areas_and_the_minutes_still_add_up() {
    let input = GuideInput { family_gaps: vec![Area::SharingPower, Area::SharingPower, Area::LinkingToLearning], ..full_input() };
    let guide = MeetingGuide::new(&input);
    // 45 × 5/55 = 4.09, × 15/55 = 12.27, × 10/55 = 8.18: the one minute
    // left over goes to the split areas, the largest fraction.
    assert_eq!(
        minutes(&guide),
        [
            (SectionKind::Agreement, 4),
            (SectionKind::SplitAreas, 13),
            (SectionKind::FamilyView, 8),
            (SectionKind::BeliefsGap, 8),
            (SectionKind::Barriers, 8),
            (SectionKind::QuickWins, 4),
        ]
    );
    let families = &guide.sections()[2];
    assert_eq!(families.body, SectionBody::FamilyView(vec![Area::SharingPower, Area::LinkingToLearning]));
    assert_eq!(families.prompt_keys(), [ToolsKey::TeamGuideFamiliesPrompt, ToolsKey::TeamGuideFamiliesMirror]);
}

#[test]
fn an_empty_section_is_left_out_and_its_minutes_shared() {
    let input = GuideInput { agreed: vec![], ..full_input() };
    let guide = MeetingGuide::new(&input);
    // 45 × 15/40 = 16.875, 45 × 10/40 = 11.25 and 45 × 5/40 = 5.625: the
    // two minutes left over go to the largest fractions.
    assert_eq!(
        minutes(&guide),
        [(SectionKind::SplitAreas, 17), (SectionKind::BeliefsGap, 11), (SectionKind::Barriers, 11), (SectionKind::QuickWins, 6),]
    );
}

#[test]
fn with_nothing_to_discuss_the_whole_meeting_writes_the_plan() {
    let guide = MeetingGuide::new(&GuideInput::default());
    assert_eq!(minutes(&guide), [(SectionKind::QuickWins, MEETING_MINUTES)]);
    assert_eq!(guide.sections()[0].prompt_keys(), [ToolsKey::TeamGuideQuickWinsNone]);
}

#[test]
fn the_minutes_always_add_up_to_45() {
    // Every combination of empty and filled sections, the families' view
    // included.
    let full = GuideInput { family_gaps: vec![Area::BuildingRelationships], ..full_input() };
    for mask in 0u8..64 {
        let keep = |bit: u8| mask & (1 << bit) != 0;
        let input = GuideInput {
            agreed: if keep(0) { full.agreed.clone() } else { vec![] },
            split: if keep(1) { full.split.clone() } else { vec![] },
            family_gaps: if keep(2) { full.family_gaps.clone() } else { vec![] },
            belief_gaps: if keep(3) { full.belief_gaps.clone() } else { vec![] },
            barriers: if keep(4) { full.barriers.clone() } else { vec![] },
            quick_wins: if keep(5) { full.quick_wins.clone() } else { vec![] },
        };
        let guide = MeetingGuide::new(&input);
        assert_eq!(guide.total_minutes(), u32::from(MEETING_MINUTES), "{mask:06b}");
        assert!(guide.sections().iter().all(|s| s.minutes > 0), "{mask:06b}");
        let kinds: Vec<SectionKind> = guide.sections().iter().map(|s| s.kind()).collect();
        let expected: Vec<SectionKind> =
            SectionKind::ALL.into_iter().enumerate().filter(|(i, _)| *i == 5 || keep(*i as u8)).map(|(_, k)| k).collect();
        assert_eq!(kinds, expected, "{mask:06b}");
    }
}

#[test]
fn lists_drop_repeats_and_are_cut_at_their_limits() {
    let input = GuideInput {
        agreed: vec![Area::SharingPower, Area::LinkingToLearning, Area::LinkingToLearning],
        split: vec![
            Area::SharingPower,
            Area::SharingPower,
            Area::AddressingDifferences,
            Area::SupportingAdvocacy,
            Area::BuildingRelationships,
        ],
        family_gaps: vec![],
        belief_gaps: Belief::ALL.to_vec(),
        barriers: Barrier::ALL.to_vec(),
        quick_wins: vec![],
    };
    let guide = MeetingGuide::new(&input);
    let bodies: Vec<&SectionBody> = guide.sections().iter().map(|s| &s.body).collect();
    // Sharing power is split, so it is not also where the staff agree.
    assert_eq!(bodies[0], &SectionBody::Agreement(vec![Area::LinkingToLearning]));
    assert_eq!(bodies[1], &SectionBody::SplitAreas(vec![Area::SharingPower, Area::AddressingDifferences, Area::SupportingAdvocacy]));
    assert!(matches!(bodies[1], SectionBody::SplitAreas(a) if a.len() == MAX_GUIDE_SPLIT_AREAS));
    assert_eq!(bodies[2], &SectionBody::BeliefsGap(Belief::ALL[..MAX_GUIDE_BELIEFS].to_vec()));
    assert_eq!(bodies[3], &SectionBody::Barriers(Barrier::ALL[..MAX_GUIDE_BARRIERS].to_vec()));
}

#[test]
fn the_sections_carry_the_reflections_and_the_barrier_approach() {
    let guide = MeetingGuide::new(&full_input());
    let section = |kind| guide.sections().iter().find(|s| s.kind() == kind).unwrap();
    let beliefs = section(SectionKind::BeliefsGap).prompt_keys();
    assert!(beliefs.contains(&ToolsKey::TeamGuideLopsidedOrMutual) && beliefs.contains(&ToolsKey::TeamGuideWindowOrMirror));
    assert_eq!(
        &section(SectionKind::Barriers).prompt_keys()[1..],
        [ToolsKey::TeamGuideBarrierSafeSpace, ToolsKey::TeamGuideBarrierObjections, ToolsKey::TeamGuideBarrierTrial]
    );
    assert_eq!(section(SectionKind::QuickWins).prompt_keys(), [ToolsKey::TeamGuideQuickWinsPrompt]);
    assert!(section(SectionKind::Agreement).item_prompt_keys().is_empty());
}

#[test]
fn every_text_of_the_guide_is_content_and_split_prompts_name_the_area() {
    let english = content::load("en").unwrap();
    let guide = MeetingGuide::new(&full_input());
    for section in guide.sections() {
        assert!(!english.tools(section.title_key()).is_empty());
        for key in section.prompt_keys() {
            assert!(!english.tools(*key).contains('{'), "{key:?} has a placeholder");
        }
        for key in section.item_prompt_keys() {
            let title = english.instrument.areas[Area::SharingPower].title;
            let filled = english.tools_with(*key, &[(Placeholder::Area, title)]);
            assert!(filled.contains(title) && !filled.contains('{'), "{filled}");
        }
    }
    let heading = english.tools_count(MeetingGuide::INTRO, u64::from(MEETING_MINUTES), &[]);
    assert!(heading.contains("45-minute"), "{heading}");
    assert_eq!(english.tools_count(MeetingGuide::MINUTES, 1, &[]), "1 minute");
    assert_eq!(english.tools(MeetingGuide::HEADING), "Staff meeting guide");
}
