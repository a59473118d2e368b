//! The care-cluster catalogue of the zorgclustermodel: 3 superclusters and "niet te clusteren",
//! 7 cluster groups, 21 clusters numbered 0–8 and 10–21 (there is no cluster 9).
//!
//! Sources (as settled in the project's reference, "Working decisions" 1–3 and §1.2):
//! - Structure (superclusters and groups, Dutch wording): NZa, "Het zorgclustermodel in
//!   vogelvlucht", presentation 5 October 2017 (seed document); Kamerbrief 2 March 2020.
//! - Numbering, English names (MHCT labels) and maximum review periods: the English Mental Health
//!   Clustering Tool. Labels: <https://www.candi.nhs.uk/health-professionals/referrals/cluster-labels>;
//!   review periods and super-classes: Monitor and NHS England, *Mental health currencies and
//!   payment: 2014/15 guidance*, Table 1, reproduced at
//!   <https://pmc.ncbi.nlm.nih.gov/articles/PMC6946607/table/Tab1>.
//! - No cluster 9: NZa zorgvraagtypering (`zvt > 0 && zvt != 9 && zvt < 22`,
//!   repository SireeKoolenWijkstra/Zorgvraagtypering).
//! - Dutch names: only "Psychische aandoening ernstig" (cluster 4) is seen in a source (the NZa
//!   example nota). The other Dutch names are working translations of the MHCT labels; the app
//!   says so wherever it shows the catalogue ([`Cluster::dutch_name_is_official`]).
//! - Indicative care period: only cluster 3 is known ("Indicatieve periode van zorg: 4-6
//!   maanden", NZa presentation 2017). Every other cluster has none, and the app says it is unknown.
//! - Review interval: the MHCT maximum review period, capped at 12 months (zorgvraagtypering is
//!   repeated at least once a year). Weeks count as 7 days, months as calendar months.

use crate::util::fold::fold;

/// A review interval: a number of weeks or of calendar months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Interval {
    Weeks(u32),
    Months(u32),
}

/// One of the three superclusters, or the place of the clusters that cannot be clustered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Supercluster {
    /// "I", "II", "III", or "" for "niet te clusteren".
    pub numeral: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
}

/// One of the seven cluster groups (or "niet te clusteren").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Group {
    /// "I.a" … "III.a", or "" for "niet te clusteren".
    pub code: &'static str,
    pub supercluster: &'static Supercluster,
    pub nl: &'static str,
    pub en: &'static str,
}

/// One care cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cluster {
    pub number: u8,
    pub nl: &'static str,
    /// The MHCT label.
    pub en: &'static str,
    pub group: &'static Group,
    pub review: Interval,
    /// Indicative care period in months (from, to), where a source gives one.
    pub indicative_months: Option<(u32, u32)>,
}

impl Cluster {
    /// Only cluster 4's Dutch name is seen in a source; the others are working translations.
    pub fn dutch_name_is_official(&self) -> bool {
        self.number == 4
    }
}

pub const SUPER_I: Supercluster = Supercluster {
    numeral: "I",
    nl: "Zorgvraag zonder verontrustende psychotische symptomen of wanen",
    en: "Care need without troubling psychotic symptoms or delusions",
};
pub const SUPER_II: Supercluster = Supercluster {
    numeral: "II",
    nl: "Zorgvraag met verontrustende psychotische symptomen of wanen",
    en: "Care need with troubling psychotic symptoms or delusions",
};
pub const SUPER_III: Supercluster = Supercluster {
    numeral: "III",
    nl: "Zorgvraag rondom neurocognitieve problematiek",
    en: "Care need around neurocognitive problems",
};
pub const SUPER_NONE: Supercluster =
    Supercluster { numeral: "", nl: "Niet te clusteren zorgvraag", en: "Care need that cannot be clustered" };

pub const SUPERCLUSTERS: [&Supercluster; 4] = [&SUPER_I, &SUPER_II, &SUPER_III, &SUPER_NONE];

pub const GROUP_IA: Group =
    Group { code: "I.a", supercluster: &SUPER_I, nl: "Licht/matig/ernstig", en: "Mild/moderate/severe" };
