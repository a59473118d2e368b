//! The messages between the shell (the page, `app/`) and the engine (the web worker,
//! `src/bin/notawijzer-engine.rs`, over `crate::engine`). Both programs compile this module; on
//! the way each message is serde's compact binary form (postcard: its decoder costs the page a
//! fraction of a JSON one), starting with [`VERSION`] and the request's id. A file's bytes travel
//! beside the message as their own buffers (in the order of [`Open::files`]), never inside it.
//!
//! The shell asks ([`Request`]) and renders what the engine answers ([`Answer`]) as it is: a
//! [`ViewModel`] holds every sentence about a nota, already in the asked language. The shell's
//! own words (headings, buttons) stay in the shell (`crate::labels`).

use serde::{Deserialize, Serialize};

use crate::chart::Chart;
use crate::lang::Lang;

/// Raised when a message changes shape; an engine answers a request of another version with
/// [`Answer::Failed`], so a page and a worker from different builds never misread each other.
pub const VERSION: u32 = 1;

/// Lines of a nota shown at first, and added by each "show more".
pub const PAGE: u32 = 200;

/// Findings shown at first per nota: a statement with thousands of them stays readable and fast.
pub const FINDINGS_SHOWN: usize = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub version: u32,
    /// Counts the shell's requests; the answer carries it, so an answer to an older request is
    /// dropped.
    pub id: u32,
    pub ask: Ask,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Ask {
    /// Read and check these files (replacing what was open) and answer with the view.
    Open(Open),
    /// One of the built-in examples.
    Example(Example, Settings),
    /// A partner page's `notawijzer:open` message, as JSON text (`embed::protocol::parse` checks
    /// it): read its nota, in its language if it names one.
    Partner(String, Settings),
    /// The view of what is open again, with other settings (the language, more lines): the
    /// engine keeps the files it read.
    Render(Settings),
    /// Forget the files (the patient closed the nota); answers with the view of nothing.
    Clear(Settings),
    /// The lines rebuilt from a PDF's text runs (the JSON of assets/pdf-text.js).
    Pdf(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Open {
    /// The files as the patient gave them (their bytes beside the message, in this order).
    pub files: Vec<FileMeta>,
    pub settings: Settings,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileMeta {
    pub name: String,
    /// The full size; larger than the bytes sent when only the first part of a too large file was
    /// read.
    pub size: usize,
    /// For a PDF: its number of pages, and the bytes are the text rebuilt from it.
    pub pdf_pages: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Example {
    /// The NZa's "Meneer Henk" (2017 pilot) with his DBC statement.
    Henk,
    /// A zorgprestatiemodel nota of May 2025.
    Zpm,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
    /// The patient's today, `YYYY-MM-DD` (the engine uses the clock when it is not a date).
    pub today: String,
    /// Per nota, how many of its lines to show (at least [`PAGE`]).
    #[serde(default)]
    pub lines_shown: Vec<u32>,
    /// Every finding, not only the first [`FINDINGS_SHOWN`] per nota.
    #[serde(default)]
    pub all_findings: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub version: u32,
    /// The request this answers.
    pub id: u32,
    pub answer: Answer,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    View(Box<ViewModel>),
    /// The text rebuilt from a PDF and its number of pages; `None` when it holds no text (a scan).
    Pdf(Option<(String, u32)>),
    /// A partner's message was not a `notawijzer:open` NotaWijzer reads, and why.
    Refused(String),
    /// The request could not be answered (another version, a message that is not one).
    Failed(String),
}

/// Everything the views show, worked out by the engine. `None` / empty where there is nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewModel {
    pub lang: Lang,
    /// Files were read (with or without a nota in them).
    pub read: bool,
    /// How many notas were read.
    pub notas: usize,
    /// The first nota is a zorgprestatiemodel nota (the views name a zorgvraagtype).
    pub zpm: bool,
    pub errors: Option<Errors>,
    pub glance: Option<Glance>,
    pub pdf: Option<PdfText>,
    pub findings: Option<Findings>,
    pub lines: Vec<NotaLines>,
    pub cluster: Cluster,
    pub comparison: Comparison,
    /// `notawijzer:summary` for a partner that sent the nota (JSON text: no names, no lines).
    pub partner_summary: String,
}

/// A text with the code it is about (a finding's or a problem's `data-code`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coded {
    pub code: String,
    pub text: String,
}

/// What could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Errors {
    /// No care line anywhere: one clear message, no list of problems.
    pub not_a_nota: bool,
    pub files: Vec<FileErrors>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileErrors {
    pub name: String,
    /// Nothing in the file could be read.
    pub unreadable: bool,
    pub problems: Vec<Coded>,
    /// "… en nog 12 meer." when not all are listed.
    pub more: Option<String>,
    /// The lines with problems and one line either side (a BSN masked).
    pub excerpt: Vec<ExcerptLine>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcerptLine {
    pub no: usize,
    /// Lines were skipped before this one.
    pub gap: bool,
    /// The line, split around the character a problem points at (`here` empty: none).
    pub before: String,
    pub here: Option<String>,
    pub after: String,
}

/// At a glance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Glance {
    pub asks: String,
    pub asks_for: String,
    pub still_to_pay: Option<String>,
    /// The pilot's trajectory so far: the amount and its sentence.
    pub so_far: Option<(String, String)>,
    /// The cluster or zorgvraagtype and its review, short.
    pub cluster: Option<(String, String)>,
    /// The comparison in one line, and the eigen risico in one line (may be empty).
    pub comparison: Option<(String, String)>,
    pub verdict: String,
    /// The most important findings (at most three) and how many there are.
    pub top: Vec<Coded>,
    pub count: usize,
}

/// The text rebuilt from the first PDF, numbered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PdfText {
    pub name: String,
    pub pages: u32,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Findings {
    pub groups: Vec<FindingGroup>,
    pub whom: Vec<String>,
    /// The ready text to copy (no name, BSN or medical detail).
    pub letter: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingGroup {
    /// The nota's title, when several notas have findings.
    pub title: Option<String>,
    pub items: Vec<Finding>,
    /// "Dit zijn de eerste 20 van 340 punten." when not all are shown.
    pub more: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub code: String,
    pub text: String,
    /// Bron · wat NotaWijzer nagaat · wat niet: (heading, text) pairs.
    pub about: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotaLines {
    pub title: String,
    pub file: String,
    pub patient: Option<String>,
    /// Stays of more than one day, as periods.
    pub stays: Vec<String>,
    pub lines: Vec<LineView>,
    /// All lines of the nota (more than `lines.len()` when not all are shown).
    pub total: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineView {
    pub line_no: usize,
    /// The date with its weekday (a DBC product: its group).
    pub head: String,
    pub code: Option<String>,
    pub description: String,
    pub amount: String,
    pub text: String,
}

/// The care cluster or zorgvraagtype view.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    /// A nota was read (else the view shows the catalogue alone).
    pub nota: bool,
    pub zpm: bool,
    /// Its sentence and facts, when it is known.
    pub about: Option<ClusterAbout>,
    /// Not known or not on the nota: what to say instead.
    pub unknown: Option<String>,
    pub review: Option<Review>,
    /// The pilot's catalogue of every cluster (not for a zorgvraagtype).
    pub catalogue: Vec<CatalogueRow>,
    /// The note under the catalogue.
    pub catalogue_note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterAbout {
    pub sentence: String,
    pub number: String,
    pub name: String,
    pub group: String,
    pub supercluster: String,
    /// The pilot only: indicative period and review interval.
    pub period: Option<(String, String)>,
    pub tree: Vec<TreeSuper>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeSuper {
    pub label: String,
    /// The supercluster on the path: its groups.
    pub groups: Vec<TreeGroup>,
    pub here: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeGroup {
    pub label: String,
    pub here: bool,
    /// The group on the path: its clusters, `(label, the patient's)`.
    pub leaves: Vec<(String, bool)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub sentence: String,
    /// The due date (long) and its status.
    pub due: Option<(String, String)>,
    /// The latest date allowed (the pilot, with a stated date).
    pub latest: Option<String>,
    /// A zorgvraagtype's note on re-assessment.
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueRow {
    pub number: String,
    pub name: String,
    pub group: String,
    pub interval: String,
    pub current: bool,
}

/// The comparison with the DBC model.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// Nothing was read: the view explains the two models (this sentence).
    pub intro: Option<String>,
    pub sentences: Vec<String>,
    pub charts: Vec<Chart>,
    /// The ZPM comparison's eigen risico part.
    pub eigen_risico: Option<EigenRisico>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EigenRisico {
    pub heading: String,
    /// The first sentence (above the table), then the rest (below the chart).
    pub sentences: Vec<String>,
    pub table: Table,
    pub chart: Option<Chart>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    /// The first cell of each row is its header (the year).
    pub rows: Vec<Vec<String>>,
}

impl Request {
    pub fn new(id: u32, ask: Ask) -> Self {
        Request { version: VERSION, id, ask }
    }
}

/// A message as bytes (postcard cannot fail on these types: no map keys, no unknown lengths).
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    postcard::to_allocvec(message).unwrap_or_default()
}

/// A message from bytes, with what went wrong.
pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| e.to_string())
}

/// The version and id at the start of a request or reply, read even when the rest is of another
/// version.
pub fn version_and_id(bytes: &[u8]) -> Option<(u32, u32)> {
    postcard::take_from_bytes::<(u32, u32)>(bytes).ok().map(|(v, _)| v)
}
