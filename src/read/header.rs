//! Keyed header lines (`Start datum: 1 november 2016`, `Declaratie februari 2017`, …), the
//! `Zorgnota` line that starts a nota, totals and rule lines.
//!
//! Keys match in any case and with or without accents; the colon after a key is optional. A value
//! is returned as the byte offset where it starts in the line; the reader turns it into a column.

use crate::util::fold::fold_char;
use crate::util::text::skip_space;

/// What a header line is. `usize` values are the byte offset of the value in the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Header {
    /// `Zorgnota`, optionally with `(volgnummer N)`: the offset of N.
    NotaStart {
        sequence_at: Option<usize>,
    },
    Sequence(usize),
    Patient(usize),
    BillingMonth(usize),
    Cluster(usize),
    Start(usize),
    End(usize),
    PreviouslyBilled(usize),
    Review(usize),
    /// `Totaal februari: €1.300`: the offset of the amount.
    Total(usize),
}

/// The first letters of every key: a line that starts otherwise is no header (the common case,
/// an item line, is decided in one comparison).
const KEY_INITIALS: &[u8] = b"(bcdenprstuvz";

/// The header on this line, if it is one.
pub fn header(line: &str) -> Option<Header> {
    let start = skip_space(line, 0);
    let first = *line.as_bytes().get(start)?;
    if first.is_ascii() && !KEY_INITIALS.contains(&first.to_ascii_lowercase()) {
        return None;
    }
    if let Some(rest) = match_key(line, &["zorgnota"]) {
        let end = skip_space(line, rest);
        if end == line.len() {
            return Some(Header::NotaStart { sequence_at: None });
        }
        return sequence_value(line, end).map(|at| Header::NotaStart { sequence_at: Some(at) });
    }
    if let Some(at) = sequence_value(line, start) {
        return Some(Header::Sequence(at));
    }
    if let Some(value) = match_key(line, &["totaal"]) {
        return Some(Header::Total(total_amount_at(line, value)));
    }
    type Keys = (&'static [&'static str], fn(usize) -> Header);
    const KEYS: [Keys; 7] = [
        (&["patient", "client", "naam"], Header::Patient),
        (&["declaratiemaand", "declaratieperiode", "declaratie"], Header::BillingMonth),
        (&["zorgcluster", "cluster"], Header::Cluster),
        (&["startdatum zorgtraject", "start datum", "startdatum", "begindatum", "begin datum"], Header::Start),
        (&["einde datum", "einddatum", "eind datum"], Header::End),
        (&["eerder gedeclareerd"], Header::PreviouslyBilled),
        (&["review uiterlijk", "uiterlijke reviewdatum", "reviewdatum", "review datum", "review"], Header::Review),
    ];
    KEYS.iter().find_map(|(keys, make)| match_key(line, keys).map(make))
}

/// A line of only `-`, `=`, `_`, `+`, `*` and spaces, with at least three dashes or the like:
/// decoration (`---- +`).
pub fn is_rule(line: &str) -> bool {
    let mark = |c: char| matches!(c, '-' | '=' | '_' | '─' | '—' | '–');
    line.chars().filter(|&c| mark(c)).count() >= 3
        && line.chars().all(|c| c.is_whitespace() || mark(c) || matches!(c, '+' | '*'))
}

/// `(volgnummer 4)` or `Volgnummer: 4` starting at byte `i`: the offset of the number.
fn sequence_value(line: &str, i: usize) -> Option<usize> {
    let (open, i) = if line[i..].starts_with('(') { (true, i + 1) } else { (false, i) };
    let after = match_key(&line[i..], &["volgnummer", "volgnr"])? + i;
    if open && !line.trim_end().ends_with(')') {
        return None;
    }
    Some(after)
}

/// Where the amount of a total line starts: after the last colon; or at the currency sign; or at
/// the last word.
fn total_amount_at(line: &str, value: usize) -> usize {
    if let Some(colon) = line.rfind(':') {
        return skip_space(line, colon + 1);
    }
    let sign = line[value..]
        .char_indices()
        .map(|(i, _)| value + i)
        .find(|&i| super::amount::currency_len(&line[i..]).is_some() && !line[..i].ends_with(char::is_alphabetic));
    if let Some(sign) = sign {
        let before = line[value..sign].trim_end();
        return match before.chars().last() {
            Some('-' | '−' | '–') => value + before.len() - before.chars().last().map_or(0, char::len_utf8),
            _ => sign,
        };
    }
    let trimmed = line.trim_end();
    let tail = &trimmed[value.min(trimmed.len())..];
    // after the last space, which may be wider than a byte (a non-breaking space)
    tail.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(value, |(i, c)| value + i + c.len_utf8())
}

