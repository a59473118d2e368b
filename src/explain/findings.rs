//! A sentence per finding, for the screen; and a version without medical detail (no cluster names
//! or numbers, no descriptions of care) for the letter a patient may send.

use crate::checks::Finding;
use crate::clusters::by_number;
use crate::format::{date_long, date_plain, days, interval, money, month};
use crate::lang::Lang;

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
        Finding::UnknownCluster { .. } | Finding::ClusterConflict { .. } => lang.pick(
            "Het zorgcluster op de nota is niet duidelijk.".to_string(),
            "The care cluster on the statement is not clear.".to_string(),
        ),
    }
}
