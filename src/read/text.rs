//! The text layout (`zorgnota-text-format.md`): one or more notas in a file, keyed header lines
//! in any order, item lines, totals, rule lines.
//!
//! Reading is two passes per nota: the lines are read as they come (a date may still lack its
//! year), then — with every header known, whatever its order — the years are filled in.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::amount::parse_amount;
use super::date::{PartialDate, nearest_to_month, on_or_after, on_or_before, parse_date};
use super::error::{AmountProblem, DateProblem, Position, Problem, ReadError, excerpt};
use super::header::{Header, header, is_rule};
use super::item::{Kinds, RawItem, When, item};
use super::limits::{MAX_EXCERPT_CHARS, MAX_ITEMS_PER_NOTA, MAX_LINE_CHARS, MAX_LINES, MAX_NOTAS};
use crate::model::{Line, Located, Nota, YearMonth};
use crate::read::names::month_from_name;

/// Reads every nota in a text. Never panics; every problem becomes a [`ReadError`] and the rest of
/// the text is still read.
pub fn read_text(text: &str) -> (Vec<Nota>, Vec<ReadError>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = Reader::default();
    let lines: Vec<&str> = lines(text).collect();
    // Most lines of a long file are items of one nota: room for them at once, not by doubling.
    reader.current.items.reserve(lines.len().min(MAX_ITEMS_PER_NOTA));
    for (index, line) in lines.into_iter().enumerate() {
        let line_no = index + 1;
        if line_no > MAX_LINES {
            reader.error(Position::new(line_no, 1), Problem::TooManyLines { limit: MAX_LINES });
            break;
        }
        if line.len() > MAX_LINE_CHARS {
            let count = line.chars().count();
            if count > MAX_LINE_CHARS {
                reader.error(
                    Position::new(line_no, MAX_LINE_CHARS + 1),
                    Problem::LineTooLong { chars: count, limit: MAX_LINE_CHARS },
                );
                continue;
            }
        }
        if reader.line(line_no, line).is_break() {
            break;
        }
    }
    reader.finish()
}

/// The place of byte `byte` of a line: its 1-based line number and 1-based character column.
pub(crate) fn place(line_no: usize, line: &str, byte: usize) -> Position {
    let byte = byte.min(line.len());
    let byte = (0..=byte).rev().find(|&b| line.is_char_boundary(b)).unwrap_or(0);
    Position::new(line_no, line[..byte].chars().count() + 1)
}

/// Lines split at `\n`, `\r\n` or (old Mac files) a lone `\r`.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    // A single-character pattern: the standard library searches it with memchr, not char by char.
    let separator = if text.contains('\n') { '\n' } else { '\r' };
    let mut parts: Vec<&str> = text.split(separator).map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    if parts.last() == Some(&"") {
        parts.pop();
    }
    parts.into_iter()
}

/// A value in a header with the place it was written.
#[derive(Clone, Debug)]
struct At<T> {
    value: T,
    at: Position,
}

/// A month as written: the year may be missing.
#[derive(Clone, Copy, Debug, PartialEq)]
struct PartialMonth {
    month: u32,
    year: Option<i32>,
}

/// A nota while its lines are being read.
#[derive(Default)]
struct RawNota {
    first_line: usize,
    sequence: Option<u32>,
    patient: Option<String>,
    month: Option<At<PartialMonth>>,
    cluster: Option<Located<String>>,
    start: Option<At<PartialDate>>,
    end: Option<At<PartialDate>>,
    previously_billed: Option<Decimal>,
    review: Option<At<PartialDate>>,
    items: Vec<(usize, RawItem)>,
    total: Option<Located<Decimal>>,
    /// A keyed header has been seen: a free line is no longer the patient's name.
    keyed: bool,
    /// Something was read into this nota.
    used: bool,
}

#[derive(Default)]
struct Reader {
    current: RawNota,
    kinds: Kinds,
    notas: Vec<Nota>,
    errors: Vec<ReadError>,
}

