//! A sentence per finding, for the screen; and a version without medical detail (no cluster names
//! or numbers, no descriptions of care) for the letter a patient may send.

use super::prestatie::NONE;
use crate::rules::checks::Finding;
use crate::rules::clusters::by_number;
use crate::words::format::{date_long, date_plain, days, interval, money, month};
use crate::words::lang::Lang;
use crate::words::messages::m;
use rust_decimal::Decimal;

/// The sentence shown on screen.
pub fn finding(f: &Finding, lang: Lang) -> String {
    match f {
        Finding::ClusterConflict { by_number: a, by_name: b, .. } => {
            let name =
                by_number(u32::from(*a)).map(|c| super::cluster_names::cluster_name(c, lang)).unwrap_or_default();
            m::finding_cluster_conflict(
                lang,
                m::FindingClusterConflict { number: &a.to_string(), name: &name, other: &b.to_string() },
            )
        }
        Finding::AboveMaxTariff { line_no, code, year, max, amount } => {
            above_max(*line_no, Some(code), *year, *max, *amount, lang)
        }
        Finding::UnknownCluster { text, zorgvraagtype: true, .. } => m::finding_unknown_zvt(lang, text),
        Finding::UnknownCluster { text, .. } => m::finding_unknown_cluster(lang, text),
        Finding::ReviewBeyondInterval { stated, latest, interval: i, cluster, .. } => m::finding_review_beyond(
            lang,
            m::FindingReviewBeyond {
                stated: &date_plain(*stated, lang),
                cluster: &cluster.to_string(),
                interval: &interval(*i, lang),
                latest: &date_plain(*latest, lang),
            },
        ),
        _ => letter_finding(f, lang),
    }
}

/// The sentence for a letter: the same facts, without medical detail.
pub fn letter_finding(f: &Finding, lang: Lang) -> String {
    let no = |n: &usize| n.to_string();
    match f {
        Finding::TotalMismatch { stated, lines_total, .. } => m::finding_total_mismatch(
            lang,
            m::FindingTotalMismatch {
                stated: &money(*stated, lang),
                lines: &money(*lines_total, lang),
                difference: &money((*stated - *lines_total).abs(), lang),
            },
        ),
        Finding::DuplicateLine { line_no, first_line_no } => {
            m::finding_duplicate(lang, m::FindingDuplicate { line: &no(line_no), first: &no(first_line_no) })
        }
        Finding::DateOutsideMonth { line_no, date, month: mo } => m::finding_outside_month(
            lang,
            m::FindingOutsideMonth { line: &no(line_no), date: &date_long(*date, lang), month: &month(*mo, lang) },
        ),
        Finding::DateOutsideTrajectory { line_no, date, start, end } => {
            let d = date_long(*date, lang);
            match (start.filter(|s| date < s), end.filter(|e| date > e)) {
                (Some(s), _) => m::finding_before_trajectory(
                    lang,
                    m::FindingBeforeTrajectory { line: &no(line_no), date: &d, start: &date_plain(s, lang) },
                ),
                (None, Some(e)) => m::finding_after_trajectory(
                    lang,
                    m::FindingAfterTrajectory { line: &no(line_no), date: &d, end: &date_plain(e, lang) },
                ),
                (None, None) => {
                    m::finding_outside_trajectory(lang, m::FindingOutsideTrajectory { line: &no(line_no), date: &d })
                }
            }
        }
        Finding::ReviewOverdue { due, days_ago, retype, on, .. } => {
            let on = on.map(|o| date_plain(o, lang));
            let kind = if *retype { "zvt" } else { "review" };
            m::finding_review_overdue(
                lang,
                m::FindingReviewOverdue {
                    kind,
                    due: &date_plain(*due, lang),
                    on: on.as_deref().unwrap_or(NONE),
                    days: &days(*days_ago, lang),
                },
            )
        }
        Finding::ReviewBeyondInterval { stated, latest, .. } => m::finding_review_beyond_letter(
            lang,
            m::FindingReviewBeyondLetter { stated: &date_plain(*stated, lang), latest: &date_plain(*latest, lang) },
        ),
        Finding::UnknownCluster { zorgvraagtype: true, .. } => m::finding_unclear_zvt(lang),
        Finding::UnknownCluster { .. } | Finding::ClusterConflict { .. } => m::finding_unclear_cluster(lang),
        Finding::AboveMaxTariff { line_no, year, max, amount, .. } => {
            above_max(*line_no, None, *year, *max, *amount, lang)
        }
        Finding::DateAfterInvoice { line_no, date, invoice_date } => m::finding_after_invoice(
            lang,
            m::FindingAfterInvoice {
                line: &no(line_no),
                date: &date_long(*date, lang),
                invoice: &date_plain(*invoice_date, lang),
            },
        ),
        Finding::SurchargeWithoutConsult { line_no, date } => {
            let d = date.map(|d| date_plain(d, lang));
            m::finding_surcharge_alone(
                lang,
                m::FindingSurchargeAlone { line: &no(line_no), date: d.as_deref().unwrap_or(NONE) },
            )
        }
        Finding::NonInsured { line_no, amount } => {
            m::finding_non_insured(lang, m::FindingNonInsured { line: &no(line_no), amount: &money(*amount, lang) })
        }
        Finding::CodeDescriptionMismatch { line_no, code, coded, described } => m::finding_code_description(
            lang,
            m::FindingCodeDescription {
                line: &no(line_no),
                code,
                coded: &consult_words(coded, lang),
                described: &consult_words(described, lang),
            },
        ),
        Finding::QuantityMismatch { line_no, quantity, unit_price, amount } => m::finding_quantity(
            lang,
            m::FindingQuantity {
                line: &no(line_no),
                quantity: &count(*quantity, lang),
                price: &money(*unit_price, lang),
                amount: &money(*amount, lang),
            },
        ),
        Finding::QuarterHours { line_no, last_line_no, date, count, amount } => m::finding_quarter_hours(
            lang,
            m::FindingQuarterHours {
                first: &no(line_no),
                last: &no(last_line_no),
                date: &date_plain(*date, lang),
                count: &count.to_string(),
                minutes: &(u32::from(*count) * 15).to_string(),
                amount: &money(*amount, lang),
                url: crate::rules::context::RULES_2026,
            },
        ),
        Finding::PrivacyStatement => m::finding_privacy(lang, PRIVACY_SOURCE),
    }
}

