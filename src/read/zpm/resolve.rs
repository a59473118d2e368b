//! Once a nota is read: every date gets its year (from the invoice date or the start of the
//! trajectory), every line its kind, and the fields become a [`Nota`].

use super::raw::RawNota;
use crate::model::{Line, Located, Nota};
use crate::read::date::{PartialDate, on_or_after, on_or_before};
use crate::read::error::{DateProblem, Position, Problem, ReadError};
use crate::read::prestatie::{classify, is_credit_marker};
use rust_decimal::Decimal;

/// Gives every date its year and every line its kind, now the whole nota is read.
pub(super) fn resolve(raw: RawNota) -> (Nota, Vec<ReadError>) {
    let total = stated_total(&raw);
    let mut errors = Vec::new();
    let mut complete = |d: &Option<(PartialDate, Position)>| -> Option<chrono::NaiveDate> {
        let (date, at) = d.as_ref()?;
        let found = date.complete();
        if found.is_none() {
            let text = date.day_month();
            errors.push(ReadError::new(*at, Problem::BadDate { text, problem: DateProblem::NoYear }));
        }
        found
    };
    let invoice_date = complete(&raw.invoice_date);
    let start_date = complete(&raw.start);
    let birth_date = complete(&raw.birth_date);
    let review = complete(&raw.review);
    let due_date = complete(&raw.due);
    let invoice_line = raw.invoice_date.as_ref().map(|(_, at)| at.line);
    let review_line = raw.review.as_ref().map(|(_, at)| at.line);
    let lines = raw
        .lines
        .into_iter()
        .filter(|l| l.amount.is_some())
        .map(|l| {
            let date = l.date.as_ref().and_then(|(d, at)| {
                let found = d
                    .complete()
                    .or_else(|| invoice_date.and_then(|until| on_or_before(*d, until)))
                    .or_else(|| start_date.and_then(|from| on_or_after(*d, from)));
                if found.is_none() {
                    let text = d.day_month();
                    errors.push(ReadError::new(*at, Problem::BadDate { text, problem: DateProblem::NoYear }));
                }
                found
            });
            let kind = classify(l.code.as_deref(), &l.description, &l.context);
            let amount = l.amount.unwrap_or_default();
            let credit = is_credit_marker(&l.description) && amount.is_sign_positive() && !amount.is_zero();
            let amount = if credit { -amount } else { amount };
            let (quantity, unit_price) = (l.quantity, l.unit_price);
            Line {
                line_no: l.line_no,
                description: l.description,
                code: l.code,
                kind,
                date,
                amount,
                quantity,
                unit_price,
            }
        })
        .collect();
    let nota = Nota {
        first_line: raw.first_line.max(1),
        patient: raw.patient,
        cluster: raw.zorgvraagtype,
        start_date,
        review_date: review.zip(review_line).map(|(d, l)| Located::new(d, l)),
        lines,
        stated_total: total,
        already_paid: raw.already_paid,
        balance_due: raw.balance,
        zpm: true,
        provider: raw.provider,
        invoice_number: raw.invoice_number,
        invoice_date: invoice_date.zip(invoice_line).map(|(d, l)| Located::new(d, l)),
        trajectory_number: raw.trajectory,
        diagnosis: raw.diagnosis,
        profile: raw.profile,
        birth_date,
        due_date,
        privacy_statement: raw.privacy,
        ..Nota::default()
    };
    (nota, errors)
}

/// The stated total: before VAT where a VAT amount is given with a subtotal; "Te betalen" alone
/// (nothing paid yet) is the total too.
pub(super) fn stated_total(raw: &RawNota) -> Option<Located<Decimal>> {
    match (&raw.total, &raw.subtotal, raw.vat) {
        (_, Some(sub), Some(vat)) if !vat.is_zero() => Some(sub.clone()),
        (Some(total), ..) => Some(total.clone()),
        _ if raw.already_paid.is_none() => raw.balance.clone(),
        _ => None,
    }
}
