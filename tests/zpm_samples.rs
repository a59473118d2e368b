//! The three zorgprestatiemodel samples (`shared/domain/samples/zpm/`, copied into
//! `tests/fixtures/`), pinned to the cent: lines, kinds, codes, dates, the credit, the total, the
//! zorgvraagtype, the maximum tariff per line, the review and the findings.

mod common;

use chrono::NaiveDate;
use common::{dec, ymd};
use notawijzer::model::{ConsultKind, LineKind, Model, PrestatieKind, Profession, Profile};
use notawijzer::rules::analysis::{NotaReport, Report, analyse_text};
use notawijzer::rules::review::Status;
use notawijzer::words::explain;
use notawijzer::words::lang::Lang;

const PRAKTIJK: &str = include_str!("fixtures/zpm-2024-03-praktijk.txt");
const EXPORT: &str = include_str!("fixtures/zpm-2023-12-2024-01-export.csv");
const NOORDERLICHT: &str = include_str!("fixtures/zpm-2025-05-noorderlicht.txt");

fn only(name: &str, text: &str, today: NaiveDate) -> Report {
    let report = analyse_text(name, text, today);
    assert!(report.errors.is_empty(), "{name}: {:?}", report.errors);
    assert_eq!(report.notas.len(), 1, "{name}");
    report
}

/// (line_no, date, code, kind, amount, maximum tariff)
type Row<'a> = (usize, NaiveDate, &'a str, &'a str, &'a str, Option<&'a str>);

fn assert_lines(n: &NotaReport, rows: &[Row]) {
    assert_eq!(n.nota.lines.len(), rows.len());
    for (i, (line, row)) in n.nota.lines.iter().zip(rows).enumerate() {
        let (line_no, date, code, kind, amount, max) = *row;
        assert_eq!(line.line_no, line_no, "line {i}");
        assert_eq!(line.date, Some(date), "line {line_no}");
        assert_eq!(line.code.as_deref(), Some(code), "line {line_no}");
        assert_eq!(line.kind.code(), kind, "line {line_no}");
        assert_eq!(line.amount, dec(amount), "line {line_no}");
        assert_eq!(n.context(i).max_tariff.map(|m| m.amount), max.map(dec), "line {line_no}");
        if let Some(m) = n.context(i).max_tariff {
            assert_eq!(m.year, chrono::Datelike::year(&date));
        }
    }
}

fn codes(n: &NotaReport) -> Vec<(&'static str, Option<usize>)> {
    n.findings.iter().map(|f| (f.code(), f.line_no())).collect()
}

#[test]
fn praktijk_aligned_columns() {
    let report = only("praktijk.txt", PRAKTIJK, ymd(2024, 4, 10));
    let n = &report.notas[0];
    assert_eq!(n.model, Model::Zpm);
    assert_eq!(n.nota.provider.as_deref(), Some("Psychologiepraktijk De Linde"));
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2024-0312"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2024, 4, 2)));
    assert_eq!(n.nota.patient.as_deref(), Some("Mw. S. de Graaf"));
    assert_eq!(n.nota.birth_date, Some(ymd(1987, 8, 14)));
    assert_eq!(n.nota.trajectory_number.as_deref(), Some("100234"));
    assert_eq!(n.nota.start_date, Some(ymd(2024, 3, 5)));
    assert_eq!(n.nota.diagnosis.as_deref(), Some("depressieve stemmingsstoornissen"));
    assert_eq!(n.cluster().map(|c| c.number), Some(3));
    assert_lines(
        n,
        &[
            (17, ymd(2024, 3, 5), "CO0432", "consult", "159.70", Some("159.70")),
            (18, ymd(2024, 3, 12), "CO0562", "consult", "183.44", Some("183.44")),
            (19, ymd(2024, 3, 19), "CO0497", "consult", "135.89", Some("135.89")),
            (20, ymd(2024, 3, 20), "OV0007", "other_service", "25.05", Some("25.05")),
            (21, ymd(2024, 3, 26), "CO0497", "consult", "135.89", Some("135.89")),
        ],
    );
    let LineKind::Prestatie(p) = &n.nota.lines[0].kind else { panic!() };
    assert_eq!(
        (p.consult, p.minutes, p.profession, p.setting),
        (Some(ConsultKind::Diagnostiek), Some(45), Some(Profession::GzPsycholoog), Some(1))
    );
    assert_eq!(n.lines_total, dec("639.97"));
    assert_eq!(n.nota.stated_total.as_ref().map(|t| t.value), Some(dec("639.97")));
    // yearly re-assessment: start + 12 months
    assert_eq!(n.review.due, Some(ymd(2025, 3, 5)));
    // judged at the nota's last day of care (26 March 2024), not today
    assert_eq!(n.review.status, Some(Status::Ahead { days_left: 344 }));
    assert_eq!(n.review.on, Some(ymd(2024, 3, 26)));
    assert_eq!(codes(n), []);
}

