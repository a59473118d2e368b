//! A row of an overview from its cells: by the column titles where the cells line up with them,
//! else by what each cell holds (a date or period, a code, an amount, a status, words) with the
//! titles' order for the rest. Amounts that do not line up (a PDF or aligned text drops an empty
//! cell) are placed so the declared amount is what the others add up to, else from the right.

use rust_decimal::Decimal;

use super::columns::Col;
use super::fields;
use crate::model::overview::OverviewRow;
use crate::read::prestatie::is_code;

/// A row's fields before its document is known: a plain "Bedrag" is kept apart.
#[derive(Clone, Debug, Default)]
pub(super) struct Draft {
    pub row: OverviewRow,
    pub plain: Option<Decimal>,
    pub kind: Option<String>,
    pub person: Option<String>,
    /// How many fields were set (a card of only a date is a document's date, not a claim).
    pub fields: usize,
}

impl Draft {
    pub(super) fn set(&mut self, col: Col, value: &str) -> bool {
        let v = value.trim();
        if v.is_empty() || matches!(v, "-" | "–" | "—") {
            return true;
        }
        self.fields += 1;
        let r = &mut self.row;
        match col {
            Col::Date | Col::Period => match fields::period(v) {
                Some((from, to)) if r.date.is_none() => {
                    r.date = Some(from);
                    r.end_date = to;
                }
                Some((_, to)) => r.end_date = r.end_date.or(to),
                None => return false,
            },
            Col::Provider => r.provider = Some(v.to_string()),
            Col::Kind => self.kind = Some(v.to_string()),
            Col::Description => r.description = v.to_string(),
            Col::Code => r.code = Some(v.to_string()),
            Col::Status => r.status = fields::status(v).unwrap_or(r.status),
            Col::Reason => r.reason = Some(v.to_string()),
            Col::Claim => r.claim = Some(v.to_string()),
            Col::Person => self.person = Some(crate::util::fold::fold(v)),
            Col::Other => {}
            amount => {
                let Some(a) = fields::amount(v) else { return false };
                *self.amount_slot(amount) = Some(a);
            }
        }
        true
    }

    /// Where an amount column's amount goes (a plain "Bedrag" apart, until the document is known).
    fn amount_slot(&mut self, col: Col) -> &mut Option<Decimal> {
        let r = &mut self.row;
        match col {
            Col::Declared => &mut r.declared,
            Col::Reimbursed => &mut r.reimbursed,
            Col::EigenRisico => &mut r.eigen_risico,
            Col::EigenBijdrage => &mut r.eigen_bijdrage,
            Col::Rejected => &mut r.rejected,
            _ => &mut self.plain,
        }
    }

    /// A claim: a date and an amount.
    pub(super) fn whole(&self) -> bool {
        self.row.date.is_some() && self.has_amount()
    }

    pub(super) fn has_amount(&self) -> bool {
        let r = &self.row;
        self.plain.is_some()
            || [r.declared, r.reimbursed, r.eigen_risico, r.eigen_bijdrage, r.rejected].iter().any(Option::is_some)
    }
}

