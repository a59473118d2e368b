//! The sentences around the lines: what the statement asks, what the trajectory has cost, the care
//! cluster, the review, the DBC comparison, whom to ask, and a letter to copy.

use crate::analysis::{NotaReport, Report};
use crate::clusters::{Cluster, Group, Supercluster};
use crate::dbc::Comparison;
use crate::format::{band, date_long, date_plain, days, interval, money, month};
use crate::lang::Lang;
use crate::model::Model;
use crate::review::{Review, Status};

/// The first and last date of care on a nota.
pub fn care_span(n: &NotaReport) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    // a credit line corrects care billed before: it is not care on this nota
    let dates = n.nota.lines.iter().filter(|l| !l.amount.is_sign_negative()).filter_map(|l| l.date);
    Some((dates.clone().min()?, dates.max()?))
}

/// "van 5 maart tot en met 26 maart 2024" / "from 5 March to 26 March 2024".
fn span_words(n: &NotaReport, lang: Lang) -> Option<String> {
    let (first, last) = care_span(n)?;
    Some(if first == last {
        lang.pick(format!("op {}", date_plain(first, lang)), format!("on {}", date_plain(first, lang)))
    } else {
        lang.pick(
            format!("van {} tot en met {}", date_plain(first, lang), date_plain(last, lang)),
            format!("from {} to {}", date_plain(first, lang), date_plain(last, lang)),
        )
    })
}

/// "Deze nota vraagt € 1.300,00 voor februari 2017."
pub fn month_total(n: &NotaReport, lang: Lang) -> String {
    let amount = money(n.month_total, lang);
    if n.model == Model::Zpm {
        return match (span_words(n, lang), lang) {
            (Some(span), Lang::Nl) => format!("Deze nota vraagt {amount} voor zorg {span}."),
            (Some(span), Lang::En) => format!("This statement asks {amount} for care {span}."),
            (None, Lang::Nl) => format!("Deze nota vraagt {amount}."),
            (None, Lang::En) => format!("This statement asks {amount}."),
        };
    }
    match (n.model, n.nota.billing_month, lang) {
        (Model::Dbc, _, Lang::Nl) => format!("Deze DBC-nota vraagt {amount} voor het hele behandeltraject."),
        (Model::Dbc, _, Lang::En) => format!("This DBC statement asks {amount} for the whole course of treatment."),
        (_, Some(m), Lang::Nl) => format!("Deze nota vraagt {amount} voor {}.", month(m, lang)),
        (_, Some(m), Lang::En) => format!("This statement asks {amount} for {}.", month(m, lang)),
        (_, None, Lang::Nl) => format!("Deze nota vraagt {amount}."),
        (_, None, Lang::En) => format!("This statement asks {amount}."),
    }
}

/// What is still to pay when the nota says part was paid already: "Nog te betalen € 364,59, € 168,94
/// is al betaald." (`None` when the nota states neither.)
pub fn still_to_pay(n: &NotaReport, lang: Lang) -> Option<String> {
    let paid = n.nota.already_paid.as_ref().map(|p| p.value);
    let balance = n.nota.balance_due.as_ref().map(|b| b.value);
    let balance = balance.or_else(|| paid.and_then(|p| n.month_total.checked_sub(p)));
    Some(match (balance?, paid, lang) {
        (b, Some(p), Lang::Nl) => format!("Nog te betalen {}, {} is al betaald.", money(b, lang), money(p, lang)),
        (b, Some(p), Lang::En) => format!("Still to pay {}; {} has been paid already.", money(b, lang), money(p, lang)),
        (b, None, Lang::Nl) => format!("Nog te betalen {}.", money(b, lang)),
        (b, None, Lang::En) => format!("Still to pay {}.", money(b, lang)),
    })
}

