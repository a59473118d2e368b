//! Header fields of a ZPM nota: the invoice number and date, the provider, the patient, the
//! trajectory and its start, the zorgvraagtype, diagnosis, profile and review.

use super::keys::{Key, key as key_of};
use super::layout::Layout;
use super::reader::Reader;
use crate::model::{Located, Profile};
use crate::read::date::{PartialDate, parse_date};
use crate::read::error::{Position, Problem, excerpt};
use crate::read::limits::{MAX_EXCERPT_CHARS, MAX_NOTAS};
use crate::read::prestatie::is_code;
use crate::read::role::LineRole;
use crate::read::role::looks_like_name;
use crate::read::text::place;
use crate::util::fold::fold;

impl Reader {
    /// A keyed line: its value (beside the key, or in the next cells), or a label alone whose value
    /// comes later (text copied out of a PDF in run order) or never.
    pub(super) fn keyed(
        &mut self,
        line_no: usize,
        line: &str,
        key: Key,
        (first_at, first, at): (usize, &str, usize),
        filled: &[&(usize, String)],
    ) -> Option<LineRole> {
        let value: String = match self.layout {
            Layout::Cells(_) => {
                let mut parts: Vec<&str> = vec![first[at..].trim()];
                parts.extend(filled[1..].iter().map(|(_, c)| c.trim()));
                parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
            }
            Layout::Words => first[at..].trim().to_string(),
        };
        let value_at = match self.layout {
            Layout::Cells(_) if first[at..].trim().is_empty() => filled.get(1).map_or(first_at + at, |(o, _)| *o),
            _ => first_at + at,
        };
        // dotted leaders ("Factuurnummer ........ 2024-0412"), a colon or a comma before the value
        let leader = |c: char| matches!(c, '.' | ':' | '…' | ',' | ';' | '_') || c.is_whitespace();
        let (value, value_at) = match self.layout {
            Layout::Words => {
                let raw = &first[at..];
                let trimmed = raw.trim_start_matches(leader);
                (trimmed.trim_end(), value_at + raw.len() - trimmed.len())
            }
            Layout::Cells(_) => (value.trim_start_matches(leader).trim(), value_at),
        };
        // "AGB-code verwijzer:" alone is a label too
        let label = value.ends_with(':') && !value.bytes().any(|b| b.is_ascii_digit());
        let last_word = self.last_key_word.take().filter(|(_, at)| *at + 1 == line_no);
        self.last_key_word = value
            .rsplit(char::is_whitespace)
            .next()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .map(|w| (w.to_string(), line_no));
        if value.is_empty() || label {
            // "… Startdatum" then "zorgtraject:": the word ending the line above and this label are
            // one longer key
            let first_text = first.trim();
            let joined = last_word.as_ref().map(|(w, _)| format!("{w} {first_text}"));
            let key = match joined.as_deref().and_then(key_of) {
                Some((longer, at)) if at == joined.as_deref().map_or(0, str::len) && longer != key => longer,
                _ => key,
            };
            // a label alone: its value comes later (run order), or never
            self.labels.push(key);
            self.current.open_line = false;
            return Some(if key.is_money() { LineRole::Summary } else { LineRole::Header });
        }
        // a field given with its value ("ZVT 04") waits no more for one from a block of values
        if key != Key::Ignored
            && let Some(i) = self.labels.iter().position(|k| *k == key)
        {
            self.labels.remove(i);
        }
        self.field_value(line_no, line, key, value, value_at)
    }

    /// A field's value, from its keyed line or from a block of values: read now, or — broken at
    /// its hyphen ("NF-2026-", "22-03-"), or a date still without its year, in text copied out of a
    /// PDF — once the next line shows whether it goes on there.
    pub(super) fn field_value(
        &mut self,
        line_no: usize,
        line: &str,
        key: Key,
        value: &str,
        value_at: usize,
    ) -> Option<LineRole> {
        let dated = matches!(key, Key::InvoiceDate | Key::Start | Key::Review | Key::DueDate | Key::BirthDate);
        let broken = value.ends_with('-') && value[..value.len() - 1].ends_with(|c: char| c.is_alphanumeric());
        let yearless = dated && parse_date(value).is_ok_and(|d| d.year.is_none());
        if self.layout == Layout::Words && (broken || yearless) {
            self.broken_field = Some((key, value.to_string(), line_no, line.to_string(), value_at));
            self.current.open_line = false;
            return Some(LineRole::Header);
        }
        self.header(line_no, line, key, value, value_at)
    }

