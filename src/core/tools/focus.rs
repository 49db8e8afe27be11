//! Where keyboard focus goes after the facilitator's actions, as data the
//! reducer sets and the shell carries out, so that focus follows the
//! person's eyes (to the results after adding links, to a new plan step)
//! and a test can say where it goes.

/// Where keyboard focus should go after an action, so that it follows the
/// person's eyes rather than falling to the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FocusTarget {
    /// The heading of the team's results, after links were added.
    ResultsHeading,
    /// The log of what was added, when nothing new was counted.
    Log,
    /// The plan step at this index, after it was added.
    PlanStep(usize),
    /// The plan's notice, after this year's plan was started from last
    /// year's unfinished steps.
    PlanNotice,
    /// The note above a comparison made anyway.
    CompareNote,
    /// The current slide's heading in the presentation view.
    Slide,
    /// The button that opens the presentation, after leaving it.
    PresentButton,
    /// The confirmation of "Clear everything".
    ClearConfirm,
    /// The message with "Undo", after everything was cleared.
    Undo,
    /// "Clear everything" itself, after cancelling or undoing.
    ClearButton,
    /// The heading of a team link opened for viewing, or of the summary
    /// again after leaving it.
    ScreenHeading,
    /// What became of a paper family form just added.
    PaperNotice,
}

/// A request to move focus; the serial changes with every request, so the
/// same target asked twice moves focus twice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Focus {
    /// Where to, if anywhere.
    pub target: Option<FocusTarget>,
    /// Counts the requests.
    pub serial: u32,
}
