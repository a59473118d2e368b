//! A zorgprestatiemodel trajectory against the old DBC model, in words, a table and charts: what
//! the DBC model would have billed (an estimate, `dbc::estimate`), and the eigen risico under each
//! model. Worked out in the engine (`crate::view`), shown by the shell as text (never as HTML).

use rust_decimal::Decimal;

use crate::analysis::Report;
use crate::chart::{Chart, build};
use crate::dbc::estimate::Counterfactual;
use crate::explain;
use crate::format::{date_plain, money};
use crate::lang::Lang;

/// The comparison of a ZPM trajectory with the DBC model, in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The comparison in one line, for the overview.
    pub glance: String,
    /// The eigen risico under each model in one line, for the overview.
    pub glance_eigen_risico: String,
    /// The totals, the difference, the basis of the estimate, monthly billing.
    pub sentences: Vec<String>,
    /// Both totals, when there is an estimate.
    pub cost_chart: Option<Chart>,
    pub eigen_risico_heading: String,
    /// The most the patient pays under each model.
    pub eigen_risico_chart: Option<Chart>,
    /// The eigen risico per calendar year under each model.
    pub table: Table,
    /// What the eigen-risico figures mean (the New Year, under-18s, other care).
    pub eigen_risico: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    /// The first cell of each row is its header (the year).
    pub rows: Vec<Vec<String>>,
}

/// The comparison in one language (`None` without a ZPM trajectory).
pub fn for_lang(report: &Report, lang: Lang) -> Option<Comparison> {
    let c = report.counterfactual()?;
    Some(comparison(report, &c, lang))
}

fn comparison(report: &Report, c: &Counterfactual, lang: Lang) -> Comparison {
    Comparison {
        glance: glance(c, lang),
        glance_eigen_risico: glance_eigen_risico(c, lang),
        sentences: explain::counterfactual_head(c, lang),
        cost_chart: cost_chart(report, c, lang),
        eigen_risico_heading: lang.pick("Eigen risico", "Eigen risico (deductible)").to_string(),
        eigen_risico_chart: eigen_risico_chart(c, lang),
        table: table(c, lang),
        eigen_risico: explain::eigen_risico(c, lang, false),
    }
}

/// "€ 507,43 minder dan met het DBC-model (schatting: € 885,01)."
fn glance(c: &Counterfactual, lang: Lang) -> String {
    let (Some(dbc), Some(diff)) = (c.dbc_total(), c.difference()) else {
        return lang
            .pick(
                "NotaWijzer kan niet schatten wat het DBC-model zou kosten: zie de vergelijking.",
                "NotaWijzer cannot estimate what the DBC model would cost: see the comparison.",
            )
            .to_string();
    };
    explain::difference_glance(diff, dbc, true, lang)
}

/// "Eigen risico: u betaalt hiervoor hoogstens € 239,43 (met het DBC-model hoogstens € 385,00)."
fn glance_eigen_risico(c: &Counterfactual, lang: Lang) -> String {
    if c.under_18 {
        return lang
            .pick("Eigen risico: onder de 18 betaalt u geen eigen risico.", "Eigen risico: under 18 you pay none.")
            .to_string();
    }
    match (c.eigen_risico_zpm_total(), c.eigen_risico_dbc) {
        (Some(zpm), Some(dbc)) => lang.pick(
            format!(
                "Eigen risico: u betaalt hiervoor hoogstens {} (met het DBC-model hoogstens {}).",
                money(zpm, lang),
                money(dbc, lang)
            ),
            format!(
                "Eigen risico: you pay at most {} for this (under the DBC model at most {}).",
                money(zpm, lang),
                money(dbc, lang)
            ),
        ),
        _ => lang.pick("Eigen risico: zie de vergelijking.", "Eigen risico: see the comparison.").to_string(),
    }
}

