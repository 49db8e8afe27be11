//! A year later, the team takes stock of each step of its plan: how far it
//! got, whether "how we will know" showed it worked, and what the team
//! learned. The review travels in the plan file (version 2) and the draft;
//! `carry` counts a reviewed plan and starts next year's from it. This file
//! imports no other of the plan's, so their imports form no circle.

use super::text::LongText;
use crate::core::content::ToolsKey;

/// Declares a keyed enum: every value, its key in the file and its label.
macro_rules! keyed {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $key:literal, $label:ident;)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every value, in the order the page offers them.
            pub const ALL: [$name; 4] = [$($name::$variant),+];

            /// The value's key in the plan file.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The value of a key in the plan file, if it is one.
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|value| value.key() == key)
            }

            /// The value's label on the tools page.
            pub fn label_key(self) -> ToolsKey {
                match self {
                    $($name::$variant => ToolsKey::$label,)+
                }
            }
        }
    };
}

keyed!(
    /// How far a step got in the year.
    StepStatus {
        /// The step was done.
        Done => "done", ReviewStatusDone;
        /// The step was partly done.
        Partly => "partly", ReviewStatusPartly;
        /// The step was not done yet.
        NotYet => "not_yet", ReviewStatusNotYet;
        /// The team decided to drop the step.
        Dropped => "dropped", ReviewStatusDropped;
    }
);

keyed!(
    /// Whether "how we will know it worked" showed that it did.
    KnowMet {
        /// It did.
        Yes => "yes", ReviewMetYes;
        /// Partly.
        Partly => "partly", ReviewMetPartly;
        /// It did not.
        No => "no", ReviewMetNo;
        /// The team cannot tell.
        CantTell => "cant_tell", ReviewMetCantTell;
    }
);

/// The review of one step; every part may be left open while the team
/// talks it through, and a step of a plan not reviewed yet has an empty one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct StepReview {
    /// How far the step got, once the team says.
    pub status: Option<StepStatus>,
    /// Whether "how we will know" was met, once the team says.
    pub met: Option<KnowMet>,
    /// What we learned, at most 250 characters.
    pub learned: LongText,
}

impl StepReview {
    /// Whether nothing of the review is said yet.
    pub fn is_empty(&self) -> bool {
        self.status.is_none() && self.met.is_none() && self.learned.is_empty()
    }

    /// Whether the step carries on into next year's plan: it was not done
    /// and not dropped (a step nobody reviewed is not finished either).
    pub fn is_unfinished(&self) -> bool {
        !matches!(self.status, Some(StepStatus::Done | StepStatus::Dropped))
    }
}

/// How many of a plan's steps are reviewed, and how they stand, for the
/// review's plain-words summary and its printout.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ReviewTally {
    /// The plan's steps.
    pub steps: usize,
    /// Steps with each status, in [`StepStatus::ALL`]'s order.
    pub by_status: [usize; 4],
    /// Steps whose status is not given yet.
    pub open: usize,
    /// Steps whose "how we will know" was met (yes).
    pub met: usize,
    /// Steps that carry on into next year's plan.
    pub unfinished: usize,
}
