//! The JSON form of a zorgnota (documented in the README). It is the same shape the command line
//! writes with `--json`, so its output reads back; fields only the output has are ignored.
//!
//! Every value is kept as raw JSON text first (`serde_json::value::RawValue`), so a field of the
//! wrong form is an error at its own line and column and the other fields are still read.
//! Amounts are read from their JSON text exactly ("100.50" or 100.50), never through a float.

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::date::parse_date;
use super::error::{Position, Problem, ReadError};
use super::kind::{classify, parse_band};
use super::limits::{MAX_ITEMS_PER_NOTA, MAX_NOTAS};
use super::prestatie;
use crate::model::money::{MAX_AMOUNT, parse_canonical};
use crate::model::{LineKind, Located, Nota, Profile, YearMonth};

/// Reads the notas of a JSON document: `{"notas": [...]}`, a single nota object, or an array.
pub fn read_json(text: &str) -> (Vec<Nota>, Vec<ReadError>) {
    let places = Places::new(text);
    let mut reader = JsonReader { places: &places, errors: Vec::new() };
    let root: &RawValue = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(e) => {
            let at = Position::new(e.line().max(1), e.column().max(1));
            let ends_early = e.classify() == serde_json::error::Category::Eof;
            return (Vec::new(), vec![ReadError::new(at, Problem::JsonSyntax { ends_early })]);
        }
    };
    let notas = reader.root(root);
    let mut errors = reader.errors;
    super::error::sort_by_place(&mut errors);
    (notas, errors)
}

/// Byte offsets of line starts, to turn a value's place in the text into line and column.
pub(crate) struct Places<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
}

impl<'t> Places<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, line_starts }
    }

    pub(crate) fn of(&self, raw: &RawValue) -> Position {
        let offset = (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize).min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        Position::new(line, column)
    }
}

/// A JSON object with its entries in order, values kept raw.
pub(crate) struct Object<'a>(pub(crate) Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Object<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Object<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut entries = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, &'de RawValue>()? {
                    entries.push((key, value));
                }
                Ok(Object(entries))
            }
        }
        deserializer.deserialize_map(V(std::marker::PhantomData))
    }
}

const NOTA_FIELDS: [&str; 24] = [
    // a zorgprestatiemodel nota
    "invoice_number",
    "invoice_date",
    "trajectory_number",
    "zorgvraagtype",
    "diagnosis",
    "profile",
    "provider",
    "birth_date",
    "sequence",
    "patient",
    "billing_month",
    "cluster",
    "start_date",
    "end_date",
    "review_date",
    "previously_billed",
    "lines",
    "stated_total",
    "already_paid",
    "balance_due",
    "due_date",
    "privacy_statement",
    // written by the command line, ignored when read back
    "model",
    "file",
];
const NOTA_OUTPUT_FIELDS: [&str; 8] =
    ["lines_total", "cumulative", "findings", "month_total", "review_due", "eigen_risico", "comparison", "payment"];
const LINE_FIELDS: [&str; 7] = ["description", "date", "minutes", "amount", "code", "quantity", "unit_price"];
const LINE_OUTPUT_FIELDS: [&str; 9] = [
    "line_no",
    "kind",
    "explanation",
    "consult_type",
    "duration_minutes",
    "profession",
    "setting",
    "credit",
    "max_tariff",
];
const ROOT_FIELDS: [&str; 7] = ["notas", "comparison", "errors", "notawijzer", "today", "overviews", "matches"];

struct JsonReader<'p, 't> {
    places: &'p Places<'t>,
    errors: Vec<ReadError>,
}

impl JsonReader<'_, '_> {
    fn field_error(&mut self, raw: &RawValue, field: &str, expected: &'static str) {
        self.errors
            .push(ReadError::new(self.places.of(raw), Problem::JsonField { field: field.to_string(), expected }));
    }

