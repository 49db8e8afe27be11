//! The four core beliefs, the two five-point scales each is answered on, and
//! one person's answer for a belief.

/// One of the four core beliefs about families.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Belief {
    DreamsForChildren,
    CapacityToSupport,
    EqualPartners,
    StaffResponsibility,
}

keyed_enum!(Belief, 4, [
    DreamsForChildren => "dreams_for_children",
    CapacityToSupport => "capacity_to_support",
    EqualPartners => "equal_partners",
    StaffResponsibility => "staff_responsibility",
]);

/// A point on a five-point scale, 1 (lowest) to 5 (highest). The words for
/// each point live in the content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Likert(u8);

impl Likert {
    /// The lowest point.
    pub const MIN: u8 = 1;
    /// The highest point.
    pub const MAX: u8 = 5;

    /// The point with the given value, if it is between 1 and 5.
    pub fn new(value: u8) -> Option<Likert> {
        (Self::MIN..=Self::MAX).contains(&value).then_some(Likert(value))
    }

    /// Every point, lowest first.
    pub fn all() -> impl Iterator<Item = Likert> {
        (Self::MIN..=Self::MAX).map(Likert)
    }

    /// The point's value, 1–5.
    pub fn value(self) -> u8 {
        self.0
    }
}

/// Which of a belief's two scales an answer is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BeliefScale {
    /// How strongly I hold the belief myself.
    Held,
    /// How consistently our school's everyday practice shows it.
    Practised,
}

keyed_enum!(BeliefScale, 2, [
    Held => "held",
    Practised => "practised",
]);

/// One person's answer for one belief.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BeliefAnswer {
    pub held: Option<Likert>,
    pub practised: Option<Likert>,
}

impl BeliefAnswer {
    /// The answer on one scale.
    pub fn get(&self, scale: BeliefScale) -> Option<Likert> {
        match scale {
            BeliefScale::Held => self.held,
            BeliefScale::Practised => self.practised,
        }
    }

    /// Sets the answer on one scale.
    pub fn set(&mut self, scale: BeliefScale, value: Option<Likert>) {
        match scale {
            BeliefScale::Held => self.held = value,
            BeliefScale::Practised => self.practised = value,
        }
    }

    /// Held minus practised, when both are answered: positive means the
    /// school's practice falls short of the belief.
    pub fn gap(&self) -> Option<i8> {
        Some(self.held?.value() as i8 - self.practised?.value() as i8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likert_accepts_only_one_to_five() {
        assert!(Likert::new(0).is_none());
        assert!(Likert::new(6).is_none());
        assert_eq!(Likert::all().count(), 5);
        let answer = BeliefAnswer { held: Likert::new(5), practised: Likert::new(2) };
        assert_eq!(answer.gap(), Some(3));
    }
}
