//! An insurer's overview or bill, checked (`insurer-overviews.md`, `paying.md`): the eigen risico
//! per calendar year of the care date and per person, what the document asks or pays back, what
//! may be wrong (a finding) and what surprises patients (a note).
//!
//! A finding is a claim that the insurer's figures do not add up or break a rule: the overview's
//! own "stand" against its rows only in the direction rows cannot explain (an overview may leave
//! out care of another period, never add eigen risico that is not there), a bill's total against
//! its rows, a settlement's refund against what was paid and used, eigen risico above the year's
//! amount, on a verkennend gesprek (from 2025), or for a person under 18.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::model::money::{minus, plus};
use crate::model::overview::{Care, Overview, OverviewKind, OverviewRow, Section, Status};
use crate::rules::context::{MaxTariff, per_quarter_hour};
use crate::tariffs::eigen_risico;
use crate::util::fold::fold;

/// One person's eigen risico in one calendar year, as the rows and the document say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearRisk {
    pub year: i32,
    pub person: usize,
    /// The compulsory eigen risico of the year where known (2027: the budget's figure).
    pub amount: Option<Decimal>,
    /// Under 18 on the last day of the year: no eigen risico.
    pub minor: bool,
    /// What the processed rows of the year charged.
    pub charged: Decimal,
    pub stated_used: Option<Decimal>,
    pub stated_remaining: Option<Decimal>,
    /// What is left: the year's amount less what was used (the stand's "used" where it counts
    /// more than the rows); `None` where the year's amount is not known.
    pub remaining: Option<Decimal>,
}

/// What the document asks of the patient now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToPay {
    /// A bill: the amount and the calendar years of the care it is for.
    Owes { amount: Decimal, years: Vec<i32> },
    /// A settlement that pays back.
    Refund { amount: Decimal, year: Option<i32> },
    /// A list of claims: no bill.
    NotABill,
}

/// What may be wrong with the insurer's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The stand's remaining amount is not the year's amount less what was used.
    StandDoesNotAdd { year: i32, person: usize, line_no: usize, stated: Decimal, expected: Decimal },
    /// The rows charged more eigen risico than the stand counts as used.
    RowsAboveStand { year: i32, person: usize, line_no: usize, stated: Decimal, rows: Decimal },
    /// The bill's total is not what its rows charge.
    TotalNotRows { stated: Decimal, rows: Decimal },
    /// The settlement pays back another amount than instalments less what was used.
    RefundNotAdd { stated: Decimal, expected: Decimal },
    /// More eigen risico charged in a year than the year's amount.
    AboveYear { year: i32, person: usize, charged: Decimal, amount: Decimal },
    /// Eigen risico charged on a verkennend gesprek (outside the eigen risico from 2025).
    Verkennend { row_no: usize, amount: Decimal },
    /// Eigen risico charged for a person under 18 on the care date.
    Minor { row_no: usize, amount: Decimal },
    /// Two rows with the same claim number, date and amount.
    Twice { row_no: usize, first: usize },
}

impl Finding {
    pub fn code(&self) -> &'static str {
        match self {
            Finding::StandDoesNotAdd { .. } => "overview_stand",
            Finding::RowsAboveStand { .. } => "overview_rows_above_stand",
            Finding::TotalNotRows { .. } => "overview_total",
            Finding::RefundNotAdd { .. } => "overview_refund",
            Finding::AboveYear { .. } => "overview_above_year",
            Finding::Verkennend { .. } => "overview_verkennend",
            Finding::Minor { .. } => "overview_minor",
            Finding::Twice { .. } => "overview_twice",
        }
    }
}

/// What surprises patients, said in words; no error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A list of claims is no bill; its eigen risico is billed apart.
    NotABill { charged: Decimal },
    /// A bill for care of an earlier year (providers may declare until the end of the next year).
    EarlierYear { year: i32 },
    /// One bill for care in two calendar years: each year has its own eigen risico.
    TwoYears { first: i32, last: i32 },
    /// December care on a bill of January or February: it belongs to the old year.
    December { year: i32 },
    /// A settlement of instalments: paid, used, and the difference.
    Settlement { year: Option<i32>, paid: Decimal, used: Decimal },
    /// Claims not processed yet: they may still take eigen risico.
    Pending { count: usize },
    /// A rejected claim, with the insurer's reason where it gives one.
    Rejected { row_no: usize },
    /// The stand counts more eigen risico than the rows show: care not on this document.
    OtherCare { year: i32, person: usize, amount: Decimal },
    /// Two identical rows on one day (not billed per 15 minutes): one appointment, ask.
    SameDay { row_no: usize, first: usize },
    /// A person under 18: no eigen risico.
    Minor { person: usize },
    /// The year's eigen risico is the budget's figure.
    Budget { year: i32 },
}

