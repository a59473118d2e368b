//! From bytes to text: the size limit, what a non-text file looks like, byte-order marks, UTF-8,
//! UTF-16 (Windows "Unicode" text) and Windows-1252 (older Windows text, where `€` is byte 0x80).

use super::error::{Position, Problem, ReadError};
use super::limits::MAX_FILE_BYTES;

/// Text taken from a file, with any problem met on the way (a file too large is cut, not refused).
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub errors: Vec<ReadError>,
}

/// Turns file bytes into text, or says why the file is not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadError> {
    let mut errors = Vec::new();
    if let Some(kind) = looks_like(bytes) {
        return Err(ReadError::new(Position::FILE, Problem::NotText { looks_like: Some(kind) }));
    }
    let bytes = if bytes.len() > MAX_FILE_BYTES {
        errors.push(ReadError::new(Position::FILE, Problem::FileTooLarge { size: bytes.len(), limit: MAX_FILE_BYTES }));
        cut_at_line_end(&bytes[..MAX_FILE_BYTES])
    } else {
        bytes
    };

    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        lossless_or_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else if bytes.contains(&0) {
        return Err(ReadError::new(Position::FILE, Problem::NotText { looks_like: None }));
    } else {
        lossless_or_1252(bytes)
    };

    if is_mostly_control(&text) {
        return Err(ReadError::new(Position::FILE, Problem::NotText { looks_like: None }));
    }
    if text.trim().is_empty() {
        return Err(ReadError::new(Position::FILE, Problem::Empty));
    }
    Ok(Decoded { text, errors })
}

/// Names a common non-text file by its first bytes, in the words the messages use.
fn looks_like(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"%PDF", "pdf"),
        (b"\x89PNG", "image"),
        (b"\xFF\xD8\xFF", "image"),
        (b"GIF8", "image"),
        (b"PK\x03\x04", "office"),
        (b"\xD0\xCF\x11\xE0", "office"),
        (b"{\\rtf", "rtf"),
    ];
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, kind)| *kind)
}

/// The bytes up to and including the last line end, so a cut never splits a line or a character.
fn cut_at_line_end(bytes: &[u8]) -> &[u8] {
    match bytes.iter().rposition(|&b| b == b'\n') {
        Some(i) => &bytes[..=i],
        None => bytes,
    }
}

/// Text within [`MAX_FILE_BYTES`]: cut at the last line end before the limit (or, in a text
/// without line ends, at the last whole character), with the error that says so.
pub fn limit_text(text: &str) -> (&str, Option<ReadError>) {
    if text.len() <= MAX_FILE_BYTES {
        return (text, None);
    }
    let error = ReadError::new(Position::FILE, Problem::FileTooLarge { size: text.len(), limit: MAX_FILE_BYTES });
    let head = &text.as_bytes()[..MAX_FILE_BYTES];
    let end = match head.iter().rposition(|&b| b == b'\n') {
        Some(i) => i + 1,
        None => (0..=MAX_FILE_BYTES).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0),
    };
    (&text[..end], Some(error))
}

fn lossless_or_1252(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (0x80 is `€`).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž', '\u{FFFD}',
        '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// More than one in twenty characters a control character (other than tab and line ends) or a
/// replacement character, in the first 64 KiB: this is not a text a person wrote. (Later control
/// characters are caught line by line.)
fn is_mostly_control(text: &str) -> bool {
    let (mut total, mut odd) = (0usize, 0usize);
    let head = &text[..(0..=text.len().min(64 * 1024)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)];
    for c in head.chars() {
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || c == '\u{FFFD}' {
            odd += 1;
        }
    }
    odd * 20 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom() {
        let d = decode("\u{FEFF}Zorgnota\r\n".as_bytes()).unwrap();
        assert_eq!(d.text, "Zorgnota\r\n");
        assert!(d.errors.is_empty());
    }

    #[test]
    fn windows_1252_euro() {
        let d = decode(b"Consult (15-2): \x80 100\n").unwrap();
        assert_eq!(d.text, "Consult (15-2): € 100\n");
    }

    #[test]
    fn utf16_little_endian() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Totaal: € 9.050".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Totaal: € 9.050");
    }

    #[test]
    fn pdf_and_binary_are_not_text() {
        let pdf = decode(b"%PDF-1.7\n...").unwrap_err();
        assert_eq!(pdf.problem, Problem::NotText { looks_like: Some("pdf") });
        let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(matches!(decode(&garbage).unwrap_err().problem, Problem::NotText { .. }));
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(decode(b"").unwrap_err().problem, Problem::Empty);
        assert_eq!(decode(b" \r\n\t\n").unwrap_err().problem, Problem::Empty);
    }

    #[test]
    fn too_large_is_cut_at_a_line_end() {
        let line = "Consult (15-2): € 100\n";
        let big = line.repeat(MAX_FILE_BYTES / line.len() + 10);
        let d = decode(big.as_bytes()).unwrap();
        assert!(d.text.len() <= MAX_FILE_BYTES);
        assert!(d.text.ends_with('\n'));
        assert!(matches!(d.errors[0].problem, Problem::FileTooLarge { .. }));
    }
}
