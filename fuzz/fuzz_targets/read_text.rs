//! The text reader, from bytes (every encoding path) through analysis to every sentence and the
//! JSON export: no input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use notawijzer::{Lang, rules::analysis, words::explain, engine::export};

fuzz_target!(|data: &[u8]| {
    // every line read gets exactly one role
    if let Ok(text) = std::str::from_utf8(data) {
        let (_, _, roles) = notawijzer::read::zpm::read_zpm_roles(text);
        let lines = notawijzer::read::text::lines(text.strip_prefix('\u{FEFF}').unwrap_or(text)).count();
        assert!(roles.len() <= lines.min(notawijzer::read::limits::MAX_LINES));
        for line in text.lines().take(200) {
            let _ = notawijzer::read::privacy::mask(line);
        }
    }
    let today = chrono::NaiveDate::from_ymd_opt(2017, 2, 25).unwrap();
    let report = analysis::analyse(&[analysis::Input::new("fuzz.txt", data)], today);
    for lang in [Lang::Nl, Lang::En] {
        for n in &report.notas {
            for (i, line) in n.nota.lines.iter().enumerate() {
                let _ = explain::line(line, lang);
                let _ = explain::line_with(line, &n.context(i), lang);
            }
            if let Some(c) = n.cluster() {
                let _ = explain::zorgvraagtype_sentence(c, lang);
            }
            let _ = explain::month_total_for(n, lang);
            for f in &n.findings {
                let _ = explain::finding(f, lang);
            }
            let _ = explain::month_total(n, lang);
            let _ = explain::cumulative(n, lang);
            let _ = explain::review_sentence(n, lang);
        }
        for e in &report.errors {
            let _ = explain::read_error_with_place(&e.error, lang);
        }
        if let Some(c) = &report.comparison {
            let _ = explain::comparison(c, lang);
        }
        let _ = explain::letter(&report, lang);
        let _ = export::to_json(&report, lang);
    }
});
