//! Item lines: `<description> (<date>) : <amount>`, the colon with any spaces around it; and DBC
//! product lines, whose parenthesis holds a band of minutes (`Depressie (3000-5999): € 7.850`).

use rust_decimal::Decimal;

use super::amount::{currency_len, parse_amount};
use super::date::{PartialDate, parse_date};
use super::error::{DateProblem, Problem, excerpt};
use super::kind::{classify, parse_band};
use super::limits::MAX_EXCERPT_CHARS;
use crate::model::{LineKind, MinuteBand};
use crate::util::text::skip_space;

/// What stands in the parenthesis of an item line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A date (perhaps without a year), and the byte offset where it starts in the line.
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

/// Descriptions already classified: a nota repeats "Consult" and "Verblijf" on most lines.
pub type Kinds = crate::util::hashing::FastMap<String, LineKind>;

/// What stands in an item line's parenthesis (byte offsets of `(` and `)`), read once.
struct Inner<'a> {
    open: usize,
    close: usize,
    text: &'a str,
    date: Result<PartialDate, DateProblem>,
    band: Option<MinuteBand>,
}

impl<'a> Inner<'a> {
    fn read(line: &'a str, open: usize, close: usize) -> Self {
        let text = &line[open + 1..close];
        Inner { open, close, text, date: parse_date(text), band: parse_band(text) }
    }

    fn is_date_or_band(&self) -> bool {
        self.date.is_ok() || self.band.is_some()
    }
}

/// Reads an item line. `None` when the line does not have the shape of one (no parenthesis);
/// otherwise the item, or the problem and the byte offset where it is.
pub fn item(line: &str, kinds: &mut Kinds) -> Option<Result<RawItem, (Problem, usize)>> {
    let inner = parenthesis(line)?;
    let description = line[..inner.open].trim();
    if description.is_empty() || !description.chars().any(char::is_alphabetic) {
        return None;
    }
    // A parenthesis that holds no date or band, with no amount after it, is not an item line
    // ("<script>alert(1)</script>", "Mevrouw (Anna) de Vries").
    let after = skip_space(line, inner.close + 1);
    let rest = &line[after..];
    let amount_follows = rest.is_empty()
        || rest.starts_with(':')
        || currency_len(rest).is_some()
        || rest.starts_with(|c: char| c.is_ascii_digit());
    if !amount_follows && !inner.is_date_or_band() {
        return None;
    }
    let kind = match kinds.get(description) {
        Some(kind) => kind.clone(),
        None => {
            let kind = classify(description);
            kinds.insert(description.to_string(), kind.clone());
            kind
        }
    };
    Some(read_item(line, description.to_string(), kind, inner, after))
}

/// The parenthesis that holds the date: the last one whose content is a date or a band (a
/// description may hold parentheses of its own), else the first one.
fn parenthesis(line: &str) -> Option<Inner<'_>> {
    let first_open = line.find('(')?;
    let first_close = first_open + line[first_open..].find(')')?;
    let closes = line.match_indices(')').map(|(i, _)| i).rev();
    for close in closes.take(4) {
        if let Some(open) = line[..close].rfind('(') {
            let inner = Inner::read(line, open, close);
            if inner.is_date_or_band() {
                return Some(inner);
            }
        }
    }
    Some(Inner::read(line, first_open, first_close))
}

fn read_item(
    line: &str,
    description: String,
    kind: LineKind,
    inner: Inner,
    after: usize,
) -> Result<RawItem, (Problem, usize)> {
    let inner_at = skip_space(line, inner.open + 1).min(inner.close);
    let when = match (&kind, inner.band, inner.date) {
        (LineKind::Other, Some(band), _) => When::Band(band),
        (_, _, Ok(date)) => When::Date(date, inner_at),
        (_, _, Err(problem)) => {
            return Err((Problem::BadDate { text: excerpt(inner.text, MAX_EXCERPT_CHARS), problem }, inner_at));
        }
    };
    let rest = &line[after..];
    let amount_at = if rest.is_empty() {
        return Err((Problem::MissingAmount, after));
    } else if rest.starts_with(':') {
        after + 1
    } else if currency_len(rest).is_some() || rest.starts_with(|c: char| c.is_ascii_digit()) {
        after
    } else {
        return Err((Problem::NotUnderstood { text: excerpt(rest, MAX_EXCERPT_CHARS) }, after));
    };
    let amount_text = &line[amount_at..];
    let amount = parse_amount(amount_text).map_err(|(problem, offset)| {
        let problem = match problem {
            super::error::AmountProblem::Missing => Problem::MissingAmount,
            p => Problem::BadAmount { text: excerpt(amount_text, MAX_EXCERPT_CHARS), problem: p },
        };
        // the amount reader counts characters; this function answers in bytes
        let byte = amount_text.char_indices().nth(offset).map_or(amount_text.len(), |(i, _)| i);
        (problem, amount_at + byte)
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
        item(line, &mut Kinds::default())
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
        assert_eq!(at, 20, "a byte offset: € is three bytes (column 19)");
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