/// What the month total is for, in a few words: "voor februari 2017 (volgnummer 4)".
pub fn month_total_for(n: &NotaReport, lang: Lang) -> String {
    if n.model == Model::Zpm {
        let mut out = span_words(n, lang).map(|s| lang.pick(format!("voor zorg {s}"), format!("for care {s}")));
        if let Some(number) = &n.nota.invoice_number {
            let nr = lang.pick(format!("nota {number}"), format!("statement {number}"));
            out = Some(match out {
                Some(o) => format!("{o} ({nr})"),
                None => nr,
            });
        }
        return out.unwrap_or_default();
    }
    let mut out = match (n.model, n.nota.billing_month, lang) {
        (Model::Dbc, _, Lang::Nl) => "voor het hele behandeltraject (DBC)".to_string(),
        (Model::Dbc, _, Lang::En) => "for the whole course of treatment (DBC)".to_string(),
        (_, Some(m), Lang::Nl) => format!("voor {}", month(m, lang)),
        (_, Some(m), Lang::En) => format!("for {}", month(m, lang)),
        (_, None, _) => String::new(),
    };
    if let Some(s) = n.nota.sequence {
        out.push_str(&lang.pick(format!(" (volgnummer {s})"), format!(" (sequence number {s})")));
    }
    out.trim().to_string()
}

/// "Uw behandeltraject heeft tot en met februari 2017 € 8.700,00 gekost: …"
pub fn cumulative(n: &NotaReport, lang: Lang) -> String {
    let total = money(n.cumulative, lang);
    let until = n.nota.billing_month.map(|m| month(m, lang));
    match (n.nota.previously_billed, until, lang) {
        (Some(before), Some(m), Lang::Nl) => format!(
            "Uw behandeltraject heeft tot en met {m} in totaal {total} gekost: {} eerder en {} met deze nota.",
            money(before, lang),
            money(n.month_total, lang)
        ),
        (Some(before), Some(m), Lang::En) => format!(
            "Your course of treatment has cost {total} in all up to and including {m}: {} before and {} on this statement.",
            money(before, lang),
            money(n.month_total, lang)
        ),
        (Some(before), None, Lang::Nl) => format!(
            "Uw behandeltraject heeft tot nu toe {total} gekost: {} eerder en {} met deze nota.",
            money(before, lang),
            money(n.month_total, lang)
        ),
        (Some(before), None, Lang::En) => format!(
            "Your course of treatment has cost {total} so far: {} before and {} on this statement.",
            money(before, lang),
            money(n.month_total, lang)
        ),
        (None, _, Lang::Nl) => format!(
            "De nota zegt niet wat er eerder voor dit traject is gedeclareerd. Met deze nota is het traject tot nu toe minstens {total}."
        ),
        (None, _, Lang::En) => format!(
            "The statement does not say what was billed before for this course of treatment. With this statement it comes to at least {total} so far."
        ),
    }
}

/// "NotaWijzer vond 2 punten om na te vragen." / nothing.
pub fn findings_count(count: usize, lang: Lang) -> String {
    match (count, lang) {
        (0, Lang::Nl) => "NotaWijzer vond niets wat niet lijkt te kloppen.".to_string(),
        (0, Lang::En) => "NotaWijzer found nothing that looks wrong.".to_string(),
        (1, Lang::Nl) => "NotaWijzer vond 1 punt om na te vragen.".to_string(),
        (1, Lang::En) => "NotaWijzer found 1 thing to ask about.".to_string(),
        (n, Lang::Nl) => format!("NotaWijzer vond {n} punten om na te vragen."),
        (n, Lang::En) => format!("NotaWijzer found {n} things to ask about."),
    }
}

/// The cluster's name in the chosen language.
pub fn cluster_name(c: &Cluster, lang: Lang) -> &'static str {
    lang.pick(c.nl, c.en)
}

/// "I.a Licht/matig/ernstig" (just the name for "niet te clusteren", which has no code).
pub fn group_label(group: &Group, lang: Lang) -> String {
    format!("{} {}", group.code, lang.pick(group.nl, group.en)).trim().to_string()
}

/// "I Zorgvraag zonder verontrustende psychotische symptomen of wanen".
pub fn supercluster_label(supercluster: &Supercluster, lang: Lang) -> String {
    format!("{} {}", supercluster.numeral, lang.pick(supercluster.nl, supercluster.en)).trim().to_string()
}

