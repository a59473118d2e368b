//! Notas as real makers print them (`shared/domain/real-nota-layouts.md`), each fixture a different
//! maker: a factoring company, a practice's own script (its PDF printed by Chromium, and the text a
//! patient copies out of it with select-all), an institution with several professions (CSV), a
//! group practice with Aantal | Tarief | Bedrag, an English invoice, a nota with a missed
//! appointment, a fee and summary lines; and two documents that are no nota at all. Pinned to the
//! cent: what every line is, what the summary lines say, and that nothing else becomes care.

mod common;

use common::{dec, ymd};
use notawijzer::model::LineKind;
use notawijzer::read::role::LineRole;
use notawijzer::rules::analysis::{Input, Report, analyse};
use notawijzer::{Lang, engine::export, words::explain};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn read(path: &str) -> Report {
    let text = fixture(path);
    analyse(&[Input::new(path, text.as_bytes())], ymd(2026, 12, 1))
}

/// (line number, kind, code, date, amount) of a line.
type Row<'a> = (usize, &'static str, Option<&'a str>, Option<chrono::NaiveDate>, String);

/// Every line of the only nota.
fn lines(r: &Report) -> Vec<Row<'_>> {
    assert_eq!(r.notas.len(), 1, "{:?}", r.errors);
    r.notas[0]
        .nota
        .lines
        .iter()
        .map(|l| (l.line_no, l.kind.code(), l.code.as_deref(), l.date, l.amount.to_string()))
        .collect()
}

fn json(r: &Report, lang: Lang) -> String {
    serde_json::to_string(&export::to_json(r, lang)).unwrap()
}

fn codes(r: &Report) -> Vec<&'static str> {
    r.notas[0].findings.iter().map(|f| f.code()).collect()
}

fn amount(v: &Option<notawijzer::model::Located<rust_decimal::Decimal>>) -> Option<String> {
    v.as_ref().map(|v| v.value.to_string())
}

#[test]
fn factoring_company_with_quantities_and_summary_lines() {
    let r = read("real/factoring-2024-05.txt");
    assert!(r.errors.is_empty(), "payment terms, address, IBAN, phone and page line are no errors: {:?}", r.errors);
    assert_eq!(
        lines(&r),
        [
            (20, "consult", Some("CO0432"), Some(ymd(2024, 4, 9)), "159.70".into()),
            (21, "consult", Some("CO0497"), Some(ymd(2024, 4, 16)), "135.89".into()),
            (22, "consult", Some("CO0497"), Some(ymd(2024, 4, 23)), "135.89".into()),
            (23, "consult", Some("CO0497"), Some(ymd(2024, 4, 30)), "135.89".into()),
        ]
    );
    let n = &r.notas[0];
    assert!(n.nota.lines.iter().all(|l| l.quantity == Some(dec("1")) && Some(l.amount) == l.unit_price));
    assert_eq!(n.nota.lines[0].description, "Diagnostiek 45 minuten gz-psycholoog");
    assert_eq!(n.lines_total, dec("567.37"));
    assert_eq!(amount(&n.nota.stated_total).as_deref(), Some("567.37"), "the total, not the subtotal or the balance");
    assert_eq!(amount(&n.nota.already_paid).as_deref(), Some("159.70"));
    assert_eq!(amount(&n.nota.balance_due).as_deref(), Some("407.67"));
    assert_eq!(codes(&r), Vec::<&str>::new(), "the lines add up: no total_mismatch");
    assert_eq!(n.nota.provider.as_deref(), Some("Psychologenpraktijk Het Anker"), "namens uw zorgverlener");
    assert_eq!(n.nota.invoice_number.as_deref(), Some("NF-2024-118822"));
    assert_eq!(n.cluster().map(|c| c.number), Some(3));
    assert_eq!(explain::still_to_pay(n, Lang::Nl).as_deref(), Some("Nog te betalen € 407,67, € 159,70 is al betaald."));
    assert_eq!(
        explain::still_to_pay(n, Lang::En).as_deref(),
        Some("Still to pay €407.67; €159.70 has been paid already.")
    );
    // the roles of the lines around the care
    let (_, _, roles) = notawijzer::read::zpm::read_zpm_roles(&fixture("real/factoring-2024-05.txt"));
    let role = |line: usize| roles[line - 1];
    // letterhead and address are text; "Namens uw zorgverlener" and the keyed lines are header fields
    assert_eq!(
        [role(1), role(2), role(3), role(7), role(19), role(20)],
        [LineRole::Text, LineRole::Header, LineRole::Text, LineRole::Text, LineRole::Header, LineRole::Care]
    );
    assert!((25..=29).all(|l| role(l) == LineRole::Summary), "{roles:?}");
    assert_eq!([role(31), role(32), role(33)], [LineRole::Text; 3]);
}

