//! The view model: everything the shell's views show about the open notas, worked out in the
//! engine from the [`Report`] and the files' text, in one language (`crate::protocol`). The
//! shell renders it as it is; here live the choices the components used to make (which finding
//! first, which lines of the file to quote, what to say when a cluster is unknown).

use std::fmt::Write;

use crate::analysis::{FileError, NotaReport, Report};
use crate::clusters::{CLUSTERS, Cluster, GROUPS, SUPERCLUSTERS};
use crate::explain;
use crate::format::{date_long, date_plain, interval, money, month};
use crate::labels::{Labels, labels};
use crate::lang::Lang;
use crate::model::{Line, LineKind, Model};
use crate::protocol::{self as p, FINDINGS_SHOWN, PAGE, Settings, ViewModel};

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
}

/// The view before anything is read: the catalogue of clusters, the two models explained.
pub fn empty(lang: Lang) -> ViewModel {
    ViewModel {
        lang,
        cluster: p::Cluster {
            catalogue: catalogue(None, lang),
            catalogue_note: explain::working_names_note(lang).to_string(),
            ..Default::default()
        },
        comparison: p::Comparison { intro: Some(explain::no_comparison(lang).to_string()), ..Default::default() },
        ..Default::default()
    }
}

/// The view of a report, for the files it was read from.
pub fn build(report: &Report, files: &[FileText], settings: &Settings) -> ViewModel {
    let lang = settings.lang;
    let l = labels(lang);
    let zpm = report.primary().is_some_and(|n| n.model == Model::Zpm);
    // the ZPM trajectory against the DBC model (the pilot compares with its own DBC nota)
    let estimate = if report.comparison.is_none() { crate::compare::for_lang(report, lang) } else { None };
    let estimate = estimate.as_ref();
    ViewModel {
        lang,
        read: true,
        notas: report.notas.len(),
        zpm,
        errors: errors(report, files, lang),
        glance: glance(report, estimate, lang),
        pdf: pdf_text(files),
        findings: findings(report, settings, l),
        lines: report
            .notas
            .iter()
            .enumerate()
            .map(|(i, n)| nota_lines(n, settings.lines_shown.get(i).copied().unwrap_or(PAGE).max(PAGE), l, lang))
            .collect(),
        cluster: cluster(report, lang),
        comparison: comparison(report, estimate, lang, l),
        partner_summary: crate::embed::protocol::summary(report),
    }
}

/// "Zorgclusternota februari 2017 (volgnummer 4)".
pub fn nota_title(n: &NotaReport, l: &Labels, lang: Lang) -> String {
    let kind = match n.model {
        Model::Zorgcluster => l.statement_cluster,
        Model::Dbc => l.statement_dbc,
        Model::Zpm => l.statement_zpm,
    };
    let mut title = kind.to_string();
    if let Some(number) = &n.nota.invoice_number {
        title.push(' ');
        title.push_str(number);
    }
    if let Some(d) = &n.nota.invoice_date {
        title.push_str(&format!(" ({})", date_plain(d.value, lang)));
    }
    if let Some(m) = n.nota.billing_month {
        title.push(' ');
        title.push_str(&month(m, lang));
    }
    if let Some(s) = n.nota.sequence {
        title.push_str(&format!(" ({} {s})", l.sequence));
    }
    title
}

fn errors(report: &Report, files: &[FileText], lang: Lang) -> Option<p::Errors> {
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
                .map(|e| p::Coded {
                    code: e.error.code().to_string(),
                    text: if not_a_nota {
                        explain::read_error(&e.error, lang)
                    } else {
                        explain::read_error_with_place(&e.error, lang)
                    },
                })
                .collect();
            let hidden = errors.len().saturating_sub(MAX_SHOWN);
            Some(p::FileErrors {
                name: file.name.clone(),
                unreadable: report.files.iter().any(|f| f.name == file.name && f.unreadable()),
                problems,
                more: (hidden > 0)
                    .then(|| lang.pick(format!("… en nog {hidden} meer."), format!("… and {hidden} more."))),
                excerpt: excerpt(file.text.as_deref(), &errors),
            })
        })
        .collect();
    Some(p::Errors { not_a_nota, files })
}