/// "Uw zorgcluster is 4: Psychische aandoening ernstig."
pub fn cluster_sentence(c: &Cluster, lang: Lang) -> String {
    let group = lang.pick(c.group.nl, c.group.en);
    let sup = lang.pick(c.group.supercluster.nl, c.group.supercluster.en);
    // "Zorgvraag zonder …" after a colon in a sentence: a small first letter (the names are ASCII)
    let sup = sup.get(..1).map_or(String::new(), str::to_ascii_lowercase) + sup.get(1..).unwrap_or("");
    match (c.group.code.is_empty(), lang) {
        (false, Lang::Nl) => format!(
            "Uw zorgcluster is {}: {}. Het hoort bij groep {} ({group}), in supercluster {}: {}.",
            c.number, c.nl, c.group.code, c.group.supercluster.numeral, sup
        ),
        (false, Lang::En) => format!(
            "Your care cluster is {}: {}. It belongs to group {} ({group}), in supercluster {}: {}.",
            c.number, c.en, c.group.code, c.group.supercluster.numeral, sup
        ),
        (true, Lang::Nl) => {
            format!("Uw zorgcluster is {}: {}. Dit cluster staat apart van de drie superclusters.", c.number, c.nl)
        }
        (true, Lang::En) => format!(
            "Your care cluster is {}: {}. This cluster stands apart from the three superclusters.",
            c.number, c.en
        ),
    }
}

/// Indicative care period, or that it is not known, as a sentence.
pub fn indicative_period(c: &Cluster, lang: Lang) -> String {
    let value = indicative_period_value(c, lang);
    lang.pick(
        format!("Hoe lang de zorg in dit cluster meestal duurt: {value}."),
        format!("How long care in this cluster usually takes: {value}."),
    )
}

/// The indicative care period as a short value: "4 tot 6 maanden", or that it is unknown.
pub fn indicative_period_value(c: &Cluster, lang: Lang) -> String {
    match (c.indicative_months, lang) {
        (Some((a, b)), Lang::Nl) => format!("{a} tot {b} maanden"),
        (Some((a, b)), Lang::En) => format!("{a} to {b} months"),
        (None, Lang::Nl) => "niet bekend (de NZa heeft dit alleen voor cluster 3 gepubliceerd)".to_string(),
        (None, Lang::En) => "not known (the NZa published it only for cluster 3)".to_string(),
    }
}

/// "Dit cluster moet minstens elke 6 maanden opnieuw bekeken worden (review)."
pub fn review_interval(c: &Cluster, lang: Lang) -> String {
    lang.pick(
        format!(
            "Uw zorg in dit cluster moet minstens elke {} opnieuw bekeken worden (review).",
            interval(c.review, lang)
        ),
        format!(
            "Your care in this cluster must be looked at again (reviewed) at least every {}.",
            interval(c.review, lang)
        ),
    )
}

/// When the Dutch names are working translations: say so.
pub fn working_names_note(lang: Lang) -> &'static str {
    lang.pick(
        "Alleen de naam „Psychische aandoening ernstig” (cluster 4) komt uit een nota van de NZa. De andere Nederlandse namen zijn werkvertalingen van NotaWijzer uit de Engelse namen.",
        "Only the Dutch name “Psychische aandoening ernstig” (cluster 4) comes from an NZa statement. The other Dutch names are NotaWijzer's working translations of the English names.",
    )
}

/// What a zorgvraagtype is, for the patient's own type.
pub fn zorgvraagtype_sentence(c: &Cluster, lang: Lang) -> String {
    let name = cluster_name(c, lang);
    let n = c.number;
    lang.pick(
        format!("Uw zorgvraagtype is {n}: „{name}”. Het zorgvraagtype beschrijft hoe zwaar en ingewikkeld uw zorgvraag is. Het is de opvolger van het zorgcluster uit de proef van 2017 en heeft dezelfde nummers. Het zorgvraagtype bepaalt niet de prijs: die hangt af van de prestaties op de nota."),
        format!("Your zorgvraagtype (care-need type) is {n}: “{name}”. It describes how heavy and complex your need for care is. It succeeds the care cluster of the 2017 pilot and uses the same numbers. The zorgvraagtype does not set the price: that depends on the prestaties on the statement."),
    )
}

/// The rule NotaWijzer uses for re-assessing a zorgvraagtype, and what it cannot verify.
pub fn zorgvraagtype_review_note(lang: Lang) -> &'static str {
    lang.pick(
        "Uw behandelaar bepaalt het zorgvraagtype minstens één keer per jaar opnieuw. De officiële termijnen per zorgvraagtype zijn niet openbaar in een vorm die NotaWijzer kan controleren. Daarom rekent NotaWijzer met één jaar na de start van uw zorgtraject, en daarna elk jaar.",
        "Your practitioner assesses the zorgvraagtype again at least once a year. The official terms per zorgvraagtype are not published in a form NotaWijzer can verify. So NotaWijzer counts one year from the start of your course of care, and every year after that.",
    )
}

