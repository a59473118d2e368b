//! Reading: from the bytes of a file to [`Nota`]s and [`ReadError`]s.
//!
//! Reading never panics and never gives up on a file because of one bad line: every problem is an
//! error with its line and column, and the rest is read.

pub mod amount;
pub mod date;
pub mod decode;
pub mod error;
pub mod header;
pub mod item;
pub mod json;
pub mod kind;
pub mod limits;
pub mod prestatie;
pub mod text;
pub mod zpm;

pub use error::{AmountProblem, DateProblem, Position, Problem, ReadError};

use crate::model::Nota;

/// Which form a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// What reading one file gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub format: Format,
    pub notas: Vec<Nota>,
    pub errors: Vec<ReadError>,
}

/// Reads a file: the JSON form when its first character is `{` or `[`; a zorgprestatiemodel nota
/// (text or CSV) when it holds a prestatiecode or a field only such a nota has; the pilot text
/// layout otherwise.
pub fn read(bytes: &[u8]) -> Outcome {
    match decode::decode(bytes) {
        Ok(decoded) => {
            let mut outcome = read_str(&decoded.text);
            let mut errors = decoded.errors;
            errors.append(&mut outcome.errors);
            outcome.errors = errors;
            outcome
        }
        Err(error) => Outcome { format: Format::Text, notas: Vec::new(), errors: vec![error] },
    }
}

/// Reads text that is already decoded (pasted text, a message from an embedding page).
pub fn read_str(text: &str) -> Outcome {
    let (text, cut) = decode::limit_text(text);
    let mut outcome = read_within_limit(text);
    if let Some(error) = cut {
        outcome.errors.insert(0, error);
    }
    outcome
}

fn read_within_limit(text: &str) -> Outcome {
    let body = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    if body.is_empty() {
        return Outcome {
            format: Format::Text,
            notas: Vec::new(),
            errors: vec![ReadError::new(Position::FILE, Problem::Empty)],
        };
    }
    if body.starts_with(['{', '[']) {
        let (notas, errors) = json::read_json(text.trim_start_matches('\u{FEFF}'));
        Outcome { format: Format::Json, notas, errors }
    } else if zpm::is_zpm(text) {
        let (notas, errors) = zpm::read_zpm(text);
        Outcome { format: Format::Text, notas, errors }
    } else {
        let (notas, errors) = text::read_text(text);
        Outcome { format: Format::Text, notas, errors }
    }
}
