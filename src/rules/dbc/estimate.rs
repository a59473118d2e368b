//! What the old DBC model would have billed for a zorgprestatiemodel trajectory, and what the
//! patient pays of it themselves (eigen risico) under each model.
//!
//! Facts: `reference.md` §2 (DBC lifecycle, product groups, minute bands, the partial 2018 table,
//! the GB-ggz products 2018–2021) and §2.6 (the algorithm, inferred); `zpm-reference.md` §3.3 (eigen
//! risico). Every figure is an estimate and carries its tariff year; where the tables do not have
//! the product, there is no figure, and the reason is kept so the app can say it.
//!
//! - **Basis-ggz** (the nota names a profile): the GB-ggz product of that profile, at its 2021
//!   tariff (the last DBC year).
//! - **Specialist ggz** (a main diagnosis is named): a DBC product from the diagnosis group and the
//!   band of treatment minutes. The minutes are the consults' duration classes summed (direct time).
//!   The DBC also counted indirect time; the ZPM's own norm (47 direct + 38 indirect minutes for a
//!   45-minute treatment consult, 47 + 61 for diagnostics; `reference.md` §3.3) gives a second band,
//!   shown beside the first where it differs. Below 250 minutes the product is "Behandeling kort";
//!   with diagnostics only, "Diagnostiek". Prices: the NZa maximum tariffs 2018 ([`super::tariffs`]).
//! - Neither: no estimate, and what is missing is said.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::model::{ConsultKind, LineKind, MinuteBand, Nota, PrestatieKind, Profile};
use crate::tariffs::dbc::maximum_2018;
use crate::tariffs::{eigen_risico, gbggz};
use crate::util::fold::fold;

/// How much of the care counts toward one calendar year's eigen risico.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearShare {
    pub year: i32,
    /// What counts toward that year's eigen risico (care outside the basic package does not).
    pub amount: Decimal,
    /// The most the patient pays of it: at most that year's eigen risico; `None` when the year's
    /// eigen risico is not known.
    pub at_most: Option<Decimal>,
}

/// True when the nota gives a birth date under 18 years before its first date of care.
pub fn under_18(nota: &Nota) -> bool {
    let first = nota.lines.iter().filter_map(|l| l.date).min();
    match (nota.birth_date, first) {
        (Some(born), Some(first)) => crate::tariffs::eigen_risico::under_18(born, first),
        _ => false,
    }
}

/// Per calendar year of the lines (in year order): how much counts toward the eigen risico, and
/// the most the patient pays. A line without a date counts in the year the nota starts.
pub fn eigen_risico_by_year<'a>(notas: impl IntoIterator<Item = &'a Nota>, under_18: bool) -> Vec<YearShare> {
    let mut years: Vec<(i32, Decimal)> = Vec::new();
    for nota in notas {
        let fallback = nota.start_date.or(nota.invoice_date.as_ref().map(|d| d.value));
        let fallback = fallback.or(nota.billing_month.map(|m| m.first_day()));
        for line in &nota.lines {
            // care outside the basic package, missed appointments and fees never count
            if line.is_fee() || matches!(&line.kind, LineKind::Prestatie(p) if p.kind == PrestatieKind::NonInsured) {
                continue;
            }
            let Some(date) = line.date.or(fallback) else { continue };
            let year = date.year();
            match years.iter_mut().find(|(y, _)| *y == year) {
                Some((_, sum)) => *sum = sum.checked_add(line.amount).unwrap_or(*sum),
                None => years.push((year, line.amount)),
            }
        }
    }
    crate::util::order::sort_by_key(&mut years, |(y, _)| (i64::from(*y) + (1 << 40)) as u64);
    years
        .into_iter()
        .map(|(year, amount)| YearShare { year, amount, at_most: at_most(amount, year, under_18) })
        .collect()
}

fn at_most(amount: Decimal, year: i32, under_18: bool) -> Option<Decimal> {
    if under_18 {
        return Some(Decimal::ZERO);
    }
    eigen_risico::amount(year).map(|cap| amount.max(Decimal::ZERO).min(cap))
}