#[test]
fn export_csv_across_new_year() {
    let report = only("export.csv", EXPORT, ymd(2024, 2, 5));
    let n = &report.notas[0];
    assert_eq!(n.model, Model::Zpm);
    assert_eq!(n.nota.invoice_number.as_deref(), Some("2024-0007"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2024, 1, 31)));
    assert_eq!(n.nota.patient.as_deref(), Some("Dhr. R. Pinas"));
    assert_eq!(n.cluster().map(|c| c.number), Some(4));
    // the tariff of the year of each line's date: 2023 and 2024 differ for the same code
    assert_lines(
        n,
        &[
            (8, ymd(2023, 12, 5), "CO0497", "consult", "128.40", Some("128.40")),
            (9, ymd(2023, 12, 12), "CO0497", "consult", "128.40", Some("128.40")),
            (10, ymd(2023, 12, 19), "CO0627", "consult", "152.50", Some("152.50")),
            (11, ymd(2024, 1, 9), "CO0497", "consult", "135.89", Some("135.89")),
            (12, ymd(2024, 1, 16), "CO0497", "consult", "135.89", Some("135.89")),
        ],
    );
    let LineKind::Prestatie(p) = &n.nota.lines[0].kind else { panic!() };
    assert_eq!(p.profession, Some(Profession::GzPsycholoog));
    assert_eq!(n.lines_total, dec("681.08"));
    assert_eq!(n.nota.stated_total.as_ref().map(|t| t.value), Some(dec("681.08")));
    assert_eq!(n.review.due, Some(ymd(2024, 11, 28)));
    assert_eq!(codes(n), []);
}

#[test]
fn noorderlicht_description_first_with_surcharge_group_non_insured_and_credit() {
    let report = only("noorderlicht.txt", NOORDERLICHT, ymd(2025, 6, 10));
    let n = &report.notas[0];
    assert_eq!(n.nota.invoice_number.as_deref(), Some("N25-0412"));
    assert_eq!(n.nota.invoice_date.as_ref().map(|d| d.value), Some(ymd(2025, 6, 3)));
    assert_eq!(n.nota.patient.as_deref(), Some("Mevr. L. Hoekstra"));
    assert_eq!(n.nota.trajectory_number.as_deref(), Some("2025-118"));
    assert_eq!(n.nota.profile, Some(Profile::Middel));
    assert_eq!(n.nota.diagnosis, None);
    assert_eq!(n.cluster().map(|c| c.number), Some(2));
    assert_lines(
        n,
        &[
            (11, ymd(2025, 5, 6), "CO0562", "consult", "190.88", Some("190.88")),
            (12, ymd(2025, 5, 13), "CO0627", "consult", "168.94", Some("168.94")),
            (13, ymd(2025, 5, 13), "TC0009", "surcharge", "36.46", Some("36.46")),
            (14, ymd(2025, 5, 20), "GC0110", "group_consult", "12.09", Some("12.09")),
            (15, ymd(2025, 5, 27), "OV0012", "non_insured", "138.15", Some("138.15")),
            (16, ymd(2025, 4, 29), "CO0627", "consult", "-168.94", Some("168.94")),
        ],
    );
    let LineKind::Prestatie(g) = &n.nota.lines[3].kind else { panic!() };
    assert_eq!((g.kind, g.group_size), (PrestatieKind::GroupConsult, Some(6)));
    assert_eq!(n.context(2).consult_date, Some(ymd(2025, 5, 13)), "the surcharge belongs to the consult of that day");
    assert_eq!(n.lines_total, dec("377.58"));
    assert_eq!(n.nota.stated_total.as_ref().map(|t| t.value), Some(dec("377.58")));
    assert_eq!(n.review.due, Some(ymd(2026, 4, 14)));
    // care outside the basic package is said (kindly); nothing else is wrong on this nota
    assert_eq!(codes(n), [("non_insured", Some(15))]);
}

