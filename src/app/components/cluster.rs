//! The care cluster: number, name, its place in the model (supercluster → group → cluster, a small
//! tree with the patient's cluster highlighted), the indicative care period, the review interval,
//! and the review date with its status. The engine worked it out (`protocol::Cluster`).

use yew::prelude::*;

use crate::labels::Labels;
use crate::protocol::{CatalogueRow, Cluster, ClusterAbout, Review};

#[derive(Properties, PartialEq)]
pub struct ClusterProps {
    /// `None` until the engine answered: the view says NotaWijzer is loading.
    pub cluster: Option<Cluster>,
    pub labels: &'static Labels,
}

#[component]
pub fn ClusterView(props: &ClusterProps) -> Html {
    let l = props.labels;
    let Some(c) = &props.cluster else {
        return html! {
            <section class="cluster" aria-labelledby="cluster-heading" data-testid="cluster">
                <h2 id="cluster-heading">{ l.cluster_heading }</h2>
                <p>{ l.cluster_intro }</p>
                <p role="status">{ l.engine_loading }</p>
            </section>
        };
    };
    let pick = |pilot: &'static str, type_: &'static str| if c.zpm { type_ } else { pilot };
    html! {
        <section class="cluster" aria-labelledby="cluster-heading" data-testid="cluster">
            <h2 id="cluster-heading">{ pick(l.cluster_heading, l.zvt_heading) }</h2>
            if !c.nota { <p>{ l.cluster_intro }</p> }
            if let Some(about) = &c.about { { about_view(about, c.zpm, l) } }
            if let Some(unknown) = &c.unknown { <p>{ unknown }</p> }
            if let Some(review) = &c.review { { review_view(review, c.zpm, l) } }
            if !c.catalogue.is_empty() { { catalogue(&c.catalogue, &c.catalogue_note, l) } }
        </section>
    }
}

fn about_view(a: &ClusterAbout, zpm: bool, l: &Labels) -> Html {
    let (caption, yours) = if zpm { (l.zvt_tree, l.zvt_yours) } else { (l.tree_label, l.your_cluster) };
    html! {
        <>
            <p>{ &a.sentence }</p>
            <dl class="facts">
                <dt>{ l.number }</dt><dd>{ &a.number }</dd>
                <dt>{ l.name }</dt><dd data-testid="cluster-name">{ &a.name }</dd>
                <dt>{ l.group }</dt><dd>{ &a.group }</dd>
                <dt>{ l.supercluster }</dt><dd>{ &a.supercluster }</dd>
                if let Some((period, interval)) = &a.period {
                    <dt>{ l.period }</dt><dd>{ period }</dd>
                    <dt>{ l.review_interval }</dt><dd>{ interval }</dd>
                }
            </dl>
            // the path from supercluster to cluster, with the siblings along it; the patient's
            // cluster is marked with `aria-current` and a visible "your cluster"
            <figure class="tree-figure">
                <figcaption id="tree-caption">{ caption }</figcaption>
                <ul class="tree" aria-labelledby="tree-caption" data-testid="cluster-tree">
                    { for a.tree.iter().map(|s| html! {
                        <li class={classes!("super", s.here.then_some("on-path"))}>
                            <span class="node">{ &s.label }</span>
                            if s.here {
                                <ul>
                                    { for s.groups.iter().map(|g| html! {
                                        <li class={classes!("group", g.here.then_some("on-path"))}>
                                            <span class="node">{ &g.label }</span>
                                            if g.here {
                                                <ul>
                                                    { for g.leaves.iter().map(|(label, mine)| html! {
                                                        <li class={classes!("leaf", mine.then_some("current"))} aria-current={mine.then_some("true")}>
                                                            <span class="node">{ label }</span>
                                                            if *mine { <strong class="you">{ format!(" ← {yours}") }</strong> }
                                                        </li>
                                                    }) }
                                                </ul>
                                            }
                                        </li>
                                    }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            </figure>
            if let Some(note) = &a.note { <p class="note">{ note }</p> }
        </>
    }
}

fn review_view(r: &Review, zpm: bool, l: &Labels) -> Html {
    html! {
        <div class="review" data-testid="review">
            <h3>{ if zpm { l.retype_heading } else { l.review_heading } }</h3>
            <p>{ &r.sentence }</p>
            if let Some((due, status)) = &r.due {
                <dl class="facts">
                    <dt>{ if zpm { l.retype_due } else { l.review_date } }</dt><dd data-testid="review-date">{ due }</dd>
                    <dt>{ l.review_status }</dt>
                    <dd><span class="badge" data-testid="review-status">{ status }</span></dd>
                    if let Some(latest) = &r.latest {
                        <dt>{ l.review_latest }</dt><dd>{ latest }</dd>
                    }
                </dl>
            }
            if let Some(note) = &r.note { <p class="note">{ note }</p> }
        </div>
    }
}

fn catalogue(rows: &[CatalogueRow], note: &str, l: &Labels) -> Html {
    html! {
        <details class="catalogue">
            <summary>{ l.catalogue_summary }</summary>
            <table>
                <caption>{ l.catalogue_summary }</caption>
                <thead><tr><th scope="col">{ l.number }</th><th scope="col">{ l.name }</th><th scope="col">{ l.group }</th><th scope="col">{ l.review_interval }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|c| html! {
                        <tr class={classes!(c.current.then_some("current"))}>
                            <td>{ &c.number }</td>
                            <td>{ &c.name }</td>
                            <td>{ &c.group }</td>
                            <td>{ &c.interval }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="note">{ note }</p>
        </details>
    }
}
