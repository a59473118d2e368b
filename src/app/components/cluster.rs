//! The care cluster: number, name, its place in the model (supercluster → group → cluster, a small
//! tree with the patient's cluster highlighted), the indicative care period, the review interval,
//! and the review date with its status.

use yew::prelude::*;

use crate::analysis::{NotaReport, Report};
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::clusters::{CLUSTERS, Cluster, GROUPS, SUPERCLUSTERS};
use crate::explain;
use crate::format::{date_long, date_plain, interval};
use crate::lang::Lang;
use crate::model::Model;

#[derive(Properties, PartialEq)]
pub struct ClusterProps {
    /// `None` before a nota is opened: then the view shows the catalogue alone.
    pub report: Option<Shared<Report>>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn ClusterView(props: &ClusterProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let Some(n) = props.report.as_ref().and_then(|r| r.primary()).filter(|n| n.model != Model::Dbc) else {
        return html! {
            <section class="cluster" aria-labelledby="cluster-heading" data-testid="cluster">
                <h2 id="cluster-heading">{ l.cluster_heading }</h2>
                <p>{ l.cluster_intro }</p>
                { catalogue(None, l, lang) }
            </section>
        };
    };
    // A ZPM nota's zorgvraagtype uses the cluster numbering; its facts and review rule differ.
    let zpm = n.model == Model::Zpm;
    let pick = |pilot: &'static str, type_: &'static str| if zpm { type_ } else { pilot };
    html! {
        <section class="cluster" aria-labelledby="cluster-heading" data-testid="cluster">
            <h2 id="cluster-heading">{ pick(l.cluster_heading, l.zvt_heading) }</h2>
            { match (n.cluster(), &n.nota.cluster) {
                (Some(c), _) => about(c, zpm, l, lang),
                (None, Some(written)) => html! { <p>{ pick(l.cluster_unknown, l.zvt_unknown) }{ " „" }{ &written.value }{ "”" }</p> },
                (None, None) => html! { <p>{ pick(l.cluster_none, l.zvt_none) }</p> },
            } }
            { review(n, zpm, l, lang) }
            if !zpm { { catalogue(n.cluster(), l, lang) } }
        </section>
    }
}

fn about(c: &'static Cluster, zpm: bool, l: &Labels, lang: Lang) -> Html {
    let sup = c.group.supercluster;
    html! {
        <>
            <p>{ if zpm { explain::zorgvraagtype_sentence(c, lang) } else { explain::cluster_sentence(c, lang) } }</p>
            <dl class="facts">
                <dt>{ l.number }</dt><dd>{ c.number }</dd>
                <dt>{ l.name }</dt><dd data-testid="cluster-name">{ explain::cluster_name(c, lang) }</dd>
                <dt>{ l.group }</dt><dd>{ explain::group_label(c.group, lang) }</dd>
                <dt>{ l.supercluster }</dt><dd>{ explain::supercluster_label(sup, lang) }</dd>
                if !zpm {
                    <dt>{ l.period }</dt><dd>{ explain::indicative_period_value(c, lang) }</dd>
                    <dt>{ l.review_interval }</dt><dd>{ interval(c.review, lang) }</dd>
                }
            </dl>
            if zpm { { tree(c, l.zvt_tree, l.zvt_yours, true, lang) } } else { { tree(c, l.tree_label, l.your_cluster, false, lang) } }
            if zpm {
                <p class="note">{ explain::zorgvraagtype_names_note(lang) }</p>
            } else if !c.dutch_name_is_official() && lang == Lang::Nl {
                <p class="note">{ explain::working_names_note(lang) }</p>
            }
        </>
    }
}

/// The path from supercluster to cluster, with the siblings along it; the patient's cluster is
/// marked with `aria-current` and a visible "your cluster".
/// (`zpm`: the zorgvraagtypes are 1–21; there is no "niet te clusteren" type 0.)
fn tree(c: &'static Cluster, caption: &'static str, yours: &'static str, zpm: bool, lang: Lang) -> Html {
    html! {
        <figure class="tree-figure">
            <figcaption id="tree-caption">{ caption }</figcaption>
            <ul class="tree" aria-labelledby="tree-caption" data-testid="cluster-tree">
                { for SUPERCLUSTERS.iter().filter(|s| !(zpm && s.numeral.is_empty())).map(|s| {
                    let here = s.numeral == c.group.supercluster.numeral;
                    html! {
                        <li class={classes!("super", here.then_some("on-path"))}>
                            <span class="node">{ explain::supercluster_label(s, lang) }</span>
                            if here {
                                <ul>
                                    { for GROUPS.iter().filter(|g| g.supercluster.numeral == s.numeral).map(|g| {
                                        let in_group = g.code == c.group.code;
                                        html! {
                                            <li class={classes!("group", in_group.then_some("on-path"))}>
                                                <span class="node">{ explain::group_label(g, lang) }</span>
                                                if in_group {
                                                    <ul>
                                                        { for CLUSTERS.iter().filter(|k| k.group.code == g.code).map(|k| {
                                                            let mine = k.number == c.number;
                                                            html! {
                                                                <li class={classes!("leaf", mine.then_some("current"))}
                                                                    aria-current={mine.then_some("true")}>
                                                                    <span class="node">{ format!("{} {}", k.number, explain::cluster_name(k, lang)) }</span>
                                                                    if mine { <strong class="you">{ format!(" ← {yours}") }</strong> }
                                                                </li>
                                                            }
                                                        }) }
                                                    </ul>
                                                }
                                            </li>
                                        }
                                    }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}

fn review(n: &NotaReport, zpm: bool, l: &Labels, lang: Lang) -> Html {
    let r = &n.review;
    html! {
        <div class="review" data-testid="review">
            <h3>{ if zpm { l.retype_heading } else { l.review_heading } }</h3>
            <p>{ explain::review_sentence(n, lang) }</p>
            if let Some(due) = r.due {
                <dl class="facts">
                    <dt>{ if zpm { l.retype_due } else { l.review_date } }</dt><dd data-testid="review-date">{ date_long(due, lang) }</dd>
                    <dt>{ l.review_status }</dt>
                    <dd><span class="badge" data-testid="review-status">{ explain::review_status_label(r, lang) }</span></dd>
                    if let Some(latest) = r.latest_allowed.filter(|_| r.stated.is_some() && !zpm) {
                        <dt>{ l.review_latest }</dt><dd>{ date_plain(latest, lang) }</dd>
                    }
                </dl>
            }
            if zpm { <p class="note">{ explain::zorgvraagtype_review_note(lang) }</p> }
        </div>
    }
}

fn catalogue(mine: Option<&'static Cluster>, l: &Labels, lang: Lang) -> Html {
    html! {
        <details class="catalogue">
            <summary>{ l.catalogue_summary }</summary>
            <table>
                <caption>{ l.catalogue_summary }</caption>
                <thead><tr><th scope="col">{ l.number }</th><th scope="col">{ l.name }</th><th scope="col">{ l.group }</th><th scope="col">{ l.review_interval }</th></tr></thead>
                <tbody>
                    { for CLUSTERS.iter().map(|c| html! {
                        <tr class={classes!(mine.is_some_and(|m| m.number == c.number).then_some("current"))}>
                            <td>{ c.number }</td>
                            <td>{ explain::cluster_name(c, lang) }</td>
                            <td>{ if c.group.code.is_empty() { "—" } else { c.group.code } }</td>
                            <td>{ interval(c.review, lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="note">{ explain::working_names_note(lang) }</p>
        </details>
    }
}
