//! Every finding code, each provoked by a small nota, and its sentence.

mod common;
use common::*;

use notawijzer::Lang;
use notawijzer::rules::checks::Finding;
use notawijzer::words::explain;

fn only(code: &str, text: &str) -> Finding {
    let r = one(text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let found: Vec<_> = r.notas[0].findings.iter().filter(|f| f.code() == code).cloned().collect();
    assert_eq!(found.len(), 1, "{code}: {:?}", r.notas[0].findings);
    found.into_iter().next().unwrap()
}

#[test]
fn total_mismatch() {
    let f = only("total_mismatch", &FEB.replace("€1.300", "€1.400"));
    assert_eq!(f, Finding::TotalMismatch { line_no: 18, stated: dec("1400"), lines_total: dec("1300") });
    assert_eq!(
        explain::finding(&f, Lang::Nl),
        "Het totaal op de nota (€ 1.400,00) is niet gelijk aan de regels bij elkaar opgeteld (€ 1.300,00). Het verschil is € 100,00."
    );
}

#[test]
fn duplicate_line() {
    let text = FEB.replace("Verblijf (20-2)", "Verblijf (19-2)");
    let f = only("duplicate_line", &text);
    assert_eq!(f, Finding::DuplicateLine { line_no: 15, first_line_no: 14 });
    assert!(explain::finding(&f, Lang::En).starts_with("Line 15 is on the statement twice"));
    // same date, other amount: no duplicate
    let r = one("Declaratie februari 2017\nConsult (15-2): € 100\nConsult (15-2): € 60\n");
    assert!(r.notas[0].findings.is_empty());
}

#[test]
fn date_outside_month() {
    let f = only("date_outside_month", &FEB.replace("Consult (15-2)", "Consult (15-3)"));
    assert_eq!(f.line_no(), Some(13));
    assert!(explain::finding(&f, Lang::Nl).contains("valt niet in februari 2017"));
    // a DBC statement bills a whole trajectory: no month check
    let r = one(&DBC.replace("Verblijf (19-2)", "Verblijf (19-1)"));
    assert!(r.notas[0].findings.iter().all(|f| f.code() != "date_outside_month"));
}

#[test]
fn date_outside_trajectory() {
    let f =
        only("date_outside_trajectory", &FEB.replace("Start datum: 1 november 2016", "Start datum: 16 februari 2017"));
    assert_eq!(f.line_no(), Some(13));
    assert!(explain::finding(&f, Lang::Nl).contains("vóór de start van uw behandeltraject op 16 februari 2017"));
    let f =
        only("date_outside_trajectory", &FEB.replace("Einde datum: 21 februari 2017", "Einde datum: 20 februari 2017"));
    assert_eq!(f.line_no(), Some(16));
    assert!(explain::finding(&f, Lang::En).contains("after your course of treatment ended on 20 February 2017"));
}

#[test]
fn review_overdue() {
    let ongoing = FEB.replace("Einde datum: 21 februari 2017\n", "");
    // judged at the nota's last day of care (21 February), not today: the review was still ahead
    let r = notawijzer::rules::analysis::analyse_text("x", &ongoing, ymd(2017, 5, 2));
    assert!(r.notas[0].findings.is_empty(), "{:?}", r.notas[0].findings);
    assert_eq!(r.notas[0].review.on, Some(ymd(2017, 2, 21)));
    assert_eq!(explain::review_status_label(&r.notas[0].review, Lang::Nl), "op tijd voor deze nota");
    // care on the nota after the review date: overdue, counted to that care
    let late = ongoing.replace("Review uiterlijk 1 mei", "Review uiterlijk 16 februari");
    let r = notawijzer::rules::analysis::analyse_text("x", &late, ymd(2026, 12, 1));
    let f = &r.notas[0].findings[0];
    let on = Some(ymd(2017, 2, 21));
    assert_eq!(f, &Finding::ReviewOverdue { line_no: Some(10), due: ymd(2017, 2, 16), days_ago: 5, retype: false, on });
    assert_eq!(
        explain::finding(f, Lang::Nl),
        "Uw zorg had uiterlijk 16 februari 2017 opnieuw bekeken moeten worden (review). Op de laatste dag van zorg op deze nota (21 februari 2017) was die datum 5 dagen voorbij."
    );
    // the day itself is not overdue
    let r = notawijzer::rules::analysis::analyse_text("x", &ongoing, ymd(2017, 5, 1));
    assert!(r.notas[0].findings.is_empty());
}

#[test]
fn review_beyond_interval() {
    let f = only("review_beyond_interval", &FEB.replace("Review uiterlijk 1 mei", "Review uiterlijk 2 mei"));
    assert_eq!(
        f,
        Finding::ReviewBeyondInterval {
            line_no: 11,
            stated: ymd(2017, 5, 2),
            latest: ymd(2017, 5, 1),
            interval: notawijzer::rules::clusters::Interval::Months(6),
            cluster: 4
        }
    );
    assert!(
        explain::finding(&f, Lang::Nl)
            .contains("binnen 6 maanden na de start van de zorg. Dat is uiterlijk 1 mei 2017.")
    );
    // a 12-week cluster: start 1 November 2016 + 84 days = 24 January 2017
    let f =
        only("review_beyond_interval", &FEB.replace("Zorgcluster: Psychische aandoening ernstig", "Zorgcluster: 1"));
    assert!(matches!(f, Finding::ReviewBeyondInterval { latest, .. } if latest == ymd(2017, 1, 24)));
}

#[test]
fn unknown_cluster() {
    for text in ["Zorgcluster: 9", "Zorgcluster: 42", "Zorgcluster: Heel erg ziek"] {
        let f = only("unknown_cluster", &FEB.replace("Zorgcluster: Psychische aandoening ernstig", text));
        assert_eq!(f.line_no(), Some(7));
        assert!(explain::finding(&f, Lang::Nl).contains("nummer 9 bestaat niet"));
    }
}

#[test]
fn cluster_conflict() {
    let f = only(
        "cluster_conflict",
        &FEB.replace("Zorgcluster: Psychische aandoening ernstig", "Zorgcluster: 3 - Psychische aandoening ernstig"),
    );
    assert_eq!(f, Finding::ClusterConflict { line_no: 7, by_number: 3, by_name: 4 });
}

#[test]
fn the_letter_has_no_medical_detail() {
    let text = FEB
        .replace("Zorgcluster: Psychische aandoening ernstig", "Zorgcluster: 3 - Psychische aandoening ernstig")
        .replace("€1.300", "€1.400");
    let r = one(&text);
    let letter = explain::letter(&r, Lang::Nl);
    assert!(letter.contains("februari 2017 (volgnummer 4)"));
    assert!(letter.contains("Het totaal op de nota (€ 1.400,00)"));
    for secret in ["Henk", "Psychische", "aandoening", "cluster 3", "cluster 4", "Verblijf", "Consult"] {
        assert!(!letter.contains(secret), "{secret} in:\n{letter}");
    }
}
