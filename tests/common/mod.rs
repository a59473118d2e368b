//! Helpers shared by the integration tests: the fixtures and a fixed "today".
#![allow(dead_code)]

use chrono::NaiveDate;
use notawijzer::rules::analysis::{Input, Report, analyse};

pub const JAN: &str = include_str!("../fixtures/henk-2017-01-zorgcluster.txt");
pub const FEB: &str = include_str!("../fixtures/henk-2017-02-zorgcluster.txt");
pub const DBC: &str = include_str!("../fixtures/henk-2017-02-dbc.txt");

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the tests measure review dates against: within Henk's trajectory.
pub fn today() -> NaiveDate {
    ymd(2017, 2, 25)
}

/// The command line run as a program from the crate's folder: exit code, standard output and error.
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_notawijzer"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

pub fn report(files: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = files.iter().map(|(name, text)| Input::new(name, text.as_bytes())).collect();
    analyse(&inputs, today())
}

pub fn one(text: &str) -> Report {
    report(&[("nota.txt", text)])
}

pub fn dec(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap()
}

/// The finding codes of the first nota.
pub fn codes(report: &Report) -> Vec<&'static str> {
    report.notas[0].findings.iter().map(|f| f.code()).collect()
}

/// The error codes of a report.
pub fn error_codes(report: &Report) -> Vec<&'static str> {
    report.errors.iter().map(|e| e.error.code()).collect()
}

/// What a patient is told, line by line: code, date, amount, kind; and the nota's figures.
pub fn figures(r: &Report) -> Vec<String> {
    let mut out = vec![format!("errors {}", r.errors.len()), format!("notas {}", r.notas.len())];
    for n in &r.notas {
        out.push(format!("total {} cumulative {} model {:?}", n.month_total, n.cumulative, n.model));
        out.push(format!("cluster {:?} review {:?}", n.cluster().map(|c| c.number), n.review.due));
        out.push(format!(
            "invoice {:?} {:?} start {:?}",
            n.nota.invoice_number,
            n.nota.invoice_date.as_ref().map(|d| d.value),
            n.nota.start_date
        ));
        out.push(format!("findings {:?}", n.findings.iter().map(|f| f.code()).collect::<Vec<_>>()));
        for l in &n.nota.lines {
            out.push(format!("{:?} {:?} {} {:?}", l.code, l.date, l.amount, std::mem::discriminant(&l.kind)));
        }
    }
    out
}