/// Per calendar year: what counts under ZPM, the most paid under ZPM, the most paid under DBC.
fn table(c: &Counterfactual, lang: Lang) -> Table {
    let m = |d: Option<Decimal>| match d {
        Some(d) => money(d, lang),
        None => lang.pick("onbekend", "unknown").to_string(),
    };
    let mut rows: Vec<Vec<String>> = c
        .eigen_risico_zpm
        .iter()
        .map(|y| {
            let dbc = match c.dbc_year {
                Some(year) if year == y.year => m(c.eigen_risico_dbc),
                _ => money(Decimal::ZERO, lang),
            };
            vec![y.year.to_string(), money(y.amount, lang), m(y.at_most), dbc]
        })
        .collect();
    if rows.len() > 1 {
        rows.push(vec![
            lang.pick("Samen", "Together").to_string(),
            money(c.eigen_risico_zpm.iter().map(|y| y.amount).sum(), lang),
            m(c.eigen_risico_zpm_total()),
            m(c.eigen_risico_dbc),
        ]);
    }
    // Soft hyphens (U+00AD) let a phone break the long word as Dutch does: zorg-pres-tatie-model.
    Table {
        caption: lang
            .pick(
                "Per kalenderjaar: wat meetelt en wat u hoogstens betaalt",
                "Per calendar year: what counts and the most you pay",
            )
            .to_string(),
        head: [
            lang.pick("Jaar", "Year"),
            lang.pick(
                "Telt mee (zorg\u{ad}pres\u{ad}tatie\u{ad}model)",
                "Counts (zorg\u{ad}pres\u{ad}tatie\u{ad}model)",
            ),
            lang.pick(
                "U betaalt hoogstens (zorg\u{ad}pres\u{ad}tatie\u{ad}model)",
                "You pay at most (zorg\u{ad}pres\u{ad}tatie\u{ad}model)",
            ),
            lang.pick("U betaalde hoogstens (DBC-model)", "You paid at most (DBC model)"),
        ]
        .map(str::to_string)
        .to_vec(),
        rows,
    }
}

/// Alternating colours for the parts of a bar (styles/app.css).
const CLASSES: [&str; 2] = ["seg-a", "seg-b"];
const ZPM: &str = "Zorgprestatiemodel";

/// The trajectory's cost under each model, when there is an estimate: per nota, and the product.
fn cost_chart(report: &Report, c: &Counterfactual, lang: Lang) -> Option<Chart> {
    let until = c.last.map(|d| format!(" ({} {})", lang.pick("t/m", "to"), date_plain(d, lang))).unwrap_or_default();
    let (dbc, product, year) = (c.dbc_total()?, c.product_name()?, c.tariff_year()?);
    let notas = c
        .notas
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let n = report.notas.get(i)?;
            let name = match &n.nota.invoice_number {
                Some(number) => format!("{} {number}", lang.pick("Nota", "Statement")),
                None => format!("{} {}", lang.pick("Nota", "Statement"), k + 1),
            };
            Some((format!("{name}: {}", money(n.month_total, lang)), n.month_total, CLASSES[k % 2]))
        })
        .collect();
    let estimate = lang.pick("DBC-model, schatting met het tarief van", "DBC model, estimated at the tariff of");
    Some(build(
        lang.pick("Wat uw traject kost", "What your course of treatment costs"),
        vec![
            (format!("{ZPM}{until}: {}", money(c.zpm_total, lang)), c.zpm_total, notas),
            (
                format!("{estimate} {year}: {}", money(dbc, lang)),
                dbc,
                vec![(format!("{product}: {}", money(dbc, lang)), dbc, "seg-c")],
            ),
        ],
    ))
}

/// The most the patient pays under each model: per calendar year under ZPM, once under DBC.
fn eigen_risico_chart(c: &Counterfactual, lang: Lang) -> Option<Chart> {
    let (dbc, year, total) = (c.eigen_risico_dbc?, c.dbc_year?, c.eigen_risico_zpm_total()?);
    let years = c
        .eigen_risico_zpm
        .iter()
        .enumerate()
        .filter_map(|(k, y)| Some((format!("{}: {}", y.year, money(y.at_most?, lang)), y.at_most?, CLASSES[k % 2])))
        .collect();
    let most = lang.pick("hoogstens", "at most");
    Some(build(
        lang.pick("Eigen risico dat u hoogstens betaalt", "Eigen risico you pay at most"),
        vec![
            (format!("{ZPM}: {most} {}", money(total, lang)), total, years),
            (
                format!("{}: {most} {}", lang.pick("DBC-model", "DBC model"), money(dbc, lang)),
                dbc,
                // named with its model: the legend shows the same year for both
                vec![(format!("{} {year}: {}", lang.pick("DBC-model", "DBC model"), money(dbc, lang)), dbc, "seg-c")],
            ),
        ],
    ))
}
