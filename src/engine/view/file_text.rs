//! The files' own text shown back: what could not be read, with the lines around each problem (a
//! BSN masked), and the text rebuilt from a PDF.

use std::fmt::Write;

use super::parts::*;
use crate::rules::analysis::{FileError, Report};
use crate::words::explain;
use crate::words::lang::Lang;
use crate::words::messages::m;

/// At most this many problems are listed per file (the count says how many there are).
const MAX_SHOWN: usize = 100;

pub(super) fn errors(report: &Report, files: &[FileText], lang: Lang) -> Option<Errors> {
    if report.errors.is_empty() {
        return None;
    }
    let not_a_nota =
        report.notas.is_empty() && report.errors.iter().all(|e| e.error.problem == crate::read::Problem::NotANota);
    let files = files
        .iter()
        .filter_map(|file| {
            let errors: Vec<&FileError> = report.errors.iter().filter(|e| e.file == file.name).collect();
            if errors.is_empty() {
                return None;
            }
            let problems = errors
                .iter()
                .take(MAX_SHOWN)
                .map(|e| Coded {
                    code: e.error.code().to_string(),
                    text: if not_a_nota {
                        explain::read_error(&e.error, lang)
                    } else {
                        explain::read_error_with_place(&e.error, lang)
                    },
                })
                .collect();
            let hidden = errors.len().saturating_sub(MAX_SHOWN);
            Some(FileErrors {
                name: file.name.clone(),
                unreadable: report.files.iter().any(|f| f.name == file.name && f.unreadable()),
                problems,
                more: (hidden > 0).then(|| m::view_errors_more(lang, &hidden.to_string())),
                excerpt: excerpt(file.text.as_deref(), &errors),
            })
        })
        .collect();
    Some(Errors { not_a_nota, files })
}

/// The lines with problems and one line either side, the problem's column marked, a BSN masked.
pub(super) fn excerpt(text: Option<&str>, errors: &[&FileError]) -> Vec<ExcerptLine> {
    let Some(text) = text else { return Vec::new() };
    // split as the reader splits, so line numbers agree (old Mac files end lines with a lone \r)
    let lines: Vec<&str> = crate::read::text::lines(text).collect();
    let mut wanted: Vec<usize> = errors
        .iter()
        .take(MAX_SHOWN)
        .filter(|e| e.error.at.line > 0)
        .flat_map(|e| e.error.at.line.saturating_sub(1).max(1)..=(e.error.at.line + 1).min(lines.len()))
        .collect();
    crate::util::order::sort_by_key(&mut wanted, |&n| n as u64);
    wanted.dedup();
    let mut previous = 0;
    wanted
        .into_iter()
        .map(|no| {
            let gap = previous != 0 && no > previous + 1;
            previous = no;
            let text: String =
                crate::read::privacy::mask(lines.get(no - 1).copied().unwrap_or("")).chars().take(200).collect();
            let column = errors.iter().find(|e| e.error.at.line == no).map(|e| e.error.at.column).filter(|&c| c >= 1);
            match column {
                Some(col) => {
                    let chars: Vec<char> = text.chars().collect();
                    let at = (col - 1).min(chars.len());
                    ExcerptLine {
                        no,
                        gap,
                        before: chars[..at].iter().collect(),
                        here: Some(chars.get(at).map_or(" ".to_string(), |c| c.to_string())),
                        after: chars.iter().skip(at + 1).collect(),
                    }
                }
                None => ExcerptLine { no, gap, before: text, here: None, after: String::new() },
            }
        })
        .collect()
}

/// The first PDF among the files, as read, numbered as messages number its lines.
pub(super) fn pdf_text(files: &[FileText]) -> Option<PdfText> {
    let file = files.iter().find(|f| f.pdf_pages > 0 || f.picture.is_some())?;
    let mut text = String::new();
    for (i, line) in file.text.as_deref().unwrap_or("").lines().enumerate() {
        let _ = writeln!(text, "{:>4}  {}", i + 1, crate::read::privacy::mask(line));
    }
    let pages = file.picture.as_ref().map_or(file.pdf_pages, |p| p.pages);
    Some(PdfText { name: file.name.clone(), pages, text, picture: file.picture.is_some() })
}
