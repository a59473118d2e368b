//! Every variant of `zpm-nota-format.md`: separators, column orders, date and amount forms,
//! zorgvraagtype spellings, header keys, wrapped descriptions, page noise; errors at their place;
//! and each ZPM finding, raised when it should be and not when it should not.

mod common;

use chrono::NaiveDate;
use common::{dec, ymd};
use notawijzer::model::{LineKind, Model, PrestatieKind};
use notawijzer::read::Position;
use notawijzer::rules::analysis::{Report, analyse_text};

fn read(text: &str) -> Report {
    analyse_text("nota", text, ymd(2024, 4, 10))
}

/// (date, code, amount) of every line of the first nota.
fn lines(report: &Report) -> Vec<(Option<NaiveDate>, Option<String>, rust_decimal::Decimal)> {
    report.notas[0].nota.lines.iter().map(|l| (l.date, l.code.clone(), l.amount)).collect()
}

fn finding_codes(report: &Report) -> Vec<&'static str> {
    report.notas[0].findings.iter().map(|f| f.code()).collect()
}

const HEAD: &str =
    "Factuurnummer: 7\nFactuurdatum: 2 april 2024\nStartdatum zorgtraject: 1 maart 2024\nZorgvraagtype: 3\n\n";
const DESC: &str =
    "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten";

#[test]
fn separators_and_column_orders() {
    let expected = vec![(Some(ymd(2024, 3, 19)), Some("CO0497".to_string()), dec("135.89"))];
    let bodies = [
        format!("19-03-2024;CO0497;{DESC};135,89"),
        format!("19-03-2024\tCO0497\t{DESC}\t135,89"),
        format!("19-03-2024 | CO0497 | {DESC} | € 135,89"),
        format!("2024-03-19,CO0497,\"{DESC}\",135.89"),
        "2024-03-19,CO0497,\"Behandeling, 45 minuten\",\"135,89\"".to_string(),
        format!("\"135,89\";\"CO0497\";\"19-03-2024\";\"{DESC}\""),
        format!("{DESC} | CO0497 | 19-03-2024 | € 135,89"),
        format!("CO0497  19-03-2024  {DESC}  € 135,89"),
        format!("€ 135,89  {DESC}  19-03-2024  CO0497"),
        // copied out of a PDF: single spaces between the columns
        format!("19-03-2024 CO0497 {DESC} € 135,89"),
        // a title line names the columns, in another order
        format!("Bedrag;Code;Datum;Omschrijving\n135.89;CO0497;2024-03-19;{DESC}"),
    ];
    for body in bodies {
        let report = read(&format!("{HEAD}{body}\n"));
        assert!(report.errors.is_empty(), "{body}\n{:?}", report.errors);
        assert_eq!(report.notas[0].model, Model::Zpm, "{body}");
        assert_eq!(lines(&report), expected, "{body}");
        let LineKind::Prestatie(p) = &report.notas[0].nota.lines[0].kind else { panic!("{body}") };
        assert_eq!((p.kind, p.minutes), (PrestatieKind::Consult, Some(45)), "{body}");
    }
}

#[test]
fn description_keeps_its_words() {
    let report = read(&format!("{HEAD}19-03-2024  CO0497  {DESC}  € 135,89\n"));
    assert_eq!(report.notas[0].nota.lines[0].description, DESC);
    let report = read(&format!("{HEAD}19-03-2024;CO0497;{DESC};J. Bakker (GZ-psycholoog);128,40\n"));
    assert_eq!(report.notas[0].nota.lines[0].description, DESC, "the practitioner is not the description");
}

#[test]
fn date_forms() {
    for date in ["19-03-2024", "19-3-2024", "2024-03-19", "19/03/2024", "19 maart 2024", "19 mrt 2024", "19 mrt. 2024"]
    {
        let report = read(&format!("{HEAD}{date}  CO0497  Behandeling 45 minuten  € 135,89\n"));
        assert!(report.errors.is_empty(), "{date}: {:?}", report.errors);
        assert_eq!(report.notas[0].nota.lines[0].date, Some(ymd(2024, 3, 19)), "{date}");
    }
    // no year: the one that puts it on or before the invoice date
    let report = read(&format!("{HEAD}19-3  CO0497  Behandeling 45 minuten  € 135,89\n"));
    assert_eq!(report.notas[0].nota.lines[0].date, Some(ymd(2024, 3, 19)));
}

