//! Made-up families' check-in codes for the review's end-to-end test, made
//! by the core as the family page would make them, so that the test can
//! paste them beside five staff links and let the tools page make a team
//! link that carries families (`T3`) without walking the family page ten
//! times.
//!
//! `cargo run --example family_links -- 1` prints five families' codes for
//! last year (one a line): three describe every area as Fortress, one as
//! Come-if-we-call, one as Open-Door. `-- 2` prints this year's: three
//! Come-if-we-call, one Fortress, one Open-Door.

use partnership_selfcheck::core::family::{encode_family, FamilyAnswers, FamilyId, PlaceAnswer};
use partnership_selfcheck::core::model::{Area, Level};

/// Each family's type (an index into [`Level::ALL`]) for every area, per round.
fn types(round: u64) -> [usize; 5] {
    match round {
        2 => [1, 1, 1, 0, 2],
        _ => [0, 0, 0, 1, 2],
    }
}

fn main() {
    let round: u64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1);
    for (family, at) in (0u64..).zip(types(round)) {
        let Some(id) = FamilyId::new(round << 8 | (family + 1)) else { continue };
        let mut answers = FamilyAnswers::new(id);
        for area in Area::ALL {
            answers.set_place(area, Some(PlaceAnswer::Level(Level::ALL[at])));
        }
        println!("{}", encode_family(&answers));
    }
}
