//! Checks over one nota: what a patient should ask about. Each finding has a stable code (for
//! machines and embedding portals) and the data its sentence needs; the sentences themselves are
//! in `explain`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::model::{LineKind, Model, Nota, Prestatie, PrestatieKind, YearMonth};
use crate::rules::clusters::{Cluster, Interval, Resolution};
use crate::rules::context::LineContext;
use crate::rules::review::{Review, Status};
use crate::util::fold::fold;
use crate::util::hashing::FastMap;

/// Something on the nota that looks wrong, or ([`Finding::is_information`]) that is worth knowing
/// and is no error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The stated total differs from the sum of the lines.
    TotalMismatch { line_no: usize, stated: Decimal, lines_total: Decimal },
    /// The same description, date and amount as an earlier line.
    DuplicateLine { line_no: usize, first_line_no: usize },
    /// A line dated outside the billed month (zorgcluster statements bill one month).
    DateOutsideMonth { line_no: usize, date: NaiveDate, month: YearMonth },
    /// A line dated before the start or after the end of the trajectory.
    DateOutsideTrajectory { line_no: usize, date: NaiveDate, start: Option<NaiveDate>, end: Option<NaiveDate> },
    /// The review date has passed and the care had not ended by then. `retype`: on a ZPM nota,
    /// the yearly re-assessment of the zorgvraagtype.
    /// `on`: the nota's last day of care, when the review was judged at it (not today).
    ReviewOverdue { line_no: Option<usize>, due: NaiveDate, days_ago: i64, retype: bool, on: Option<NaiveDate> },
    /// The stated review date is later than the cluster's interval allows.
    ReviewBeyondInterval { line_no: usize, stated: NaiveDate, latest: NaiveDate, interval: Interval, cluster: u8 },
    /// The cluster is not in the catalogue.
    /// (`zorgvraagtype`: the ZPM's zorgvraagtype, numbered 1–21 without 9.)
    UnknownCluster { line_no: usize, text: String, zorgvraagtype: bool },
    /// The cluster's number and name point at different clusters.
    ClusterConflict { line_no: usize, by_number: u8, by_name: u8 },
    /// A ZPM line above the NZa maximum tariff of its code in the year of its date.
    AboveMaxTariff { line_no: usize, code: String, year: i32, max: Decimal, amount: Decimal },
    /// A line dated after the invoice date.
    DateAfterInvoice { line_no: usize, date: NaiveDate, invoice_date: NaiveDate },
    /// A surcharge with no consult on its date on the nota.
    SurchargeWithoutConsult { line_no: usize, date: Option<NaiveDate> },
    /// Care outside the basic package: the patient pays it (not an error).
    NonInsured { line_no: usize, amount: Decimal },
    /// A line whose description names another duration, consult type or profession than its code
    /// (the code sets the price).
    CodeDescriptionMismatch { line_no: usize, code: String, coded: Prestatie, described: Prestatie },
    /// An "Aantal | Tarief | Bedrag" line whose count times unit price is not its amount.
    QuantityMismatch { line_no: usize, quantity: Decimal, unit_price: Decimal, amount: Decimal },
    /// Rows of one talk billed per 15 minutes (OV0012 since 2026): one talk, not a line twice
    /// (information).
    /// `amount`: the talk's rows together. Care outside the basic package: said here, not apart.
    QuarterHours { line_no: usize, last_line_no: usize, date: NaiveDate, count: u16, amount: Decimal },
    /// The nota says a privacyverklaring keeps the diagnosis and the zorgvraagtype off it
    /// (information: that is allowed).
    PrivacyStatement,
}

/// Every finding code, in alphabetical order (the order the embedding protocol reports them in).
pub const CODES: [&str; 16] = [
    "above_max_tariff",
    "cluster_conflict",
    "code_description_mismatch",
    "date_after_invoice",
    "date_outside_month",
    "date_outside_trajectory",
    "duplicate_line",
    "non_insured",
    "privacy_statement",
    "quantity_mismatch",
    "quarter_hours",
    "review_beyond_interval",
    "review_overdue",
    "surcharge_without_consult",
    "total_mismatch",
    "unknown_cluster",
];

