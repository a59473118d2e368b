//! Two small text helpers: skipping spaces (a non-breaking one too) and writing digits in groups.

/// The byte offset of the first non-space character at or after `i`.
pub fn skip_space(line: &str, i: usize) -> usize {
    let bytes = line.as_bytes();
    let mut j = i;
    // ASCII spaces and tabs byte by byte; anything else (a non-breaking space) by character
    while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
        j += 1;
    }
    if j < bytes.len() && !bytes[j].is_ascii() {
        return j + line[j..].find(|c: char| !c.is_whitespace()).unwrap_or(line.len() - j);
    }
    j
}

/// Writes the digits of `n`, with the separator (if any) between groups of three.
pub fn push_digits(out: &mut String, n: u128, separator: Option<char>) {
    let mut digits = [0u8; 40];
    let mut len = 0;
    let mut rest = n;
    loop {
        digits[len] = (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for i in (0..len).rev() {
        out.push(char::from(b'0' + digits[i]));
        if let (Some(separator), true) = (separator, i > 0 && i % 3 == 0) {
            out.push(separator);
        }
    }
}
