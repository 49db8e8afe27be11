//! The eight barriers that keep staff from the core beliefs, and the set of
//! them a person checked.

/// One of the eight barriers that keep staff from the core beliefs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Barrier {
    FearOfBeingCalledRacist,
    LosingPowerAndControl,
    UnfriendlyOversight,
    PhysicalSafety,
    BeingMisunderstood,
    HandlingConflict,
    LowConfidenceInParents,
    SafeTraditionalInvolvement,
}

keyed_enum!(Barrier, 8, [
    FearOfBeingCalledRacist => "fear_of_being_called_racist",
    LosingPowerAndControl => "losing_power_and_control",
    UnfriendlyOversight => "unfriendly_oversight",
    PhysicalSafety => "physical_safety",
    BeingMisunderstood => "being_misunderstood",
    HandlingConflict => "handling_conflict",
    LowConfidenceInParents => "low_confidence_in_parents",
    SafeTraditionalInvolvement => "safe_traditional_involvement",
]);

/// The barriers a person checked, as a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BarrierSet(u8);

impl BarrierSet {
    /// Rebuilds a set from its 8-bit form (bit = barrier's position).
    pub fn from_bits(bits: u8) -> BarrierSet {
        BarrierSet(bits)
    }

    /// The set as 8 bits (bit = barrier's position).
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether the barrier is checked.
    pub fn contains(self, barrier: Barrier) -> bool {
        self.0 & (1 << barrier.index()) != 0
    }

    /// The set with `barrier` checked or unchecked.
    pub fn with(self, barrier: Barrier, checked: bool) -> BarrierSet {
        let bit = 1u8 << barrier.index();
        BarrierSet(if checked { self.0 | bit } else { self.0 & !bit })
    }

    /// Whether no barrier is checked.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Every checked barrier, in order.
    pub fn iter(self) -> impl Iterator<Item = Barrier> {
        Barrier::ALL.into_iter().filter(move |b| self.contains(*b))
    }
}
