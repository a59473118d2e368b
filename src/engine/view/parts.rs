//! What the views show, worked out: the types `crate::engine::markup` lays out.

/// A file as the engine holds it: its name, its text (when it could be decoded) and, for a PDF,
/// its number of pages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileText {
    pub name: String,
    pub text: Option<String>,
    pub pdf_pages: u32,
    /// Read from a photo or a scan: where each line of the text came from.
    pub picture: Option<std::rc::Rc<crate::read::picture::Picture>>,
}

/// Everything the views show, worked out: `None` / empty where there is nothing (`crate::engine::markup`
/// lays it out).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parts {
    /// Files were read (with or without a nota in them).
    pub read: bool,
    /// How many notas were read.
    pub notas: usize,
    /// The first nota is a zorgprestatiemodel nota (the views name a zorgvraagtype).
    pub zpm: bool,
    pub errors: Option<Errors>,
    pub glance: Option<Glance>,
    pub pdf: Option<PdfText>,
    /// Text of a picture ran to its edge: part of the nota may be outside it.
    pub picture_cut: bool,
    pub findings: Option<FindingsView>,
    /// What the patient pays (a zorgprestatiemodel nota).
    pub payment: Option<PaymentView>,
    pub lines: Vec<NotaLines>,
    pub cluster: ClusterView,
    pub comparison: ComparisonView,
    /// The insurer's overviews (`crate::rules::overview`), when any was read.
    pub insurer: Option<InsurerView>,
}

/// A text with the code it is about (a finding's or a problem's `data-code`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coded {
    pub code: String,
    pub text: String,
}

/// What could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Errors {
    /// No care line anywhere: one clear message, no list of problems.
    pub not_a_nota: bool,
    pub files: Vec<FileErrors>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
    /// The most important findings (at most three) and how many there are: what may be wrong.
    pub top: Vec<Coded>,
    pub count: usize,
    /// What is worth knowing (at most three), apart.
    pub notes: Vec<Coded>,
}