    /// A field whose value may have broken over lines ([`Reader::broken_field`]): `next` (the next
    /// line, trimmed) completes it when it is one word with a digit and no colon; else the value is
    /// read as it is. True when `next` was taken.
    pub(super) fn settle_broken_field(&mut self, next: Option<&str>) -> bool {
        let Some((key, mut value, line_no, line, value_at)) = self.broken_field.take() else { return false };
        let goes_on = next.filter(|n| {
            !n.is_empty() && !n.contains([':', ' ', '\t']) && n.bytes().any(|b| b.is_ascii_digit()) && !is_code(n)
        });
        if let Some(rest) = goes_on {
            if !value.ends_with('-') {
                value.push(' ');
            }
            value.push_str(rest);
        }
        self.header(line_no, &line, key, &value, value_at);
        goes_on.is_some()
    }

    pub(super) fn header(
        &mut self,
        line_no: usize,
        line: &str,
        key: Key,
        value: &str,
        value_at: usize,
    ) -> Option<LineRole> {
        let pos = place(line_no, line, value_at);
        self.current.open_line = false;
        let date = |reader: &mut Reader| -> Option<(PartialDate, Position)> {
            match parse_date(value) {
                Ok(d) => Some((d, pos)),
                Err(problem) => {
                    reader.error(pos, Problem::BadDate { text: excerpt(value, MAX_EXCERPT_CHARS), problem });
                    None
                }
            }
        };
        let some = |v: &str| (!v.is_empty()).then(|| excerpt(v, 100));
        match key {
            Key::InvoiceNumber => {
                if value.is_empty() {
                    return Some(LineRole::Header);
                }
                // A second invoice number after prestaties (or after the first one) starts a new nota;
                // the same number again (a heading "FACTUUR 7", then "Factuurnummer: 7") does not.
                let again = self.current.invoice_number.as_deref() == Some(excerpt(value, 60).as_str());
                if !again && (self.current.invoice_number.is_some() || !self.current.lines.is_empty()) {
                    if self.notas.len() + 1 >= MAX_NOTAS {
                        self.error(pos, Problem::TooManyNotas { limit: MAX_NOTAS });
                        return None;
                    }
                    self.close_current();
                    self.current.first_line = line_no;
                }
                self.current.invoice_number = Some(excerpt(value, 60));
            }
            Key::InvoiceDate => self.current.invoice_date = date(self),
            // a bare "Datum:" is the invoice date only in the header, and only as a date
            Key::Date => match parse_date(value) {
                Ok(d) if self.current.invoice_date.is_none() && self.current.lines.is_empty() => {
                    self.current.invoice_date = Some((d, pos));
                }
                _ => return Some(LineRole::Text),
            },
            // a provider's name, never a sentence ("Namens uw zorgverlener … sturen wij u de nota")
            Key::Provider if !looks_like_name(value) => return Some(LineRole::Text),
            Key::Provider => self.current.provider = some(value).or(self.current.provider.take()),
            Key::Patient => self.current.patient = some(value).or(self.current.patient.take()),
            Key::BirthDate => self.current.birth_date = date(self),
            Key::Trajectory => {
                // "Zorgtraject ZT 2025-044, gestart op 06-05-2025": the number, and its start
                let (number, start) = split_trajectory(value);
                if let Some((d, at)) = start
                    && self.current.start.is_none()
                {
                    self.current.start = Some((d, place(line_no, line, value_at + at)));
                }
                if !number.is_empty() {
                    self.current.trajectory = Some(excerpt(number, 60));
                }
            }
            Key::Start => self.current.start = date(self),
            Key::Review => self.current.review = date(self),
            // "niet vermeld i.v.m. privacyverklaring", "n.v.t.": none written, and none missing
            Key::Zorgvraagtype | Key::Diagnosis if not_given(value) => {
                self.current.privacy |= names_privacy(value);
            }
            Key::Zorgvraagtype => {
                if !value.is_empty() {
                    self.current.zorgvraagtype = Some(Located::new(excerpt(value, 100), line_no));
                }
            }
            Key::Diagnosis => self.current.diagnosis = some(value).or(self.current.diagnosis.take()),
            Key::Privacy => {
                self.current.privacy = true;
                self.current.diagnosis = None;
            }
            Key::DueDate => match due_date(value) {
                Some(d) => self.current.due = Some((d, pos)),
                // "Te betalen voor uw behandeling: € 257,44": the balance after all
                None if value.bytes().any(|b| b.is_ascii_digit()) => {
                    return Some(self.summary(line_no, line, Key::Balance, value, pos));
                }
                None => return Some(LineRole::Text),
            },
            Key::Profile => match Profile::from_text(value) {
                Some(p) => self.current.profile = Some(p),
                None => self.error(pos, Problem::NotUnderstood { text: excerpt(value, MAX_EXCERPT_CHARS) }),
            },
            Key::Total | Key::Subtotal | Key::Vat | Key::AlreadyPaid | Key::Balance => {
                // "Te betalen: vóór 3 december 2025": a due date, not an amount
                if let Some(d) = due_date(value).filter(|_| matches!(key, Key::Balance)) {
                    self.current.due = Some((d, pos));
                    self.current.used = true;
                    return Some(LineRole::Summary);
                }
                return Some(self.summary(line_no, line, key, value, pos));
            }
            Key::Ignored => {}
        }
        self.current.used = true;
        Some(LineRole::Header)
    }
}

