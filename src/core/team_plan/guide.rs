//! The meeting guide: a 45-minute staff-meeting agenda built from a team's
//! results, ending in the plan. It takes plain typed lists ([`GuideInput`]),
//! so whoever summarises the team decides what counts as agreed or split,
//! and the guide only orders, trims and times them. Every word is content
//! (the `team_guide_*` texts of `tools.json`), named here by key.
//!
//! # Timing
//!
//! The sections and their minutes when each has something to discuss:
//! where we agree 5, the most split areas 15, the beliefs gap 10, barriers
//! 10, quick wins into the plan 5, which is [`MEETING_MINUTES`]. When
//! families' answers are pooled beside the staff's, a section on where
//! families see the school differently (10) follows the split areas, and
//! every section's share shrinks to make room (4, 13, 8, 8, 8, 4). A section
//! with nothing to discuss is left out, except the plan, since every
//! meeting ends by writing it. The minutes of the sections left out are
//! shared among the others in proportion to their own: each gets the whole
//! minutes of its share, and the minutes left over go one each to the
//! largest fractions, the earlier section first on a tie. So the minutes
//! always add up to [`MEETING_MINUTES`].

use super::item::{RubricPractice, MAX_ITEMS};
use crate::core::content::{ToolsKey, ToolsPluralKey};
use crate::core::model::{Area, Barrier, Belief};

/// The length of the meeting, in minutes.
pub const MEETING_MINUTES: u8 = 45;

/// The most split areas the guide discusses: three in 15 minutes is as many
/// as a staff can talk through.
pub const MAX_GUIDE_SPLIT_AREAS: usize = 3;

/// The most beliefs the guide discusses, the widest gaps first.
pub const MAX_GUIDE_BELIEFS: usize = 2;

/// The most barriers the guide discusses, the most often checked first.
pub const MAX_GUIDE_BARRIERS: usize = 3;

/// What the guide is built from. Each list is in the order the caller
/// ranks it (most split, widest gap, most checked first); repeats are
/// dropped and each list is cut at its limit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuideInput {
    /// Areas where staff mostly agree. An area also listed in `split` is
    /// discussed there and left out here.
    pub agreed: Vec<Area>,
    /// The areas where staff are most split, most split first.
    pub split: Vec<Area>,
    /// The areas where the staff's median and the type most families
    /// describe differ, widest gap first; empty without families' answers.
    pub family_gaps: Vec<Area>,
    /// The beliefs with the widest gap between held and practised.
    pub belief_gaps: Vec<Belief>,
    /// The barriers staff checked most.
    pub barriers: Vec<Barrier>,
    /// Practices the team rated quick wins, to carry into the plan.
    pub quick_wins: Vec<RubricPractice>,
}

/// The kinds of section, in the order of the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Where we agree.
    Agreement,
    /// The most split areas, with their prompts.
    SplitAreas,
    /// Where families see the school differently, with a mirror prompt.
    FamilyView,
    /// The beliefs gap, with the two reflections.
    BeliefsGap,
    /// Barriers, with the approach to them.
    Barriers,
    /// Quick wins into the plan.
    QuickWins,
}

impl SectionKind {
    /// Every kind, in the order of the meeting.
    pub const ALL: [SectionKind; 6] = [
        SectionKind::Agreement,
        SectionKind::SplitAreas,
        SectionKind::FamilyView,
        SectionKind::BeliefsGap,
        SectionKind::Barriers,
        SectionKind::QuickWins,
    ];

    /// The section's minutes when every section has something to discuss.
    pub fn full_minutes(self) -> u8 {
        match self {
            SectionKind::Agreement | SectionKind::QuickWins => 5,
            SectionKind::SplitAreas => 15,
            SectionKind::FamilyView | SectionKind::BeliefsGap | SectionKind::Barriers => 10,
        }
    }

