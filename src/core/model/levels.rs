//! The four school types of the continuum, and the mark a person gives an
//! area, which is one of them or "Not sure".

/// One of the four school types (the columns of the rubric), from Fortress
/// (1) to Partnership (4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Fortress,
    ComeIfWeCall,
    OpenDoor,
    Partnership,
}

keyed_enum!(Level, 4, [
    Fortress => "fortress",
    ComeIfWeCall => "come_if_we_call",
    OpenDoor => "open_door",
    Partnership => "partnership",
]);

impl Level {
    /// The level's number on the continuum: Fortress 1 … Partnership 4.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The level with the given number (1–4).
    pub fn from_number(number: u8) -> Option<Level> {
        number.checked_sub(1).and_then(|i| Level::from_index(usize::from(i)))
    }

    /// The next level up the continuum, or `None` for Partnership.
    pub fn next_up(self) -> Option<Level> {
        Level::from_number(self.number() + 1)
    }
}

/// The mark a person confirmed for one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// The person is not sure which type describes the school; no level.
    NotSure,
    /// The school type the person chose.
    Level(Level),
}

impl Mark {
    /// The level this mark stands for, if any.
    pub fn level(self) -> Option<Level> {
        match self {
            Mark::NotSure => None,
            Mark::Level(level) => Some(level),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_level_up_walks_the_continuum() {
        assert_eq!(Level::Fortress.next_up(), Some(Level::ComeIfWeCall));
        assert_eq!(Level::OpenDoor.next_up(), Some(Level::Partnership));
        assert_eq!(Level::Partnership.next_up(), None);
    }
}