#[test]
fn every_line_explained_in_both_languages() {
    let report = only("noorderlicht.txt", NOORDERLICHT, ymd(2025, 6, 10));
    let n = &report.notas[0];
    let nl = |i: usize| explain::line_with(&n.nota.lines[i], &n.context(i), Lang::Nl);
    let en = |i: usize| explain::line_with(&n.nota.lines[i], &n.context(i), Lang::En);
    let consult = nl(1);
    for part in [
        "Op dinsdag 13 mei 2025 had u een consult voor uw behandeling met een gezondheidszorgpsycholoog.",
        "Het gesprek was gepland op 60 tot 74 minuten („vanaf 60 minuten”).",
        "U betaalt voor de geplande tijd, behalve als het gesprek meer dan 15 minuten korter of langer duurde.",
        "Waar: ambulant, in een praktijk (kwaliteitsstatuut sectie II).",
        "Dit kost € 168,94.",
        "CO0627 is de prestatiecode",
        "Het maximumtarief van de NZa voor deze code in 2025 is € 168,94 (bron: psychezwangerschap.nl).",
    ] {
        assert!(consult.contains(part), "{part}\n{consult}");
    }
    assert!(en(1).contains("On Tuesday 13 May 2025 you had a treatment consultation with a healthcare psychologist"));
    assert!(nl(2).contains("Deze toeslag hoort bij het consult van 13 mei 2025."), "{}", nl(2));
    assert!(
        nl(3).contains("in een groep van 6 patiënten")
            && nl(3).contains("per patiënt betaald, per blok van 30 minuten")
    );
    assert!(nl(4).contains("niet in het basispakket") && nl(4).contains("Die betaalt u zelf"));
    let credit = nl(5);
    assert!(
        credit.starts_with("Deze regel is een creditering: een correctie die de nota lager maakt. Er gaat € 168,94 af. Hij verbetert deze eerdere regel: Op dinsdag 29 april 2025 had u een consult"),
        "{credit}"
    );
    assert!(en(5).starts_with("This line is a credit: a correction that lowers the bill. €168.94 is taken off."));
    assert!(!credit.contains("Dit kost"));
    // the care this nota bills runs from 6 to 27 May: the credit corrects an April line
    assert_eq!(
        explain::month_total(n, Lang::Nl),
        "Deze nota vraagt € 377,58 voor zorg van 6 mei 2025 tot en met 27 mei 2025."
    );
}

#[test]
fn the_letter_names_the_nota_by_its_number_and_keeps_care_out() {
    let report = only("noorderlicht.txt", NOORDERLICHT, ymd(2025, 6, 10));
    let letter = explain::letter(&report, Lang::Nl);
    assert!(letter.contains("Ik heb een vraag over nota N25-0412."), "{letter}");
    assert!(!letter.contains("Niet-basispakketzorg") && !letter.contains("Hoekstra"), "{letter}");
}

#[test]
fn unknown_tariff_is_said_not_guessed() {
    // CO0497 in 2025: not in the verified table
    let text = "Factuurnummer: 1\n05-03-2025  CO0497  Behandeling 45 minuten  € 140,00\n";
    let report = analyse_text("x.txt", text, ymd(2025, 4, 1));
    let n = &report.notas[0];
    assert_eq!(n.context(0).max_tariff, None);
    let nl = explain::line_with(&n.nota.lines[0], &n.context(0), Lang::Nl);
    assert!(nl.contains("NotaWijzer kent het maximumtarief van CO0497 in 2025 niet, en gokt er niet naar."), "{nl}");
    assert!(!n.findings.iter().any(|f| f.code() == "above_max_tariff"));
}

#[test]
fn pilot_notas_are_not_read_as_zpm() {
    let report = common::report(&[("jan.txt", common::JAN), ("feb.txt", common::FEB), ("dbc.txt", common::DBC)]);
    assert!(report.notas.iter().all(|n| n.model != Model::Zpm));
    assert!(report.errors.is_empty());
}
