//! The comparison with the old DBC model: both totals, the difference in words, and bar charts
//! drawn as inline SVG (no chart library, no style attributes: the CSP allows none). For a
//! zorgprestatiemodel nota the comparison comes from the deferred module (`crate::deferred`).

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::analysis::Report;
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::app::state::Deferred;
use crate::chart::{Chart, build};
use crate::dbc::Comparison;
use crate::deferred::Table;
use crate::explain;
use crate::format::{money, month};
use crate::lang::Lang;
use crate::model::Model;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// `None` before a nota is opened: then the view explains the two models.
    pub report: Option<Shared<Report>>,
    /// The ZPM comparison, when the report needs one.
    #[prop_or_default]
    pub deferred: Option<Deferred>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn ComparisonView(props: &ComparisonProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let section = |content: Html| {
        html! {
            <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
                <h2 id="comparison-heading">{ l.comparison_heading }</h2>
                { content }
            </section>
        }
    };
    let paragraphs = |sentences: &[String]| html! { <>{ for sentences.iter().map(|s| html! { <p>{ s }</p> }) }</> };
    let Some(report) = &props.report else {
        return section(html! {
            <>
                <p>{ l.comparison_intro }</p>
                <p>{ explain::no_comparison(lang) }</p>
            </>
        });
    };
    let has_cluster_nota = report.notas.iter().any(|n| n.model == Model::Zorgcluster);
    match (&report.comparison, &props.deferred) {
        (Some(c), _) => section(html! {
            <>
                { paragraphs(&explain::comparison(c, lang)) }
                { chart(&pilot_chart(c, l, lang)) }
            </>
        }),
        (None, Some(Deferred::Ready(answer))) => {
            let a = answer.get(lang);
            section(html! {
                <>
                    { paragraphs(&a.sentences) }
                    { for a.cost_chart.iter().map(chart) }
                    <h3>{ &a.eigen_risico_heading }</h3>
                    { for a.eigen_risico.first().map(|s| html! { <p>{ s }</p> }) }
                    { table(&a.table) }
                    { for a.eigen_risico_chart.iter().map(chart) }
                    { paragraphs(a.eigen_risico.get(1..).unwrap_or_default()) }
                </>
            })
        }
        (None, Some(Deferred::Waiting)) => section(html! {
            <p role="status" data-testid="comparison-waiting">{ l.comparison_waiting }</p>
        }),
        (None, Some(Deferred::Failed)) => section(html! { <p role="alert">{ l.comparison_failed }</p> }),
        _ if has_cluster_nota => section(html! { <p>{ explain::no_comparison(lang) }</p> }),
        _ => html! {},
    }
}

/// The pilot's two totals: the zorgcluster statements so far, and the DBC nota.
fn pilot_chart(c: &Comparison, l: &Labels, lang: Lang) -> Chart {
    let until = c.through.map(|m| format!(" ({} {})", lang.pick("t/m", "to"), month(m, lang))).unwrap_or_default();
    let seg = |label: &str, amount: Decimal, class| (format!("{label}: {}", money(amount, lang)), amount, class);
    build(
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

/// A chart: per bar its label as text, the bar as an image named by the same words, and a legend.
fn chart(c: &Chart) -> Html {
    html! {
        <figure class="chart" data-testid="chart">
            <figcaption class="chart-title">{ &c.title }</figcaption>
            { for c.bars.iter().map(|bar| {
                let parts = bar.segments.iter().map(|s| s.label.as_str()).collect::<Vec<_>>().join(", ");
                let mut x = 0;
                html! {
                    <>
                        <p class="bar-label">{ &bar.label }</p>
                        // Every bar of a chart shares one scale (the largest total is the full width).
                        <svg viewBox="0 0 600 44" role="img" aria-label={format!("{} ({parts})", bar.label)} preserveAspectRatio="none">
                            { for bar.segments.iter().map(|s| {
                                let rect = html! {
                                    <rect x={x.to_string()} y="0" width={s.width.to_string()} height="44" class={s.class.clone()}>
                                        <title>{ &s.label }</title>
                                    </rect>
                                };
                                x += s.width;
                                rect
                            }) }
                        </svg>
                    </>
                }
            }) }
            <ul class="legend">
                { for c.bars.iter().flat_map(|b| b.segments.iter()).map(|s| html! {
                    <li><span class={classes!("swatch", s.class.clone())} aria-hidden="true"></span>{ &s.label }</li>
                }) }
            </ul>
        </figure>
    }
}

fn table(t: &Table) -> Html {
    html! {
        <div class="table-scroll">
            <table class="amounts" data-testid="eigen-risico-table">
                <caption>{ &t.caption }</caption>
                <thead><tr>{ for t.head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>
                    { for t.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell }</th> }
                            } else {
                                html! { <td>{ cell }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
