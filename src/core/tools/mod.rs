//! The facilitator's tools page as one state and one pure reducer: which
//! tool is open, the pool and its log, a team link being viewed, the
//! comparison, the team plan, what is kept on the device, "Clear
//! everything" with its undo, the presentation view, and where keyboard
//! focus goes next.
//!
//! The shell (`app/tools/`) renders this state and dispatches
//! [`ToolsAction`]s; it reads storage once at start ([`Stored`]), writes
//! what [`ToolsState::pool_to_keep`] and [`ToolsState::plan_to_keep`] say
//! after each change, and reads files before dispatching what they held.
//! Messages are typed keys, worded at render, so a language switch rewords
//! what is already shown, and switching tools loses nothing.
//!
//! `clear` holds "Clear everything" and its undo, `compare` the comparison's state, `focus` where focus goes, `kept` the stored pool's
//! format, `present` the presentation's slides, `print` the line every
//! printed page carries, `review` the year-later review of last year's
//! plan (kept under its own storage key, [`ToolsState::review_to_keep`]).

mod clear;
mod compare;
mod focus;
mod kept;
mod paper;
mod present;
mod print;
mod review;

pub use clear::Cleared;
pub use compare::{change_heading_key, direction_key, overall_change_key, CompareAction, CompareShown, CompareState, Side};
pub use focus::{Focus, FocusTarget};
pub use kept::{decode_pool, encode_pool, Keep, KeptPoolError, KeptPools, StorageBlocked, Stored, KEPT_POOL_VERSION};
pub use paper::{PaperAction, PaperForm, PaperNotice};
pub use present::{Slide, SlideMove};
pub use print::{css_string, running_header};
pub use review::{ReviewAction, ReviewNotice, ReviewState, TeamsShown};

use crate::core::content::ToolsKey;
use crate::core::family::FamilyEntry;
use crate::core::model::Area;
use crate::core::team::{decode_team_with_families, Intake, IntakeAction, TeamCodeError, TeamCodeRead};
use crate::core::team_plan::{self, Action as PlanAction, TeamPlan};

/// Which tool is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    /// The team summary, with the plan and the meeting guide.
    Team,
    /// The comparison of two results.
    Compare,
    /// The review of last year's plan.
    Review,
}

/// What the plan part of the page says after an action, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanNotice {
    /// An action, a file or the kept plan was refused; its message.
    Problem(ToolsKey),
    /// A plan file was opened.
    Opened,
    /// This year's plan was started with last year's unfinished steps,
    /// this many.
    Carried(usize),
    /// The plan those steps replaced was put back.
    CarryUndone,
}

/// A change to the tools page.
#[derive(Clone, Debug, PartialEq)]
pub enum ToolsAction<P> {
    /// Opens a tool; nothing in the other is lost.
    Open(Tool),
    /// The text typed or pasted into the team box, not added yet.
    TeamBox(String),
    /// Adds the team box's text to the pool and empties the box.
    AddTeamBox,
    /// Adds to the pool, or chooses a resent self-check's version.
    Intake(IntakeAction<P>),
    /// Opens a team link (found in the team box, or the page's address)
    /// to view its summary, read-only.
    ViewTeamLink(String),
    /// Leaves the team link's summary for the facilitator's own pool.
    CloseTeamLink,
    /// Puts a team link into the comparison and opens it.
    CompareTeamLink(String),
    /// Changes the comparison.
    Compare(CompareAction),
    /// Changes the team plan.
    Plan(PlanAction),
    /// Changes the review of last year's plan.
    Review(ReviewAction),
    /// A change to the paper family form being typed in.
    Paper(PaperAction),
    /// The practice being typed for the plan, not added yet.
    PlanTyped(String),
    /// The area the typed practice serves.
    PlanTypedArea(Area),
    /// Adds the typed practice to the plan and empties the field; nothing
    /// happens while it is blank.
    AddPlanTyped,
    /// A plan file was read: the plan in it, or its message.
    PlanFile(Result<TeamPlan, ToolsKey>),
    /// Writing to storage failed; nothing more is tried this visit.
    StorageFailed,
    /// "Clear everything" was pressed: ask first.
    AskClear,
    /// The facilitator does not want to clear after all.
    CancelClear,
    /// Forgets the pool, the plan and the comparison, keeping them in
    /// memory for "Undo" during this visit.
    ConfirmClear,
    /// Brings back what was cleared.
    Undo,
    /// Opens the presentation view at its first slide.
    Present,
    /// Moves within the presentation view.
    MoveSlide(SlideMove),
    /// Leaves the presentation view (Escape).
    StopPresenting,
}

