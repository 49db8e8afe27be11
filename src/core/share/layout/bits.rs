//! A string of bits, written and read field by field, that every share-code
//! format is laid out in.

/// A growable string of bits, most significant bit first; unused bits of the
/// last byte stay zero, which is the padding the checksum covers.
#[derive(Default)]
pub(super) struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    /// Appends `value` as `width` bits; beyond 64 bits it is zero-extended.
    /// Works a byte at a time, because pooling thousands of codes in the
    /// browser spends most of its time here.
    pub(super) fn push(&mut self, value: u64, width: usize) {
        let mut remaining = width;
        while remaining > 0 {
            let used = self.len % 8;
            if used == 0 {
                self.bytes.push(0);
            }
            let take = (8 - used).min(remaining);
            // The `take` bits of `value` just below bit `remaining`; bits at
            // 64 and above are the zero extension.
            let shift = remaining - take;
            let chunk = if shift >= 64 { 0 } else { (value >> shift) & ((1u64 << take) - 1) };
            if let Some(byte) = self.bytes.last_mut() {
                *byte |= (chunk as u8) << (8 - used - take);
            }
            self.len += take;
            remaining -= take;
        }
    }

    /// The `width` bits (at most 64) starting at `start`; bits beyond the end
    /// read as zero, so a short input can never cause a panic.
    pub(super) fn get(&self, start: usize, width: usize) -> u64 {
        let mut value = 0u64;
        let mut position = start;
        let mut remaining = width.min(64);
        while remaining > 0 {
            let offset = position % 8;
            let take = (8 - offset).min(remaining);
            let byte = self.bytes.get(position / 8).copied().unwrap_or(0);
            let chunk = (u64::from(byte) >> (8 - offset - take)) & ((1u64 << take) - 1);
            value = (value << take) | chunk;
            position += take;
            remaining -= take;
        }
        value
    }

    /// The first `len` bits as bits of their own, so that their last byte
    /// gets the zero padding an encoder checksummed.
    pub(super) fn prefix(&self, len: usize) -> Bits {
        let mut prefix = Bits::default();
        let mut copied = 0;
        while copied < len {
            let width = (len - copied).min(64);
            prefix.push(self.get(copied, width), width);
            copied += width;
        }
        prefix
    }

    /// How many bits have been written.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The whole bytes the bits fill, the last one padded with zeros.
    pub(super) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// A reader of consecutive fields from the first bit on.
    pub(super) fn reader(&self) -> Reader<'_> {
        Reader { bits: self, position: 0 }
    }
}

/// Reads consecutive fields from [`Bits`].
pub(super) struct Reader<'a> {
    bits: &'a Bits,
    position: usize,
}

impl Reader<'_> {
    /// The next `width` bits.
    pub(super) fn take(&mut self, width: usize) -> u64 {
        let value = self.bits.get(self.position, width);
        self.position += width;
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_read_back_what_was_written_at_every_alignment() {
        for offset in 0..9 {
            for width in [1, 3, 6, 8, 13, 40, 64] {
                let value = 0xDEAD_BEEF_CAFE_F00Du64 & if width == 64 { u64::MAX } else { (1 << width) - 1 };
                let mut bits = Bits::default();
                bits.push(0b1, offset.min(1));
                bits.push(0, offset.saturating_sub(1));
                bits.push(value, width);
                assert_eq!(bits.get(offset, width), value, "offset {offset} width {width}");
                assert_eq!(bits.len, offset + width);
            }
        }
        let mut wide = Bits::default();
        wide.push(0b101, 70);
        assert_eq!(wide.get(0, 64), 0, "the six bits above the value are zeros");
        assert_eq!(wide.get(64, 6), 0b000101);
    }

    #[test]
    fn a_prefix_is_padded_with_zeros() {
        let mut bits = Bits::default();
        bits.push(u64::MAX, 64);
        bits.push(0b111, 3);
        let prefix = bits.prefix(66);
        assert_eq!(prefix.len, 66);
        assert_eq!(prefix.bytes(), [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0b1100_0000]);
    }
}
