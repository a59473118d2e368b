//! One entry point: files in, a [`Report`] out. The command line and the web app both render a
//! `Report`; neither reads or checks anything itself.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::model::money;
use crate::model::{LineKind, Model, Nota, PrestatieKind, StayKind};
use crate::read::limits::MAX_FILES;
use crate::read::{self, Format, Position, Problem, ReadError};
use crate::rules::checks::{Finding, check};
use crate::rules::clusters::{self, Resolution};
pub use crate::rules::context::MaxTariff;
use crate::rules::context::{LineContext, QuarterHours, per_quarter_hour};
use crate::rules::dbc::{self, Candidate, Comparison};
use crate::rules::matching::{Matching, match_notas};
use crate::rules::overview::{OverviewReport, check_overview};
use crate::rules::review::{self, Review};

/// A file to read: its name (for messages) and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
    /// The file's full size. Larger than `bytes.len()` when the browser read only the first part
    /// of a file over the size limit (so a phone never loads all of it).
    pub size: usize,
}

impl<'a> Input<'a> {
    pub fn new(name: &'a str, bytes: &'a [u8]) -> Self {
        Self { name, bytes, size: bytes.len() }
    }
}

/// A read error in a named file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub file: String,
    pub error: ReadError,
}

/// What was read from one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSummary {
    pub name: String,
    pub format: Format,
    pub notas: usize,
    /// An insurer's overviews, bills or settlements read from it.
    pub overviews: usize,
}

impl FileSummary {
    /// Nothing could be read from this file at all.
    pub fn unreadable(&self) -> bool {
        self.notas == 0 && self.overviews == 0
    }
}

/// Consecutive stay days of one kind, summarised as one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StayPeriod {
    pub kind: StayKind,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub days: usize,
    pub total: Decimal,
}

/// One nota with everything worked out about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotaReport {
    pub file: String,
    pub nota: Nota,
    pub model: Model,
    pub cluster: Option<Resolution>,
    pub review: Review,
    pub lines_total: Decimal,
    /// What this statement asks: the stated total, else the sum of the lines.
    pub month_total: Decimal,
    /// The trajectory so far: previously billed + `month_total`.
    pub cumulative: Decimal,
    pub stay_periods: Vec<StayPeriod>,
    pub findings: Vec<Finding>,
    /// Per line (same order as `nota.lines`): what its explanation needs besides the line.
    pub line_context: Vec<LineContext>,
}

impl NotaReport {
    /// Per calendar year of its lines: what counts toward the eigen risico, and the most paid.
    pub fn eigen_risico(&self) -> Vec<crate::rules::dbc::estimate::YearShare> {
        crate::rules::dbc::estimate::eigen_risico_by_year(
            [&self.nota],
            crate::rules::dbc::estimate::under_18(&self.nota),
        )
    }

    /// The context of line `index` (its maximum tariff, the consult a surcharge belongs to).
    pub fn context(&self, index: usize) -> LineContext {
        self.line_context.get(index).copied().unwrap_or_default()
    }

    /// Nothing on the nota is insured care (`uninsured_only`): no zorgvraagtype, review, contract or
    /// DBC comparison is said of it.
    pub fn uninsured_only(&self) -> bool {
        self.model == Model::Zpm && uninsured_only(&self.nota)
    }

    /// The cluster, when the nota's cluster line names one in the catalogue.
    pub fn cluster(&self) -> Option<&'static clusters::Cluster> {
        self.cluster?.cluster()
    }
}

/// Everything about a set of files read together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub today: NaiveDate,
    pub files: Vec<FileSummary>,
    pub notas: Vec<NotaReport>,
    pub comparison: Option<Comparison>,
    /// The insurer's overviews, bills and settlements (`crate::rules::overview`).
    pub overviews: Vec<OverviewReport>,
    /// A nota and an overview read together: each nota line matched to a row.
    pub matching: Option<Matching>,
    pub errors: Vec<FileError>,
}