/// What the DBC estimate is, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Basis-ggz: the GB-ggz product of the profile on the nota, at its 2021 tariff.
    Gbggz { product: &'static gbggz::Product, profile: Profile, price: Decimal },
    /// Specialist ggz: a DBC product (group and band of direct minutes) at its 2018 tariff.
    Specialist {
        group: &'static str,
        band: MinuteBand,
        price: Decimal,
        /// With the ZPM's norm for indirect time, where that moves the band: the product, and its
        /// price where the table has it.
        with_indirect: Option<(&'static str, MinuteBand, Option<Decimal>)>,
    },
    /// No estimate: why.
    None(Missing),
}

/// Why no DBC figure can be given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The nota names neither a basis-ggz profile nor a main diagnosis (a privacy statement, or not
    /// printed).
    ProfileAndDiagnosis,
    /// The diagnosis does not point to a DBC product group NotaWijzer knows.
    UnknownGroup { diagnosis: String },
    /// The diagnosis group was not insured under DBC (aanpassingsstoornissen and the like).
    NotInsured { diagnosis: String },
    /// The 2018 table (partial) does not have this product.
    NotInTable { group: &'static str, band: MinuteBand },
}

/// The counterfactual for one ZPM trajectory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counterfactual {
    /// Indexes of the trajectory's ZPM notas, in date order.
    pub notas: Vec<usize>,
    /// What the ZPM notas of the trajectory ask, added up.
    pub zpm_total: Decimal,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Direct minutes: the consults' duration classes summed (credits taken off).
    pub minutes: u32,
    /// The ZPM's norm for indirect time over those consults.
    pub indirect_minutes: u32,
    pub outcome: Outcome,
    pub under_18: bool,
    /// ZPM: each year's share, capped by that year's eigen risico.
    pub eigen_risico_zpm: Vec<YearShare>,
    /// DBC: the whole trajectory counted once, in the year it started: at most the DBC price (or,
    /// without an estimate, that year's eigen risico).
    pub eigen_risico_dbc: Option<Decimal>,
    pub dbc_year: Option<i32>,
}

impl Counterfactual {
    /// The DBC figure, when there is one.
    pub fn dbc_total(&self) -> Option<Decimal> {
        match &self.outcome {
            Outcome::Gbggz { price, .. } | Outcome::Specialist { price, .. } => Some(*price),
            Outcome::None(_) => None,
        }
    }

    /// The trajectory so far under ZPM minus the DBC figure.
    pub fn difference(&self) -> Option<Decimal> {
        self.dbc_total().and_then(|d| crate::model::money::difference(self.zpm_total, d))
    }

    /// "GB-ggz Middel", "Depressie 250-799 minuten" (Dutch product names, as the NZa wrote them).
    pub fn product_name(&self) -> Option<String> {
        match &self.outcome {
            Outcome::Gbggz { product, .. } => Some(product.name.to_string()),
            Outcome::Specialist { group, band, .. } => Some(format!("{group} {}", band_text(*band))),
            Outcome::None(_) => None,
        }
    }

    pub fn tariff_year(&self) -> Option<i32> {
        match &self.outcome {
            Outcome::Gbggz { .. } => Some(gbggz::LAST_DBC_YEAR),
            Outcome::Specialist { .. } => Some(crate::tariffs::dbc::TARIFF_YEAR),
            Outcome::None(_) => None,
        }
    }

    /// Under ZPM, at most, over all years.
    pub fn eigen_risico_zpm_total(&self) -> Option<Decimal> {
        crate::model::money::sum(self.eigen_risico_zpm.iter().map(|y| y.at_most).collect::<Option<Vec<_>>>()?)
    }
}

/// "250-799", "vanaf 400".
pub fn band_text(band: MinuteBand) -> String {
    match band.to {
        Some(to) => format!("{}-{to}", band.from),
        None => format!("vanaf {}", band.from),
    }
}

/// One ZPM nota of a trajectory: its index in the report, the nota, and what it asks.
pub struct Part<'a> {
    pub index: usize,
    pub nota: &'a Nota,
    pub total: Decimal,
}