pub const GROUP_IB: Group = Group {
    code: "I.b",
    supercluster: &SUPER_I,
    nl: "Zeer ernstig/complex/aanhoudend",
    en: "Very severe/complex/enduring",
};
pub const GROUP_IIA: Group = Group { code: "II.a", supercluster: &SUPER_II, nl: "Eerste episode", en: "First episode" };
pub const GROUP_IIB: Group =
    Group { code: "II.b", supercluster: &SUPER_II, nl: "Aanhoudend/terugkerend", en: "Enduring/recurrent" };
pub const GROUP_IIC: Group = Group { code: "II.c", supercluster: &SUPER_II, nl: "Acute episode", en: "Acute episode" };
pub const GROUP_IID: Group =
    Group { code: "II.d", supercluster: &SUPER_II, nl: "Instabiele levensstijl", en: "Unstable lifestyle" };
pub const GROUP_IIIA: Group =
    Group { code: "III.a", supercluster: &SUPER_III, nl: "Cognitieve beperking", en: "Cognitive impairment" };
pub const GROUP_NONE: Group = Group {
    code: "",
    supercluster: &SUPER_NONE,
    nl: "Niet te clusteren zorgvraag",
    en: "Care need that cannot be clustered",
};

pub const GROUPS: [&Group; 8] =
    [&GROUP_IA, &GROUP_IB, &GROUP_IIA, &GROUP_IIB, &GROUP_IIC, &GROUP_IID, &GROUP_IIIA, &GROUP_NONE];

use Interval::{Months, Weeks};

const fn c(number: u8, nl: &'static str, en: &'static str, group: &'static Group, review: Interval) -> Cluster {
    Cluster { number, nl, en, group, review, indicative_months: None }
}

/// The 21 clusters, in number order.
pub const CLUSTERS: [Cluster; 21] = [
    c(0, "Niet te clusteren zorgvraag", "Variance", &GROUP_NONE, Months(6)),
    c(1, "Psychische aandoening licht", "Common mental health problems (low severity)", &GROUP_IA, Weeks(12)),
    c(
        2,
        "Psychische aandoening licht, grotere zorgbehoefte",
        "Common mental health problems (low severity with greater need)",
        &GROUP_IA,
        Weeks(15),
    ),
    Cluster {
        indicative_months: Some((4, 6)),
        ..c(3, "Psychische aandoening matig", "Non-psychotic (moderate severity)", &GROUP_IA, Months(6))
    },
    c(4, "Psychische aandoening ernstig", "Non-psychotic (severe)", &GROUP_IA, Months(6)),
    c(5, "Psychische aandoening zeer ernstig", "Non-psychotic (very severe)", &GROUP_IB, Months(6)),
    c(6, "Aandoening met overwaardige ideeën", "Non-psychotic disorders of overvalued ideas", &GROUP_IB, Months(6)),
    c(
        7,
        "Aanhoudende aandoening, hoge beperkingen",
        "Enduring non-psychotic disorders (high disability)",
        &GROUP_IB,
        Months(12),
    ),
    c(
        8,
        "Chaotische en uitdagende aandoening",
        "Non-psychotic chaotic and challenging disorders",
        &GROUP_IB,
        Months(12),
    ),
    c(10, "Eerste psychotische episode", "First episode in psychosis", &GROUP_IIA, Months(12)),
    c(
        11,
        "Aanhoudende/terugkerende psychose, weinig symptomen",
        "Ongoing recurrent psychosis (low symptoms)",
        &GROUP_IIB,
        Months(12),
    ),
    c(
        12,
        "Aanhoudende/terugkerende psychose, hoge beperkingen",
        "Ongoing or recurrent psychosis (high disability)",
        &GROUP_IIB,
        Months(12),
    ),
    c(
        13,
        "Aanhoudende/terugkerende psychose, veel symptomen en hoge beperkingen",
        "Ongoing or recurrent psychosis (high symptom and disability)",
        &GROUP_IIB,
        Months(12),
    ),
    c(14, "Psychotische crisis", "Psychotic crisis", &GROUP_IIC, Weeks(4)),
    c(15, "Ernstige psychotische depressie", "Severe psychotic depression", &GROUP_IIC, Weeks(4)),
    c(
        16,
        "Dubbele diagnose (middelen en psychische aandoening)",
        "Dual diagnosis (substance abuse and mental illness)",
        &GROUP_IID,
        Months(6),
    ),
    c(
        17,
        "Psychose of affectieve aandoening, moeilijk te betrekken",
        "Psychosis and affective disorder difficult to engage",
        &GROUP_IID,
        Months(6),
    ),
    c(18, "Cognitieve beperking, lage zorgbehoefte", "Cognitive impairment (low need)", &GROUP_IIIA, Months(12)),
    c(
        19,
        "Cognitieve beperking of dementie, matige zorgbehoefte",
        "Cognitive impairment or dementia (moderate need)",
        &GROUP_IIIA,
        Months(6),
    ),
    c(
        20,
        "Cognitieve beperking of dementie, hoge zorgbehoefte",
        "Cognitive impairment or dementia (high need)",
        &GROUP_IIIA,
        Months(6),
    ),
    c(
        21,
        "Cognitieve beperking of dementie, hoge lichamelijke zorgbehoefte",
        "Cognitive impairment or dementia (high physical need or engagement)",
        &GROUP_IIIA,
        Months(6),
    ),
];

