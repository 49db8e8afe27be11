//! The closest rule of a mixed profile and one smallest change that
//! satisfies it.

use super::rules::{label_for, Label};
use crate::core::model::{Area, Level};

/// One area's mark moving from one school type to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Change {
    pub area: Area,
    pub from: Level,
    pub to: Level,
}

/// Why a pattern got no label, and what would give it one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mixed {
    /// The label whose rule the fewest changed marks would satisfy; among
    /// equally close rules, the highest.
    pub closest: Label,
    /// One smallest set of changes after which `closest` holds. Among equally
    /// small sets, the one that moves marks up the continuum the least far
    /// in total is chosen, then the earliest areas.
    pub changes: Vec<Change>,
}

/// Callers pass at least three marks. Searches every re-marking of the given areas for the nearest one that
/// satisfies some rule. At most 4^5 = 1024 candidates, so brute force is the
/// clearest correct method.
pub(super) fn closest_rule(given: &[(Area, Level)]) -> Mixed {
    let mut best: Option<(usize, Label, u32, Vec<Change>)> = None;
    let candidates = 4usize.pow(given.len() as u32);
    for code in 0..candidates {
        let candidate: Vec<Level> = (0..given.len())
            .map(|i| Level::ALL[(code / 4usize.pow(i as u32)) % 4])
            .collect();
        let Some(label) = label_for(&candidate) else { continue };
        let changes: Vec<Change> = given
            .iter()
            .zip(&candidate)
            .filter(|((_, from), to)| from != *to)
            .map(|((area, from), to)| Change { area: *area, from: *from, to: *to })
            .collect();
        let distance = changes.len();
        let travel: u32 =
            changes.iter().map(|c| u32::from(c.from.number().abs_diff(c.to.number()))).sum();
        // Fewer changes first; then the higher label; then the smaller moves;
        // then the first found, which changes the earliest areas.
        let better = match &best {
            None => true,
            Some((d, l, t, _)) => (distance, std::cmp::Reverse(label), travel) < (*d, std::cmp::Reverse(*l), *t),
        };
        if better {
            best = Some((distance, label, travel, changes));
        }
    }
    // With three or more given marks some rule is always reachable (all of
    // them Partnership satisfies Advanced), so `best` is set; the fallback
    // only keeps this function total.
    let (_, closest, _, changes) = best.unwrap_or((0, Label::Advanced, 0, Vec::new()));
    Mixed { closest, changes }
}

#[cfg(test)]
mod tests {
    use super::super::{score_levels, Outcome};
    use super::*;
    use Level::*;

    #[test]
    fn framework_examples_are_mixed_with_the_closest_rule_named() {
        let mixed = score_levels([Some(Fortress), Some(Fortress), Some(ComeIfWeCall), Some(ComeIfWeCall), Some(OpenDoor)]);
        match mixed.outcome {
            Outcome::Mixed(m) => {
                assert_eq!(m.closest, Label::Basic);
                assert_eq!(m.changes.len(), 1);
            }
            other => panic!("expected mixed, got {other:?}"),
        }
        let mixed = score_levels([Some(Fortress), Some(Partnership), Some(Partnership), Some(Partnership), Some(Partnership)]);
        match mixed.outcome {
            Outcome::Mixed(m) => {
                assert_eq!(m.closest, Label::Advanced);
                assert_eq!(m.changes, vec![Change { area: Area::BuildingRelationships, from: Fortress, to: OpenDoor }]);
            }
            other => panic!("expected mixed, got {other:?}"),
        }
    }
}
