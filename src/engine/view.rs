//! The view model: everything the shell's views show about the open notas, worked out in the
//! engine from the [`Report`] and the files' text, in one language (`crate::engine::protocol`). The
//! shell renders it as it is; here live the choices the components used to make (which finding
//! first, which lines of the file to quote, what to say when a cluster is unknown).

use std::fmt::Write;

use crate::engine::protocol::{FINDINGS_SHOWN, PAGE, Settings};
use crate::model::{Line, LineKind, Model};
use crate::rules::analysis::{FileError, NotaReport, Report};
use crate::rules::clusters::{CLUSTERS, Cluster, GROUPS, SUPERCLUSTERS};
use crate::words::explain;
use crate::words::explain::NONE;
use crate::words::format::{date_long, date_plain, interval, money, money_alone, month};
use crate::words::labels::{ViewLabels as Labels, view_labels as labels};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// At most this many problems are listed per file (the count says how many there are).
const MAX_SHOWN: usize = 100;

/// Findings shown at a glance; the rest are a link away.
const TOP: usize = 3;

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

/// The view before anything is read: the catalogue of clusters, the two models explained.
pub fn empty(lang: Lang) -> Parts {
    Parts {
        cluster: ClusterView {
            catalogue: catalogue(None, lang),
            catalogue_note: explain::working_names_note(lang).to_string(),
            ..Default::default()
        },
        comparison: ComparisonView { intro: Some(explain::no_comparison(lang).to_string()), ..Default::default() },
        ..Default::default()
    }
}

/// The view of a report, for the files it was read from.
pub fn build(report: &Report, files: &[FileText], settings: &Settings) -> Parts {
    let lang = settings.lang;
    let l = labels(lang);
    let zpm = report.primary().is_some_and(|n| n.model == Model::Zpm);
    // the ZPM trajectory against the DBC model (the pilot compares with its own DBC nota)
    let estimate = if report.comparison.is_none() { crate::engine::compare::for_lang(report, lang) } else { None };
    let estimate = estimate.as_ref();
    let pictured = files.iter().any(|f| f.picture.is_some());
    Parts {
        read: true,
        notas: report.notas.len(),
        zpm,
        errors: errors(report, files, lang),
        glance: glance(report, estimate, pictured, lang),
        pdf: pdf_text(files),
        picture_cut: files.iter().any(|f| f.picture.as_ref().is_some_and(|p| p.cut)),
        findings: findings(report, settings, pictured),
        payment: payment(report, settings),
        lines: report
            .notas
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let picture = files.iter().find(|f| f.name == n.file).and_then(|f| f.picture.as_deref());
                nota_lines(n, settings.lines_shown.get(i).copied().unwrap_or(PAGE).max(PAGE), picture, lang)
            })
            .collect(),
        cluster: cluster(report, lang),
        comparison: comparison(report, estimate, lang, l),
    }
}

/// "Zorgclusternota februari 2017 (volgnummer 4)".
pub fn nota_title(n: &NotaReport, lang: Lang) -> String {
    let kind = match n.model {
        Model::Zorgcluster => "cluster",
        Model::Dbc => "dbc",
        Model::Zpm => "zpm",
    };
    let or_none = |v: Option<String>| v.unwrap_or_else(|| NONE.to_string());
    m::view_nota_title(
        lang,
        m::ViewNotaTitle {
            kind,
            number: n.nota.invoice_number.as_deref().unwrap_or(NONE),
            date: &or_none(n.nota.invoice_date.as_ref().map(|d| date_plain(d.value, lang))),
            month: &or_none(n.nota.billing_month.map(|mo| month(mo, lang))),
            sequence: &or_none(n.nota.sequence.map(|s| s.to_string())),
        },
    )
}

