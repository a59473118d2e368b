//! Dutch amounts: `€1.300`, `€ 1.300`, `€    400`, `€1.300,50`, `€ 1.300,-`, `EUR 1300,00`,
//! `1.300,00`, and a minus for a credit (`-€ 100`, `€ -100`).
//!
//! The dot groups thousands and the comma marks cents, as Dutch writes them. An amount that could
//! be read two ways (`100.50`) is refused with a message, never guessed: a misread euro is worse
//! than a question.

use rust_decimal::Decimal;

use super::error::AmountProblem;
use crate::money::MAX_AMOUNT;

/// A problem and the 0-based character offset in the text where it is.
pub type AmountError = (AmountProblem, usize);

/// Reads one amount that fills the whole text (surrounding spaces allowed).
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = skip_space(&chars, 0);
    let mut negative = false;
    if is_minus(chars.get(i)) {
        negative = true;
        i = skip_space(&chars, i + 1);
    }
    let mut currency = false;
    if let Some(len) = currency_at(&chars, i) {
        currency = true;
        i = skip_space(&chars, i + len);
    }
    if !negative && is_minus(chars.get(i)) {
        negative = true;
        i = skip_space(&chars, i + 1);
    }
    let start = i;
    while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',') {
        i += 1;
    }
    // ",-" and ",--" mean "no cents"
    if i > start && chars[i - 1] == ',' {
        while chars.get(i) == Some(&'-') || chars.get(i) == Some(&'–') {
            i += 1;
        }
    }
    let number: String = chars[start..i].iter().collect();
    i = skip_space(&chars, i);
    if !currency {
        if let Some(len) = currency_at(&chars, i) {
            i = skip_space(&chars, i + len);
        }
    }
    if number.is_empty() {
        let problem = if i >= chars.len() { AmountProblem::Missing } else { AmountProblem::Unexpected };
        return Err((problem, start));
    }
    if i < chars.len() {
        return Err((AmountProblem::Unexpected, i));
    }
    let mut value = parse_number(&number).map_err(|p| (p, start))?;
    if negative {
        value.set_sign_negative(true);
    }
    Ok(value)
}

/// `1.300,50` → 1300.50; no sign, no currency.
fn parse_number(number: &str) -> Result<Decimal, AmountProblem> {
    let (whole, cents) = match number.split_once(',') {
        Some((w, c)) => (w, Some(c)),
        None => (number, None),
    };
    if whole.is_empty() || !whole.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(AmountProblem::Unexpected);
    }
    let cents = match cents {
        None => "00".to_string(),
        Some(c) if c.chars().all(|ch| ch == '-' || ch == '–') && !c.is_empty() => "00".to_string(),
        Some(c) if c.contains(',') || c.contains('.') => return Err(AmountProblem::Unexpected),
        Some(c) if c.is_empty() => return Err(AmountProblem::Unexpected),
        Some(c) if !c.bytes().all(|b| b.is_ascii_digit()) => return Err(AmountProblem::Unexpected),
        Some(c) if c.len() > 2 => return Err(AmountProblem::TooManyDecimals),
        Some(c) => format!("{c:0<2}"),
    };
    let digits = if whole.contains('.') {
        let groups: Vec<&str> = whole.split('.').collect();
        let last = groups[groups.len() - 1];
        if number.split_once(',').is_none() && groups.len() == 2 && (1..=2).contains(&last.len()) {
            return Err(AmountProblem::DotAsDecimal);
        }
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return Err(AmountProblem::BadGrouping);
        }
        groups.concat()
    } else {
        whole.to_string()
    };
    let significant = digits.trim_start_matches('0');
    if significant.len() > 8 {
        return Err(AmountProblem::TooLarge);
    }
    let value = Decimal::from_str_exact(&format!("{}.{cents}", if significant.is_empty() { "0" } else { significant }))
        .map_err(|_| AmountProblem::Unexpected)?;
    if value > MAX_AMOUNT {
        return Err(AmountProblem::TooLarge);
    }
    Ok(value)
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    i
}

fn is_minus(c: Option<&char>) -> bool {
    matches!(c, Some('-') | Some('−') | Some('–'))
}

/// The length of a currency marker at `i`: `€`, `EUR`, `euro` (any case).
pub fn currency_at(chars: &[char], i: usize) -> Option<usize> {
    if chars.get(i) == Some(&'€') {
        return Some(1);
    }
    let word: String = chars.iter().skip(i).take(4).collect::<String>().to_lowercase();
    let followed_by_letter = |len: usize| chars.get(i + len).is_some_and(|c| c.is_alphabetic());
    if word.starts_with("euro") && !followed_by_letter(4) {
        Some(4)
    } else if word.starts_with("eur") && !followed_by_letter(3) {
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
