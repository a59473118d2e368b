//! The postMessage protocol between NotaWijzer and a partner page (version 1, EMBEDDING.md).
//!
//! NotaWijzer → partner: `notawijzer:ready`, `notawijzer:height`, `notawijzer:summary`.
//! Partner → NotaWijzer: `notawijzer:open` with the nota as text or in the JSON form.
//! Every message is an object with `type` and `version`; anything else is refused with a reason.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::model::money::canonical;
use crate::read::json::is_null;
use crate::read::limits::MAX_FILE_BYTES;
use crate::rules::analysis::Report;
use crate::words::lang::Lang;

pub const VERSION: u64 = 1;

/// A message NotaWijzer accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Read this nota (text layout or JSON form), optionally in a language, and for the patient's
    /// insurer (its payout list, where the site holds one).
    Open { nota: String, name: String, lang: Option<Lang>, insurer: Option<String> },
}

/// Why a message was refused (said in a console warning; nothing else changes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Malformed {
    NotAnObject,
    NoType,
    UnknownType(String),
    WrongVersion(String),
    NoNota,
    NotaTooLarge(usize),
    BadField(&'static str),
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Malformed::NotAnObject => write!(f, "the message is not an object"),
            Malformed::NoType => write!(f, "the message has no string `type`"),
            Malformed::UnknownType(t) => write!(f, "unknown message type \"{t}\""),
            Malformed::WrongVersion(v) => write!(f, "version {v} is not supported (expected {VERSION})"),
            Malformed::NoNota => write!(f, "`nota` must be a string (text layout) or an object or array (JSON form)"),
            Malformed::NotaTooLarge(n) => write!(f, "`nota` is {n} bytes; the limit is {MAX_FILE_BYTES}"),
            Malformed::BadField(name) => write!(f, "`{name}` has the wrong form"),
        }
    }
}

/// The fields of a message, each kept as raw JSON (no `serde_json::Value`: its number code would
/// add a fifth to the download for nothing).
#[derive(Deserialize)]
struct Fields<'a> {
    #[serde(rename = "type", borrow)]
    kind: Option<&'a RawValue>,
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    #[serde(borrow)]
    nota: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    lang: Option<&'a RawValue>,
    #[serde(borrow)]
    insurer: Option<&'a RawValue>,
}

/// A JSON string's value, or `None` for anything else.
fn string(raw: &RawValue) -> Option<String> {
    serde_json::from_str::<String>(raw.get()).ok()
}

/// Checks a message's shape; `json` is the message as JSON text (`JSON.stringify(event.data)`).
pub fn parse(json: &str) -> Result<Incoming, Malformed> {
    if !json.trim_start().starts_with('{') {
        return Err(Malformed::NotAnObject);
    }
    let fields: Fields = serde_json::from_str(json).map_err(|_| Malformed::NotAnObject)?;
    let kind = fields.kind.and_then(string).ok_or(Malformed::NoType)?;
    if kind != "notawijzer:open" {
        return Err(Malformed::UnknownType(kind.chars().take(40).collect()));
    }
    match fields.version.map(|v| v.get().trim()) {
        Some("1") => {}
        Some(other) => return Err(Malformed::WrongVersion(other.chars().take(20).collect())),
        None => return Err(Malformed::WrongVersion("(none)".into())),
    }
    let raw = fields.nota.ok_or(Malformed::NoNota)?;
    let nota = match raw.get().trim_start().as_bytes().first() {
        Some(b'"') => string(raw).ok_or(Malformed::NoNota)?,
        // the JSON form, as it was sent
        Some(b'{' | b'[') => raw.get().to_string(),
        _ => return Err(Malformed::NoNota),
    };
    if nota.len() > MAX_FILE_BYTES {
        return Err(Malformed::NotaTooLarge(nota.len()));
    }
    let name = match fields.name.filter(|n| !is_null(n)) {
        None => "nota".to_string(),
        Some(raw) => match string(raw) {
            Some(n) if !n.trim().is_empty() => n.trim().chars().take(100).collect(),
            _ => return Err(Malformed::BadField("name")),
        },
    };
    let lang = match fields.lang.filter(|l| !is_null(l)) {
        None => None,
        Some(raw) => Some(string(raw).as_deref().and_then(Lang::from_code).ok_or(Malformed::BadField("lang"))?),
    };
    let insurer = match fields.insurer.filter(|i| !is_null(i)) {
        None => None,
        Some(raw) => match string(raw) {
            Some(i) if !i.trim().is_empty() && i.len() <= 100 => Some(i.trim().to_string()),
            _ => return Err(Malformed::BadField("insurer")),
        },
    };
    Ok(Incoming::Open { nota, name, lang, insurer })
}