impl Finding {
    /// How much it matters to the patient, most first (0): money asked wrongly, then dates, then
    /// the review and the cluster, then what is only worth knowing.
    pub fn rank(&self) -> u8 {
        match self {
            Finding::TotalMismatch { .. } | Finding::AboveMaxTariff { .. } | Finding::QuantityMismatch { .. } => 0,
            Finding::DuplicateLine { .. } | Finding::CodeDescriptionMismatch { .. } => 1,
            Finding::DateAfterInvoice { .. }
            | Finding::DateOutsideMonth { .. }
            | Finding::DateOutsideTrajectory { .. } => 2,
            Finding::SurchargeWithoutConsult { .. } => 3,
            Finding::ReviewOverdue { .. } | Finding::ReviewBeyondInterval { .. } => 4,
            Finding::UnknownCluster { .. } | Finding::ClusterConflict { .. } => 5,
            Finding::NonInsured { .. } | Finding::QuarterHours { .. } | Finding::PrivacyStatement => 6,
        }
    }

    /// Worth knowing, and no error: care outside the basic package, a talk billed per 15 minutes,
    /// a privacyverklaring. Shown apart from what may be wrong, never in the letter's questions.
    pub fn is_information(&self) -> bool {
        matches!(self, Finding::NonInsured { .. } | Finding::QuarterHours { .. } | Finding::PrivacyStatement)
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Finding::TotalMismatch { .. } => "total_mismatch",
            Finding::DuplicateLine { .. } => "duplicate_line",
            Finding::DateOutsideMonth { .. } => "date_outside_month",
            Finding::DateOutsideTrajectory { .. } => "date_outside_trajectory",
            Finding::ReviewOverdue { .. } => "review_overdue",
            Finding::ReviewBeyondInterval { .. } => "review_beyond_interval",
            Finding::UnknownCluster { .. } => "unknown_cluster",
            Finding::ClusterConflict { .. } => "cluster_conflict",
            Finding::AboveMaxTariff { .. } => "above_max_tariff",
            Finding::DateAfterInvoice { .. } => "date_after_invoice",
            Finding::SurchargeWithoutConsult { .. } => "surcharge_without_consult",
            Finding::NonInsured { .. } => "non_insured",
            Finding::QuantityMismatch { .. } => "quantity_mismatch",
            Finding::CodeDescriptionMismatch { .. } => "code_description_mismatch",
            Finding::QuarterHours { .. } => "quarter_hours",
            Finding::PrivacyStatement => "privacy_statement",
        }
    }

    /// The line the finding is about, if it is about one line.
    pub fn line_no(&self) -> Option<usize> {
        match *self {
            Finding::TotalMismatch { line_no, .. }
            | Finding::DuplicateLine { line_no, .. }
            | Finding::DateOutsideMonth { line_no, .. }
            | Finding::DateOutsideTrajectory { line_no, .. }
            | Finding::ReviewBeyondInterval { line_no, .. }
            | Finding::UnknownCluster { line_no, .. }
            | Finding::ClusterConflict { line_no, .. }
            | Finding::AboveMaxTariff { line_no, .. }
            | Finding::DateAfterInvoice { line_no, .. }
            | Finding::SurchargeWithoutConsult { line_no, .. }
            | Finding::NonInsured { line_no, .. }
            | Finding::QuantityMismatch { line_no, .. }
            | Finding::CodeDescriptionMismatch { line_no, .. }
            | Finding::QuarterHours { line_no, .. } => Some(line_no),
            Finding::ReviewOverdue { line_no, .. } => line_no,
            Finding::PrivacyStatement => None,
        }
    }
}

