//! Amounts on a ZPM nota: which word or cell is one, where it starts (a currency sign and a minus
//! taken along), and how it reads (a minus at the end, a dot for the cents in a CSV cell).

use rust_decimal::Decimal;

use super::layout::{Layout, words_of};
use crate::read::amount::{currency_len, parse_amount};
use crate::read::error::{AmountProblem, excerpt};
use crate::read::limits::MAX_EXCERPT_CHARS;

/// The amount of a line read word by word: the last amount-like word (with a currency sign
/// and a minus in front of it taken along). Returns the amount and its byte range.
/// In a CSV, the last cell that holds an amount; else the words of the line ([`amount_in`]).
pub(super) fn find_amount(
    layout: Layout,
    line: &str,
    cells: &[(usize, String)],
    words: &[(usize, &str)],
) -> Option<(Decimal, usize, usize)> {
    if !cells.is_empty() && matches!(layout, Layout::Cells(_)) {
        let (at, cell) = cells.iter().rev().find(|(_, c)| looks_like_money(c.trim()))?;
        let amount = read_money(cell.trim(), true).ok()?;
        return Some((amount, *at, *at + cell.len()));
    }
    amount_in(line, words)
}

/// The amount in a summary value: the last amount-like part ("€ 148,95", "(vrijgesteld) € 0,00").
pub(super) fn last_amount_text(text: &str) -> &str {
    let words = words_of(text, false);
    let Some(i) = words.iter().rposition(|(_, w)| looks_like_money(w)) else { return text };
    &text[words[amount_start(&words, i)].0..words[i].0 + words[i].1.len()]
}

/// The amount among a line's words (`words_of(line, false)`): the last amount-like word, with a
/// currency sign and a minus in front of it taken along. Returns the amount and its byte range.
pub(super) fn amount_in(line: &str, words: &[(usize, &str)]) -> Option<(Decimal, usize, usize)> {
    let i = words.iter().rposition(|(_, w)| looks_like_money(w) && money_digits(w))?;
    let from = words[amount_start(words, i)].0;
    let to = words[i].0 + words[i].1.len();
    let amount = read_money(&line[from..to], false).ok()?;
    Some((amount, from, to))
}

/// When a prestatie line has an amount-like word that does not read: the word, the problem and
/// its byte offset.
pub(super) fn amount_problem(words: &[(usize, &str)]) -> Option<(String, AmountProblem, usize)> {
    let (at, word) = words.iter().rev().find(|(_, w)| {
        w.bytes().any(|b| b.is_ascii_digit()) && (w.contains(',') || w.contains('.')) && !w.contains(['-', '/'])
    })?;
    let problem = read_money(word, false).err()?.0;
    Some((excerpt(word, MAX_EXCERPT_CHARS), problem, *at))
}

/// Where the amount whose digits are word `i` starts: a currency sign and a minus written as words
/// of their own in front of it are taken along (`- € 135,89`).
pub(super) fn amount_start(words: &[(usize, &str)], i: usize) -> usize {
    let mut start = i;
    while start > 0 {
        let w = words[start - 1].1;
        if currency_len(w).is_some_and(|len| len == w.len()) || matches!(w, "-" | "−" | "–") {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// A word or cell that looks like an amount: digits with a comma and cents (`135,89`, `1.234,56`,
/// `€135,89`, `-135,89`, `135,89-`, `1234.56` in a CSV, `135,-`), or a currency sign with digits.
pub(super) fn looks_like_money(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let body = t.trim_start_matches(['-', '−', '–', ' ']);
    let (has_currency, body) = match currency_len(body) {
        Some(len) => (true, body[len..].trim_start_matches(['-', '−', '–', ' '])),
        None => (false, body),
    };
    let body = body.strip_suffix('-').filter(|b| !b.ends_with(',')).unwrap_or(body).trim_end();
    if !body.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',' || b == b'-') || body.is_empty() {
        return false;
    }
    if has_currency {
        return true;
    }
    match body.rfind([',', '.']) {
        Some(i) => {
            let after = &body[i + 1..];
            (after.len() == 2 && after.bytes().all(|b| b.is_ascii_digit()))
                || (after == "-" && body.as_bytes()[i] == b',')
        }
        None => false,
    }
}

/// True unless the word is a date-like run of digits and dashes (`12-03-2024`).
pub(super) fn money_digits(word: &str) -> bool {
    word.matches('-').count() <= 1 || word.ends_with(",-")
}

/// Reads an amount as a ZPM nota writes it: what the pilot layout reads, plus a minus at the end
/// (`135,89-`) and, in a CSV cell, a dot for the cents (`1234.56`).
pub(super) fn read_money(text: &str, cell: bool) -> Result<Decimal, (AmountProblem, usize)> {
    let t = text.trim();
    let (t, trailing_minus) = match t.strip_suffix('-') {
        Some(rest) if rest.ends_with(|c: char| c.is_ascii_digit()) => (rest.trim_end(), true),
        _ => (t, false),
    };
    let dotted;
    let t = if cell && !t.contains(',') && dot_cents(t) {
        dotted = t.replacen('.', ",", 1);
        dotted.as_str()
    } else {
        t
    };
    let amount = parse_amount(t)?;
    Ok(if trailing_minus { -amount } else { amount })
}

/// `1234.56` or `€ 1234.5`: a single dot followed by one or two digits at the end.
pub(super) fn dot_cents(text: &str) -> bool {
    let digits_and_dots: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    digits_and_dots.matches('.').count() == 1
        && digits_and_dots.rsplit('.').next().is_some_and(|c| (1..=2).contains(&c.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_forms() {
        for (text, cell, value) in [
            ("€ 135,89", false, "135.89"),
            ("-135,89", false, "-135.89"),
            ("€ -135,89", false, "-135.89"),
            ("- € 135,89", false, "-135.89"),
            ("135,89-", false, "-135.89"),
            ("1234.56", true, "1234.56"),
            ("1.234,56", true, "1234.56"),
            ("EUR 1.234,56", false, "1234.56"),
        ] {
            assert_eq!(read_money(text, cell), Ok(dec(value)), "{text}");
        }
        assert!(read_money("1234.56", false).is_err(), "a dot for cents only in a CSV cell");
        assert!(looks_like_money("135,89-") && looks_like_money("€135,89") && looks_like_money("128,40"));
        assert!(!looks_like_money("12-03-2024") && !looks_like_money("CO0497") && !looks_like_money("45"));
    }
}