enum Flow {
    Continue,
    Break,
}

impl Flow {
    fn is_break(&self) -> bool {
        matches!(self, Flow::Break)
    }
}

impl Reader {
    fn error(&mut self, at: Position, problem: Problem) {
        self.errors.push(ReadError::new(at, problem));
    }

    fn line(&mut self, line_no: usize, line: &str) -> Flow {
        let Some(first) = line.find(|c: char| !c.is_whitespace() && c != '\u{FEFF}') else {
            return Flow::Continue;
        };
        let col = |byte: usize| place(line_no, line, byte);
        if !self.current.used {
            self.current.first_line = line_no;
        }
        if let Some(h) = header(line) {
            return self.header(line_no, line, h);
        }
        if let Some(result) = item(line, &mut self.kinds) {
            match result {
                Ok(raw) => {
                    if self.current.items.len() >= MAX_ITEMS_PER_NOTA {
                        self.error(col(first), Problem::TooManyItems { limit: MAX_ITEMS_PER_NOTA });
                        return Flow::Break;
                    }
                    self.current.items.push((line_no, raw));
                    self.current.used = true;
                }
                Err((problem, byte)) => self.error(col(byte), problem),
            }
            return Flow::Continue;
        }
        if is_rule(line) {
            return Flow::Continue;
        }
        let text = line[first..].trim_end();
        let could_be_name = !text.contains([':', '€']) && text.chars().any(char::is_alphabetic);
        let current = &mut self.current;
        if could_be_name && !current.keyed && current.patient.is_none() && current.items.is_empty() {
            current.patient = Some(excerpt(text, 100));
            current.used = true;
        } else {
            self.error(col(first), Problem::NotUnderstood { text: excerpt(text, MAX_EXCERPT_CHARS) });
        }
        Flow::Continue
    }

    fn header(&mut self, line_no: usize, line: &str, h: Header) -> Flow {
        let value = |at: usize| -> String { line[at.min(line.len())..].trim().to_string() };
        let pos = |at: usize| place(line_no, line, at);
        match h {
            Header::NotaStart { sequence_at } => {
                if self.current.used {
                    if self.notas.len() + 1 >= MAX_NOTAS {
                        self.error(pos(0), Problem::TooManyNotas { limit: MAX_NOTAS });
                        return Flow::Break;
                    }
                    let done = std::mem::take(&mut self.current);
                    self.close(done);
                }
                self.current.first_line = line_no;
                self.current.used = true;
                if let Some(at) = sequence_at {
                    self.sequence(line_no, line, at);
                }
            }
            Header::Sequence(at) => self.sequence(line_no, line, at),
            Header::Patient(at) => {
                let name = value(at);
                if !name.is_empty() {
                    self.current.patient = Some(excerpt(&name, 100));
                }
            }
            Header::BillingMonth(at) => match parse_month(&value(at)) {
                Some(month) => {
                    let existing = self.current.month.as_ref().map(|m| m.value);
                    if self.keep_first(existing, month, pos(at), "declaratie") {
                        self.current.month = Some(At { value: month, at: pos(at) });
                    }
                }
                None => self.error(pos(at), Problem::BadMonth { text: excerpt(&value(at), MAX_EXCERPT_CHARS) }),
            },
            Header::Cluster(at) => {
                let text = value(at);
                if !text.is_empty() {
                    let existing = self.current.cluster.as_ref().map(|c| c.value.clone());
                    if self.keep_first(existing, text.clone(), pos(at), "zorgcluster") {
                        self.current.cluster = Some(Located::new(excerpt(&text, 100), line_no));
                    }
                }
            }
            Header::Start(at) | Header::End(at) | Header::Review(at) => {
                let text = value(at);
                match parse_date(&text) {
                    Ok(date) => {
                        let (key, slot) = match h {
                            Header::Start(_) => ("start", &self.current.start),
                            Header::End(_) => ("einde", &self.current.end),
                            _ => ("review", &self.current.review),
                        };
                        let existing = slot.as_ref().map(|s| s.value);
                        if self.keep_first(existing, date, pos(at), key) {
                            let new = Some(At { value: date, at: pos(at) });
                            match h {
                                Header::Start(_) => self.current.start = new,
                                Header::End(_) => self.current.end = new,
                                _ => self.current.review = new,
                            }
                        }
                    }
                    Err(problem) => {
                        self.error(pos(at), Problem::BadDate { text: excerpt(&text, MAX_EXCERPT_CHARS), problem })
                    }
                }
            }
            Header::PreviouslyBilled(at) | Header::Total(at) => {
                let text = &line[at.min(line.len())..];
                match parse_amount(text) {
                    Ok(amount) => {
                        if let Header::Total(_) = h {
                            let existing = self.current.total.as_ref().map(|t| t.value);
                            if self.keep_first(existing, amount, pos(at), "totaal") {
                                self.current.total = Some(Located::new(amount, line_no));
                            }
                        } else {
                            let existing = self.current.previously_billed;
                            if self.keep_first(existing, amount, pos(at), "eerder gedeclareerd") {
                                self.current.previously_billed = Some(amount);
                            }
                        }
                    }
                    Err((problem, offset)) => {
                        let problem = match problem {
                            AmountProblem::Missing => Problem::MissingAmount,
                            p => Problem::BadAmount { text: excerpt(text, MAX_EXCERPT_CHARS), problem: p },
                        };
                        // the amount reader counts characters from `at`
                        let column = place(line_no, line, at).column + offset;
                        self.error(Position::new(line_no, column), problem);
                    }
                }
            }
        }
        if !matches!(h, Header::NotaStart { .. } | Header::Sequence(_)) {
            self.current.keyed = true;
        }
        self.current.used = true;
        Flow::Continue
    }

