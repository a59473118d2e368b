//! The JSON shape of the insurer's overviews and of a nota matched to them (`overviews` and
//! `matches` in [`crate::engine::export::JsonReport`]). Amounts strings with two decimals, null
//! where absent; persons by number, never by name; no birth date, no policy number.

use serde::Serialize;

use crate::model::money::canonical;
use crate::rules::analysis::Report;
use crate::rules::overview::{Finding, OverviewReport, ToPay};
use crate::words::explain::insurer;
use crate::words::lang::Lang;

#[derive(Serialize)]
pub struct JsonOverview {
    pub file: String,
    /// "declarations", "eigen_risico_bill" or "settlement".
    pub kind: &'static str,
    pub insurer: Option<String>,
    pub persons: usize,
    pub rows: Vec<JsonRow>,
    pub eigen_risico: Vec<JsonOverviewYear>,
    /// What the document asks now (a bill), or null.
    pub to_pay: Option<String>,
    /// The calendar years of the care a bill asks for.
    pub to_pay_years: Vec<i32>,
    /// What a settlement pays back, or null.
    pub refund: Option<String>,
    pub findings: Vec<JsonOverviewFinding>,
}

/// A finding or a note, in the shape of a nota's findings.
#[derive(Serialize)]
pub struct JsonOverviewFinding {
    pub code: &'static str,
    /// "problem": something that may be wrong; "information": worth knowing, and no error.
    pub kind: &'static str,
    /// The line of the file it is about, where there is one.
    pub line_no: Option<usize>,
    pub message: String,
}

#[derive(Serialize)]
pub struct JsonRow {
    pub row_no: usize,
    /// The insured person, from 1 (by place on the document, never by name).
    pub person: usize,
    pub date: Option<String>,
    pub end_date: Option<String>,
    pub provider: Option<String>,
    pub description: String,
    /// "ggz" or "other".
    pub care: &'static str,
    pub code: Option<String>,
    pub declared: Option<String>,
    pub reimbursed: Option<String>,
    pub eigen_risico: Option<String>,
    pub eigen_bijdrage: Option<String>,
    pub rejected: Option<String>,
    /// "processed", "pending" or "rejected".
    pub status: &'static str,
    pub reason: Option<String>,
    pub explanation: String,
}

#[derive(Serialize)]
pub struct JsonOverviewYear {
    pub year: i32,
    pub person: usize,
    /// The year's compulsory eigen risico (null when not known, or for a person under 18).
    pub amount: Option<String>,
    /// What the processed rows of the year charged.
    pub charged: String,
    pub stated_remaining: Option<String>,
    pub remaining: Option<String>,
}

#[derive(Serialize)]
pub struct JsonMatch {
    /// The nota (index in `notas`) and its line.
    pub nota: usize,
    pub line_no: usize,
    /// The overview (index in `overviews`) and its row; null for a line not processed yet.
    pub overview: Option<usize>,
    pub row_no: Option<usize>,
    /// "processed", "pending", "not_processed", "amount_differs", "twice".
    pub status: &'static str,
}

fn money(a: Option<rust_decimal::Decimal>) -> Option<String> {
    a.map(canonical)
}

pub fn overview(o: &OverviewReport, lang: Lang) -> JsonOverview {
    let (to_pay, to_pay_years, refund) = match &o.to_pay {
        ToPay::Owes { amount, years } => (Some(canonical(*amount)), years.clone(), None),
        ToPay::Refund { amount, .. } => (None, Vec::new(), Some(canonical(*amount))),
        ToPay::NotABill => (None, Vec::new(), None),
    };
    let line_of = |f: &Finding| match f {
        Finding::Verkennend { row_no, .. } | Finding::Minor { row_no, .. } | Finding::Twice { row_no, .. } => {
            Some(*row_no)
        }
        Finding::StandDoesNotAdd { line_no, .. } | Finding::RowsAboveStand { line_no, .. } => Some(*line_no),
        _ => None,
    };
    let findings = o
        .findings
        .iter()
        .map(|f| JsonOverviewFinding {
            code: f.code(),
            kind: "problem",
            line_no: line_of(f),
            message: insurer::finding(o, f, lang),
        })
        .chain(o.notes.iter().filter_map(|n| {
            insurer::note(o, n, lang).map(|message| JsonOverviewFinding {
                code: n.code(),
                kind: "information",
                line_no: None,
                message,
            })
        }))
        .collect();
    JsonOverview {
        file: o.file.clone(),
        kind: o.overview.kind.code(),
        insurer: o.overview.insurer.clone(),
        persons: o.overview.persons.len().max(1),
        rows: o
            .overview
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| JsonRow {
                row_no: r.row_no,
                person: r.person + 1,
                date: r.date.map(|d| d.to_string()),
                end_date: r.end_date.map(|d| d.to_string()),
                provider: r.provider.clone(),
                description: r.description.clone(),
                care: r.care.code(),
                code: r.code.clone(),
                declared: money(r.declared),
                reimbursed: money(r.reimbursed),
                eigen_risico: money(r.eigen_risico),
                eigen_bijdrage: money(r.eigen_bijdrage),
                rejected: money(r.rejected),
                status: r.status.code(),
                reason: r.reason.clone(),
                explanation: insurer::row(r, o.max_tariffs.get(i).copied().flatten(), lang),
            })
            .collect(),
        eigen_risico: o
            .years
            .iter()
            .map(|y| JsonOverviewYear {
                year: y.year,
                person: y.person + 1,
                amount: money(y.amount),
                charged: canonical(y.charged),
                stated_remaining: money(y.stated_remaining),
                remaining: money(y.remaining),
            })
            .collect(),
        to_pay,
        to_pay_years,
        refund,
        findings,
    }
}

/// Every nota line matched, not processed, or a second declaration.
pub fn matches(report: &Report) -> Vec<JsonMatch> {
    let Some(m) = &report.matching else { return Vec::new() };
    let mut out: Vec<JsonMatch> = m
        .matches
        .iter()
        .map(|x| JsonMatch {
            nota: x.nota,
            line_no: x.line_no,
            overview: Some(x.overview),
            row_no: Some(x.row_no),
            status: if x.declared_differs { "amount_differs" } else { x.status.code() },
        })
        .collect();
    out.extend(m.unprocessed.iter().map(|(n, line_no)| JsonMatch {
        nota: *n,
        line_no: *line_no,
        overview: None,
        row_no: None,
        status: "not_processed",
    }));
    out.extend(m.twice.iter().map(|(o, row_no, n, line_no)| JsonMatch {
        nota: *n,
        line_no: *line_no,
        overview: Some(*o),
        row_no: Some(*row_no),
        status: "twice",
    }));
    out
}