/// The lines with problems and one line either side, the problem's column marked, a BSN masked.
fn excerpt(text: Option<&str>, errors: &[&FileError]) -> Vec<p::ExcerptLine> {
    let Some(text) = text else { return Vec::new() };
    // split as the reader splits, so line numbers agree (old Mac files end lines with a lone \r)
    let lines: Vec<&str> = crate::read::text::lines(text).collect();
    let mut wanted: Vec<usize> = errors
        .iter()
        .take(MAX_SHOWN)
        .filter(|e| e.error.at.line > 0)
        .flat_map(|e| e.error.at.line.saturating_sub(1).max(1)..=(e.error.at.line + 1).min(lines.len()))
        .collect();
    crate::order::sort_by_key(&mut wanted, |&n| n as u64);
    wanted.dedup();
    let mut previous = 0;
    wanted
        .into_iter()
        .map(|no| {
            let gap = previous != 0 && no > previous + 1;
            previous = no;
            let text: String =
                crate::privacy::mask(lines.get(no - 1).copied().unwrap_or("")).chars().take(200).collect();
            let column = errors.iter().find(|e| e.error.at.line == no).map(|e| e.error.at.column).filter(|&c| c >= 1);
            match column {
                Some(col) => {
                    let chars: Vec<char> = text.chars().collect();
                    let at = (col - 1).min(chars.len());
                    p::ExcerptLine {
                        no,
                        gap,
                        before: chars[..at].iter().collect(),
                        here: Some(chars.get(at).map_or(" ".to_string(), |c| c.to_string())),
                        after: chars.iter().skip(at + 1).collect(),
                    }
                }
                None => p::ExcerptLine { no, gap, before: text, here: None, after: String::new() },
            }
        })
        .collect()
}

fn glance(report: &Report, estimate: Option<&crate::compare::Comparison>, lang: Lang) -> Option<p::Glance> {
    let n = report.primary()?;
    let zpm = n.model == Model::Zpm;
    // the comparison (pilot: with its DBC nota; ZPM: the estimate) and the eigen risico
    let comparison = match &report.comparison {
        Some(c) => Some((explain::comparison_glance(c, lang), String::new())),
        None => estimate.map(|c| (c.glance.clone(), c.glance_eigen_risico.clone())),
    };
    let mut findings: Vec<_> = report.findings().map(|(_, f)| f).collect();
    let count = findings.len();
    crate::order::sort_by_key(&mut findings, |f| u64::from(f.rank()));
    let cluster = (n.model != Model::Dbc).then(|| {
        let name = match (n.cluster(), &n.nota.cluster) {
            (Some(c), _) => format!("{} · {}", c.number, explain::cluster_name(c, lang)),
            (None, Some(written)) => written.value.clone(),
            (None, None) => "—".to_string(),
        };
        // short, as on a dashboard: "Review uiterlijk 1 mei 2017 · niet meer nodig"
        let review = match n.review.due {
            Some(due) => format!(
                "{} {} · {}",
                if zpm {
                    lang.pick("Opnieuw bepalen uiterlijk", "To be assessed again by")
                } else {
                    lang.pick("Review uiterlijk", "Review by")
                },
                date_plain(due, lang),
                explain::review_status_label(&n.review, lang)
            ),
            None => explain::review_sentence(n, lang),
        };
        (name, review)
    });
    Some(p::Glance {
        asks: money(n.month_total, lang),
        asks_for: explain::month_total_for(n, lang),
        still_to_pay: explain::still_to_pay(n, lang),
        so_far: (n.model == Model::Zorgcluster).then(|| (money(n.cumulative, lang), explain::cumulative(n, lang))),
        cluster,
        comparison,
        verdict: explain::findings_count(count, lang),
        top: findings
            .iter()
            .take(TOP)
            .map(|f| p::Coded { code: f.code().to_string(), text: explain::finding(f, lang) })
            .collect(),
        count,
    })
}

/// The first PDF among the files, as read, numbered as messages number its lines.
fn pdf_text(files: &[FileText]) -> Option<p::PdfText> {
    let file = files.iter().find(|f| f.pdf_pages > 0)?;
    let mut text = String::new();
    for (i, line) in file.text.as_deref().unwrap_or("").lines().enumerate() {
        let _ = writeln!(text, "{:>4}  {}", i + 1, crate::privacy::mask(line));
    }
    Some(p::PdfText { name: file.name.clone(), pages: file.pdf_pages, text })
}