/// The whole state of the tools page.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolsState<P> {
    /// The tool open.
    pub tool: Tool,
    /// The team box's text, kept while the facilitator switches tools.
    pub team_box: String,
    /// The pool, its log and its tally.
    pub intake: Intake<P>,
    /// A team link being viewed: its counts (the families' too in a `T3`
    /// link), or why it cannot be read.
    pub viewing: Option<Result<TeamCodeRead, TeamCodeError>>,
    /// The comparison.
    pub compare: CompareState,
    /// The team plan.
    pub plan: TeamPlan,
    /// The review of last year's plan.
    pub review: ReviewState,
    /// The paper family form being typed in.
    pub paper: PaperForm,
    /// The practice being typed for the plan, and the area it serves.
    pub plan_typed: (String, Area),
    /// What the plan part says.
    pub plan_notice: Option<PlanNotice>,
    /// Why the kept pool could not be read, if it could not.
    pub kept_pool_problem: Option<ToolsKey>,
    /// Whether storage is out of reach (blocked, full, or a cross-site
    /// frame), so nothing is kept between visits.
    pub storage_blocked: bool,
    /// Whether "Clear everything" is waiting for its confirmation.
    pub confirming_clear: bool,
    /// What was cleared in this visit, for "Undo".
    pub cleared: Option<Box<Cleared>>,
    /// The plan that carrying last year's unfinished steps replaced, for
    /// its "Undo" (in memory only).
    before_carry: Option<Box<TeamPlan>>,
    /// The presentation view's slide, while it is open.
    pub presenting: Option<Slide>,
    /// Where focus goes next.
    pub focus: Focus,
    /// Whether the stored pool or plan could not be read and must be left
    /// in storage until the facilitator changes what it held.
    hold_pool: bool,
    hold_plan: bool,
}

impl<P: Clone> ToolsState<P> {
    /// The page as it opens: the tool and team link the address asks for
    /// (`#t=…` views that team, `#compare` opens the comparison), and the
    /// pool and plan kept on this device.
    pub fn open(tool: Tool, team_link: Option<&str>, pool: Stored, plan: Stored) -> Self {
        let storage_blocked = pool.is_err() || plan.is_err();
        let (pools, kept_pool_problem, hold_pool) = match pool {
            Ok(Some(text)) => match decode_pool(&text) {
                Ok(pools) => (pools, None, false),
                Err(error) => {
                    let key = error.message_key();
                    let readable = match error {
                        KeptPoolError::Unreadable { pools, .. } => *pools,
                        KeptPoolError::NotAPool | KeptPoolError::NewerVersion(_) => KeptPools::default(),
                    };
                    (readable, Some(key), true)
                }
            },
            Ok(None) | Err(StorageBlocked) => (KeptPools::default(), None, false),
        };
        let (plan, plan_notice, hold_plan) = match plan {
            Ok(Some(text)) => match team_plan::decode_draft(&text) {
                Ok(plan) => (plan, None, false),
                Err(error) => (TeamPlan::new(), Some(PlanNotice::Problem(error.message_key())), true),
            },
            Ok(None) | Err(StorageBlocked) => (TeamPlan::new(), None, false),
        };
        ToolsState {
            tool,
            team_box: String::new(),
            intake: Intake::with_pools(pools.staff, pools.families),
            viewing: team_link.map(decode_team_with_families),
            compare: CompareState::default(),
            plan,
            review: ReviewState::default(),
            paper: PaperForm::default(),
            plan_typed: (String::new(), Area::BuildingRelationships),
            plan_notice,
            kept_pool_problem,
            storage_blocked,
            confirming_clear: false,
            cleared: None,
            before_carry: None,
            presenting: None,
            focus: Focus::default(),
            hold_pool,
            hold_plan,
        }
    }

    /// What to do with the kept pool now.
    pub fn pool_to_keep(&self) -> Keep {
        let (pool, families) = (self.intake.pool(), self.intake.families());
        if self.storage_blocked || self.hold_pool {
            Keep::Leave
        } else if pool.is_empty() && families.is_empty() {
            Keep::Remove
        } else {
            Keep::Write(encode_pool(pool, families))
        }
    }

    /// What to do with the kept plan now.
    pub fn plan_to_keep(&self) -> Keep {
        if self.storage_blocked || self.hold_plan {
            Keep::Leave
        } else if self.plan.items().is_empty() {
            Keep::Remove
        } else {
            Keep::Write(team_plan::encode_draft(&self.plan))
        }
    }

    /// How many pooled self-checks and whether a plan (this year's, or
    /// last year's under review) are kept on this device, for the line that
    /// says so; `None` when storage is blocked.
    pub fn kept_on_device(&self) -> Option<(u32, bool)> {
        let plan = !self.plan.items().is_empty() || self.review.plan.is_some();
        (!self.storage_blocked).then(|| (self.intake.pool().len(), plan))
    }

    /// How many pooled families are kept on this device beside them (0
    /// when storage is blocked, since then nothing is kept).
    pub fn kept_families(&self) -> u32 {
        if self.storage_blocked {
            0
        } else {
            self.intake.families().len()
        }
    }

