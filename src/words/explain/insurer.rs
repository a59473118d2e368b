//! The insurer's overview, bill or settlement in plain sentences (`crate::rules::overview`), and a
//! nota read together with it (`crate::rules::matching`). Never a name, a birth date or a policy
//! number: a person is "Verzekerde 2", a row is its date and provider.

use crate::model::overview::{Care, OverviewRow, Status};
use crate::model::{Line, LineKind};
use crate::rules::analysis::Report;
use crate::rules::context::{LineContext, MaxTariff};
use crate::rules::matching::Matching;
use crate::rules::overview::{Finding, Note, OverviewReport, ToPay};
use crate::util::fold::fold;
use crate::words::format::{date_long, money};
use crate::words::lang::Lang;
use crate::words::messages::m;

use super::prestatie::NONE;

/// "Verzekerde 2".
pub fn person(index: usize, lang: Lang) -> String {
    m::ov_person(lang, &(index + 1).to_string())
}

/// A row named by its date and provider ("de regel van 8 september 2026 (GGZ Oostland)").
pub fn row_ref(o: &OverviewReport, row_no: usize, start: bool, lang: Lang) -> String {
    let row = o.row(row_no);
    let date = row.and_then(|r| r.date).map(|d| date_long(d, lang));
    m::ov_row_ref(
        lang,
        m::OvRowRef {
            case: if start { "start" } else { "mid" },
            date: date.as_deref().unwrap_or(NONE),
            provider: row.and_then(|r| r.provider.as_deref()).unwrap_or(NONE),
        },
    )
}

/// What the document is, what it asks or pays back now, by when, and the eigen risico left.
pub fn headline(o: &OverviewReport, lang: Lang) -> Vec<String> {
    let mut out = vec![m::ov_kind(lang, o.overview.kind.code())];
    match &o.to_pay {
        ToPay::Owes { amount, years } if years.is_empty() => out.push(m::ov_owes_plain(lang, &money(*amount, lang))),
        ToPay::Owes { amount, years } => {
            let (first, last) = (years[0].to_string(), years[years.len() - 1].to_string());
            let last = if years.len() > 1 { last.as_str() } else { NONE };
            out.push(m::ov_owes(lang, m::OvOwes { amount: &money(*amount, lang), first: &first, last }))
        }
        ToPay::Refund { amount, .. } => out.push(m::ov_refund(lang, &money(*amount, lang))),
        ToPay::NotABill => {
            let charged = o.notes.iter().find_map(|n| match n {
                Note::NotABill { charged } => Some(*charged),
                _ => None,
            });
            out.push(m::ov_not_a_bill(lang, &money(charged.unwrap_or_default(), lang)));
        }
    }
    if let (Some(due), ToPay::Owes { .. }) = (o.overview.due_date, &o.to_pay) {
        out.push(m::ov_due(lang, &date_long(due, lang)));
    }
    out
}

/// One person's eigen risico in one year.
pub fn year(o: &OverviewReport, y: &crate::rules::overview::YearRisk, lang: Lang) -> String {
    let year = y.year.to_string();
    let mut s = if y.minor {
        m::ov_minor(lang, m::OvMinor { person: &person(y.person, lang), year: &year })
    } else {
        let used = money(y.stated_used.map_or(y.charged, |u| u.max(y.charged)), lang);
        match (y.amount, y.remaining) {
            (Some(amount), Some(left)) => m::ov_left(
                lang,
                m::OvLeft { year: &year, used: &used, left: &money(left, lang), amount: &money(amount, lang) },
            ),
            _ => m::ov_left_unknown(lang, m::OvLeftUnknown { year: &year, used: &used }),
        }
    };
    if o.family() && !y.minor {
        s = format!("{}: {s}", person(y.person, lang));
    }
    s
}