/// The names NotaWijzer shows for the zorgvraagtypes are its own working names.
pub fn zorgvraagtype_names_note(lang: Lang) -> &'static str {
    lang.pick(
        "De officiële Nederlandse namen van de zorgvraagtypes zijn niet openbaar in een vorm die NotaWijzer kan controleren. De namen hier zijn werkvertalingen van NotaWijzer uit de Engelse namen van het model waar het zorgvraagtype van afstamt.",
        "The official Dutch names of the zorgvraagtypes are not published in a form NotaWijzer can verify. The names here are NotaWijzer's working translations of the English names of the model the zorgvraagtype derives from.",
    )
}

/// The review date and where it stands.
pub fn review_sentence(n: &NotaReport, lang: Lang) -> String {
    let r = &n.review;
    if n.model == Model::Zpm {
        let Some(due) = r.due else {
            return lang
                .pick(
                    "De nota noemt geen startdatum van het zorgtraject, dus NotaWijzer kan niet uitrekenen wanneer het zorgvraagtype opnieuw bepaald moet worden.",
                    "The statement gives no start date of the course of care, so NotaWijzer cannot work out when the zorgvraagtype must be assessed again.",
                )
                .to_string();
        };
        let date = date_long(due, lang);
        let which = match (r.stated.is_some(), lang) {
            (true, Lang::Nl) => format!("Volgens de nota wordt uw zorgvraagtype uiterlijk op {date} opnieuw bepaald."),
            (true, Lang::En) => {
                format!("According to the statement, your zorgvraagtype will be assessed again by {date}.")
            }
            (false, Lang::Nl) => format!("Uw zorgvraagtype moet uiterlijk op {date} opnieuw bepaald worden."),
            (false, Lang::En) => format!("Your zorgvraagtype must be assessed again by {date} at the latest."),
        };
        return format!("{which} {}", review_status(r, lang));
    }
    let Some(due) = r.due else {
        return lang
            .pick(
                "De nota noemt geen reviewdatum, en NotaWijzer kan die niet uitrekenen zonder zorgcluster en startdatum.",
                "The statement gives no review date, and NotaWijzer cannot work it out without a care cluster and start date.",
            )
            .to_string();
    };
    let date = date_long(due, lang);
    let which = match (r.stated.is_some(), lang) {
        (true, Lang::Nl) => format!("Volgens de nota moet de review uiterlijk op {date} zijn."),
        (true, Lang::En) => format!("According to the statement, the review must take place by {date} at the latest."),
        (false, Lang::Nl) => {
            format!("De nota noemt geen reviewdatum. Volgens de regels voor dit cluster is dat uiterlijk {date}.")
        }
        (false, Lang::En) => {
            format!("The statement gives no review date. By the rules for this cluster it is {date} at the latest.")
        }
    };
    format!("{which} {}", review_status(r, lang))
}

/// "Nog 69 dagen." / "Die datum is 10 dagen geleden voorbij." / "Niet meer nodig: …"; for an old
/// nota, where it stood on the nota's last day of care.
pub fn review_status(r: &Review, lang: Lang) -> String {
    match (r.status, r.on, lang) {
        (Some(Status::Ahead { .. }), Some(on), Lang::Nl) => {
            format!(
                "Op de laatste dag van zorg op deze nota ({}) was die datum nog niet voorbij.",
                date_plain(on, lang)
            )
        }
        (Some(Status::Ahead { .. }), Some(on), Lang::En) => {
            format!(
                "On the last day of care on this statement ({}) that date had not yet passed.",
                date_plain(on, lang)
            )
        }
        (Some(Status::Passed { days_ago }), Some(on), Lang::Nl) => format!(
            "Op de laatste dag van zorg op deze nota ({}) was die datum {} voorbij.",
            date_plain(on, lang),
            days(days_ago, lang)
        ),
        (Some(Status::Passed { days_ago }), Some(on), Lang::En) => format!(
            "On the last day of care on this statement ({}) that date had passed {} before.",
            date_plain(on, lang),
            days(days_ago, lang)
        ),
        (status, _, _) => review_status_today(status, lang),
    }
}