/// The cluster with this number (`None` for 9 and anything above 21).
pub fn by_number(number: u32) -> Option<&'static Cluster> {
    CLUSTERS.iter().find(|c| u32::from(c.number) == number)
}

/// The cluster with this Dutch or English name, in any case and with or without accents.
pub fn by_name(name: &str) -> Option<&'static Cluster> {
    let wanted = normalise(name);
    if wanted.is_empty() {
        return None;
    }
    CLUSTERS.iter().find(|c| normalise(c.nl) == wanted || normalise(c.en) == wanted)
}

/// Folded, with punctuation turned into spaces: "Aanhoudende/terugkerende psychose" matches
/// "aanhoudende terugkerende psychose".
fn normalise(text: &str) -> String {
    fold(&text.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect::<String>())
}

/// How a nota's `Zorgcluster:` text resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Found(&'static Cluster),
    /// Number and name both given, but they name different clusters; the number is used.
    Conflict {
        by_number: &'static Cluster,
        by_name: &'static Cluster,
    },
    /// Neither the number nor the name is in the catalogue.
    Unknown,
}

impl Resolution {
    /// The cluster the nota is read as: the one found, or by its number when number and name
    /// disagree; `None` when unknown.
    pub fn cluster(self) -> Option<&'static Cluster> {
        match self {
            Resolution::Found(c) | Resolution::Conflict { by_number: c, .. } => Some(c),
            Resolution::Unknown => None,
        }
    }
}

/// Resolves `4`, `Psychische aandoening ernstig`, `4 - Psychische aandoening ernstig`,
/// `cluster 4`, `4. Psychische …`.
pub fn resolve(text: &str) -> Resolution {
    let t = text.trim();
    let t = t.strip_prefix(|c: char| c == '#').unwrap_or(t).trim();
    let folded = fold(t);
    let t = if folded.starts_with("cluster ") { t[t.find(char::is_whitespace).unwrap_or(0)..].trim() } else { t };
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 3 {
        return by_name(t).map_or(Resolution::Unknown, Resolution::Found);
    }
    let name = t[digits.len()..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '.' | ':' | '(' | ','))
        .trim_end_matches(')')
        .trim();
    let numbered = digits.parse().ok().and_then(by_number);
    match (numbered, name.is_empty()) {
        (None, _) => Resolution::Unknown,
        (Some(c), true) => Resolution::Found(c),
        (Some(c), false) => match by_name(name) {
            Some(named) if named.number != c.number => Resolution::Conflict { by_number: c, by_name: named },
            _ => Resolution::Found(c),
        },
    }
}

/// Resolves a zorgvraagtype as a ZPM nota writes it: `3`, `03`, `ZT03`, `ZT3`, with or without a
/// label (`3 - matige problematiek`). The numbering is the cluster catalogue's (`zpm-reference.md`
/// §1): 1–21 without 9; 0, 9 and anything else is unknown. A label is not matched against the
/// catalogue: the official Dutch labels of the zorgvraagtypes are not published in a form
/// NotaWijzer could verify, and a provider's own label is not a conflict.
pub fn resolve_zorgvraagtype(text: &str) -> Resolution {
    let t = text.trim();
    // "ZVT 03", "ZT03", "zt 3" (the prefixes are ASCII, so the byte offsets hold)
    let lower = t.get(..3).unwrap_or(t).to_ascii_lowercase();
    let t = if lower.starts_with("zvt") {
        &t[3..]
    } else if lower.starts_with("zt") {
        &t[2..]
    } else {
        t
    };
    let t = t.trim_start();
    let t = t.strip_prefix(|c: char| c == '#').unwrap_or(t);
    let digits: &str = &t[..t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len())];
    let followed_ok = t[digits.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    match digits.parse::<u32>() {
        Ok(n) if digits.len() <= 2 && followed_ok && (1..=21).contains(&n) => {
            by_number(n).map_or(Resolution::Unknown, Resolution::Found)
        }
        _ => Resolution::Unknown,
    }
}

