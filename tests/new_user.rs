//! Notas from makers the other fixtures do not cover (`tests/fixtures/new-user/README.md`), tried as
//! a new user would: what NotaWijzer reads and says of each, pinned to the cent, and no alarm about
//! a correct bill.

mod common;

use chrono::NaiveDate;
use common::{dec, ymd};
use notawijzer::rules::analysis::{Report, analyse_text};
use notawijzer::words::lang::Lang;
use notawijzer::words::{explain, messages::m};

fn read(name: &str, text: &str, today: NaiveDate) -> Report {
    let report = analyse_text(name, text, today);
    assert!(report.errors.is_empty(), "{name}: {:?}", report.errors);
    assert_eq!(report.notas.len(), 1, "{name}");
    report
}

/// (date, code, amount) of every line.
fn lines(r: &Report) -> Vec<(Option<NaiveDate>, Option<&str>, rust_decimal::Decimal)> {
    r.notas[0].nota.lines.iter().map(|l| (l.date, l.code.as_deref(), l.amount)).collect()
}

/// The codes of what may be wrong, and of what is only worth knowing.
fn findings(r: &Report) -> (Vec<&'static str>, Vec<&'static str>) {
    let (wrong, notes): (Vec<_>, Vec<_>) = r.notas[0].findings.iter().partition(|f| !f.is_information());
    (wrong.iter().map(|f| f.code()).collect(), notes.iter().map(|f| f.code()).collect())
}

#[test]
fn an_english_invoice_with_english_amounts() {
    let r = read("english.txt", include_str!("fixtures/new-user/english-amounts.txt"), ymd(2025, 7, 10));
    let n = &r.notas[0];
    assert_eq!(n.nota.lines.len(), 8);
    assert_eq!(lines(&r)[0], (Some(ymd(2025, 5, 13)), Some("CO0562"), dec("190.88")));
    assert_eq!(lines(&r)[7], (Some(ymd(2025, 6, 24)), Some("CO0627"), dec("-168.94")));
    assert_eq!(n.lines_total, dec("1035.58"));
    assert_eq!(n.nota.stated_total.as_ref().map(|t| t.value), Some(dec("1035.58")));
    assert_eq!(n.nota.balance_due.as_ref().map(|t| t.value), Some(dec("1035.58")));
    assert_eq!(n.nota.invoice_number.as_deref(), Some("HP-2025-0412"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2025, 7, 3)));
    assert_eq!(n.cluster().map(|c| c.number), Some(4));
    assert_eq!(findings(&r), (vec![], vec![]));
}

#[test]
fn a_billing_tools_csv_export_with_an_invoice_date_and_a_care_date_per_row() {
    let r = read("export.csv", include_str!("fixtures/new-user/csv-export.csv"), ymd(2024, 2, 20));
    let n = &r.notas[0];
    // every row its own care date; the invoice date only as the invoice's
    assert_eq!(
        lines(&r),
        [
            (Some(ymd(2024, 1, 9)), Some("CO0497"), dec("135.89")),
            (Some(ymd(2024, 1, 16)), Some("CO0497"), dec("135.89")),
            (Some(ymd(2024, 1, 23)), Some("CO0497"), dec("135.89")),
            (Some(ymd(2024, 1, 16)), Some("CO0497"), dec("-135.89")),
        ]
    );
    assert_eq!(n.nota.invoice_number.as_deref(), Some("F-2024-0207"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2024, 2, 2)));
    assert_eq!(n.cluster().map(|c| c.number), Some(4), "the ZT04 column");
    assert_eq!(n.lines_total, dec("271.78"));
    // no false duplicate: each row is another day
    assert_eq!(findings(&r), (vec![], vec![]));
}

#[test]
fn an_export_of_two_invoices_is_two_notas() {
    let csv = include_str!("fixtures/new-user/csv-export.csv");
    let second =
        "F-2024-0311,01-03-2024,06-02-2024,CO0497,\"Behandeling 45 minuten, gz-psycholoog\",ZT04,\"135,89\"\r\n";
    let r = analyse_text("export.csv", &format!("{csv}{second}"), ymd(2024, 3, 20));
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let numbers: Vec<_> = r.notas.iter().map(|n| n.nota.invoice_number.as_deref()).collect();
    assert_eq!(numbers, [Some("F-2024-0207"), Some("F-2024-0311")]);
    assert_eq!(r.notas[1].nota.lines.len(), 1);
    assert_eq!(r.notas[1].nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2024, 3, 1)));
}

