//! The year-later review on the tools page: last year's plan under review
//! (opened from its file, or taken from the plan kept on this device), each
//! step's review, last year's and this year's team links with what changed
//! between them, and carrying the unfinished steps into this year's plan.
//! Every rule is here; the shell (`app/tools/review.rs`) only renders and
//! dispatches.

use super::compare::Side;
use super::{FocusTarget, Keep, PlanNotice, Stored, Tool, ToolsState};
use crate::core::content::ToolsKey;
use crate::core::team::{decode_team_with_families, TeamCodeError, TeamYears};
use crate::core::team_plan::{self, Action as PlanAction, KnowMet, StepStatus, TeamPlan};

/// A change to the review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewAction {
    /// Reviews the plan kept on this device (the team summary's plan).
    TakeKept,
    /// Last year's plan file was read: the plan in it, or its message.
    File(Result<TeamPlan, ToolsKey>),
    /// Sets (or clears) how far a step got.
    Status(usize, Option<StepStatus>),
    /// Sets (or clears) whether "how we will know" was met.
    Met(usize, Option<KnowMet>),
    /// Sets what was learned from a step.
    Learned(usize, String),
    /// The text of last year's (`Before`) or this year's (`After`) team link.
    Link(Side, String),
    /// Reads both team links and shows what changed.
    ShowTeams,
    /// Starts this year's plan with the unfinished steps, replacing the
    /// plan on the team summary, and opens it.
    CarryForward,
    /// Puts back the plan that carrying the steps replaced, while the
    /// notice that they were carried is still shown.
    UndoCarry,
}

/// What the review says after an action, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewNotice {
    /// A file, the kept review or an action was refused; its message.
    Problem(ToolsKey),
    /// Last year's plan is open for review.
    Opened,
}

/// What the two team links gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamsShown {
    /// A link could not be read as a team link: which one, and why.
    Error {
        /// Last year's (`Before`) or this year's (`After`).
        side: Side,
        /// Why it could not be read.
        error: TeamCodeError,
    },
    /// The team last year and this year.
    Years(Box<TeamYears>),
}

/// The review's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewState {
    /// Last year's plan, with its review so far.
    pub plan: Option<TeamPlan>,
    /// What the review says.
    pub notice: Option<ReviewNotice>,
    /// Last year's team link, as typed.
    pub then_link: String,
    /// This year's team link, as typed.
    pub now_link: String,
    /// What the two links gave, once asked.
    pub teams: Option<TeamsShown>,
    /// Whether the kept review could not be read and must stay in storage
    /// until the facilitator opens or takes another plan.
    hold: bool,
}

impl ReviewState {
    /// Reads both links as team links and sets the two years side by side.
    fn show_teams(&self) -> TeamsShown {
        let read = |side: Side, text: &str| decode_team_with_families(text).map_err(|error| TeamsShown::Error { side, error });
        match (read(Side::Before, &self.then_link), read(Side::After, &self.now_link)) {
            (Ok(then), Ok(now)) => TeamsShown::Years(Box::new(
                TeamYears::between(&then.counts, &now.counts).with_families(then.families.as_ref(), now.families.as_ref()),
            )),
            (Err(shown), _) | (_, Err(shown)) => shown,
        }
    }

    /// Takes `plan` for review, replacing the one under review.
    fn open(&mut self, plan: TeamPlan) {
        self.plan = Some(plan);
        self.hold = false;
        self.notice = Some(ReviewNotice::Opened);
    }
}

impl<P: Clone> ToolsState<P> {
    /// The page with the review kept on this device, as it opens.
    pub fn with_kept_review(mut self, kept: Stored) -> Self {
        self.storage_blocked |= kept.is_err();
        if let Ok(Some(text)) = kept {
            match team_plan::decode_draft(&text) {
                Ok(plan) => self.review.plan = Some(plan),
                Err(error) => {
                    self.review.notice = Some(ReviewNotice::Problem(error.message_key()));
                    self.review.hold = true;
                }
            }
        }
        self
    }

    /// What to do with the kept review now.
    pub fn review_to_keep(&self) -> Keep {
        match &self.review.plan {
            _ if self.storage_blocked || self.review.hold => Keep::Leave,
            None => Keep::Remove,
            Some(plan) => Keep::Write(team_plan::encode_draft(plan)),
        }
    }

    /// Applies a change to the review.
    pub(super) fn change_review(&mut self, action: ReviewAction) {
        let review = &mut self.review;
        match action {
            ReviewAction::TakeKept if self.plan.items().is_empty() => review.notice = Some(ReviewNotice::Problem(ToolsKey::ReviewNone)),
            ReviewAction::TakeKept => review.open(self.plan.clone()),
            ReviewAction::File(Ok(plan)) => review.open(plan),
            ReviewAction::File(Err(key)) => review.notice = Some(ReviewNotice::Problem(key)),
            ReviewAction::Status(index, status) => self.review_step(PlanAction::SetStatus { index, status }),
            ReviewAction::Met(index, met) => self.review_step(PlanAction::SetMet { index, met }),
            ReviewAction::Learned(index, text) => self.review_step(PlanAction::SetLearned { index, text }),
            ReviewAction::Link(Side::Before, text) => review.then_link = text,
            ReviewAction::Link(Side::After, text) => review.now_link = text,
            ReviewAction::ShowTeams => review.teams = Some(review.show_teams()),
            ReviewAction::CarryForward => self.carry_forward(),
            ReviewAction::UndoCarry => self.undo_carry(),
        }
    }

    /// Records one part of a step's review.
    fn review_step(&mut self, action: PlanAction) {
        let review = &mut self.review;
        let Some(plan) = &review.plan else {
            review.notice = Some(ReviewNotice::Problem(ToolsKey::ReviewNone));
            return;
        };
        match plan.reduce(action) {
            Ok(next) => {
                review.plan = Some(next);
                review.notice = None;
                self.cleared = None;
            }
            Err(error) => review.notice = Some(ReviewNotice::Problem(error.message_key())),
        }
    }

    /// Starts this year's plan with last year's unfinished steps and opens
    /// it on the team summary.
    fn carry_forward(&mut self) {
        let Some(last_year) = &self.review.plan else {
            self.review.notice = Some(ReviewNotice::Problem(ToolsKey::ReviewNone));
            return;
        };
        let carried = last_year.carried_forward();
        self.before_carry = Some(Box::new(std::mem::replace(&mut self.plan, carried)));
        self.hold_plan = false;
        self.plan_notice = Some(PlanNotice::Carried(self.plan.items().len()));
        self.cleared = None;
        self.tool = Tool::Team;
        self.request_focus(FocusTarget::PlanNotice);
    }

    /// Puts back the plan the carried steps replaced. Only while their
    /// notice is shown: any change to the plan since ends the offer.
    fn undo_carry(&mut self) {
        if !matches!(self.plan_notice, Some(PlanNotice::Carried(_))) {
            return;
        }
        if let Some(before) = self.before_carry.take() {
            self.plan = *before;
            self.plan_notice = Some(PlanNotice::CarryUndone);
            self.request_focus(FocusTarget::PlanNotice);
        }
    }
}
