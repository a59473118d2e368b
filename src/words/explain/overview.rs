//! The sentences around the lines: what the statement asks, what the trajectory has cost, the care
//! cluster, the review, the DBC comparison, whom to ask, and a letter to copy.

use super::cluster_names::{cluster_name, group_name, supercluster_name};
use super::prestatie::NONE;
use crate::model::Model;
use crate::rules::analysis::{NotaReport, Report};
use crate::rules::clusters::Cluster;
use crate::rules::dbc::Comparison;
use crate::rules::review::{Review, Status};
use crate::words::format::{band, date_long, date_plain, days, interval, money, month};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// The first and last date of care on a nota.
pub fn care_span(n: &NotaReport) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    // a credit line corrects care billed before: it is not care on this nota
    let dates = n.nota.lines.iter().filter(|l| !l.amount.is_sign_negative()).filter_map(|l| l.date);
    Some((dates.clone().min()?, dates.max()?))
}

/// "Deze nota vraagt € 1.300,00 voor februari 2017."
pub fn month_total(n: &NotaReport, lang: Lang) -> String {
    let amount = money(n.month_total, lang);
    let (first, last) = span_values(n, lang);
    if n.model == Model::Zpm {
        return m::overview_month_total_zpm(
            lang,
            m::OverviewMonthTotalZpm { amount: &amount, first: &first, last: &last },
        );
    }
    let month_name = n.nota.billing_month.map(|mo| month(mo, lang));
    let kind = if n.model == Model::Dbc { "dbc" } else { "pilot" };
    m::overview_month_total(
        lang,
        m::OverviewMonthTotal { kind, amount: &amount, month: month_name.as_deref().unwrap_or(NONE) },
    )
}

/// The first and last day of care as written values ("none" when there is no dated care; the last
/// is "none" too when it is the same day).
fn span_values(n: &NotaReport, lang: Lang) -> (String, String) {
    match care_span(n) {
        None => (NONE.into(), NONE.into()),
        Some((first, last)) if first == last => (date_plain(first, lang), NONE.into()),
        Some((first, last)) => (date_plain(first, lang), date_plain(last, lang)),
    }
}

/// What is still to pay when the nota says part was paid already: "Nog te betalen € 364,59, € 168,94
/// is al betaald." (`None` when the nota states neither.)
pub fn still_to_pay(n: &NotaReport, lang: Lang) -> Option<String> {
    let paid = n.nota.already_paid.as_ref().map(|p| p.value);
    let balance = n.nota.balance_due.as_ref().map(|b| b.value);
    let balance = balance.or_else(|| paid.and_then(|p| n.month_total.checked_sub(p)))?;
    let paid = paid.map(|p| money(p, lang));
    Some(m::overview_still_to_pay(
        lang,
        m::OverviewStillToPay { balance: &money(balance, lang), paid: paid.as_deref().unwrap_or(NONE) },
    ))
}

/// What the month total is for, in a few words: "voor februari 2017 (volgnummer 4)".
pub fn month_total_for(n: &NotaReport, lang: Lang) -> String {
    if n.model == Model::Zpm {
        let (first, last) = span_values(n, lang);
        let number = n.nota.invoice_number.as_deref().unwrap_or(NONE);
        if first == NONE && number == NONE {
            return String::new();
        }
        return m::overview_for_zpm(lang, m::OverviewForZpm { first: &first, last: &last, number });
    }
    let month_name = n.nota.billing_month.map(|mo| month(mo, lang));
    let sequence = n.nota.sequence.map(|s| s.to_string());
    let kind = if n.model == Model::Dbc { "dbc" } else { "pilot" };
    if kind == "pilot" && month_name.is_none() && sequence.is_none() {
        return String::new();
    }
    m::overview_for(
        lang,
        m::OverviewFor {
            kind,
            month: month_name.as_deref().unwrap_or(NONE),
            sequence: sequence.as_deref().unwrap_or(NONE),
        },
    )
}