#[test]
fn rows_of_one_talk_billed_per_15_minutes_are_one_talk_not_a_duplicate() {
    let r = read("veerkracht.txt", include_str!("fixtures/new-user/per-15-minutes-2026.txt"), ymd(2026, 3, 10));
    let n = &r.notas[0];
    assert_eq!(n.nota.lines.len(), 7);
    assert_eq!(n.lines_total, dec("241.78"));
    // what may be wrong: nothing; worth knowing: care outside the package, and two talks
    assert_eq!(findings(&r), (vec![], vec!["quarter_hours", "quarter_hours"]));
    let said: Vec<String> = n.findings.iter().map(|f| explain::finding(f, Lang::Nl)).collect();
    assert_eq!(
        said[0],
        "Regels 13 tot en met 16 (3 februari 2026) zijn samen één gesprek: 4 × 15 minuten = 60 minuten, samen \
         € 138,16. Sinds 2026 wordt zorg buiten het basispakket (OV0012) per 15 minuten gedeclareerd: dezelfde \
         regel staat er dus niet dubbel op. Deze zorg betaalt u zelf, of uw aanvullende verzekering als die het \
         vergoedt (bron: https://www.fitz.nl/blog/wat-verandert-er-in-2026-voor-ggz-en-fz-nieuwe-regels-uitgelegd)."
    );
    assert!(said[1].contains("3 × 15 minuten = 45 minuten, samen € 103,62."), "{}", said[1]);
    // the line itself: one quarter of that talk, not "a talk of 15 to 29 minutes"
    let line = explain::line_with(&n.nota.lines[0], &n.context(0), Lang::Nl);
    assert!(line.contains("samen 4 × 15 minuten = 60 minuten"), "{line}");
    assert!(!line.contains("15 tot 29 minuten") && !line.contains("twee keer"), "{line}");
    let en = explain::finding(&n.findings[0], Lang::En);
    assert!(en.contains("4 × 15 minutes = 60 minutes"), "{en}");
    // nothing to ask the insurer about but the lines never paid back
    assert_eq!(explain::findings_count(0, Lang::Nl), "NotaWijzer vond niets wat niet lijkt te kloppen.");
    let letter = explain::letter(&r, Lang::Nl);
    assert!(!letter.contains("twee keer") && !letter.contains("gesprek"), "{letter}");
}

#[test]
fn the_same_rows_before_2026_are_still_a_question() {
    let text =
        include_str!("fixtures/new-user/per-15-minutes-2026.txt").replace("-2026", "-2025").replace(" 2026", " 2025");
    let r = read("veerkracht-2025.txt", &text, ymd(2025, 3, 10));
    let (wrong, _) = findings(&r);
    assert_eq!(wrong, ["duplicate_line"; 5], "before 2026 OV0012 is billed per consult");
}

#[test]
fn a_privacyverklaring_is_no_unknown_zorgvraagtype_and_no_diagnosis() {
    let r = read("zonnewijzer.txt", include_str!("fixtures/new-user/privacyverklaring.txt"), ymd(2025, 10, 20));
    let n = &r.notas[0];
    assert!(n.nota.privacy_statement);
    assert_eq!(n.nota.cluster, None);
    assert_eq!(n.nota.diagnosis, None);
    assert_eq!(findings(&r), (vec![], vec!["privacy_statement"]));
    let said = explain::finding(&n.findings[0], Lang::Nl);
    assert!(said.starts_with("Op deze nota staan geen diagnose en geen zorgvraagtype, omdat u"), "{said}");
    // no DBC estimate from a diagnosis that is not there
    let c = r.counterfactual().expect("a ZPM trajectory is compared");
    assert_eq!(c.dbc_total(), None);
    assert_eq!(n.lines_total, dec("310.07"));
}

#[test]
fn a_factoring_companys_email() {
    let r = read("lichtpunt.eml.txt", include_str!("fixtures/new-user/factoring-email.txt"), ymd(2025, 11, 10));
    let n = &r.notas[0];
    assert_eq!(n.nota.provider.as_deref(), Some("Praktijk Lichtpunt"), "never the sentence or the footer");
    assert_eq!(n.nota.already_paid.as_ref().map(|t| t.value), Some(dec("219.98")));
    assert_eq!(n.nota.balance_due.as_ref().map(|t| t.value), Some(dec("257.44")));
    assert_eq!(n.nota.due_date, Some(ymd(2025, 12, 3)), "'Te betalen vóór' is a date, not an amount");
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2025, 11, 3)));
    assert_eq!(n.lines_total, dec("477.42"));
    assert!(explain::still_to_pay(n, Lang::Nl).is_some());
    assert_eq!(findings(&r), (vec![], vec![]));
}