/// The NZa on the zorgvraagtype and the privacyverklaring (`real-nota-layouts.md`, "The rules
/// behind a line").
pub const PRIVACY_SOURCE: &str =
    "https://www.nza.nl/documenten/vragen-en-antwoorden/is-het-vastleggen-van-zorgvraagtypering-verplicht";

/// "een consult voor behandeling van 45 minuten met een gezondheidszorgpsycholoog": what a consult
/// is, with what is known of it.
fn consult_words(p: &crate::model::Prestatie, lang: Lang) -> String {
    use crate::model::ConsultKind::*;
    let kind = match p.consult {
        Some(Diagnostiek) => "diagnostiek",
        Some(Behandeling) => "behandeling",
        _ => "other",
    };
    let minutes = p.minutes.map(|m| m.to_string());
    let who = p.profession.map(|w| super::prestatie::profession(w, lang));
    m::consult_words(
        lang,
        m::ConsultWords { kind, minutes: minutes.as_deref().unwrap_or(NONE), who: who.as_deref().unwrap_or(NONE) },
    )
}

/// A count as a person writes it: "3", "1,5" ("1.5" in English), from its whole hundredths (no
/// general decimal formatting in the download).
fn count(quantity: Decimal, lang: Lang) -> String {
    let c = crate::model::money::cents(quantity).unsigned_abs();
    let whole = crate::words::format::number(u32::try_from(c / 100).unwrap_or(u32::MAX), lang);
    let point = crate::words::format::decimal_point(lang);
    match c % 100 {
        0 => whole,
        f if f % 10 == 0 => format!("{whole}{point}{}", f / 10),
        f => format!("{whole}{point}{f:02}"),
    }
}

/// Above the maximum tariff: gently within the 10 % a written contract may allow, firmly above it
/// (`zpm-reference.md` §2.1, the 10 % rule). `code` is left out of the letter.
fn above_max(line_no: usize, code: Option<&str>, year: i32, max: Decimal, amount: Decimal, lang: Lang) -> String {
    let limit = super::prestatie::contract_limit(max);
    let (a, mx, l) = (money(amount, lang), money(max, lang), money(limit, lang));
    let (no, year, code) = (line_no.to_string(), year.to_string(), code.unwrap_or(NONE));
    if amount <= limit {
        m::finding_above_max_contract(
            lang,
            m::FindingAboveMaxContract { line: &no, amount: &a, code, year: &year, max: &mx, limit: &l },
        )
    } else {
        let pct = super::prestatie::percent_above(amount, max).unwrap_or(0).to_string();
        m::finding_above_max(
            lang,
            m::FindingAboveMax { line: &no, amount: &a, percent: &pct, code, year: &year, max: &mx, limit: &l },
        )
    }
}