/// Every check over one nota. `lines_total` is the (checked) sum of its lines; `context` holds
/// per line its maximum tariff and, for a surcharge, its consult (empty for a pilot nota).
pub fn check(
    nota: &Nota,
    lines_total: Decimal,
    cluster: Option<Resolution>,
    review: &Review,
    context: &[LineContext],
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(total) = &nota.stated_total
        && total.value != lines_total
    {
        findings.push(Finding::TotalMismatch { line_no: total.line_no, stated: total.value, lines_total });
    }
    duplicates(nota, &mut findings);
    for line in &nota.lines {
        if let (Some(quantity), Some(unit_price)) = (line.quantity, line.unit_price)
            && !counts_up(quantity, unit_price, line.amount)
        {
            findings.push(Finding::QuantityMismatch {
                line_no: line.line_no,
                quantity,
                unit_price,
                amount: line.amount,
            });
        }
    }
    let model = nota.model();
    for line in &nota.lines {
        let Some(date) = line.date else { continue };
        if model == Model::Zorgcluster
            && let Some(month) = nota.billing_month
            && !month.contains(date)
        {
            findings.push(Finding::DateOutsideMonth { line_no: line.line_no, date, month });
        }
        let before = nota.start_date.is_some_and(|s| date < s);
        let after = nota.end_date.is_some_and(|e| date > e);
        if before || after {
            findings.push(Finding::DateOutsideTrajectory {
                line_no: line.line_no,
                date,
                start: nota.start_date,
                end: nota.end_date,
            });
        }
    }
    if let (Some(cluster_line), Some(resolution)) = (&nota.cluster, cluster) {
        match resolution {
            Resolution::Found(_) => {}
            Resolution::Unknown => findings.push(Finding::UnknownCluster {
                line_no: cluster_line.line_no,
                text: cluster_line.value.clone(),
                zorgvraagtype: model == Model::Zpm,
            }),
            Resolution::Conflict { by_number, by_name } => findings.push(Finding::ClusterConflict {
                line_no: cluster_line.line_no,
                by_number: by_number.number,
                by_name: by_name.number,
            }),
        }
    }
    if model == Model::Zpm {
        zpm_findings(nota, context, &mut findings);
    }
    if nota.privacy_statement {
        findings.push(Finding::PrivacyStatement);
    }
    review_findings(nota, model, cluster, review, &mut findings);
    crate::util::order::sort_by_key(&mut findings, |f| f.line_no().map_or(u64::MAX, |n| n as u64));
    findings
}

/// The checks only a zorgprestatiemodel nota has.
fn zpm_findings(nota: &Nota, context: &[LineContext], findings: &mut Vec<Finding>) {
    let invoice_date = nota.invoice_date.as_ref().map(|d| d.value);
    for (i, line) in nota.lines.iter().enumerate() {
        let line_no = line.line_no;
        let ctx = context.get(i).copied().unwrap_or_default();
        // per unit where the line gives a count ("3 × € 12,09" for three 30-minute blocks)
        let per_unit = match (line.quantity, line.unit_price) {
            (Some(q), Some(price)) if !q.is_zero() && counts_up(q, price, line.amount) => price,
            _ => line.amount,
        };
        if let (Some(max), Some(code)) = (ctx.max_tariff, &line.code)
            && per_unit > max.amount
        {
            findings.push(Finding::AboveMaxTariff {
                line_no,
                code: code.clone(),
                year: max.year,
                max: max.amount,
                amount: line.amount,
            });
        }
        if let (Some(date), Some(invoice)) = (line.date, invoice_date)
            && date > invoice
        {
            findings.push(Finding::DateAfterInvoice { line_no, date, invoice_date: invoice });
        }
        // the description against the code, field by field, where both say it
        if let (Some(described), Some(code), Some(row)) =
            (ctx.described, &line.code, line.code.as_deref().and_then(crate::tariffs::zpm::row))
        {
            let coded = row.prestatie;
            if differ(coded.minutes, described.minutes)
                || differ(coded.consult, described.consult)
                || differ(coded.profession, described.profession)
            {
                findings.push(Finding::CodeDescriptionMismatch { line_no, code: code.clone(), coded, described });
            }
        }
        let LineKind::Prestatie(p) = &line.kind else { continue };
        let credit = line.amount.is_sign_negative();
        if p.kind == PrestatieKind::Surcharge && !credit && ctx.consult_date.is_none() {
            findings.push(Finding::SurchargeWithoutConsult { line_no, date: line.date });
        }
        // a talk billed per 15 minutes is said once, at its first row, with what it costs in all
        match (ctx.quarter_hours, line.date) {
            (Some(q), Some(date)) if q.first_line_no == line_no => {
                let (last_line_no, count, amount) = (q.last_line_no, q.count, q.amount);
                findings.push(Finding::QuarterHours { line_no, last_line_no, date, count, amount });
            }
            (Some(_), _) => {}
            (None, _) if p.kind == PrestatieKind::NonInsured && !credit => {
                findings.push(Finding::NonInsured { line_no, amount: line.amount })
            }
            _ => {}
        }
    }
}

/// Both say it, and they say different things.
fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a != b)
}

/// Quantity × unit price is the amount, to the cent (half away from zero), in whole hundredths:
/// every amount and count read has at most two decimals, so this is exact.
fn counts_up(quantity: Decimal, unit_price: Decimal, amount: Decimal) -> bool {
    let product = crate::model::money::cents(quantity).checked_mul(crate::model::money::cents(unit_price));
    product.is_some_and(|p| (p + p.signum() * 50) / 100 == crate::model::money::cents(amount))
}