/// The counterfactual for the trajectory of the latest ZPM nota (and every ZPM nota of the same
/// trajectory). `None` without ZPM notas.
pub fn counterfactual(parts: &[Part]) -> Option<Counterfactual> {
    let key = |p: &Part| -> u64 {
        let date =
            p.nota.invoice_date.as_ref().map(|d| d.value).or_else(|| p.nota.lines.iter().filter_map(|l| l.date).max());
        date.map_or(0, |d| (i64::from(d.num_days_from_ce()) + (1 << 40)) as u64)
    };
    let latest = parts.iter().max_by_key(|p| (key(p), p.index))?;
    let mut group: Vec<&Part> = parts.iter().filter(|p| super::same_trajectory(p.nota, latest.nota)).collect();
    crate::util::order::sort_by_key(&mut group, |p| key(p));

    let zpm_total = crate::model::money::sum(group.iter().map(|p| p.total))?;
    let dates = group.iter().flat_map(|p| p.nota.lines.iter()).filter(|l| !l.amount.is_sign_negative());
    let first = dates.clone().filter_map(|l| l.date).min();
    let last = dates.filter_map(|l| l.date).max();
    let (mut treatment, mut diagnostics) = (0i64, 0i64);
    for line in group.iter().flat_map(|p| p.nota.lines.iter()) {
        if let LineKind::Prestatie(p) = &line.kind
            && p.kind == PrestatieKind::Consult
            && let Some(m) = p.minutes
        {
            let m = if line.amount.is_sign_negative() { -i64::from(m) } else { i64::from(m) };
            match p.consult {
                Some(ConsultKind::Diagnostiek) => diagnostics += m,
                _ => treatment += m,
            }
        }
    }
    let (treatment, diagnostics) = (treatment.max(0) as u32, diagnostics.max(0) as u32);
    let minutes = treatment + diagnostics;
    let indirect_minutes = treatment * 38 / 47 + diagnostics * 61 / 47;

    let profile = group.iter().rev().find_map(|p| p.nota.profile);
    let diagnosis = group.iter().rev().find_map(|p| p.nota.diagnosis.clone());
    let outcome = match (profile, diagnosis) {
        (Some(profile), _) => {
            let product = gbggz::for_profile(profile);
            match product.tariff(gbggz::LAST_DBC_YEAR) {
                Some(price) => Outcome::Gbggz { product, profile, price },
                None => Outcome::None(Missing::ProfileAndDiagnosis),
            }
        }
        (None, Some(diagnosis)) => specialist(&diagnosis, minutes, indirect_minutes, treatment == 0),
        (None, None) => Outcome::None(Missing::ProfileAndDiagnosis),
    };
    let under_18 = group.iter().any(|p| under_18(p.nota));
    let eigen_risico_zpm = eigen_risico_by_year(group.iter().map(|p| p.nota), under_18);
    let dbc_year = first.map(|d| d.year());
    let eigen_risico_dbc = dbc_year.and_then(|year| {
        let cap = eigen_risico::amount(year)?;
        let price = match &outcome {
            Outcome::Gbggz { price, .. } | Outcome::Specialist { price, .. } => *price,
            Outcome::None(_) => cap,
        };
        Some(if under_18 { Decimal::ZERO } else { price.min(cap) })
    });
    Some(Counterfactual {
        notas: group.iter().map(|p| p.index).collect(),
        zpm_total,
        first,
        last,
        minutes,
        indirect_minutes,
        outcome,
        under_18,
        eigen_risico_zpm,
        eigen_risico_dbc,
        dbc_year,
    })
}

/// The DBC product group of a diagnosis as written (`reference.md` §2.2), by its key words; `Err`
/// with the reason when none fits or the group was not insured.
fn group_of(diagnosis: &str) -> Result<&'static str, Missing> {
    let d = fold(diagnosis);
    const GROUPS: [(&[&str], &str); 13] = [
        (&["depress"], "Depressie"),
        (&["alcohol"], "Alcohol"),
        (&["adhd", "aandachtstekort", "gedragsstoornis"], "Aandachtstekort- en gedrag"),
        (&["autis", "pervasie"], "Pervasief"),
        (&["verslav", "middelen", "drugs", "cannabis", "opiat"], "Overige aan een middel"),
        (&["kindertijd"], "Overige kindertijd"),
        (&["angst", "paniek", "fobie", "ocd", "dwang", "ptss", "trauma"], "Angststoornissen"),
        (&["bipola", "stemming"], "Bipolaire en overige stemmingsstoornissen"),
        (&["schizo", "psychot", "psychose"], "Schizofrenie en andere psychotische stoornissen"),
        (&["persoonlijkheid"], "Persoonlijkheidsstoornissen"),
        (&["eetstoorn", "anorexia", "boulimia"], "Eetstoornissen"),
        (&["somato"], "Somatoforme stoornissen"),
        (&["dementie", "delier", "delirium", "geheugen"], "Delirium, dementie en overige geheugenstoornissen"),
    ];
    if d.contains("aanpassing") || d.contains("relatieprobl") || d.contains("werkprobl") {
        return Err(Missing::NotInsured { diagnosis: diagnosis.to_string() });
    }
    GROUPS
        .iter()
        .find(|(keys, _)| keys.iter().any(|k| d.contains(k)))
        .map(|(_, group)| *group)
        .ok_or_else(|| Missing::UnknownGroup { diagnosis: diagnosis.to_string() })
}

