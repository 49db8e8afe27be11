//! Builders shared by the team suites that need people with plans
//! (`team_code_v2`, `team_code_v3`, `team_meeting`), so each test says only
//! what matters, and the reframing of a code the format tests share.

#![allow(dead_code)]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, Barrier, Belief, Feasibility, Level, Likert, Mark, PlanPractice, PracticeRef, TickSet,
};
use partnership_selfcheck::core::team::{Pool, TeamCounts};

/// A small deterministic generator, so every run tests the same cases.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A level from its number 1–4.
pub fn level(n: u8) -> Level {
    Level::from_number(n).expect("levels are 1-4")
}

/// Answers with the given id and marks per area: 0 unmarked, 9 not sure,
/// 1–4 the level.
pub fn person(id: u64, marks: [u8; 5]) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id).expect("test ids fit 40 bits"));
    for (area, digit) in Area::ALL.into_iter().zip(marks) {
        let mark = match digit {
            0 => None,
            9 => Some(Mark::NotSure),
            n => Some(Mark::Level(level(n))),
        };
        answers.set_mark(area, mark);
    }
    answers
}

/// The practice at `position` of the area's next level up.
pub fn practice(area: Area, position: u8) -> PlanPractice {
    PlanPractice::new(area, position).expect("positions are 0-3")
}

/// Rates a practice of the area's next level up.
pub fn rate(mut answers: Answers, area: Area, position: u8, rating: Feasibility) -> Answers {
    answers.set_rating(practice(area, position), Some(rating));
    answers
}

/// Chooses a practice of the area's next level up as a priority.
pub fn choose(mut answers: Answers, area: Area, position: u8) -> Answers {
    answers.set_priority(practice(area, position), true).expect("room for a priority");
    answers
}

/// Ticks a practice of the given level in the area.
pub fn tick(mut answers: Answers, area: Area, at: u8, position: u8) -> Answers {
    let one = answers.area_mut(area);
    one.ticks = one.ticks.with(PracticeRef::new(level(at), position).expect("positions are 0-3"), true);
    answers
}

/// Checks a barrier.
pub fn check(mut answers: Answers, barrier: Barrier) -> Answers {
    answers.barriers = answers.barriers.with(barrier, true);
    answers
}

/// Sets one belief's held and practised points (0 for unanswered).
pub fn believe(mut answers: Answers, belief: Belief, held: u8, practised: u8) -> Answers {
    let one = answers.belief_mut(belief);
    one.held = Likert::new(held);
    one.practised = Likert::new(practised);
    answers
}

/// Random answers with a plan, never blank.
pub fn random_answers(rng: &mut XorShift, id: u64) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id).expect("test ids fit 40 bits"));
    for area in Area::ALL {
        let mark = match rng.below(6) {
            0 => None,
            1 => Some(Mark::NotSure),
            n => Some(Mark::Level(level(n as u8 - 1))),
        };
        answers.set_mark(area, mark);
        answers.area_mut(area).ticks = TickSet::from_bits(rng.next() as u16 & rng.next() as u16);
    }
    for belief in Belief::ALL {
        let one = answers.belief_mut(belief);
        one.held = Likert::new(rng.below(6) as u8);
        one.practised = Likert::new(rng.below(6) as u8);
    }
    answers.barriers = answers.barriers.with(Barrier::ALL[rng.below(8) as usize], true);
    for practice in PlanPractice::all() {
        answers.set_rating(practice, Feasibility::ALL.get(rng.below(6) as usize).copied());
        if rng.below(5) == 0 && !answers.priorities().is_full() {
            answers.set_priority(practice, true).expect("room for a priority");
        }
    }
    answers
}

/// A pool of the given people, each of whom must be new.
pub fn pool_of(people: &[Answers]) -> Pool {
    let mut pool = Pool::new();
    for one in people {
        assert!(pool.add_answers(one.clone(), "file.json").status.is_added());
    }
    pool
}

/// The counts of `n` random people with plans.
pub fn sample_counts(seed: u64, n: u64) -> TeamCounts {
    let mut rng = XorShift(seed);
    let people: Vec<Answers> = (0..n).map(|i| random_answers(&mut rng, 500 + i)).collect();
    pool_of(&people).counts().expect("at least five")
}

/// The bytes of a code's body, checksum included.
pub fn body(code: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(&code[2..]).expect("base64url")
}

/// A code with the given count bytes under the given prefix, with its
/// checksum put right, as a buggy tool or an attacker might make it.
pub fn reframed(prefix: &str, counts: &[u8]) -> String {
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);
    let mut digest = crc.digest();
    digest.update(prefix.as_bytes());
    digest.update(counts);
    let mut bytes = counts.to_vec();
    bytes.extend(digest.finalize().to_be_bytes());
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}
