//! Tests of the framing, the version digit and the range checks behind the
//! checksum, which need codes no encoder writes.

use super::*;
use crate::core::model::{Area, AssessmentId, Feasibility, Level, Mark, PlanPractice, Priorities};

/// A format-1 code for the answers, as released builds wrote it.
fn encode_v1(answers: &Answers) -> String {
    let mut payload = Bits::default();
    fields::write(&mut payload, answers);
    V1.frame(payload)
}

/// A format-2 code with a correct checksum for the answers' format-1 fields
/// and raw plan numbers, to reach the range checks behind the checksum.
fn v2_code_with_plan(answers: &Answers, ratings: [u64; 5], priorities: u64) -> String {
    let mut payload = Bits::default();
    fields::write(&mut payload, answers);
    for number in ratings {
        payload.push(number, 10);
    }
    payload.push(priorities, 11);
    V2.frame(payload)
}

/// Answers with a plan in Building relationships (marked Fortress, so it
/// plans Come-if-we-call) and none in Linking to learning (Partnership).
fn planned() -> Answers {
    let mut answers = Answers::new(AssessmentId::from_random([3, 1, 4, 1, 5]));
    answers.set_mark(Area::BuildingRelationships, Some(Mark::Level(Level::Fortress)));
    answers.set_mark(Area::LinkingToLearning, Some(Mark::Level(Level::Partnership)));
    let practice = PlanPractice::new(Area::BuildingRelationships, 2).expect("position 2");
    answers.set_rating(practice, Some(Feasibility::Easy));
    assert_eq!(answers.set_priority(practice, true), Ok(()));
    answers
}

/// [`planned`]'s answers with the plan taken out, as format 1 holds them.
fn unplanned() -> Answers {
    let mut answers = planned();
    answers.area_mut(Area::BuildingRelationships).ratings = Default::default();
    assert_eq!(answers.set_priorities(Priorities::default()), Ok(()));
    answers
}

#[test]
fn a_damaged_version_digit_is_damage_not_a_newer_version() {
    for code in [encode_v1(&planned()), encode(&planned())] {
        let digit = code.chars().nth(1).unwrap_or('?');
        for other in ('1'..='9').filter(|d| *d != digit) {
            let changed = format!("P{other}{}", &code[2..]);
            assert_eq!(decode_code(&changed), Err(ShareError::Damaged), "{changed}");
        }
    }
    // A body that is no code of a known format is taken for a later
    // version's, whichever known length it has.
    for length in [V1.body_chars(), V2.body_chars()] {
        let later = format!("P7{}", "A".repeat(length));
        assert_eq!(decode_code(&later), Err(ShareError::NewerVersion { version: 7 }));
    }
    assert_eq!(decode_code(&format!("P1{}", "A".repeat(V2.body_chars()))), Err(ShareError::TooLong));
    assert_eq!(decode_code(&format!("P2{}", "A".repeat(V1.body_chars()))), Err(ShareError::Incomplete));
}

#[test]
fn a_format_1_code_opens_without_a_plan() {
    assert_eq!(decode_code(&encode_v1(&planned())), Ok(unplanned()));
    assert_eq!(decode_code(&encode(&planned())), Ok(planned()));
}

#[test]
fn checksummed_values_out_of_range_are_still_refused() {
    let blank = Answers::new(AssessmentId::from_random([9; 5]));
    let with_fields = |instrument: u64, mark: u64, held: u64| {
        let mut bits = Bits::default();
        bits.push(instrument, 4);
        bits.push(blank.id.value(), 40);
        bits.push(mark, 3);
        bits.push(0, 4 * 3 + 5 * 16);
        bits.push(held, 3);
        bits.push(0, 7 * 3 + 8);
        V1.frame(bits)
    };
    assert_eq!(with_fields(1, 0, 0), encode_v1(&blank));
    assert_eq!(decode_code(&with_fields(1, 0, 0)), Ok(blank.clone()));
    assert_eq!(decode_code(&with_fields(2, 0, 0)), Err(ShareError::NewerInstrument { version: 2 }));
    for damaged in [with_fields(0, 0, 0), with_fields(1, 6, 0), with_fields(1, 7, 0), with_fields(1, 0, 6)] {
        assert_eq!(decode_code(&damaged), Err(ShareError::Damaged), "{damaged}");
    }
}

