//! The comparison with the old DBC model: both totals, the difference in words, and bar charts
//! drawn as inline SVG (no chart library, no style attributes: the CSP allows none). The engine
//! worked it out (`protocol::Comparison`).

use yew::prelude::*;

use crate::chart::Chart;
use crate::labels::Labels;
use crate::protocol::{Comparison, Table};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// `None` until the engine answered: the view says NotaWijzer is loading.
    pub comparison: Option<Comparison>,
    pub labels: &'static Labels,
}

#[component]
pub fn ComparisonView(props: &ComparisonProps) -> Html {
    let l = props.labels;
    let section = |content: Html| {
        html! {
            <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
                <h2 id="comparison-heading">{ l.comparison_heading }</h2>
                { content }
            </section>
        }
    };
    let paragraphs = |sentences: &[String]| html! { <>{ for sentences.iter().map(|s| html! { <p>{ s }</p> }) }</> };
    let Some(c) = &props.comparison else {
        return section(html! {
            <>
                <p>{ l.comparison_intro }</p>
                <p role="status">{ l.engine_loading }</p>
            </>
        });
    };
    if let Some(intro) = &c.intro {
        return section(html! {
            <>
                <p>{ l.comparison_intro }</p>
                <p>{ intro }</p>
            </>
        });
    }
    if c.sentences.is_empty() && c.eigen_risico.is_none() {
        return html! {};
    }
    section(html! {
        <>
            { paragraphs(&c.sentences) }
            { for c.charts.iter().map(chart) }
            if let Some(e) = &c.eigen_risico {
                <h3>{ &e.heading }</h3>
                { for e.sentences.first().map(|s| html! { <p>{ s }</p> }) }
                { table(&e.table) }
                { for e.chart.iter().map(chart) }
                { paragraphs(e.sentences.get(1..).unwrap_or_default()) }
            }
        </>
    })
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
