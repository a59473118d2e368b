//! What NotaWijzer may read but never shows: a BSN (burgerservicenummer). Where the patient's own
//! text is shown back (the lines around a message, the text read from a PDF), a BSN is masked to its
//! last four digits: `•••••6782`.

/// True for nine digits that pass the BSN eleven-test (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11).
fn is_bsn(digits: &[u8]) -> bool {
    if digits.len() != 9 || digits[0] == b'0' && digits[1] == b'0' {
        return false;
    }
    let sum: i32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let weight = if i == 8 { -1 } else { 9 - i as i32 };
            weight * i32::from(d - b'0')
        })
        .sum();
    sum % 11 == 0 && sum != 0
}

/// The line with every BSN in it masked: nine digits, written together or grouped with dots or
/// spaces (`1234.56.782`, `123 456 782`), that pass the eleven-test; and on a line that names a
/// BSN or verzekerdennummer, every number of eight digits or more.
pub fn mask(line: &str) -> String {
    let folded = crate::util::fold::fold(line);
    let keyed =
        ["bsn", "burgerservicenummer", "verzekerdennummer", "verzekerdenummer"].iter().any(|k| folded.contains(k));
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            let c = line[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8().max(1);
            continue;
        }
        // a run of digits, with single dots or spaces between groups
        let (mut j, mut digits) = (i, Vec::new());
        while j < bytes.len() {
            if bytes[j].is_ascii_digit() {
                digits.push(bytes[j]);
                j += 1;
            } else if matches!(bytes[j], b'.' | b' ')
                && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                && digits.len() < 9
            {
                j += 1;
            } else {
                break;
            }
        }
        let followed = bytes.get(j).is_some_and(u8::is_ascii_alphanumeric);
        if !followed && (is_bsn(&digits) || (keyed && digits.len() >= 8)) {
            out.push_str("•••••");
            out.push_str(&String::from_utf8_lossy(&digits[digits.len() - 4..]));
        } else {
            out.push_str(&line[i..j]);
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bsn_is_masked_in_every_form() {
        assert_eq!(mask("BSN: 123456782"), "BSN: •••••6782");
        assert_eq!(mask("BSN 1234.56.782"), "BSN •••••6782");
        assert_eq!(mask("123456782"), "•••••6782", "a value in a block of values, without its label");
        assert_eq!(mask("Verzekerdennummer: 998877665"), "Verzekerdennummer: •••••7665");
    }

    #[test]
    fn other_numbers_stay() {
        for line in [
            "09-04-2024   CO0432   € 159,70",
            "Factuurnummer: NF-2024-118822",
            "AGB 94012345",
            "123456789",
            "NL91 ABNA 0417 1643 00",
        ] {
            assert_eq!(mask(line), line);
        }
    }
}
