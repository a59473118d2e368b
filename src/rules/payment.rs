//! What the patient pays, and what may come back (`shared/domain/paying.md`): what this nota asks
//! now, what of it is insured care and what is never reimbursed (with the reason per line), how
//! much falls under the eigen risico still open per calendar year, and, for a provider without a
//! contract with the insurer, the most the insurer pays back at the policy's percentage.
//!
//! The most, never the amount: the insurer also caps each line at its percentage of its own average
//! contracted tariff, which NotaWijzer does not know (`paying.md`, "Non-contracted provider").

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::model::money::to_cents;
use crate::model::{LineKind, Nota, PrestatieKind};
use crate::tariffs::eigen_risico;
use crate::tariffs::source::Source;

/// What the patient tells NotaWijzer: kept in memory only, never stored or sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    /// The policy's percentage for a provider without a contract (0–100), if the patient gave it.
    pub policy_percent: Option<Decimal>,
    /// Eigen risico already used per calendar year, as the insurer's portal shows it.
    pub eigen_risico_used: Vec<(i32, Decimal)>,
    /// The patient's insurer, for its list of the most it pays back per code for care without a
    /// contract (`crate::tariffs::table::payout`), as chosen or as a portal set it.
    pub insurer: Option<String>,
}

/// What an insurer's payout list says of this nota (for a provider without a contract).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payout {
    pub insurer: String,
    /// The lists used, a year each, as the sentences name them.
    pub lists: Vec<&'static Source>,
    /// Insured lines the list of their year does not hold: their number and code.
    pub missing: Vec<(usize, Option<String>)>,
    /// Years of insured care for which no list of this insurer is loaded.
    pub no_list: Vec<i32>,
}

/// Why a line is never reimbursed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A missed appointment: not an NZa prestatie.
    NoShow,
    /// A fee of the provider's own (administration, a report, a copy of the file).
    Fee,
    /// Care outside the basic package (OV0012, "overig product", a non-insured product).
    NonInsured,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::NoShow => "no_show",
            Reason::Fee => "fee",
            Reason::NonInsured => "non_insured",
        }
    }

    /// The reason of a line, when it is never reimbursed.
    pub fn of(kind: &LineKind) -> Option<Reason> {
        match kind {
            LineKind::NoShow => Some(Reason::NoShow),
            LineKind::Fee => Some(Reason::Fee),
            LineKind::Prestatie(p) if p.kind == PrestatieKind::NonInsured => Some(Reason::NonInsured),
            _ => None,
        }
    }
}

/// A line that is never reimbursed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotReimbursed {
    pub line_no: usize,
    pub amount: Decimal,
    pub reason: Reason,
}

/// The eigen risico of one calendar year of the care on the nota.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearOpen {
    pub year: i32,
    /// This nota's insured care in that year.
    pub insured: Decimal,
    /// The year's eigen risico still open: the year's amount less what the patient said was used
    /// already (all of it when they said nothing), 0 under 18; `None` when the year's amount is not
    /// known (2027 today).
    pub open: Option<Decimal>,
    /// How much of this nota's insured care falls under it: the patient pays that part.
    pub under_eigen_risico: Option<Decimal>,
    /// True when the patient gave what was used that year; false when NotaWijzer counts the whole
    /// year as still open ("als u dit jaar nog geen eigen risico betaalde").
    pub used_given: bool,
}

/// What the patient pays, and what may come back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    /// What this nota asks now: the balance where it states one, else its total.
    pub to_pay: Decimal,
    /// The nota's total (stated, else the sum of its lines): more than [`Payment::to_pay`] when
    /// part of it was paid already.
    pub total: Decimal,
    /// The insured care on the nota (every line but those never reimbursed).
    pub insured: Decimal,
    pub not_reimbursed: Vec<NotReimbursed>,
    pub under_18: bool,
    pub years: Vec<YearOpen>,
    /// Per insured line the most the insurer pays back for it: the insurer's payout list's amount
    /// (never more than the line's), and the policy's percentage of the line (to the cent), the
    /// lower where both are given; added up per year, less that year's eigen risico still open.
    /// `None` when a line has neither, or when a year's eigen risico is not known.
    pub reimbursement_at_most: Option<Decimal>,
    /// With an insurer chosen: what its list says of this nota.
    pub payout: Option<Payout>,
    /// The nota's total less [`Payment::reimbursement_at_most`].
    pub patient_pays_at_least: Option<Decimal>,
}

