//! At a glance, in this order: what this statement asks, what the trajectory has cost so far, the
//! care cluster or zorgvraagtype with its review, the comparison with the DBC model (and the eigen
//! risico), and what looks wrong: the three most important findings. Each item's label links to
//! its detailed view.

use yew::prelude::*;

use crate::analysis::Report;
use crate::app::labels::Labels;
use crate::app::route::View;
use crate::app::shared::Shared;
use crate::app::state::Deferred;
use crate::explain;
use crate::format::money;
use crate::lang::Lang;
use crate::model::Model;

/// Findings shown at a glance; the rest are a link away.
const TOP: usize = 3;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub report: Shared<Report>,
    /// The ZPM comparison, when the report needs one.
    #[prop_or_default]
    pub deferred: Option<Deferred>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let report = &props.report;
    let Some(n) = report.primary() else { return html! {} };
    let zpm = n.model == Model::Zpm;
    let link = |v: View| html! { <a class="figure-label" href={v.hash()}>{ v.label_for(lang, zpm) }</a> };
    // the comparison (pilot: with its DBC nota; ZPM: the deferred module's estimate) and eigen risico
    let comparison: Option<(String, String)> = match (&report.comparison, &props.deferred) {
        (Some(c), _) => Some((explain::comparison_glance(c, lang), String::new())),
        (None, Some(Deferred::Ready(a))) => Some((a.get(lang).glance.clone(), a.get(lang).glance_eigen_risico.clone())),
        (None, Some(Deferred::Waiting)) => Some((l.comparison_waiting.to_string(), String::new())),
        _ => None,
    };
    let mut findings: Vec<_> = report.findings().map(|(_, f)| f).collect();
    let count = findings.len();
    crate::order::sort_by_key(&mut findings, |f| u64::from(f.rank()));
    html! {
        <section class="glance" aria-labelledby="glance-heading" data-testid="summary">
            <h2 id="glance-heading" tabindex="-1">{ l.glance_heading }</h2>
            <div class="figures">
                <div class="figure">
                    <a class="figure-label" href={View::Lines.hash()}>{ l.asks }</a>
                    <p class="figure-amount" data-testid="month-total">{ money(n.month_total, lang) }</p>
                    <p class="figure-for">{ explain::month_total_for(n, lang) }</p>
                    if let Some(to_pay) = explain::still_to_pay(n, lang) {
                        <p class="figure-for" data-testid="still-to-pay"><strong>{ to_pay }</strong></p>
                    }
                </div>
                if n.model == Model::Zorgcluster {
                    <div class="figure">
                        <p class="figure-label">{ l.so_far }</p>
                        <p class="figure-amount" data-testid="cumulative">{ money(n.cumulative, lang) }</p>
                        <p>{ explain::cumulative(n, lang) }</p>
                    </div>
                }
                if n.model != Model::Dbc {
                    <div class="figure">
                        { link(View::Cluster) }
                        <p class="figure-amount figure-text" data-testid={if zpm { "zorgvraagtype" } else { "zorgcluster" }}>{
                            match (n.cluster(), &n.nota.cluster) {
                                (Some(c), _) => format!("{} · {}", c.number, explain::cluster_name(c, lang)),
                                (None, Some(written)) => written.value.clone(),
                                (None, None) => "—".to_string(),
                            }
                        }</p>
                        // short, as on a dashboard: "Review uiterlijk 1 mei 2017 · niet meer nodig"
                        <p data-testid={if zpm { "retype-due" } else { "review-due" }}>{
                            match n.review.due {
                                Some(due) => format!(
                                    "{} {} · {}",
                                    if zpm { lang.pick("Opnieuw bepalen uiterlijk", "To be assessed again by") } else { lang.pick("Review uiterlijk", "Review by") },
                                    crate::format::date_plain(due, lang),
                                    explain::review_status_label(&n.review, lang)
                                ),
                                None => explain::review_sentence(n, lang),
                            }
                        }</p>
                    </div>
                }
                if let Some((glance, eigen_risico)) = comparison {
                    <div class="figure">
                        { link(View::Comparison) }
                        <p class="figure-text" data-testid="comparison-glance">{ glance }</p>
                        if !eigen_risico.is_empty() { <p data-testid="eigen-risico-glance">{ eigen_risico }</p> }
                    </div>
                }
            </div>
            <p class={classes!("verdict", (count > 0).then_some("has-findings"))} data-testid="verdict">
                { explain::findings_count(count, lang) }
            </p>
            if count > 0 {
                <ol class="top-findings" data-testid="top-findings">
                    { for findings.iter().take(TOP).map(|f| html! { <li data-code={f.code()}>{ explain::finding(f, lang) }</li> }) }
                </ol>
                <p><a href="#findings-heading">{ l.findings_heading }</a></p>
            }
        </section>
    }
}
