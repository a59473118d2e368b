//! Checks over one nota: what a patient should ask about. Each finding has a stable code (for
//! machines and embedding portals) and the data its sentence needs; the sentences themselves are
//! in `explain`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::clusters::{Cluster, Interval, Resolution};
use crate::fold::fold;
use crate::hashing::FastMap;
use crate::model::{Model, Nota, YearMonth};
use crate::review::{Review, Status};

/// Something on the nota that looks wrong.
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
    /// The review date has passed and the care had not ended by then.
    ReviewOverdue { line_no: Option<usize>, due: NaiveDate, days_ago: i64 },
    /// The stated review date is later than the cluster's interval allows.
    ReviewBeyondInterval { line_no: usize, stated: NaiveDate, latest: NaiveDate, interval: Interval, cluster: u8 },
    /// The cluster is not in the catalogue.
    UnknownCluster { line_no: usize, text: String },
    /// The cluster's number and name point at different clusters.
    ClusterConflict { line_no: usize, by_number: u8, by_name: u8 },
}

impl Finding {
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
            | Finding::ClusterConflict { line_no, .. } => Some(line_no),
            Finding::ReviewOverdue { line_no, .. } => line_no,
        }
    }
}

/// Every check over one nota. `lines_total` is the (checked) sum of its lines.
pub fn check(nota: &Nota, lines_total: Decimal, cluster: Option<Resolution>, review: &Review) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(total) = &nota.stated_total
        && total.value != lines_total
    {
        findings.push(Finding::TotalMismatch { line_no: total.line_no, stated: total.value, lines_total });
    }
    duplicates(nota, &mut findings);
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
            Resolution::Unknown => findings
                .push(Finding::UnknownCluster { line_no: cluster_line.line_no, text: cluster_line.value.clone() }),
            Resolution::Conflict { by_number, by_name } => findings.push(Finding::ClusterConflict {
                line_no: cluster_line.line_no,
                by_number: by_number.number,
                by_name: by_name.number,
            }),
        }
    }
    review_findings(nota, model, cluster, review, &mut findings);
    findings.sort_by_key(|f| f.line_no().unwrap_or(usize::MAX));
    findings
}

fn duplicates(nota: &Nota, findings: &mut Vec<Finding>) {
    // Each distinct description is folded once ("Consult" and "consult" are the same line).
    let mut description_ids: FastMap<&str, usize> = FastMap::default();
    let mut folded_ids: FastMap<String, usize> = FastMap::default();
    let mut seen: FastMap<(usize, Option<NaiveDate>, i128), usize> = FastMap::default();
    for line in &nota.lines {
        let id = *description_ids.entry(line.description.as_str()).or_insert_with(|| {
            let next = folded_ids.len();
            *folded_ids.entry(fold(&line.description)).or_insert(next)
        });
        let key = (id, line.date, crate::money::cents(line.amount));
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
    if let (Some(stated), Some(latest), Some(line_no), Some(c)) =
        (review.stated, review.latest_allowed, stated_line, cluster)
        && stated > latest
    {
        findings.push(Finding::ReviewBeyondInterval { line_no, stated, latest, interval: c.review, cluster: c.number });
    }
    // Only a zorgcluster statement has a review: a DBC statement bills a closed trajectory.
    if model == Model::Zorgcluster
        && let (Some(due), Some(Status::Passed { days_ago })) = (review.due, review.status)
    {
        findings.push(Finding::ReviewOverdue { line_no: stated_line, due, days_ago });
    }
}