impl Report {
    /// The nota the overview is about: the cluster statement of the comparison, else the latest
    /// zorgcluster or ZPM statement, else the first nota.
    pub fn primary(&self) -> Option<&NotaReport> {
        if let Some(c) = &self.comparison {
            return self.notas.get(c.cluster_nota);
        }
        self.notas
            .iter()
            .enumerate()
            .filter(|(_, n)| n.model != Model::Dbc)
            .max_by_key(|(i, n)| {
                (n.nota.billing_month, n.nota.invoice_date.as_ref().map(|d| d.value), n.nota.sequence, *i)
            })
            .map(|(_, n)| n)
            .or_else(|| self.notas.first())
    }

    /// For a zorgprestatiemodel trajectory: what the DBC model would have billed, and the eigen
    /// risico under each model (`dbc::estimate`). Worked out when asked for (the command line and
    /// the JSON export ask; the web app does not yet, so none of it is in its download).
    pub fn counterfactual(&self) -> Option<crate::rules::dbc::estimate::Counterfactual> {
        let parts: Vec<crate::rules::dbc::estimate::Part> = self
            .notas
            .iter()
            .enumerate()
            .filter(|(_, n)| n.model == Model::Zpm && !n.uninsured_only())
            .map(|(index, n)| crate::rules::dbc::estimate::Part { index, nota: &n.nota, total: n.month_total })
            .collect();
        crate::rules::dbc::estimate::counterfactual(&parts)
    }

    /// Every finding of every nota, with the nota it belongs to.
    pub fn findings(&self) -> impl Iterator<Item = (&NotaReport, &Finding)> {
        self.notas.iter().flat_map(|n| n.findings.iter().map(move |f| (n, f)))
    }
}

/// A file as read, before the analysis: the first of the two steps of [`analyse`], so a caller
/// (the browser) can do them in separate tasks.
#[derive(Clone, Debug)]
pub struct ReadFile {
    pub name: String,
    pub outcome: read::Outcome,
}

/// Step one: reads each file (at most [`MAX_FILES`]; the others get an error).
pub fn read_all(inputs: &[Input]) -> Vec<ReadFile> {
    inputs
        .iter()
        .enumerate()
        .map(|(i, input)| {
            let outcome = if i >= MAX_FILES {
                read::Outcome {
                    format: Format::Text,
                    notas: Vec::new(),
                    overviews: Vec::new(),
                    errors: vec![ReadError::new(Position::FILE, Problem::TooManyFiles { limit: MAX_FILES })],
                }
            } else {
                let mut outcome = read::read(input.bytes);
                if input.size > input.bytes.len() {
                    let limit = read::limits::MAX_FILE_BYTES;
                    outcome
                        .errors
                        .insert(0, ReadError::new(Position::FILE, Problem::FileTooLarge { size: input.size, limit }));
                }
                outcome
            };
            ReadFile { name: input.name.to_string(), outcome }
        })
        .collect()
}

/// Step two: checks every nota, works out totals and reviews, and compares with DBC.
pub fn analyse_read(read: Vec<ReadFile>, today: NaiveDate) -> Report {
    let mut files = Vec::new();
    let mut notas = Vec::new();
    let mut errors = Vec::new();
    let mut overviews = Vec::new();
    for ReadFile { name, outcome } in read {
        let too_many =
            matches!(outcome.errors.first(), Some(e) if e.problem == (Problem::TooManyFiles { limit: MAX_FILES }));
        if !too_many {
            files.push(FileSummary {
                name: name.clone(),
                format: outcome.format,
                notas: outcome.notas.len(),
                overviews: outcome.overviews.len(),
            });
        }
        errors.extend(outcome.errors.into_iter().map(|error| FileError { file: name.clone(), error }));
        overviews.extend(outcome.overviews.into_iter().map(|o| check_overview(&name, o, today)));
        for nota in outcome.notas {
            match analyse_nota(&name, nota, today) {
                Ok(report) => notas.push(report),
                Err(error) => errors.push(FileError { file: name.clone(), error }),
            }
        }
    }
    let candidates: Vec<Candidate> = notas
        .iter()
        .map(|n| Candidate { nota: &n.nota, model: n.model, month_total: n.month_total, cumulative: n.cumulative })
        .collect();
    let comparison = dbc::compare(&candidates);
    let matching = match_notas(&notas.iter().map(|n| &n.nota).collect::<Vec<_>>(), &overviews);
    Report { today, files, notas, comparison, overviews, matching, errors }
}

