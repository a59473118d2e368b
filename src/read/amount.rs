//! Dutch amounts: `€1.300`, `€ 1.300`, `€    400`, `€1.300,50`, `€ 1.300,-`, `EUR 1300,00`,
//! `1.300,00`, and a minus for a credit (`-€ 100`, `€ -100`).
//!
//! The dot groups thousands and the comma marks cents, as Dutch writes them. An amount that could
//! be read two ways (`100.50`) is refused with a message, never guessed: a misread euro is worse
//! than a question. The value is built from its digits as whole cents: exact, no float, no text
//! round trip.

use rust_decimal::Decimal;

use super::error::AmountProblem;
use crate::model::money::MAX_AMOUNT;
use crate::util::text::skip_space;

/// A problem and the 0-based character offset in the text where it is.
pub type AmountError = (AmountProblem, usize);

/// Reads one amount that fills the whole text (surrounding spaces allowed).
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    // Work in bytes; turn a byte position into a character offset only for an error.
    let at = |byte: usize| text[..byte].chars().count();
    let mut i = skip_space(text, 0);
    let mut negative = false;
    if let Some(len) = minus_len(&text[i..]) {
        negative = true;
        i = skip_space(text, i + len);
    }
    let mut currency = false;
    if let Some(len) = currency_len(&text[i..]) {
        currency = true;
        i = skip_space(text, i + len);
    }
    if !negative && let Some(len) = minus_len(&text[i..]) {
        negative = true;
        i = skip_space(text, i + len);
    }
    let bytes = text.as_bytes();
    let start = i;
    while i < bytes.len() && matches!(bytes[i], b'0'..=b'9' | b'.' | b',') {
        i += 1;
    }
    // ",-" and ",--" (also with an en dash) mean "no cents"
    if i > start && bytes[i - 1] == b',' {
        while let Some(len) =
            text[i..].strip_prefix('-').map(|_| 1).or_else(|| text[i..].strip_prefix('–').map(|_| '–'.len_utf8()))
        {
            i += len;
        }
    }
    let number = &text[start..i];
    i = skip_space(text, i);
    if !currency && let Some(len) = currency_len(&text[i..]) {
        i = skip_space(text, i + len);
    }
    if number.is_empty() {
        let problem = if i >= text.len() { AmountProblem::Missing } else { AmountProblem::Unexpected };
        return Err((problem, at(start)));
    }
    if i < text.len() {
        return Err((AmountProblem::Unexpected, at(i)));
    }
    let cents = parse_cents(number).map_err(|p| (p, at(start)))?;
    let value = Decimal::new(if negative { -cents } else { cents }, 2);
    Ok(value)
}

/// `1.300,50` → 130050 cents; no sign, no currency.
fn parse_cents(number: &str) -> Result<i64, AmountProblem> {
    // `number` holds only ASCII digits, dots and commas (and dashes after a comma)
    let (whole, cents) = match number.bytes().position(|b| b == b',') {
        Some(i) => (&number[..i], Some(&number[i + 1..])),
        None => (number, None),
    };
    if !whole.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(AmountProblem::Unexpected);
    }
    let cents: i64 = match cents {
        None => 0,
        Some(c) if !c.is_empty() && c.chars().all(|ch| ch == '-' || ch == '–') => 0,
        Some(c) if c.is_empty() || c.contains([',', '.']) || !c.bytes().all(|b| b.is_ascii_digit()) => {
            return Err(AmountProblem::Unexpected);
        }
        Some(c) if c.len() > 2 => return Err(AmountProblem::TooManyDecimals),
        Some(c) => digits_value(c) * if c.len() == 1 { 10 } else { 1 },
    };
    let mut euros: i64 = 0;
    let mut significant = 0;
    let mut groups = whole.split('.');
    let first = groups.next().unwrap_or("");
    let grouped = whole.bytes().any(|b| b == b'.');
    if grouped {
        let rest: Vec<&str> = groups.collect();
        if cents == 0 && !number.bytes().any(|b| b == b',') && rest.len() == 1 && (1..=2).contains(&rest[0].len()) {
            return Err(AmountProblem::DotAsDecimal);
        }
        if !(1..=3).contains(&first.len()) || rest.iter().any(|g| g.len() != 3) {
            return Err(AmountProblem::BadGrouping);
        }
    }
    for b in whole.bytes().filter(|b| b.is_ascii_digit()) {
        if significant > 0 || b != b'0' {
            significant += 1;
        }
        if significant > 8 {
            return Err(AmountProblem::TooLarge);
        }
        euros = euros * 10 + i64::from(b - b'0');
    }
    let total = euros * 100 + cents;
    if Decimal::new(total, 2) > MAX_AMOUNT {
        return Err(AmountProblem::TooLarge);
    }
    Ok(total)
}

