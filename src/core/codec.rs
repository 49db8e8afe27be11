//! Small encoding primitives shared by the individual share code
//! (`share.rs`), the team code (`team.rs`) and the embed configuration
//! (`config.rs`): CRC-32, the base64url alphabet and percent-decoding.

/// CRC-32 as used by zip and PNG (IEEE polynomial, reflected, initial value
/// and final xor all ones). Bit by bit, because a lookup table would cost
/// more bundle bytes than the few hundred bytes it ever checks.
pub(crate) fn crc32(bytes: impl IntoIterator<Item = u8>) -> u32 {
    let mut crc = u32::MAX;
    for byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// The base64url character for a 6-bit value (higher bits are ignored).
pub(crate) fn base64url_char(value: u8) -> char {
    match value & 63 {
        v @ 0..=25 => char::from(b'A' + v),
        v @ 26..=51 => char::from(b'a' + v - 26),
        v @ 52..=61 => char::from(b'0' + v - 52),
        62 => '-',
        _ => '_',
    }
}

/// The 6-bit value of a base64url character.
pub(crate) fn base64url_value(c: char) -> Option<u8> {
    let byte = u8::try_from(c).ok()?;
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// The value of one hexadecimal digit.
pub(crate) fn hex_value(byte: u8) -> Option<u8> {
    char::from(byte).to_digit(16).map(|d| d as u8)
}

/// Undoes one round of `%XX` escapes whose decoded byte `keep` accepts;
/// other escapes and malformed sequences stay as written. Bytes that do not
/// form UTF-8 become U+FFFD.
pub(crate) fn percent_decode_once(text: &str, keep: impl Fn(u8) -> bool) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let escaped = match (byte, bytes.get(index + 1), bytes.get(index + 2)) {
            (b'%', Some(&high), Some(&low)) => {
                hex_value(high).zip(hex_value(low)).map(|(h, l)| h << 4 | l).filter(|b| keep(*b))
            }
            _ => None,
        };
        match escaped {
            Some(value) => {
                decoded.push(value);
                index += 3;
            }
            None => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// Undoes escapes up to three times, because chat apps sometimes encode a
/// link twice (`%253D`).
pub(crate) fn percent_decode_repeated(text: &str, keep: impl Fn(u8) -> bool + Copy) -> String {
    let mut current = text.to_owned();
    for _ in 0..3 {
        if !current.contains('%') {
            break;
        }
        let next = percent_decode_once(&current, keep);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(*b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn the_alphabet_round_trips() {
        for value in 0..64u8 {
            assert_eq!(base64url_value(base64url_char(value)), Some(value));
        }
        assert_eq!(base64url_value('='), None);
    }

    #[test]
    fn percent_decoding_keeps_what_it_is_told_to_and_survives_junk() {
        assert_eq!(percent_decode_once("a%3Db%41%zz%", |_| true), "a=bA%zz%");
        assert_eq!(percent_decode_once("%3D%41", |b| b == b'='), "=%41");
        assert_eq!(percent_decode_repeated("%253D", |_| true), "=");
        assert_eq!(percent_decode_once("%FF", |_| true), "\u{fffd}");
    }
}