/// "Uw behandeltraject heeft tot en met februari 2017 € 8.700,00 gekost: …"
pub fn cumulative(n: &NotaReport, lang: Lang) -> String {
    let total = money(n.cumulative, lang);
    let until = n.nota.billing_month.map(|mo| month(mo, lang));
    match n.nota.previously_billed {
        Some(before) => m::overview_cumulative(
            lang,
            m::OverviewCumulative {
                total: &total,
                until: until.as_deref().unwrap_or(NONE),
                before: &money(before, lang),
                now: &money(n.month_total, lang),
            },
        ),
        None => m::overview_cumulative_unknown(lang, &total),
    }
}

/// "NotaWijzer vond 2 punten om na te vragen." / nothing.
pub fn findings_count(count: usize, lang: Lang) -> String {
    m::overview_findings(lang, &count.to_string())
}

/// "Uw zorgcluster is 4: Psychische aandoening ernstig."
pub fn cluster_sentence(c: &Cluster, lang: Lang) -> String {
    let (number, name) = (c.number.to_string(), cluster_name(c, lang));
    if c.group.code.is_empty() {
        return m::cluster_sentence_apart(lang, m::ClusterSentenceApart { number: &number, name: &name });
    }
    let sup = c.group.supercluster;
    m::cluster_sentence(
        lang,
        m::ClusterSentence {
            number: &number,
            name: &name,
            group: c.group.code,
            groupname: &group_name(c.group, lang),
            numeral: sup.numeral,
            supername: &supercluster_name(sup, lang),
        },
    )
}

/// Indicative care period, or that it is not known, as a sentence.
pub fn indicative_period(c: &Cluster, lang: Lang) -> String {
    m::cluster_indicative(lang, &indicative_period_value(c, lang))
}

/// The indicative care period as a short value: "4 tot 6 maanden", or that it is unknown.
pub fn indicative_period_value(c: &Cluster, lang: Lang) -> String {
    match c.indicative_months {
        Some((a, b)) => {
            m::cluster_indicative_months(lang, m::ClusterIndicativeMonths { from: &a.to_string(), to: &b.to_string() })
        }
        None => m::cluster_indicative_unknown(lang),
    }
}

/// "Dit cluster moet minstens elke 6 maanden opnieuw bekeken worden (review)."
pub fn review_interval(c: &Cluster, lang: Lang) -> String {
    m::cluster_review_interval(lang, &interval(c.review, lang))
}

/// When the Dutch names are working translations: say so.
pub fn working_names_note(lang: Lang) -> String {
    m::cluster_working_names(lang)
}

/// What a zorgvraagtype is, for the patient's own type.
pub fn zorgvraagtype_sentence(c: &Cluster, lang: Lang) -> String {
    m::zvt_sentence(lang, m::ZvtSentence { number: &c.number.to_string(), name: &cluster_name(c, lang) })
}

/// The rule NotaWijzer uses for re-assessing a zorgvraagtype, and what it cannot verify.
pub fn zorgvraagtype_review_note(lang: Lang) -> String {
    m::zvt_review_note(lang)
}

/// The names NotaWijzer shows for the zorgvraagtypes are its own working names.
pub fn zorgvraagtype_names_note(lang: Lang) -> String {
    m::zvt_names_note(lang)
}

/// The review date and where it stands.
pub fn review_sentence(n: &NotaReport, lang: Lang) -> String {
    let r = &n.review;
    let kind = if n.model == Model::Zpm { "zvt" } else { "review" };
    let Some(due) = r.due else {
        return m::review_none(lang, kind);
    };
    let stated = if r.stated.is_some() { "yes" } else { "no" };
    let which = m::review_due(lang, m::ReviewDue { kind, stated, date: &date_long(due, lang) });
    let status = review_status(r, lang);
    if status.is_empty() { which } else { format!("{which} {status}") }
}