impl Note {
    pub fn code(&self) -> &'static str {
        match self {
            Note::NotABill { .. } => "overview_not_a_bill",
            Note::EarlierYear { .. } => "overview_earlier_year",
            Note::TwoYears { .. } => "overview_two_years",
            Note::December { .. } => "overview_december",
            Note::Settlement { .. } => "overview_settlement",
            Note::Pending { .. } => "overview_pending",
            Note::Rejected { .. } => "overview_rejected",
            Note::OtherCare { .. } => "overview_other_care",
            Note::SameDay { .. } => "overview_same_day",
            Note::Minor { .. } => "overview_minor_person",
            Note::Budget { .. } => "overview_budget",
        }
    }
}

/// One overview with everything worked out about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverviewReport {
    pub file: String,
    pub overview: Overview,
    pub years: Vec<YearRisk>,
    pub to_pay: ToPay,
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
    /// Per row (same order): the NZa maximum of its code in its year, where known.
    pub max_tariffs: Vec<Option<MaxTariff>>,
}

impl OverviewReport {
    pub fn row(&self, row_no: usize) -> Option<&OverviewRow> {
        self.overview.rows.iter().find(|r| r.row_no == row_no)
    }

    /// More than one insured person on the document.
    pub fn family(&self) -> bool {
        self.overview.persons.len() > 1
    }
}

fn under_18(birth: Option<NaiveDate>, on: NaiveDate) -> bool {
    birth.is_some_and(|b| eigen_risico::under_18(b, on))
}

/// The sum of the amounts a row has (`money::sum`; amounts read are bounded, so it never overflows).
fn sum<'a>(values: impl Iterator<Item = &'a Option<Decimal>>) -> Decimal {
    crate::model::money::sum(values.filter_map(|v| *v)).unwrap_or_default()
}