fn review_status_today(status: Option<Status>, lang: Lang) -> String {
    match (status, lang) {
        (None, _) => String::new(),
        (Some(Status::Ahead { days_left: 0 }), Lang::Nl) => "Dat is vandaag.".to_string(),
        (Some(Status::Ahead { days_left: 0 }), Lang::En) => "That is today.".to_string(),
        (Some(Status::Ahead { days_left }), Lang::Nl) => format!("Dat is over {}.", days(days_left, lang)),
        (Some(Status::Ahead { days_left }), Lang::En) => format!("That is in {}.", days(days_left, lang)),
        (Some(Status::Passed { days_ago }), Lang::Nl) => {
            format!("Die datum is {} geleden voorbij.", days(days_ago, lang))
        }
        (Some(Status::Passed { days_ago }), Lang::En) => format!("That date passed {} ago.", days(days_ago, lang)),
        (Some(Status::NotNeeded { ended }), Lang::Nl) => {
            format!("Een review is niet meer nodig: uw zorg stopte op {}, voor die datum.", date_plain(ended, lang))
        }
        (Some(Status::NotNeeded { ended }), Lang::En) => {
            format!("A review is no longer needed: your care ended on {}, before that date.", date_plain(ended, lang))
        }
    }
}

/// A short label for the status: "nog 69 dagen", "10 dagen verlopen", "niet meer nodig"; for an
/// old nota, at its last day of care: "op tijd voor deze nota", "10 dagen te laat voor deze nota".
pub fn review_status_label(r: &Review, lang: Lang) -> String {
    match (r.status, r.on, lang) {
        (Some(Status::Ahead { .. }), Some(_), _) => {
            lang.pick("op tijd voor deze nota", "in time for this statement").to_string()
        }
        (Some(Status::Passed { days_ago }), Some(_), Lang::Nl) => {
            format!("{} te laat voor deze nota", days(days_ago, lang))
        }
        (Some(Status::Passed { days_ago }), Some(_), Lang::En) => {
            format!("{} late for this statement", days(days_ago, lang))
        }
        (status, ..) => review_status_label_today(status, lang),
    }
}

fn review_status_label_today(status: Option<Status>, lang: Lang) -> String {
    match (status, lang) {
        (None, Lang::Nl) => "onbekend".to_string(),
        (None, Lang::En) => "unknown".to_string(),
        (Some(Status::Ahead { days_left: 0 }), _) => lang.pick("vandaag", "today").to_string(),
        (Some(Status::Ahead { days_left }), Lang::Nl) => format!("nog {}", days(days_left, lang)),
        (Some(Status::Ahead { days_left }), Lang::En) => format!("{} left", days(days_left, lang)),
        (Some(Status::Passed { days_ago }), Lang::Nl) => format!("{} verlopen", days(days_ago, lang)),
        (Some(Status::Passed { days_ago }), Lang::En) => format!("passed {} ago", days(days_ago, lang)),
        (Some(Status::NotNeeded { .. }), _) => lang.pick("niet meer nodig", "no longer needed").to_string(),
    }
}