#[test]
fn a_word_processor_nota_of_january_2027() {
    let r = read("boomgaard.txt", include_str!("fixtures/new-user/wordprocessor-2027.txt"), ymd(2027, 1, 20));
    let n = &r.notas[0];
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2027-0009"), "from the heading");
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2027, 1, 8)), "from the letter's date");
    assert_eq!(n.nota.provider.as_deref(), Some("Praktijk Boomgaard, psychotherapie"));
    assert_eq!(
        lines(&r),
        [
            (Some(ymd(2026, 12, 15)), Some("CO0635"), dec("195.71")),
            (Some(ymd(2026, 12, 22)), Some("CO0635"), dec("195.71")),
            (Some(ymd(2027, 1, 5)), Some("CO0635"), dec("195.71")),
        ]
    );
    assert_eq!(n.lines_total, dec("587.13"));
    assert_eq!(findings(&r), (vec![], vec![]));
}

/// The invoice number in a heading and again as a field is one nota with its letterhead.
#[test]
fn a_heading_and_a_field_with_the_same_number_are_one_nota() {
    let text = include_str!("fixtures/new-user/wordprocessor-2027.txt")
        .replace("Apeldoorn, 8 januari 2027", "Factuurnummer: 2027-0009\nFactuurdatum: 8 januari 2027");
    let r = read("boomgaard.txt", &text, ymd(2027, 1, 20));
    let n = &r.notas[0];
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2027-0009"));
    assert_eq!(n.nota.provider.as_deref(), Some("Praktijk Boomgaard, psychotherapie"));
    assert_eq!(n.nota.lines.len(), 3);
}

#[test]
fn text_copied_out_of_a_practices_pdf() {
    let r = read("horizon.txt", include_str!("fixtures/new-user/copied-from-pdf.txt"), ymd(2024, 4, 20));
    let n = &r.notas[0];
    assert_eq!(
        lines(&r),
        [
            (Some(ymd(2024, 3, 5)), Some("CO0432"), dec("159.70")),
            (Some(ymd(2024, 3, 19)), Some("CO0497"), dec("135.89"))
        ]
    );
    // the block of labels, then the block of values
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2024-00088"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2024, 4, 12)));
    assert_eq!(n.nota.trajectory_number.as_deref(), Some("2024-031"), "a trajectory number, not a date");
    assert_eq!(n.nota.start_date, Some(ymd(2024, 3, 4)));
    assert_eq!(n.cluster().map(|c| c.number), Some(5));
    assert_eq!(n.lines_total, dec("295.59"));
    assert_eq!(findings(&r), (vec![], vec![]));
    // the description keeps the prestatie's name, not its date, time or performer
    assert_eq!(
        n.nota.lines[0].description,
        "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Diagnostiek 45 minuten"
    );
}

#[test]
fn a_nota_of_only_uninsured_care_is_told_nothing_of_contracts_or_a_re_assessment() {
    let r = read("doorstart.txt", include_str!("fixtures/new-user/onverzekerd-burnout.txt"), ymd(2025, 7, 10));
    let n = &r.notas[0];
    assert!(n.uninsured_only());
    assert_eq!(findings(&r), (vec![], vec!["non_insured", "non_insured"]));
    assert_eq!(n.review.due, None);
    assert!(r.counterfactual().is_none(), "no DBC comparison for care outside the basic package");
    let p = notawijzer::rules::payment::payment(&n.nota, n.month_total, &Default::default());
    let said = explain::payment(&p, &Default::default(), Lang::Nl).join(" ");
    assert!(
        said.starts_with("U betaalt nu € 276,30. Op deze nota staat niets wat uw basisverzekering vergoedt."),
        "{said}"
    );
    for never in ["contract met uw verzekeraar", "eigen risico", "hinderpaal"] {
        assert!(!said.contains(never), "{never}: {said}");
    }
    assert!(!m::view_zvt_uninsured(Lang::Nl).is_empty());
}

/// Every nota above through the command line's text: the heading over what may be wrong holds no
/// sentence that calls itself "geen fout".
#[test]
fn what_is_no_error_is_never_under_the_heading_of_what_looks_wrong() {
    for name in [
        "english-amounts.txt",
        "csv-export.csv",
        "per-15-minutes-2026.txt",
        "privacyverklaring.txt",
        "factoring-email.txt",
        "wordprocessor-2027.txt",
        "copied-from-pdf.txt",
        "onverzekerd-burnout.txt",
    ] {
        let path = format!("tests/fixtures/new-user/{name}");
        let (code, out, err) = common::run_cli(&["explain", &path, "--today", "2027-01-20"]);
        assert_eq!(code, 0, "{name}: {err}");
        for line in out.lines().filter(|l| l.starts_with("  ! ")) {
            assert!(!line.contains("geen fout"), "{name}: {line}");
        }
        assert!(!out.contains("Regels") || !out.contains("twee keer op"), "{name}");
    }
}
