//! Team pooling: counts, medians, disagreement, the privacy threshold,
//! extracting codes from messy pasted text. Team codes, the CSV and
//! compare are in `team_code.rs`.

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::model::{
    Answers, Area, AssessmentId, Barrier, Belief, Feasibility, Level, Likert, Mark, PlanPractice, TickSet,
};
use partnership_selfcheck::core::scoring::{Label, Outcome};
use partnership_selfcheck::core::share::{self, ShareError};
use partnership_selfcheck::core::team::{
    decode_team, extract_entries, summarize, summarize_counts, Agreement, Conversations, EntrySource, EntryStatus, Pool, SplitKind,
    Summary, TeamSummary, Threshold, MIN_RESPONDENTS,
};

/// A small deterministic generator, so every run tests the same cases.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A mark from a digit: 0 unmarked, 9 not sure, 1–4 the level.
fn mark(digit: u8) -> Option<Mark> {
    match digit {
        0 => None,
        9 => Some(Mark::NotSure),
        n => Some(Mark::Level(Level::from_number(n).expect("test levels are 1-4"))),
    }
}

/// Answers with the given id and area marks (see [`mark`]).
fn person(id: u64, marks: [u8; 5]) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id).expect("test ids fit 40 bits"));
    for (area, digit) in Area::ALL.into_iter().zip(marks) {
        answers.area_mut(area).mark = mark(digit);
    }
    answers
}

/// Sets one belief's held and practised points (0 for unanswered).
fn with_belief(mut answers: Answers, belief: Belief, held: u8, practised: u8) -> Answers {
    let answer = answers.belief_mut(belief);
    answer.held = Likert::new(held);
    answer.practised = Likert::new(practised);
    answers
}

fn with_barrier(mut answers: Answers, barrier: Barrier) -> Answers {
    answers.barriers = answers.barriers.with(barrier, true);
    answers
}

/// Random but complete-looking answers, so they are never blank.
fn random_answers(rng: &mut XorShift, id: u64) -> Answers {
    let mut answers = Answers::new(AssessmentId::new(id).expect("test ids fit 40 bits"));
    for area in Area::ALL {
        answers.area_mut(area).mark = match rng.below(6) {
            0 => None,
            1 => Some(Mark::NotSure),
            n => Level::from_number(n as u8 - 1).map(Mark::Level),
        };
    }
    for belief in Belief::ALL {
        let answer = answers.belief_mut(belief);
        answer.held = Likert::new(rng.below(6) as u8);
        answer.practised = Likert::new(rng.below(6) as u8);
    }
    answers.barriers = answers.barriers.with(Barrier::ALL[rng.below(8) as usize], true);
    // A plan: some ticks, ratings of the next level's practices, and up to
    // three priorities, as format 2 codes carry.
    for area in Area::ALL {
        answers.area_mut(area).ticks = TickSet::from_bits(rng.next() as u16 & rng.next() as u16);
    }
    for practice in PlanPractice::all() {
        answers.set_rating(practice, Feasibility::ALL.get(rng.below(6) as usize).copied());
        if rng.below(5) == 0 && !answers.priorities().is_full() {
            answers.set_priority(practice, true).expect("room for one more");
        }
    }
    answers
}

fn pool_of(people: &[Answers]) -> Pool {
    let mut pool = Pool::new();
    for one in people {
        assert_eq!(pool.add_answers(one.clone(), "file.json").status, EntryStatus::Added);
    }
    pool
}

fn ready(pool: &Pool) -> TeamSummary {
    match summarize(pool, Threshold::default()) {
        Summary::Ready(summary) => *summary,
        other => panic!("expected a summary, got {other:?}"),
    }
}

fn median_of(marks: &[u8]) -> Option<Level> {
    let people: Vec<Answers> = marks.iter().enumerate().map(|(i, m)| person(i as u64 + 1, [*m, 9, 0, 0, 0])).collect();
    ready(&pool_of(&people)).area(Area::BuildingRelationships).median
}