#[test]
fn missed_appointment_fee_and_a_part_payment() {
    let r = read("real/praktijk-2025-11-noshow.txt");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(
        lines(&r),
        [
            (12, "consult", Some("CO0627"), Some(ymd(2025, 10, 7)), "168.94".into()),
            (13, "no_show", None, Some(ymd(2025, 10, 14)), "50.00".into()),
            (14, "consult", Some("CO0627"), Some(ymd(2025, 10, 21)), "168.94".into()),
            (15, "non_insured", Some("OV0012"), Some(ymd(2025, 10, 28)), "138.15".into()),
            (16, "fee", None, None, "7.50".into()),
        ]
    );
    let n = &r.notas[0];
    assert_eq!(n.nota.lines[1].description, "Niet nagekomen afspraak (te laat afgezegd)");
    assert_eq!(n.lines_total, dec("533.53"));
    assert_eq!(amount(&n.nota.stated_total).as_deref(), Some("533.53"));
    assert_eq!(amount(&n.nota.already_paid).as_deref(), Some("168.94"));
    assert_eq!(amount(&n.nota.balance_due).as_deref(), Some("364.59"));
    assert_eq!(codes(&r), ["non_insured"]);
    // the header variants
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2025-0311"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2025, 11, 4)));
    assert_eq!(n.nota.patient.as_deref(), Some("Mw. R. Bakker"));
    assert_eq!(n.nota.trajectory_number.as_deref(), Some("ZT 2025-044"));
    assert_eq!(n.nota.start_date, Some(ymd(2025, 5, 6)));
    assert_eq!(n.cluster().map(|c| c.number), Some(3), "Zorgvraagtypering ZVT 03");
    assert_eq!(n.nota.provider.as_deref(), Some("Praktijk De Meerpaal - GZ-psychologie"));
    // never in the eigen risico: the missed appointment, the fee, the care outside the basic package
    let er = n.eigen_risico();
    assert_eq!((er.len(), er[0].year, er[0].amount), (1, 2025, dec("337.88")));
    // explained in B1: not an NZa prestatie, never reimbursed, the provider's own terms
    let no_show = explain::line(&n.nota.lines[1], Lang::Nl);
    for part in [
        "dinsdag 14 oktober 2025",
        "geen prestatie van de NZa",
        "behandelovereenkomst",
        "betaalt dit nooit terug",
        "Dit kost € 50,00.",
    ] {
        assert!(no_show.contains(part), "{part}: {no_show}");
    }
    let fee = explain::line(&n.nota.lines[4], Lang::En);
    assert!(fee.contains("“Administratiekosten herinnering”") && fee.contains("never pays this back"), "{fee}");
    assert!(fee.starts_with("On a day the statement does not give"), "{fee}");
}

