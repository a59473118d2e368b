//! Bad input gives errors with a place and a plain message: never a panic, never lost text.

mod common;
use common::*;

use notawijzer::Lang;
use notawijzer::read::{Position, Problem};
use notawijzer::rules::analysis::{Input, analyse};
use notawijzer::words::explain::{read_error, read_error_with_place};

fn bytes(b: &[u8]) -> notawijzer::Report {
    analyse(&[Input::new("f", b)], today())
}

#[test]
fn empty_file() {
    for b in [&b""[..], b"\n\n  \r\n", b"\xEF\xBB\xBF"] {
        let r = bytes(b);
        assert!(r.notas.is_empty());
        assert_eq!(error_codes(&r), ["empty"]);
        assert!(r.files[0].unreadable());
        assert_eq!(read_error_with_place(&r.errors[0].error, Lang::Nl), "Het bestand: Het bestand is leeg.");
    }
}

#[test]
fn binary_garbage() {
    // a deterministic scramble of all byte values, with and without NUL bytes
    let mut state: u32 = 12345;
    let garbage: Vec<u8> = (0..100_000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (state >> 16) as u8
        })
        .collect();
    let r = bytes(&garbage);
    assert!(r.notas.is_empty());
    assert_eq!(error_codes(&r), ["not_text"]);
    let no_nul: Vec<u8> = garbage.iter().map(|&b| b.max(1)).collect();
    assert_eq!(error_codes(&bytes(&no_nul)), ["not_text"]);
    let pdf = bytes(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj");
    assert!(read_error(&pdf.errors[0].error, Lang::Nl).starts_with("Dit is een PDF-bestand."));
    let png = bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(read_error(&png.errors[0].error, Lang::En).starts_with("This is an image."));
}

#[test]
fn ten_megabytes() {
    let line = "Consult (15-2): € 100\n";
    let mut text = String::from("Declaratie februari 2017\n");
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(line);
    }
    let r = one(&text);
    assert_eq!(r.errors[0].error.problem.code(), "file_too_large");
    assert_eq!(r.errors[0].error.at, Position::FILE);
    // what was read is kept: the first 4 MiB, cut at a line end, up to the per-nota line limit
    assert_eq!(r.notas.len(), 1);
    assert_eq!(r.notas[0].nota.lines.len(), notawijzer::read::limits::MAX_ITEMS_PER_NOTA);
    assert!(r.errors.iter().any(|e| e.error.code() == "too_many_items"));
    let message = read_error(&r.errors[0].error, Lang::Nl);
    assert!(message.starts_with("Het bestand is te groot (10,0 MB; het maximum is 4,0 MB)"), "{message}");
}

#[test]
fn many_small_notas_stop_at_the_limit() {
    let text = "Zorgnota\nDeclaratie februari 2017\nConsult (15-2): € 100\n".repeat(600);
    let r = one(&text);
    assert_eq!(r.notas.len(), notawijzer::read::limits::MAX_NOTAS);
    assert!(error_codes(&r).contains(&"too_many_notas"));
}

#[test]
fn a_line_of_100_000_characters() {
    let long = "x".repeat(100_000);
    let text = format!("Declaratie februari 2017\n{long}\nConsult (15-2): € 100\n");
    let r = one(&text);
    assert_eq!(error_codes(&r), ["line_too_long"]);
    assert_eq!(r.errors[0].error.at, Position::new(2, 1001));
    assert_eq!(r.notas[0].nota.lines.len(), 1, "the line after it is still read");
    assert_eq!(
        read_error_with_place(&r.errors[0].error, Lang::Nl),
        "Regel 2, kolom 1001: Deze regel is te lang (100.000 tekens; het maximum is 1.000). De regel is overgeslagen."
    );
    // the same in a line that looks like an item, and made of multi-byte characters
    let long = format!("Consult (15-2): € {}", "€".repeat(100_000));
    assert_eq!(error_codes(&one(&long)), ["line_too_long"]);
}

#[test]
fn unknown_cluster_is_a_finding_not_an_error() {
    let r = one(&FEB.replace("Psychische aandoening ernstig", "Onbekend cluster"));
    assert!(r.errors.is_empty());
    assert_eq!(codes(&r), ["unknown_cluster"]);
    assert_eq!(r.notas[0].cluster(), None);
    assert_eq!(r.notas[0].cumulative, dec("8700"), "the numbers still count");
}