fn findings(report: &Report, settings: &Settings, l: &Labels) -> Option<p::Findings> {
    let lang = settings.lang;
    report.findings().next()?;
    let several = report.notas.iter().filter(|n| !n.findings.is_empty()).count() > 1;
    let abouts = crate::pages::about_text(lang);
    let shown = if settings.all_findings { usize::MAX } else { FINDINGS_SHOWN };
    let groups = report
        .notas
        .iter()
        .filter(|n| !n.findings.is_empty())
        .map(|n| p::FindingGroup {
            title: several.then(|| nota_title(n, l, lang)),
            items: n
                .findings
                .iter()
                .take(shown)
                .map(|f| p::Finding {
                    code: f.code().to_string(),
                    text: explain::finding(f, lang),
                    about: crate::pages::about_from_text(&abouts, f.code())
                        .map(|a| a.iter().map(|(h, t)| (h.to_string(), t.to_string())).collect())
                        .unwrap_or_default(),
                })
                .collect(),
            more: (n.findings.len() > shown).then(|| {
                lang.pick(
                    format!("Dit zijn de eerste {FINDINGS_SHOWN} van {} punten. ", n.findings.len()),
                    format!("These are the first {FINDINGS_SHOWN} of {} points. ", n.findings.len()),
                )
            }),
        })
        .collect();
    Some(p::Findings {
        groups,
        whom: explain::whom_to_ask(lang).iter().map(|s| s.to_string()).collect(),
        letter: explain::letter(report, lang),
    })
}

fn nota_lines(n: &NotaReport, shown: u32, l: &Labels, lang: Lang) -> p::NotaLines {
    p::NotaLines {
        title: nota_title(n, l, lang),
        file: n.file.clone(),
        patient: n.nota.patient.clone(),
        stays: n.stay_periods.iter().filter(|p| p.days > 1).map(|p| explain::stay_period(p, lang)).collect(),
        lines: n
            .nota
            .lines
            .iter()
            .enumerate()
            .take(shown as usize)
            .map(|(i, line)| line_view(line, &n.context(i), lang))
            .collect(),
        total: n.nota.lines.len(),
    }
}

fn line_view(line: &Line, context: &explain::LineContext, lang: Lang) -> p::LineView {
    let head = match (&line.kind, line.date) {
        (LineKind::DbcProduct { group, .. }, _) => group.clone(),
        (_, Some(d)) => date_long(d, lang),
        (_, None) => String::new(),
    };
    p::LineView {
        line_no: line.line_no,
        head,
        code: line.code.clone(),
        description: line.description.clone(),
        amount: money(line.amount, lang),
        text: explain::line_with(line, context, lang),
    }
}

fn cluster(report: &Report, lang: Lang) -> p::Cluster {
    let note = explain::working_names_note(lang).to_string();
    let Some(n) = report.primary().filter(|n| n.model != Model::Dbc) else {
        return p::Cluster { catalogue: catalogue(None, lang), catalogue_note: note, ..Default::default() };
    };
    // A ZPM nota's zorgvraagtype uses the cluster numbering; its facts and review rule differ.
    let zpm = n.model == Model::Zpm;
    let l = labels(lang);
    let pick = |pilot: &'static str, type_: &'static str| if zpm { type_ } else { pilot };
    let (about, unknown) = match (n.cluster(), &n.nota.cluster) {
        (Some(c), _) => (Some(cluster_about(c, zpm, lang)), None),
        (None, Some(written)) => {
            (None, Some(format!("{} „{}”", pick(l.cluster_unknown, l.zvt_unknown), written.value)))
        }
        (None, None) => (None, Some(pick(l.cluster_none, l.zvt_none).to_string())),
    };
    let r = &n.review;
    let review = p::Review {
        sentence: explain::review_sentence(n, lang),
        due: r.due.map(|due| (date_long(due, lang), explain::review_status_label(r, lang).to_string())),
        latest: r.due.and(r.latest_allowed.filter(|_| r.stated.is_some() && !zpm)).map(|d| date_plain(d, lang)),
        note: zpm.then(|| explain::zorgvraagtype_review_note(lang).to_string()),
    };
    p::Cluster {
        nota: true,
        zpm,
        about,
        unknown,
        review: Some(review),
        catalogue: if zpm { Vec::new() } else { catalogue(n.cluster(), lang) },
        catalogue_note: note,
    }
}