impl Interval {
    /// The number of days the interval has at most (for sorting and sanity checks).
    pub fn approx_days(self) -> u32 {
        match self {
            Weeks(w) => w * 7,
            Months(m) => m * 31,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zorgvraagtype_spellings() {
        for text in [
            "3",
            "03",
            "ZT03",
            "ZT3",
            "zt 3",
            "3 - matige problematiek",
            "03 matige problematiek",
            " ZT03 ",
            "ZVT 03",
            "ZVT03",
            "zvt 3",
        ] {
            assert_eq!(resolve_zorgvraagtype(text).cluster().map(|c| c.number), Some(3), "{text}");
        }
        for text in ["9", "ZT09", "0", "22", "ZT22", "", "matig", "3a", "300", "-3"] {
            assert_eq!(resolve_zorgvraagtype(text), Resolution::Unknown, "{text}");
        }
        assert_eq!(resolve_zorgvraagtype("21").cluster().map(|c| c.number), Some(21));
    }

    #[test]
    fn catalogue_shape() {
        assert_eq!(CLUSTERS.len(), 21);
        assert!(by_number(9).is_none());
        assert!(by_number(22).is_none());
        let numbers: Vec<u8> = CLUSTERS.iter().map(|c| c.number).collect();
        assert_eq!(numbers, [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
        // 7 groups in 3 superclusters, plus "niet te clusteren"
        let real_groups: Vec<_> = GROUPS.iter().filter(|g| !g.code.is_empty()).collect();
        assert_eq!(real_groups.len(), 7);
        for cluster in &CLUSTERS {
            assert!(GROUPS.contains(&cluster.group), "{}", cluster.number);
            assert!(cluster.review.approx_days() <= 12 * 31, "review capped at a year");
        }
        // every name is unique, so lookup by name is unambiguous
        for a in &CLUSTERS {
            for b in &CLUSTERS {
                if a.number != b.number {
                    assert_ne!(normalise(a.nl), normalise(b.nl));
                    assert_ne!(normalise(a.en), normalise(b.en));
                }
            }
        }
    }

    #[test]
    fn facts_from_the_sources() {
        let four = by_number(4).unwrap();
        assert_eq!(four.nl, "Psychische aandoening ernstig");
        assert_eq!(four.group.code, "I.a");
        assert_eq!(four.group.supercluster.numeral, "I");
        assert_eq!(four.review, Interval::Months(6));
        assert!(four.dutch_name_is_official());
        assert_eq!(by_number(3).unwrap().indicative_months, Some((4, 6)));
        assert_eq!(CLUSTERS.iter().filter(|c| c.indicative_months.is_some()).count(), 1);
        assert_eq!(by_number(1).unwrap().review, Interval::Weeks(12));
        assert_eq!(by_number(14).unwrap().review, Interval::Weeks(4));
        assert_eq!(by_number(0).unwrap().group.supercluster.nl, "Niet te clusteren zorgvraag");
    }

    #[test]
    fn resolve_by_number_name_or_both() {
        let four = by_number(4).unwrap();
        for text in [
            "4",
            "Psychische aandoening ernstig",
            "psychische  AANDOENING érnstig",
            "4 - Psychische aandoening ernstig",
            "4. Psychische aandoening ernstig",
            "cluster 4",
            "4 (Psychische aandoening ernstig)",
            "Non-psychotic (severe)",
        ] {
            assert_eq!(resolve(text), Resolution::Found(four), "{text}");
        }
        assert_eq!(resolve("9"), Resolution::Unknown);
        assert_eq!(resolve("42"), Resolution::Unknown);
        assert_eq!(resolve("Psychische aandoening heel erg"), Resolution::Unknown);
        assert_eq!(resolve(""), Resolution::Unknown);
        assert_eq!(
            resolve("3 - Psychische aandoening ernstig"),
            Resolution::Conflict { by_number: by_number(3).unwrap(), by_name: four }
        );
    }
}