/// "ZT 2025-044, gestart op 06-05-2025": the trajectory number, and the start date written after
/// it with the byte offset of the date in `value`.
pub(super) fn split_trajectory(value: &str) -> (&str, Option<(PartialDate, usize)>) {
    let folded = value.to_ascii_lowercase();
    for marker in ["gestart op", "gestart", "start op", "startdatum", "sinds", "vanaf", "started"] {
        if let Some(at) = folded.find(marker)
            && value.is_char_boundary(at)
            && value.is_char_boundary(at + marker.len())
        {
            let rest = &value[at + marker.len()..];
            let date_at = at + marker.len() + (rest.len() - rest.trim_start_matches([' ', ':']).len());
            let date = parse_date(rest.trim_matches(|c: char| c == ':' || c == ')' || c.is_whitespace())).ok();
            let number = value[..at].trim_end_matches(|c: char| c == ',' || c == '(' || c.is_whitespace());
            return (number, date.map(|d| (d, date_at)));
        }
    }
    (value, None)
}

/// A field's value that says nothing is written there: "niet vermeld (privacyverklaring)", "n.v.t.",
/// "-", "onbekend", "geen".
fn not_given(value: &str) -> bool {
    let f = fold(value.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '(' | ')')));
    f.is_empty()
        || names_privacy(value)
        || [
            "-",
            "--",
            "nvt",
            "n.v.t",
            "n.v.t.",
            "niet vermeld",
            "niet van toepassing",
            "onbekend",
            "geen",
            "not stated",
            "n/a",
        ]
        .contains(&f.as_str())
        || f.starts_with("niet vermeld")
}

/// The text speaks of a privacy statement.
pub(super) fn names_privacy(text: &str) -> bool {
    let f = fold(text);
    f.contains("privacyverklaring") || f.contains("privacy verklaring") || f.contains("privacy statement")
}

/// A due date written after "vóór", "uiterlijk", "op", "before", or alone: "vóór 3 december 2025".
fn due_date(value: &str) -> Option<PartialDate> {
    let mut v = value.trim().trim_start_matches(':').trim();
    for word in ["voor", "vóór", "uiterlijk", "op", "before", "by", "on"] {
        if let Some(rest) = v.get(..word.len()).filter(|w| fold(w) == fold(word)).map(|_| &v[word.len()..])
            && rest.starts_with(char::is_whitespace)
        {
            v = rest.trim();
        }
    }
    let v = v.trim_end_matches(['.', ',']);
    // a date alone: with its year, or its month in words ("3 december 2025", "03-12-2025",
    // "3 december"); "18.04" is an amount
    parse_date(v).ok().filter(|d| {
        v.bytes().any(|b| b.is_ascii_digit())
            && !v.contains('€')
            && (d.complete().is_some() || v.contains(char::is_alphabetic))
    })
}
