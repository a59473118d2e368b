//! A sentence per finding, for the screen; and a version without medical detail (no cluster names
//! or numbers, no descriptions of care) for the letter a patient may send.

use crate::checks::Finding;
use crate::clusters::by_number;
use crate::format::{date_long, date_plain, days, interval, money, month};
use crate::lang::Lang;
use rust_decimal::Decimal;

/// The sentence shown on screen.
pub fn finding(f: &Finding, lang: Lang) -> String {
    match f {
        Finding::ClusterConflict { by_number: a, by_name: b, .. } => {
            let name = |n: u8| by_number(u32::from(n)).map_or("", |c| lang.pick(c.nl, c.en));
            lang.pick(
                format!(
                    "Het nummer en de naam van het zorgcluster passen niet bij elkaar: cluster {a} heet „{}”, maar de naam op de nota hoort bij cluster {b}. NotaWijzer gaat uit van het nummer.",
                    name(*a)
                ),
                format!(
                    "The number and the name of the care cluster do not match: cluster {a} is called “{}”, but the name on the statement belongs to cluster {b}. NotaWijzer uses the number.",
                    name(*a)
                ),
            )
        }
        Finding::AboveMaxTariff { line_no, code, year, max, amount } => {
            above_max(*line_no, Some(code), *year, *max, *amount, lang)
        }
        Finding::UnknownCluster { text, zorgvraagtype: true, .. } => lang.pick(
            format!("NotaWijzer kent het zorgvraagtype „{text}” niet. Er zijn 20 zorgvraagtypes, met de nummers 1 tot en met 21 (nummer 9 bestaat niet)."),
            format!("NotaWijzer does not know the zorgvraagtype “{text}”. There are 20 zorgvraagtypes, numbered 1 to 21 (there is no number 9)."),
        ),
        Finding::UnknownCluster { text, .. } => lang.pick(
            format!("NotaWijzer kent het zorgcluster „{text}” niet. Er zijn 21 zorgclusters, met de nummers 0 tot en met 21 (nummer 9 bestaat niet)."),
            format!("NotaWijzer does not know the care cluster “{text}”. There are 21 care clusters, numbered 0 to 21 (there is no number 9)."),
        ),
        Finding::ReviewBeyondInterval { stated, latest, interval: i, cluster, .. } => lang.pick(
            format!(
                "De reviewdatum op de nota ({}) is later dan mag. Bij cluster {cluster} moet de review binnen {} na de start van de zorg. Dat is uiterlijk {}.",
                date_plain(*stated, lang),
                interval(*i, lang),
                date_plain(*latest, lang)
            ),
            format!(
                "The review date on the statement ({}) is later than allowed. For cluster {cluster} the review must take place within {} of the start of care. That is {} at the latest.",
                date_plain(*stated, lang),
                interval(*i, lang),
                date_plain(*latest, lang)
            ),
        ),
        _ => letter_finding(f, lang),
    }
}

