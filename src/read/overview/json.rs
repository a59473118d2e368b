//! The JSON form of an insurer's overview (`EMBEDDING.md`, "An insurer's overview"): what a portal
//! sends when it links from "Mijn declaraties". Version 1:
//! `{"notawijzer": "overview", "version": 1, "kind", "insurer", "rows": [{"date", "end_date",
//! "provider", "description", "code", "declared", "reimbursed", "eigen_risico", "eigen_bijdrage",
//! "rejected", "status", "reason", "claim", "person"}], "eigen_risico": [{"year", "person", "amount",
//! "used", "remaining", "voluntary"}], "to_pay", "refund", "instalments", "year", "due_date",
//! "persons": [{"birth_date"}]}`. Amounts are strings (`"128.40"`), dates ISO; `person` counts from 1.
//! Each of the command line's `overviews` in its JSON output reads back the same way.

use rust_decimal::Decimal;
use serde_json::value::RawValue;

use super::fields;
use crate::model::overview::{Overview, OverviewKind, OverviewRow, Person, StatedYear, Status};
use crate::read::error::{Position, Problem, ReadError};
use crate::read::json::{Object, Places};

const ROOT: [&str; 13] = [
    "notawijzer",
    "version",
    "kind",
    "insurer",
    "rows",
    "eigen_risico",
    "to_pay",
    "refund",
    "instalments",
    "year",
    "due_date",
    "persons",
    "findings",
];
const ROW: [&str; 17] = [
    "row_no",
    "date",
    "end_date",
    "provider",
    "description",
    "care",
    "code",
    "declared",
    "reimbursed",
    "eigen_risico",
    "eigen_bijdrage",
    "rejected",
    "status",
    "reason",
    "claim",
    "person",
    "explanation",
];
const YEAR: [&str; 8] = ["year", "person", "amount", "used", "remaining", "voluntary", "charged", "stated_remaining"];

/// The JSON is an overview: an object with `rows` (and no nota's `lines` or `notas`).
pub fn is_overview_json(text: &str) -> bool {
    serde_json::from_str::<Object>(text)
        .is_ok_and(|o| o.0.iter().any(|(k, _)| k == "rows") && !o.0.iter().any(|(k, _)| k == "lines" || k == "notas"))
}

struct R<'p, 't> {
    places: &'p Places<'t>,
    errors: Vec<ReadError>,
}

impl R<'_, '_> {
    fn bad(&mut self, raw: &RawValue, field: &str, expected: &'static str) {
        self.errors
            .push(ReadError::new(self.places.of(raw), Problem::JsonField { field: field.to_string(), expected }));
    }

    fn text(&mut self, raw: &RawValue, field: &str) -> Option<String> {
        if raw.get() == "null" {
            return None;
        }
        match serde_json::from_str::<String>(raw.get()) {
            Ok(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Err(_) => {
                self.bad(raw, field, "text");
                None
            }
        }
    }

    fn amount(&mut self, raw: &RawValue, field: &str) -> Option<Decimal> {
        let r = raw.get();
        if r == "null" {
            return None;
        }
        // a string ("128.40", "128,40") or a number (128.4), read as an amount: no float
        let text =
            if r.starts_with('"') { serde_json::from_str::<String>(r).unwrap_or_default() } else { r.to_string() };
        let value = fields::amount(text.trim()).or_else(|| {
            let t = text.trim();
            let whole = !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'-');
            if whole { fields::amount(&format!("{t}.00")) } else { None }
        });
        if value.is_none() {
            self.bad(raw, field, "amount");
        }
        value
    }

    fn date(&mut self, raw: &RawValue, field: &str) -> Option<chrono::NaiveDate> {
        let text = self.text(raw, field)?;
        let d = fields::date(&text);
        if d.is_none() {
            self.bad(raw, field, "date");
        }
        d
    }

    fn whole(&mut self, raw: &RawValue, field: &str) -> Option<i64> {
        if raw.get() == "null" {
            return None;
        }
        let n = serde_json::from_str::<i64>(raw.get()).ok();
        if n.is_none() {
            self.bad(raw, field, "whole_number");
        }
        n
    }

    fn object<'a>(&mut self, raw: &'a RawValue, field: &str) -> Option<Object<'a>> {
        let o = serde_json::from_str::<Object>(raw.get()).ok();
        if o.is_none() {
            self.bad(raw, field, "object");
        }
        o
    }

    fn array<'a>(&mut self, raw: &'a RawValue, field: &str) -> Vec<&'a RawValue> {
        match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
            Ok(a) => a,
            Err(_) => {
                if raw.get() != "null" {
                    self.bad(raw, field, "array");
                }
                Vec::new()
            }
        }
    }

    fn unknown(&mut self, raw: &RawValue, field: String) {
        self.errors.push(ReadError::new(self.places.of(raw), Problem::JsonUnknownField { field }));
    }

    fn person(&mut self, raw: &RawValue, field: &str) -> usize {
        self.whole(raw, field).filter(|n| (1..=20).contains(n)).map_or(0, |n| n as usize - 1)
    }
}