    /// The state after `action`. Pure: the same state and action always
    /// give the same result.
    pub fn reduce(mut self, action: ToolsAction<P>) -> Self {
        match action {
            ToolsAction::Open(tool) => self.tool = tool,
            ToolsAction::TeamBox(text) => self.team_box = text,
            ToolsAction::AddTeamBox => {
                let text = std::mem::take(&mut self.team_box);
                self.add(IntakeAction::AddText(text));
            }
            ToolsAction::Intake(action) => self.add(action),
            ToolsAction::ViewTeamLink(link) => {
                self.viewing = Some(decode_team_with_families(&link));
                self.tool = Tool::Team;
                self.request_focus(FocusTarget::ScreenHeading);
            }
            ToolsAction::CloseTeamLink => {
                self.viewing = None;
                self.request_focus(FocusTarget::ScreenHeading);
            }
            ToolsAction::CompareTeamLink(link) => {
                self.compare = std::mem::take(&mut self.compare).offer(link);
                self.tool = Tool::Compare;
                self.request_focus(FocusTarget::ScreenHeading);
            }
            ToolsAction::Compare(action) => {
                let anyway = action == CompareAction::Anyway;
                self.compare = std::mem::take(&mut self.compare).reduce(action);
                if anyway {
                    self.request_focus(FocusTarget::CompareNote);
                }
            }
            ToolsAction::Plan(action) => self.change_plan(action),
            ToolsAction::Review(action) => self.change_review(action),
            ToolsAction::Paper(action) => {
                // An added form is pooled as its family code, exactly as a
                // pasted link; focus stays with the form for the next one.
                if let Some(code) = self.paper.reduce(action) {
                    self.add(IntakeAction::AddText(code));
                }
                if matches!(action, PaperAction::Add(_)) {
                    self.request_focus(FocusTarget::PaperNotice);
                }
            }
            ToolsAction::PlanTyped(text) => self.plan_typed.0 = text,
            ToolsAction::PlanTypedArea(area) => self.plan_typed.1 = area,
            ToolsAction::AddPlanTyped => {
                if !self.plan_typed.0.trim().is_empty() {
                    let text = std::mem::take(&mut self.plan_typed.0);
                    self.change_plan(PlanAction::AddTyped { text, area: self.plan_typed.1 });
                }
            }
            ToolsAction::PlanFile(Ok(plan)) => {
                self.plan = plan;
                self.hold_plan = false;
                self.plan_notice = Some(PlanNotice::Opened);
            }
            ToolsAction::PlanFile(Err(key)) => self.plan_notice = Some(PlanNotice::Problem(key)),
            ToolsAction::StorageFailed => self.storage_blocked = true,
            ToolsAction::AskClear => {
                self.confirming_clear = true;
                self.request_focus(FocusTarget::ClearConfirm);
            }
            ToolsAction::CancelClear => {
                self.confirming_clear = false;
                self.request_focus(FocusTarget::ClearButton);
            }
            ToolsAction::ConfirmClear => self.clear(),
            ToolsAction::Undo => self.undo(),
            ToolsAction::Present => {
                self.presenting = Some(Slide::Overview);
                self.request_focus(FocusTarget::Slide);
            }
            ToolsAction::MoveSlide(to) => {
                if let Some(slide) = self.presenting {
                    self.presenting = Some(slide.moved(to));
                    self.request_focus(FocusTarget::Slide);
                }
            }
            ToolsAction::StopPresenting => {
                if self.presenting.take().is_some() {
                    self.request_focus(FocusTarget::PresentButton);
                }
            }
        }
        self
    }

    fn request_focus(&mut self, target: FocusTarget) {
        self.focus = Focus { target: Some(target), serial: self.focus.serial.wrapping_add(1) };
    }

    /// Adds to the pool; focus goes to the results when someone new was
    /// counted (or a version changed), else to the log that says why not.
    fn add(&mut self, action: IntakeAction<P>) {
        let adds = matches!(action, IntakeAction::AddText(_) | IntakeAction::AddFile { .. });
        let before = self.intake.tally();
        let families_before = self.intake.family_log().len();
        let pools_before = self.hold_pool.then(|| (self.intake.pool().clone(), self.intake.families().clone()));
        self.intake.apply(action);
        // A kept pool that could not be read whole stays in storage until
        // the facilitator changes a pool; then the pools on screen are kept.
        if pools_before.is_some_and(|(pool, families)| (&pool, &families) != (self.intake.pool(), self.intake.families())) {
            self.hold_pool = false;
        }
        self.cleared = None;
        if adds {
            let after = self.intake.tally();
            let families_added =
                self.intake.family_log()[families_before..].iter().any(|entry| matches!(entry, FamilyEntry::Added | FamilyEntry::Replaced));
            let counted = after.added > before.added || after.changed > before.changed || families_added;
            self.request_focus(if counted { FocusTarget::ResultsHeading } else { FocusTarget::Log });
        }
    }

    /// Changes the plan; a new step takes focus.
    fn change_plan(&mut self, action: PlanAction) {
        let adds = matches!(action, PlanAction::AddPractice(_) | PlanAction::AddTyped { .. });
        match self.plan.reduce(action) {
            Ok(plan) => {
                self.plan = plan;
                self.hold_plan = false;
                self.plan_notice = None;
                self.cleared = None;
                self.before_carry = None;
                if adds {
                    self.request_focus(FocusTarget::PlanStep(self.plan.items().len().saturating_sub(1)));
                }
            }
            Err(error) => self.plan_notice = Some(PlanNotice::Problem(error.message_key())),
        }
    }
}