fn duplicates(nota: &Nota, findings: &mut Vec<Finding>) {
    // Each distinct description is folded once ("Consult" and "consult" are the same line).
    let mut description_ids: FastMap<&str, usize> = FastMap::default();
    let mut folded_ids: FastMap<String, usize> = FastMap::default();
    let mut seen: FastMap<(usize, Option<NaiveDate>, i128), usize> = FastMap::default();
    for line in &nota.lines {
        // rows of a talk billed per 15 minutes repeat by rule (`context::per_quarter_hour`)
        if crate::rules::context::per_quarter_hour(line.code.as_deref(), line.date) {
            continue;
        }
        // On a ZPM nota the same code, date and amount is the same line, whatever its description.
        let what = line.code.as_deref().unwrap_or(&line.description);
        let id = *description_ids.entry(what).or_insert_with(|| {
            let next = folded_ids.len();
            *folded_ids.entry(fold(what)).or_insert(next)
        });
        let key = (id, line.date, crate::model::money::cents(line.amount));
        match seen.get(&key) {
            Some(&first_line_no) => findings.push(Finding::DuplicateLine { line_no: line.line_no, first_line_no }),
            None => {
                seen.insert(key, line.line_no);
            }
        }
    }
}

fn review_findings(
    nota: &Nota,
    model: Model,
    cluster: Option<Resolution>,
    review: &Review,
    findings: &mut Vec<Finding>,
) {
    let stated_line = nota.review_date.as_ref().map(|r| r.line_no);
    let cluster: Option<&Cluster> = cluster.and_then(Resolution::cluster);
    // The per-cluster interval is the pilot's; a zorgvraagtype is re-assessed yearly.
    if let (Some(stated), Some(latest), Some(line_no), Some(c)) =
        (review.stated, review.latest_allowed, stated_line, cluster)
        && model != Model::Zpm
        && stated > latest
    {
        findings.push(Finding::ReviewBeyondInterval { line_no, stated, latest, interval: c.review, cluster: c.number });
    }
    // A zorgcluster statement has a review and a ZPM nota a yearly re-assessment of its type; a
    // DBC statement bills a closed trajectory.
    if model != Model::Dbc
        && let (Some(due), Some(Status::Passed { days_ago })) = (review.due, review.status)
    {
        let retype = model == Model::Zpm;
        findings.push(Finding::ReviewOverdue { line_no: stated_line, due, days_ago, retype, on: review.on });
    }
}

#[cfg(test)]
mod codes_tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_codes_list_is_sorted_and_complete() {
        let d = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let z = Decimal::ZERO;
        let p = crate::tariffs::zpm::ROWS[0].prestatie;
        let every = [
            Finding::TotalMismatch { line_no: 1, stated: z, lines_total: z },
            Finding::DuplicateLine { line_no: 1, first_line_no: 1 },
            Finding::DateOutsideMonth { line_no: 1, date: d, month: YearMonth::of(d) },
            Finding::DateOutsideTrajectory { line_no: 1, date: d, start: None, end: None },
            Finding::ReviewOverdue { line_no: None, due: d, days_ago: 1, retype: false, on: None },
            Finding::ReviewBeyondInterval {
                line_no: 1,
                stated: d,
                latest: d,
                interval: crate::rules::clusters::Interval::Weeks(1),
                cluster: 1,
            },
            Finding::UnknownCluster { line_no: 1, text: String::new(), zorgvraagtype: false },
            Finding::ClusterConflict { line_no: 1, by_number: 1, by_name: 2 },
            Finding::AboveMaxTariff { line_no: 1, code: String::new(), year: 2024, max: z, amount: z },
            Finding::DateAfterInvoice { line_no: 1, date: d, invoice_date: d },
            Finding::SurchargeWithoutConsult { line_no: 1, date: None },
            Finding::NonInsured { line_no: 1, amount: z },
            Finding::QuantityMismatch { line_no: 1, quantity: z, unit_price: z, amount: z },
            Finding::CodeDescriptionMismatch { line_no: 1, code: String::new(), coded: p, described: p },
            Finding::QuarterHours { line_no: 1, last_line_no: 2, date: d, count: 2, amount: z },
            Finding::PrivacyStatement,
        ];
        let mut codes: Vec<&str> = every.iter().map(Finding::code).collect();
        codes.sort_unstable();
        assert_eq!(codes, CODES);
    }
}