/// The text rebuilt from the first PDF, numbered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PdfText {
    pub name: String,
    pub pages: u32,
    pub text: String,
    /// Recognised in a photo or a scan (not taken from a PDF's text).
    pub picture: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FindingsView {
    /// What may be wrong, per nota.
    pub groups: Vec<FindingGroup>,
    /// "NotaWijzer vond niets wat niet lijkt te kloppen.", when nothing may be wrong but there is
    /// something worth knowing.
    pub nothing_wrong: Option<String>,
    /// What is worth knowing and is no error (care outside the basic package, a talk billed per
    /// 15 minutes, a privacyverklaring), apart, per nota.
    pub notes: Vec<FindingGroup>,
    /// The letter has something to ask (a point that may be wrong, a line never paid back): then
    /// whom to ask and the letter are shown.
    pub asks: bool,
    pub whom: Vec<String>,
    /// The ready text to copy (no name, BSN or medical detail), in Dutch: the insurer reads Dutch.
    pub letter: String,
    /// The same letter in the patient's language, shown beside it (`None` in Dutch).
    pub letter_translated: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FindingGroup {
    /// The nota's title, when several notas have findings.
    pub title: Option<String>,
    pub items: Vec<Finding>,
    /// "Dit zijn de eerste 20 van 340 punten." when not all are shown.
    pub more: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Finding {
    pub code: String,
    pub text: String,
    /// Bron · wat NotaWijzer nagaat · wat niet: (heading, text) pairs.
    pub about: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineView {
    pub line_no: usize,
    /// The date with its weekday (a DBC product: its group).
    pub head: String,
    pub code: Option<String>,
    pub description: String,
    pub amount: String,
    pub text: String,
    /// Read from a picture: where, and the words read with doubt.
    pub picture: Option<LinePicture>,
}

/// The strip of the picture a line was read from (page from 0, box in the prepared page's
/// pixels) and the words of that line read with doubt.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinePicture {
    pub page: u16,
    pub bbox: [u32; 4],
    pub unsure: Vec<String>,
}

/// The care cluster or zorgvraagtype view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClusterView {
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreeSuper {
    pub label: String,
    /// The supercluster on the path: its groups.
    pub groups: Vec<TreeGroup>,
    pub here: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreeGroup {
    pub label: String,
    pub here: bool,
    /// The group on the path: its clusters, `(label, the patient's)`.
    pub leaves: Vec<(String, bool)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    pub sentence: String,
    /// The due date (long) and its status.
    pub due: Option<(String, String)>,
    /// The latest date allowed (the pilot, with a stated date).
    pub latest: Option<String>,
    /// A zorgvraagtype's note on re-assessment.
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogueRow {
    pub number: String,
    pub name: String,
    pub group: String,
    pub interval: String,
    pub current: bool,
}

/// The comparison with the DBC model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ComparisonView {
    /// Nothing was read: the view explains the two models (this sentence).
    pub intro: Option<String>,
    pub sentences: Vec<String>,
    pub charts: Vec<crate::engine::chart::Chart>,
    /// The ZPM comparison's eigen risico part.
    pub eigen_risico: Option<EigenRisico>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EigenRisico {
    pub heading: String,
    /// The first sentence (above the table), then the rest (below the chart).
    pub sentences: Vec<String>,
    pub table: crate::engine::compare::Table,
    pub chart: Option<crate::engine::chart::Chart>,
}

/// "Wat betaalt u?": the sentences (`explain::payment`) for what was typed, and the form's fields
/// with what does not read in them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentView {
    pub sentences: Vec<String>,
    pub no_contract: bool,
    pub percent_error: Option<String>,
    /// The insurer field, where the site holds payout lists: its hint, and what does not read.
    pub insurer: Option<(String, Option<String>)>,
    /// Per calendar year whose eigen risico is known: the year and what does not read in its field.
    pub years: Vec<(i32, Option<String>)>,
}

/// What the site and a partner add to a view: the insurers whose payout lists the host's
/// `tariffs/index.json` names, and the insurer a portal passed on (`notawijzer:open`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Host {
    pub insurers: Vec<String>,
    pub portal_insurer: Option<String>,
}

impl Host {
    /// The insurer whose list "Wat betaalt u?" uses: the one typed, as the site's list names it,
    /// else the one a portal passed on; `Err` when the site has no list of the one typed.
    pub(crate) fn chosen(&self, typed: &str) -> Result<Option<String>, ()> {
        let typed = typed.trim();
        if typed.is_empty() {
            return Ok(self.portal_insurer.clone());
        }
        let found = self.insurers.iter().find(|i| crate::tariffs::table::same_insurer(i, typed));
        found.cloned().map(Some).ok_or(())
    }
}

/// The insurer's overviews, bills and settlements, and a nota matched to them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InsurerView {
    pub docs: Vec<InsurerDoc>,
    /// A nota and an overview together, in sentences.
    pub matching: Vec<String>,
    pub whom: Vec<String>,
    /// The letter, when no nota's findings carry it already.
    pub letter: Option<String>,
    pub letter_translated: Option<String>,
}

/// One overview, bill or settlement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InsurerDoc {
    /// The file's name, when several documents are open.
    pub title: Option<String>,
    /// What it is, what it asks or pays back now, by when.
    pub headline: Vec<String>,
    pub verdict: String,
    pub findings: Vec<Coded>,
    pub notes: Vec<Coded>,
    /// The eigen risico per person and year.
    pub years: Vec<String>,
    /// The rows, per insured person (one group on an overview of one person).
    pub groups: Vec<RowGroup>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowGroup {
    /// "Verzekerde 2" on a family overview.
    pub label: Option<String>,
    pub rows: Vec<RowView>,
}

/// One row: its fields as the patient's language writes them, and what it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowView {
    /// (label, value, the value is the overview's own Dutch words): the date, the provider, the
    /// care, the amounts the row has, the status.
    pub fields: Vec<(String, String, bool)>,
    pub ggz: bool,
    pub explanation: String,
}