#[test]
fn each_bad_line_has_a_place_and_the_rest_is_read() {
    let text = "Declaratie februari 2017\n\
        Consult (31-2): € 100\n\
        Consult (15-2): € 100.50\n\
        Consult (15-2)\n\
        Dit is geen regel: wel tekst\n\
        Consult (gisteren): € 100\n\
        Verblijf (19-2): € 400\n\
        Eerder gedeclareerd: zeven euro\n\
        Consult (16-2): € 10,505\n";
    let r = one(text);
    let got: Vec<(usize, usize, &str)> =
        r.errors.iter().map(|e| (e.error.at.line, e.error.at.column, e.error.code())).collect();
    assert_eq!(
        got,
        [
            (2, 10, "bad_date"),
            (3, 19, "bad_amount"),
            (4, 15, "missing_amount"),
            (5, 1, "not_understood"),
            (6, 10, "bad_date"),
            (8, 22, "bad_amount"),
            (9, 19, "bad_amount"),
        ]
    );
    assert_eq!(r.notas[0].nota.lines.len(), 1);
    assert_eq!(r.notas[0].nota.lines[0].line_no, 7);
    let messages: Vec<String> = r.errors.iter().map(|e| read_error_with_place(&e.error, Lang::Nl)).collect();
    assert_eq!(messages[0], "Regel 2, kolom 10: De datum „31-2” bestaat niet.");
    assert!(messages[1].contains("scheidt de punt duizendtallen en de komma de centen"), "{}", messages[1]);
    assert_eq!(
        messages[3],
        "Regel 5, kolom 1: NotaWijzer begrijpt deze regel niet: „Dit is geen regel: wel tekst”. De rest van de nota is wel gelezen."
    );
    for e in &r.errors {
        assert!(!read_error(&e.error, Lang::En).is_empty());
    }
}

#[test]
fn a_date_without_year_and_no_month_to_take_it_from() {
    let r = one("Consult (15-2): € 100\n");
    assert_eq!(error_codes(&r), ["bad_date"]);
    assert!(matches!(
        r.errors[0].error.problem,
        Problem::BadDate { problem: notawijzer::read::DateProblem::NoYear, .. }
    ));
    assert_eq!(r.errors[0].error.at, Position::new(1, 10));
    assert_eq!(r.notas[0].nota.lines[0].date, None, "the line is kept, its amount counts");
    assert_eq!(r.notas[0].lines_total, dec("100"));
}

#[test]
fn conflicting_headers_keep_the_first() {
    let r = one("Start datum: 1 november 2016\nStart datum: 1 december 2016\nConsult (15-2-2017): € 100\n");
    assert_eq!(error_codes(&r), ["duplicate_header"]);
    assert_eq!(r.notas[0].nota.start_date, Some(ymd(2016, 11, 1)));
}

#[test]
fn hostile_text_stays_text() {
    let text = "Zorgnota\n<script>alert(1)</script>\nDeclaratie februari 2017\nConsult <img src=x onerror=alert(2)> (15-2): € 100\n";
    let r = one(text);
    assert_eq!(r.notas[0].nota.patient.as_deref(), Some("<script>alert(1)</script>"));
    let sentence = notawijzer::words::explain::line(&r.notas[0].nota.lines[0], Lang::Nl);
    assert!(sentence.contains("een consult"), "{sentence}");
}

#[test]
fn json_bad_input() {
    let r = one("{\"notas\": [}");
    assert_eq!(error_codes(&r), ["json_syntax"]);
    assert_eq!(r.errors[0].error.at.line, 1);
    let r = one("[1, \"x\"]");
    assert_eq!(error_codes(&r), ["json_field", "json_field"]);
    let r = one(&format!("{{\"lines\": [{{\"description\": \"Consult\", \"amount\": \"{}\"}}]}}", "9".repeat(100)));
    assert_eq!(error_codes(&r), ["json_field"]);
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // deep nesting is an error for the one value, not a stack overflow
    assert_eq!(error_codes(&one(&deep)), ["json_field"]);
    let deep_object = format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    assert!(!error_codes(&one(&deep_object)).is_empty());
}

#[test]
fn the_command_line_reads_every_sample_without_errors() {
    for text in [JAN, FEB, DBC] {
        assert!(one(text).errors.is_empty());
    }
}

#[test]
fn the_generated_benchmark_nota_reads_clean() {
    let text = notawijzer::engine::write::generated(20_000);
    let r = one(&text);
    assert!(r.errors.is_empty(), "{:?}", &r.errors[..r.errors.len().min(3)]);
    assert_eq!(r.notas[0].nota.lines.len(), 20_000);
    // the stated total matches the lines, and no line repeats
    assert!(r.notas[0].findings.is_empty(), "{:?}", &r.notas[0].findings[..r.notas[0].findings.len().min(3)]);
}
