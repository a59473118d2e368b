//! The JSON form: any text starting with `{` or `[` goes to the JSON reader, then through analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use notawijzer::{Lang, rules::analysis, words::explain};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text = if text.trim_start().starts_with(['{', '[']) { text.to_string() } else { format!("{{{text}") };
    let today = chrono::NaiveDate::from_ymd_opt(2017, 2, 25).unwrap();
    let report = analysis::analyse_text("fuzz.json", &text, today);
    for n in &report.notas {
        for line in &n.nota.lines {
            let _ = explain::line(line, Lang::Nl);
        }
    }
    for e in &report.errors {
        let _ = explain::read_error_with_place(&e.error, Lang::En);
    }
    let _ = notawijzer::engine::embed::protocol::parse(&text);
});
