//! Header fields of a ZPM nota: the invoice number and date, the provider, the patient, the
//! trajectory and its start, the zorgvraagtype, diagnosis, profile and review.

use super::keys::Key;
use super::layout::Layout;
use super::reader::Reader;
use crate::model::{Located, Profile};
use crate::read::date::{PartialDate, parse_date};
use crate::read::error::{Position, Problem, excerpt};
use crate::read::limits::{MAX_EXCERPT_CHARS, MAX_NOTAS};
use crate::read::role::LineRole;
use crate::read::text::place;

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
        let value = value.trim_start_matches(['.', ':']).trim();
        // "AGB-code verwijzer:" alone is a label too
        let label = value.ends_with(':') && !value.bytes().any(|b| b.is_ascii_digit());
        if value.is_empty() || label {
            // a label alone: its value comes later (run order), or never
            self.labels.push(key);
            self.current.open_line = false;
            return Some(if key.is_money() { LineRole::Summary } else { LineRole::Header });
        }
        self.header(line_no, line, key, value, value_at)
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
                // A second invoice number after prestaties (or after the first one) starts a new nota.
                if self.current.invoice_number.is_some() || !self.current.lines.is_empty() {
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
            Key::Zorgvraagtype => {
                if !value.is_empty() {
                    self.current.zorgvraagtype = Some(Located::new(excerpt(value, 100), line_no));
                }
            }
            Key::Diagnosis => self.current.diagnosis = some(value).or(self.current.diagnosis.take()),
            Key::Privacy => self.current.diagnosis = None,
            Key::Profile => match Profile::from_text(value) {
                Some(p) => self.current.profile = Some(p),
                None => self.error(pos, Problem::NotUnderstood { text: excerpt(value, MAX_EXCERPT_CHARS) }),
            },
            Key::Total | Key::Subtotal | Key::Vat | Key::AlreadyPaid | Key::Balance => {
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
