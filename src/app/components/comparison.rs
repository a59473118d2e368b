//! The comparison with the old DBC model: both totals, the difference in words, and a bar chart
//! drawn as inline SVG (no chart library, no style attributes: the CSP allows none).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use yew::prelude::*;

use crate::analysis::Report;
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::dbc::Comparison;
use crate::explain;
use crate::format::{money, month};
use crate::lang::Lang;
use crate::model::Model;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// `None` before a nota is opened: then the view explains the two models.
    pub report: Option<Shared<Report>>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn ComparisonView(props: &ComparisonProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let Some(report) = &props.report else {
        return html! {
            <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
                <h2 id="comparison-heading">{ l.comparison_heading }</h2>
                <p>{ l.comparison_intro }</p>
                <p>{ explain::no_comparison(lang) }</p>
            </section>
        };
    };
    let has_cluster_nota = report.notas.iter().any(|n| n.model == Model::Zorgcluster);
    let has_zpm_nota = report.notas.iter().any(|n| n.model == Model::Zpm);
    match &report.comparison {
        Some(c) => html! {
            <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
                <h2 id="comparison-heading">{ l.comparison_heading }</h2>
                { for explain::comparison(c, lang).into_iter().map(|s| html! { <p>{ s }</p> }) }
                { chart(c, l, lang) }
            </section>
        },
        None if has_zpm_nota && !has_cluster_nota => html! {
            <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
                <h2 id="comparison-heading">{ l.comparison_heading }</h2>
                <p>{ explain::no_comparison_zpm(lang) }</p>
            </section>
        },
        None if has_cluster_nota => html! {
            <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
                <h2 id="comparison-heading">{ l.comparison_heading }</h2>
                <p>{ explain::no_comparison(lang) }</p>
            </section>
        },
        None => html! {},
    }
}

/// One coloured part of a bar.
struct Segment {
    label: &'static str,
    amount: Decimal,
    class: &'static str,
}

/// The chart's width in SVG units: the larger total fills it.
const WIDTH: i64 = 600;

/// The width of an amount on a scale where `max` is [`WIDTH`], in whole SVG units (integer
/// arithmetic: no float formatting code in the download, and money stays exact).
fn scale(amount: Decimal, max: Decimal) -> i64 {
    let cents = |d: Decimal| (crate::money::to_cents(d) * Decimal::ONE_HUNDRED).to_i64().unwrap_or(0).max(0);
    let (a, m) = (i128::from(cents(amount)), i128::from(cents(max)).max(1));
    i64::try_from(a * i128::from(WIDTH) / m).unwrap_or(WIDTH).min(WIDTH)
}

fn chart(c: &Comparison, l: &Labels, lang: Lang) -> Html {
    let until = c.through.map(|m| format!(" ({} {})", lang.pick("t/m", "to"), month(m, lang))).unwrap_or_default();
    let bars = [
        (
            format!("{}{until}: {}", l.cluster_model, money(c.cluster_total, lang)),
            c.cluster_total,
            vec![
                Segment { label: l.before, amount: c.cluster_previously, class: "seg-a" },
                Segment { label: l.this_month, amount: c.cluster_this_month, class: "seg-b" },
            ],
        ),
        (
            format!("{}: {}", l.dbc_model, money(c.dbc_total, lang)),
            c.dbc_total,
            vec![
                Segment { label: l.product, amount: c.products.iter().map(|p| p.amount).sum(), class: "seg-c" },
                Segment { label: l.stays, amount: c.stay_total, class: "seg-d" },
                Segment { label: l.other, amount: c.other_total, class: "seg-e" },
            ],
        ),
    ];
    let max = bars.iter().map(|b| b.1).max().unwrap_or_default();
    html! {
        <figure class="chart" data-testid="chart">
            <figcaption class="chart-title">{ l.chart_title }</figcaption>
            { for bars.iter().map(|(label, _, segments)| {
                let mut x = 0;
                let parts = segments
                    .iter()
                    .filter(|s| s.amount > Decimal::ZERO)
                    .map(|s| format!("{}: {}", s.label, money(s.amount, lang)))
                    .collect::<Vec<_>>()
                    .join(", ");
                html! {
                    <>
                        <p class="bar-label">{ label.clone() }</p>
                        // Both bars share one scale (the larger total is the full width).
                        <svg viewBox="0 0 600 44" role="img" aria-label={format!("{label} ({parts})")} preserveAspectRatio="none">
                            { for segments.iter().filter(|s| s.amount > Decimal::ZERO).map(|s| {
                                let w = scale(s.amount, max);
                                let rect = html! {
                                    <rect x={x.to_string()} y="0" width={w.to_string()} height="44" class={s.class}>
                                        <title>{ format!("{}: {}", s.label, money(s.amount, lang)) }</title>
                                    </rect>
                                };
                                x += w;
                                rect
                            }) }
                        </svg>
                    </>
                }
            }) }
            <ul class="legend">
                { for bars.iter().flat_map(|b| b.2.iter()).filter(|s| s.amount > Decimal::ZERO).map(|s| html! {
                    <li><span class={classes!("swatch", s.class)} aria-hidden="true"></span>{ format!("{}: {}", s.label, money(s.amount, lang)) }</li>
                }) }
            </ul>
        </figure>
    }
}
