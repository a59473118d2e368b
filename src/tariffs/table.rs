//! Tariff tables from their source: the NZa's *Tarievenlijst* of a year, or an insurer's list of
//! the most it pays back per code for non-contracted care, imported by a host
//! (`notawijzer tariffs import`, `crate::read::tariff_list`) into a versioned JSON file and loaded at
//! run time (`notawijzer explain --tariffs DIR`). A loaded NZa table is consulted before the
//! built-in rows ([`crate::tariffs::zpm::maximum`]): where they differ, the loaded one is used.
//!
//! The file (version 1):
//! `{"format": "notawijzer-tariffs", "version": 1, "kind": "nza" | "payout", "year": 2026,
//! "insurer": null | "VGZ", "source": "https://…", "decision": "TB/REG-…" | null,
//! "imported": "2026-12-07", "file": "tarievenlijst-2026.xlsx", "sha256": "…",
//! "rows": [{"code": "CO0497", "name": "…" | null, "amount": "135.89"}]}`.

use std::cell::RefCell;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::tariffs::source::Source;

pub const FORMAT: &str = "notawijzer-tariffs";
pub const VERSION: u32 = 1;

/// One row: a code, its name as the list writes it, and its amount (`"135.89"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    pub code: String,
    pub name: Option<String>,
    pub amount: String,
}

/// A table file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub format: String,
    pub version: u32,
    /// "nza" (maximum tariffs) or "payout" (an insurer's most paid back).
    pub kind: String,
    pub year: i32,
    pub insurer: Option<String>,
    pub source: String,
    pub decision: Option<String>,
    /// The day it was imported (ISO).
    pub imported: String,
    /// The name of the file it came from, and that file's SHA-256.
    pub file: String,
    pub sha256: String,
    pub rows: Vec<TableRow>,
}

impl Table {
    /// The file name it is written as: `nza-2026.json`, `payout-vgz-2026.json`.
    pub fn file_name(&self) -> String {
        match &self.insurer {
            Some(insurer) if self.kind == "payout" => {
                let slug: String = insurer
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
                    .collect();
                format!("payout-{}-{}.json", slug.trim_matches('-'), self.year)
            }
            _ => format!("{}-{}.json", self.kind, self.year),
        }
    }
}

/// The list of the table files in a folder (`index.json`), which the import keeps up to date: the web
/// app fetches a year's table only when the list names it (no request for a file that is not there).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub format: String,
    pub version: u32,
    pub tables: Vec<String>,
}

pub const INDEX_FORMAT: &str = "notawijzer-tariff-index";

impl Index {
    /// An index naming no table yet.
    pub fn empty() -> Self {
        Index { format: INDEX_FORMAT.to_string(), version: VERSION, tables: Vec::new() }
    }

    /// Reads an index; `None` when it is not one.
    pub fn parse(json: &str) -> Option<Index> {
        serde_json::from_str::<Index>(json).ok().filter(|i| i.format == INDEX_FORMAT && i.version == VERSION)
    }
}

/// Why a table file is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableProblem {
    /// Not JSON of this form (serde's words).
    NotATable(String),
    /// Another format or version.
    Version,
    /// A row whose amount does not read.
    BadAmount { code: String },
}

/// A table as used: its amounts read, and its source as the explanations name it.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub table: Table,
    pub amounts: Vec<(String, Decimal)>,
    pub source: &'static Source,
}

thread_local! {
    static LOADED: RefCell<Vec<Loaded>> = const { RefCell::new(Vec::new()) };
}

/// Reads a table file and checks its form.
pub fn parse(json: &str) -> Result<Table, TableProblem> {
    let table: Table = serde_json::from_str(json).map_err(|e| TableProblem::NotATable(e.to_string()))?;
    if table.format != FORMAT || table.version != VERSION || !matches!(table.kind.as_str(), "nza" | "payout") {
        return Err(TableProblem::Version);
    }
    Ok(table)
}

/// Loads a table for this thread's analyses (the command line, the engine's worker). A second
/// table of the same kind, year and insurer replaces the first.
pub fn load(table: Table) -> Result<(), TableProblem> {
    let mut amounts = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let amount = crate::model::money::parse_canonical(&row.amount).filter(|a| !a.is_sign_negative());
        let Some(amount) = amount else { return Err(TableProblem::BadAmount { code: row.code.clone() }) };
        amounts.push((row.code.to_ascii_uppercase(), amount));
    }
    // the explanations name a source for every amount: a table's source lives as long as the
    // program (one per table loaded, a few a year)
    let what = match &table.insurer {
        Some(insurer) => format!("{insurer}, lijst maximale vergoedingen {}", table.year),
        None => format!("NZa-tarievenlijst {}", table.year),
    };
    let note = match &table.decision {
        Some(decision) => format!("{what}, {decision}, op deze site gezet op {}", table.imported),
        None => format!("{what}, op deze site gezet op {}", table.imported),
    };
    let source: &'static Source = Box::leak(Box::new(Source {
        key: Box::leak(table.file_name().into_boxed_str()),
        url: Box::leak(table.source.clone().into_boxed_str()),
        note: Box::leak(note.into_boxed_str()),
    }));
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|o| !(o.table.kind == table.kind && o.table.year == table.year && o.table.insurer == table.insurer));
        l.push(Loaded { table, amounts, source });
    });
    Ok(())
}

/// The NZa maximum of `code` in `year` from a loaded table.
pub fn nza_maximum(code: &str, year: i32) -> Option<(Decimal, &'static Source)> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .filter(|t| t.table.kind == "nza" && t.table.year == year)
            .find_map(|t| t.amounts.iter().find(|(c, _)| c.eq_ignore_ascii_case(code)).map(|(_, a)| (*a, t.source)))
    })
}