/// A finding in words.
pub fn finding(o: &OverviewReport, f: &Finding, lang: Lang) -> String {
    let mo = |a| money(a, lang);
    match f {
        Finding::StandDoesNotAdd { year, stated, expected, .. } => m::ov_finding_stand(
            lang,
            m::OvFindingStand { year: &year.to_string(), stated: &mo(*stated), expected: &mo(*expected) },
        ),
        Finding::RowsAboveStand { year, stated, rows, .. } => m::ov_finding_rows_above(
            lang,
            m::OvFindingRowsAbove { year: &year.to_string(), rows: &mo(*rows), stated: &mo(*stated) },
        ),
        Finding::TotalNotRows { stated, rows } => {
            m::ov_finding_total(lang, m::OvFindingTotal { stated: &mo(*stated), rows: &mo(*rows) })
        }
        Finding::RefundNotAdd { stated, expected } => {
            m::ov_finding_refund(lang, m::OvFindingRefund { stated: &mo(*stated), expected: &mo(*expected) })
        }
        Finding::AboveYear { year, charged, amount, .. } => m::ov_finding_above_year(
            lang,
            m::OvFindingAboveYear { year: &year.to_string(), charged: &mo(*charged), amount: &mo(*amount) },
        ),
        Finding::Verkennend { row_no, amount } => m::ov_finding_verkennend(
            lang,
            m::OvFindingVerkennend { row: &row_ref(o, *row_no, true, lang), amount: &mo(*amount) },
        ),
        Finding::Minor { row_no, amount } => {
            m::ov_finding_minor(lang, m::OvFindingMinor { row: &row_ref(o, *row_no, true, lang), amount: &mo(*amount) })
        }
        Finding::Twice { row_no, .. } => m::ov_finding_twice(lang, &row_ref(o, *row_no, true, lang)),
    }
}

/// A note in words; `None` for what the headline says already.
pub fn note(o: &OverviewReport, n: &Note, lang: Lang) -> Option<String> {
    let mo = |a| money(a, lang);
    Some(match n {
        Note::NotABill { .. } => return None,
        Note::EarlierYear { year } => m::ov_note_earlier_year(lang, &year.to_string()),
        Note::TwoYears { first, last } => {
            m::ov_note_two_years(lang, m::OvNoteTwoYears { first: &first.to_string(), last: &last.to_string() })
        }
        Note::December { year } => m::ov_note_december(lang, &year.to_string()),
        Note::Settlement { paid, used, .. } => {
            m::ov_note_settlement(lang, m::OvNoteSettlement { paid: &mo(*paid), used: &mo(*used) })
        }
        Note::Pending { count } => m::ov_note_pending(lang, &count.to_string()),
        Note::Rejected { row_no } => {
            let row = row_ref(o, *row_no, true, lang);
            match o.row(*row_no).and_then(|r| r.reason.as_deref()) {
                Some(reason) => m::ov_note_rejected(lang, m::OvNoteRejected { row: &row, reason }),
                None => m::ov_note_rejected_no_reason(lang, &row),
            }
        }
        Note::OtherCare { year, amount, .. } => {
            m::ov_note_other_care(lang, m::OvNoteOtherCare { year: &year.to_string(), amount: &mo(*amount) })
        }
        Note::SameDay { row_no, first } => m::ov_note_same_day(
            lang,
            m::OvNoteSameDay { row: &row_ref(o, *row_no, true, lang), first: &row_ref(o, *first, false, lang) },
        ),
        Note::Minor { person: p } => m::ov_note_minor(lang, &person(*p, lang)),
        Note::Budget { year } => return super::estimate::budget_note([*year], lang),
    })
}

/// The verdict: the points to ask about, or nothing wrong once rows were read.
pub fn verdict(o: &OverviewReport, lang: Lang) -> String {
    if !o.findings.is_empty() {
        m::ov_verdict_points(lang, &o.findings.len().to_string())
    } else if o.overview.rows.is_empty() {
        m::ov_no_rows(lang)
    } else {
        m::ov_verdict_fine(lang, &o.overview.rows.len().to_string())
    }
}

/// What a row of mental health care is: from its code where printed, else from its words, as a
/// nota line is explained; that a contracted amount lies below the NZa maximum; the terms it
/// uses. Other care is named in a word.
pub fn row(row: &OverviewRow, max: Option<MaxTariff>, lang: Lang) -> String {
    if row.care == Care::Other {
        return m::ov_other_care(lang);
    }
    let kind = crate::read::prestatie::classify(row.code.as_deref(), &row.description, "");
    let mut out = match &kind {
        LineKind::Prestatie(_) => {
            let line = Line::new(
                row.row_no,
                row.description.clone(),
                row.code.clone(),
                kind.clone(),
                row.date,
                row.declared.unwrap_or_default(),
            );
            // no declared amount on the row (a bill lists what it charges): no "it costs € 0,00"
            let context =
                LineContext { max_tariff: max, amount_unknown: row.declared.is_none(), ..LineContext::default() };
            super::lines::line_with(&line, &context, lang)
        }
        _ => m::ov_ggz_unknown(lang),
    };
    // below the maximum: what a contract agrees (never a finding)
    if max.is_some_and(|m| row.declared.is_some_and(|d| d < m.amount)) {
        out.push(' ');
        out.push_str(&m::ov_contracted(lang));
    }
    let words = fold(&row.description);
    for (term, sentence) in [
        ("directe tijd", m::ov_term_direct as fn(Lang) -> String),
        ("multidisciplin", m::ov_term_multi),
        ("setting", m::ov_term_setting),
    ] {
        if words.contains(term) {
            out.push(' ');
            out.push_str(&sentence(lang));
        }
    }
    out
}

