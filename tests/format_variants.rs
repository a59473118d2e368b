//! Every variant the format page lists, read through the whole reader.

mod common;
use common::*;

use notawijzer::model::{Activity, ConsultForm, ConsultKind, LineKind, StayKind, YearMonth};

fn dates_of(text: &str) -> Vec<chrono::NaiveDate> {
    let r = one(text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.notas[0].nota.lines.iter().map(|l| l.date.unwrap()).collect()
}

#[test]
fn every_date_form_on_an_item_line() {
    let text = "Declaratie februari 2017\n\
        Consult (15-2): € 100\n\
        Consult (5-1-2017): € 100\n\
        Consult (05-01-2017): € 100\n\
        Consult (15/2): € 100\n\
        Consult (1 november 2016): € 100\n\
        Consult (1 mei): € 100\n\
        Consult (2017-02-15): € 100\n";
    assert_eq!(
        dates_of(text),
        [
            ymd(2017, 2, 15),
            ymd(2017, 1, 5),
            ymd(2017, 1, 5),
            ymd(2017, 2, 15),
            ymd(2016, 11, 1),
            ymd(2017, 5, 1),
            ymd(2017, 2, 15)
        ]
    );
}

#[test]
fn a_date_far_from_the_month_takes_the_nearer_year() {
    let text = "Declaratie januari 2017\nConsult (28-12): € 100\nConsult (3-1): € 100\n";
    assert_eq!(dates_of(text), [ymd(2016, 12, 28), ymd(2017, 1, 3)]);
    let text = "Declaratie december 2016\nConsult (2-1): € 100\n";
    assert_eq!(dates_of(text), [ymd(2017, 1, 2)]);
}

#[test]
fn every_amount_form() {
    let text = "Declaratie februari 2017\n\
        Consult (1-2): €1.300\n\
        Consult (2-2): € 1.300\n\
        Consult (3-2): €    400\n\
        Consult (4-2): €1.300,50\n\
        Consult (5-2): € 1.300,-\n\
        Consult (6-2): EUR 1300,00\n\
        Consult (7-2): 1.300,00\n";
    let r = one(text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let amounts: Vec<_> = r.notas[0].nota.lines.iter().map(|l| l.amount).collect();
    assert_eq!(amounts, [dec("1300"), dec("1300"), dec("400"), dec("1300.50"), dec("1300"), dec("1300"), dec("1300")]);
    assert_eq!(r.notas[0].lines_total, dec("8200.50"));
}

#[test]
fn headers_in_any_order_and_any_case() {
    let text = "REVIEW UITERLIJK 1 mei\n\
        Consult (15-2) : € 100\n\
        eerder gedeclareerd: € 7.400\n\
        Startdatum: 1 november 2016\n\
        ZORGCLUSTER: 4\n\
        Einddatum: 21 februari 2017\n\
        declaratie feb 2017\n\
        Volgnummer: 4\n";
    let r = one(text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let n = &r.notas[0];
    assert_eq!(n.nota.billing_month, YearMonth::new(2017, 2));
    assert_eq!(n.nota.review_date.as_ref().unwrap().value, ymd(2017, 5, 1));
    assert_eq!(n.nota.lines[0].date, Some(ymd(2017, 2, 15)));
    assert_eq!(n.nota.sequence, Some(4));
    assert_eq!(n.cumulative, dec("7500"));
    assert_eq!(n.cluster().unwrap().number, 4);
}

#[test]
fn cluster_by_number_name_or_both() {
    for line in [
        "Zorgcluster: Psychische aandoening ernstig",
        "Zorgcluster: 4",
        "Zorgcluster: 4 - Psychische aandoening ernstig",
        "Zorgcluster: psychische aandoening ÉRNSTIG",
    ] {
        let r = one(&format!("Declaratie februari 2017\n{line}\nConsult (15-2): € 100\n"));
        assert_eq!(r.notas[0].cluster().map(|c| c.number), Some(4), "{line}");
        assert!(r.notas[0].findings.is_empty(), "{line}: {:?}", r.notas[0].findings);
    }
}

#[test]
fn what_real_files_do_windows_line_ends_bom_tabs_and_spaces() {
    let text = format!("\u{FEFF}{}", FEB.replace('\n', "\r\n").replace("Consult (15-2)", "Consult\t(15-2)\t"));
    let r = one(&text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas[0].cumulative, dec("8700"));
    // old Mac line ends
    let r = one(&FEB.replace('\n', "\r"));
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas[0].cumulative, dec("8700"));
}

#[test]
fn windows_1252_bytes() {
    let bytes = FEB.replace('€', "\u{80}");
    let latin: Vec<u8> = bytes.chars().map(|c| if c == '\u{80}' { 0x80 } else { c as u8 }).collect();
    let r = notawijzer::analyse(&[notawijzer::Input::new("x", &latin)], today());
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas[0].cumulative, dec("8700"));
}

#[test]
fn several_notas_and_sequence_on_the_same_or_next_line() {
    let text = "Zorgnota (volgnummer 3)\nDeclaratie januari 2017\nConsult (5-1): € 100\n\nzorgnota\n(volgnummer 4)\nDeclaratie februari 2017\nConsult (15-2): € 100\n";
    let r = one(text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas.len(), 2);
    assert_eq!(r.notas[0].nota.sequence, Some(3));
    assert_eq!(r.notas[1].nota.sequence, Some(4));
    assert_eq!(r.notas[1].nota.first_line, 5);
}

#[test]
fn a_file_without_zorgnota_line_is_one_nota() {
    let r = one("Declaratie februari 2017\nConsult (15-2): € 100\n");
    assert_eq!(r.notas.len(), 1);
    assert_eq!(r.notas[0].nota.patient, None);
}

#[test]
fn patient_lines() {
    for (text, name) in [
        ("Zorgnota\n\nMevrouw J. de Vries\nDeclaratie februari 2017\n", "Mevrouw J. de Vries"),
        ("Zorgnota\nPatiënt: Meneer Henk\n", "Meneer Henk"),
        ("Naam: Henk\n", "Henk"),
    ] {
        let text = format!("{text}Consult (15-2-2017): € 100\n");
        assert_eq!(one(&text).notas[0].nota.patient.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn totals_and_rule_lines() {
    for total in [
        "Totaal februari: €1.300",
        "Totaal: € 1.300",
        "Totaal € 1.300",
        "Totaal februari:                   €1.300",
        "Totaal EUR 1300,00",
    ] {
        let r = one(&format!("Declaratie februari 2017\nConsult (15-2): € 1.300\n  ---- +\n{total}\n"));
        assert!(r.errors.is_empty(), "{total}: {:?}", r.errors);
        assert_eq!(r.notas[0].nota.stated_total.as_ref().unwrap().value, dec("1300"), "{total}");
    }
}

#[test]
fn line_kinds_from_the_seed_activity_list() {
    let text = "Declaratie februari 2017\n\
        Consult behandeling groep (1-2): € 60\n\
        Consult diagnostiek individueel (2-2): € 100\n\
        Consult farmacotherapeutisch (3-2): € 80\n\
        Consult behandeling blended (4-2): € 90\n\
        Consult behandeling outreachend (5-2): € 120\n\
        Verblijf dagklinisch (6-2): € 250\n\
        Deeltijd (7-2): € 250\n\
        Zorgcoördinatie (8-2): € 50\n\
        MDO (9-2): € 70\n\
        Verslaglegging (10-2): € 40\n\
        ECT (11-2): € 500\n\
        DBS (12-2): € 900\n\
        rTMS (13-2): € 300\n\
        Testdiagnostiek (14-2): € 200\n\
        Somatisch onderzoek (15-2): € 60\n\
        Screening (16-2): € 30\n\
        Iets anders (17-2): € 10\n";
    let r = one(text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let kinds: Vec<LineKind> = r.notas[0].nota.lines.iter().map(|l| l.kind.clone()).collect();
    use ConsultForm::*;
    use ConsultKind::*;
    assert_eq!(
        kinds,
        [
            LineKind::Consult { kind: Some(Behandeling), form: Some(Groep) },
            LineKind::Consult { kind: Some(Diagnostiek), form: Some(Individueel) },
            LineKind::Consult { kind: Some(Farmacotherapeutisch), form: None },
            LineKind::Consult { kind: Some(Behandeling), form: Some(Blended) },
            LineKind::Consult { kind: Some(Behandeling), form: Some(Outreachend) },
            LineKind::Stay(StayKind::Dagklinisch),
            LineKind::Stay(StayKind::Dagklinisch),
            LineKind::Activity(Activity::Zorgcoordinatie),
            LineKind::Activity(Activity::Mdo),
            LineKind::Activity(Activity::Verslaglegging),
            LineKind::Activity(Activity::Ect),
            LineKind::Activity(Activity::Dbs),
            LineKind::Activity(Activity::Rtms),
            LineKind::Activity(Activity::Testdiagnostiek),
            LineKind::Activity(Activity::SomatischOnderzoek),
            LineKind::Activity(Activity::Screening),
            LineKind::Other,
        ]
    );
    // every line gets a sentence in both languages that names its date and amount
    for line in &r.notas[0].nota.lines {
        for lang in [notawijzer::Lang::Nl, notawijzer::Lang::En] {
            let s = notawijzer::words::explain::line(line, lang);
            assert!(s.contains(&notawijzer::words::format::date_long(line.date.unwrap(), lang)), "{s}");
            assert!(s.contains(&notawijzer::words::format::money(line.amount, lang)), "{s}");
        }
    }
}

#[test]
fn years_for_header_dates_without_a_year() {
    let r = one(
        "Declaratie februari 2017\nStart datum: 1 november\nEinde datum: 21 februari\nReview uiterlijk 1 mei\nConsult (15-2): € 100\n",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let n = &r.notas[0].nota;
    assert_eq!(n.start_date, Some(ymd(2016, 11, 1)));
    assert_eq!(n.end_date, Some(ymd(2017, 2, 21)));
    assert_eq!(n.review_date.as_ref().unwrap().value, ymd(2017, 5, 1));
    // a month without a year takes it from the start date
    let r = one("Declaratie februari\nStart datum: 1 november 2016\nConsult (15-2): € 100\n");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.notas[0].nota.billing_month, YearMonth::new(2017, 2));
}