/// `notawijzer:ready`: the app listens (JSON text; written out, so the page needs no JSON encoder).
pub fn ready() -> String {
    format!(r#"{{"type":"notawijzer:ready","version":{VERSION}}}"#)
}

/// `notawijzer:height`: the height of the app's content in CSS pixels (JSON text).
pub fn height(px: u32) -> String {
    format!(r#"{{"type":"notawijzer:height","version":{VERSION},"height":{px}}}"#)
}

#[derive(Serialize)]
struct Summary<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    version: u64,
    read: bool,
    notas: usize,
    /// The insurer's overviews, bills and settlements read.
    overviews: usize,
    /// What the first of them asks now (a bill), or null.
    overview_to_pay: Option<String>,
    month_total: Option<String>,
    cumulative: Option<String>,
    dbc_difference: Option<String>,
    findings: Vec<&'a str>,
    errors: usize,
}

/// `notawijzer:summary`: what the app read, for the portal: month total, cumulative, the DBC
/// difference and the finding codes. Amounts as `"8700.00"`. No names, no lines. (JSON text.)
pub fn summary(report: &Report) -> String {
    let primary = report.primary();
    // sorted and each once: the codes list walked in its (alphabetical) order, no sort needed
    let mut findings: Vec<&str> =
        crate::rules::checks::CODES.into_iter().filter(|c| report.findings().any(|(_, f)| f.code() == *c)).collect();
    // an overview's findings after the nota's, each once
    for code in report.overviews.iter().flat_map(|o| o.findings.iter().map(|f| f.code())) {
        if !findings.contains(&code) {
            findings.push(code);
        }
    }
    let summary = Summary {
        kind: "notawijzer:summary",
        version: VERSION,
        read: !report.notas.is_empty() || !report.overviews.is_empty(),
        notas: report.notas.len(),
        overviews: report.overviews.len(),
        overview_to_pay: report.overviews.first().and_then(|o| match &o.to_pay {
            crate::rules::overview::ToPay::Owes { amount, .. } => Some(canonical(*amount)),
            _ => None,
        }),
        month_total: primary.map(|n| canonical(n.month_total)),
        cumulative: primary.map(|n| canonical(n.cumulative)),
        dbc_difference: report.comparison.as_ref().map(|c| canonical(c.difference)),
        findings,
        errors: report.errors.len(),
    };
    serde_json::to_string(&summary).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn parse(v: &Value) -> Result<Incoming, Malformed> {
        super::parse(&v.to_string())
    }

    #[test]
    fn open_with_text_or_json() {
        let m = parse(
            &json!({"type": "notawijzer:open", "version": 1, "nota": "Zorgnota\n", "name": "feb.txt", "lang": "en"}),
        );
        assert_eq!(
            m,
            Ok(Incoming::Open {
                nota: "Zorgnota\n".into(),
                name: "feb.txt".into(),
                lang: Some(Lang::En),
                insurer: None
            })
        );
        let m = parse(&json!({"type": "notawijzer:open", "version": 1, "nota": {"notas": []}})).unwrap();
        assert_eq!(
            m,
            Incoming::Open { nota: r#"{"notas":[]}"#.into(), name: "nota".into(), lang: None, insurer: None }
        );
        let m = parse(&json!({"type": "notawijzer:open", "version": 1, "nota": "x", "insurer": " VGZ "})).unwrap();
        assert_eq!(
            m,
            Incoming::Open { nota: "x".into(), name: "nota".into(), lang: None, insurer: Some("VGZ".into()) }
        );
        assert_eq!(
            parse(&json!({"type": "notawijzer:open", "version": 1, "nota": "x", "insurer": 7})),
            Err(Malformed::BadField("insurer"))
        );
    }

    #[test]
    fn malformed() {
        assert_eq!(parse(&json!("hello")), Err(Malformed::NotAnObject));
        assert_eq!(parse(&json!({"nota": "x"})), Err(Malformed::NoType));
        assert_eq!(
            parse(&json!({"type": "open", "version": 1, "nota": "x"})),
            Err(Malformed::UnknownType("open".into()))
        );
        assert_eq!(
            parse(&json!({"type": "notawijzer:open", "nota": "x"})),
            Err(Malformed::WrongVersion("(none)".into()))
        );
        assert_eq!(
            parse(&json!({"type": "notawijzer:open", "version": 2, "nota": "x"})),
            Err(Malformed::WrongVersion("2".into()))
        );
        assert_eq!(parse(&json!({"type": "notawijzer:open", "version": 1, "nota": 42})), Err(Malformed::NoNota));
        assert_eq!(parse(&json!({"type": "notawijzer:open", "version": 1})), Err(Malformed::NoNota));
        assert_eq!(
            parse(&json!({"type": "notawijzer:open", "version": 1, "nota": "x", "lang": "fr"})),
            Err(Malformed::BadField("lang"))
        );
        let big = "x".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            parse(&json!({"type": "notawijzer:open", "version": 1, "nota": big})),
            Err(Malformed::NotaTooLarge(MAX_FILE_BYTES + 1))
        );
    }

    #[test]
    fn summary_of_the_seed() {
        let feb = include_str!("../../../tests/fixtures/henk-2017-02-zorgcluster.txt");
        let dbc = include_str!("../../../tests/fixtures/henk-2017-02-dbc.txt");
        let today = chrono::NaiveDate::from_ymd_opt(2017, 2, 25).unwrap();
        let report = crate::rules::analysis::analyse(
            &[crate::Input::new("feb", feb.as_bytes()), crate::Input::new("dbc", dbc.as_bytes())],
            today,
        );
        let s: Value = serde_json::from_str(&summary(&report)).unwrap();
        assert_eq!(s["month_total"], "1300.00");
        assert_eq!(s["cumulative"], "8700.00");
        assert_eq!(s["dbc_difference"], "-350.00");
        assert_eq!(s["findings"], json!([]));
        assert_eq!(s["notas"], 2);
        assert!(!s.to_string().contains("Henk"), "no names in the summary");
        assert_eq!(serde_json::from_str::<Value>(&ready()).unwrap(), json!({"type": "notawijzer:ready", "version": 1}));
        assert_eq!(
            serde_json::from_str::<Value>(&height(940)).unwrap(),
            json!({"type": "notawijzer:height", "version": 1, "height": 940})
        );
    }
}