#[test]
fn pooling_counts_every_answer() {
    let people = [
        with_barrier(with_belief(person(1, [1, 2, 3, 4, 9]), Belief::DreamsForChildren, 5, 3), Barrier::PhysicalSafety),
        with_barrier(with_belief(person(2, [2, 2, 3, 4, 0]), Belief::DreamsForChildren, 4, 4), Barrier::PhysicalSafety),
        with_belief(person(3, [3, 9, 3, 4, 1]), Belief::DreamsForChildren, 5, 0),
        with_belief(person(4, [3, 0, 3, 4, 2]), Belief::DreamsForChildren, 2, 4),
        with_barrier(person(5, [4, 2, 3, 4, 3]), Barrier::HandlingConflict),
        with_belief(person(6, [9, 2, 3, 4, 4]), Belief::DreamsForChildren, 5, 2),
    ];
    let summary = ready(&pool_of(&people));
    let counts = &summary.counts;
    assert_eq!(counts.respondents(), 6);
    assert_eq!(summary.respondents, 6);

    let relationships = counts.area(Area::BuildingRelationships);
    assert_eq!(relationships.at(Level::Fortress), 1);
    assert_eq!(relationships.at(Level::ComeIfWeCall), 1);
    assert_eq!(relationships.at(Level::OpenDoor), 2);
    assert_eq!(relationships.at(Level::Partnership), 1);
    assert_eq!(relationships.not_sure(), 1);
    assert_eq!(relationships.unmarked(), 0);
    let learning = counts.area(Area::LinkingToLearning);
    assert_eq!((learning.at(Level::ComeIfWeCall), learning.not_sure(), learning.unmarked()), (4, 1, 1));

    let dreams = counts.belief(Belief::DreamsForChildren);
    let at = |p: u8| Likert::new(p).expect("1-5");
    assert_eq!([1, 2, 3, 4, 5].map(|p| dreams.held(at(p))), [0, 1, 0, 1, 3]);
    assert_eq!([1, 2, 3, 4, 5].map(|p| dreams.practised(at(p))), [0, 1, 1, 2, 0]);
    // Gaps over those who answered both: 2, 0, -2, 3 => sum 3 over 4.
    assert_eq!((dreams.gap_sum(), dreams.gap_count()), (3, 4));
    let belief = summary.belief(Belief::DreamsForChildren).expect("every belief is summarised");
    assert_eq!(belief.gap_tenths, Some(8), "3/4 = 0.75 rounds half away from zero to 0.8");
    assert_eq!(belief.held_tenths, Some(42), "21/5 = 4.2");
    assert_eq!(belief.practised_tenths, Some(33), "13/4 = 3.25 -> 3.3");
    assert_eq!(summary.belief(Belief::EqualPartners).map(|b| b.gap_tenths), Some(None));

    assert_eq!(counts.barrier(Barrier::PhysicalSafety), 2);
    assert_eq!(counts.barrier(Barrier::HandlingConflict), 1);
    assert_eq!(counts.barrier(Barrier::UnfriendlyOversight), 0);
}

#[test]
fn medians_are_lower_medians_over_marked_staff() {
    // Odd count: the middle mark.
    assert_eq!(median_of(&[1, 2, 2, 3, 4]), Some(Level::ComeIfWeCall));
    assert_eq!(median_of(&[4, 4, 3, 1, 4]), Some(Level::Partnership));
    // Even count: the lower of the two middle marks.
    assert_eq!(median_of(&[1, 2, 2, 3, 3, 4]), Some(Level::ComeIfWeCall));
    assert_eq!(median_of(&[1, 1, 1, 4, 4, 4]), Some(Level::Fortress));
    assert_eq!(median_of(&[2, 2, 3, 3, 3, 3]), Some(Level::OpenDoor));
    // Not sure and unmarked are ignored: four marks 2,3,3,4 give 3.
    assert_eq!(median_of(&[9, 2, 3, 0, 3, 4]), Some(Level::OpenDoor));
    // Nobody marked the area.
    assert_eq!(median_of(&[9, 9, 0, 0, 9]), None);
}

#[test]
fn agreement_categories_and_order() {
    // Area columns: relationships agree, learning evenly split,
    // differences far apart, advocacy nobody marked, power far apart by a
    // wider margin.
    let people = [
        person(1, [3, 3, 1, 0, 1]),
        person(2, [3, 3, 1, 9, 1]),
        person(3, [3, 3, 3, 0, 1]),
        person(4, [3, 2, 3, 0, 4]),
        person(5, [3, 2, 3, 0, 4]),
        person(6, [2, 4, 3, 0, 4]),
    ];
    let summary = ready(&pool_of(&people));
    // One rule (the calibrated split) answers "do staff agree here?" for
    // the table, the conversations and the guide alike.
    let agreement = |area: Area| summary.area(area).agreement();
    assert_eq!(agreement(Area::BuildingRelationships), Agreement::Agrees);
    assert_eq!(agreement(Area::LinkingToLearning), Agreement::Split(SplitKind::Even));
    assert_eq!(agreement(Area::AddressingDifferences), Agreement::Split(SplitKind::FarApart));
    assert_eq!(agreement(Area::SupportingAdvocacy), Agreement::NoMarks);
    assert_eq!(summary.area(Area::SharingPower).median, Some(Level::Fortress));
    assert_eq!(agreement(Area::SharingPower), Agreement::Split(SplitKind::FarApart));

    // The calibrated rule names the split areas, most split first: power
    // (three on each side of a two-type gap), differences (two), then
    // learning (no type holds a majority of its neighbouring 2-3-1).
    let Conversations::Split(named) = &summary.conversations else { panic!("three areas are split") };
    let named: Vec<(Area, SplitKind, u32)> = named.iter().map(|s| (s.area, s.kind, s.far_apart)).collect();
    assert_eq!(
        named,
        vec![
            (Area::SharingPower, SplitKind::FarApart, 3),
            (Area::AddressingDifferences, SplitKind::FarApart, 2),
            (Area::LinkingToLearning, SplitKind::Even, 1),
        ]
    );
}