#[test]
fn amount_forms_and_credits() {
    for (written, value) in [
        ("€ 135,89", "135.89"),
        ("135,89", "135.89"),
        ("EUR 135,89", "135.89"),
        ("€ 1.234,56", "1234.56"),
        ("-135,89", "-135.89"),
        ("€ -135,89", "-135.89"),
        ("- € 135,89", "-135.89"),
        ("135,89-", "-135.89"),
    ] {
        let report = read(&format!("{HEAD}19-03-2024  CO0497  Behandeling 45 minuten  {written}\n"));
        assert!(report.errors.is_empty(), "{written}: {:?}", report.errors);
        assert_eq!(report.notas[0].nota.lines[0].amount, dec(value), "{written}");
    }
    // a Credit marker with a positive amount is a correction
    let report = read(&format!("{HEAD}19-03-2024  CO0497  Creditering behandeling 45 minuten  € 135,89\n"));
    assert_eq!(report.notas[0].nota.lines[0].amount, dec("-135.89"));
    // how a nota writes its amounts is decided once for the whole document: one that writes them
    // the English way (a dot before the cents) is read so …
    let report = read(&format!("{HEAD}19-03-2024  CO0497  Behandeling 45 minuten  135.89\n"));
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.notas[0].nota.lines[0].amount, dec("135.89"));
    // … but in a Dutch nota a dotted amount on a text line is a question, not a guess
    let report = read(&format!(
        "{HEAD}19-03-2024  CO0497  Behandeling 45 minuten  € 135,89\n26-03-2024  CO0497  Behandeling 45 minuten  \
         135.89\n02-04-2024  CO0497  Behandeling 45 minuten  € 135,89\n"
    ));
    assert_eq!(report.errors.iter().map(|e| e.error.code()).collect::<Vec<_>>(), ["bad_amount"]);
    assert_eq!(report.errors[0].error.at, Position::new(7, 45));
}

#[test]
fn zorgvraagtype_spellings_and_unknowns() {
    for written in
        ["3", "03", "ZT03", "ZT3", "3 - matige problematiek", "ZT03 Psychische aandoening - matige problematiek"]
    {
        for key in ["Zorgvraagtype:", "Zorgvraagtypering", "ZVT:", "zorgvraagtype"] {
            let report = read(&format!("{key} {written}\n19-03-2024  CO0497  Behandeling  € 135,89\n"));
            assert_eq!(report.notas[0].cluster().map(|c| c.number), Some(3), "{key} {written}");
            assert!(!finding_codes(&report).contains(&"unknown_cluster"));
        }
    }
    for written in ["9", "ZT09", "22", "0"] {
        let report = read(&format!("Zorgvraagtype: {written}\n19-03-2024  CO0497  Behandeling  € 135,89\n"));
        assert_eq!(report.notas[0].cluster(), None, "{written}");
        assert!(finding_codes(&report).contains(&"unknown_cluster"), "{written}");
        let message = notawijzer::words::explain::finding(&report.notas[0].findings[0], notawijzer::Lang::Nl);
        assert!(message.contains("zorgvraagtype") && message.contains("1 tot en met 21"), "{message}");
    }
}

#[test]
fn header_keys_any_case_with_or_without_colon() {
    let text = "NOTANUMMER N1\nnotadatum 2 april 2024\nPATIËNT: A. Jansen\nZorgtraject 55\nStart zorgtraject 1-3-2024\nDSM-hoofdgroep: angststoornissen\nPrestatieprofiel Kort\n19-03-2024  CO0497  Behandeling  € 135,89\nTotaal te betalen € 135,89\n";
    let report = read(text);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let n = &report.notas[0].nota;
    assert_eq!(n.invoice_number.as_deref(), Some("N1"));
    assert_eq!(n.invoice_date.as_ref().map(|d| d.value), Some(ymd(2024, 4, 2)));
    assert_eq!(n.patient.as_deref(), Some("A. Jansen"));
    assert_eq!(n.trajectory_number.as_deref(), Some("55"));
    assert_eq!(n.start_date, Some(ymd(2024, 3, 1)));
    assert_eq!(n.diagnosis.as_deref(), Some("angststoornissen"));
    assert_eq!(n.profile, Some(notawijzer::model::Profile::Kort));
    assert_eq!(n.stated_total.as_ref().map(|t| t.value), Some(dec("135.89")));
    // the BSN is read past and kept nowhere
    let report = read("BSN: 123456782\n19-03-2024  CO0497  Behandeling  € 135,89\n");
    assert!(!format!("{:?}", report.notas[0].nota).contains("123456782"));
}

