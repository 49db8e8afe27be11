//! A file's bytes as text, strictly: UTF-8 (with or without a byte order
//! mark), or UTF-16 with its byte order mark. Anything else is refused
//! rather than read with replacement characters, so that a results file a
//! text editor saved as Windows-1252 never brings its notes back as
//! "caf\u{fffd}" without a word.

use super::error::FileError;

/// The text of a file's bytes, or [`FileError::NotUtf8`].
pub fn text_of(bytes: &[u8]) -> Result<String, FileError> {
    let utf16 = |bytes: &[u8], unit: fn([u8; 2]) -> u16| {
        if bytes.len() % 2 != 0 {
            return Err(FileError::NotUtf8);
        }
        let units: Vec<u16> = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]])).collect();
        String::from_utf16(&units).map_err(|_| FileError::NotUtf8)
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest).map(str::to_owned).map_err(|_| FileError::NotUtf8),
        _ => std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| FileError::NotUtf8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_utf16_with_a_byte_order_mark_are_read_and_anything_else_refused() {
        let words = "café señora, niño";
        assert_eq!(text_of(words.as_bytes()), Ok(words.to_owned()));
        assert_eq!(text_of(&[b"\xEF\xBB\xBF".as_slice(), words.as_bytes()].concat()), Ok(words.to_owned()));
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(words.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(words.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(text_of(&le), Ok(words.to_owned()));
        assert_eq!(text_of(&be), Ok(words.to_owned()));
        // The same words as Windows-1252 (é = E9, ñ = F1): refused, not garbled.
        let latin1: Vec<u8> = words.chars().map(|c| u8::try_from(u32::from(c)).expect("Latin-1")).collect();
        assert_eq!(text_of(&latin1), Err(FileError::NotUtf8));
        assert_eq!(text_of(&le[..le.len() - 1]), Err(FileError::NotUtf8), "half a UTF-16 unit");
        assert_eq!(text_of(&[0xFF, 0xFE, 0x00, 0xD8]), Err(FileError::NotUtf8), "a lone surrogate");
        assert_eq!(text_of(b""), Ok(String::new()));
    }
}
