//! The names of a care cluster, its group and its supercluster, in the chosen language.

use super::prestatie::NONE;
use crate::rules::clusters::{Cluster, Group, Supercluster};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// The cluster's name in the chosen language (`cluster-name` in the messages; in Dutch and English
/// the names of `crate::rules::clusters`, which a test holds equal).
pub fn cluster_name(c: &Cluster, lang: Lang) -> String {
    m::cluster_name(lang, &c.number.to_string())
}

/// The key of a group in the messages: "I.a" → "Ia", and "none" for the one without a code.
fn group_key(group: &Group) -> String {
    if group.code.is_empty() { NONE.to_string() } else { group.code.replace('.', "") }
}

pub(super) fn group_name(group: &Group, lang: Lang) -> String {
    m::cluster_group(lang, &group_key(group))
}

/// A supercluster's name alone.
pub fn supercluster_name(s: &Supercluster, lang: Lang) -> String {
    m::cluster_super(lang, if s.numeral.is_empty() { NONE } else { s.numeral })
}

/// "I.a Licht/matig/ernstig" (just the name for "niet te clusteren", which has no code).
pub fn group_label(group: &Group, lang: Lang) -> String {
    format!("{} {}", group.code, group_name(group, lang)).trim().to_string()
}

/// "I Zorgvraag zonder verontrustende psychotische symptomen of wanen".
pub fn supercluster_label(supercluster: &Supercluster, lang: Lang) -> String {
    format!("{} {}", supercluster.numeral, supercluster_name(supercluster, lang)).trim().to_string()
}