#[test]
fn team_label_comes_from_the_medians() {
    let people: Vec<Answers> = (1..=5).map(|i| person(i, [4, 4, 4, 3, 3])).collect();
    let summary = ready(&pool_of(&people));
    assert_eq!(summary.score.outcome, Outcome::Label(Label::Advanced));
    assert_eq!(
        summary.score.levels,
        [Some(Level::Partnership), Some(Level::Partnership), Some(Level::Partnership), Some(Level::OpenDoor), Some(Level::OpenDoor)]
    );
}

#[test]
fn results_need_five_distinct_respondents() {
    let people: Vec<Answers> = (1..=6).map(|i| person(i, [3, 3, 3, 3, 3])).collect();
    let four = pool_of(&people[..4]);
    assert_eq!(summarize(&four, Threshold::default()), Summary::TooFew { have: 4, need_more: 1 });
    assert_eq!(four.counts(), None);
    assert_eq!(summarize(&Pool::new(), Threshold::default()), Summary::TooFew { have: 0, need_more: 5 });

    let five = pool_of(&people[..5]);
    assert!(matches!(summarize(&five, Threshold::default()), Summary::Ready(s) if s.respondents == 5));

    // Six codes, one of them a repeat: five distinct people.
    let mut codes: Vec<String> = people[..5].iter().map(share::encode).collect();
    codes.push(share::encode(&people[2]));
    let mut pool = Pool::new();
    let statuses: Vec<EntryStatus> = codes.iter().map(|c| pool.add_code(c)).collect();
    assert_eq!(statuses.iter().filter(|s| s.is_added()).count(), 5);
    assert_eq!(statuses.last(), Some(&EntryStatus::Duplicate));
    assert_eq!(pool.len(), 5);
    assert!(matches!(summarize(&pool, Threshold::default()), Summary::Ready(s) if s.respondents == 5));

    // A raised threshold holds results back; pooled counts honour it too.
    assert_eq!(summarize(&pool, Threshold::new(8)), Summary::TooFew { have: 5, need_more: 3 });
    let counts = pool.counts().expect("five respondents");
    assert_eq!(summarize_counts(&counts, Threshold::new(8)), Summary::TooFew { have: 5, need_more: 3 });
}

#[test]
fn threshold_is_never_below_five() {
    assert_eq!(MIN_RESPONDENTS, 5);
    for n in 0..=5 {
        assert_eq!(Threshold::new(n).get(), 5);
    }
    assert_eq!(Threshold::new(12).get(), 12);
    assert_eq!(Threshold::new(u16::MAX).get(), u16::MAX);
    assert_eq!(Threshold::default().get(), 5);
}

#[test]
fn blank_codes_are_not_counted() {
    let mut pool = Pool::new();
    let blank = Answers::new(AssessmentId::new(77).expect("fits"));
    assert_eq!(pool.add_code(&share::encode(&blank)), EntryStatus::Blank);
    assert_eq!(pool.add_answers(blank, "empty.json").status, EntryStatus::Blank);
    assert!(pool.is_empty());
}

fn link(code: &str) -> String {
    format!("https://selfcheck.example.org/lincoln/#r={code}")
}