/// The sentence for a letter: the same facts, without medical detail.
pub fn letter_finding(f: &Finding, lang: Lang) -> String {
    match f {
        Finding::TotalMismatch { stated, lines_total, .. } => {
            let diff = money((*stated - *lines_total).abs(), lang);
            lang.pick(
                format!(
                    "Het totaal op de nota ({}) is niet gelijk aan de regels bij elkaar opgeteld ({}). Het verschil is {diff}.",
                    money(*stated, lang),
                    money(*lines_total, lang)
                ),
                format!(
                    "The total on the statement ({}) is not the same as the lines added up ({}). The difference is {diff}.",
                    money(*stated, lang),
                    money(*lines_total, lang)
                ),
            )
        }
        Finding::DuplicateLine { line_no, first_line_no } => lang.pick(
            format!("Regel {line_no} staat er twee keer op: dezelfde omschrijving, datum en hetzelfde bedrag als regel {first_line_no}. Is dit echt twee keer gebeurd?"),
            format!("Line {line_no} is on the statement twice: the same description, date and amount as line {first_line_no}. Did this really happen twice?"),
        ),
        Finding::DateOutsideMonth { line_no, date, month: m } => lang.pick(
            format!("De datum op regel {line_no} ({}) valt niet in {}, de maand van deze nota.", date_long(*date, lang), month(*m, lang)),
            format!("The date on line {line_no} ({}) is not in {}, the month of this statement.", date_long(*date, lang), month(*m, lang)),
        ),
        Finding::DateOutsideTrajectory { line_no, date, start, end } => {
            let d = date_long(*date, lang);
            match (start.filter(|s| date < s), end.filter(|e| date > e), lang) {
                (Some(s), _, Lang::Nl) => format!(
                    "De datum op regel {line_no} ({d}) ligt vóór de start van uw behandeltraject op {}.",
                    date_plain(s, lang)
                ),
                (Some(s), _, Lang::En) => format!(
                    "The date on line {line_no} ({d}) is before your course of treatment started on {}.",
                    date_plain(s, lang)
                ),
                (None, Some(e), Lang::Nl) => format!(
                    "De datum op regel {line_no} ({d}) ligt na het einde van uw behandeltraject op {}.",
                    date_plain(e, lang)
                ),
                (None, Some(e), Lang::En) => format!(
                    "The date on line {line_no} ({d}) is after your course of treatment ended on {}.",
                    date_plain(e, lang)
                ),
                (None, None, _) => lang.pick(
                    format!("De datum op regel {line_no} ({d}) valt buiten uw behandeltraject."),
                    format!("The date on line {line_no} ({d}) is outside your course of treatment."),
                ),
            }
        }
        Finding::ReviewOverdue { due, days_ago, retype: true, on: Some(on), .. } => lang.pick(
            format!(
                "Uw zorgvraagtype had uiterlijk {} opnieuw bepaald moeten worden: dat moet minstens één keer per jaar. Op de laatste dag van zorg op deze nota ({}) was die datum {} voorbij. NotaWijzer kan niet zien of dat gebeurd is. Vraag het uw behandelaar.",
                date_plain(*due, lang),
                date_plain(*on, lang),
                days(*days_ago, lang)
            ),
            format!(
                "Your zorgvraagtype should have been assessed again by {} at the latest: this must happen at least once a year. On the last day of care on this statement ({}) that date had passed {} before. NotaWijzer cannot see whether it happened. Ask your practitioner.",
                date_plain(*due, lang),
                date_plain(*on, lang),
                days(*days_ago, lang)
            ),
        ),
        Finding::ReviewOverdue { due, days_ago, retype: true, .. } => lang.pick(
            format!(
                "Uw zorgvraagtype had uiterlijk {} opnieuw bepaald moeten worden: dat moet minstens één keer per jaar. Die datum is {} geleden voorbij. NotaWijzer kan niet zien of dat gebeurd is. Vraag het uw behandelaar.",
                date_plain(*due, lang),
                days(*days_ago, lang)
            ),
            format!(
                "Your zorgvraagtype should have been assessed again by {} at the latest: this must happen at least once a year. That date passed {} ago. NotaWijzer cannot see whether it happened. Ask your practitioner.",
                date_plain(*due, lang),
                days(*days_ago, lang)
            ),
        ),
        Finding::ReviewOverdue { due, days_ago, on: Some(on), .. } => lang.pick(
            format!(
                "Uw zorg had uiterlijk {} opnieuw bekeken moeten worden (review). Op de laatste dag van zorg op deze nota ({}) was die datum {} voorbij.",
                date_plain(*due, lang),
                date_plain(*on, lang),
                days(*days_ago, lang)
            ),
            format!(
                "Your care should have been reviewed by {} at the latest. On the last day of care on this statement ({}) that date had passed {} before.",
                date_plain(*due, lang),
                date_plain(*on, lang),
                days(*days_ago, lang)
            ),
        ),
        Finding::ReviewOverdue { due, days_ago, .. } => lang.pick(
            format!(
                "Uw zorg had uiterlijk {} opnieuw bekeken moeten worden (review). Die datum is {} geleden voorbij.",
                date_plain(*due, lang),
                days(*days_ago, lang)
            ),
            format!(
                "Your care should have been reviewed by {} at the latest. That date passed {} ago.",
                date_plain(*due, lang),
                days(*days_ago, lang)
            ),
        ),
        Finding::ReviewBeyondInterval { stated, latest, .. } => lang.pick(
            format!(
                "De reviewdatum op de nota ({}) lijkt later dan de regels toestaan: uiterlijk {}.",
                date_plain(*stated, lang),
                date_plain(*latest, lang)
            ),
            format!(
                "The review date on the statement ({}) seems later than the rules allow: {} at the latest.",
                date_plain(*stated, lang),
                date_plain(*latest, lang)
            ),
        ),
        Finding::UnknownCluster { zorgvraagtype: true, .. } => lang.pick(
            "Het zorgvraagtype op de nota is niet duidelijk.".to_string(),
            "The zorgvraagtype on the statement is not clear.".to_string(),
        ),
        Finding::UnknownCluster { .. } | Finding::ClusterConflict { .. } => lang.pick(
            "Het zorgcluster op de nota is niet duidelijk.".to_string(),
            "The care cluster on the statement is not clear.".to_string(),
        ),
        Finding::AboveMaxTariff { line_no, year, max, amount, .. } => above_max(*line_no, None, *year, *max, *amount, lang),
        Finding::DateAfterInvoice { line_no, date, invoice_date } => lang.pick(
            format!(
                "De datum op regel {line_no} ({}) ligt na de datum van de nota ({}). Zorg die nog niet gegeven was, hoort niet op de nota.",
                date_long(*date, lang),
                date_plain(*invoice_date, lang)
            ),
            format!(
                "The date on line {line_no} ({}) is after the date of the statement ({}). Care that had not been given yet does not belong on the statement.",
                date_long(*date, lang),
                date_plain(*invoice_date, lang)
            ),
        ),
        Finding::SurchargeWithoutConsult { line_no, date } => match date {
            Some(d) => lang.pick(
                format!(
                    "Regel {line_no} is een toeslag, maar op deze nota staat geen consult op dezelfde dag ({}). Een toeslag hoort altijd bij een consult. Misschien staat dat consult op een andere nota. Vraag het anders na.",
                    date_plain(*d, lang)
                ),
                format!(
                    "Line {line_no} is a surcharge, but this statement has no consultation on the same day ({}). A surcharge always belongs to a consultation. Perhaps that consultation is on another statement. If not, ask about it.",
                    date_plain(*d, lang)
                ),
            ),
            None => lang.pick(
                format!("Regel {line_no} is een toeslag zonder datum, dus NotaWijzer kan het consult waar die bij hoort niet vinden. Een toeslag hoort altijd bij een consult."),
                format!("Line {line_no} is a surcharge without a date, so NotaWijzer cannot find the consultation it belongs to. A surcharge always belongs to a consultation."),
            ),
        },
        Finding::NonInsured { line_no, amount } => lang.pick(
            format!(
                "Regel {line_no} is zorg buiten het basispakket ({}). Dat is geen fout: deze zorg betaalt u zelf, of uw aanvullende verzekering als die het vergoedt. Twijfelt u? Vraag het uw zorgverzekeraar.",
                money(*amount, lang)
            ),
            format!(
                "Line {line_no} is care outside the basic package ({}). That is not a mistake: you pay for this care yourself, or your supplementary insurance if it covers it. In doubt? Ask your health insurer.",
                money(*amount, lang)
            ),
        ),
        Finding::CodeDescriptionMismatch { line_no, code, coded, described } => lang.pick(
            format!(
                "Op regel {line_no} past de omschrijving niet bij de code. Code {code} is {}, maar de omschrijving noemt {}. De code bepaalt het tarief. Vraag uw zorgaanbieder welke van de twee klopt.",
                consult_words(coded, lang),
                consult_words(described, lang)
            ),
            format!(
                "On line {line_no} the description does not match the code. Code {code} is {}, but the description names {}. The code sets the tariff. Ask your care provider which of the two is right.",
                consult_words(coded, lang),
                consult_words(described, lang)
            ),
        ),
        Finding::QuantityMismatch { line_no, quantity, unit_price, amount } => {
            let (q, p, a) = (count(*quantity, lang), money(*unit_price, lang), money(*amount, lang));
            lang.pick(
                format!("Op regel {line_no} staat {q} keer {p}, maar het bedrag is {a}. Dat klopt niet. Vraag uw zorgaanbieder welk bedrag juist is."),
                format!("Line {line_no} says {q} times {p}, but the amount is {a}. That does not add up. Ask your care provider which amount is right."),
            )
        }
    }
}