#[test]
fn a_practice_script_copied_out_of_its_pdf_in_run_order() {
    // labels in one block, values in the next; code and "Datum: … Tijd: …" on one line, the NZa name
    // over two lines, "Uitvoerder: <AGB>", the amount on a line of its own
    let r = read("pdf/zonnehof-chromium.select-all.txt");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(
        lines(&r),
        [
            (28, "consult", Some("CO0432"), Some(ymd(2023, 10, 31)), "143.52".into()),
            (32, "consult", Some("CO0497"), Some(ymd(2023, 11, 7)), "121.98".into()),
            (36, "consult", Some("CO0497"), Some(ymd(2023, 11, 14)), "121.98".into()),
        ]
    );
    let n = &r.notas[0];
    assert_eq!(
        n.nota.lines[1].description,
        "Ambulant – kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten",
        "no dangling Datum:, Tijd: or Uitvoerder:"
    );
    assert_eq!(n.lines_total, dec("387.48"));
    assert_eq!(amount(&n.nota.stated_total).as_deref(), Some("387.48"));
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2023-1114"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2023, 11, 28)));
    assert_eq!(n.nota.patient.as_deref(), Some("Dhr. K. de Boer"));
    assert_eq!(n.nota.trajectory_number.as_deref(), Some("2023-0457"));
    assert_eq!(n.nota.start_date, Some(ymd(2023, 10, 5)));
    assert_eq!(n.nota.birth_date, Some(ymd(1979, 2, 3)));
    assert_eq!(n.nota.profile, Some(notawijzer::model::Profile::Middel));
    assert_eq!(n.cluster().map(|c| c.number), Some(3), "Gekozen zorgvraagtype");
    // below the maximum (a contract percentage) is normal; the review is judged at 14 November 2023
    assert_eq!(codes(&r), Vec::<&str>::new());
    assert_eq!(n.review.due, Some(ymd(2024, 10, 5)));
    assert_eq!(n.review.on, Some(ymd(2023, 11, 14)));
    assert_eq!(explain::review_status_label(&n.review, Lang::Nl), "op tijd voor deze nota");
    let LineKind::Prestatie(p) = &n.nota.lines[0].kind else { panic!() };
    assert_eq!(
        (p.minutes, p.profession, p.setting),
        (Some(45), Some(notawijzer::model::Profession::GzPsycholoog), Some(1))
    );
}

#[test]
fn the_practice_pdf_reads_as_its_select_all_text() {
    let runs = fixture("pdf/zonnehof-chromium.runs.json");
    let pages = notawijzer::read::pdf::pages_from_json(&runs).expect("the recorded runs read");
    let text = notawijzer::read::pdf::rebuild(&pages).expect("text");
    let from_pdf = analyse(&[Input::new("zonnehof.pdf", text.as_bytes())], ymd(2026, 12, 1));
    let copied = read("pdf/zonnehof-chromium.select-all.txt");
    assert!(from_pdf.errors.is_empty(), "{:?}\n{text}", from_pdf.errors);
    let figures = |r: &Report| {
        let n = &r.notas[0];
        let lines: Vec<_> =
            n.nota.lines.iter().map(|l| (l.code.clone(), l.date, l.amount, l.description.clone())).collect();
        (
            lines,
            n.month_total,
            n.nota.invoice_number.clone(),
            n.nota.start_date,
            n.cluster().map(|c| c.number),
            n.nota.patient.clone(),
        )
    };
    assert_eq!(figures(&from_pdf), figures(&copied), "{text}");
}

#[test]
fn an_institution_with_several_professions() {
    let r = read("real/instelling-2024-07.csv");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(
        lines(&r),
        [
            (11, "consult", Some("CO0603"), Some(ymd(2024, 6, 3)), "212.00".into()),
            (12, "consult", Some("CO0635"), Some(ymd(2024, 6, 10)), "186.80".into()),
            (13, "consult", Some("CO0497"), Some(ymd(2024, 6, 17)), "135.89".into()),
            (14, "other_service", Some("OV0007"), Some(ymd(2024, 6, 18)), "25.05".into()),
        ]
    );
    use notawijzer::model::Profession::*;
    let professions: Vec<_> = r.notas[0]
        .nota
        .lines
        .iter()
        .filter_map(|l| match &l.kind {
            LineKind::Prestatie(p) => Some(p.profession),
            _ => None,
        })
        .collect();
    assert_eq!(professions[..3], [Some(KlinischPsycholoog), Some(Psychotherapeut), Some(GzPsycholoog)]);
    assert_eq!(r.notas[0].lines_total, dec("559.74"));
    assert_eq!(r.notas[0].cluster().map(|c| c.number), Some(7), "ZVT 07");
    assert_eq!(codes(&r), Vec::<&str>::new());
    // every line at its 2024 maximum
    let max: Vec<_> = (0..4).map(|i| r.notas[0].context(i).max_tariff.map(|m| m.amount.to_string())).collect();
    assert_eq!(max, [Some("212.00".into()), Some("186.80".into()), Some("135.89".into()), Some("25.05".into())]);
}

