//! Tests of the framing, the version digit and the range checks behind the
//! checksum, which need codes no encoder writes.

use super::*;
use crate::core::model::AssessmentId;

#[test]
fn a_damaged_version_digit_is_damage_not_a_newer_version() {
    let code = encode(&Answers::new(AssessmentId::from_random([3, 1, 4, 1, 5])));
    for digit in '2'..='9' {
        let changed = code.replacen("P1", &format!("P{digit}"), 1);
        assert_eq!(decode_code(&changed), Err(ShareError::Damaged), "{changed}");
    }
    // A body that is no version-1 code is taken for a later version's.
    let later = format!("P7{}", "A".repeat(V1.body_chars()));
    assert_eq!(decode_code(&later), Err(ShareError::NewerVersion { version: 7 }));
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
    assert_eq!(with_fields(1, 0, 0), encode(&blank));
    assert_eq!(decode_code(&with_fields(1, 0, 0)), Ok(blank.clone()));
    assert_eq!(decode_code(&with_fields(2, 0, 0)), Err(ShareError::NewerInstrument { version: 2 }));
    for damaged in [with_fields(0, 0, 0), with_fields(1, 6, 0), with_fields(1, 7, 0), with_fields(1, 0, 6)] {
        assert_eq!(decode_code(&damaged), Err(ShareError::Damaged), "{damaged}");
    }
}

#[test]
fn a_set_padding_bit_is_damage() {
    let code = encode(&Answers::new(AssessmentId::from_random([3; 5])));
    let last = code.chars().last().and_then(base64url_value).unwrap_or(0);
    let damaged = format!("{}{}", &code[..CODE_LENGTH - 1], base64url_char(last | 1));
    assert_eq!(decode_code(&damaged), Err(ShareError::Damaged));
}

#[test]
fn layout_is_36_characters() {
    assert_eq!((V1.payload_bits, V1.body_chars(), V1.code_length()), (171, 34, 36));
    assert_eq!(CODE_LENGTH, 36);
    let code = encode(&Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5])));
    assert_eq!(code.len(), CODE_LENGTH);
}