#[test]
fn wrapped_descriptions_page_noise_and_repeated_titles() {
    let text = "Praktijk De Linde\nFactuurnummer: 9\nFactuurdatum: 2 april 2024\n\
Datum       Code    Omschrijving                                              Bedrag\n\
05-03-2024  CO0432  Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog   € 159,70\n\
                    (Wet Big artikel 3) Diagnostiek 45 minuten\n\
Pagina 1 van 2\n\
Praktijk De Linde\n\
Datum       Code    Omschrijving                                              Bedrag\n\
12-03-2024  CO0627  Ambulant - kwaliteitsstatuut sectie II\n\
Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 60 minuten\n\
€ 161,46\n\
Pagina 2 van 2\n\
Totaal € 321,16\n\
Betaling binnen 30 dagen op NL00 BANK 0123 4567 89 o.v.v. het factuurnummer.\n";
    let report = read(text);
    let codes: Vec<&str> = report.errors.iter().map(|e| e.error.code()).collect();
    let n = &report.notas[0];
    assert_eq!(n.nota.lines.len(), 2, "{:?}", n.nota.lines);
    let LineKind::Prestatie(first) = &n.nota.lines[0].kind else { panic!() };
    assert_eq!((first.minutes, first.consult), (Some(45), Some(notawijzer::model::ConsultKind::Diagnostiek)));
    assert!(n.nota.lines[0].description.ends_with("(Wet Big artikel 3) Diagnostiek 45 minuten"));
    // the second line's description wraps, and its amount stands on a line of its own
    assert_eq!(n.nota.lines[1].amount, dec("161.46"), "{codes:?} {:?}", n.nota.lines);
    assert_eq!(n.nota.lines[1].code.as_deref(), Some("CO0627"));
    let LineKind::Prestatie(second) = &n.nota.lines[1].kind else { panic!() };
    assert_eq!(second.minutes, Some(60), "the duration class is on the wrapped part");
    assert_eq!(n.nota.stated_total.as_ref().map(|t| t.value), Some(n.lines_total));
    assert!(codes.is_empty(), "{codes:?}");
    assert!(report.errors.iter().all(|e| e.error.code() != "not_understood"), "{codes:?}");
}

#[test]
fn pdf_copied_text_with_single_spaces() {
    let text = "GGZ Praktijk Noorderlicht Notanummer: N25-0412 Notadatum: 3 juni 2025\n\
Datum Code Omschrijving Bedrag\n\
06-05-2025 CO0562 Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Diagnostiek 60 minuten € 190,88\n\
13-05-2025 CO0627 Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 60 minuten € 168,94\n\
13-05-2025 TC0009 Toeslag reistijd tot 25 minuten (bij consult van 13-05-2025) € 36,46\n\
Pagina 1 van 1\n";
    let report = analyse_text("pdf.txt", text, ymd(2025, 6, 10));
    let n = &report.notas[0];
    assert_eq!(
        lines(&report),
        vec![
            (Some(ymd(2025, 5, 6)), Some("CO0562".into()), dec("190.88")),
            (Some(ymd(2025, 5, 13)), Some("CO0627".into()), dec("168.94")),
            (Some(ymd(2025, 5, 13)), Some("TC0009".into()), dec("36.46")),
        ]
    );
    assert_eq!(n.nota.lines[2].description, "Toeslag reistijd tot 25 minuten (bij consult van 13-05-2025)");
}

#[test]
fn several_notas_in_one_file() {
    let one = "Factuurnummer: A1\nFactuurdatum: 31-01-2024\n09-01-2024;CO0497;Behandeling 45 minuten;135,89\n";
    let two = "Factuurnummer: A2\nFactuurdatum: 29-02-2024\n06-02-2024;CO0497;Behandeling 45 minuten;135,89\n";
    let report = read(&format!("{one}\n{two}"));
    assert_eq!(report.notas.len(), 2);
    assert_eq!(report.notas[1].nota.invoice_number.as_deref(), Some("A2"));
    assert_eq!(report.notas[1].nota.lines[0].date, Some(ymd(2024, 2, 6)));
}

