//! The care cluster or zorgvraagtype: its place in the model as a tree, its review, the catalogue.

use super::parts::*;
use crate::model::Model;
use crate::rules::analysis::Report;
use crate::rules::clusters::{CLUSTERS, Cluster, GROUPS, SUPERCLUSTERS};
use crate::words::explain;
use crate::words::format::{date_long, date_plain, interval};
use crate::words::labels::view_labels as labels;
use crate::words::lang::Lang;
use crate::words::messages::m;

pub(super) fn cluster(report: &Report, lang: Lang) -> ClusterView {
    let note = explain::working_names_note(lang).to_string();
    let Some(n) = report.primary().filter(|n| n.model != Model::Dbc) else {
        return ClusterView { catalogue: catalogue(None, lang), catalogue_note: note, ..Default::default() };
    };
    // A ZPM nota's zorgvraagtype uses the cluster numbering; its facts and review rule differ.
    let zpm = n.model == Model::Zpm;
    let l = labels(lang);
    let kind = if zpm { "zvt" } else { "cluster" };
    // only care outside the basic package: nothing to say of a zorgvraagtype or its assessment
    if n.uninsured_only() {
        return ClusterView {
            nota: true,
            zpm,
            unknown: Some(m::view_zvt_uninsured(lang)),
            catalogue_note: note,
            ..Default::default()
        };
    }
    let (about, unknown) = match (n.cluster(), &n.nota.cluster) {
        (Some(c), _) => (Some(cluster_about(c, zpm, lang)), None),
        (None, Some(written)) => {
            (None, Some(m::view_cluster_unknown_text(lang, m::ViewClusterUnknownText { kind, text: &written.value })))
        }
        (None, None) => (None, Some(if zpm { l.zvt_none } else { l.cluster_none }.to_string())),
    };
    let r = &n.review;
    let review = Review {
        sentence: explain::review_sentence(n, lang),
        due: r.due.map(|due| (date_long(due, lang), explain::review_status_label(r, lang).to_string())),
        latest: r.due.and(r.latest_allowed.filter(|_| r.stated.is_some() && !zpm)).map(|d| date_plain(d, lang)),
        note: zpm.then(|| explain::zorgvraagtype_review_note(lang).to_string()),
    };
    ClusterView {
        nota: true,
        zpm,
        about,
        unknown,
        review: Some(review),
        catalogue: if zpm { Vec::new() } else { catalogue(n.cluster(), lang) },
        catalogue_note: note,
    }
}

pub(super) fn cluster_about(c: &'static Cluster, zpm: bool, lang: Lang) -> ClusterAbout {
    ClusterAbout {
        sentence: if zpm { explain::zorgvraagtype_sentence(c, lang) } else { explain::cluster_sentence(c, lang) },
        number: c.number.to_string(),
        name: explain::cluster_name(c, lang).to_string(),
        group: explain::group_label(c.group, lang),
        supercluster: explain::supercluster_label(c.group.supercluster, lang),
        period: (!zpm).then(|| (explain::indicative_period_value(c, lang), interval(c.review, lang))),
        tree: tree(c, zpm, lang),
        note: if zpm {
            Some(explain::zorgvraagtype_names_note(lang).to_string())
        } else if !c.dutch_name_is_official() && lang != Lang::En {
            Some(explain::working_names_note(lang).to_string())
        } else {
            None
        },
    }
}

/// The path from supercluster to cluster, with the siblings along it; the patient's cluster is
/// marked. (`zpm`: the zorgvraagtypes are 1–21; there is no "niet te clusteren" type 0.)
pub(super) fn tree(c: &'static Cluster, zpm: bool, lang: Lang) -> Vec<TreeSuper> {
    SUPERCLUSTERS
        .iter()
        .filter(|s| !(zpm && s.numeral.is_empty()))
        .map(|s| {
            let here = s.numeral == c.group.supercluster.numeral;
            TreeSuper {
                label: explain::supercluster_label(s, lang),
                here,
                groups: if !here {
                    Vec::new()
                } else {
                    GROUPS
                        .iter()
                        .filter(|g| g.supercluster.numeral == s.numeral)
                        .map(|g| {
                            let in_group = g.code == c.group.code;
                            TreeGroup {
                                label: explain::group_label(g, lang),
                                here: in_group,
                                leaves: if !in_group {
                                    Vec::new()
                                } else {
                                    CLUSTERS
                                        .iter()
                                        .filter(|k| k.group.code == g.code)
                                        .map(|k| {
                                            (
                                                format!("{} {}", k.number, explain::cluster_name(k, lang)),
                                                k.number == c.number,
                                            )
                                        })
                                        .collect()
                                },
                            }
                        })
                        .collect()
                },
            }
        })
        .collect()
}

pub(super) fn catalogue(mine: Option<&'static Cluster>, lang: Lang) -> Vec<CatalogueRow> {
    CLUSTERS
        .iter()
        .map(|c| CatalogueRow {
            number: c.number.to_string(),
            name: explain::cluster_name(c, lang).to_string(),
            group: if c.group.code.is_empty() { "—" } else { c.group.code }.to_string(),
            interval: interval(c.review, lang),
            current: mine.is_some_and(|m| m.number == c.number),
        })
        .collect()
}
