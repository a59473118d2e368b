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
            Some(insurer) if self.kind == "payout" => format!("payout-{}-{}.json", slug(insurer), self.year),
            _ => format!("{}-{}.json", self.kind, self.year),
        }
    }

    /// What the folder's index says of it.
    pub fn entry(&self) -> IndexEntry {
        IndexEntry {
            file: self.file_name(),
            kind: self.kind.clone(),
            year: self.year,
            insurer: self.insurer.clone(),
            source: self.source.clone(),
            decision: self.decision.clone(),
            imported: self.imported.clone(),
            rows: self.rows.len(),
        }
    }
}

/// One table in a folder's index: enough to list it (the checks page) and to offer it (an insurer's
/// list in "Wat betaalt u?") without fetching it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub file: String,
    pub kind: String,
    pub year: i32,
    pub insurer: Option<String>,
    pub source: String,
    pub decision: Option<String>,
    pub imported: String,
    /// How many rows it holds.
    pub rows: usize,
}

/// The tables in a folder (`index.json`), which the import keeps up to date: the web app fetches a
/// year's table only when the index names it (no request for a file that is not there), and offers
/// the insurers whose lists it names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub format: String,
    pub version: u32,
    pub tables: Vec<IndexEntry>,
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

    /// Names `table` (in place of an earlier one of the same file), in the order of their files.
    pub fn put(&mut self, table: &Table) {
        let entry = table.entry();
        self.tables.retain(|t| t.file != entry.file);
        self.tables.push(entry);
        self.tables.sort_by(|a, b| a.file.cmp(&b.file));
    }

    /// Whether the index names this file.
    pub fn has(&self, file: &str) -> bool {
        self.tables.iter().any(|t| t.file == file)
    }

    /// The insurers whose payout lists it names, each once, as their lists write them.
    pub fn insurers(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in self.tables.iter().filter(|t| t.kind == "payout").filter_map(|t| t.insurer.as_ref()) {
            if !out.iter().any(|o| same_insurer(o, name)) {
                out.push(name.clone());
            }
        }
        out
    }

    /// The file of `insurer`'s payout list of `year`, when it names one.
    pub fn payout_file(&self, insurer: &str, year: i32) -> Option<&str> {
        self.tables
            .iter()
            .find(|t| {
                t.kind == "payout" && t.year == year && t.insurer.as_deref().is_some_and(|i| same_insurer(i, insurer))
            })
            .map(|t| t.file.as_str())
    }
}

/// An insurer's name as a file name has it: `"Zilveren Kruis"` is `zilveren-kruis`.
pub fn slug(insurer: &str) -> String {
    let dashed: String =
        insurer.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    dashed.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-")
}

/// The same insurer, whatever the case and spacing a patient or a portal wrote it in.
pub fn same_insurer(a: &str, b: &str) -> bool {
    let (a, b) = (slug(a), slug(b));
    !a.is_empty() && a == b
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

/// The most `insurer` pays back for `code` in `year` by its loaded payout list: the amount, and the
/// list as the sentences name it. `Err` with the list when the list does not hold the code;
/// `None` when no list of that insurer and year is loaded.
pub fn payout(insurer: &str, code: &str, year: i32) -> Option<Result<(Decimal, &'static Source), &'static Source>> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|t| {
                t.table.kind == "payout"
                    && t.table.year == year
                    && t.table.insurer.as_deref().is_some_and(|i| same_insurer(i, insurer))
            })
            .map(|t| {
                t.amounts
                    .iter()
                    .find(|(c, _)| c.eq_ignore_ascii_case(code))
                    .map(|(_, a)| (*a, t.source))
                    .ok_or(t.source)
            })
    })
}

/// A table file of a folder: the table, or its file name and why it does not read.
pub type FolderEntry = Result<Table, (String, String)>;

/// The tables of a folder (`notawijzer tariffs import --out DIR`), in the order of their files,
/// or what keeps one from being read (its file name and why). Native only: the web app fetches.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_folder(dir: &std::path::Path) -> Result<Vec<FolderEntry>, std::io::Error> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "index.json")
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(|name| {
            std::fs::read_to_string(dir.join(&name))
                .map_err(|e| e.to_string())
                .and_then(|json| parse(&json).map_err(|p| format!("{p:?}")))
                .map_err(|why| (name, why))
        })
        .collect())
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