#[test]
fn plan_values_out_of_range_or_without_a_plan_level_are_refused() {
    let marks_only = unplanned();
    // Position 2 of Building relationships rated easy (digit 2 at 5²) and
    // chosen: slot 2, the third set of one slot (index 1 + 2).
    assert_eq!(v2_code_with_plan(&marks_only, [50, 0, 0, 0, 0], 3), encode(&planned()));
    // Every position rated hard, and positions 1–3 chosen: the sets of at
    // most two slots (211), then C(1, 1) + C(2, 2) + C(3, 3).
    let full = decode_code(&v2_code_with_plan(&marks_only, [624, 0, 0, 0, 0], 214)).expect("a full plan");
    assert_eq!(full.area(Area::BuildingRelationships).ratings.get(3), Some(Feasibility::Hard));
    assert_eq!(full.priorities().iter().map(PlanPractice::position).collect::<Vec<_>>(), vec![1, 2, 3]);
    for (ratings, priorities, what) in [
        ([625, 0, 0, 0, 0], 0, "a ratings number that is never written"),
        ([1023, 0, 0, 0, 0], 0, "the largest ratings number the bits hold"),
        ([0, 1, 0, 0, 0], 0, "a rating at Partnership"),
        ([0, 0, 1, 0, 0], 0, "a rating in an unmarked area"),
        ([0; 5], 1351, "a subset index that is never written"),
        ([0; 5], 2047, "the largest subset index the bits hold"),
        ([0; 5], 1 + 4, "a priority at Partnership (slot 4)"),
        ([0; 5], 1 + 8, "a priority in an unmarked area (slot 8)"),
    ] {
        let code = v2_code_with_plan(&marks_only, ratings, priorities);
        assert_eq!(decode_code(&code), Err(ShareError::Damaged), "{what}");
    }
}

#[test]
fn the_encoder_writes_no_plan_where_there_is_no_plan_level() {
    // Set through the public field after the mark, as a decoder might, and
    // then left behind by a mark changed without `set_mark`.
    let mut answers = planned();
    answers.area_mut(Area::BuildingRelationships).mark = None;
    answers.area_mut(Area::LinkingToLearning).ratings = answers.area(Area::BuildingRelationships).ratings;
    let decoded = decode_code(&encode(&answers)).expect("the encoder writes a readable code");
    assert!(Area::ALL.iter().all(|area| decoded.area(*area).ratings.is_empty()));
    assert!(decoded.priorities().is_empty());
}

#[test]
fn a_set_padding_bit_is_damage() {
    let code = encode_v1(&Answers::new(AssessmentId::from_random([3; 5])));
    let last = code.chars().last().and_then(base64url_value).unwrap_or(0);
    let damaged = format!("{}{}", &code[..V1.code_length() - 1], base64url_char(last | 1));
    assert_eq!(decode_code(&damaged), Err(ShareError::Damaged));
    assert_eq!(V2.body_chars() * 6, V2.payload_bits + CRC_BITS, "format 2 has no padding to check");
}

#[test]
fn layouts_are_36_and_46_characters() {
    assert_eq!((V1.payload_bits, V1.body_chars(), V1.code_length()), (171, 34, 36));
    assert_eq!((V2.payload_bits, V2.body_chars(), V2.code_length()), (232, 44, 46));
    assert_eq!((FORMAT_VERSION, CODE_LENGTH), ('2', 46));
    assert_eq!((code_length('1'), code_length('2'), code_length('3')), (Some(36), Some(46), None));
    assert_eq!(encode(&planned()).len(), CODE_LENGTH);
    assert_eq!(encode_v1(&planned()).len(), 36);
}
