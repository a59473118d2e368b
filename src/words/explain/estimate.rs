//! The comparison of a zorgprestatiemodel trajectory with the old DBC model, and the eigen risico
//! under each model, in words (`dbc::estimate`).

use super::prestatie::NONE;
use crate::rules::dbc::estimate::{Counterfactual, Missing, Outcome, YearShare, band_text};
use crate::words::format::{date_plain, money};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// Every sentence of the comparison, in order: the totals, the basis, the timing, the eigen risico
/// (the command line and the JSON export).
pub fn counterfactual(c: &Counterfactual, lang: Lang) -> Vec<String> {
    let mut out = counterfactual_head(c, lang);
    out.extend(eigen_risico(c, lang, true));
    out
}

/// The totals, the difference, the basis of the estimate and what monthly billing means.
pub fn counterfactual_head(c: &Counterfactual, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let zpm = money(c.zpm_total, lang);
    match (c.first, c.last) {
        (Some(f), Some(l)) => out.push(m::estimate_zpm_span(
            lang,
            m::EstimateZpmSpan { total: &zpm, first: &date_plain(f, lang), last: &date_plain(l, lang) },
        )),
        _ => out.push(m::estimate_zpm(lang, &zpm)),
    }
    if let (Some(dbc), Some(product), Some(year), Some(diff)) =
        (c.dbc_total(), c.product_name(), c.tariff_year(), c.difference())
    {
        out.push(m::estimate_dbc(
            lang,
            m::EstimateDbc { total: &money(dbc, lang), product: &product, year: &year.to_string() },
        ));
        let how = if diff.is_zero() {
            "same"
        } else if diff.is_sign_negative() {
            "less"
        } else {
            "more"
        };
        out.push(m::estimate_difference(lang, m::EstimateDifference { how, difference: &money(diff.abs(), lang) }));
    }
    out.push(basis(c, lang));
    out.push(m::estimate_monthly(lang));
    out
}

/// Where the DBC figure comes from, or why there is none.
fn basis(c: &Counterfactual, lang: Lang) -> String {
    match &c.outcome {
        Outcome::Gbggz { product, profile, .. } => m::estimate_basis_gbggz(
            lang,
            m::EstimateBasisGbggz {
                profile: profile.code(),
                product: product.name,
                max: &product.max_minutes.to_string(),
            },
        ),
        Outcome::Specialist { with_indirect, .. } => {
            let mut s = m::estimate_basis_specialist(lang, &c.minutes.to_string());
            if let Some((group, band, price)) = with_indirect {
                let product = format!("{group} {}", band_text(*band));
                let price = price.map(|p| money(p, lang));
                s.push(' ');
                s.push_str(&m::estimate_indirect(
                    lang,
                    m::EstimateIndirect {
                        minutes: &c.indirect_minutes.to_string(),
                        product: &product,
                        price: price.as_deref().unwrap_or(NONE),
                    },
                ));
            }
            s
        }
        Outcome::None(missing) => match missing {
            Missing::ProfileAndDiagnosis => m::estimate_none_profile(lang),
            Missing::UnknownGroup { diagnosis } => m::estimate_none_group(lang, diagnosis),
            Missing::NotInsured { diagnosis } => m::estimate_none_insured(lang, diagnosis),
            Missing::NotInTable { group, band } => {
                m::estimate_none_table(lang, &format!("{group} {}", band_text(*band)))
            }
        },
    }
}

/// One year's share: "2024: € 295,59 telt mee; daarvan betaalt u hoogstens € 295,59."
pub fn year_share(y: &YearShare, lang: Lang) -> String {
    let at_most = y.at_most.map(|a| money(a, lang));
    m::estimate_year_share(
        lang,
        m::EstimateYearShare {
            year: &y.year.to_string(),
            amount: &money(y.amount, lang),
            most: at_most.as_deref().unwrap_or(NONE),
        },
    )
}

/// The eigen risico under each model, and what the difference means; with a sentence per year, or
/// without (the app shows the years in a table).
pub fn eigen_risico(c: &Counterfactual, lang: Lang, years: bool) -> Vec<String> {
    let mut out = vec![m::estimate_er_zpm(lang)];
    if years {
        out.extend(c.eigen_risico_zpm.iter().map(|y| year_share(y, lang)));
    }
    if let (Some(dbc), Some(year)) = (c.eigen_risico_dbc, c.dbc_year) {
        out.push(m::estimate_er_dbc(lang, m::EstimateErDbc { year: &year.to_string(), amount: &money(dbc, lang) }));
        if let Some(zpm) = c.eigen_risico_zpm_total() {
            let extra = crate::model::money::difference(zpm, dbc).unwrap_or_default();
            out.push(if c.eigen_risico_zpm.len() > 1 && extra > rust_decimal::Decimal::ZERO {
                m::estimate_er_new_year(lang, &money(extra, lang))
            } else {
                m::estimate_er_one_year(lang)
            });
        }
    }
    if c.under_18 {
        out.push(m::estimate_er_under_18(lang));
    } else {
        out.extend(budget_note(c.eigen_risico_zpm.iter().map(|y| y.year), lang));
    }
    out.push(m::estimate_er_other_care(lang));
    out
}

/// "Voor 2027 rekent NotaWijzer met € 400: het bedrag uit de begroting …": said wherever an eigen
/// risico of a year that is only the budget's figure is used (`tariffs::eigen_risico`).
pub fn budget_note(years: impl IntoIterator<Item = i32>, lang: Lang) -> Option<String> {
    use crate::tariffs::eigen_risico::{BUDGET_AMOUNT, BUDGET_SOURCE, BUDGET_YEAR, is_budget_figure};
    years.into_iter().any(is_budget_figure).then(|| {
        m::eigen_risico_budget(
            lang,
            m::EigenRisicoBudget {
                year: &BUDGET_YEAR.to_string(),
                amount: &money(BUDGET_AMOUNT, lang),
                url: BUDGET_SOURCE,
            },
        )
    })
}
