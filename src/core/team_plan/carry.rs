//! A reviewed plan as a whole: its steps counted by their review, and next
//! year's plan started from the steps not finished.

use super::item::{PlanStep, TeamPlan};
use super::review::{KnowMet, ReviewTally, StepReview, StepStatus};

impl TeamPlan {
    /// The plan's steps counted by their review.
    pub fn review_tally(&self) -> ReviewTally {
        let mut tally = ReviewTally { steps: self.items().len(), ..ReviewTally::default() };
        for review in self.items().iter().map(|item| &item.review) {
            match review.status {
                Some(status) => tally.by_status[StepStatus::ALL.iter().position(|s| *s == status).unwrap_or(0)] += 1,
                None => tally.open += 1,
            }
            tally.met += usize::from(review.met == Some(KnowMet::Yes));
            tally.unfinished += usize::from(review.is_unfinished());
        }
        tally
    }

    /// Next year's plan: every unfinished step, in order, with its
    /// practice, what, area, lead, cost and "how we will know" kept, its
    /// date cleared (a new year needs new dates) and its review emptied.
    pub fn carried_forward(&self) -> TeamPlan {
        let items = self.items().iter().filter(|item| item.review.is_unfinished()).map(|item| PlanStep {
            by_when: Default::default(),
            review: StepReview::default(),
            ..item.clone()
        });
        // The steps come from a plan that kept the rules, so no step is
        // refused; `from_items` checks them all the same.
        TeamPlan::from_items(items.collect()).unwrap_or_default()
    }
}
