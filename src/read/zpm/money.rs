//! Amounts on a ZPM nota: how the document writes them (Dutch `1.234,56` or English `1,234.56`,
//! decided once for the whole document), which word or cell is one, where it starts (a currency
//! sign and a minus taken along), and how it reads (a minus at the end, a dot for the cents in a
//! CSV cell).

use rust_decimal::Decimal;

use super::layout::{Layout, words_of};
use crate::read::amount::{currency_len, parse_amount};
use crate::read::error::{AmountProblem, excerpt};
use crate::read::limits::MAX_EXCERPT_CHARS;
use crate::read::prestatie::is_code;

/// The amount of a line read word by word: the last amount-like word (with a currency sign
/// and a minus in front of it taken along). Returns the amount and its byte range.
/// In a CSV, the last cell that holds an amount; else the words of the line ([`amount_in`]).
pub(super) fn find_amount(
    layout: Layout,
    notation: Notation,
    line: &str,
    cells: &[(usize, String)],
    words: &[(usize, &str)],
) -> Option<(Decimal, usize, usize)> {
    if !cells.is_empty() && matches!(layout, Layout::Cells(_)) {
        let (at, cell) = cells.iter().rev().find(|(_, c)| looks_like_money(c.trim()))?;
        let amount = read_money(cell.trim(), true, notation).ok()?;
        return Some((amount, *at, *at + cell.len()));
    }
    amount_in(line, words, notation)
}

/// The amount in a summary value: the last amount-like part ("€ 148,95", "(vrijgesteld) € 0,00").
pub(super) fn last_amount_text(text: &str) -> &str {
    let words = words_of(text, false);
    let Some(i) = words.iter().rposition(|(_, w)| looks_like_money(w)) else { return text };
    &text[words[amount_start(&words, i)].0..words[i].0 + words[i].1.len()]
}

/// The amount among a line's words (`words_of(line, false)`): the last amount-like word, with a
/// currency sign and a minus in front of it taken along. Returns the amount and its byte range.
pub(super) fn amount_in(line: &str, words: &[(usize, &str)], notation: Notation) -> Option<(Decimal, usize, usize)> {
    let i = words.iter().rposition(|(_, w)| looks_like_money(w) && money_digits(w))?;
    let from = words[amount_start(words, i)].0;
    let to = words[i].0 + words[i].1.len();
    let amount = read_money(&line[from..to], false, notation).ok()?;
    Some((amount, from, to))
}

/// When a prestatie line has an amount-like word that does not read: the word, the problem and
/// its byte offset.
pub(super) fn amount_problem(words: &[(usize, &str)], notation: Notation) -> Option<(String, AmountProblem, usize)> {
    let (at, word) = words.iter().rev().find(|(_, w)| {
        w.bytes().any(|b| b.is_ascii_digit()) && (w.contains(',') || w.contains('.')) && !w.contains(['-', '/'])
    })?;
    let problem = read_money(word, false, notation).err()?.0;
    Some((excerpt(word, MAX_EXCERPT_CHARS), problem, *at))
}