/// The calendar year a line's care counts in: its own date, else the trajectory's start or the
/// nota's date.
pub fn care_year(nota: &Nota, line: &crate::model::Line) -> Option<i32> {
    line.date.or(nota.start_date).or(nota.invoice_date.as_ref().map(|d| d.value)).map(|d| d.year())
}

/// The payment view of a nota whose total (stated, else the sum of its lines) is `total`.
pub fn payment(nota: &Nota, total: Decimal, inputs: &Inputs) -> Payment {
    let under_18 = crate::rules::dbc::estimate::under_18(nota);
    let mut not_reimbursed = Vec::new();
    let mut insured = Decimal::ZERO;
    // per year: insured care, and the policy's share of it (line by line, to the cent)
    // per year: insured care, and the most that comes back of it (line by line, to the cent;
    // `None` once a line has no bound)
    let mut years: Vec<(i32, Decimal, Option<Decimal>)> = Vec::new();
    let share = |amount: Decimal| inputs.policy_percent.map(|p| to_cents(amount * p / Decimal::ONE_HUNDRED));
    let insurer = inputs.insurer.as_deref().map(str::trim).filter(|i| !i.is_empty());
    let mut payout =
        insurer.map(|i| Payout { insurer: i.to_string(), lists: Vec::new(), missing: Vec::new(), no_list: Vec::new() });
    for line in &nota.lines {
        if let Some(reason) = Reason::of(&line.kind) {
            not_reimbursed.push(NotReimbursed { line_no: line.line_no, amount: line.amount, reason });
            continue;
        }
        insured += line.amount;
        let Some(year) = care_year(nota, line) else { continue };
        let mut bound = share(line.amount);
        if let (Some(insurer), Some(p)) = (insurer, payout.as_mut()) {
            // a line without a code is on no list
            let list = match crate::tariffs::table::payout(insurer, line.code.as_deref().unwrap_or(""), year) {
                Some(Ok((most, list))) => {
                    let most = most.min(line.amount);
                    bound = Some(bound.map_or(most, |b| b.min(most)));
                    Some(list)
                }
                Some(Err(list)) => {
                    p.missing.push((line.line_no, line.code.clone()));
                    Some(list)
                }
                None => {
                    if !p.no_list.contains(&year) {
                        p.no_list.push(year);
                    }
                    None
                }
            };
            if let Some(list) = list.filter(|l| !p.lists.contains(l)) {
                p.lists.push(list);
            }
        }
        match years.iter_mut().find(|(y, ..)| *y == year) {
            Some((_, sum, back)) => {
                *sum += line.amount;
                *back = back.zip(bound).map(|(a, b)| a + b);
            }
            None => years.push((year, line.amount, bound)),
        }
    }
    crate::util::order::sort_by_key(&mut years, |(y, ..)| (i64::from(*y) + (1 << 40)) as u64);
    let used = |year: i32| inputs.eigen_risico_used.iter().find(|(y, _)| *y == year).map(|(_, a)| *a);
    let open_years: Vec<YearOpen> = years
        .iter()
        .map(|&(year, sum, _)| {
            let open = if under_18 {
                Some(Decimal::ZERO)
            } else {
                eigen_risico::amount(year).map(|cap| (cap - used(year).unwrap_or_default()).max(Decimal::ZERO))
            };
            let under = open.map(|o| sum.max(Decimal::ZERO).min(o));
            YearOpen { year, insured: sum, open, under_eigen_risico: under, used_given: used(year).is_some() }
        })
        .collect();
    let asked = inputs.policy_percent.is_some() || payout.is_some();
    let reimbursement_at_most = asked
        .then(|| {
            years
                .iter()
                .zip(&open_years)
                .try_fold(Decimal::ZERO, |acc, (&(_, _, back), y)| Some(acc + (back? - y.open?).max(Decimal::ZERO)))
        })
        .flatten();
    Payment {
        to_pay: nota.balance_due.as_ref().map_or(total, |b| b.value),
        total,
        insured,
        not_reimbursed,
        under_18,
        years: open_years,
        patient_pays_at_least: reimbursement_at_most.map(|r| total - r),
        reimbursement_at_most,
        payout,
    }
}

