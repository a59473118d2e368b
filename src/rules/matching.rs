//! A provider's nota and the insurer's overview of the same care, opened together: each nota line
//! matched to an overview row (the care date, then the code where both have one, the kind of care
//! from the words, the amount), so the patient sees which lines the insurer has processed, which
//! not yet, which rows have no nota (normal under a contract), amounts that differ, a row declared
//! twice, and for a provider without a contract what the insurer paid against the nota.

use rust_decimal::Decimal;

use crate::model::money::plus;
use crate::model::overview::{Care, OverviewRow, Status};
use crate::model::{LineKind, Nota};
use crate::read::prestatie::classify;
use crate::rules::overview::OverviewReport;

/// A nota line and the overview row it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub nota: usize,
    pub line_no: usize,
    pub overview: usize,
    pub row_no: usize,
    /// The row's declared amount is not the line's amount.
    pub declared_differs: bool,
    pub status: Status,
}

/// Everything the pair says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matching {
    pub matches: Vec<Match>,
    /// Nota lines without a row: not processed yet (or not declared).
    pub unprocessed: Vec<(usize, usize)>,
    /// Mental-care rows without a nota line (overview, row).
    pub without_nota: Vec<(usize, usize)>,
    /// A second row for one nota line (overview, row, nota, line).
    pub twice: Vec<(usize, usize, usize, usize)>,
    /// What the insurer paid against the nota's lines, and charged to the eigen risico.
    pub reimbursed: Decimal,
    pub eigen_risico: Decimal,
    /// The amount of the nota lines the insurer has not processed yet.
    pub unprocessed_amount: Decimal,
}

fn kind_of(description: &str, code: Option<&str>) -> LineKind {
    classify(code, description, "")
}

fn matches_line(line: &crate::model::Line, row: &OverviewRow) -> Option<u8> {
    if line.date.is_none() || line.date != row.date {
        return None;
    }
    let amount = row.declared == Some(line.amount);
    Some(match (&line.code, &row.code) {
        (Some(a), Some(b)) if a.eq_ignore_ascii_case(b) => 4 + u8::from(amount),
        (Some(_), Some(_)) => return None,
        _ if kind_of(&line.description, line.code.as_deref()) == kind_of(&row.description, row.code.as_deref()) => {
            2 + u8::from(amount)
        }
        _ if amount => 1,
        _ => return None,
    })
}

/// Matches every dated nota line to the overview rows; `None` without both.
pub fn match_notas(notas: &[&Nota], overviews: &[OverviewReport]) -> Option<Matching> {
    if notas.is_empty() || overviews.is_empty() {
        return None;
    }
    let mut m = Matching::default();
    let mut used: Vec<(usize, usize)> = Vec::new();
    for (n, nota) in notas.iter().enumerate() {
        for line in nota.lines.iter().filter(|l| l.date.is_some() && !l.amount.is_sign_negative()) {
            let mut candidates: Vec<(u8, usize, &OverviewRow)> = overviews
                .iter()
                .enumerate()
                .flat_map(|(o, r)| r.overview.rows.iter().map(move |row| (o, row)))
                .filter(|(_, row)| row.status != Status::Rejected || row.declared.is_some())
                .filter_map(|(o, row)| matches_line(line, row).map(|score| (score, o, row)))
                .collect();
            crate::util::order::sort_by_key(&mut candidates, |c| u64::from(u8::MAX - c.0));
            let free: Vec<&(u8, usize, &OverviewRow)> =
                candidates.iter().filter(|(_, o, row)| !used.contains(&(*o, row.row_no))).collect();
            match free.first().copied() {
                Some((score, o, row)) => {
                    used.push((*o, row.row_no));
                    m.matches.push(Match {
                        nota: n,
                        line_no: line.line_no,
                        overview: *o,
                        row_no: row.row_no,
                        declared_differs: row.declared.is_some_and(|d| d != line.amount),
                        status: row.status,
                    });
                    if row.status == Status::Processed {
                        m.reimbursed = plus(m.reimbursed, row.reimbursed.unwrap_or_default());
                        m.eigen_risico = plus(m.eigen_risico, row.eigen_risico.unwrap_or_default());
                    } else {
                        m.unprocessed_amount = plus(m.unprocessed_amount, line.amount);
                    }
                    // a second row as good as the first, for the same line: declared twice
                    if *score >= 3
                        && let Some((_, o2, row2)) =
                            free.iter().skip(1).find(|(s, _, r)| *s == *score && r.status != Status::Rejected)
                    {
                        used.push((*o2, row2.row_no));
                        m.twice.push((*o2, row2.row_no, n, line.line_no));
                    }
                }
                None => {
                    m.unprocessed.push((n, line.line_no));
                    m.unprocessed_amount = plus(m.unprocessed_amount, line.amount);
                }
            }
        }
    }
    for (o, r) in overviews.iter().enumerate() {
        for row in r.overview.rows.iter().filter(|row| row.care == Care::Ggz) {
            if !used.contains(&(o, row.row_no)) {
                m.without_nota.push((o, row.row_no));
            }
        }
    }
    Some(m)
}