/// Checks an overview; `today` dates a bill that states no day of its own.
pub fn check_overview(file: &str, overview: Overview, today: NaiveDate) -> OverviewReport {
    let mut findings = Vec::new();
    let mut notes = Vec::new();
    let rows = &overview.rows;
    let charged_rows = |r: &&OverviewRow| r.status == Status::Processed;

    // the eigen risico per person and calendar year of the care date
    let mut keys: Vec<(usize, i32)> =
        rows.iter().filter(charged_rows).filter_map(|r| Some((r.person, r.date?.year()))).collect();
    keys.extend(overview.stated.iter().map(|s| (s.person, s.year)));
    crate::util::order::sort_by_key(&mut keys, |(p, y)| ((*p as u64) << 32) | (*y as u32 as u64));
    keys.dedup();
    let mut years = Vec::new();
    for (person, year) in keys {
        let birth = overview.persons.get(person).and_then(|p| p.birth_date);
        let last_day = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
        let first_day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
        let minor = under_18(birth, last_day);
        // turning 18 in the year: the year's amount is a part of it (not in the sources)
        let turns_18 = !minor && under_18(birth, first_day);
        let amount = if minor || turns_18 { None } else { eigen_risico::amount(year) };
        let in_year: Vec<&OverviewRow> = rows
            .iter()
            .filter(charged_rows)
            .filter(|r| r.person == person && r.date.is_some_and(|d| d.year() == year))
            .collect();
        let charged = sum(in_year.iter().map(|r| &r.eigen_risico));
        let stated = overview.stated.iter().find(|s| s.person == person && s.year == year);
        let (stated_used, stated_remaining) = (stated.and_then(|s| s.used), stated.and_then(|s| s.remaining));
        let used = stated_used.map_or(charged, |u| u.max(charged));
        let year_amount = stated.and_then(|s| s.amount).or(amount);
        let remaining = year_amount.map(|a| minus(a, used).max(Decimal::ZERO));
        if let Some(s) = stated {
            let voluntary = s.voluntary.unwrap_or_default();
            if let (Some(a), Some(u), Some(r)) = (s.amount, s.used, s.remaining)
                && minus(plus(a, voluntary), u) != r
                && minus(a, u) != r
            {
                findings.push(Finding::StandDoesNotAdd {
                    year,
                    person,
                    line_no: s.line_no,
                    stated: r,
                    expected: minus(a, u),
                });
            } else if let (Some(a), None, Some(r)) = (year_amount, s.used, s.remaining)
                && r > minus(a, charged).max(Decimal::ZERO)
                && s.voluntary.is_none()
            {
                findings.push(Finding::StandDoesNotAdd {
                    year,
                    person,
                    line_no: s.line_no,
                    stated: r,
                    expected: minus(a, charged).max(Decimal::ZERO),
                });
            } else if let (Some(a), Some(u), Some(r)) = (year_amount, s.used, s.remaining)
                && s.amount.is_none()
                && s.voluntary.is_none()
                && minus(a, u).max(Decimal::ZERO) != r
            {
                findings.push(Finding::StandDoesNotAdd {
                    year,
                    person,
                    line_no: s.line_no,
                    stated: r,
                    expected: minus(a, u).max(Decimal::ZERO),
                });
            }
            if let Some(u) = s.used {
                if charged > u {
                    findings.push(Finding::RowsAboveStand {
                        year,
                        person,
                        line_no: s.line_no,
                        stated: u,
                        rows: charged,
                    });
                } else if u > charged && overview.kind != OverviewKind::Settlement {
                    notes.push(Note::OtherCare { year, person, amount: minus(u, charged) });
                }
            }
        }
        let ceiling = year_amount.map(|a| plus(a, stated.and_then(|s| s.voluntary).unwrap_or_default()));
        if let Some(ceiling) = ceiling
            && charged > ceiling
        {
            findings.push(Finding::AboveYear { year, person, charged, amount: ceiling });
        }
        if eigen_risico::is_budget_figure(year) && !minor {
            notes.push(Note::Budget { year });
        }
        years.push(YearRisk {
            year,
            person,
            amount: year_amount.filter(|_| !minor),
            minor,
            charged,
            stated_used,
            stated_remaining,
            remaining: if minor { Some(Decimal::ZERO) } else { remaining },
        });
    }
    for (person, p) in overview.persons.iter().enumerate() {
        if p.birth_date.is_some()
            && rows.iter().any(|r| r.person == person && r.date.is_some_and(|d| under_18(p.birth_date, d)))
        {
            notes.push(Note::Minor { person });
        }
    }

    // rows that break a rule
    for (i, r) in rows.iter().enumerate() {
        let er = r.eigen_risico.unwrap_or_default();
        let Some(date) = r.date else { continue };
        if er > Decimal::ZERO && fold(&r.description).contains("verkennend gesprek") && date.year() >= 2025 {
            findings.push(Finding::Verkennend { row_no: r.row_no, amount: er });
        }
        if er > Decimal::ZERO && under_18(overview.persons.get(r.person).and_then(|p| p.birth_date), date) {
            findings.push(Finding::Minor { row_no: r.row_no, amount: er });
        }
        let same = |o: &OverviewRow| {
            o.person == r.person
                && o.date == r.date
                && o.declared == r.declared
                && o.status != Status::Rejected
                && fold(&o.description) == fold(&r.description)
                && o.code == r.code
                && o.provider.as_deref().map(fold) == r.provider.as_deref().map(fold)
        };
        if r.status == Status::Rejected
            || r.declared.is_none_or(|d| d <= Decimal::ZERO)
            || per_quarter_hour(r.code.as_deref(), r.date)
        {
            continue;
        }
        if let Some(first) = rows[..i].iter().find(|o| same(o)) {
            if r.claim.is_some() && first.claim == r.claim {
                findings.push(Finding::Twice { row_no: r.row_no, first: first.row_no });
            } else if r.claim.is_none() || first.claim.is_none() {
                notes.push(Note::SameDay { row_no: r.row_no, first: first.row_no });
            }
        }
    }
    let pending = rows.iter().filter(|r| r.status == Status::Pending).count();
    if pending > 0 {
        notes.push(Note::Pending { count: pending });
    }
    notes.extend(rows.iter().filter(|r| r.status == Status::Rejected).map(|r| Note::Rejected { row_no: r.row_no }));

    // what the document asks or pays back
    let reference = overview.due_date.unwrap_or(today);
    let to_pay = match overview.kind {
        OverviewKind::EigenRisicoBill => {
            let in_bill: Vec<&OverviewRow> = if rows.iter().any(|r| r.section == Section::ToPay) {
                rows.iter().filter(|r| r.section == Section::ToPay).collect()
            } else {
                rows.iter().filter(|r| r.section == Section::None && r.status == Status::Processed).collect()
            };
            let from_rows =
                plus(sum(in_bill.iter().map(|r| &r.eigen_risico)), sum(in_bill.iter().map(|r| &r.eigen_bijdrage)));
            if let Some(stated) = overview.stated_to_pay
                && !in_bill.is_empty()
                && stated != from_rows
            {
                findings.push(Finding::TotalNotRows { stated, rows: from_rows });
            }
            let mut bill_years: Vec<i32> = in_bill.iter().filter_map(|r| r.date.map(|d| d.year())).collect();
            crate::util::order::sort_by_key(&mut bill_years, |y| *y as u32 as u64);
            bill_years.dedup();
            if let (Some(first), Some(last)) = (bill_years.first(), bill_years.last())
                && first != last
            {
                notes.push(Note::TwoYears { first: *first, last: *last });
            }
            if let Some(first) = bill_years.first()
                && *first < reference.year()
            {
                notes.push(Note::EarlierYear { year: *first });
                if reference.month() <= 2
                    && *first == reference.year() - 1
                    && in_bill.iter().any(|r| r.date.is_some_and(|d| d.year() == *first && d.month() == 12))
                {
                    notes.push(Note::December { year: *first });
                }
            }
            ToPay::Owes { amount: overview.stated_to_pay.unwrap_or(from_rows), years: bill_years }
        }
        OverviewKind::Settlement => {
            let year = overview.year.or_else(|| rows.iter().filter_map(|r| r.date).map(|d| d.year()).max());
            let rows_used = sum(rows.iter().filter(charged_rows).map(|r| &r.eigen_risico));
            let used = year
                .and_then(|y| overview.stated.iter().find(|s| s.year == y && s.person == 0))
                .and_then(|s| s.used)
                .unwrap_or(rows_used);
            match overview.instalments {
                Some(paid) => {
                    notes.push(Note::Settlement { year, paid, used });
                    let back = minus(paid, used);
                    if let Some(stated) = overview.stated_refund
                        && stated != back
                    {
                        findings.push(Finding::RefundNotAdd { stated, expected: back });
                    }
                    if back >= Decimal::ZERO {
                        ToPay::Refund { amount: overview.stated_refund.unwrap_or(back), year }
                    } else {
                        ToPay::Owes {
                            amount: overview.stated_to_pay.unwrap_or(-back),
                            years: year.into_iter().collect(),
                        }
                    }
                }
                None => match (overview.stated_refund, overview.stated_to_pay) {
                    (Some(back), _) => ToPay::Refund { amount: back, year },
                    (None, Some(owes)) => ToPay::Owes { amount: owes, years: year.into_iter().collect() },
                    (None, None) => ToPay::NotABill,
                },
            }
        }
        OverviewKind::Declarations => match overview.stated_to_pay.filter(|a| *a > Decimal::ZERO) {
            Some(amount) => ToPay::Owes { amount, years: Vec::new() },
            None => {
                notes.insert(
                    0,
                    Note::NotABill { charged: sum(rows.iter().filter(charged_rows).map(|r| &r.eigen_risico)) },
                );
                ToPay::NotABill
            }
        },
    };
    let max_tariffs = rows
        .iter()
        .map(|r| {
            let (code, date) = (r.code.as_deref()?, r.date?);
            let year = date.year();
            crate::tariffs::zpm::maximum(code, year).map(|(amount, source)| MaxTariff { year, amount, source })
        })
        .collect();
    OverviewReport { file: file.to_string(), overview, years, to_pay, findings, notes, max_tariffs }
}

/// The rows about mental health care.
pub fn ggz_rows(overview: &Overview) -> impl Iterator<Item = &OverviewRow> {
    overview.rows.iter().filter(|r| r.care == Care::Ggz)
}