#[test]
fn lines_that_cannot_be_placed_are_counted_with_an_error_at_their_place() {
    let text = format!(
        "{HEAD}19-03-2024  CO0497  Behandeling  € 135,89\nNiet nagekomen afspraak 26-03-2024  € 75,00\n20-03-2024  CO0497  Behandeling\nCO0497  Behandeling  € 135,89\n"
    );
    let report = read(&text);
    let errors: Vec<(&str, Position)> = report.errors.iter().map(|e| (e.error.code(), e.error.at)).collect();
    // a missed appointment is a line of its own kind, not an error
    assert_eq!(errors, [("missing_amount", Position::new(8, 32)), ("missing_date", Position::new(9, 1))]);
    let n = &report.notas[0];
    assert_eq!(n.nota.lines.len(), 3);
    assert_eq!(n.nota.lines[1].kind, LineKind::NoShow);
    assert_eq!(n.nota.lines[1].date, Some(ymd(2024, 3, 26)));
    assert_eq!(n.lines_total, dec("346.78"), "every line with an amount counts");
    // a dated line with an amount and no code: counted, with its message
    let report = read(&format!("{HEAD}19-03-2024  CO0497  Behandeling  € 135,89\nOverleg 26-03-2024  € 25,00\n"));
    let errors: Vec<(&str, Position)> = report.errors.iter().map(|e| (e.error.code(), e.error.at)).collect();
    assert_eq!(errors, [("missing_code", Position::new(7, 1))]);
    assert_eq!(report.notas[0].nota.lines[1].kind, LineKind::Other);
    assert_eq!(report.notas[0].lines_total, dec("160.89"));
}

#[test]
fn findings_are_raised_when_they_should_be() {
    let text = format!(
        "{HEAD}\
19-03-2024  CO0497  Behandeling 45 minuten  € 140,00\n\
20-03-2024  CO0497  Behandeling 45 minuten  € 160,00\n\
20-03-2024  CO0497  Behandeling 45 minuten  € 160,00\n\
28-02-2024  CO0627  Behandeling 60 minuten  € 161,46\n\
05-04-2024  CO0627  Behandeling 60 minuten  € 161,46\n\
21-03-2024  TC0010  Toeslag reistijd vanaf 25 minuten  € 50,00\n\
22-03-2024  OV0012  Niet-basispakketzorg consult  € 131,82\n\
Totaal € 900,00\n"
    );
    let report = read(&text);
    let found: Vec<(&str, Option<usize>)> = report.notas[0].findings.iter().map(|f| (f.code(), f.line_no())).collect();
    assert_eq!(
        found,
        [
            ("above_max_tariff", Some(6)),
            ("above_max_tariff", Some(7)),
            ("duplicate_line", Some(8)),
            ("above_max_tariff", Some(8)),
            ("date_outside_trajectory", Some(9)),
            ("date_after_invoice", Some(10)),
            ("surcharge_without_consult", Some(11)),
            ("non_insured", Some(12)),
            ("total_mismatch", Some(13)),
        ]
    );
    let say = |i: usize| notawijzer::words::explain::finding(&report.notas[0].findings[i], notawijzer::Lang::Nl);
    // within 10 %: a written contract may allow it; above: firmly
    assert!(say(0).contains("tot 10% hoger zijn (hier tot € 149,48)"), "{}", say(0));
    assert!(say(1).contains("18% hoger dan het maximumtarief") && say(1).contains("Dit lijkt te veel"), "{}", say(1));
    assert!(say(7).contains("Dat is geen fout"));
}

#[test]
fn review_overdue_on_a_zpm_nota() {
    // an old nota is judged at its own last day of care: today being later is no finding
    let text = "Startdatum zorgtraject: 1 maart 2023\nZorgvraagtype: 4\n19-03-2023  CO0497  Behandeling  € 128,40\n";
    let report = analyse_text("x", text, ymd(2024, 3, 11));
    assert_eq!(report.notas[0].review.due, Some(ymd(2024, 3, 1)));
    assert_eq!(finding_codes(&report), Vec::<&str>::new());
    assert_eq!(report.notas[0].review.on, Some(ymd(2023, 3, 19)));
    // care on the nota after the stated re-assessment date: overdue at that care
    let late = "Startdatum zorgtraject: 1 maart 2023\nZorgvraagtype: 4\nHertypering: 1 maart 2024\n19-03-2024  CO0497  Behandeling  € 128,40\n";
    let report = analyse_text("x", late, ymd(2026, 12, 1));
    assert_eq!(finding_codes(&report), ["review_overdue"]);
    let message = notawijzer::words::explain::finding(&report.notas[0].findings[0], notawijzer::Lang::Nl);
    assert!(
        message.contains("zorgvraagtype") && message.contains("(19 maart 2024) was die datum 18 dagen voorbij"),
        "{message}"
    );
}
