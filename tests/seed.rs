//! The seed example ("Meneer Henk", NZa 2017), pinned to the cent.

mod common;
use common::*;

use notawijzer::model::{LineKind, Model, StayKind, YearMonth};
use notawijzer::rules::clusters::Resolution;
use notawijzer::rules::review::Status;

#[test]
fn february_cluster_statement() {
    let r = one(FEB);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas.len(), 1);
    let n = &r.notas[0];
    assert_eq!(n.model, Model::Zorgcluster);
    assert_eq!(n.nota.sequence, Some(4));
    assert_eq!(n.nota.patient.as_deref(), Some("Meneer Henk"));
    assert_eq!(n.nota.billing_month, YearMonth::new(2017, 2));
    assert_eq!(n.nota.start_date, Some(ymd(2016, 11, 1)));
    assert_eq!(n.nota.end_date, Some(ymd(2017, 2, 21)));
    assert_eq!(n.nota.previously_billed, Some(dec("7400")));
    assert_eq!(n.nota.review_date.as_ref().map(|r| r.value), Some(ymd(2017, 5, 1)));
    let dates: Vec<_> = n.nota.lines.iter().map(|l| l.date.unwrap()).collect();
    assert_eq!(dates, [ymd(2017, 2, 15), ymd(2017, 2, 19), ymd(2017, 2, 20), ymd(2017, 2, 21)]);
    let amounts: Vec<_> = n.nota.lines.iter().map(|l| l.amount).collect();
    assert_eq!(amounts, [dec("100"), dec("400"), dec("400"), dec("400")]);
    assert_eq!(n.nota.lines[0].kind, LineKind::Consult { kind: None, form: None });
    assert_eq!(n.nota.lines[1].kind, LineKind::Stay(StayKind::Klinisch));
    assert_eq!(n.lines_total, dec("1300.00"));
    assert_eq!(n.month_total, dec("1300.00"));
    assert_eq!(n.cumulative, dec("8700.00"));
    match n.cluster {
        Some(Resolution::Found(c)) => {
            assert_eq!(c.number, 4);
            assert_eq!(c.nl, "Psychische aandoening ernstig");
            assert_eq!(c.group.code, "I.a");
        }
        other => panic!("cluster not found: {other:?}"),
    }
    // start 1 November 2016 + 6 months = 1 May 2017: the stated date is exactly the latest allowed
    assert_eq!(n.review.latest_allowed, Some(ymd(2017, 5, 1)));
    assert!(!n.review.beyond_interval());
    assert!(n.findings.is_empty(), "{:?}", n.findings);
    assert_eq!(n.stay_periods.len(), 1);
    assert_eq!(n.stay_periods[0].days, 3);
    assert_eq!(n.stay_periods[0].total, dec("1200"));
}

#[test]
fn january_statement_gets_its_years() {
    let r = one(JAN);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let n = &r.notas[0];
    let dates: Vec<_> = n.nota.lines.iter().map(|l| l.date.unwrap()).collect();
    assert_eq!(dates, [ymd(2017, 1, 5), ymd(2017, 1, 8), ymd(2017, 1, 15), ymd(2017, 1, 22)]);
    assert_eq!(n.month_total, dec("400"));
    assert_eq!(n.nota.previously_billed, None);
    assert!(n.findings.is_empty(), "{:?}", n.findings);
}

#[test]
fn dbc_statement() {
    let r = one(DBC);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let n = &r.notas[0];
    assert_eq!(n.model, Model::Dbc);
    assert_eq!(n.month_total, dec("9050"));
    assert_eq!(n.lines_total, dec("9050"));
    assert!(
        matches!(&n.nota.lines[0].kind, LineKind::DbcProduct { group, band } if group == "Depressie" && band.from == 3000 && band.to == Some(5999))
    );
    assert_eq!(n.nota.lines[0].date, None);
    assert!(n.findings.is_empty(), "{:?}", n.findings);
}

#[test]
fn comparison_8700_against_9050() {
    let r = report(&[("jan.txt", JAN), ("feb.txt", FEB), ("dbc.txt", DBC)]);
    let c = r.comparison.expect("a comparison");
    assert_eq!(c.cluster_total, dec("8700.00"));
    assert_eq!(c.dbc_total, dec("9050.00"));
    assert_eq!(c.difference, dec("-350.00"));
    assert_eq!(notawijzer::model::money::canonical(c.difference), "-350.00");
    // the latest cluster statement (February) is compared, not January
    assert_eq!(r.notas[c.cluster_nota].file, "feb.txt");
    assert_eq!(c.stay_days, 3);
    assert_eq!(c.stay_total, dec("1200"));
    assert_eq!(c.products[0].amount, dec("7850"));
    assert_eq!(c.products[0].maximum_2018, None, "Depressie 3000-5999 is cut off in the 2018 source");
    assert!(c.complete);
    let words = notawijzer::words::explain::comparison(&c, notawijzer::Lang::Nl).join(" ");
    assert!(words.contains("€ 8.700,00"));
    assert!(words.contains("€ 9.050,00"));
    assert!(words.contains("€ 350,00 minder"));
}

