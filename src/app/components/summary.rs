//! At a glance, in this order: what this statement asks, what the trajectory has cost so far, the
//! care cluster or zorgvraagtype with its review, the comparison with the DBC model (and the eigen
//! risico), and what looks wrong: the three most important findings. Each item's label links to
//! its detailed view. The engine worked every sentence out (`protocol::Glance`).

use yew::prelude::*;

use crate::app::route::View;
use crate::labels::Labels;
use crate::lang::Lang;
use crate::protocol::Glance;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub glance: Glance,
    pub zpm: bool,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let (l, lang, g, zpm) = (props.labels, props.lang, &props.glance, props.zpm);
    let link = |v: View| html! { <a class="figure-label" href={v.hash()}>{ v.label_for(lang, zpm) }</a> };
    html! {
        <section class="glance" aria-labelledby="glance-heading" data-testid="summary">
            <h2 id="glance-heading" tabindex="-1">{ l.glance_heading }</h2>
            <div class="figures">
                <div class="figure">
                    <a class="figure-label" href={View::Lines.hash()}>{ l.asks }</a>
                    <p class="figure-amount" data-testid="month-total">{ &g.asks }</p>
                    <p class="figure-for">{ &g.asks_for }</p>
                    if let Some(to_pay) = &g.still_to_pay {
                        <p class="figure-for" data-testid="still-to-pay"><strong>{ to_pay }</strong></p>
                    }
                </div>
                if let Some((amount, sentence)) = &g.so_far {
                    <div class="figure">
                        <p class="figure-label">{ l.so_far }</p>
                        <p class="figure-amount" data-testid="cumulative">{ amount }</p>
                        <p>{ sentence }</p>
                    </div>
                }
                if let Some((name, review)) = &g.cluster {
                    <div class="figure">
                        { link(View::Cluster) }
                        <p class="figure-amount figure-text" data-testid={if zpm { "zorgvraagtype" } else { "zorgcluster" }}>{ name }</p>
                        <p data-testid={if zpm { "retype-due" } else { "review-due" }}>{ review }</p>
                    </div>
                }
                if let Some((glance, eigen_risico)) = &g.comparison {
                    <div class="figure">
                        { link(View::Comparison) }
                        <p class="figure-text" data-testid="comparison-glance">{ glance }</p>
                        if !eigen_risico.is_empty() { <p data-testid="eigen-risico-glance">{ eigen_risico }</p> }
                    </div>
                }
            </div>
            <p class={classes!("verdict", (g.count > 0).then_some("has-findings"))} data-testid="verdict">{ &g.verdict }</p>
            if g.count > 0 {
                <ol class="top-findings" data-testid="top-findings">
                    { for g.top.iter().map(|f| html! { <li data-code={f.code.clone()}>{ &f.text }</li> }) }
                </ol>
                <p><a href="#findings-heading">{ l.findings_heading }</a></p>
            }
        </section>
    }
}
