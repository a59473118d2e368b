//! The comparison with the old DBC ggz model.
//!
//! Working decision 4: compare with the DBC statement's own lines — its product line(s) and its
//! stay days — never with invented tariffs. Under DBC one product, chosen by diagnosis group and
//! band of treatment minutes, is billed for the whole trajectory at its end, with the stay days
//! beside it; under the zorgclustermodel the trajectory is billed month by month.

pub mod estimate;

use rust_decimal::Decimal;

use crate::model::money;
use crate::model::{LineKind, MinuteBand, Model, Nota, YearMonth};
use crate::util::fold::fold;

/// One DBC product line of the DBC statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    pub line_no: usize,
    pub group: String,
    pub band: MinuteBand,
    pub amount: Decimal,
    /// The NZa maximum tariff 2018 for this group and band, where known ([`tariffs`]).
    pub maximum_2018: Option<Decimal>,
}

/// The trajectory so far under the zorgclustermodel against the DBC statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Indexes of the two notas in the list they were paired from.
    pub cluster_nota: usize,
    pub dbc_nota: usize,
    /// Up to and including this month (the cluster statement's billed month).
    pub through: Option<YearMonth>,
    /// Previously billed + this month on the cluster statement.
    pub cluster_total: Decimal,
    pub cluster_previously: Decimal,
    pub cluster_this_month: Decimal,
    /// The DBC statement's total (stated, else the sum of its lines).
    pub dbc_total: Decimal,
    pub products: Vec<Product>,
    pub stay_days: usize,
    pub stay_total: Decimal,
    /// DBC lines that are neither product nor stay.
    pub other_total: Decimal,
    /// `cluster_total - dbc_total`: negative when the cluster model cost less.
    pub difference: Decimal,
    /// False when the cluster statement stops before the DBC trajectory's end: then the cluster
    /// total does not yet cover the whole trajectory.
    pub complete: bool,
}

/// What the comparison needs of each nota.
pub struct Candidate<'a> {
    pub nota: &'a Nota,
    pub model: Model,
    /// The month total that counts: the stated total, else the sum of the lines.
    pub month_total: Decimal,
    /// Previously billed + month total.
    pub cumulative: Decimal,
}

/// Finds a DBC statement and the latest cluster statement of the same patient and trajectory, and
/// compares them. `None` when the notas hold no such pair.
pub fn compare(candidates: &[Candidate]) -> Option<Comparison> {
    let (dbc_index, dbc) = candidates.iter().enumerate().find(|(_, c)| c.model == Model::Dbc)?;
    let (cluster_index, cluster) = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.model == Model::Zorgcluster && same_trajectory(c.nota, dbc.nota))
        .max_by_key(|(i, c)| (c.nota.billing_month, c.nota.sequence, *i))?;

    let mut products = Vec::new();
    let (mut stay_days, mut stays, mut others) = (0, Vec::new(), Vec::new());
    for line in &dbc.nota.lines {
        match &line.kind {
            LineKind::DbcProduct { group, band } => products.push(Product {
                line_no: line.line_no,
                group: group.clone(),
                band: *band,
                amount: line.amount,
                maximum_2018: crate::tariffs::dbc::maximum_2018(group, *band),
            }),
            LineKind::Stay(_) => {
                stay_days += 1;
                stays.push(line.amount);
            }
            _ => others.push(line.amount),
        }
    }
    let through = cluster.nota.billing_month;
    let complete = match (dbc.nota.end_date, through) {
        (Some(end), Some(month)) => month.last_day() >= end,
        _ => true,
    };
    Some(Comparison {
        cluster_nota: cluster_index,
        dbc_nota: dbc_index,
        through,
        cluster_total: cluster.cumulative,
        cluster_previously: cluster.nota.previously_billed.unwrap_or_default(),
        cluster_this_month: cluster.month_total,
        dbc_total: dbc.month_total,
        products,
        stay_days,
        stay_total: money::sum(stays)?,
        other_total: money::sum(others)?,
        difference: money::difference(cluster.cumulative, dbc.month_total)?,
        complete,
    })
}

/// The same trajectory number where both have one (ZPM); else the same patient (where both name
/// one) and the same start date (where both give one).
pub(crate) fn same_trajectory(a: &Nota, b: &Nota) -> bool {
    // a ZPM nota's trajectory number, where both have one, decides
    if let (Some(x), Some(y)) = (&a.trajectory_number, &b.trajectory_number) {
        return fold(x) == fold(y);
    }
    let patient = match (&a.patient, &b.patient) {
        (Some(x), Some(y)) => fold(x) == fold(y),
        _ => true,
    };
    let start = match (a.start_date, b.start_date) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    patient && start
}
