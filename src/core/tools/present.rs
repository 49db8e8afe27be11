//! The presentation view of the team summary, for a projector at a staff
//! meeting: one section per screen, moved through by keyboard or buttons.

/// One screen of the presentation, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slide {
    /// How many took part, and the team's label.
    Overview,
    /// The areas to talk about, or that the team agrees.
    Conversations,
    /// How many chose each school type, by area.
    Areas,
    /// The beliefs: held and practised, and the widest gap.
    Beliefs,
    /// The barriers, most checked first.
    Barriers,
    /// The next steps: quick wins and what will be hard.
    NextSteps,
}

/// A move between slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlideMove {
    /// The next slide (the last one stays).
    Next,
    /// The previous slide (the first one stays).
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
}

impl Slide {
    /// Every slide, in order.
    pub const ALL: [Slide; 6] = [Slide::Overview, Slide::Conversations, Slide::Areas, Slide::Beliefs, Slide::Barriers, Slide::NextSteps];

    /// The slide's 1-based number, for "2 of 6".
    pub fn number(self) -> u8 {
        match self {
            Slide::Overview => 1,
            Slide::Conversations => 2,
            Slide::Areas => 3,
            Slide::Beliefs => 4,
            Slide::Barriers => 5,
            Slide::NextSteps => 6,
        }
    }

    /// How many slides there are.
    pub fn count() -> u8 {
        Slide::NextSteps.number()
    }

    /// The slide a move leads to; moving past either end stays there.
    pub fn moved(self, to: SlideMove) -> Slide {
        let index = usize::from(self.number() - 1);
        let last = Slide::ALL.len() - 1;
        let target = match to {
            SlideMove::Next => (index + 1).min(last),
            SlideMove::Previous => index.saturating_sub(1),
            SlideMove::First => 0,
            SlideMove::Last => last,
        };
        Slide::ALL.get(target).copied().unwrap_or(self)
    }

    /// The move a key press asks for, by the key's DOM name: the arrows,
    /// Page Up and Down, Space and Home and End, as presentation programs
    /// use them.
    pub fn move_for_key(key: &str) -> Option<SlideMove> {
        match key {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some(SlideMove::Next),
            "ArrowLeft" | "ArrowUp" | "PageUp" => Some(SlideMove::Previous),
            "Home" => Some(SlideMove::First),
            "End" => Some(SlideMove::Last),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_within_the_slides() {
        assert_eq!(Slide::Overview.moved(SlideMove::Previous), Slide::Overview);
        assert_eq!(Slide::Overview.moved(SlideMove::Next), Slide::Conversations);
        assert_eq!(Slide::NextSteps.moved(SlideMove::Next), Slide::NextSteps);
        assert_eq!(Slide::Beliefs.moved(SlideMove::First), Slide::Overview);
        assert_eq!(Slide::Beliefs.moved(SlideMove::Last), Slide::NextSteps);
        assert_eq!(Slide::ALL.map(Slide::number), [1, 2, 3, 4, 5, 6]);
        assert_eq!(Slide::count(), 6);
        assert_eq!(Slide::move_for_key("PageDown"), Some(SlideMove::Next));
        assert_eq!(Slide::move_for_key("Escape"), None, "Escape leaves the view; the page handles it");
    }
}
