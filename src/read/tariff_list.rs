//! The NZa's tariff list and an insurer's payout list, as published (native only: the host's
//! importer, `notawijzer tariffs import`; nothing of it is in either WebAssembly program).
//!
//! The NZa publishes the whole table once a year as an Excel sheet, an annex to the tariff
//! decision ("Tarievenlijst 2024, bijlage 1 bij de tariefbeschikking ggz en fz", TB/REG-24627-02),
//! whose columns a published billing script reads as `Prestatie_code`, `Naam` and `Maximum-tarief
//! (in Euro)`. Columns are found by their titles, in any order and case; a CSV may use any
//! separator and a decimal comma. Every row is checked: the code's shape, an amount, no code twice,
//! and where NotaWijzer knows the code, that the name agrees with what the code is (profession,
//! consult type, duration). A problem names its row and column.

use rust_decimal::Decimal;

use crate::model::LineKind;
use crate::read::prestatie::{classify, is_code};
use crate::tariffs::table::{FORMAT, Table, TableRow, VERSION};
use crate::util::fold::fold;

/// A sheet as text cells, its rows from 1.
pub struct Sheet {
    pub rows: Vec<Vec<String>>,
}

/// What is wrong, and where (row and column from 1; column 0: the whole row or the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub column: usize,
    pub what: What,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    /// The file is not a workbook or a CSV NotaWijzer can read (damaged, password-protected).
    Unreadable(String),
    /// No sheet with rows.
    Empty,
    /// No title row with a code column and an amount column.
    NoColumns {
        missing: &'static str,
    },
    BadCode(String),
    BadAmount(String),
    /// The code is on an earlier row too.
    Twice {
        code: String,
        first_row: usize,
    },
    /// The name says another profession, consult type or duration than the code is.
    NameContradicts {
        code: String,
        name: String,
    },
}

