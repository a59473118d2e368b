//! Every input limit, in one place, with the reason beside it.
//!
//! Past a limit the reader stops or skips with a plain message and keeps what it read: a patient's
//! phone never freezes on a file that is too big, and nothing is silently lost.

/// Largest file read: 4 MiB. A year of daily consults and stays is about 20 KB; a 20,000-line
/// statement (the largest the benchmarks use) is about 1 MB. Past 4 MiB only the first 4 MiB is
/// read, cut at the last line end, so a phone never holds more than this in memory for one file.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Largest PDF read: 10 MiB. A nota of a few pages is 20–200 KB (the fixtures: 20–46 KB); a PDF
/// ten times larger holds pictures, which NotaWijzer cannot read anyway. It is read whole (a cut
/// PDF is a broken one), by pdf.js in its worker.
pub const MAX_PDF_BYTES: usize = 10 * 1024 * 1024;

/// Longest line read: 1,000 characters. The longest real line is a description, a date and an
/// amount (under 200 characters); a longer line is skipped with a message, so one runaway line
/// (a pasted binary, a minified export) cannot slow every later step.
pub const MAX_LINE_CHARS: usize = 1_000;

/// Most lines read in one file: 100,000. Five times the 20,000-line benchmark statement.
pub const MAX_LINES: usize = 100_000;

/// Most notas read from one file: 500. A file holds the statements of one patient: even a monthly
/// statement for forty years stays under this.
pub const MAX_NOTAS: usize = 500;

/// Most item lines in one nota: 50,000. With [`crate::model::money::MAX_AMOUNT`] per line the sum stays
/// far below what `Decimal` can hold (about 7.9 × 10^28), so totals cannot overflow.
pub const MAX_ITEMS_PER_NOTA: usize = 50_000;

/// Most files read together: 20. The app reads a cluster statement and its DBC statement, perhaps
/// a year of monthly statements; twenty is plenty and keeps a drop of a whole folder in check.
pub const MAX_FILES: usize = 20;

/// Longest piece of user text quoted back in a message.
pub const MAX_EXCERPT_CHARS: usize = 60;
