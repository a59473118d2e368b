//! Keyed header lines (`Start datum: 1 november 2016`, `Declaratie februari 2017`, …), the
//! `Zorgnota` line that starts a nota, totals and rule lines.
//!
//! Keys match in any case and with or without accents; the colon after a key is optional. A value
//! is returned as the 0-based character offset where it starts, so messages can point at it.

/// What a header line is. `usize` values are the character offset of the value in the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Header {
    /// `Zorgnota`, optionally with `(volgnummer N)`: the offset of N.
    NotaStart { sequence_at: Option<usize> },
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

/// The header on this line, if it is one.
pub fn header(chars: &[char]) -> Option<Header> {
    if let Some(rest) = match_key(chars, &["zorgnota"]) {
        let end = skip_space(chars, rest);
        if end == chars.len() {
            return Some(Header::NotaStart { sequence_at: None });
        }
        return sequence_value(chars, end).map(|at| Header::NotaStart { sequence_at: Some(at) });
    }
    if let Some(at) = sequence_value(chars, skip_space(chars, 0)) {
        return Some(Header::Sequence(at));
    }
    if let Some(value) = match_key(chars, &["totaal"]) {
        return Some(Header::Total(total_amount_at(chars, value)));
    }
    const KEYS: [(&[&str], fn(usize) -> Header); 7] = [
        (&["patient", "client", "naam"], Header::Patient),
        (&["declaratiemaand", "declaratieperiode", "declaratie"], Header::BillingMonth),
        (&["zorgcluster", "cluster"], Header::Cluster),
        (&["startdatum zorgtraject", "start datum", "startdatum", "begindatum", "begin datum"], Header::Start),
        (&["einde datum", "einddatum", "eind datum"], Header::End),
        (&["eerder gedeclareerd"], Header::PreviouslyBilled),
        (&["review uiterlijk", "uiterlijke reviewdatum", "reviewdatum", "review datum", "review"], Header::Review),
    ];
    for (keys, make) in KEYS {
        if let Some(value) = match_key(chars, keys) {
            return Some(make(value));
        }
    }
    None
}

/// A line of only `-`, `=`, `_`, `+`, `*` and spaces, with at least three dashes or the like:
/// decoration (`---- +`).
pub fn is_rule(chars: &[char]) -> bool {
    let marks = chars.iter().filter(|c| matches!(c, '-' | '=' | '_' | '─' | '—' | '–')).count();
    marks >= 3 && chars.iter().all(|c| c.is_whitespace() || matches!(c, '-' | '=' | '_' | '+' | '*' | '─' | '—' | '–'))
}

/// `(volgnummer 4)` or `Volgnummer: 4` starting at `i`: the offset of the number.
fn sequence_value(chars: &[char], i: usize) -> Option<usize> {
    let (open, i) = if chars.get(i) == Some(&'(') { (true, i + 1) } else { (false, i) };
    let after = match_key(&chars[i..], &["volgnummer", "volgnr"])? + i;
    if open && chars.last() != Some(&')') {
        return None;
    }
    Some(after)
}

/// Where the amount of a total line starts: after the last colon; or at the currency sign; or at
/// the last word.
fn total_amount_at(chars: &[char], value: usize) -> usize {
    if let Some(colon) = chars.iter().rposition(|&c| c == ':') {
        return skip_space(chars, colon + 1);
    }
    let is_minus = |c: &char| matches!(c, '-' | '−' | '–');
    let currency_word_at =
        |i: usize| super::amount::currency_at(chars, i).is_some() && (i == 0 || !chars[i - 1].is_alphabetic());
    if let Some(sign) = (value..chars.len()).find(|&i| currency_word_at(i)) {
        let before = (value..sign).rev().find(|&i| !chars[i].is_whitespace());
        return match before {
            Some(b) if is_minus(&chars[b]) => b,
            _ => sign,
        };
    }
    let end = chars.iter().rposition(|c| !c.is_whitespace()).map_or(value, |e| e + 1);
    (value..end).rev().find(|&i| chars[i].is_whitespace()).map_or(value, |i| i + 1)
}

/// If the line starts (after spaces) with one of `keys` (folded, a space matching any run of
/// spaces), followed by a word boundary: the offset of the value after the key, an optional colon
/// and spaces.
pub fn match_key(chars: &[char], keys: &[&str]) -> Option<usize> {
    let start = skip_space(chars, 0);
    for key in keys {
        let mut i = start;
        let mut matched = true;
        for k in key.chars() {
            if k == ' ' {
                if !chars.get(i).is_some_and(|c| c.is_whitespace()) {
                    matched = false;
                    break;
                }
                i = skip_space(chars, i);
                continue;
            }
            match chars.get(i) {
                Some(&c) if crate::fold::fold_char(c) == k => i += 1,
                _ => {
                    matched = false;
                    break;
                }
            }
        }
        if !matched || chars.get(i).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let mut j = skip_space(chars, i);
        if chars.get(j) == Some(&':') {
            j = skip_space(chars, j + 1);
        }
        return Some(j);
    }
    None
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(line: &str) -> Option<Header> {
        header(&line.chars().collect::<Vec<_>>())
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
        assert_eq!(h("Patiënt: Meneer Henk"), Some(Header::Patient(9)));
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
        let r = |s: &str| is_rule(&s.chars().collect::<Vec<_>>());
        assert!(r("                                        ---- +"));
        assert!(r("======"));
        assert!(r("-----"));
        assert!(!r("--"));
        assert!(!r("---- + x"));
    }
}