fn digits_value(digits: &str) -> i64 {
    digits.bytes().fold(0, |acc, b| acc * 10 + i64::from(b - b'0'))
}

fn minus_len(text: &str) -> Option<usize> {
    match text.as_bytes().first()? {
        b'-' => Some(1),
        // '−' (minus sign) and '–' (en dash) both start with 0xE2
        0xE2 => ['−', '–'].into_iter().find(|m| text.starts_with(*m)).map(char::len_utf8),
        _ => None,
    }
}

/// The length in bytes of a currency marker at the start of `text`: `€`, `EUR`, `euro` (any case),
/// not followed by a letter.
pub fn currency_len(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    match b.first()? {
        0xE2 if text.starts_with('€') => return Some('€'.len_utf8()),
        b'e' | b'E' => {}
        _ => return None,
    }
    let word = |n: usize, w: &[u8]| {
        b.len() >= n && b[..n].eq_ignore_ascii_case(w) && !text[n..].starts_with(char::is_alphabetic)
    };
    if word(4, b"euro") {
        Some(4)
    } else if word(3, b"eur") {
        Some(3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn ok(text: &str) -> String {
        parse_amount(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}")).to_string()
    }

    fn d(s: &str) -> String {
        Decimal::from_str(s).unwrap().to_string()
    }

    #[test]
    fn every_form_on_the_format_page() {
        assert_eq!(ok("€1.300"), d("1300.00"));
        assert_eq!(ok("€ 1.300"), d("1300.00"));
        assert_eq!(ok("€    400"), d("400.00"));
        assert_eq!(ok("€1.300,50"), d("1300.50"));
        assert_eq!(ok("€ 1.300,-"), d("1300.00"));
        assert_eq!(ok("EUR 1300,00"), d("1300.00"));
        assert_eq!(ok("1.300,00"), d("1300.00"));
        assert_eq!(ok("€1300"), d("1300.00"));
        assert_eq!(ok(" € 7.850 "), d("7850.00"));
    }

    #[test]
    fn more_tolerated_forms() {
        assert_eq!(ok("€ 1,5"), d("1.50"));
        assert_eq!(ok("100 EUR"), d("100.00"));
        assert_eq!(ok("100 €"), d("100.00"));
        assert_eq!(ok("eur 12,34"), d("12.34"));
        assert_eq!(ok("Euro 12,34"), d("12.34"));
        assert_eq!(ok("€ 1.234.567,89"), d("1234567.89"));
        assert_eq!(ok("€ 100,--"), d("100.00"));
        assert_eq!(ok("-€ 100"), d("-100.00"));
        assert_eq!(ok("€ -100,50"), d("-100.50"));
        assert_eq!(ok("− € 5"), d("-5.00"));
        assert_eq!(ok("€ 0,00"), d("0.00"));
        assert_eq!(ok("€ 99.999.999,99"), d("99999999.99"));
    }

    #[test]
    fn refused_with_a_reason_and_a_place() {
        assert_eq!(parse_amount(""), Err((AmountProblem::Missing, 0)));
        assert_eq!(parse_amount("€ "), Err((AmountProblem::Missing, 2)));
        assert_eq!(parse_amount("€ 100.50"), Err((AmountProblem::DotAsDecimal, 2)));
        assert_eq!(parse_amount("€ 10,505"), Err((AmountProblem::TooManyDecimals, 2)));
        assert_eq!(parse_amount("1.30.000"), Err((AmountProblem::BadGrouping, 0)));
        assert_eq!(parse_amount("1300.000,00"), Err((AmountProblem::BadGrouping, 0)));
        assert_eq!(parse_amount("€ 100 per uur"), Err((AmountProblem::Unexpected, 6)));
        assert_eq!(parse_amount("€ abc"), Err((AmountProblem::Unexpected, 2)));
        assert_eq!(parse_amount("€ 100,"), Err((AmountProblem::Unexpected, 2)));
        assert_eq!(parse_amount("€ 1,2,3"), Err((AmountProblem::Unexpected, 2)));
        assert_eq!(parse_amount("€ 100.000.000"), Err((AmountProblem::TooLarge, 2)));
        assert_eq!(parse_amount("€ 1e5"), Err((AmountProblem::Unexpected, 3)));
        assert_eq!(parse_amount("$ 100"), Err((AmountProblem::Unexpected, 0)));
        assert_eq!(parse_amount(&"9".repeat(5000)), Err((AmountProblem::TooLarge, 0)));
    }
}