    fn object<'a>(&mut self, raw: &'a RawValue, field: &str) -> Option<Object<'a>> {
        match serde_json::from_str::<Object>(raw.get()) {
            Ok(o) => Some(o),
            Err(_) => {
                self.field_error(raw, field, "object");
                None
            }
        }
    }

    fn array<'a>(&mut self, raw: &'a RawValue, field: &str) -> Option<Vec<&'a RawValue>> {
        match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
            Ok(a) => Some(a),
            Err(_) => {
                self.field_error(raw, field, "array");
                None
            }
        }
    }

    fn root(&mut self, root: &RawValue) -> Vec<Nota> {
        let list = if root.get().starts_with('[') {
            self.array(root, "notas")
        } else {
            let Some(object) = self.object(root, "notas") else { return Vec::new() };
            if object.0.iter().any(|(k, _)| k == "notas") {
                let mut list = None;
                for (key, value) in &object.0 {
                    match key.as_str() {
                        "notas" => list = self.array(value, "notas"),
                        k if ROOT_FIELDS.contains(&k) => {}
                        _ => self.errors.push(ReadError::new(
                            self.places.of(value),
                            Problem::JsonUnknownField { field: key.clone() },
                        )),
                    }
                }
                list
            } else {
                return self.nota(root).into_iter().collect();
            }
        };
        let list = list.unwrap_or_default();
        let mut notas = Vec::new();
        for (i, raw) in list.into_iter().enumerate() {
            if i >= MAX_NOTAS {
                self.errors.push(ReadError::new(self.places.of(raw), Problem::TooManyNotas { limit: MAX_NOTAS }));
                break;
            }
            notas.extend(self.nota(raw));
        }
        notas
    }

    fn nota(&mut self, raw: &RawValue) -> Option<Nota> {
        let object = self.object(raw, "notas[]")?;
        let mut nota = Nota { first_line: self.places.of(raw).line, ..Nota::default() };
        for (key, value) in &object.0 {
            if is_null(value) {
                continue;
            }
            let line = self.places.of(value).line;
            match key.as_str() {
                "sequence" => nota.sequence = self.whole_number(value, key),
                "patient" => nota.patient = self.string(value, key),
                "billing_month" => nota.billing_month = self.month(value, key),
                "cluster" => nota.cluster = self.cluster(value, key).map(|c| Located::new(c, line)),
                "start_date" => nota.start_date = self.date(value, key),
                "end_date" => nota.end_date = self.date(value, key),
                "review_date" => nota.review_date = self.date(value, key).map(|d| Located::new(d, line)),
                "previously_billed" => nota.previously_billed = self.amount(value, key),
                "stated_total" => nota.stated_total = self.amount(value, key).map(|a| Located::new(a, line)),
                "already_paid" => nota.already_paid = self.amount(value, key).map(|a| Located::new(a, line)),
                "balance_due" => nota.balance_due = self.amount(value, key).map(|a| Located::new(a, line)),
                "due_date" => nota.due_date = self.date(value, key),
                "privacy_statement" => match value.get() {
                    "true" => nota.privacy_statement = true,
                    "false" | "null" => {}
                    _ => self.field_error(value, key, "boolean"),
                },
                "model" => nota.zpm |= value.get() == "\"zpm\"",
                "invoice_number" => nota.invoice_number = self.text_or_number(value, key),
                "invoice_date" => nota.invoice_date = self.date(value, key).map(|d| Located::new(d, line)),
                "trajectory_number" => nota.trajectory_number = self.text_or_number(value, key),
                "zorgvraagtype" => {
                    nota.cluster = self.cluster(value, key).map(|c| Located::new(c, line));
                    nota.zpm = true;
                }
                "diagnosis" => nota.diagnosis = self.string(value, key),
                "provider" => nota.provider = self.string(value, key),
                "birth_date" => nota.birth_date = self.date(value, key),
                "profile" => {
                    nota.profile = self.string(value, key).and_then(|t| Profile::from_text(&t));
                    if nota.profile.is_none() {
                        self.field_error(value, key, "profile");
                    }
                }
                "lines" => {
                    for (i, line) in self.array(value, key).unwrap_or_default().into_iter().enumerate() {
                        if i >= MAX_ITEMS_PER_NOTA {
                            self.errors.push(ReadError::new(
                                self.places.of(line),
                                Problem::TooManyItems { limit: MAX_ITEMS_PER_NOTA },
                            ));
                            break;
                        }
                        nota.lines.extend(self.line(line, i));
                    }
                }
                k if NOTA_FIELDS.contains(&k) || NOTA_OUTPUT_FIELDS.contains(&k) => {}
                _ => self
                    .errors
                    .push(ReadError::new(self.places.of(value), Problem::JsonUnknownField { field: key.clone() })),
            }
        }
        // Lines with a prestatiecode, or on a ZPM nota, are prestaties (the nota's fields may come
        // after its lines, so this is decided once the whole object is read).
        if nota.zpm || nota.lines.iter().any(|l| l.code.is_some()) {
            nota.zpm = true;
            for line in nota.lines.iter_mut().filter(|l| !matches!(l.kind, LineKind::DbcProduct { .. })) {
                line.kind = prestatie::classify(line.code.as_deref(), &line.description, "");
            }
        }
        Some(nota)
    }

    /// A text field that may also be written as a number (`"2024-0312"` or `100234`).
    fn text_or_number(&mut self, raw: &RawValue, field: &str) -> Option<String> {
        if raw.get().bytes().all(|b| b.is_ascii_digit()) {
            return Some(raw.get().to_string());
        }
        self.string(raw, field)
    }

    fn line(&mut self, raw: &RawValue, index: usize) -> Option<crate::model::Line> {
        let here = format!("lines[{index}]");
        let object = self.object(raw, &here)?;
        let field = |name: &str| object.0.iter().find(|(k, v)| k == name && !is_null(v)).map(|(_, v)| *v);
        for (key, value) in &object.0 {
            if !LINE_FIELDS.contains(&key.as_str()) && !LINE_OUTPUT_FIELDS.contains(&key.as_str()) {
                self.errors.push(ReadError::new(
                    self.places.of(value),
                    Problem::JsonUnknownField { field: format!("{here}.{key}") },
                ));
            }
        }
        let description = match field("description") {
            Some(v) => self.string(v, &format!("{here}.description"))?,
            None => {
                self.field_error(raw, &format!("{here}.description"), "text");
                return None;
            }
        };
        let amount = match field("amount") {
            Some(v) => self.amount(v, &format!("{here}.amount"))?,
            None => {
                self.field_error(raw, &format!("{here}.amount"), "amount");
                return None;
            }
        };
        let code = match field("code") {
            Some(v) => match self.string(v, &format!("{here}.code")) {
                Some(c) if prestatie::is_code(&c) => Some(c),
                _ => {
                    self.field_error(v, &format!("{here}.code"), "prestatiecode");
                    None
                }
            },
            None => None,
        };
        let date = match field("date") {
            Some(v) => Some(self.date(v, &format!("{here}.date"))?),
            None => None,
        };
        let kind = match field("minutes") {
            Some(v) => {
                let band = self.string(v, &format!("{here}.minutes")).and_then(|t| parse_band(&t));
                match band {
                    Some(band) => LineKind::DbcProduct { group: description.clone(), band },
                    None => {
                        self.field_error(v, &format!("{here}.minutes"), "minutes");
                        return None;
                    }
                }
            }
            None if code.is_none() => prestatie::fee_of(&description).unwrap_or_else(|| classify(&description)),
            None => classify(&description),
        };
        let mut line = crate::model::Line::new(self.places.of(raw).line, description, code, kind, date, amount);
        line.quantity = match field("quantity") {
            Some(v) => Some(self.amount(v, &format!("{here}.quantity"))?),
            None => None,
        };
        line.unit_price = match field("unit_price") {
            Some(v) => Some(self.amount(v, &format!("{here}.unit_price"))?),
            None => None,
        };
        Some(line)
    }

    fn string(&mut self, raw: &RawValue, field: &str) -> Option<String> {
        match serde_json::from_str::<String>(raw.get()) {
            Ok(s) => Some(s.trim().chars().take(200).collect()),
            Err(_) => {
                self.field_error(raw, field, "text");
                None
            }
        }
    }

    fn whole_number(&mut self, raw: &RawValue, field: &str) -> Option<u32> {
        let text = raw.get().trim_matches('"');
        match text.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.field_error(raw, field, "whole_number");
                None
            }
        }
    }

    fn month(&mut self, raw: &RawValue, field: &str) -> Option<YearMonth> {
        let parsed = self.string(raw, field).and_then(|t| {
            let (y, m) = t.split_once('-')?;
            (y.len() == 4 && m.len() == 2).then_some(())?;
            YearMonth::new(y.parse().ok()?, m.parse().ok()?)
        });
        if parsed.is_none() {
            self.field_error(raw, field, "month");
        }
        parsed
    }

    fn date(&mut self, raw: &RawValue, field: &str) -> Option<chrono::NaiveDate> {
        let parsed =
            serde_json::from_str::<String>(raw.get()).ok().and_then(|t| parse_date(&t).ok()).and_then(|d| d.complete());
        if parsed.is_none() {
            self.field_error(raw, field, "date");
        }
        parsed
    }

    fn amount(&mut self, raw: &RawValue, field: &str) -> Option<rust_decimal::Decimal> {
        let text = raw.get();
        let inner = serde_json::from_str::<String>(text).ok();
        let parsed = parse_canonical(inner.as_deref().unwrap_or(text)).filter(|a| a.abs() <= MAX_AMOUNT);
        if parsed.is_none() {
            self.field_error(raw, field, "amount");
        }
        parsed
    }

    fn cluster(&mut self, raw: &RawValue, field: &str) -> Option<String> {
        let text = raw.get();
        if text.starts_with('{') {
            let object = self.object(raw, field)?;
            let get = |name: &str| {
                object
                    .0
                    .iter()
                    .find(|(k, v)| k == name && !is_null(v))
                    .map(|(_, v)| v.get().trim_matches('"').to_string())
            };
            return match (get("number"), get("name")) {
                (Some(n), Some(name)) => Some(format!("{n} - {name}")),
                (Some(n), None) => Some(n),
                (None, Some(name)) => Some(name),
                (None, None) => {
                    self.field_error(raw, field, "cluster");
                    None
                }
            };
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            return Some(text.to_string());
        }
        self.string(raw, field)
    }
}