/// The cells of a row placed in their columns. `None` when the line is no row (no date, no amount).
pub(super) fn row(cells: &[(usize, String)], cols: Option<&[Col]>) -> Option<Draft> {
    let mut d = Draft::default();
    let values: Vec<&str> = cells.iter().map(|(_, c)| c.trim()).collect();
    if let Some(cols) = cols.filter(|c| c.len() == values.len()) {
        let mut fine = true;
        for (col, v) in cols.iter().zip(&values) {
            fine &= d.set(*col, v);
        }
        if fine && d.whole() {
            return Some(d);
        }
        d = Draft::default();
    }
    // by content; a cell that holds an amount and words ("€142,79 Verwerkt": a recognised
    // picture's gap too narrow to split them) is an amount and a text
    let values: Vec<&str> = values.iter().flat_map(|v| apart(v)).collect();
    let mut amounts = Vec::new();
    let mut texts = Vec::new();
    for v in values.iter().filter(|v| !v.is_empty()) {
        if let Some((from, to)) = fields::period(v) {
            if d.row.date.is_none() {
                d.row.date = Some(from);
                d.row.end_date = to;
            } else if d.row.end_date.is_none() {
                // a period after the care date ("05-10-2026 | 05-10-2026 t/m 05-10-2026"), or the
                // end date in a column of its own
                let end = if Some(from) == d.row.date { to } else { to.or(Some(from)) };
                d.row.end_date = end.filter(|e| Some(*e) > d.row.date);
            }
        } else if is_code(v) && d.row.code.is_none() {
            d.row.code = Some(v.to_string());
        } else if fields::is_amount(v) {
            amounts.push(fields::amount(v)?);
        } else if !matches!(*v, "-" | "–" | "—") {
            texts.push(*v);
        }
    }
    d.row.date?;
    if amounts.is_empty() {
        return None;
    }
    let text_cols: Vec<Col> = cols
        .map(|c| {
            c.iter()
                .copied()
                .filter(|c| {
                    matches!(
                        c,
                        Col::Provider
                            | Col::Kind
                            | Col::Description
                            | Col::Status
                            | Col::Reason
                            | Col::Claim
                            | Col::Person
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut texts = texts.into_iter();
    if text_cols.is_empty() {
        // without titles: a status in words, the longest text the description, the first other one the provider
        let mut rest: Vec<&str> = Vec::new();
        for t in texts {
            match fields::status(t) {
                Some(s) if t.split_whitespace().count() <= 4 => d.row.status = s,
                _ => rest.push(t),
            }
        }
        if let Some(i) = rest.iter().enumerate().max_by_key(|(_, t)| t.len()).map(|(i, _)| i) {
            d.row.description = rest.remove(i).to_string();
        }
        d.row.provider = rest.first().map(|t| t.to_string());
    } else {
        for col in text_cols {
            if let Some(t) = texts.next() {
                d.set(col, t);
            }
        }
    }
    let amount_cols: Vec<Col> = cols.map(|c| c.iter().copied().filter(|c| c.is_amount()).collect()).unwrap_or_default();
    let placed = place(&amounts, &amount_cols);
    for (col, a) in placed {
        *d.amount_slot(col) = Some(a);
    }
    Some(d)
}

/// A cell split where an amount meets words: the amount (with a currency sign written apart) and
/// the text on either side of it; any other cell as it is.
fn apart(cell: &str) -> Vec<&str> {
    let words: Vec<(usize, &str)> = cell
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let Some(i) = words.iter().position(|(_, w)| fields::is_amount(w)) else { return vec![cell] };
    if words.len() < 2 || fields::is_amount(cell) {
        return vec![cell];
    }
    // the amount's words: a currency sign written apart in front of it
    let from = if i > 0 && matches!(words[i - 1].1, "€" | "EUR") { i - 1 } else { i };
    let start = words[from].0;
    let end = words[i].0 + words[i].1.len();
    [cell[..start].trim(), &cell[start..end], cell[end..].trim()].into_iter().filter(|p| !p.is_empty()).collect()
}

/// Which amount column each amount is in, when there are fewer amounts than columns (or no titles):
/// the placing where the declared amount is the sum of the others, else the last columns.
fn place(amounts: &[Decimal], cols: &[Col]) -> Vec<(Col, Decimal)> {
    if cols.is_empty() {
        // no titles: one amount is the plain amount; several, the first is what was declared
        return match amounts {
            [one] => vec![(Col::Amount, *one)],
            [first, rest @ ..] => {
                let mut out = vec![(Col::Declared, *first)];
                let names = [Col::Reimbursed, Col::EigenRisico, Col::EigenBijdrage];
                out.extend(rest.iter().zip(names).map(|(a, c)| (c, *a)));
                out
            }
            [] => Vec::new(),
        };
    }
    if amounts.len() >= cols.len() {
        let skip = amounts.len() - cols.len();
        return cols.iter().copied().zip(amounts[skip..].iter().copied()).collect();
    }
    // every way to choose which columns hold the amounts, in order (at most a few dozen)
    let n = cols.len();
    let k = amounts.len();
    let mut best: Option<Vec<usize>> = None;
    for mask in 0u32..(1 << n.min(10)) {
        if mask.count_ones() as usize != k {
            continue;
        }
        let chosen: Vec<usize> = (0..n).filter(|i| mask & (1 << i) != 0).collect();
        let get = |c: Col| chosen.iter().position(|i| cols[*i] == c).map(|p| amounts[p]);
        if let Some(declared) = get(Col::Declared) {
            let parts: Decimal = [Col::Reimbursed, Col::EigenRisico, Col::EigenBijdrage, Col::Rejected]
                .iter()
                .filter_map(|c| get(*c))
                .sum();
            if k > 1 && parts == declared {
                best = Some(chosen);
                break;
            }
        }
    }
    let chosen = best.unwrap_or_else(|| (n - k..n).collect());
    chosen.into_iter().zip(amounts.iter().copied()).map(|(i, a)| (cols[i], a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::overview::columns::{split, titles};

    #[test]
    fn a_dropped_empty_cell_is_placed_by_the_sum() {
        let cols = titles(&split("Datum  Zorgverlener  Gedeclareerd  Vergoed  Eigen risico  Eigen bijdrage")).unwrap();
        // "Vergoed" left empty: 120,00 = 0 + 120,00 (eigen risico), no eigen bijdrage
        let d = row(&split("12-02-2026  Praktijk Ruimte  € 120,00  € 120,00"), Some(&cols)).unwrap();
        assert_eq!(d.row.declared, Some(Decimal::new(12000, 2)));
        assert_eq!(d.row.reimbursed, Some(Decimal::new(12000, 2)));
        let d = row(&split("12-02-2026  Praktijk Ruimte  € 120,00  € 20,00  € 100,00"), Some(&cols)).unwrap();
        assert_eq!((d.row.reimbursed, d.row.eigen_risico), (Some(Decimal::new(2000, 2)), Some(Decimal::new(10000, 2))));
        assert_eq!(d.row.provider.as_deref(), Some("Praktijk Ruimte"));
    }
}