    /// The section's title.
    pub fn title_key(self) -> ToolsKey {
        match self {
            SectionKind::Agreement => ToolsKey::TeamGuideAgreementTitle,
            SectionKind::SplitAreas => ToolsKey::TeamGuideSplitTitle,
            SectionKind::FamilyView => ToolsKey::TeamGuideFamiliesTitle,
            SectionKind::BeliefsGap => ToolsKey::TeamGuideBeliefsTitle,
            SectionKind::Barriers => ToolsKey::TeamGuideBarriersTitle,
            SectionKind::QuickWins => ToolsKey::TeamGuideQuickWinsTitle,
        }
    }
}

/// What a section discusses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SectionBody {
    /// The areas where staff agree.
    Agreement(Vec<Area>),
    /// The most split areas; each is discussed with the prompts of
    /// [`GuideSection::item_prompt_keys`], filled with its `{area}`.
    SplitAreas(Vec<Area>),
    /// The areas where families see the school differently, widest gap
    /// first.
    FamilyView(Vec<Area>),
    /// The beliefs with the widest gaps.
    BeliefsGap(Vec<Belief>),
    /// The barriers to take one by one.
    Barriers(Vec<Barrier>),
    /// The quick wins to put into the plan; it may be empty.
    QuickWins(Vec<RubricPractice>),
}

/// One section of the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideSection {
    /// What it discusses.
    pub body: SectionBody,
    /// How long it takes.
    pub minutes: u8,
}

impl GuideSection {
    /// The kind of section.
    pub fn kind(&self) -> SectionKind {
        match self.body {
            SectionBody::Agreement(_) => SectionKind::Agreement,
            SectionBody::SplitAreas(_) => SectionKind::SplitAreas,
            SectionBody::FamilyView(_) => SectionKind::FamilyView,
            SectionBody::BeliefsGap(_) => SectionKind::BeliefsGap,
            SectionBody::Barriers(_) => SectionKind::Barriers,
            SectionBody::QuickWins(_) => SectionKind::QuickWins,
        }
    }

    /// The section's title.
    pub fn title_key(&self) -> ToolsKey {
        self.kind().title_key()
    }

    /// The prompts for the section as a whole, shown after its list, in
    /// order: the reflections of the beliefs gap, the three steps of the
    /// approach to barriers, and so on.
    pub fn prompt_keys(&self) -> &'static [ToolsKey] {
        match &self.body {
            SectionBody::Agreement(_) => &[ToolsKey::TeamGuideAgreementPrompt],
            SectionBody::SplitAreas(_) => &[ToolsKey::TeamGuideSplitPrompt],
            SectionBody::FamilyView(_) => &[ToolsKey::TeamGuideFamiliesPrompt, ToolsKey::TeamGuideFamiliesMirror],
            SectionBody::BeliefsGap(_) => {
                &[ToolsKey::TeamGuideBeliefsPrompt, ToolsKey::TeamGuideLopsidedOrMutual, ToolsKey::TeamGuideWindowOrMirror]
            }
            SectionBody::Barriers(_) => &[
                ToolsKey::TeamGuideBarriersPrompt,
                ToolsKey::TeamGuideBarrierSafeSpace,
                ToolsKey::TeamGuideBarrierObjections,
                ToolsKey::TeamGuideBarrierTrial,
            ],
            SectionBody::QuickWins(wins) if wins.is_empty() => &[ToolsKey::TeamGuideQuickWinsNone],
            SectionBody::QuickWins(_) => &[ToolsKey::TeamGuideQuickWinsPrompt],
        }
    }

    /// The prompts asked about each item of the list, templates with an
    /// `{area}` placeholder; only the split areas have them.
    pub fn item_prompt_keys(&self) -> &'static [ToolsKey] {
        match self.body {
            SectionBody::SplitAreas(_) => &[ToolsKey::TeamGuideSplitSeen, ToolsKey::TeamGuideSplitAgree],
            _ => &[],
        }
    }

    fn is_empty(&self) -> bool {
        match &self.body {
            SectionBody::Agreement(list) | SectionBody::SplitAreas(list) | SectionBody::FamilyView(list) => list.is_empty(),
            SectionBody::BeliefsGap(list) => list.is_empty(),
            SectionBody::Barriers(list) => list.is_empty(),
            // The plan is always written, quick wins or not.
            SectionBody::QuickWins(_) => false,
        }
    }
}

