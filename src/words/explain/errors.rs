//! What went wrong while reading, in words a patient understands, with where it is.

use crate::read::{AmountProblem, DateProblem, Position, Problem, ReadError};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// "Regel 12, kolom 5" / "Line 12, column 5"; "Het bestand" / "The file" for the file as a whole.
pub fn position(at: Position, lang: Lang) -> String {
    match at.line {
        0 => m::position_file(lang),
        line => m::position(lang, m::Position { line: &line.to_string(), column: &at.column.to_string() }),
    }
}

/// The message with its place: "Regel 9, kolom 18: …".
pub fn read_error_with_place(error: &ReadError, lang: Lang) -> String {
    m::error_with_place(lang, m::ErrorWithPlace { place: &position(error.at, lang), message: &read_error(error, lang) })
}

/// The message alone.
pub fn read_error(error: &ReadError, lang: Lang) -> String {
    let n = |v: usize| crate::words::format::number(u32::try_from(v).unwrap_or(u32::MAX), lang);
    match &error.problem {
        Problem::Empty => m::error_empty(lang),
        Problem::NotANota => m::error_not_a_nota(lang),
        Problem::NotText { looks_like } => {
            let what = match looks_like {
                Some(k @ ("pdf" | "image" | "office" | "rtf")) => k,
                _ => "other",
            };
            m::error_not_text(lang, what)
        }
        Problem::FileTooLarge { size, limit } => {
            m::error_file_too_large(lang, m::ErrorFileTooLarge { size: &mb(*size, lang), limit: &mb(*limit, lang) })
        }
        Problem::LineTooLong { chars, limit } => {
            m::error_line_too_long(lang, m::ErrorLineTooLong { chars: &n(*chars), limit: &n(*limit) })
        }
        Problem::TooManyLines { limit } => m::error_too_many_lines(lang, &n(*limit)),
        Problem::TooManyNotas { limit } => m::error_too_many_notas(lang, &n(*limit)),
        Problem::TooManyItems { limit } => m::error_too_many_items(lang, &n(*limit)),
        Problem::TooManyFiles { limit } => m::error_too_many_files(lang, &n(*limit)),
        Problem::TooLargeToAdd => m::error_too_large_to_add(lang),
        Problem::NotUnderstood { text } => m::error_not_understood(lang, text),
        Problem::MissingDate => m::error_missing_date(lang),
        Problem::MissingCode => m::error_missing_code(lang),
        Problem::MissingAmount => m::error_missing_amount(lang),
        Problem::BadAmount { text, problem } => {
            let why = match problem {
                AmountProblem::DotAsDecimal => "dot",
                AmountProblem::TooManyDecimals => "decimals",
                AmountProblem::BadGrouping => "grouping",
                AmountProblem::TooLarge => "large",
                _ => "other",
            };
            m::error_bad_amount(lang, m::ErrorBadAmount { text, why })
        }
        Problem::BadDate { text, problem } => {
            let why = match problem {
                DateProblem::NoSuchDay => "no-day",
                DateProblem::UnlikelyYear => "year",
                DateProblem::NoYear => "no-year",
                DateProblem::Unreadable => "unreadable",
            };
            m::error_bad_date(lang, m::ErrorBadDate { why, text })
        }
        Problem::BadMonth { text } => m::error_bad_month(lang, text),
        Problem::BadSequence { text } => m::error_bad_sequence(lang, text),
        Problem::DuplicateHeader { key } => m::error_duplicate_header(lang, key),
        // serde_json's own (English, technical) words are not shown: a sentence per kind of fault.
        Problem::JsonSyntax { ends_early: true } => m::error_json_ends_early(lang),
        Problem::JsonSyntax { ends_early: false } => m::error_json_syntax(lang),
        Problem::JsonField { field, expected } => {
            let what = match *expected {
                k @ ("amount" | "date" | "month" | "minutes" | "cluster" | "object" | "array") => k,
                "whole_number" => "whole",
                _ => "text",
            };
            m::error_json_field(lang, m::ErrorJsonField { field, what })
        }
        Problem::JsonUnknownField { field } => m::error_json_unknown_field(lang, field),
    }
}

/// Megabytes with one decimal, in the language's notation ("2,5" / "2.5").
fn mb(bytes: usize, lang: Lang) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    let point = crate::words::format::decimal_point(lang);
    format!("{}{point}{}", tenths / 10, tenths % 10)
}