/// A JSON `null`: the same as a field left out.
pub(crate) fn is_null(raw: &RawValue) -> bool {
    raw.get() == "null"
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    #[test]
    fn a_full_nota() {
        let text = r#"{"notas": [{
  "sequence": 4,
  "patient": "Meneer Henk",
  "billing_month": "2017-02",
  "cluster": "Psychische aandoening ernstig",
  "start_date": "2016-11-01",
  "end_date": "2017-02-21",
  "review_date": "2017-05-01",
  "previously_billed": "7400.00",
  "lines": [
    {"description": "Consult", "date": "2017-02-15", "amount": "100.00"},
    {"description": "Verblijf", "date": "2017-02-19", "amount": 400}
  ],
  "stated_total": "1300.00"
}]}"#;
        let (notas, errors) = read_json(text);
        assert!(errors.is_empty(), "{errors:?}");
        let n = &notas[0];
        assert_eq!(n.sequence, Some(4));
        assert_eq!(n.billing_month, YearMonth::new(2017, 2));
        assert_eq!(n.previously_billed, Some(Decimal::from(7400)));
        assert_eq!(n.lines.len(), 2);
        assert_eq!(n.lines[1].line_no, 12);
        assert_eq!(n.lines[1].amount, Decimal::from(400));
        assert_eq!(n.stated_total.as_ref().map(|t| t.value), Some(Decimal::from(1300)));
    }

    #[test]
    fn numbers_are_read_exactly() {
        let (notas, errors) = read_json(
            r#"{"lines": [{"description": "Consult", "amount": 0.10}, {"description": "Consult", "amount": 0.20}]}"#,
        );
        assert!(errors.is_empty());
        let sum: Decimal = notas[0].lines.iter().map(|l| l.amount).sum();
        assert_eq!(sum, Decimal::from_str("0.30").unwrap());
    }

    #[test]
    fn a_wrong_field_is_an_error_at_its_place_and_the_rest_is_read() {
        let text = "{\"lines\": [\n  {\"description\": \"Consult\", \"date\": \"2017-02-31\", \"amount\": \"100.00\"},\n  {\"description\": \"Consult\", \"amount\": \"1.300\"},\n  {\"description\": \"Verblijf\", \"amount\": \"400\"}\n], \"colour\": 1}";
        let (notas, errors) = read_json(text);
        assert_eq!(notas[0].lines.len(), 1);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert_eq!(errors[0].at, Position::new(2, 38));
        assert!(
            matches!(&errors[0].problem, Problem::JsonField { field, expected: "date" } if field == "lines[0].date")
        );
        assert!(matches!(&errors[1].problem, Problem::JsonField { expected: "amount", .. }));
        assert_eq!(errors[1].at.line, 3);
        assert!(matches!(&errors[2].problem, Problem::JsonUnknownField { field } if field == "colour"));
    }

    #[test]
    fn syntax_errors_have_a_place() {
        let (notas, errors) = read_json("{\"lines\": [\n  {\"description\": \"Consult\",, }\n]}");
        assert!(notas.is_empty());
        assert_eq!(errors[0].at.line, 2);
        assert!(matches!(errors[0].problem, Problem::JsonSyntax { .. }));
    }

    #[test]
    fn dbc_product_by_minutes() {
        let (notas, _) =
            read_json(r#"[{"lines": [{"description": "Depressie", "minutes": "3000-5999", "amount": "7850.00"}]}]"#);
        assert!(matches!(notas[0].lines[0].kind, LineKind::DbcProduct { .. }));
        assert_eq!(notas[0].model(), crate::model::Model::Dbc);
    }
}