/// Reads the JSON form of an overview.
pub fn read_overview_json(text: &str) -> (Vec<Overview>, Vec<ReadError>) {
    let places = Places::new(text);
    let mut r = R { places: &places, errors: Vec::new() };
    let root = match serde_json::from_str::<Object>(text) {
        Ok(o) => o,
        Err(e) => {
            let at = Position::new(e.line().max(1), e.column().max(1));
            let ends_early = e.classify() == serde_json::error::Category::Eof;
            return (Vec::new(), vec![ReadError::new(at, Problem::JsonSyntax { ends_early })]);
        }
    };
    let mut ov = Overview { first_line: 1, ..Overview::default() };
    let mut kind = None;
    for (key, raw) in root.0 {
        match key.as_str() {
            "kind" => {
                kind = r.text(raw, "kind").and_then(|k| OverviewKind::from_code(&k));
                if kind.is_none() && raw.get() != "null" {
                    r.bad(raw, "kind", "text");
                }
            }
            "insurer" => ov.insurer = r.text(raw, "insurer"),
            "to_pay" => ov.stated_to_pay = r.amount(raw, "to_pay"),
            "refund" => ov.stated_refund = r.amount(raw, "refund"),
            "instalments" => ov.instalments = r.amount(raw, "instalments"),
            "year" => ov.year = r.whole(raw, "year").and_then(|y| i32::try_from(y).ok()),
            "due_date" => ov.due_date = r.date(raw, "due_date"),
            // the command line's output writes how many persons; the input form lists them
            "persons" if serde_json::from_str::<u64>(raw.get()).is_ok() => {}
            "persons" => {
                for (i, p) in r.array(raw, "persons").into_iter().enumerate() {
                    let field = format!("persons[{i}]");
                    let birth = r.object(p, &field).and_then(|o| {
                        o.0.into_iter()
                            .find(|(k, _)| k == "birth_date")
                            .and_then(|(_, v)| r.date(v, &format!("{field}.birth_date")))
                    });
                    ov.persons.push(Person { birth_date: birth });
                }
            }
            "rows" => {
                for (i, raw_row) in r.array(raw, "rows").into_iter().enumerate() {
                    let field = format!("rows[{i}]");
                    let Some(o) = r.object(raw_row, &field) else { continue };
                    let mut row = OverviewRow { row_no: i + 1, ..OverviewRow::default() };
                    let mut care = None;
                    for (k, v) in o.0 {
                        let f = format!("{field}.{k}");
                        match k.as_str() {
                            "date" => row.date = r.date(v, &f),
                            "end_date" => row.end_date = r.date(v, &f),
                            "provider" => row.provider = r.text(v, &f),
                            "description" => row.description = r.text(v, &f).unwrap_or_default(),
                            "code" => row.code = r.text(v, &f),
                            "declared" => row.declared = r.amount(v, &f),
                            "reimbursed" => row.reimbursed = r.amount(v, &f),
                            "eigen_risico" => row.eigen_risico = r.amount(v, &f),
                            "eigen_bijdrage" => row.eigen_bijdrage = r.amount(v, &f),
                            "rejected" => row.rejected = r.amount(v, &f),
                            "reason" => row.reason = r.text(v, &f),
                            "claim" => row.claim = r.text(v, &f),
                            "person" => row.person = r.person(v, &f),
                            "care" => care = r.text(v, &f),
                            "status" => {
                                if let Some(s) = r.text(v, &f) {
                                    match Status::from_code(&s) {
                                        Some(s) => row.status = s,
                                        None => r.bad(v, &f, "text"),
                                    }
                                }
                            }
                            k if ROW.contains(&k) => {}
                            _ => r.unknown(v, f),
                        }
                    }
                    if row.date.is_none() {
                        r.errors.push(ReadError::new(r.places.of(raw_row), Problem::MissingDate));
                        continue;
                    }
                    let kind_text = care.as_deref().filter(|c| *c == "ggz").map_or("", |_| "ggz");
                    row.care = fields::care(
                        row.code.as_deref(),
                        &[kind_text, &row.description, row.provider.as_deref().unwrap_or("")],
                    );
                    if row.status == Status::Rejected && row.rejected.is_none() {
                        row.rejected = row.declared;
                    }
                    ov.rows.push(row);
                }
            }
            "eigen_risico" => {
                for (i, raw_year) in r.array(raw, "eigen_risico").into_iter().enumerate() {
                    let field = format!("eigen_risico[{i}]");
                    let Some(o) = r.object(raw_year, &field) else { continue };
                    let mut s = StatedYear { line_no: r.places.of(raw_year).line, ..StatedYear::default() };
                    let mut year = None;
                    for (k, v) in o.0 {
                        let f = format!("{field}.{k}");
                        match k.as_str() {
                            "year" => year = r.whole(v, &f).and_then(|y| i32::try_from(y).ok()),
                            "person" => s.person = r.person(v, &f),
                            "amount" => s.amount = r.amount(v, &f),
                            "used" => s.used = r.amount(v, &f),
                            "remaining" | "stated_remaining" => s.remaining = s.remaining.or(r.amount(v, &f)),
                            "voluntary" => s.voluntary = r.amount(v, &f),
                            k if YEAR.contains(&k) => {}
                            _ => r.unknown(v, f),
                        }
                    }
                    match year {
                        Some(y) => {
                            s.year = y;
                            ov.stated.push(s);
                        }
                        None => r.bad(raw_year, &format!("{field}.year"), "whole_number"),
                    }
                }
            }
            k if ROOT.contains(&k) => {}
            _ => r.unknown(raw, key),
        }
    }
    let persons = ov.rows.iter().map(|r| r.person + 1).chain(ov.stated.iter().map(|s| s.person + 1)).max().unwrap_or(1);
    ov.persons.resize(ov.persons.len().max(persons), Person::default());
    ov.kind = kind.unwrap_or(if ov.instalments.is_some() {
        OverviewKind::Settlement
    } else if ov.stated_to_pay.is_some_and(|a| a > Decimal::ZERO) {
        OverviewKind::EigenRisicoBill
    } else {
        OverviewKind::Declarations
    });
    let mut errors = r.errors;
    crate::read::error::sort_by_place(&mut errors);
    (vec![ov], errors)
}
