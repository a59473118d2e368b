//! Every input a fuzzer crashed on, kept as a test (`.ci/fuzz`; inputs in tests/fixtures/fuzz/).
//! The invariant: whatever the bytes, reading and explaining never panics.

mod common;
use common::*;

use notawijzer::rules::analysis::{Input, analyse};
use notawijzer::{Lang, engine::export, words::explain};

/// Reads, analyses and puts every part into words, in both languages.
fn survive(bytes: &[u8]) -> notawijzer::Report {
    let report = analyse(&[Input::new("fuzz", bytes)], today());
    for lang in [Lang::Nl, Lang::En] {
        for n in &report.notas {
            for line in &n.nota.lines {
                explain::line(line, lang);
            }
            for f in &n.findings {
                explain::finding(f, lang);
            }
        }
        for e in &report.errors {
            explain::read_error_with_place(&e.error, lang);
        }
        explain::letter(&report, lang);
        export::to_json(&report, lang);
    }
    report
}

#[test]
fn every_saved_crash_input() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        survive(&std::fs::read(&path).unwrap());
        count += 1;
    }
    assert!(count >= 1);
}

/// read_text crash 1: a total line whose last space is a non-breaking space (a Windows-1252 file:
/// byte 0xA0) cut a character in two.
#[test]
fn total_after_a_non_breaking_space() {
    let r = survive(b"Declaratie januari 2017\nConsult (5-1): \x80 400\nTotaal januari\xA0400\n");
    assert_eq!(r.notas[0].nota.stated_total.as_ref().map(|t| t.value), Some(dec("400")));
    let r = survive("Declaratie januari 2017\nConsult (5-1): € 1.300\nTotaal januari\u{a0}\u{a0}1.300,00\n".as_bytes());
    assert_eq!(r.notas[0].nota.stated_total.as_ref().map(|t| t.value), Some(dec("1300")));
}

/// read_text crash 2 (after the line roles): a codeless line whose date stands after its amount cut
/// the description between the date and the amount the wrong way round.
#[test]
fn a_date_after_the_amount_of_a_line_without_a_code() {
    survive(include_bytes!("fixtures/fuzz/read_text-date-after-amount.txt"));
    let r = survive("Praktijk X\nNiet nagekomen afspraak € 50,00 op 14-10-2025\n".as_bytes());
    let line = &r.notas[0].nota.lines[0];
    assert_eq!((line.description.as_str(), line.amount), ("Niet nagekomen afspraak op", dec("50")));
    assert_eq!(line.date, Some(ymd(2025, 10, 14)));
}