fn errors(report: &Report, files: &[FileText], lang: Lang) -> Option<Errors> {
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
fn excerpt(text: Option<&str>, errors: &[&FileError]) -> Vec<ExcerptLine> {
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

fn glance(
    report: &Report,
    estimate: Option<&crate::engine::compare::Comparison>,
    pictured: bool,
    lang: Lang,
) -> Option<Glance> {
    let n = report.primary()?;
    let zpm = n.model == Model::Zpm;
    // the comparison (pilot: with its DBC nota; ZPM: the estimate) and the eigen risico
    let comparison = match &report.comparison {
        Some(c) => Some((explain::comparison_glance(c, lang), String::new())),
        None => estimate.map(|c| (c.glance.clone(), c.glance_eigen_risico.clone())),
    };
    let mut findings: Vec<_> = report.findings().map(|(_, f)| f).collect();
    let count = findings.len();
    crate::util::order::sort_by_key(&mut findings, |f| u64::from(f.rank()));
    let cluster = (n.model != Model::Dbc).then(|| {
        let name = match (n.cluster(), &n.nota.cluster) {
            (Some(c), _) => format!("{} · {}", c.number, explain::cluster_name(c, lang)),
            (None, Some(written)) => written.value.clone(),
            (None, None) => "—".to_string(),
        };
        // short, as on a dashboard: "Review uiterlijk 1 mei 2017 · niet meer nodig"
        let review = match n.review.due {
            Some(due) => m::view_glance_review(
                lang,
                m::ViewGlanceReview {
                    kind: if zpm { "zvt" } else { "review" },
                    date: &date_plain(due, lang),
                    status: &explain::review_status_label(&n.review, lang),
                },
            ),
            None => explain::review_sentence(n, lang),
        };
        (name, review)
    });
    Some(Glance {
        asks: money_alone(n.month_total, lang),
        asks_for: explain::month_total_for(n, lang),
        still_to_pay: explain::still_to_pay(n, lang),
        so_far: (n.model == Model::Zorgcluster)
            .then(|| (money_alone(n.cumulative, lang), explain::cumulative(n, lang))),
        cluster,
        comparison,
        verdict: explain::findings_count(count, lang),
        top: findings
            .iter()
            .take(TOP)
            .map(|f| Coded { code: f.code().to_string(), text: finding_text(f, pictured, lang) })
            .collect(),
        count,
    })
}

/// The first PDF among the files, as read, numbered as messages number its lines.
fn pdf_text(files: &[FileText]) -> Option<PdfText> {
    let file = files.iter().find(|f| f.pdf_pages > 0 || f.picture.is_some())?;
    let mut text = String::new();
    for (i, line) in file.text.as_deref().unwrap_or("").lines().enumerate() {
        let _ = writeln!(text, "{:>4}  {}", i + 1, crate::read::privacy::mask(line));
    }
    let pages = file.picture.as_ref().map_or(file.pdf_pages, |p| p.pages);
    Some(PdfText { name: file.name.clone(), pages, text, picture: file.picture.is_some() })
}

/// A finding in words. A total that does not add up, on a nota read from a picture, adds that a
/// digit may have been misread.
fn finding_text(f: &crate::rules::checks::Finding, pictured: bool, lang: Lang) -> String {
    let mut text = explain::finding(f, lang);
    if pictured && matches!(f, crate::rules::checks::Finding::TotalMismatch { .. }) {
        text.push(' ');
        text.push_str(&m::view_picture_misread(lang));
    }
    text
}

fn findings(report: &Report, settings: &Settings, pictured: bool) -> Option<FindingsView> {
    let lang = settings.lang;
    report.findings().next()?;
    let several = report.notas.iter().filter(|n| !n.findings.is_empty()).count() > 1;
    let abouts = crate::engine::pages::about_text(lang);
    let shown = if settings.all_findings { usize::MAX } else { FINDINGS_SHOWN };
    let groups = report
        .notas
        .iter()
        .filter(|n| !n.findings.is_empty())
        .map(|n| FindingGroup {
            title: several.then(|| nota_title(n, lang)),
            items: n
                .findings
                .iter()
                .take(shown)
                .map(|f| Finding {
                    code: f.code().to_string(),
                    text: finding_text(f, pictured, lang),
                    about: crate::engine::pages::about_from_text(&abouts, f.code())
                        .map(|a| a.iter().map(|(h, t)| (h.to_string(), t.to_string())).collect())
                        .unwrap_or_default(),
                })
                .collect(),
            more: (n.findings.len() > shown).then(|| {
                m::view_findings_first(
                    lang,
                    m::ViewFindingsFirst { shown: &FINDINGS_SHOWN.to_string(), count: &n.findings.len().to_string() },
                )
            }),
        })
        .collect();
    Some(FindingsView {
        groups,
        whom: explain::whom_to_ask(lang).iter().map(|s| s.to_string()).collect(),
        // the letter goes to the insurer in Dutch; the patient reads it in their language beside it
        letter: explain::letter(report, Lang::Nl),
        letter_translated: (lang != Lang::Nl).then(|| explain::letter(report, lang)),
    })
}

fn nota_lines(n: &NotaReport, shown: u32, picture: Option<&crate::read::picture::Picture>, lang: Lang) -> NotaLines {
    NotaLines {
        title: nota_title(n, lang),
        file: n.file.clone(),
        patient: n.nota.patient.clone(),
        stays: n.stay_periods.iter().filter(|p| p.days > 1).map(|p| explain::stay_period(p, lang)).collect(),
        lines: n
            .nota
            .lines
            .iter()
            .enumerate()
            .take(shown as usize)
            .map(|(i, line)| {
                let mut view = line_view(line, &n.context(i), lang);
                view.picture = picture.and_then(|p| p.origin(line.line_no)).map(|o| LinePicture {
                    page: o.page,
                    bbox: [o.x0, o.y0, o.x1, o.y1],
                    unsure: o.unsure.clone(),
                });
                view
            })
            .collect(),
        total: n.nota.lines.len(),
    }
}

fn line_view(line: &Line, context: &crate::rules::context::LineContext, lang: Lang) -> LineView {
    let head = match (&line.kind, line.date) {
        (LineKind::DbcProduct { group, .. }, _) => group.clone(),
        (_, Some(d)) => date_long(d, lang),
        (_, None) => String::new(),
    };
    LineView {
        line_no: line.line_no,
        head,
        code: line.code.clone(),
        description: line.description.clone(),
        amount: money_alone(line.amount, lang),
        text: explain::line_with(line, context, lang),
        picture: None,
    }
}

fn cluster(report: &Report, lang: Lang) -> ClusterView {
    let note = explain::working_names_note(lang).to_string();
    let Some(n) = report.primary().filter(|n| n.model != Model::Dbc) else {
        return ClusterView { catalogue: catalogue(None, lang), catalogue_note: note, ..Default::default() };
    };
    // A ZPM nota's zorgvraagtype uses the cluster numbering; its facts and review rule differ.
    let zpm = n.model == Model::Zpm;
    let l = labels(lang);
    let kind = if zpm { "zvt" } else { "cluster" };
    let (about, unknown) = match (n.cluster(), &n.nota.cluster) {
        (Some(c), _) => (Some(cluster_about(c, zpm, lang)), None),
        (None, Some(written)) => {
            (None, Some(m::view_cluster_unknown_text(lang, m::ViewClusterUnknownText { kind, text: &written.value })))
        }
        (None, None) => (None, Some(if zpm { l.zvt_none } else { l.cluster_none }.to_string())),
    };
    let r = &n.review;
    let review = Review {
        sentence: explain::review_sentence(n, lang),
        due: r.due.map(|due| (date_long(due, lang), explain::review_status_label(r, lang).to_string())),
        latest: r.due.and(r.latest_allowed.filter(|_| r.stated.is_some() && !zpm)).map(|d| date_plain(d, lang)),
        note: zpm.then(|| explain::zorgvraagtype_review_note(lang).to_string()),
    };
    ClusterView {
        nota: true,
        zpm,
        about,
        unknown,
        review: Some(review),
        catalogue: if zpm { Vec::new() } else { catalogue(n.cluster(), lang) },
        catalogue_note: note,
    }
}

fn cluster_about(c: &'static Cluster, zpm: bool, lang: Lang) -> ClusterAbout {
    ClusterAbout {
        sentence: if zpm { explain::zorgvraagtype_sentence(c, lang) } else { explain::cluster_sentence(c, lang) },
        number: c.number.to_string(),
        name: explain::cluster_name(c, lang).to_string(),
        group: explain::group_label(c.group, lang),
        supercluster: explain::supercluster_label(c.group.supercluster, lang),
        period: (!zpm).then(|| (explain::indicative_period_value(c, lang), interval(c.review, lang))),
        tree: tree(c, zpm, lang),
        note: if zpm {
            Some(explain::zorgvraagtype_names_note(lang).to_string())
        } else if !c.dutch_name_is_official() && lang != Lang::En {
            Some(explain::working_names_note(lang).to_string())
        } else {
            None
        },
    }
}

/// The path from supercluster to cluster, with the siblings along it; the patient's cluster is
/// marked. (`zpm`: the zorgvraagtypes are 1–21; there is no "niet te clusteren" type 0.)
fn tree(c: &'static Cluster, zpm: bool, lang: Lang) -> Vec<TreeSuper> {
    SUPERCLUSTERS
        .iter()
        .filter(|s| !(zpm && s.numeral.is_empty()))
        .map(|s| {
            let here = s.numeral == c.group.supercluster.numeral;
            TreeSuper {
                label: explain::supercluster_label(s, lang),
                here,
                groups: if !here {
                    Vec::new()
                } else {
                    GROUPS
                        .iter()
                        .filter(|g| g.supercluster.numeral == s.numeral)
                        .map(|g| {
                            let in_group = g.code == c.group.code;
                            TreeGroup {
                                label: explain::group_label(g, lang),
                                here: in_group,
                                leaves: if !in_group {
                                    Vec::new()
                                } else {
                                    CLUSTERS
                                        .iter()
                                        .filter(|k| k.group.code == g.code)
                                        .map(|k| {
                                            (
                                                format!("{} {}", k.number, explain::cluster_name(k, lang)),
                                                k.number == c.number,
                                            )
                                        })
                                        .collect()
                                },
                            }
                        })
                        .collect()
                },
            }
        })
        .collect()
}

fn catalogue(mine: Option<&'static Cluster>, lang: Lang) -> Vec<CatalogueRow> {
    CLUSTERS
        .iter()
        .map(|c| CatalogueRow {
            number: c.number.to_string(),
            name: explain::cluster_name(c, lang).to_string(),
            group: if c.group.code.is_empty() { "—" } else { c.group.code }.to_string(),
            interval: interval(c.review, lang),
            current: mine.is_some_and(|m| m.number == c.number),
        })
        .collect()
}

fn comparison(
    report: &Report,
    estimate: Option<&crate::engine::compare::Comparison>,
    lang: Lang,
    l: &Labels,
) -> ComparisonView {
    if let Some(c) = &report.comparison {
        return ComparisonView {
            sentences: explain::comparison(c, lang),
            charts: vec![pilot_chart(c, l, lang)],
            ..Default::default()
        };
    }
    if let Some(a) = estimate.cloned() {
        return ComparisonView {
            sentences: a.sentences,
            charts: a.cost_chart.into_iter().collect(),
            eigen_risico: Some(EigenRisico {
                heading: a.eigen_risico_heading,
                sentences: a.eigen_risico,
                table: a.table,
                chart: a.eigen_risico_chart,
            }),
            intro: None,
        };
    }
    let has_cluster_nota = report.notas.iter().any(|n| n.model == Model::Zorgcluster);
    ComparisonView {
        sentences: if has_cluster_nota { vec![explain::no_comparison(lang).to_string()] } else { Vec::new() },
        ..Default::default()
    }
}

/// The pilot's two totals: the zorgcluster statements so far, and the DBC nota.
fn pilot_chart(c: &crate::rules::dbc::Comparison, l: &Labels, lang: Lang) -> crate::engine::chart::Chart {
    use rust_decimal::Decimal;
    let until = c.through.map(|mo| month(mo, lang));
    let seg = |label: &str, amount: Decimal, class| (format!("{label}: {}", money_alone(amount, lang)), amount, class);
    crate::engine::chart::build(
        l.chart_title,
        vec![
            (
                m::view_chart_cluster(
                    lang,
                    m::ViewChartCluster {
                        until: until.as_deref().unwrap_or(NONE),
                        amount: &money(c.cluster_total, lang),
                    },
                ),
                c.cluster_total,
                vec![seg(l.before, c.cluster_previously, "seg-a"), seg(l.this_month, c.cluster_this_month, "seg-b")],
            ),
            (
                format!("{}: {}", l.dbc_model, money_alone(c.dbc_total, lang)),
                c.dbc_total,
                vec![
                    seg(l.product, c.products.iter().map(|p| p.amount).sum(), "seg-c"),
                    seg(l.stays, c.stay_total, "seg-d"),
                    seg(l.other, c.other_total, "seg-e"),
                ],
            ),
        ],
    )
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
    /// The most important findings (at most three) and how many there are.
    pub top: Vec<Coded>,
    pub count: usize,
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
    pub groups: Vec<FindingGroup>,
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
    /// Per calendar year whose eigen risico is known: the year and what does not read in its field.
    pub years: Vec<(i32, Option<String>)>,
}

/// What is wrong with a typed value, in words, at its field.
fn input_problem(problem: crate::rules::payment::InputProblem, lang: Lang) -> String {
    use crate::rules::payment::InputProblem::*;
    m::view_input_problem(
        lang,
        match problem {
            NotANumber => "number",
            PercentOutOfRange => "percent",
            AmountOutOfRange => "amount",
            BadYear => "year",
        },
    )
}

fn payment(report: &Report, settings: &Settings) -> Option<PaymentView> {
    use crate::rules::payment::{Inputs, parse_percent, parse_used};
    let lang = settings.lang;
    let n = report.primary().filter(|n| n.model == Model::Zpm)?;
    let form = &settings.payment;
    let mut inputs = Inputs::default();
    let mut percent_error = None;
    if form.no_contract && !form.percent.trim().is_empty() {
        match parse_percent(&form.percent) {
            Ok(p) => inputs.policy_percent = Some(p),
            Err(e) => percent_error = Some(input_problem(e, lang)),
        }
    }
    let mut errors = Vec::new();
    for (year, text) in form.used.iter().filter(|(_, t)| !t.trim().is_empty()) {
        match parse_used(text) {
            Ok(amount) => inputs.eigen_risico_used.push((*year, amount)),
            Err(e) => errors.push((*year, input_problem(e, lang))),
        }
    }
    // only what reads counts: a value that does not read changes no figure
    let p = crate::rules::payment::payment(&n.nota, n.month_total, &inputs);
    let years = p
        .years
        .iter()
        .filter(|y| y.open.is_some() && !p.under_18)
        .map(|y| (y.year, errors.iter().find(|(e, _)| *e == y.year).map(|(_, m)| m.clone())))
        .collect();
    Some(PaymentView {
        sentences: crate::words::explain::payment(&p, &inputs, lang),
        no_contract: form.no_contract,
        percent_error,
        years,
    })
}
