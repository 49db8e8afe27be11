//! The fields every format holds, in format 1's order: instrument version,
//! id, marks, ticks, beliefs and barriers (the first rows of the table in the
//! `share` module docs). Format 1 is exactly these; format 2 appends the plan
//! (`plan.rs`).

use super::bits::{Bits, Reader};
use super::ShareError;
use crate::core::model::{Answers, Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark, TickSet, INSTRUMENT_VERSION};

/// Bits of the fields in this module.
pub(super) const BITS: usize = 4 + 40 + 5 * 3 + 5 * 16 + 8 * 3 + 8;

// The instrument version has four bits in the code; a larger one needs a new
// format, and this stops the build rather than writing a wrong code.
const _: () = assert!(INSTRUMENT_VERSION >= 1 && INSTRUMENT_VERSION < 16);

/// Appends the answers' fields, [`BITS`] of them.
pub(super) fn write(bits: &mut Bits, answers: &Answers) {
    bits.push(u64::from(INSTRUMENT_VERSION), 4);
    bits.push(answers.id.value(), AssessmentId::BITS as usize);
    for area in Area::ALL {
        bits.push(u64::from(mark_number(answers.area(area).mark)), 3);
    }
    for area in Area::ALL {
        bits.push(u64::from(answers.area(area).ticks.bits()), 16);
    }
    for belief in Belief::ALL {
        let answer = answers.belief(belief);
        bits.push(u64::from(answer.held.map_or(0, Likert::value)), 3);
        bits.push(u64::from(answer.practised.map_or(0, Likert::value)), 3);
    }
    bits.push(u64::from(answers.barriers.bits()), 8);
}

/// Reads the fields from payload bits whose checksum has been verified; any
/// value out of range still means damage, so it is an error, not a guess.
/// The answers come back without a plan, which format 1 cannot hold.
pub(super) fn read(reader: &mut Reader<'_>) -> Result<Answers, ShareError> {
    let instrument = reader.take(4) as u8;
    if instrument == 0 {
        return Err(ShareError::Damaged);
    }
    if instrument > INSTRUMENT_VERSION {
        return Err(ShareError::NewerInstrument { version: instrument });
    }
    // Only instrument version 1 exists; when it changes, older answers are
    // translated to the current instrument here.

    let id = AssessmentId::new(reader.take(AssessmentId::BITS as usize)).ok_or(ShareError::Damaged)?;
    let mut answers = Answers::new(id);
    for area in Area::ALL {
        answers.area_mut(area).mark = mark_from_number(reader.take(3) as u8)?;
    }
    for area in Area::ALL {
        answers.area_mut(area).ticks = TickSet::from_bits(reader.take(16) as u16);
    }
    for belief in Belief::ALL {
        let held = likert_from_number(reader.take(3) as u8)?;
        let practised = likert_from_number(reader.take(3) as u8)?;
        let answer = answers.belief_mut(belief);
        answer.held = held;
        answer.practised = practised;
    }
    answers.barriers = BarrierSet::from_bits(reader.take(8) as u8);
    Ok(answers)
}

/// A mark's number in the code: 0 unmarked, 1 not sure, 2–5 Level 1–4.
fn mark_number(mark: Option<Mark>) -> u8 {
    match mark {
        None => 0,
        Some(Mark::NotSure) => 1,
        Some(Mark::Level(level)) => level.number() + 1,
    }
}

/// The mark for a number in the code; 6 and 7 are never written.
fn mark_from_number(number: u8) -> Result<Option<Mark>, ShareError> {
    match number {
        0 => Ok(None),
        1 => Ok(Some(Mark::NotSure)),
        _ => Level::from_number(number - 1).map(|level| Some(Mark::Level(level))).ok_or(ShareError::Damaged),
    }
}

/// The scale point for a number in the code: 0 unanswered, 1–5 the point.
fn likert_from_number(number: u8) -> Result<Option<Likert>, ShareError> {
    match number {
        0 => Ok(None),
        _ => Likert::new(number).map(Some).ok_or(ShareError::Damaged),
    }
}