/// "Nog 69 dagen." / "Die datum is 10 dagen geleden voorbij." / "Niet meer nodig: …"; for an old
/// nota, where it stood on the nota's last day of care.
pub fn review_status(r: &Review, lang: Lang) -> String {
    match (r.status, r.on) {
        (Some(Status::Ahead { .. }), Some(on)) => m::review_on_ahead(lang, &date_plain(on, lang)),
        (Some(Status::Passed { days_ago }), Some(on)) => {
            m::review_on_passed(lang, m::ReviewOnPassed { on: &date_plain(on, lang), days: &days(days_ago, lang) })
        }
        (status, _) => match status {
            None => String::new(),
            Some(Status::Ahead { days_left: 0 }) => m::review_today(lang),
            Some(Status::Ahead { days_left }) => m::review_ahead(lang, &days(days_left, lang)),
            Some(Status::Passed { days_ago }) => m::review_passed(lang, &days(days_ago, lang)),
            Some(Status::NotNeeded { ended }) => m::review_not_needed(lang, &date_plain(ended, lang)),
        },
    }
}

/// A short label for the status: "nog 69 dagen", "10 dagen verlopen", "niet meer nodig"; for an
/// old nota, at its last day of care: "op tijd voor deze nota", "10 dagen te laat voor deze nota".
pub fn review_status_label(r: &Review, lang: Lang) -> String {
    match (r.status, r.on) {
        (Some(Status::Ahead { .. }), Some(_)) => m::review_label_in_time(lang),
        (Some(Status::Passed { days_ago }), Some(_)) => m::review_label_late(lang, &days(days_ago, lang)),
        (status, _) => match status {
            None => m::review_label_unknown(lang),
            Some(Status::Ahead { days_left: 0 }) => m::review_label_today(lang),
            Some(Status::Ahead { days_left }) => m::review_label_left(lang, &days(days_left, lang)),
            Some(Status::Passed { days_ago }) => m::review_label_passed(lang, &days(days_ago, lang)),
            Some(Status::NotNeeded { .. }) => m::review_label_not_needed(lang),
        },
    }
}

/// The comparison in words: the two totals and the difference, then why they differ.
pub fn comparison(c: &Comparison, lang: Lang) -> Vec<String> {
    let cluster = money(c.cluster_total, lang);
    let dbc = money(c.dbc_total, lang);
    let until = c.through.map(|mo| month(mo, lang));
    let mut out = vec![m::comparison_totals(
        lang,
        m::ComparisonTotals { cluster: &cluster, until: until.as_deref().unwrap_or(NONE), dbc: &dbc },
    )];
    out.push(m::comparison_difference(
        lang,
        m::ComparisonDifference { how: how(c.difference), difference: &money(c.difference.abs(), lang) },
    ));
    out.push(match c.products.first() {
        Some(p) => m::comparison_why(lang, m::ComparisonWhy { group: &p.group, minutes: &band(p.band, lang) }),
        None => m::comparison_why_short(lang),
    });
    if c.stay_days > 0 {
        out.push(m::comparison_stay(
            lang,
            m::ComparisonStay { days: &days(c.stay_days as i64, lang), amount: &money(c.stay_total, lang) },
        ));
    }
    if let Some(max) = c.products.iter().find_map(|p| p.maximum_2018) {
        out.push(m::comparison_maximum(lang, &money(max, lang)));
    }
    if !c.complete {
        out.push(m::comparison_incomplete(lang));
    }
    out
}

/// "same", "less" or "more": the key of a difference in the messages.
fn how(difference: rust_decimal::Decimal) -> &'static str {
    if difference.is_zero() {
        "same"
    } else if difference.is_sign_negative() {
        "less"
    } else {
        "more"
    }
}

/// The comparison in one line, for the overview: "€ 350,00 minder dan met het DBC-model (€ 9.050,00)."
pub fn comparison_glance(c: &Comparison, lang: Lang) -> String {
    difference_glance(c.difference, c.dbc_total, false, lang)
}

