//! Where the time of reading a 20,000-line nota goes (release build):
//! `cargo run --release --example profile_read`.
fn main() {
    let text = notawijzer::engine::write::generated(20_000);
    let today = chrono::NaiveDate::from_ymd_opt(2017, 2, 25).unwrap();
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let outcome = notawijzer::read::read_str(&text);
        let read = t.elapsed();
        let t = std::time::Instant::now();
        let report = notawijzer::rules::analysis::analyse_text("big", &text, today);
        let analyse = t.elapsed();
        let t = std::time::Instant::now();
        let mut n = 0;
        for line in &report.notas[0].nota.lines {
            n += notawijzer::words::explain::line(line, notawijzer::Lang::Nl).len();
        }
        eprintln!(
            "{} bytes: read {:?}, read+analyse {:?}, explain {:?} ({} lines, {} bytes of sentences, {} findings)",
            text.len(),
            read,
            analyse,
            t.elapsed(),
            outcome.notas[0].lines.len(),
            n,
            report.notas[0].findings.len()
        );
    }
}