#[test]
fn all_three_in_one_file() {
    let text = format!("{JAN}\n{FEB}\n{DBC}");
    let r = one(&text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas.len(), 3);
    assert_eq!(r.notas[1].nota.first_line, JAN.lines().count() + 2);
    assert_eq!(r.comparison.unwrap().difference, dec("-350"));
}

#[test]
fn review_status_on_given_days() {
    // Judged at the nota's last day of care (21 February 2017): 69 days left then, whatever today is.
    assert_eq!(one(FEB).notas[0].review.status, Some(Status::NotNeeded { ended: ymd(2017, 2, 21) }));
    let ongoing = FEB.replace("Einde datum: 21 februari 2017\n", "");
    let r = one(&ongoing);
    assert_eq!(r.notas[0].review.status, Some(Status::Ahead { days_left: 69 }));
    assert_eq!(r.notas[0].review.on, Some(ymd(2017, 2, 21)));
    let later = notawijzer::rules::analysis::analyse_text("x", &ongoing, ymd(2017, 5, 11));
    assert_eq!(later.notas[0].review.status, Some(Status::Ahead { days_left: 69 }));
    assert!(later.notas[0].findings.is_empty(), "an old nota is not overdue because today is later");
    // read on its own last day of care, it is judged that day
    let same_day = notawijzer::rules::analysis::analyse_text("x", &ongoing, ymd(2017, 2, 21));
    assert_eq!(same_day.notas[0].review.on, None);
    assert_eq!(same_day.notas[0].review.status, Some(Status::Ahead { days_left: 69 }));
}

#[test]
fn the_json_form_gives_the_same_numbers() {
    let json = r#"{"notas": [
      {"patient": "Meneer Henk", "sequence": 4, "billing_month": "2017-02", "cluster": 4,
       "start_date": "2016-11-01", "end_date": "2017-02-21", "review_date": "2017-05-01",
       "previously_billed": "7400.00",
       "lines": [
         {"description": "Consult", "date": "2017-02-15", "amount": "100.00"},
         {"description": "Verblijf", "date": "2017-02-19", "amount": "400.00"},
         {"description": "Verblijf", "date": "2017-02-20", "amount": "400.00"},
         {"description": "Verblijf", "date": "2017-02-21", "amount": "400.00"}],
       "stated_total": "1300.00"},
      {"patient": "Meneer Henk", "billing_month": "2017-02", "start_date": "2016-11-01", "end_date": "2017-02-21",
       "lines": [
         {"description": "Depressie", "minutes": "3000-5999", "amount": "7850.00"},
         {"description": "Verblijf", "date": "2017-02-19", "amount": "400.00"},
         {"description": "Verblijf", "date": "2017-02-20", "amount": "400.00"},
         {"description": "Verblijf", "date": "2017-02-21", "amount": "400.00"}],
       "stated_total": "9050.00"}]}"#;
    let r = one(json);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas[0].cumulative, dec("8700"));
    let c = r.comparison.unwrap();
    assert_eq!((c.cluster_total, c.dbc_total, c.difference), (dec("8700"), dec("9050"), dec("-350")));
}

#[test]
fn json_output_reads_back_as_input() {
    let r = report(&[("feb.txt", FEB), ("dbc.txt", DBC)]);
    let json = serde_json::to_string(&notawijzer::engine::export::to_json(&r, notawijzer::Lang::Nl)).unwrap();
    let back = one(&json);
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    assert_eq!(back.notas.len(), 2);
    for (a, b) in r.notas.iter().zip(&back.notas) {
        assert_eq!(a.cumulative, b.cumulative);
        assert_eq!(a.nota.lines.len(), b.nota.lines.len());
        assert_eq!(a.nota.review_date.as_ref().map(|r| r.value), b.nota.review_date.as_ref().map(|r| r.value));
        for (x, y) in a.nota.lines.iter().zip(&b.nota.lines) {
            assert_eq!((x.date, x.amount, &x.kind), (y.date, y.amount, &y.kind));
        }
    }
    assert_eq!(back.comparison.unwrap().difference, dec("-350"));
}
