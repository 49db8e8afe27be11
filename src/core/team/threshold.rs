//! The privacy floor of team results: how many distinct respondents a team
//! needs before anything pooled is shown, encoded or exported.

/// The fewest distinct respondents whose pooled results may be shown,
/// encoded or exported.
pub const MIN_RESPONDENTS: u16 = 5;

/// How many distinct respondents a team needs before its results are shown.
/// It is never below [`MIN_RESPONDENTS`]: a team may demand more people, but
/// no setting can weaken the privacy floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Threshold(u16);

impl Threshold {
    /// A threshold of `n` respondents, raised to [`MIN_RESPONDENTS`] when `n`
    /// is smaller. Clamping (rather than failing) means a bad setting in an
    /// embedding page still yields the safe minimum.
    pub fn new(n: u16) -> Threshold {
        Threshold(n.max(MIN_RESPONDENTS))
    }

    /// The number of distinct respondents required.
    pub fn get(self) -> u16 {
        self.0
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Threshold(MIN_RESPONDENTS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_threshold_can_be_raised_but_never_lowered() {
        assert_eq!(Threshold::new(0).get(), MIN_RESPONDENTS);
        assert_eq!(Threshold::new(MIN_RESPONDENTS - 1).get(), MIN_RESPONDENTS);
        assert_eq!(Threshold::new(12).get(), 12);
        assert_eq!(Threshold::default().get(), MIN_RESPONDENTS);
    }
}