/// Where the amount whose digits are word `i` starts: a currency sign and a minus written as words
/// of their own in front of it are taken along (`- € 135,89`).
pub(super) fn amount_start(words: &[(usize, &str)], i: usize) -> usize {
    let mut start = i;
    while start > 0 {
        let w = words[start - 1].1;
        // a currency sign, a minus, or both as one word ("-€ 50,06")
        let bare = w.trim_matches(['-', '−', '–']);
        if bare.is_empty() || currency_len(bare).is_some_and(|len| len == bare.len()) {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// A word or cell that looks like an amount: digits with a comma and cents (`135,89`, `1.234,56`,
/// `€135,89`, `-135,89`, `135,89-`, `1234.56` in a CSV, `135,-`), or a currency sign with digits.
pub(crate) fn looks_like_money(text: &str) -> bool {
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
/// (`135,89-`), in a CSV cell a dot for the cents (`1234.56`), and in a document that writes its
/// amounts the English way, `1,234.56` and `€190.88`.
pub(crate) fn read_money(text: &str, cell: bool, notation: Notation) -> Result<Decimal, (AmountProblem, usize)> {
    let t = text.trim();
    let (t, trailing_minus) = match t.strip_suffix('-') {
        Some(rest) if rest.ends_with(|c: char| c.is_ascii_digit()) => (rest.trim_end(), true),
        _ => (t, false),
    };
    let dotted;
    let t = if notation == Notation::English && t.contains('.') {
        // the English form in the Dutch one: the commas that group thousands out, the dot a comma
        dotted = t.replace(',', "").replacen('.', ",", 1);
        dotted.as_str()
    } else if cell && !t.contains(',') && dot_cents(t) {
        dotted = t.replacen('.', ",", 1);
        dotted.as_str()
    } else {
        t
    };
    let amount = parse_amount(t)?;
    Ok(if trailing_minus { -amount } else { amount })
}

/// How a document writes its amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Notation {
    /// `1.234,56`: the dot groups thousands, the comma marks the cents.
    Dutch,
    /// `1,234.56`: the comma groups thousands, the dot marks the cents.
    English,
}

/// How the document writes its amounts, decided once from all of them (so `1.234` is never read
/// one way on one line and another way on the next): English when more of its amounts have a dot
/// before two last digits (`190.88`, `1,234.56`) than a comma (`190,88`, `1.234,56`). Only words
/// that are plainly amounts count: with a currency sign, or on a line with a prestatiecode; a time
/// ("10.30 uur") is neither.
pub(super) fn notation(all: &[&str]) -> Notation {
    let (mut dutch, mut english) = (0usize, 0usize);
    for line in all.iter().take(2000) {
        let words = amount_words(line);
        // a code on the line, or an amount alone on its line (under a euro sign that wrapped)
        let coded = words.iter().any(|w| is_code(w)) || words.len() == 1;
        for (i, word) in words.iter().enumerate() {
            let after_sign = i > 0 && currency_len(words[i - 1]).is_some_and(|len| len == words[i - 1].len());
            let body = word.trim_start_matches(['-', '−', '–']);
            let (signed, body) = match currency_len(body) {
                Some(len) => (true, body[len..].trim_start_matches(['-', '−', '–'])),
                None => (false, body),
            };
            if !(signed || after_sign || coded) {
                continue;
            }
            match decimal_mark(body.trim_end_matches('-')) {
                Some(b',') => dutch += 1,
                Some(b'.') => english += 1,
                _ => {}
            }
        }
    }
    if english > dutch { Notation::English } else { Notation::Dutch }
}

/// The words of a line for [`notation`]: split at spaces and cell separators, and at a comma
/// unless two digits end the word after it (`135,89` stays one word, `2024-03-19,CO0497` is two).
fn amount_words(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for token in line.split(|c: char| c.is_whitespace() || matches!(c, ';' | '|' | '"')).filter(|t| !t.is_empty()) {
        let mut start = 0;
        for (i, _) in token.match_indices(',') {
            let after = &token[i + 1..];
            let cents = after.len() >= 2
                && after.as_bytes()[..2].iter().all(u8::is_ascii_digit)
                && after.as_bytes().get(2).is_none_or(|b| !b.is_ascii_digit());
            if !cents && !after.starts_with('-') {
                out.push(&token[start..i]);
                start = i + 1;
            }
        }
        out.push(&token[start..]);
    }
    out.retain(|w| !w.is_empty());
    out
}

/// The mark before the cents of a plain amount (`1.234,56` → `,`; `1,234.56` → `.`): the last of
/// a dot or comma followed by exactly two digits at the end, the rest digits and the other mark.
fn decimal_mark(body: &str) -> Option<u8> {
    let b = body.as_bytes();
    if b.len() < 4 || !b.iter().all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',') {
        return None;
    }
    let mark = b[b.len() - 3];
    let ok = matches!(mark, b'.' | b',')
        && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
        && !b[..b.len() - 3].contains(&mark)
        && b[0].is_ascii_digit();
    ok.then_some(mark)
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
            assert_eq!(read_money(text, cell, Notation::Dutch), Ok(dec(value)), "{text}");
        }
        assert!(read_money("1234.56", false, Notation::Dutch).is_err(), "a dot for cents only in a CSV cell");
        for (text, value) in
            [("€190.88", "190.88"), ("€ 1,234.56", "1234.56"), ("-€168.94", "-168.94"), ("1,035.58", "1035.58")]
        {
            assert_eq!(read_money(text, false, Notation::English), Ok(dec(value)), "{text}");
        }
        assert!(looks_like_money("135,89-") && looks_like_money("€135,89") && looks_like_money("128,40"));
        assert!(!looks_like_money("12-03-2024") && !looks_like_money("CO0497") && !looks_like_money("45"));
    }

    #[test]
    fn notation_is_decided_per_document() {
        let english = ["13 May 2025  CO0562  Session  €190.88", "Total  € 1,035.58", "Time: 10.30"];
        assert_eq!(notation(&english), Notation::English);
        let dutch = ["13-05-2025  CO0562  Consult  € 190,88", "Totaal  € 1.035,58", "Tijd: 10.30 uur"];
        assert_eq!(notation(&dutch), Notation::Dutch);
        // a time or a version number alone is no evidence
        assert_eq!(notation(&["Tijd 10.30", "Versie 2.01"]), Notation::Dutch);
    }
}
