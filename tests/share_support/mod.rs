//! What the share-code suites have in common: answers built from raw
//! numbers, plan included, a seeded generator of them, and the golden
//! format-1 codes. Each suite uses a part of it, hence `dead_code` is allowed.

#![allow(dead_code)]

use partnership_selfcheck::core::file;
use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, BarrierSet, Belief, Feasibility, Level, Likert, Mark, PlanPractice, TickSet, MAX_PRACTICES_PER_CELL,
};

/// The golden codes of format 1, with their answers as results-file JSON.
const GOLDEN_V1: &str = include_str!("../golden/share_codes_v1.txt");

/// Tick bits for practices at positions 0–2 of every cell: the content has
/// three practices per cell.
pub const THREE_PER_CELL: u16 = 0x7777;

/// Builds answers from raw numbers: marks 0 unmarked, 1 not sure, 2–5 Level
/// 1–4; belief points 0 unanswered or 1–5, held then practised per belief.
pub fn build(id: u64, marks: [u8; 5], ticks: [u16; 5], points: [u8; 8], barriers: u8) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id & ((1 << 40) - 1)).expect("40-bit id"));
    for (index, area) in Area::ALL.into_iter().enumerate() {
        let answer = answers.area_mut(area);
        answer.ticks = TickSet::from_bits(ticks[index]);
        answer.mark = match marks[index] {
            0 => None,
            1 => Some(Mark::NotSure),
            n => Some(Mark::Level(Level::from_number(n - 1).expect("mark 0-5"))),
        };
    }
    for (index, belief) in Belief::ALL.into_iter().enumerate() {
        let answer = answers.belief_mut(belief);
        answer.held = Likert::new(points[2 * index]);
        answer.practised = Likert::new(points[2 * index + 1]);
    }
    answers.barriers = BarrierSet::from_bits(barriers);
    answers
}

/// Adds a plan the way the widget makes one, through the model: `ratings`
/// gives per area a digit per position (base 5: 0 unrated, 1–4 the
/// feasibility steps), used only in areas with a plan level; each pick below
/// 20 chooses practice `pick % 4` of area `pick / 4` when that area has a
/// plan level, and 20–23 choose nothing.
pub fn with_plan(mut answers: Answers, ratings: [u16; 5], picks: [u8; 3]) -> Answers {
    for (area, mut number) in Area::ALL.into_iter().zip(ratings) {
        for position in 0..MAX_PRACTICES_PER_CELL {
            let digit = usize::from(number % 5);
            number /= 5;
            let practice = PlanPractice::new(area, position).expect("a position in the cell");
            let rating = digit.checked_sub(1).map(|step| Feasibility::ALL[step]);
            answers.set_rating(practice, rating);
        }
    }
    for pick in picks.into_iter().filter(|pick| *pick < 20) {
        let area = Area::ALL[usize::from(pick / 4)];
        let practice = PlanPractice::new(area, pick % 4).expect("a position in the cell");
        answers.set_priority(practice, true).expect("at most three picks");
    }
    answers
}

/// A small seeded generator (splitmix64), so the corruption run is the same
/// every time and a failure can be replayed.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `bound` (which must be positive).
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    /// One of `items` (which must not be empty).
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Random answers with a random plan, as the suites' proptest strategies make.
    pub fn answers(&mut self) -> Answers {
        let mut small = |bound: u64| (self.next() % bound) as u8;
        let marks = [(); 5].map(|_| small(6));
        let points = [(); 8].map(|_| small(6));
        let ticks = [(); 5].map(|_| self.next() as u16 & THREE_PER_CELL);
        let answers = build(self.next(), marks, ticks, points, self.next() as u8);
        let ratings = [(); 5].map(|_| (self.next() % 625) as u16);
        let picks = [(); 3].map(|_| (self.next() % 24) as u8);
        with_plan(answers, ratings, picks)
    }
}

/// The golden format-1 codes with the answers their JSON describes.
pub fn golden_v1() -> Vec<(Answers, String)> {
    GOLDEN_V1
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (code, json) = line.split_once('\t').expect("golden lines are code<TAB>json");
            (file::import(json).expect("golden JSON imports").answers, code.to_owned())
        })
        .collect()
}
