//! The LEB128 varints a team code's counts are written in, and the zigzag
//! mapping that keeps small signed sums short.

use super::TeamCodeError;

/// Reads LEB128 varints, refusing overlong or unfinished ones so that each
/// list of counts has exactly one encoding.
pub(super) struct VarintReader<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
}

impl VarintReader<'_> {
    pub(super) fn next_u64(&mut self) -> Result<u64, TeamCodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at).ok_or(TeamCodeError::Inconsistent)?;
            self.at += 1;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(TeamCodeError::Inconsistent);
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                // A zero final byte after the first is an overlong encoding.
                if byte == 0 && shift > 0 {
                    return Err(TeamCodeError::Inconsistent);
                }
                return Ok(value);
            }
        }
        Err(TeamCodeError::Inconsistent)
    }

    pub(super) fn next_u32(&mut self) -> Result<u32, TeamCodeError> {
        u32::try_from(self.next_u64()?).map_err(|_| TeamCodeError::Inconsistent)
    }
}

pub(super) fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Maps a signed number to an unsigned one so small magnitudes of either
/// sign stay short as varints.
pub(super) fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

pub(super) fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_zigzag_round_trip_and_refuse_overlong_forms() {
        for value in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut bytes = Vec::new();
            write_varint(&mut bytes, value);
            let mut reader = VarintReader { bytes: &bytes, at: 0 };
            assert_eq!(reader.next_u64(), Ok(value));
            assert_eq!(reader.at, bytes.len());
        }
        for value in [0i64, -1, 1, -40, i64::MAX, i64::MIN] {
            assert_eq!(unzigzag(zigzag(value)), value);
        }
        assert_eq!(VarintReader { bytes: &[0x80, 0x00], at: 0 }.next_u64(), Err(TeamCodeError::Inconsistent));
        assert_eq!(VarintReader { bytes: &[0x80], at: 0 }.next_u64(), Err(TeamCodeError::Inconsistent));
    }
}
