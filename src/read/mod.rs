//! Reading: from the bytes of a file to [`Nota`]s and [`ReadError`]s.
//!
//! Reading never panics and never gives up on a file because of one bad line: every problem is an
//! error with its line and column, and the rest is read.
//!
//! What lives here: [`decode`] (bytes to text), lines rebuilt from a PDF's text runs ([`pdf`]) and
//! a picture's recognised words ([`picture`]), the pilot's text layout ([`text`]), the ZPM nota
//! ([`zpm`], split by job), the JSON form ([`json`]), and one module per field kind (amounts, dates,
//! header keys, names of months, codes and roles). It may use the data tables (`crate::tariffs`)
//! to know a code; it knows no rule, no sentence and no screen.

pub mod amount;
pub mod date;
pub mod decode;
pub mod error;
pub mod header;
pub mod item;
pub mod json;
pub mod kind;
pub mod limits;
pub mod names;
pub mod overview;
pub mod pdf;
pub mod picture;
pub mod prestatie;
pub mod privacy;
pub mod role;
#[cfg(not(target_arch = "wasm32"))]
pub mod tariff_list;
pub mod text;
pub mod zpm;

pub use error::{AmountProblem, DateProblem, Position, Problem, ReadError};

use crate::model::Nota;
use crate::model::overview::Overview;

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
    /// An insurer's overview, bill or settlement (`overview`), read instead of a nota.
    pub overviews: Vec<Overview>,
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
        Err(error) => Outcome { format: Format::Text, notas: Vec::new(), overviews: Vec::new(), errors: vec![error] },
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
            overviews: Vec::new(),
            errors: vec![ReadError::new(Position::FILE, Problem::Empty)],
        };
    }
    // an insurer's overview or bill (its JSON form, or a text with an insurer's columns or title)
    let json = body.starts_with(['{', '[']);
    if (json && overview::json::is_overview_json(body)) || (!json && overview::is_overview(text)) {
        let (overviews, errors) =
            if json { overview::json::read_overview_json(body) } else { overview::read_overview(text) };
        if !overviews.is_empty() || json {
            let format = if json { Format::Json } else { Format::Text };
            return Outcome { format, notas: Vec::new(), overviews, errors };
        }
    }
    let (format, mut notas, mut errors, layout_known) = if body.starts_with(['{', '[']) {
        let (notas, errors) = json::read_json(text.trim_start_matches('\u{FEFF}'));
        (Format::Json, notas, errors, true)
    } else if !zpm::is_zpm(text) && is_pilot(text) {
        let (notas, errors) = text::read_text(text);
        (Format::Text, notas, errors, true)
    } else {
        // every other text is read as today's nota: with or without prestatiecodes
        let (notas, errors) = zpm::read_zpm(text);
        (Format::Text, notas, errors, false)
    };
    // A nota is its care lines: a document without one is no nota, whatever else it holds.
    // (Where a line could not be read, or the JSON is broken, the errors say what happened.)
    // A line of care has a prestatiecode or a kind NotaWijzer knows (a consult, a stay, a missed
    // appointment, a fee): a bill whose dated lines are all something else (a sports club's
    // contribution) is no zorgnota either.
    // (The pilot layout and the JSON form say by their form what an item is.)
    notas.retain(|n| {
        n.lines.iter().any(|l| layout_known || l.code.is_some() || l.kind != crate::model::LineKind::Other)
    });
    if notas.is_empty() {
        // "no code on this line" says nothing on a document that is no nota
        errors.retain(|e| e.problem != Problem::MissingCode);
        if !errors.iter().any(|e| e.at.line > 0 || matches!(e.problem, Problem::JsonSyntax { .. })) {
            errors.insert(0, ReadError::new(Position::FILE, Problem::NotANota));
        }
    }
    Outcome { format, notas, overviews: Vec::new(), errors }
}

/// The 2017 pilot layout, known only by its own markers (`reference.md`): a `Zorgcluster` or
/// `Eerder gedeclareerd` line, or an item line `Consult (15-2) : € 100`, `Verblijf (19-2): € 400`,
/// `Depressie (3000-5999): € 7.850`. No provider sends it today, so it is never a fallback.
fn is_pilot(text: &str) -> bool {
    let mut kinds = item::Kinds::default();
    text::lines(text).take(limits::MAX_LINES).any(|line| {
        line.len() <= limits::MAX_LINE_CHARS
            && (matches!(header::header(line), Some(header::Header::Cluster(_) | header::Header::PreviouslyBilled(_)))
                || matches!(item::item(line, &mut kinds), Some(Ok(_))))
    })
}