/// "een consult voor behandeling van 45 minuten met een gezondheidszorgpsycholoog": what a consult
/// is, with what is known of it.
fn consult_words(p: &crate::model::Prestatie, lang: Lang) -> String {
    use crate::model::ConsultKind::*;
    let mut out = lang.pick("een consult", "a consultation").to_string();
    match (p.consult, lang) {
        (Some(Diagnostiek), _) => {
            out.push_str(lang.pick(" voor onderzoek (diagnostiek)", " for assessment (diagnostiek)"))
        }
        (Some(Behandeling), _) => out.push_str(lang.pick(" voor behandeling", " for treatment")),
        _ => {}
    }
    if let Some(m) = p.minutes {
        out.push_str(&lang.pick(format!(" van {m} minuten"), format!(" of {m} minutes")));
    }
    if let Some(who) = p.profession {
        out.push_str(lang.pick(" met ", " with "));
        out.push_str(super::profession(who, lang));
    }
    out
}

/// A count as a person writes it: "3", "1,5" ("1.5" in English), from its whole hundredths (no
/// general decimal formatting in the download).
fn count(quantity: Decimal, lang: Lang) -> String {
    let c = crate::money::cents(quantity).unsigned_abs();
    let whole = crate::format::number(u32::try_from(c / 100).unwrap_or(u32::MAX), lang);
    match c % 100 {
        0 => whole,
        f if f % 10 == 0 => format!("{whole}{}{}", lang.pick(",", "."), f / 10),
        f => format!("{whole}{}{f:02}", lang.pick(",", ".")),
    }
}