/// Whom to ask about an overview: the insurer, then SKGZ; never send a BSN.
pub fn whom(lang: Lang) -> Vec<String> {
    vec![m::ov_ask(lang), m::ask_never_send(lang)]
}

/// The letter's part about the overviews: each point that may be wrong, each rejected row, and a
/// line for a row the patient does not recognise. No name, no birth date, no policy number.
pub fn letter_part(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    if report.overviews.is_empty() {
        return out;
    }
    out.push_str(&m::letter_ov_question(lang));
    out.push('\n');
    for o in &report.overviews {
        for f in &o.findings {
            out.push_str("- ");
            out.push_str(&finding(o, f, lang));
            out.push('\n');
        }
        for r in o.overview.rows.iter().filter(|r| r.status == Status::Rejected) {
            if let Some(text) = note(o, &Note::Rejected { row_no: r.row_no }, lang) {
                out.push_str("- ");
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    out.push_str("- ");
    out.push_str(&m::letter_ov_unknown(lang));
    out.push_str("\n\n");
    out
}

/// A nota and the overview together, in sentences.
pub fn matching(report: &Report, mt: &Matching, lang: Lang) -> Vec<String> {
    let mo = |a| money(a, lang);
    let mut out = Vec::new();
    let processed = mt.matches.iter().filter(|x| x.status == Status::Processed).count();
    out.push(m::match_processed(lang, &processed.to_string()));
    let line =
        |n: usize, line_no: usize| report.notas.get(n).and_then(|r| r.nota.lines.iter().find(|l| l.line_no == line_no));
    for (n, line_no) in &mt.unprocessed {
        if let Some(l) = line(*n, *line_no) {
            let date = l.date.map(|d| date_long(d, lang));
            out.push(m::match_unprocessed(
                lang,
                m::MatchUnprocessed { date: date.as_deref().unwrap_or(NONE), amount: &mo(l.amount) },
            ));
        }
    }
    for x in mt.matches.iter().filter(|x| x.declared_differs) {
        let (Some(l), Some(r)) =
            (line(x.nota, x.line_no), report.overviews.get(x.overview).and_then(|o| o.row(x.row_no)))
        else {
            continue;
        };
        let date = l.date.map(|d| date_long(d, lang));
        out.push(m::match_differs(
            lang,
            m::MatchDiffers {
                date: date.as_deref().unwrap_or(NONE),
                nota: &mo(l.amount),
                declared: &mo(r.declared.unwrap_or_default()),
            },
        ));
    }
    for (o, row_no, n, line_no) in &mt.twice {
        let date = line(*n, *line_no).and_then(|l| l.date).map(|d| date_long(d, lang));
        if let Some(ov) = report.overviews.get(*o) {
            out.push(m::match_twice(
                lang,
                m::MatchTwice { row: &row_ref(ov, *row_no, true, lang), date: date.as_deref().unwrap_or(NONE) },
            ));
        }
    }
    for (o, row_no) in &mt.without_nota {
        if let Some(ov) = report.overviews.get(*o) {
            out.push(m::match_without_nota(lang, &row_ref(ov, *row_no, true, lang)));
        }
    }
    // a nota the patient pays: what came back against it, and what it costs so far
    if processed > 0 {
        let total =
            report.notas.iter().map(|n| n.month_total).fold(rust_decimal::Decimal::ZERO, crate::model::money::plus);
        out.push(m::match_paid(
            lang,
            m::MatchPaid {
                reimbursed: &mo(mt.reimbursed),
                er: &mo(mt.eigen_risico),
                total: &mo(total),
                net: &mo(crate::model::money::minus(total, mt.reimbursed)),
            },
        ));
        if !mt.unprocessed_amount.is_zero() {
            out.push(m::match_paid_more(lang, &mo(mt.unprocessed_amount)));
        }
    }
    out
}
