//! What can go wrong while reading, and where.
//!
//! An error never stops the reading of the rest of the file. Its message is made by
//! `explain::read_error` in the patient's language; here is only what happened and where.

/// A place in the file: 1-based line and 1-based column, counted in characters (not bytes).
/// Line 0 means the file as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const FILE: Position = Position { line: 0, column: 0 };

    pub fn new(line: usize, column: usize) -> Self {
        Self { line, column }
    }
}

/// One problem found while reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub at: Position,
    pub problem: Problem,
}

impl ReadError {
    pub fn new(at: Position, problem: Problem) -> Self {
        Self { at, problem }
    }

    /// A stable code for this kind of problem ("bad_amount", …), for machines.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }
}

/// What is wrong with an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountProblem {
    /// No digits where an amount belongs.
    Missing,
    /// Characters that do not belong in an amount.
    Unexpected,
    /// "100.50": a dot followed by one or two digits; in Dutch the dot groups thousands.
    DotAsDecimal,
    /// More than two digits after the comma.
    TooManyDecimals,
    /// Thousands groups not of three digits ("1.30.000").
    BadGrouping,
    /// Larger than [`crate::model::money::MAX_AMOUNT`].
    TooLarge,
}

/// What is wrong with a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not in any date form the reader knows.
    Unreadable,
    /// Day or month out of range, or a day the month does not have (31-2).
    NoSuchDay,
    /// A year outside 1900–2199.
    UnlikelyYear,
    /// No year, and the nota has no billed month or start date to take one from.
    NoYear,
}

/// The ways a file or a line can fail to be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is empty or only blank.
    Empty,
    /// The file was read, but holds no care line: it is no zorgnota (a letter, a list, another
    /// kind of bill).
    NotANota,
    /// The file is not text; `looks_like` names what it seems to be ("PDF", "afbeelding", …).
    NotText {
        looks_like: Option<&'static str>,
    },
    /// The file is larger than the limit; only the first `read_bytes` were read.
    FileTooLarge {
        size: usize,
        limit: usize,
    },
    /// A line longer than the limit; it was skipped.
    LineTooLong {
        chars: usize,
        limit: usize,
    },
    /// More lines than the limit; the rest was not read.
    TooManyLines {
        limit: usize,
    },
    /// More notas than the limit; the rest was not read.
    TooManyNotas {
        limit: usize,
    },
    /// More item lines in one nota than the limit; the rest was not read.
    TooManyItems {
        limit: usize,
    },
    /// More files at once than the limit; this one was not read.
    TooManyFiles {
        limit: usize,
    },
    /// The amounts of a nota add up to more than can be computed exactly.
    TooLargeToAdd,
    /// A line the reader does not recognise. `text` is the line (shortened), shown as text.
    NotUnderstood {
        text: String,
    },
    /// An item line without an amount after its date.
    MissingAmount,
    /// A prestatie line without a date; it is shown and counted without one.
    MissingDate,
    /// A line with an amount but no prestatiecode on a zorgprestatiemodel nota; it is shown and
    /// counted as a line NotaWijzer cannot place.
    MissingCode,
    BadAmount {
        text: String,
        problem: AmountProblem,
    },
    BadDate {
        text: String,
        problem: DateProblem,
    },
    /// A `Declaratie …` line whose month could not be read.
    BadMonth {
        text: String,
    },
    /// A `Volgnummer` that is not a whole number.
    BadSequence {
        text: String,
    },
    /// A header given twice with different values; the first one is kept.
    DuplicateHeader {
        key: &'static str,
    },
    /// The JSON is not valid JSON (syntax), so nothing after this point could be read.
    JsonSyntax {
        /// The text stops before the JSON is complete (else: a character that does not belong).
        ends_early: bool,
    },
    /// A JSON value of the wrong type or form for its field.
    JsonField {
        field: String,
        expected: &'static str,
    },
    /// A JSON field NotaWijzer does not know; it was ignored.
    JsonUnknownField {
        field: String,
    },
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::NotANota => "not_a_nota",
            Problem::NotText { .. } => "not_text",
            Problem::FileTooLarge { .. } => "file_too_large",
            Problem::LineTooLong { .. } => "line_too_long",
            Problem::TooManyLines { .. } => "too_many_lines",
            Problem::TooManyNotas { .. } => "too_many_notas",
            Problem::TooManyItems { .. } => "too_many_items",
            Problem::TooManyFiles { .. } => "too_many_files",
            Problem::TooLargeToAdd => "too_large_to_add",
            Problem::NotUnderstood { .. } => "not_understood",
            Problem::MissingAmount => "missing_amount",
            Problem::MissingDate => "missing_date",
            Problem::MissingCode => "missing_code",
            Problem::BadAmount { .. } => "bad_amount",
            Problem::BadDate { .. } => "bad_date",
            Problem::BadMonth { .. } => "bad_month",
            Problem::BadSequence { .. } => "bad_sequence",
            Problem::DuplicateHeader { .. } => "duplicate_header",
            Problem::JsonSyntax { .. } => "json_syntax",
            Problem::JsonField { .. } => "json_field",
            Problem::JsonUnknownField { .. } => "json_unknown_field",
        }
    }
}

/// Puts errors in the order of their places in the file. One function for every reader, so the
/// sort is compiled once.
pub fn sort_by_place(errors: &mut Vec<ReadError>) {
    // line and column, each far below 2^32
    crate::util::order::sort_by_key(errors, |e| ((e.at.line as u64) << 32) | (e.at.column as u64 & 0xFFFF_FFFF));
}

/// Shortens user text for a message: at most `max` characters, with "…" when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let trimmed = text.trim();
    let mut out: String = trimmed.chars().take(max).collect();
    if trimmed.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}
