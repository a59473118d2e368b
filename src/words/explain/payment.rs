//! What the patient pays, and what may come back, in B1 sentences (`crate::rules::payment`;
//! `shared/domain/paying.md` with its sources).

use crate::rules::payment::{Inputs, Payment, Payout, Reason};
use crate::words::format::money;
use crate::words::lang::Lang;
use crate::words::messages::m;

use payment_sources::{HINDERPAAL as HINDERPAAL_SOURCE, RANGE as RANGE_SOURCE};

/// The sources of the payment sentences, shared with the checks page.
pub mod payment_sources {
    /// Where the 2026 range of policy percentages comes from (Consumentenbond).
    pub const RANGE: &str =
        "https://www.consumentenbond.nl/acties-claims/nieuws/2025/ggz-in-de-knel-kiezen-zorgverzekering-is-puzzel";
    /// The Supreme Court's ruling on the hinderpaal criterion (art. 13 Zvw).
    pub const HINDERPAAL: &str = "https://uitspraken.rechtspraak.nl/details?id=ECLI%3ANL%3AHR%3A2022%3A1790";
}

pub(crate) fn reason(r: Reason, lang: Lang) -> String {
    m::payment_reason(
        lang,
        match r {
            Reason::NoShow => "no-show",
            Reason::Fee => "fee",
            Reason::NonInsured => "non-insured",
        },
    )
}

/// The sentences, in order: what to pay now, what is never reimbursed and why, the eigen risico per
/// year, and what a policy without a contract pays back at most.
pub fn payment(p: &Payment, inputs: &Inputs, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let (pay, insured) = (&money(p.to_pay, lang), &money(p.insured, lang));
    // no insured care at all: no eigen risico, no contract, no policy percentage changes anything
    let uninsured = p.insured.is_zero() && !p.not_reimbursed.is_empty();
    if uninsured {
        out.push(m::payment_now_uninsured(lang, pay));
        out.extend(p.not_reimbursed.iter().map(|l| never(l, lang)));
        return out;
    }
    out.push(if p.to_pay == p.total {
        m::payment_now(lang, m::PaymentNow { pay, insured })
    } else {
        // part was paid already: the insured care is that of the whole nota, not "of this"
        m::payment_now_part(lang, m::PaymentNowPart { pay, total: &money(p.total, lang), insured })
    });
    out.extend(p.not_reimbursed.iter().map(|l| never(l, lang)));
    for y in &p.years {
        let year = y.year.to_string();
        out.push(match (y.under_eigen_risico, p.under_18, y.used_given) {
            (None, _, _) => m::payment_er_unknown(lang, &year),
            (Some(_), true, _) => m::payment_er_under_18(lang, &year),
            (Some(u), false, given) => m::payment_er_share(
                lang,
                m::PaymentErShare { year: &year, amount: &money(u, lang), given: if given { "yes" } else { "no" } },
            ),
        });
    }
    if !p.under_18 {
        out.extend(super::estimate::budget_note(
            p.years.iter().filter(|y| y.under_eigen_risico.is_some()).map(|y| y.year),
            lang,
        ));
    }
    if let Some(payout) = &p.payout {
        out.extend(self::payout(p, payout, inputs, lang));
    } else {
        match (inputs.policy_percent, p.reimbursement_at_most, p.patient_pays_at_least) {
            (Some(pct), Some(back), Some(least)) => {
                // "72,5" in Dutch, "72.5" in English
                let pct =
                    pct.normalize().to_string().replace('.', &crate::words::format::decimal_point(lang).to_string());
                out.push(m::payment_policy(
                    lang,
                    m::PaymentPolicy { percent: &pct, back: &money(back, lang), least: &money(least, lang) },
                ));
                out.push(m::payment_policy_most(lang));
            }
            (Some(_), None, _) => out.push(m::payment_policy_unknown(lang)),
            _ => out.push(m::payment_policy_ask(lang, RANGE_SOURCE)),
        }
    }
    out.push(m::payment_hinderpaal(lang, HINDERPAAL_SOURCE));
    out.push(m::payment_contracted(lang));
    out
}

/// What the insurer's payout list says: the most that comes back (naming the lists), the lines it
/// does not hold, the years it has no list for.
fn payout(p: &Payment, payout: &Payout, inputs: &Inputs, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let lists: Vec<String> = payout.lists.iter().map(|s| format!("{}, {}", s.note, s.url)).collect();
    let lists = lists.join("; ");
    for year in &payout.no_list {
        out.push(m::payment_payout_no_list(
            lang,
            m::PaymentPayoutNoList { insurer: &payout.insurer, year: &year.to_string() },
        ));
    }
    if let (Some(back), Some(least)) = (p.reimbursement_at_most, p.patient_pays_at_least) {
        out.push(m::payment_payout(
            lang,
            m::PaymentPayout { back: &money(back, lang), least: &money(least, lang), lists: &lists },
        ));
    }
    if !payout.missing.is_empty() {
        let lines: Vec<String> = payout
            .missing
            .iter()
            .map(|(line, code)| {
                m::payment_payout_line(
                    lang,
                    m::PaymentPayoutLine { line: &line.to_string(), code: code.as_deref().unwrap_or("—") },
                )
            })
            .collect();
        out.push(m::payment_payout_missing(lang, &lines.join(", ")));
    }
    if p.reimbursement_at_most.is_none() {
        if inputs.policy_percent.is_some() {
            // a year's eigen risico not known
            out.push(m::payment_policy_unknown(lang));
        } else if !payout.missing.is_empty() {
            out.push(m::payment_payout_missing_unknown(lang, &lists));
        } else {
            // no list for the nota's years: the percentage is what is left to ask for
            out.push(m::payment_policy_ask(lang, RANGE_SOURCE));
        }
    } else if !payout.missing.is_empty() || !payout.no_list.is_empty() {
        out.push(m::payment_payout_missing_percent(lang));
    }
    out
}

/// A line never paid back, with its reason.
fn never(l: &crate::rules::payment::NotReimbursed, lang: Lang) -> String {
    m::payment_never(
        lang,
        m::PaymentNever {
            line: &l.line_no.to_string(),
            amount: &money(l.amount, lang),
            reason: &reason(l.reason, lang),
        },
    )
}

/// For the letter: the lines the insurer never pays back, with their reason, and the question
/// whether the patient pays them (`None` when there are none).
pub fn letter_not_reimbursed(p: &Payment, lang: Lang) -> Option<String> {
    if p.not_reimbursed.is_empty() {
        return None;
    }
    let lines: Vec<String> = p
        .not_reimbursed
        .iter()
        .map(|l| {
            m::letter_never_line(
                lang,
                m::LetterNeverLine {
                    line: &l.line_no.to_string(),
                    amount: &money(l.amount, lang),
                    reason: &reason(l.reason, lang),
                },
            )
        })
        .collect();
    Some(m::letter_never(lang, &lines.join("; ")))
}
