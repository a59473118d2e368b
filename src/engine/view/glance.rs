//! At a glance: what this statement asks, what the trajectory has cost, the cluster, the
//! comparison in one sentence, and the most important findings.

use super::findings::finding_text;
use super::parts::*;
use crate::model::Model;
use crate::rules::analysis::Report;
use crate::words::explain;
use crate::words::format::{date_plain, money_alone};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// Findings shown at a glance; the rest are a link away.
const TOP: usize = 3;

pub(super) fn glance(
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
    // what may be wrong, the most important first; what is only worth knowing apart
    let (mut findings, notes): (Vec<_>, Vec<_>) = report.findings().map(|(_, f)| f).partition(|f| !f.is_information());
    let count = findings.len();
    crate::util::order::sort_by_key(&mut findings, |f| u64::from(f.rank()));
    let cluster = (n.model != Model::Dbc && !n.uninsured_only()).then(|| {
        let name = match (n.cluster(), &n.nota.cluster) {
            (Some(c), _) => format!("{} · {}", c.number, explain::cluster_name(c, lang)),
            (None, Some(written)) => written.value.clone(),
            // none written: say why where the nota says it
            (None, None) if n.nota.privacy_statement => m::view_zvt_privacy_short(lang),
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
        notes: notes
            .iter()
            .take(TOP)
            .map(|f| Coded { code: f.code().to_string(), text: finding_text(f, pictured, lang) })
            .collect(),
    })
}
