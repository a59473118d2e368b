//! The comparison with the DBC model: the pilot's own DBC nota, or an estimate for a ZPM trajectory.

use super::parts::*;
use crate::model::Model;
use crate::rules::analysis::Report;
use crate::words::explain;
use crate::words::explain::NONE;
use crate::words::format::{money, money_alone, month};
use crate::words::labels::ViewLabels as Labels;
use crate::words::lang::Lang;
use crate::words::messages::m;

pub(super) fn comparison(
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
pub(super) fn pilot_chart(c: &crate::rules::dbc::Comparison, l: &Labels, lang: Lang) -> crate::engine::chart::Chart {
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