/// A column's letter as a spreadsheet shows it (1 → A, 27 → AA).
pub fn column_letter(mut column: usize) -> String {
    let mut out = Vec::new();
    while column > 0 {
        let rem = (column - 1) % 26;
        out.push(b'A' + rem as u8);
        column = (column - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl Problem {
    /// In Dutch and English (a host's tool; the arguments' language is not known).
    pub fn message(&self) -> String {
        let at = match (self.row, self.column) {
            (0, _) => String::new(),
            (r, 0) => format!("rij/row {r}: "),
            (r, c) => format!("rij/row {r}, kolom/column {}: ", column_letter(c)),
        };
        let what = match &self.what {
            What::Unreadable(why) => format!("het bestand is niet te lezen / the file cannot be read ({why})"),
            What::Empty => "geen blad met rijen / no sheet with rows".to_string(),
            What::NoColumns { missing } => {
                format!("geen kolom met een titel voor {missing} / no column titled for {missing}")
            }
            What::BadCode(text) => format!(
                "geen prestatiecode (twee letters en vier cijfers) / not a code (two letters, four digits): {text:?}"
            ),
            What::BadAmount(text) => format!("geen bedrag / not an amount: {text:?}"),
            What::Twice { code, first_row } => {
                format!("{code} staat ook op rij {first_row} / {code} is on row {first_row} too")
            }
            What::NameContradicts { code, name } => format!(
                "de naam past niet bij {code} (beroep, soort consult of duur) / the name does not fit {code} (profession, consult type or duration): {name:?}"
            ),
        };
        format!("{at}{what}")
    }
}

fn problem(row: usize, column: usize, what: What) -> Problem {
    Problem { row, column, what }
}

/// Reads a CSV: the separator the title row uses most (`;`, tab, `,`, `|`), quoted cells allowed.
pub fn sheet_from_csv(text: &str) -> Sheet {
    let text = text.trim_start_matches('\u{FEFF}');
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let sep = [';', '\t', ',', '|'].into_iter().max_by_key(|s| first.matches(*s).count()).unwrap_or(';');
    Sheet {
        rows: text
            .lines()
            .map(|l| {
                crate::read::zpm::cells(l.trim_end_matches('\r'), sep)
                    .into_iter()
                    .map(|(_, c)| c.trim().to_string())
                    .collect()
            })
            .collect(),
    }
}

/// Reads the first sheet with rows of an Excel workbook (`.xlsx`). A number cell becomes its
/// shortest decimal text (`135.89`); one with more than two decimals is refused, not rounded.
pub fn sheet_from_xlsx(bytes: &[u8]) -> Result<Sheet, Problem> {
    use calamine::{Data, Reader, Xlsx};
    let mut book =
        Xlsx::new(std::io::Cursor::new(bytes.to_vec())).map_err(|e| problem(0, 0, What::Unreadable(e.to_string())))?;
    for (_, range) in book.worksheets() {
        if range.is_empty() {
            continue;
        }
        let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows = vec![Vec::new(); top];
        for row in range.rows() {
            let mut cells = vec![String::new(); left];
            cells.extend(row.iter().map(|cell| match cell {
                Data::Empty => String::new(),
                Data::String(s) => s.trim().to_string(),
                Data::Int(i) => i.to_string(),
                // the shortest text that reads back as the same number ("168.94"): no arithmetic on
                // a float; more than two decimals then does not read as an amount
                Data::Float(f) => f.to_string(),
                Data::Bool(b) => b.to_string(),
                other => other.to_string(),
            }));
            rows.push(cells);
        }
        return Ok(Sheet { rows });
    }
    Err(problem(0, 0, What::Empty))
}

/// What a column holds, from its title.
fn column_role(title: &str) -> Option<u8> {
    let t = fold(title).replace(['_', '-'], " ");
    let t = t.trim();
    match t {
        "prestatie code" | "prestatiecode" | "code" | "declaratiecode" | "zorgprestatiecode" => Some(0),
        "naam"
        | "omschrijving"
        | "prestatie omschrijving"
        | "prestatieomschrijving"
        | "zorgprestatie"
        | "prestatie" => Some(1),
        _ if t.starts_with("maximum tarief")
            || t.starts_with("maximumtarief")
            || t.starts_with("tarief")
            || t.starts_with("maximale vergoeding")
            || t.starts_with("vergoeding")
            || t.starts_with("max tarief") =>
        {
            Some(2)
        }
        _ => None,
    }
}

/// An amount as the list writes it (`135,89`, `135.89`, `€ 135,89`, `1.234,56`).
fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim().trim_start_matches('€').trim();
    if t.is_empty() {
        return None;
    }
    crate::read::zpm::read_money(t, true, crate::read::zpm::Notation::Dutch)
        .ok()
        .filter(|a| !a.is_sign_negative() && a.scale() <= 2)
}

/// Options of one import.
pub struct Import<'a> {
    pub year: i32,
    pub source: &'a str,
    pub decision: Option<&'a str>,
    /// "nza" or "payout"
    pub kind: &'a str,
    pub insurer: Option<&'a str>,
    pub imported: &'a str,
    pub file: &'a str,
    pub sha256: &'a str,
}

/// The table of a sheet, and every row that is wrong. The caller writes the table only when there
/// is no problem, or when told to skip wrong rows (each is listed).
pub fn import(sheet: &Sheet, opts: &Import) -> (Table, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut table = Table {
        format: FORMAT.to_string(),
        version: VERSION,
        kind: opts.kind.to_string(),
        year: opts.year,
        insurer: opts.insurer.map(str::to_string),
        source: opts.source.to_string(),
        decision: opts.decision.map(str::to_string),
        imported: opts.imported.to_string(),
        file: opts.file.to_string(),
        sha256: opts.sha256.to_string(),
        rows: Vec::new(),
    };
    if sheet.rows.iter().all(|r| r.iter().all(|c| c.is_empty())) {
        problems.push(problem(0, 0, What::Empty));
        return (table, problems);
    }
    // the title row: the first with a code column and an amount column
    let header = sheet.rows.iter().enumerate().take(50).find_map(|(i, r)| {
        let roles: Vec<Option<u8>> = r.iter().map(|c| column_role(c)).collect();
        let code = roles.iter().position(|x| *x == Some(0))?;
        let amount = roles.iter().position(|x| *x == Some(2))?;
        Some((i, code, roles.iter().position(|x| *x == Some(1)), amount))
    });
    let Some((title_row, code_col, name_col, amount_col)) = header else {
        let has_code = sheet.rows.iter().take(50).any(|r| r.iter().any(|c| column_role(c) == Some(0)));
        problems.push(problem(
            0,
            0,
            What::NoColumns { missing: if has_code { "het bedrag / the amount" } else { "de code / the code" } },
        ));
        return (table, problems);
    };
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate().skip(title_row + 1) {
        let row_no = i + 1;
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        let cell = |c: usize| row.get(c).map(String::as_str).unwrap_or("");
        let code = cell(code_col).trim().to_ascii_uppercase();
        if !is_code(&code) {
            problems.push(problem(row_no, code_col + 1, What::BadCode(cell(code_col).to_string())));
            continue;
        }
        let Some(value) = amount(cell(amount_col)) else {
            problems.push(problem(row_no, amount_col + 1, What::BadAmount(cell(amount_col).to_string())));
            continue;
        };
        if let Some((_, first_row)) = seen.iter().find(|(c, _)| *c == code) {
            problems.push(problem(row_no, code_col + 1, What::Twice { code: code.clone(), first_row: *first_row }));
            continue;
        }
        let name = name_col.map(|c| cell(c).to_string()).filter(|n| !n.is_empty());
        if let (Some(n), Some(known)) = (&name, crate::tariffs::zpm::row(&code))
            && contradicts(n, &known.prestatie)
        {
            problems.push(problem(
                row_no,
                name_col.map_or(0, |c| c + 1),
                What::NameContradicts { code: code.clone(), name: n.clone() },
            ));
            continue;
        }
        seen.push((code.clone(), row_no));
        table.rows.push(TableRow { code, name, amount: crate::model::money::canonical(value) });
    }
    (table, problems)
}

/// The name says another profession, consult type or duration than the code is (where both say).
fn contradicts(name: &str, known: &crate::model::Prestatie) -> bool {
    let LineKind::Prestatie(said) = classify(None, name, "") else { return false };
    fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
        matches!((a, b), (Some(x), Some(y)) if x != y)
    }
    differ(said.profession, known.profession)
        || differ(said.consult, known.consult)
        || differ(said.minutes, known.minutes)
}