/// Above the maximum tariff: gently within the 10 % a written contract may allow, firmly above it
/// (`zpm-reference.md` §2.1, the 10 % rule). `code` is left out of the letter.
fn above_max(line_no: usize, code: Option<&str>, year: i32, max: Decimal, amount: Decimal, lang: Lang) -> String {
    let limit = super::contract_limit(max);
    let (a, m, l) = (money(amount, lang), money(max, lang), money(limit, lang));
    let what = match code {
        Some(c) => format!("code {c}"),
        None => lang.pick("deze code", "this code").to_string(),
    };
    if amount <= limit {
        lang.pick(
            format!("Het bedrag op regel {line_no} ({a}) is hoger dan het maximumtarief van de NZa voor {what} in {year} ({m}). Dat mag alleen als uw zorgaanbieder er een schriftelijke afspraak over heeft met uw zorgverzekeraar: dan mag het tot 10% hoger zijn (hier tot {l}). Vraag of die afspraak er is."),
            format!("The amount on line {line_no} ({a}) is higher than the NZa maximum tariff for {what} in {year} ({m}). That is only allowed if your care provider has a written agreement about it with your health insurer: then it may be up to 10% higher (here up to {l}). Ask whether that agreement exists."),
        )
    } else {
        let pct = super::percent_above(amount, max).unwrap_or(0);
        lang.pick(
            format!("Het bedrag op regel {line_no} ({a}) is {pct}% hoger dan het maximumtarief van de NZa voor {what} in {year} ({m}). Ook met een schriftelijke afspraak met uw zorgverzekeraar mag het hoogstens 10% hoger zijn ({l}). Dit lijkt te veel: vraag uw zorgaanbieder of zorgverzekeraar om uitleg."),
            format!("The amount on line {line_no} ({a}) is {pct}% higher than the NZa maximum tariff for {what} in {year} ({m}). Even with a written agreement with your health insurer it may be at most 10% higher ({l}). This looks like too much: ask your care provider or health insurer to explain."),
        )
    }
}
