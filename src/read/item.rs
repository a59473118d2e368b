//! Item lines: `<description> (<date>) : <amount>`, the colon with any spaces around it; and DBC
//! product lines, whose parenthesis holds a band of minutes (`Depressie (3000-5999): € 7.850`).

use rust_decimal::Decimal;

use super::amount::{currency_at, parse_amount};
use super::date::{PartialDate, parse_date};
use super::error::{Problem, excerpt};
use super::kind::{classify, parse_band};
use super::limits::MAX_EXCERPT_CHARS;
use crate::model::{LineKind, MinuteBand};

/// What stands in the parenthesis of an item line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A date (perhaps without a year), and the 0-based offset where it starts.
    Date(PartialDate, usize),
    Band(MinuteBand),
}

/// An item line as read, before its date has a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawItem {
    pub description: String,
    pub kind: LineKind,
    pub when: When,
    pub amount: Decimal,
}

/// Reads an item line. `None` when the line does not have the shape of one (no parenthesis);
/// otherwise the item, or the problem and the 0-based offset where it is.
pub fn item(chars: &[char]) -> Option<Result<RawItem, (Problem, usize)>> {
    let (open, close) = parenthesis(chars)?;
    let description: String = chars[..open].iter().collect::<String>().trim().to_string();
    if description.is_empty() || !description.chars().any(char::is_alphabetic) {
        return None;
    }
    // A parenthesis that holds no date or band, with no amount after it, is not an item line
    // ("<script>alert(1)</script>", "Mevrouw (Anna) de Vries").
    let inner: String = chars[open + 1..close].iter().collect();
    let after = chars[close + 1..].iter().position(|c| !c.is_whitespace()).map(|i| close + 1 + i);
    let amount_follows = after.is_none_or(|i| chars[i] == ':' || currency_at(chars, i).is_some() || chars[i].is_ascii_digit());
    if !amount_follows && parse_date(&inner).is_err() && parse_band(&inner).is_none() {
        return None;
    }
    Some(read_item(chars, description, open, close))
}

/// The parenthesis that holds the date: the last one whose content is a date or a band (a
/// description may hold parentheses of its own), else the first one.
fn parenthesis(chars: &[char]) -> Option<(usize, usize)> {
    let first_open = chars.iter().position(|&c| c == '(')?;
    let first = (first_open, first_open + chars[first_open..].iter().position(|&c| c == ')')?);
    let closes = chars.iter().enumerate().rev().filter(|(_, c)| **c == ')').map(|(i, _)| i);
    for close in closes.take(4) {
        if let Some(open) = chars[..close].iter().rposition(|&c| c == '(') {
            let inner: String = chars[open + 1..close].iter().collect();
            if parse_date(&inner).is_ok() || parse_band(&inner).is_some() {
                return Some((open, close));
            }
        }
    }
    Some(first)
}

fn read_item(chars: &[char], description: String, open: usize, close: usize) -> Result<RawItem, (Problem, usize)> {
    let inner: String = chars[open + 1..close].iter().collect();
    let inner_at = open + 1 + inner.chars().take_while(|c| c.is_whitespace()).count();
    let kind = classify(&description);
    let when = match (&kind, parse_band(&inner)) {
        (LineKind::Other, Some(band)) => When::Band(band),
        _ => match parse_date(&inner) {
            Ok(date) => When::Date(date, inner_at),
            Err(problem) => {
                return Err((Problem::BadDate { text: excerpt(&inner, MAX_EXCERPT_CHARS), problem }, inner_at));
            }
        },
    };
    let mut i = close + 1;
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    let amount_at = match chars.get(i) {
        None => return Err((Problem::MissingAmount, i)),
        Some(':') => i + 1,
        Some(_) if currency_at(chars, i).is_some() || chars[i].is_ascii_digit() => i,
        Some(_) => {
            let rest: String = chars[i..].iter().collect();
            return Err((Problem::NotUnderstood { text: excerpt(&rest, MAX_EXCERPT_CHARS) }, i));
        }
    };
    let amount_text: String = chars[amount_at..].iter().collect();
    let amount = parse_amount(&amount_text).map_err(|(problem, offset)| {
        let problem = match problem {
            super::error::AmountProblem::Missing => Problem::MissingAmount,
            p => Problem::BadAmount { text: excerpt(&amount_text, MAX_EXCERPT_CHARS), problem: p },
        };
        (problem, amount_at + offset)
    })?;
    let kind = match when {
        When::Band(band) => LineKind::DbcProduct { group: description.clone(), band },
        When::Date(..) => kind,
    };
    Ok(RawItem { description, kind, when, amount })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StayKind;
    use std::str::FromStr;

    fn it(line: &str) -> Option<Result<RawItem, (Problem, usize)>> {
        item(&line.chars().collect::<Vec<_>>())
    }

    #[test]
    fn consult_and_stay_lines_as_in_the_seed() {
        let c = it("Consult (15-2)                       : € 100").unwrap().unwrap();
        assert_eq!(c.description, "Consult");
        assert_eq!(c.when, When::Date(PartialDate { day: 15, month: 2, year: None }, 9));
        assert_eq!(c.amount, Decimal::from(100));
        let c = it("Consult (5-1-2017):  €100").unwrap().unwrap();
        assert_eq!(c.when, When::Date(PartialDate { day: 5, month: 1, year: Some(2017) }, 9));
        let s = it("Verblijf (19-2)                : €    400").unwrap().unwrap();
        assert_eq!(s.kind, LineKind::Stay(StayKind::Klinisch));
        assert_eq!(s.amount, Decimal::from(400));
    }

    #[test]
    fn dbc_product_line() {
        let p = it("Depressie (3000-5999): € 7.850").unwrap().unwrap();
        assert_eq!(
            p.kind,
            LineKind::DbcProduct { group: "Depressie".into(), band: MinuteBand { from: 3000, to: Some(5999) } }
        );
        assert_eq!(p.amount, Decimal::from_str("7850").unwrap());
    }

    #[test]
    fn colon_optional_before_a_currency_sign() {
        let c = it("Consult (15-2) € 100,50").unwrap().unwrap();
        assert_eq!(c.amount, Decimal::from_str("100.50").unwrap());
    }

    #[test]
    fn problems_point_at_their_place() {
        assert_eq!(it("Consult (15-2)").unwrap().unwrap_err(), (Problem::MissingAmount, 14));
        assert_eq!(it("Consult (15-2):   ").unwrap().unwrap_err(), (Problem::MissingAmount, 18));
        let (p, at) = it("Consult (31-2): € 100").unwrap().unwrap_err();
        assert!(matches!(p, Problem::BadDate { .. }));
        assert_eq!(at, 9);
        let (p, at) = it("Consult (15-2): € 100.50").unwrap().unwrap_err();
        assert!(matches!(p, Problem::BadAmount { .. }));
        assert_eq!(at, 18);
        let (p, at) = it("Consult (15-2) gratis").unwrap().unwrap_err();
        assert!(matches!(p, Problem::NotUnderstood { .. }));
        assert_eq!(at, 15);
        let (p, at) = it("Consult (gisteren): € 100").unwrap().unwrap_err();
        assert!(matches!(p, Problem::BadDate { .. }));
        assert_eq!(at, 9);
    }

    #[test]
    fn not_an_item() {
        assert!(it("Meneer Henk").is_none());
        assert!(it("(volgnummer 4)").is_none());
        assert!(it("Consult 15-2: € 100").is_none());
        assert!(it("<script>alert(1)</script>").is_none());
        assert!(it("Mevrouw (Anna) de Vries").is_none());
    }
}