    fn sequence(&mut self, line_no: usize, line: &str, at: usize) {
        let text = line[at.min(line.len())..].trim().trim_end_matches(')').trim();
        let pos = place(line_no, line, at);
        match text.parse::<u32>() {
            Ok(n) => {
                if self.keep_first(self.current.sequence, n, pos, "volgnummer") {
                    self.current.sequence = Some(n);
                }
            }
            Err(_) => self.error(pos, Problem::BadSequence { text: excerpt(text, MAX_EXCERPT_CHARS) }),
        }
    }

    /// True when the new value may be stored: there was none. A different second value is an
    /// error (the first one stays); the same value again is fine.
    fn keep_first<T: PartialEq>(&mut self, existing: Option<T>, new: T, at: Position, key: &'static str) -> bool {
        match existing {
            None => true,
            Some(old) if old == new => false,
            Some(_) => {
                self.error(at, Problem::DuplicateHeader { key });
                false
            }
        }
    }

    fn close(&mut self, raw: RawNota) {
        if raw.used {
            let (nota, errors) = resolve(raw);
            self.notas.push(nota);
            self.errors.extend(errors);
        }
    }

    fn finish(mut self) -> (Vec<Nota>, Vec<ReadError>) {
        let last = std::mem::take(&mut self.current);
        self.close(last);
        // A nota with nothing in it (only "Zorgnota", say) is not a nota.
        self.notas.retain(|n| !n.is_empty() || n.sequence.is_some());
        super::error::sort_by_place(&mut self.errors);
        (self.notas, self.errors)
    }
}

