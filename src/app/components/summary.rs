//! At a glance, in this order: what this statement asks, what the trajectory has cost so far, and
//! whether anything looks wrong.

use yew::prelude::*;

use crate::analysis::Report;
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::explain;
use crate::format::money;
use crate::lang::Lang;
use crate::model::Model;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub report: Shared<Report>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let Some(n) = props.report.primary() else { return html! {} };
    let findings = props.report.findings().count();
    html! {
        <section class="glance" aria-labelledby="glance-heading" data-testid="summary">
            <h2 id="glance-heading" tabindex="-1">{ l.glance_heading }</h2>
            <div class="figures">
                <div class="figure">
                    <p class="figure-label">{ l.asks }</p>
                    <p class="figure-amount" data-testid="month-total">{ money(n.month_total, lang) }</p>
                    <p class="figure-for">{ explain::month_total_for(n, lang) }</p>
                </div>
                if n.model == Model::Zpm {
                    <div class="figure">
                        <p class="figure-label">{ l.zvt_label }</p>
                        <p class="figure-amount figure-text" data-testid="zorgvraagtype">{
                            match (n.cluster(), &n.nota.cluster) {
                                (Some(c), _) => format!("{} · {}", c.number, explain::cluster_name(c, lang)),
                                (None, Some(written)) => written.value.clone(),
                                (None, None) => "—".to_string(),
                            }
                        }</p>
                        <p data-testid="retype-due">{ explain::review_sentence(n, lang) }</p>
                    </div>
                }
                if n.model == Model::Zorgcluster {
                    <div class="figure">
                        <p class="figure-label">{ l.so_far }</p>
                        <p class="figure-amount" data-testid="cumulative">{ money(n.cumulative, lang) }</p>
                        <p>{ explain::cumulative(n, lang) }</p>
                    </div>
                }
            </div>
            <p class={classes!("verdict", (findings > 0).then_some("has-findings"))} data-testid="verdict">
                { explain::findings_count(findings, lang) }
                if findings > 0 {
                    { " " }<a href="#findings-heading">{ l.findings_heading }</a>
                }
            </p>
        </section>
    }
}
