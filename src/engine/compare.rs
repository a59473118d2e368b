//! A zorgprestatiemodel trajectory against the old DBC model, in words, a table and charts: what
//! the DBC model would have billed (an estimate, `dbc::estimate`), and the eigen risico under each
//! model. Worked out in the engine (`crate::engine::view`), shown by the shell as text (never as HTML).

use rust_decimal::Decimal;

use crate::engine::chart::{Chart, build};
use crate::rules::analysis::Report;
use crate::rules::dbc::estimate::Counterfactual;
use crate::words::explain;
use crate::words::format::{date_plain, money, money_alone};
use crate::words::lang::Lang;
use crate::words::messages::m;

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
        eigen_risico_heading: m::compare_er_heading(lang),
        eigen_risico_chart: eigen_risico_chart(c, lang),
        table: table(c, lang),
        eigen_risico: explain::eigen_risico(c, lang, false),
    }
}

/// "€ 507,43 minder dan met het DBC-model (schatting: € 885,01)."
fn glance(c: &Counterfactual, lang: Lang) -> String {
    let (Some(dbc), Some(diff)) = (c.dbc_total(), c.difference()) else {
        return m::compare_no_estimate(lang);
    };
    explain::difference_glance(diff, dbc, true, lang)
}

/// "Eigen risico: u betaalt hiervoor hoogstens € 239,43 (met het DBC-model hoogstens € 385,00)."
fn glance_eigen_risico(c: &Counterfactual, lang: Lang) -> String {
    if c.under_18 {
        return m::compare_er_under_18(lang);
    }
    let glance = match (c.eigen_risico_zpm_total(), c.eigen_risico_dbc) {
        (Some(zpm), Some(dbc)) => {
            m::compare_er_glance(lang, m::CompareErGlance { zpm: &money(zpm, lang), dbc: &money(dbc, lang) })
        }
        _ => m::compare_er_see(lang),
    };
    // a year whose eigen risico is only the budget's figure says so here too
    match explain::budget_note(c.eigen_risico_zpm.iter().map(|y| y.year), lang) {
        Some(note) => format!("{glance} {note}"),
        None => glance,
    }
}

/// Per calendar year: what counts under ZPM, the most paid under ZPM, the most paid under DBC.
fn table(c: &Counterfactual, lang: Lang) -> Table {
    let unknown = m::compare_unknown(lang);
    // a cell holds one amount
    let amount = |d: Option<Decimal>| d.map_or_else(|| unknown.clone(), |d| money_alone(d, lang));
    let mut rows: Vec<Vec<String>> = c
        .eigen_risico_zpm
        .iter()
        .map(|y| {
            let dbc = match c.dbc_year {
                Some(year) if year == y.year => amount(c.eigen_risico_dbc),
                _ => money_alone(Decimal::ZERO, lang),
            };
            vec![y.year.to_string(), money_alone(y.amount, lang), amount(y.at_most), dbc]
        })
        .collect();
    if rows.len() > 1 {
        rows.push(vec![
            m::compare_together(lang),
            money_alone(c.eigen_risico_zpm.iter().map(|y| y.amount).sum(), lang),
            amount(c.eigen_risico_zpm_total()),
            amount(c.eigen_risico_dbc),
        ]);
    }
    Table {
        caption: m::compare_table_caption(lang),
        head: vec![
            m::compare_table_year(lang),
            m::compare_table_counts(lang),
            m::compare_table_most(lang),
            m::compare_table_most_dbc(lang),
        ],
        rows,
    }
}

/// Alternating colours for the parts of a bar (styles/app.css).
const CLASSES: [&str; 2] = ["seg-a", "seg-b"];

/// The trajectory's cost under each model, when there is an estimate: per nota, and the product.
fn cost_chart(report: &Report, c: &Counterfactual, lang: Lang) -> Option<Chart> {
    let (dbc, product, year) = (c.dbc_total()?, c.product_name()?, c.tariff_year()?);
    let notas = c
        .notas
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let n = report.notas.get(i)?;
            let number = n.nota.invoice_number.clone().unwrap_or_else(|| (k + 1).to_string());
            Some((
                m::compare_chart_nota(
                    lang,
                    m::CompareChartNota { number: &number, amount: &money(n.month_total, lang) },
                ),
                n.month_total,
                CLASSES[k % 2],
            ))
        })
        .collect();
    let until = c.last.map(|d| date_plain(d, lang));
    Some(build(
        &m::compare_chart_cost(lang),
        vec![
            (
                m::compare_chart_zpm(
                    lang,
                    m::CompareChartZpm {
                        until: until.as_deref().unwrap_or(explain::NONE),
                        amount: &money(c.zpm_total, lang),
                    },
                ),
                c.zpm_total,
                notas,
            ),
            (
                m::compare_chart_dbc(lang, m::CompareChartDbc { year: &year.to_string(), amount: &money(dbc, lang) }),
                dbc,
                vec![(format!("{product}: {}", money_alone(dbc, lang)), dbc, "seg-c")],
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
        .filter_map(|(k, y)| {
            Some((format!("{}: {}", y.year, money_alone(y.at_most?, lang)), y.at_most?, CLASSES[k % 2]))
        })
        .collect();
    Some(build(
        &m::compare_chart_er(lang),
        vec![
            (m::compare_chart_er_zpm(lang, &money(total, lang)), total, years),
            (
                m::compare_chart_er_dbc(lang, &money(dbc, lang)),
                dbc,
                // named with its model: the legend shows the same year for both
                vec![(
                    m::compare_chart_er_dbc_year(
                        lang,
                        m::CompareChartErDbcYear { year: &year.to_string(), amount: &money(dbc, lang) },
                    ),
                    dbc,
                    "seg-c",
                )],
            ),
        ],
    ))
}