#[test]
fn count_times_rate_is_checked() {
    let r = read("real/groep-2025-06-aantal.txt");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let n = &r.notas[0];
    let q: Vec<_> =
        n.nota.lines.iter().map(|l| (l.quantity.map(|q| q.to_string()), l.unit_price.map(|p| p.to_string()))).collect();
    assert_eq!(
        q,
        [
            (Some("3".into()), Some("12.09".into())),
            (Some("3".into()), Some("12.09".into())),
            (Some("2".into()), Some("12.09".into())),
            (Some("1".into()), Some("168.94".into())),
        ]
    );
    assert_eq!(n.lines_total, dec("277.75"));
    // three 30-minute blocks at € 12,09 are not above the maximum per block; 2 × € 12,09 is not € 36,27
    let found: Vec<_> = n.findings.iter().map(|f| (f.code(), f.line_no())).collect();
    assert_eq!(found, [("quantity_mismatch", Some(12)), ("above_max_tariff", Some(12))]);
    assert_eq!(
        explain::finding(&n.findings[0], Lang::Nl),
        "Op regel 12 staat 2 keer € 12,09, maar het bedrag is € 36,27. Dat klopt niet. Vraag uw zorgaanbieder welk bedrag juist is."
    );
    let json = json(&r, Lang::En);
    assert!(json.contains(r#""quantity":"2","unit_price":"12.09""#), "{json}");
}

#[test]
fn an_english_invoice() {
    let r = read("real/english-2025-07.txt");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(lines(&r).len(), 4);
    let n = &r.notas[0];
    assert_eq!(n.lines_total, dec("697.70"));
    assert_eq!(amount(&n.nota.stated_total).as_deref(), Some("697.70"));
    assert_eq!(n.nota.invoice_number.as_deref(), Some("INV-2025-0093"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2025, 7, 2)));
    assert_eq!(n.nota.patient.as_deref(), Some("Ms. J. Smith"));
    assert_eq!(n.nota.trajectory_number.as_deref(), Some("2025-014"));
    assert_eq!(n.nota.start_date, Some(ymd(2025, 5, 6)));
    assert_eq!(n.nota.birth_date, Some(ymd(1990, 4, 11)));
    assert_eq!(n.cluster().map(|c| c.number), Some(2));
    assert_eq!(codes(&r), Vec::<&str>::new());
}

#[test]
fn documents_that_are_no_nota() {
    for path in ["real/boodschappen.txt"] {
        let r = read(path);
        assert!(r.notas.is_empty(), "{path}");
        let codes: Vec<_> = r.errors.iter().map(|e| e.error.code()).collect();
        assert_eq!(codes, ["not_a_nota"], "{path}: one clear message");
        let json = json(&r, Lang::Nl);
        assert!(json.contains(r#""notas":[]"#) && json.contains(r#""code":"not_a_nota""#), "{json}");
        for lang in [Lang::Nl, Lang::En] {
            let letter = explain::letter(&r, lang);
            assert!(
                !letter.contains("niets wat niet lijkt te kloppen") && !letter.contains("nothing that looks wrong")
            );
        }
    }
    // the sports club's bill, read from its PDF: dates and amounts, and no care
    let runs = fixture("pdf/sportclub-reportlab.runs.json");
    let text = notawijzer::read::pdf::rebuild(&notawijzer::read::pdf::pages_from_json(&runs).unwrap()).unwrap();
    let r = analyse(&[Input::new("sport.pdf", text.as_bytes())], ymd(2026, 12, 1));
    assert!(r.notas.is_empty(), "{text}");
    assert_eq!(r.errors.iter().map(|e| e.error.code()).collect::<Vec<_>>(), ["not_a_nota"], "{text}");
    let message = explain::read_error(&r.errors[0].error, Lang::Nl);
    assert!(
        message.contains("Dit lijkt geen zorgnota")
            && message.contains("niets gecontroleerd")
            && message.contains("PDF")
    );
}

#[test]
fn no_pilot_fallback() {
    // a text without prestatiecodes is read as today's nota, not in the 2017 pilot layout
    let r = notawijzer::rules::analysis::analyse_text(
        "x.txt",
        "Praktijk X\n14-10-2025  Niet nagekomen afspraak  € 50,00\n",
        ymd(2026, 12, 1),
    );
    assert_eq!(r.notas[0].model, notawijzer::model::Model::Zpm);
    assert_eq!(r.notas[0].nota.lines[0].kind, LineKind::NoShow);
    // the pilot by its own markers
    let r = notawijzer::rules::analysis::analyse_text("x.txt", common::FEB, ymd(2017, 2, 25));
    assert_eq!(r.notas[0].model, notawijzer::model::Model::Zorgcluster);
}

#[test]
fn a_bsn_is_read_never_shown_exported_or_in_the_letter() {
    for path in ["real/factoring-2024-05.txt", "pdf/zonnehof-chromium.select-all.txt"] {
        let r = read(path);
        for lang in [Lang::Nl, Lang::En] {
            let json = json(&r, lang);
            let letter = explain::letter(&r, lang);
            let lines: String = r.notas[0].nota.lines.iter().map(|l| explain::line(l, lang)).collect();
            for text in [&json, &letter, &lines] {
                assert!(!text.contains("123456782") && !text.contains("1979"), "{path}: {text}");
            }
        }
    }
    let r = read("real/instelling-2024-07.csv");
    assert!(!json(&r, Lang::Nl).contains("998877665"), "verzekerdennummer");
    // in the view of the patient's own text it is masked
    assert_eq!(
        notawijzer::read::privacy::mask("BSN:                     123456782"),
        "BSN:                     •••••6782"
    );
}

#[test]
fn the_description_is_checked_against_the_code() {
    let head = "Factuurnummer: T1\nFactuurdatum: 02-04-2024\nStartdatum zorgtraject: 05-03-2024\n";
    let text = format!(
        "{head}\
19-03-2024  CO0497  Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten  € 135,89\n\
20-03-2024  CO0497  Diagnostiek 60 minuten gz-psycholoog  € 135,89\n\
21-03-2024  CO0497  Behandeling 45 minuten psychotherapeut  € 135,89\n\
22-03-2024  CO0497  Behandeling  € 135,89\n"
    );
    let r = notawijzer::rules::analysis::analyse_text("x.txt", &text, ymd(2026, 12, 1));
    let found: Vec<_> = r.notas[0].findings.iter().map(|f| (f.code(), f.line_no())).collect();
    // the NZa name and a short description without a duration agree with the code; the others not
    assert_eq!(found, [("code_description_mismatch", Some(5)), ("code_description_mismatch", Some(6))]);
    assert_eq!(
        explain::finding(&r.notas[0].findings[0], Lang::Nl),
        "Op regel 5 past de omschrijving niet bij de code. Code CO0497 is een consult voor behandeling van 45 minuten met een gezondheidszorgpsycholoog, maar de omschrijving noemt een consult voor onderzoek (diagnostiek) van 60 minuten met een gezondheidszorgpsycholoog. De code bepaalt het tarief. Vraag uw zorgaanbieder welke van de twee klopt."
    );
    assert!(
        explain::finding(&r.notas[0].findings[1], Lang::En)
            .contains("but the description names a consultation for treatment of 45 minutes with a psychotherapist")
    );
}