/// Reads and analyses the files together; `today` is the day review dates are measured against.
pub fn analyse(inputs: &[Input], today: NaiveDate) -> Report {
    analyse_read(read_all(inputs), today)
}

/// The analysis of a single text (pasted, or sent by an embedding page).
pub fn analyse_text(name: &str, text: &str, today: NaiveDate) -> Report {
    analyse(&[Input::new(name, text.as_bytes())], today)
}

fn analyse_nota(file: &str, nota: Nota, today: NaiveDate) -> Result<NotaReport, ReadError> {
    let overflow = || ReadError::new(Position::new(nota.first_line, 1), Problem::TooLargeToAdd);
    let lines_total = money::sum(nota.lines.iter().map(|l| l.amount)).ok_or_else(overflow)?;
    let month_total = nota.stated_total.as_ref().map_or(lines_total, |t| t.value);
    let cumulative = month_total.checked_add(nota.previously_billed.unwrap_or_default()).ok_or_else(overflow)?;
    let model = nota.model();
    let resolution = nota.cluster.as_ref().map(|c| match model {
        Model::Zpm => clusters::resolve_zorgvraagtype(&c.value),
        _ => clusters::resolve(&c.value),
    });
    let cluster = resolution.and_then(Resolution::cluster);
    let stated = nota.review_date.as_ref().map(|r| r.value);
    // Whether a review was due is judged at the nota's last day of care, not today.
    let last_care = nota.lines.iter().filter_map(|l| l.date).max();
    let last_care = match model {
        Model::Zpm => last_care.or(nota.invoice_date.as_ref().map(|d| d.value)),
        _ => last_care.or(nota.end_date).or(nota.billing_month.map(|m| m.last_day())),
    };
    let on = last_care.filter(|d| *d < today);
    let day = on.unwrap_or(today);
    let mut review = match model {
        Model::Zpm => review::zpm_review(stated, nota.start_date, last_care, day),
        _ => review::review(stated, cluster, nota.start_date, nota.end_date, day),
    };
    review.on = on;
    // a nota of only care outside the basic package has no zorgvraagtype to assess again
    if model == Model::Zpm && uninsured_only(&nota) {
        review = Review { on, ..Review::default() };
    }
    let line_context = line_contexts(&nota);
    let findings = check(&nota, lines_total, resolution, &review, &line_context);
    let stay_periods = stay_periods(&nota).ok_or_else(overflow)?;
    Ok(NotaReport {
        file: file.to_string(),
        model,
        cluster: resolution,
        review,
        lines_total,
        month_total,
        cumulative,
        stay_periods,
        findings,
        line_context,
        nota,
    })
}

/// Every line is care the basic insurance never pays (outside the basic package, a missed
/// appointment, a fee of the provider's own: `payment::Reason::of`): there is no insured care on
/// the nota.
pub fn uninsured_only(nota: &Nota) -> bool {
    !nota.lines.is_empty() && nota.lines.iter().all(|l| crate::rules::payment::Reason::of(&l.kind).is_some())
}