/// `februari 2017`, `feb 2017`, `feb. 2017`, `2-2017`, `02/2017`, `2017-02`, or just `februari`.
fn parse_month(text: &str) -> Option<PartialMonth> {
    let tokens: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | ',')).filter(|t| !t.is_empty()).collect();
    let year = |t: &str| -> Option<i32> {
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
            .filter(|y| (1900..=2199).contains(y))
    };
    let month = |t: &str| -> Option<u32> {
        if t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 2 {
            t.parse().ok().filter(|m| (1..=12).contains(m))
        } else {
            month_from_name(t)
        }
    };
    match tokens.as_slice() {
        [m] => Some(PartialMonth { month: month(m)?, year: None }),
        [y, m] if year(y).is_some() => Some(PartialMonth { month: month(m)?, year: year(y) }),
        [m, y] => Some(PartialMonth { month: month(m)?, year: Some(year(y)?) }),
        _ => None,
    }
}

/// Gives every date its year, now that all headers of the nota are known.
fn resolve(raw: RawNota) -> (Nota, Vec<ReadError>) {
    let mut errors = Vec::new();
    let start_with_year = raw.start.as_ref().and_then(|s| s.value.complete());
    let end_with_year = raw.end.as_ref().and_then(|s| s.value.complete());

    // The billed month: its own year, or the first such month on or after the start (or end).
    let billing_month = raw.month.as_ref().and_then(|m| {
        let found = match m.value.year {
            Some(y) => YearMonth::new(y, m.value.month),
            None => start_with_year.or(end_with_year).and_then(|from| {
                let first = PartialDate { day: 1, month: m.value.month, year: None };
                on_or_after(first, YearMonth::of(from).first_day()).map(YearMonth::of)
            }),
        };
        if found.is_none() {
            let name = crate::read::names::MONTHS_NL[(m.value.month as usize).clamp(1, 12) - 1];
            errors
                .push(ReadError::new(m.at, Problem::BadDate { text: name.to_string(), problem: DateProblem::NoYear }));
        }
        found
    });

    let start_date = raw.start.as_ref().and_then(|s| {
        let found = match billing_month {
            Some(m) => on_or_before(s.value, m.last_day()),
            None => s.value.complete().or_else(|| end_with_year.and_then(|e| on_or_before(s.value, e))),
        };
        no_year_unless(&mut errors, found, s)
    });
    let end_date = raw.end.as_ref().and_then(|s| {
        let found = match billing_month {
            Some(m) => nearest_to_month(s.value, m),
            None => s.value.complete().or_else(|| start_date.and_then(|from| on_or_after(s.value, from))),
        };
        no_year_unless(&mut errors, found, s)
    });
    let review_date = raw.review.as_ref().and_then(|s| {
        let found = match billing_month {
            Some(m) => on_or_after(s.value, m.first_day()),
            None => s.value.complete().or_else(|| start_date.and_then(|from| on_or_after(s.value, from))),
        };
        no_year_unless(&mut errors, found, s).map(|d| Located::new(d, s.at.line))
    });
    let lines = raw
        .items
        .into_iter()
        .map(|(line_no, item)| {
            let date = match item.when {
                When::Band(_) => None,
                When::Date(date, offset) => {
                    let found = match billing_month {
                        Some(m) => nearest_to_month(date, m),
                        None => date.complete(),
                    };
                    no_year_unless(&mut errors, found, &At { value: date, at: Position::new(line_no, offset + 1) })
                }
            };
            Line::new(line_no, item.description, None, item.kind, date, item.amount)
        })
        .collect();
    let nota = Nota {
        first_line: raw.first_line.max(1),
        sequence: raw.sequence,
        patient: raw.patient,
        billing_month,
        cluster: raw.cluster,
        start_date,
        end_date,
        previously_billed: raw.previously_billed,
        review_date,
        lines,
        stated_total: raw.total,
        ..Nota::default()
    };
    (nota, errors)
}

/// The date, or (when no year could be found for it) an error at the place it was written.
fn no_year_unless(
    errors: &mut Vec<ReadError>,
    found: Option<NaiveDate>,
    written: &At<PartialDate>,
) -> Option<NaiveDate> {
    if found.is_none() {
        let text = written.value.day_month();
        errors.push(ReadError::new(written.at, Problem::BadDate { text, problem: DateProblem::NoYear }));
    }
    found
}