fn cluster_about(c: &'static Cluster, zpm: bool, lang: Lang) -> p::ClusterAbout {
    p::ClusterAbout {
        sentence: if zpm { explain::zorgvraagtype_sentence(c, lang) } else { explain::cluster_sentence(c, lang) },
        number: c.number.to_string(),
        name: explain::cluster_name(c, lang).to_string(),
        group: explain::group_label(c.group, lang),
        supercluster: explain::supercluster_label(c.group.supercluster, lang),
        period: (!zpm).then(|| (explain::indicative_period_value(c, lang), interval(c.review, lang))),
        tree: tree(c, zpm, lang),
        note: if zpm {
            Some(explain::zorgvraagtype_names_note(lang).to_string())
        } else if !c.dutch_name_is_official() && lang == Lang::Nl {
            Some(explain::working_names_note(lang).to_string())
        } else {
            None
        },
    }
}

/// The path from supercluster to cluster, with the siblings along it; the patient's cluster is
/// marked. (`zpm`: the zorgvraagtypes are 1–21; there is no "niet te clusteren" type 0.)
fn tree(c: &'static Cluster, zpm: bool, lang: Lang) -> Vec<p::TreeSuper> {
    SUPERCLUSTERS
        .iter()
        .filter(|s| !(zpm && s.numeral.is_empty()))
        .map(|s| {
            let here = s.numeral == c.group.supercluster.numeral;
            p::TreeSuper {
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
                            p::TreeGroup {
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

fn catalogue(mine: Option<&'static Cluster>, lang: Lang) -> Vec<p::CatalogueRow> {
    CLUSTERS
        .iter()
        .map(|c| p::CatalogueRow {
            number: c.number.to_string(),
            name: explain::cluster_name(c, lang).to_string(),
            group: if c.group.code.is_empty() { "—" } else { c.group.code }.to_string(),
            interval: interval(c.review, lang),
            current: mine.is_some_and(|m| m.number == c.number),
        })
        .collect()
}

fn comparison(report: &Report, estimate: Option<&crate::compare::Comparison>, lang: Lang, l: &Labels) -> p::Comparison {
    if let Some(c) = &report.comparison {
        return p::Comparison {
            sentences: explain::comparison(c, lang),
            charts: vec![pilot_chart(c, l, lang)],
            ..Default::default()
        };
    }
    if let Some(a) = estimate.cloned() {
        return p::Comparison {
            sentences: a.sentences,
            charts: a.cost_chart.into_iter().collect(),
            eigen_risico: Some(p::EigenRisico {
                heading: a.eigen_risico_heading,
                sentences: a.eigen_risico,
                table: a.table,
                chart: a.eigen_risico_chart,
            }),
            intro: None,
        };
    }
    let has_cluster_nota = report.notas.iter().any(|n| n.model == Model::Zorgcluster);
    p::Comparison {
        sentences: if has_cluster_nota { vec![explain::no_comparison(lang).to_string()] } else { Vec::new() },
        ..Default::default()
    }
}

/// The pilot's two totals: the zorgcluster statements so far, and the DBC nota.
fn pilot_chart(c: &crate::dbc::Comparison, l: &Labels, lang: Lang) -> crate::chart::Chart {
    use rust_decimal::Decimal;
    let until = c.through.map(|m| format!(" ({} {})", lang.pick("t/m", "to"), month(m, lang))).unwrap_or_default();
    let seg = |label: &str, amount: Decimal, class| (format!("{label}: {}", money(amount, lang)), amount, class);
    crate::chart::build(
        l.chart_title,
        vec![
            (
                format!("{}{until}: {}", l.cluster_model, money(c.cluster_total, lang)),
                c.cluster_total,
                vec![seg(l.before, c.cluster_previously, "seg-a"), seg(l.this_month, c.cluster_this_month, "seg-b")],
            ),
            (
                format!("{}: {}", l.dbc_model, money(c.dbc_total, lang)),
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