/// The comparison in words: the two totals and the difference, then why they differ.
pub fn comparison(c: &Comparison, lang: Lang) -> Vec<String> {
    let cluster = money(c.cluster_total, lang);
    let dbc = money(c.dbc_total, lang);
    let diff = money(c.difference.abs(), lang);
    let until = c.through.map(|m| month(m, lang));
    let mut out = Vec::new();
    out.push(match (&until, lang) {
        (Some(m), Lang::Nl) => format!("Met het zorgclustermodel kostte uw behandeltraject tot en met {m} {cluster}. Met het oude DBC-model kost hetzelfde traject {dbc}."),
        (Some(m), Lang::En) => format!("Under the care cluster model your course of treatment cost {cluster} up to and including {m}. Under the old DBC model the same course costs {dbc}."),
        (None, Lang::Nl) => format!("Met het zorgclustermodel kostte uw behandeltraject {cluster}. Met het oude DBC-model kost hetzelfde traject {dbc}."),
        (None, Lang::En) => format!("Under the care cluster model your course of treatment cost {cluster}. Under the old DBC model the same course costs {dbc}."),
    });
    out.push(difference(c, &diff, lang));
    let product = c.products.first().map(|p| (p.group.clone(), band(p.band, lang)));
    out.push(match (product, lang) {
        (Some((group, minutes)), Lang::Nl) => format!(
            "Waarom verschilt dat? Bij het DBC-model betaalt uw verzekeraar één bedrag voor het hele traject. Dat bedrag hangt af van de diagnosegroep („{group}”) en van hoeveel minuten er aan uw behandeling is besteed ({minutes}). De dagen in de kliniek komen erbij. Die nota komt pas aan het einde van het traject. Bij het zorgclustermodel komt er elke maand een nota voor wat er die maand is gedaan."
        ),
        (Some((group, minutes)), Lang::En) => format!(
            "Why the difference? Under the DBC model your insurer pays one amount for the whole course of treatment. That amount depends on the diagnosis group (“{group}”) and on how many minutes were spent on your treatment ({minutes}). The days in the clinic are added. That bill only comes at the end of the course. Under the care cluster model a statement comes every month for what was done that month."
        ),
        (None, Lang::Nl) => "Waarom verschilt dat? Bij het DBC-model betaalt uw verzekeraar één bedrag voor het hele traject, plus de dagen in de kliniek, en die nota komt pas aan het einde. Bij het zorgclustermodel komt er elke maand een nota.".to_string(),
        (None, Lang::En) => "Why the difference? Under the DBC model your insurer pays one amount for the whole course, plus the days in the clinic, and that bill only comes at the end. Under the care cluster model a statement comes every month.".to_string(),
    });
    if c.stay_days > 0 {
        out.push(lang.pick(
            format!(
                "In het DBC-bedrag zitten {} in de kliniek ({}).",
                days(c.stay_days as i64, lang),
                money(c.stay_total, lang)
            ),
            format!(
                "The DBC amount includes {} in the clinic ({}).",
                days(c.stay_days as i64, lang),
                money(c.stay_total, lang)
            ),
        ));
    }
    if let Some(max) = c.products.iter().find_map(|p| p.maximum_2018) {
        out.push(lang.pick(
            format!(
                "Ter vergelijking: het maximumtarief 2018 van de NZa voor dit DBC-product was {}.",
                money(max, lang)
            ),
            format!("For comparison: the NZa maximum tariff 2018 for this DBC product was {}.", money(max, lang)),
        ));
    }
    if !c.complete {
        out.push(lang.pick(
            "Let op: de zorgclusternota loopt nog niet tot het einde van het DBC-traject. De vergelijking is dus nog niet compleet.",
            "Note: the care cluster statement does not yet reach the end of the DBC course. So the comparison is not complete yet.",
        ).to_string());
    }
    out
}

fn difference(c: &Comparison, diff: &str, lang: Lang) -> String {
    match (c.difference.is_sign_negative() && !c.difference.is_zero(), c.difference.is_zero(), lang) {
        (_, true, Lang::Nl) => "Dat is precies hetzelfde bedrag.".to_string(),
        (_, true, Lang::En) => "That is exactly the same amount.".to_string(),
        (true, _, Lang::Nl) => format!("Met het zorgclustermodel betaalde uw verzekeraar dus {diff} minder."),
        (true, _, Lang::En) => format!("So under the care cluster model your insurer paid {diff} less."),
        (false, _, Lang::Nl) => format!("Met het zorgclustermodel betaalde uw verzekeraar dus {diff} meer."),
        (false, _, Lang::En) => format!("So under the care cluster model your insurer paid {diff} more."),
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
    let (so_far, est) = match (estimate, lang) {
        (false, _) => ("", ""),
        (true, Lang::Nl) => ("Tot nu toe ", "schatting: "),
        (true, Lang::En) => ("So far ", "estimate: "),
    };
    match (difference.is_zero(), difference.is_sign_negative(), lang) {
        (true, _, Lang::Nl) => format!("Evenveel als met het DBC-model ({est}{dbc})."),
        (true, _, Lang::En) => format!("The same as under the DBC model ({est}{dbc})."),
        (false, true, Lang::Nl) => format!("{so_far}{d} minder dan met het DBC-model ({est}{dbc})."),
        (false, true, Lang::En) => format!("{so_far}{d} less than under the DBC model ({est}{dbc})."),
        (false, false, Lang::Nl) => format!("{so_far}{d} meer dan met het DBC-model ({est}{dbc})."),
        (false, false, Lang::En) => format!("{so_far}{d} more than under the DBC model ({est}{dbc})."),
    }
}

/// What the comparison needs when there is no DBC statement.
pub fn no_comparison(lang: Lang) -> &'static str {
    lang.pick(
        "Voor een vergelijking met het oude DBC-model is ook de DBC-nota van hetzelfde traject nodig. Open die samen met deze nota. NotaWijzer rekent geen DBC-bedrag uit zonder die nota: de tarieven zijn niet volledig openbaar.",
        "A comparison with the old DBC model needs the DBC statement of the same course of treatment as well. Open it together with this statement. NotaWijzer does not work out a DBC amount without it: the tariffs are not fully public.",
    )
}