/// If the line starts (after spaces) with one of `keys` (folded, a space matching any run of
/// spaces), followed by a word boundary: the byte offset of the value after the key, an optional
/// colon and spaces.
pub fn match_key(line: &str, keys: &[&str]) -> Option<usize> {
    let start = skip_space(line, 0);
    let first = line.as_bytes().get(start).copied()?;
    'keys: for key in keys {
        // Keys are ASCII: a line whose first (ASCII) letter differs is not this key.
        if first.is_ascii() && first.to_ascii_lowercase() != key.as_bytes()[0] {
            continue;
        }
        let mut rest = line[start..].char_indices().peekable();
        let mut end = start;
        for k in key.chars() {
            if k == ' ' {
                if !rest.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                    continue 'keys;
                }
                while let Some((i, c)) = rest.peek().copied() {
                    if !c.is_whitespace() {
                        break;
                    }
                    end = start + i + c.len_utf8();
                    rest.next();
                }
                continue;
            }
            match rest.next() {
                Some((i, c)) if fold_char(c) == k => end = start + i + c.len_utf8(),
                _ => continue 'keys,
            }
        }
        if line[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let mut j = skip_space(line, end);
        if line[j..].starts_with(':') {
            j = skip_space(line, j + 1);
        }
        return Some(j);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(line: &str) -> Option<Header> {
        header(line)
    }

    #[test]
    fn nota_start() {
        assert_eq!(h("Zorgnota"), Some(Header::NotaStart { sequence_at: None }));
        assert_eq!(h("  ZORGNOTA  "), Some(Header::NotaStart { sequence_at: None }));
        assert_eq!(h("Zorgnota (volgnummer 4)"), Some(Header::NotaStart { sequence_at: Some(21) }));
        assert_eq!(h("Zorgnota van de kliniek"), None);
        assert_eq!(h("Zorgnotas"), None);
    }

    #[test]
    fn keyed_lines_in_any_case() {
        assert_eq!(h("(volgnummer 4)"), Some(Header::Sequence(12)));
        assert_eq!(h("Volgnummer: 4"), Some(Header::Sequence(12)));
        assert_eq!(h("Patiënt: Meneer Henk"), Some(Header::Patient(10)), "a byte offset: ë is two bytes");
        assert_eq!(h("Naam:Henk"), Some(Header::Patient(5)));
        assert_eq!(h("Declaratie februari 2017"), Some(Header::BillingMonth(11)));
        assert_eq!(h("declaratie: feb 2017"), Some(Header::BillingMonth(12)));
        assert_eq!(h("Zorgcluster: 4"), Some(Header::Cluster(13)));
        assert_eq!(h("Start datum: 1 november 2016"), Some(Header::Start(13)));
        assert_eq!(h("Startdatum 1 november 2016"), Some(Header::Start(11)));
        assert_eq!(h("Start   datum : 1-11-2016"), Some(Header::Start(16)));
        assert_eq!(h("Einde datum: 21 februari 2017"), Some(Header::End(13)));
        assert_eq!(h("Einddatum: 21-2-2017"), Some(Header::End(11)));
        assert_eq!(h("Eerder gedeclareerd: €7.400"), Some(Header::PreviouslyBilled(21)));
        assert_eq!(h("Review uiterlijk 1 mei"), Some(Header::Review(17)));
        assert_eq!(h("REVIEW UITERLIJK: 1 mei"), Some(Header::Review(18)));
        assert_eq!(h("Startklaar"), None);
        assert_eq!(h("Consult (15-2) : € 100"), None);
    }

    #[test]
    fn totals() {
        assert_eq!(h("Totaal februari:          €1.300"), Some(Header::Total(26)));
        assert_eq!(h("Totaal: € 9.050"), Some(Header::Total(8)));
        assert_eq!(h("Totaal                              € 9.050"), Some(Header::Total(36)));
        assert_eq!(h("Totaal EUR 9050,00"), Some(Header::Total(7)));
        assert_eq!(h("Totaal februari 1.300"), Some(Header::Total(16)));
        assert_eq!(h("Totaal - € 50"), Some(Header::Total(7)));
    }

    #[test]
    fn rules() {
        let r = is_rule;
        assert!(r("                                        ---- +"));
        assert!(r("======"));
        assert!(r("-----"));
        assert!(!r("--"));
        assert!(!r("---- + x"));
    }
}