/// The product (label in the 2018 table) and band for a number of minutes.
fn product(group: &'static str, minutes: u32, diagnostics_only: bool) -> Option<(&'static str, MinuteBand)> {
    let band = |from: u32, to: Option<u32>| MinuteBand { from, to };
    let bands4 = |m: u32, last_open: bool| match m {
        0..=99 => Some(band(0, Some(99))),
        100..=199 => Some(band(100, Some(199))),
        200..=399 => Some(band(200, Some(399))),
        400..=799 if !last_open => Some(band(400, Some(799))),
        _ if last_open => Some(band(400, None)),
        _ => None,
    };
    if diagnostics_only {
        return bands4(minutes, false).map(|b| ("Diagnostiek", b));
    }
    if minutes < 250 {
        return bands4(minutes, true).map(|b| ("Behandeling kort", b));
    }
    let b = match minutes {
        250..=799 => band(250, Some(799)),
        800..=1799 => band(800, Some(1799)),
        1800..=2999 => band(1800, Some(2999)),
        3000..=5999 => band(3000, Some(5999)),
        6000..=11999 => band(6000, Some(11999)),
        12000..=17999 => band(12000, Some(17999)),
        18000..=27999 => band(18000, Some(27999)),
        _ => band(28000, None),
    };
    Some((group, b))
}

fn specialist(diagnosis: &str, minutes: u32, indirect: u32, diagnostics_only: bool) -> Outcome {
    let group = match group_of(diagnosis) {
        Ok(g) => g,
        // below 250 minutes the group does not set the product ("Behandeling kort")
        Err(Missing::UnknownGroup { .. }) if minutes < 250 || diagnostics_only => "",
        Err(missing) => return Outcome::None(missing),
    };
    let Some((label, band)) = product(group, minutes, diagnostics_only) else {
        return Outcome::None(Missing::NotInTable { group: "Diagnostiek", band: MinuteBand { from: 800, to: None } });
    };
    if label.is_empty() {
        return Outcome::None(Missing::UnknownGroup { diagnosis: diagnosis.to_string() });
    }
    let Some(price) = maximum_2018(label, band) else {
        return Outcome::None(Missing::NotInTable { group: label, band });
    };
    let with_indirect = product(group, minutes + indirect, diagnostics_only)
        .filter(|(l, b)| (*l, *b) != (label, band) && !l.is_empty())
        .map(|(l, b)| (l, b, maximum_2018(l, b)));
    Outcome::Specialist { group: label, band, price, with_indirect }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_key_words() {
        assert_eq!(group_of("depressieve stemmingsstoornissen"), Ok("Depressie"));
        assert_eq!(group_of("Angststoornissen"), Ok("Angststoornissen"));
        assert!(matches!(group_of("aanpassingsstoornis"), Err(Missing::NotInsured { .. })));
        assert!(matches!(group_of("iets onbekends"), Err(Missing::UnknownGroup { .. })));
    }

    #[test]
    fn bands() {
        let b = |from, to| MinuteBand { from, to };
        assert_eq!(product("Depressie", 195, false), Some(("Behandeling kort", b(100, Some(199)))));
        assert_eq!(product("Depressie", 400, false), Some(("Depressie", b(250, Some(799)))));
        assert_eq!(product("Depressie", 249, false), Some(("Behandeling kort", b(200, Some(399)))));
        assert_eq!(product("Depressie", 450, true), Some(("Diagnostiek", b(400, Some(799)))));
        assert_eq!(product("Depressie", 900, true), None);
        assert_eq!(product("Depressie", 30000, false), Some(("Depressie", b(28000, None))));
    }
}
