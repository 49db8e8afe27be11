//! "Clear everything" on the tools page, and its undo: what is forgotten
//! is kept in memory during the visit, never in storage.

use super::{CompareState, FocusTarget, ReviewState, ToolsState};
use crate::core::family::FamilyPool;
use crate::core::team::{Intake, Pool};
use crate::core::team_plan::TeamPlan;

/// Everything "Clear everything" forgets, kept in memory for its undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleared {
    pool: Pool,
    families: FamilyPool,
    plan: TeamPlan,
    compare: CompareState,
    review: ReviewState,
}

impl<P: Clone> ToolsState<P> {
    /// Forgets the pool, the families, the plan, the comparison and the
    /// review, keeping them in memory for [`ToolsAction::Undo`].
    pub(super) fn clear(&mut self) {
        let cleared = Cleared {
            pool: self.intake.pool().clone(),
            families: self.intake.families().clone(),
            plan: std::mem::take(&mut self.plan),
            compare: std::mem::take(&mut self.compare),
            review: std::mem::take(&mut self.review),
        };
        self.intake = Intake::default();
        self.cleared = Some(Box::new(cleared));
        self.confirming_clear = false;
        self.presenting = None;
        self.plan_notice = None;
        self.kept_pool_problem = None;
        // The facilitator asked to forget everything, so a kept pool or
        // plan that could not be read goes too.
        self.hold_pool = false;
        self.hold_plan = false;
        self.request_focus(FocusTarget::Undo);
    }

    /// Brings back what [`ToolsState::clear`] forgot, if anything.
    pub(super) fn undo(&mut self) {
        if let Some(cleared) = self.cleared.take() {
            let Cleared { pool, families, plan, compare, review } = *cleared;
            self.intake = Intake::with_pools(pool, families);
            self.plan = plan;
            self.compare = compare;
            self.review = review;
            self.request_focus(FocusTarget::ClearButton);
        }
    }
}