/// The difference with the DBC model in one line, for the pilot's DBC nota and, as an `estimate`,
/// for a ZPM trajectory: "Tot nu toe € 507,43 minder dan met het DBC-model (schatting: € 885,01)."
pub fn difference_glance(
    difference: rust_decimal::Decimal,
    dbc: rust_decimal::Decimal,
    estimate: bool,
    lang: Lang,
) -> String {
    let (d, dbc) = (money(difference.abs(), lang), money(dbc, lang));
    m::comparison_glance(
        lang,
        m::ComparisonGlance {
            how: how(difference),
            estimate: if estimate { "yes" } else { "no" },
            difference: &d,
            dbc: &dbc,
        },
    )
}

/// What the comparison needs when there is no DBC statement.
pub fn no_comparison(lang: Lang) -> String {
    m::comparison_none(lang)
}

/// Whom to ask, in order (rijksoverheid.nl "Hoe kan ik een zorgnota controleren?"; NZa meldpunt).
pub fn whom_to_ask(lang: Lang) -> [String; 4] {
    [m::ask_insurer(lang), m::ask_provider(lang), m::ask_nza(lang), m::ask_never_send(lang)]
}

/// The letter has something to ask: a nota with a point that may be wrong, or with lines the
/// insurer never pays back.
pub fn letter_asks(report: &Report) -> bool {
    report
        .notas
        .iter()
        .any(|n| n.findings.iter().any(|f| !f.is_information()) || never_paid_back(n, Lang::Nl).is_some())
        // an insurer's overview: always a letter, for a row the patient does not recognise
        || !report.overviews.is_empty()
}

/// On a ZPM nota, the lines never paid back as the letter asks about them.
fn never_paid_back(n: &NotaReport, lang: Lang) -> Option<String> {
    (n.model == Model::Zpm)
        .then(|| {
            let p = crate::rules::payment::payment(&n.nota, n.month_total, &crate::rules::payment::Inputs::default());
            super::payment::letter_not_reimbursed(&p, lang)
        })
        .flatten()
}

/// A ready text listing the findings, to copy into a message. No name, no BSN, no medical detail.
/// The letter to the insurer is written in Dutch (`Lang::Nl`); the app shows it in the patient's
/// language beside it, so they know what they send.
pub fn letter(report: &Report, lang: Lang) -> String {
    let mut out = m::letter_greeting(lang);
    out.push_str("\n\n");
    // the letter asks about what may be wrong, and about the lines never paid back; what is only
    // worth knowing is no question
    for (n, never) in report.notas.iter().map(|n| (n, never_paid_back(n, lang))) {
        if !n.findings.iter().any(|f| !f.is_information()) && never.is_none() {
            continue;
        }
        let month_name = n.nota.billing_month.map(|mo| month(mo, lang));
        let sequence = n.nota.sequence.map(|s| s.to_string());
        out.push_str(&m::letter_question(
            lang,
            m::LetterQuestion {
                number: n.nota.invoice_number.as_deref().unwrap_or(NONE),
                month: month_name.as_deref().unwrap_or(NONE),
                sequence: sequence.as_deref().unwrap_or(NONE),
                dbc: if n.model == Model::Dbc { "yes" } else { "no" },
            },
        ));
        out.push('\n');
        const IN_LETTER: usize = 50;
        let questions: Vec<&crate::rules::checks::Finding> =
            n.findings.iter().filter(|f| !f.is_information()).collect();
        for f in questions.iter().take(IN_LETTER) {
            out.push_str("- ");
            out.push_str(&super::findings::letter_finding(f, lang));
            out.push('\n');
        }
        if questions.len() > IN_LETTER {
            out.push_str("- ");
            out.push_str(&m::letter_more(lang, &(questions.len() - IN_LETTER).to_string()));
            out.push('\n');
        }
        // what is never reimbursed, in the same words as "Wat betaalt u?"
        if let Some(line) = never {
            out.push_str("- ");
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&super::insurer::letter_part(report, lang));
    out.push_str(&m::letter_closing(lang));
    out.push('\n');
    out
}
