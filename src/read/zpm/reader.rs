//! The state of the reader: the nota being read, the notas and errors so far, the column titles,
//! labels waiting for their values.

use super::keys::Key;
use super::layout::{Layout, layout};
use super::money::{Notation, notation};
use super::raw::RawNota;
use super::resolve::resolve;
use super::titles::Role;
use crate::model::Nota;
use crate::read::error::{Position, Problem, ReadError};
use crate::read::limits::MAX_LINES;
use crate::read::role::LineRole;

pub(super) struct Reader {
    pub(super) layout: Layout,
    /// How the document writes its amounts.
    pub(super) notation: Notation,
    pub(super) roles: Option<Vec<Role>>,
    pub(super) current: RawNota,
    pub(super) notas: Vec<Nota>,
    pub(super) errors: Vec<ReadError>,
    /// Lines seen before the first prestatie of the file: a repeat later is a page header.
    pub(super) page_header: Vec<String>,
    /// Labels read without a value ("Factuurnummer:" alone on its line), waiting for their values:
    /// text copied out of a PDF in run order gives a block of labels, then a block of values.
    pub(super) labels: Vec<Key>,
    /// A date standing alone on the line(s) just before a care line, as text copied out of a PDF
    /// gives a narrow date column that wrapped ("01-01-", "2023"): its text, the line it ends on,
    /// and where it starts.
    pub(super) date_before: Option<(String, usize, Position)>,
    /// A field whose value broke over the next line in text copied out of a PDF ("Factuurnummer:
    /// NF-2026-" then "399794"): its key, the value so far, its line, the line's text and where the
    /// value starts. Read once the next line says whether it continues.
    pub(super) broken_field: Option<(Key, String, usize, String, usize)>,
    /// The last word of the last keyed line and its line number: with a label alone on the next
    /// line it may be one longer key ("… Startdatum" then "zorgtraject:").
    pub(super) last_key_word: Option<(String, usize)>,
    /// The role of every line read, in order.
    pub(super) line_roles: Vec<LineRole>,
}

impl Reader {
    pub(super) fn new(all: &[&str]) -> Reader {
        Reader {
            layout: layout(all),
            notation: notation(all),
            roles: None,
            current: RawNota::default(),
            notas: Vec::new(),
            errors: Vec::new(),
            page_header: Vec::new(),
            labels: Vec::new(),
            date_before: None,
            broken_field: None,
            last_key_word: None,
            line_roles: Vec::with_capacity(all.len().min(MAX_LINES)),
        }
    }

    pub(super) fn error(&mut self, at: Position, problem: Problem) {
        self.errors.push(ReadError::new(at, problem));
    }

    /// True while the last prestatie still waits for its amount (text copied out of a PDF in run
    /// order: code, description lines, amount, each on a line of its own).
    pub(super) fn waiting(&self) -> bool {
        self.current.open_line && self.current.lines.last().is_some_and(|l| l.amount.is_none())
    }

    /// Closes the current nota (its last line settled first).
    pub(super) fn close_current(&mut self) {
        self.settle_last();
        let raw = std::mem::take(&mut self.current);
        if raw.used {
            let (nota, errors) = resolve(raw);
            self.notas.push(nota);
            self.errors.extend(errors);
        }
    }

    pub(super) fn finish(mut self) -> (Vec<Nota>, Vec<ReadError>) {
        self.settle_broken_field(None);
        self.close_current();
        crate::read::error::sort_by_place(&mut self.errors);
        (self.notas, self.errors)
    }
}