/// Whom to ask, in order (rijksoverheid.nl "Hoe kan ik een zorgnota controleren?"; NZa meldpunt).
pub fn whom_to_ask(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Nl => [
            "Vraag het eerst aan uw zorgverzekeraar. Die kan de nota nakijken en vertelt u wat er mee is gedaan.",
            "Kreeg u de nota rechtstreeks van uw zorgaanbieder (de praktijk of instelling)? Vraag het dan eerst aan uw zorgaanbieder.",
            "Komt u er samen niet uit? Meld het bij de Nederlandse Zorgautoriteit (NZa): www.nza.nl/contact/meldpunt, of bel 088 770 8 770 (op werkdagen van 9 tot 17 uur).",
            "Stuur nooit uw BSN, rekeningnummer of medische gegevens mee als u een vraag stelt.",
        ],
        Lang::En => [
            "Ask your health insurer first. They can check the statement and tell you what they did.",
            "Did the statement come straight from your care provider (the practice or institution)? Then ask your care provider first.",
            "Can't sort it out together? Report it to the Dutch Healthcare Authority (NZa): www.nza.nl/contact/meldpunt, or call 088 770 8 770 (working days, 9:00 to 17:00).",
            "Never send your citizen service number (BSN), bank account number or medical details when you ask a question.",
        ],
    }
}

/// A ready text listing the findings, to copy into a message. No name, no BSN, no medical detail.
pub fn letter(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(lang.pick("Geachte heer, mevrouw,\n\n", "Dear Sir or Madam,\n\n"));
    for n in report.notas.iter().filter(|n| !n.findings.is_empty()) {
        let which = match (n.nota.billing_month, n.nota.sequence, lang) {
            // a ZPM nota is known by its invoice number
            _ if n.nota.invoice_number.is_some() => {
                let nr = n.nota.invoice_number.as_deref().unwrap_or_default();
                lang.pick(format!("nota {nr}"), format!("statement {nr}"))
            }
            (Some(m), Some(s), Lang::Nl) => format!("de nota over {} (volgnummer {s})", month(m, lang)),
            (Some(m), Some(s), Lang::En) => format!("the statement for {} (sequence number {s})", month(m, lang)),
            (Some(m), None, Lang::Nl) => format!("de nota over {}", month(m, lang)),
            (Some(m), None, Lang::En) => format!("the statement for {}", month(m, lang)),
            (None, Some(s), Lang::Nl) => format!("de nota met volgnummer {s}"),
            (None, Some(s), Lang::En) => format!("the statement with sequence number {s}"),
            (None, None, Lang::Nl) => "mijn nota".to_string(),
            (None, None, Lang::En) => "my statement".to_string(),
        };
        let model = match (n.model, lang) {
            (Model::Dbc, Lang::Nl) => " (DBC)",
            (Model::Dbc, Lang::En) => " (DBC)",
            _ => "",
        };
        out.push_str(&lang.pick(
            format!("Ik heb een vraag over {which}{model}. Het gaat om het volgende:\n"),
            format!("I have a question about {which}{model}. It is about the following:\n"),
        ));
        const IN_LETTER: usize = 50;
        for f in n.findings.iter().take(IN_LETTER) {
            out.push_str("- ");
            out.push_str(&super::findings::letter_finding(f, lang));
            out.push('\n');
        }
        if n.findings.len() > IN_LETTER {
            let more = n.findings.len() - IN_LETTER;
            out.push_str(&lang.pick(
                format!("- en nog {more} punten zoals deze.\n"),
                format!("- and {more} more points like these.\n"),
            ));
        }
        // what is never reimbursed, in the same words as "Wat betaalt u?"
        if n.model == Model::Zpm {
            let p = crate::payment::payment(&n.nota, n.month_total, &crate::payment::Inputs::default());
            if let Some(line) = super::payment::letter_not_reimbursed(&p, lang) {
                out.push_str("- ");
                out.push_str(&line);
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out.push_str(lang.pick(
        "Wilt u dit voor mij nakijken en mij laten weten wat er klopt?\n\nMet vriendelijke groet,\n",
        "Could you please check this and let me know what is correct?\n\nKind regards,\n",
    ));
    out
}