/// What is wrong with a payment input, for a message at its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// Not a number.
    NotANumber,
    /// A percentage outside 0–100.
    PercentOutOfRange,
    /// A negative amount, or more than any amount can be.
    AmountOutOfRange,
    /// A year outside 1900–2199.
    BadYear,
}

/// A percentage as a patient types it: "75", "72,5", "72.5 %" (read as an amount is, so the
/// browser needs no second number parser).
pub fn parse_percent(text: &str) -> Result<Decimal, InputProblem> {
    let t = text.trim().trim_end_matches('%').trim();
    if t.starts_with(['-', '−']) {
        return Err(InputProblem::PercentOutOfRange);
    }
    let p = parse_used(t).map_err(|_| InputProblem::NotANumber)?;
    if p > Decimal::ONE_HUNDRED {
        return Err(InputProblem::PercentOutOfRange);
    }
    Ok(p)
}

/// An amount as a patient types it: "120", "120,50", "€ 1.120,50", "120.50".
pub fn parse_used(text: &str) -> Result<Decimal, InputProblem> {
    let t = text.trim();
    if t.starts_with(['-', '−']) {
        return Err(InputProblem::AmountOutOfRange);
    }
    let dotted = !t.contains(',') && t.matches('.').count() == 1 && t.rsplit('.').next().is_some_and(|c| c.len() <= 2);
    let t = if dotted { t.replace('.', ",") } else { t.to_string() };
    match crate::read::amount::parse_amount(&t) {
        Ok(a) if a >= Decimal::ZERO => Ok(a),
        Ok(_) => Err(InputProblem::AmountOutOfRange),
        Err((crate::read::AmountProblem::TooLarge, _)) => Err(InputProblem::AmountOutOfRange),
        Err(_) => Err(InputProblem::NotANumber),
    }
}

/// "2025=120,50": a year and the eigen risico used in it.
pub fn parse_year_used(text: &str) -> Result<(i32, Decimal), InputProblem> {
    let (year, amount) = text.split_once('=').ok_or(InputProblem::NotANumber)?;
    let year: i32 = year.trim().parse().map_err(|_| InputProblem::BadYear)?;
    if !(1900..=2199).contains(&year) {
        return Err(InputProblem::BadYear);
    }
    Ok((year, parse_used(amount)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_checked() {
        assert_eq!(parse_percent("75"), Ok(Decimal::new(75, 0)));
        assert_eq!(parse_percent("72,5 %"), Ok(Decimal::new(725, 1)));
        assert_eq!(parse_percent("0"), Ok(Decimal::ZERO));
        assert_eq!(parse_percent("100"), Ok(Decimal::ONE_HUNDRED));
        assert_eq!(parse_percent("101"), Err(InputProblem::PercentOutOfRange));
        assert_eq!(parse_percent("-5"), Err(InputProblem::PercentOutOfRange));
        assert_eq!(parse_percent("veel"), Err(InputProblem::NotANumber));
        assert_eq!(parse_year_used("2025=120,50"), Ok((2025, Decimal::new(12050, 2))));
        assert_eq!(parse_year_used("2025=120.50"), Ok((2025, Decimal::new(12050, 2))));
        assert_eq!(parse_year_used("2025=€ 1.120,50"), Ok((2025, Decimal::new(112050, 2))));
        assert_eq!(parse_year_used("2025=-10"), Err(InputProblem::AmountOutOfRange));
        assert_eq!(parse_year_used("25=10"), Err(InputProblem::BadYear));
        assert_eq!(parse_year_used("2025"), Err(InputProblem::NotANumber));
        assert_eq!(parse_year_used("2025=tien"), Err(InputProblem::NotANumber));
    }
}