/// Per line: the maximum tariff of its code in its year, and for a surcharge the consult it
/// belongs to (a consult on the same day).
fn line_contexts(nota: &Nota) -> Vec<LineContext> {
    if !nota.lines.iter().any(|l| matches!(l.kind, LineKind::Prestatie(_))) {
        return Vec::new();
    }
    // the days with a consult, sorted (with the program's one sort), for a binary search
    let mut consult_days: Vec<chrono::NaiveDate> = nota
        .lines
        .iter()
        .filter(|l| matches!(&l.kind, LineKind::Prestatie(p) if p.kind == PrestatieKind::Consult))
        .filter(|l| !l.amount.is_sign_negative())
        .filter_map(|l| l.date)
        .collect();
    crate::util::order::sort_by_key(&mut consult_days, |d| day_key(*d));
    // the rows of each talk billed per 15 minutes (same code, same day; credits apart)
    let per_quarter = |l: &crate::model::Line| {
        per_quarter_hour(l.code.as_deref(), l.date) && !l.amount.is_sign_negative() && !l.amount.is_zero()
    };
    let mut talks: Vec<(Option<&str>, Option<chrono::NaiveDate>, QuarterHours)> = Vec::new();
    for l in nota.lines.iter().filter(|l| per_quarter(l)) {
        match talks.iter_mut().find(|(c, d, _)| *c == l.code.as_deref() && *d == l.date) {
            Some((_, _, q)) => {
                q.count = q.count.saturating_add(1);
                q.last_line_no = l.line_no;
                q.amount = q.amount.checked_add(l.amount).unwrap_or(q.amount);
            }
            None => talks.push((
                l.code.as_deref(),
                l.date,
                QuarterHours { count: 1, first_line_no: l.line_no, last_line_no: l.line_no, amount: l.amount },
            )),
        }
    }
    nota.lines
        .iter()
        .map(|l| {
            let max_tariff = match (&l.code, l.date) {
                (Some(code), Some(date)) => {
                    let year = chrono::Datelike::year(&date);
                    crate::tariffs::zpm::maximum(code, year).map(|(amount, source)| MaxTariff { year, amount, source })
                }
                _ => None,
            };
            let consult_date = match &l.kind {
                LineKind::Prestatie(p) if p.kind == PrestatieKind::Surcharge => {
                    l.date.filter(|d| consult_days.binary_search(d).is_ok())
                }
                _ => None,
            };
            // what the description says without its code, where the table says what the code is
            let described = l
                .code
                .as_deref()
                .and_then(crate::tariffs::zpm::row)
                .filter(|r| r.prestatie.kind == PrestatieKind::Consult)
                .and_then(|_| match crate::read::prestatie::classify(None, &l.description, "") {
                    LineKind::Prestatie(p) => Some(p),
                    _ => None,
                });
            let quarter_hours = per_quarter(l)
                .then(|| talks.iter().find(|(c, d, _)| *c == l.code.as_deref() && *d == l.date).map(|t| t.2))
                .flatten()
                // one row alone may bill several quarters in one line: its own words say how long
                .filter(|q| q.count > 1);
            LineContext { max_tariff, consult_date, described, quarter_hours, amount_unknown: false }
        })
        .collect()
}

/// A date as a sort key: days from 1 January of year 1, shifted so every date chrono allows is
/// positive.
fn day_key(date: NaiveDate) -> u64 {
    (i64::from(chrono::Datelike::num_days_from_ce(&date)) + (1 << 40)) as u64
}

/// Consecutive days of the same kind of stay, as periods, in date order.
fn stay_periods(nota: &Nota) -> Option<Vec<StayPeriod>> {
    let mut days: Vec<(NaiveDate, StayKind, Decimal)> = nota
        .lines
        .iter()
        .filter_map(|l| match (&l.kind, l.date) {
            (crate::model::LineKind::Stay(kind), Some(date)) => Some((date, *kind, l.amount)),
            _ => None,
        })
        .collect();
    // days from 1 January of year 1, shifted so every date chrono allows is a positive key
    crate::util::order::sort_by_key(&mut days, |(date, ..)| day_key(*date));
    let mut periods: Vec<StayPeriod> = Vec::new();
    for (date, kind, amount) in days {
        match periods.last_mut() {
            Some(p) if p.kind == kind && (p.last.succ_opt() == Some(date) || p.last == date) => {
                if p.last != date {
                    p.days += 1;
                }
                p.last = date;
                p.total = p.total.checked_add(amount)?;
            }
            _ => periods.push(StayPeriod { kind, first: date, last: date, days: 1, total: amount }),
        }
    }
    Some(periods)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_group_into_periods() {
        let text = "Declaratie februari 2017\nVerblijf (19-2): € 400\nVerblijf (20-2): € 400\nVerblijf (21-2): € 400\nVerblijf dagklinisch (23-2): € 200\nVerblijf (25-2): € 400\n";
        let report = analyse_text("x.txt", text, NaiveDate::from_ymd_opt(2017, 3, 1).unwrap());
        let periods = &report.notas[0].stay_periods;
        assert_eq!(periods.len(), 3);
        assert_eq!(periods[0].days, 3);
        assert_eq!(periods[0].total, Decimal::from(1200));
        assert_eq!(periods[1].kind, StayKind::Dagklinisch);
        assert_eq!(periods[2].days, 1);
    }
}