/// Changes one character of a code's body to another code character.
fn damage(code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

#[test]
fn extracts_codes_from_a_messy_email_thread() {
    let mut rng = XorShift(0x5eed_1234_abcd);
    let people: Vec<Answers> = (0..9).map(|i| random_answers(&mut rng, 1000 + i)).collect();
    let codes: Vec<String> = people.iter().map(share::encode).collect();
    // The seventh link is wrapped by the mail program after 20 code chars.
    let (wrap_head, wrap_tail) = codes[6].split_at(20);
    let thread = format!(
        "From: Ana Ruiz <ana@lincoln.example.org>\n\
         Sent: Tuesday, 4 March 2025 08:14\n\
         Subject: RE: Partnership self-check links\n\
         \n\
         Here are the ones I collected: {l0}\n\
         {l1}\n\
         and Sam's: {l2} (sent from phone)\n\
         Agenda is at https://docs.example.org/d/1Xy-AgendaP1abcdefgh/edit#heading=h.1\n\
         \n\
         [09:12] Dee: {l3}\n\
         [09:13] Lee: here's mine {c4}.\n\
         [09:15] Kim: https://selfcheck.example.org/lincoln/%23r%3D{c5}\n\
         https://selfcheck.example.org/lincoln/#r={wrap_head}\n\
         {wrap_tail}\n\
         <{l7}>\n\
         - {l8} -\n\
         \n\
         > On Monday, Jo wrote:\n\
         > {l1}\n\
         > > {c3}\n\
         > this one came through odd: {bad}\n\
         > Thanks all, see you in room P12 on 5 March.\n",
        l0 = link(&codes[0]),
        l1 = link(&codes[1]),
        l2 = link(&codes[2]),
        l3 = link(&codes[3]),
        c3 = codes[3],
        c4 = codes[4],
        c5 = codes[5],
        l7 = link(&codes[7]),
        l8 = link(&codes[8]),
        bad = link(&damage(&codes[2])),
    );
    let mut pool = Pool::new();
    let extraction = pool.add_text(&thread);
    let tally = extraction.tally();
    assert_eq!(extraction.entries.len(), 12, "{:#?}", extraction.entries);
    assert_eq!((tally.added, tally.duplicate, tally.damaged, tally.newer_version), (9, 2, 1, 0), "{tally:?}");
    assert_eq!(pool.len(), 9);
    let damaged = extraction.entries.iter().find(|e| matches!(e.status, EntryStatus::Damaged(_)));
    assert!(matches!(
        damaged,
        Some(e) if e.status == EntryStatus::Damaged(ShareError::Damaged)
            && matches!(&e.source, EntrySource::Text { line: 21, .. })
    ));
    // From, Sent, Subject, Agenda, "> On Monday", and the room line.
    assert_eq!(extraction.lines_without_code, 6);
    // The wrapped code was joined and counted once.
    assert!(extraction
        .entries
        .iter()
        .any(|e| matches!(&e.source, EntrySource::Text { line: 13, code } if *code == codes[6]) && e.status.is_added()));
    // The stand-alone function gives the same statuses.
    let statuses: Vec<EntryStatus> = extract_entries(&thread).into_iter().map(|e| e.status).collect();
    assert_eq!(statuses, extraction.entries.iter().map(|e| e.status.clone()).collect::<Vec<_>>());
}

#[test]
fn text_without_codes_gives_no_entries() {
    let text = "Hello team,\n\n  \n> \nSee you at the P1 meeting in room P12.\nhttps://example.org/page#section\nP2P sharing is off.\n";
    let mut pool = Pool::new();
    let extraction = pool.add_text(text);
    assert!(extraction.entries.is_empty(), "{:?}", extraction.entries);
    assert_eq!(extraction.lines_without_code, 4);
    assert!(extract_entries("").is_empty());
}

#[test]
fn damaged_and_newer_codes_get_their_status() {
    let answers = person(42, [1, 2, 3, 4, 9]);
    let code = share::encode(&answers);
    let cut = link(&code[..20]);
    let entries = extract_entries(&format!("{cut}\n{}\n#r=\n", damage(&code)));
    let statuses: Vec<EntryStatus> = entries.into_iter().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        vec![
            EntryStatus::Damaged(ShareError::Incomplete),
            EntryStatus::Damaged(ShareError::Damaged),
            EntryStatus::Damaged(ShareError::Empty),
        ]
    );

    // A later version's body: a known format's body with its digit changed
    // is damage instead.
    let newer = format!("P3{}", "A".repeat(code.len() - 2));
    let entries = extract_entries(&format!("new one: {newer}\nand {}", link(&newer)));
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e.status == EntryStatus::NewerVersion));
    let mut pool = Pool::new();
    assert_eq!(pool.add_code(&newer), EntryStatus::NewerVersion);
    assert!(pool.is_empty());
}

#[test]
fn extraction_never_panics_on_noise() {
    let mut rng = XorShift(99);
    let alphabet: Vec<char> = "P1P2#r=%3D%2-_>\n \tAbz09é€😀".chars().collect();
    let valid = share::encode(&person(5, [1, 1, 1, 1, 1]));
    for _ in 0..2000 {
        let len = rng.below(80) as usize;
        let mut text: String = (0..len).map(|_| alphabet[rng.below(alphabet.len() as u64) as usize]).collect();
        if rng.below(3) == 0 {
            let at = text.char_indices().map(|(i, _)| i).nth(rng.below(len as u64 + 1) as usize).unwrap_or(text.len());
            text.insert_str(at, &valid);
        }
        let _ = extract_entries(&text);
        let _ = decode_team(&text);
    }
}
