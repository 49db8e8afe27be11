//! Small encoding pieces shared by the individual share code (`share`), the
//! team code (`team`) and the embed configuration (`config.rs`): the
//! base64url alphabet of share codes, CRC-32 and percent-decoding.
//!
//! CRC-32 comes from `crc`, the team code's base64url from `base64`, and
//! percent-decoding from `percent-encoding`; this module only adds what those
//! crates cannot say for our formats, and picks the settings once.

/// CRC-32 as zip and PNG use it (IEEE polynomial, reflected). `NoTable`
/// works bit by bit: a lookup table would cost more bundle bytes (crc32fast's
/// 16 KiB table added about 17 KB compressed) than the few hundred bytes it
/// ever checks would save in time.
const CRC_32: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// The CRC-32 of the parts, one after another.
pub(crate) fn crc32(parts: &[&[u8]]) -> u32 {
    let mut digest = CRC_32.digest();
    for part in parts {
        digest.update(part);
    }
    digest.finalize()
}

/// The base64url alphabet (RFC 4648 §5), the same as the `base64` crate's
/// `URL_SAFE` alphabet (a test checks this).
///
/// Share codes (`P1…`, `P2…`) keep their own table rather than the `base64`
/// crate's engine, because their frozen format 1 packs a 204-bit string into
/// 34 six-bit characters: not a whole number of bytes, so no byte-oriented
/// base64 engine can write or read it without losing the last bits; format 2
/// (264 bits) is framed by the same code so that both are read alike. Only
/// the alphabet is shared, and the team code, which is whole bytes, uses the
/// crate itself.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The base64url character for a 6-bit value (higher bits are ignored).
pub(crate) fn base64url_char(value: u8) -> char {
    // `value & 63` is always below 64, so the fallback is never used.
    ALPHABET.get(usize::from(value & 63)).map_or('_', |b| char::from(*b))
}

/// The 6-bit value of a base64url character. A `match` rather than a search
/// of [`ALPHABET`], because pooling thousands of codes reads every character.
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

/// Undoes one round of `%XX` escapes. Malformed escapes (`%zz`, a lone `%`)
/// stay as written, and bytes that do not form UTF-8 become U+FFFD, so the
/// result is always text.
pub(crate) fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// Undoes escapes up to three times, because chat apps sometimes encode a
/// link twice (`%253D`); three rounds also bound the work on hostile input.
pub(crate) fn percent_decode_repeated(text: &str) -> String {
    let mut current = text.to_owned();
    for _ in 0..3 {
        if !current.contains('%') {
            break;
        }
        let next = percent_decode(&current);
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
        assert_eq!(crc32(&[b"123456789"]), 0xCBF4_3926);
        assert_eq!(crc32(&[b"1234", b"", b"56789"]), 0xCBF4_3926);
    }

    #[test]
    fn the_alphabet_is_the_base64_crates_and_round_trips() {
        assert_eq!(ALPHABET.as_slice(), base64::alphabet::URL_SAFE.as_str().as_bytes());
        for value in 0..64u8 {
            assert_eq!(base64url_value(base64url_char(value)), Some(value));
        }
        assert_eq!(base64url_value('='), None);
        assert_eq!(base64url_value('é'), None);
    }

    #[test]
    fn percent_decoding_survives_junk_and_repeats() {
        assert_eq!(percent_decode("a%3Db%41%zz%"), "a=bA%zz%");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
        assert_eq!(percent_decode_repeated("%253D"), "=");
        assert_eq!(percent_decode_repeated("%25252525"), "%25", "three rounds at most");
    }
}