/// The agenda: its sections in the order of the meeting, whose minutes add
/// up to [`MEETING_MINUTES`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingGuide {
    sections: Vec<GuideSection>,
}

impl MeetingGuide {
    /// The guide's heading.
    pub const HEADING: ToolsKey = ToolsKey::TeamGuideHeading;

    /// The sentence under the heading, counted by [`MEETING_MINUTES`].
    pub const INTRO: ToolsPluralKey = ToolsPluralKey::TeamGuideIntro;

    /// A section's length, counted by its minutes.
    pub const MINUTES: ToolsPluralKey = ToolsPluralKey::TeamGuideMinutes;

    /// The guide for a team's results (see the module docs for the timing).
    pub fn new(input: &GuideInput) -> MeetingGuide {
        let split = distinct(&input.split, MAX_GUIDE_SPLIT_AREAS);
        let agreed: Vec<Area> = distinct(&input.agreed, usize::MAX).into_iter().filter(|a| !split.contains(a)).collect();
        let mut sections: Vec<GuideSection> = [
            SectionBody::Agreement(agreed),
            SectionBody::SplitAreas(split),
            SectionBody::FamilyView(distinct(&input.family_gaps, MAX_GUIDE_SPLIT_AREAS)),
            SectionBody::BeliefsGap(distinct(&input.belief_gaps, MAX_GUIDE_BELIEFS)),
            SectionBody::Barriers(distinct(&input.barriers, MAX_GUIDE_BARRIERS)),
            SectionBody::QuickWins(distinct(&input.quick_wins, MAX_ITEMS)),
        ]
        .into_iter()
        .map(|body| GuideSection { body, minutes: 0 })
        .filter(|section| !section.is_empty())
        .collect();
        let full: Vec<u32> = sections.iter().map(|s| u32::from(s.kind().full_minutes())).collect();
        for (section, minutes) in sections.iter_mut().zip(share(u32::from(MEETING_MINUTES), &full)) {
            // A share is never more than the whole meeting, which fits a u8.
            section.minutes = u8::try_from(minutes).unwrap_or(MEETING_MINUTES);
        }
        MeetingGuide { sections }
    }

    /// The sections, in the order of the meeting.
    pub fn sections(&self) -> &[GuideSection] {
        &self.sections
    }

    /// The minutes of all sections: always [`MEETING_MINUTES`].
    pub fn total_minutes(&self) -> u32 {
        self.sections.iter().map(|section| u32::from(section.minutes)).sum()
    }
}

/// The first `limit` distinct entries of `list`, in order.
fn distinct<T: Copy + PartialEq>(list: &[T], limit: usize) -> Vec<T> {
    let mut kept = Vec::new();
    for &entry in list {
        if kept.len() < limit && !kept.contains(&entry) {
            kept.push(entry);
        }
    }
    kept
}

/// `total` shared in proportion to `weights` by largest remainder: whole
/// shares first, then one more each to the largest fractions, the earlier
/// on a tie. The shares add up to `total` whenever a weight is above 0.
fn share(total: u32, weights: &[u32]) -> Vec<u32> {
    let sum: u32 = weights.iter().sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let mut shares: Vec<u32> = weights.iter().map(|w| total * w / sum).collect();
    let mut by_fraction: Vec<usize> = (0..weights.len()).collect();
    // A stable sort keeps the earlier section first among equal fractions.
    by_fraction.sort_by_key(|&i| std::cmp::Reverse(total * weights[i] % sum));
    let left = total - shares.iter().sum::<u32>();
    for &i in by_fraction.iter().take(left as usize) {
        shares[i] += 1;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freed_minutes_go_to_the_largest_fractions() {
        assert_eq!(share(45, &[5, 15, 10, 10, 5]), [5, 15, 10, 10, 5]);
        // 45 × 15/40 = 16.875 and 45 × 5/40 = 5.625 take the two left over.
        assert_eq!(share(45, &[15, 10, 10, 5]), [17, 11, 11, 6]);
        assert_eq!(share(45, &[5]), [45]);
        assert_eq!(share(45, &[]), Vec::<u32>::new());
    }
}
