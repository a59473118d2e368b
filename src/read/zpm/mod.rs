//! The zorgprestatiemodel nota (`zpm-nota-format.md`): keyed header lines in any order, then one
//! line per prestatie holding a date, a prestatiecode, a description and an amount in any order.
//!
//! No layout is assumed. A file is read in one of two ways, chosen from its prestatie lines:
//! - **cells**: a separator (`;`, tab, `|`, or `,` with quoted fields) splits each line into cells;
//!   a column-title line, where there is one, says which cell is which, and otherwise each cell's
//!   content does (a code, a date, an amount; the longest other text is the description);
//! - **words**: aligned columns or text copied out of a PDF (single spaces between columns): the
//!   code, the date and the amount are found among the words, and the words left are the
//!   description.
//!
//! Page headers and footers, a repeated column-title line and payment details are not prestaties;
//! a description wrapped onto the next line is joined to its line. A line with an amount that
//! NotaWijzer cannot place is still counted, with an error at its place.
//!
//! The reader is split by job: [`layout`] (cells or words, and how a line splits), [`titles`]
//! (column titles), [`keys`] (header keys and their variants), [`reader`] (the state of a nota
//! being read), [`line`] (which role a line has), [`header`] and [`summary`] (keyed lines and
//! summary amounts), [`care`], [`cells`] and [`words`] (a care line), [`money`], [`quantity`] and
//! [`description`] (field kinds), and [`resolve`] (dates get their year once the nota is read).

mod care;
mod cells;
mod description;
mod header;
mod keys;
mod layout;
mod line;
mod money;
mod quantity;
mod raw;
mod reader;
mod resolve;
mod summary;
mod titles;
mod words;

use super::error::{Position, Problem, ReadError};
use super::limits::{MAX_LINE_CHARS, MAX_LINES};
use super::prestatie::is_code;
use super::role::LineRole;
use super::text::lines;
use crate::model::Nota;
use keys::{Key, key};
use layout::words_of;
use reader::Reader;

// the field kinds the insurer's overview reads the same way (`crate::read::overview`)
pub(crate) use layout::cells;
pub(crate) use money::{Notation, looks_like_money, read_money};

/// True when the text is a zorgprestatiemodel nota: a line holds a prestatiecode, or a field only
/// such a nota has (`Zorgvraagtype`, `Factuurnummer`, …).
pub fn is_zpm(text: &str) -> bool {
    lines(text).take(MAX_LINES).any(|line| {
        line.len() <= MAX_LINE_CHARS * 4
            && (words_of(line, true).into_iter().any(|(_, t)| is_code(t))
                || matches!(key(line), Some((Key::Zorgvraagtype | Key::InvoiceNumber | Key::Trajectory, _))))
    })
}

/// Reads every ZPM nota in a text. Never panics; every problem is a [`ReadError`] at its place.
pub fn read_zpm(text: &str) -> (Vec<Nota>, Vec<ReadError>) {
    let (notas, errors, _) = read_zpm_roles(text);
    (notas, errors)
}

/// [`read_zpm`], with the role of every line of the text (one per line read).
pub fn read_zpm_roles(text: &str) -> (Vec<Nota>, Vec<ReadError>, Vec<LineRole>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let all: Vec<&str> = lines(text).collect();
    let mut reader = Reader::new(&all);
    for (index, line) in all.into_iter().enumerate() {
        let line_no = index + 1;
        if line_no > MAX_LINES {
            reader.error(Position::new(line_no, 1), Problem::TooManyLines { limit: MAX_LINES });
            break;
        }
        if line.len() > MAX_LINE_CHARS && line.chars().count() > MAX_LINE_CHARS {
            let chars = line.chars().count();
            reader.error(
                Position::new(line_no, MAX_LINE_CHARS + 1),
                Problem::LineTooLong { chars, limit: MAX_LINE_CHARS },
            );
            reader.current.open_line = false;
            reader.line_roles.push(LineRole::Text);
            continue;
        }
        match reader.line(line_no, line) {
            Some(role) => reader.line_roles.push(role),
            None => break,
        }
    }
    let roles = std::mem::take(&mut reader.line_roles);
    let (notas, errors) = reader.finish();
    (notas, errors, roles)
}
