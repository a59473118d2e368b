//! The view model: everything the shell's views show about the open notas, worked out in the
//! engine from the [`Report`] and the files' text, in one language (`crate::engine::protocol`). The
//! shell renders it as it is; here live the choices the components used to make (which finding
//! first, which lines of the file to quote, what to say when a cluster is unknown).
//!
//! [`parts`] holds what the views show (the types the markup lays out); one module per view works
//! it out: [`file_text`] (what could not be read, the text of a PDF), [`glance`], [`findings`],
//! [`lines`], [`cluster`], [`comparison`], [`payment`].

mod cluster;
mod comparison;
mod file_text;
mod findings;
mod glance;
mod insurer;
mod lines;
mod parts;
mod payment;

pub use lines::nota_title;
pub use parts::*;

use crate::engine::protocol::{PAGE, Settings};
use crate::model::Model;
use crate::rules::analysis::Report;
use crate::words::explain;
use crate::words::labels::view_labels as labels;
use crate::words::lang::Lang;

/// The view before anything is read: the catalogue of clusters, the two models explained.
pub fn empty(lang: Lang) -> Parts {
    Parts {
        cluster: ClusterView {
            catalogue: cluster::catalogue(None, lang),
            catalogue_note: explain::working_names_note(lang).to_string(),
            ..Default::default()
        },
        comparison: ComparisonView { intro: Some(explain::no_comparison(lang).to_string()), ..Default::default() },
        ..Default::default()
    }
}

/// The view of a report, for the files it was read from.
pub fn build(report: &Report, files: &[FileText], settings: &Settings, host: &Host) -> Parts {
    let lang = settings.lang;
    let l = labels(lang);
    let zpm = report.primary().is_some_and(|n| n.model == Model::Zpm);
    // the ZPM trajectory against the DBC model (the pilot compares with its own DBC nota)
    let estimate = if report.comparison.is_none() { crate::engine::compare::for_lang(report, lang) } else { None };
    let estimate = estimate.as_ref();
    let pictured = files.iter().any(|f| f.picture.is_some());
    let findings = findings::findings(report, settings, pictured);
    let letter_elsewhere = findings.as_ref().is_some_and(|f| f.asks);
    Parts {
        read: true,
        // documents read: notas and the insurer's overviews
        notas: report.notas.len() + report.overviews.len(),
        zpm,
        errors: file_text::errors(report, files, lang),
        glance: glance::glance(report, estimate, pictured, lang),
        pdf: file_text::pdf_text(files),
        picture_cut: files.iter().any(|f| f.picture.as_ref().is_some_and(|p| p.cut)),
        findings,
        insurer: insurer::insurer_view(report, settings, letter_elsewhere),
        payment: payment::payment(report, settings, host),
        lines: report
            .notas
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let picture = files.iter().find(|f| f.name == n.file).and_then(|f| f.picture.as_deref());
                lines::nota_lines(n, settings.lines_shown.get(i).copied().unwrap_or(PAGE).max(PAGE), picture, lang)
            })
            .collect(),
        cluster: cluster::cluster(report, lang),
        comparison: comparison::comparison(report, estimate, lang, l),
    }
}
