//! The JSON shape of a [`Report`] (the command line's `--json`, and what an embedding portal gets).
//! Dates are ISO (`2017-02-15`), months `2017-02`, amounts strings with two decimals (`"8700.00"`).
//! Its `notas` read back as the JSON input form.

use serde::Serialize;

use crate::model::money::canonical;
use crate::model::{ConsultKind, LineKind, Model, Prestatie};
use crate::rules::analysis::{NotaReport, Report};
use crate::rules::dbc::estimate::Outcome;
use crate::words::explain;
use crate::words::lang::Lang;

#[derive(Serialize)]
pub struct JsonReport {
    pub notas: Vec<JsonNota>,
    pub comparison: Option<JsonComparison>,
    /// The insurer's overviews, bills and settlements (`crate::engine::export_overview`).
    pub overviews: Vec<crate::engine::export_overview::JsonOverview>,
    /// A nota read with an overview: each line's row.
    pub matches: Vec<crate::engine::export_overview::JsonMatch>,
    pub errors: Vec<JsonError>,
}

#[derive(Serialize)]
pub struct JsonNota {
    pub file: String,
    pub model: &'static str,
    pub patient: Option<String>,
    pub sequence: Option<u32>,
    pub billing_month: Option<String>,
    pub cluster: Option<JsonCluster>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub review_date: Option<String>,
    pub previously_billed: Option<String>,
    pub lines: Vec<JsonLine>,
    pub lines_total: String,
    pub stated_total: Option<String>,
    /// "Reeds ontvangen" / "Reeds voldaan": what the nota says was paid already, or null.
    pub already_paid: Option<String>,
    /// "Openstaand saldo" / "Te betalen": what the nota says is still to pay, or null.
    pub balance_due: Option<String>,
    /// "Vervaldatum", "Te betalen vóór": the day to pay by, as the nota states it.
    pub due_date: Option<String>,
    /// The nota says a privacyverklaring keeps the diagnosis and the zorgvraagtype off it.
    pub privacy_statement: bool,
    pub cumulative: String,
    pub findings: Vec<JsonFinding>,
    /// Per calendar year of the lines: what counts toward the eigen risico, and the most paid.
    pub eigen_risico: Vec<JsonYearShare>,
    pub invoice_number: Option<String>,
    pub invoice_date: Option<String>,
    pub trajectory_number: Option<String>,
    pub provider: Option<String>,
    pub diagnosis: Option<String>,
    pub profile: Option<&'static str>,
    /// The date the review (pilot) or the yearly re-assessment of the zorgvraagtype (ZPM) is due:
    /// the stated date, else the one the rules give.
    pub review_due: Option<String>,
    /// What the patient pays, and what may come back (`crate::rules::payment`).
    pub payment: JsonPayment,
}

#[derive(Serialize)]
pub struct JsonPayment {
    /// What this nota asks now: the balance due where it states one, else its total.
    pub to_pay: String,
    /// The insured care on the nota.
    pub insured: String,
    pub not_reimbursed: Vec<JsonNotReimbursed>,
    /// Per calendar year: how much of this nota's insured care falls under the eigen risico still
    /// open (null when the year's eigen risico is not known).
    pub eigen_risico_remaining: Vec<JsonYearOpen>,
    /// With `--policy-percent` or an insurer's payout list: the most the insurer pays back; else null.
    pub reimbursement_at_most: Option<String>,
    /// With `--policy-percent` or an insurer's payout list: the least the patient pays in the end; else null.
    pub patient_pays_at_least: Option<String>,
    /// With `--insurer`: the payout lists used (their files and sources), and the lines they do
    /// not hold; absent without.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payout: Option<JsonPayout>,
}

#[derive(Serialize)]
pub struct JsonPayout {
    pub insurer: String,
    /// `payout-<insurer>-YYYY.json` and the address the list was published at.
    pub lists: Vec<(String, String)>,
    pub lines_not_on_list: Vec<usize>,
    pub years_without_list: Vec<i32>,
}

#[derive(Serialize)]
pub struct JsonNotReimbursed {
    pub line_no: usize,
    pub amount: String,
    /// "no_show", "fee" or "non_insured".
    pub reason: &'static str,
}

#[derive(Serialize)]
pub struct JsonYearOpen {
    pub year: i32,
    pub amount: Option<String>,
    /// The eigen risico of that year still open (its amount less what was used, as given).
    pub open: Option<String>,
    /// True when the eigen risico used that year was given (`--eigen-risico-used`).
    pub used_given: bool,
}

#[derive(Serialize)]
pub struct JsonCluster {
    /// `null` when the nota's cluster is not in the catalogue.
    pub number: Option<u8>,
    /// The catalogue name in the chosen language, or the text on the nota when unknown.
    pub name: String,
    pub group: Option<String>,
    pub supercluster: Option<String>,
    /// "zorgcluster" (pilot) or "zorgvraagtype" (ZPM).
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct JsonLine {
    pub line_no: usize,
    pub kind: &'static str,
    pub description: String,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<String>,
    pub amount: String,
    /// The count of an "Aantal | Tarief | Bedrag" line, or null.
    pub quantity: Option<String>,
    /// Its unit price, or null.
    pub unit_price: Option<String>,
    pub explanation: String,
    /// The NZa prestatiecode (`CO0497`), or null.
    pub code: Option<String>,
    /// "diagnostiek", "behandeling" or null.
    pub consult_type: Option<&'static str>,
    /// The duration class ("vanaf" minutes), or null.
    pub duration_minutes: Option<u16>,
    pub profession: Option<&'static str>,
    /// The ZPM setting 1–8, or null.
    pub setting: Option<u8>,
    /// A credit line: a correction that lowers the bill.
    pub credit: bool,
    pub max_tariff: Option<JsonMaxTariff>,
}

#[derive(Serialize)]
pub struct JsonMaxTariff {
    pub year: i32,
    pub amount: String,
    pub source: &'static str,
}

#[derive(Serialize)]
pub struct JsonFinding {
    pub code: &'static str,
    /// "problem": something that may be wrong; "information": worth knowing, and no error.
    pub kind: &'static str,
    pub line_no: Option<usize>,
    pub message: String,
}

#[derive(Serialize)]
pub struct JsonYearShare {
    pub year: i32,
    pub amount: String,
    pub patient_pays_at_most: Option<String>,
}

#[derive(Serialize)]
pub struct JsonComparison {
    /// The pilot's cluster statement total (the trajectory so far); null for a ZPM trajectory.
    pub cluster_total: Option<String>,
    /// The trajectory so far: the cluster statement's total, or the ZPM notas added up.
    pub trajectory_total: String,
    /// `null` when no estimate can be made (the explanation says why).
    pub dbc_total: Option<String>,
    pub difference: Option<String>,
    pub explanation: Vec<String>,
    /// "dbc_nota" (the pilot's own DBC nota), "gbggz" or "dbc_estimate".
    pub basis: Option<&'static str>,
    pub dbc_product: Option<String>,
    pub tariff_year: Option<i32>,
    pub estimate: bool,
    /// What the patient would have paid at most under DBC (the whole trajectory once).
    pub eigen_risico_dbc: Option<String>,
    /// At most, over all years, under ZPM.
    pub eigen_risico_zpm: Option<String>,
}

#[derive(Serialize)]
pub struct JsonError {
    pub file: String,
    pub code: &'static str,
    pub line_no: usize,
    pub column: usize,
    pub message: String,
}

/// The report in its JSON shape, with sentences in `lang`.
pub fn to_json(report: &Report, lang: Lang) -> JsonReport {
    to_json_with(report, lang, &crate::rules::payment::Inputs::default())
}

/// [`to_json`] with what the patient said about their policy and eigen risico.
pub fn to_json_with(report: &Report, lang: Lang, inputs: &crate::rules::payment::Inputs) -> JsonReport {
    JsonReport {
        notas: report.notas.iter().map(|n| nota(n, lang, inputs)).collect(),
        comparison: comparison(report, lang),
        overviews: report.overviews.iter().map(|o| crate::engine::export_overview::overview(o, lang)).collect(),
        matches: crate::engine::export_overview::matches(report),
        errors: report
            .errors
            .iter()
            .map(|e| JsonError {
                file: e.file.clone(),
                code: e.error.code(),
                line_no: e.error.at.line,
                column: e.error.at.column,
                message: explain::read_error(&e.error, lang),
            })
            .collect(),
    }
}

/// The pilot's comparison with its own DBC nota, else the ZPM trajectory's DBC counterfactual.
fn comparison(report: &Report, lang: Lang) -> Option<JsonComparison> {
    if let Some(c) = &report.comparison {
        // the DBC trajectory counted once, in the year it started (the DBC nota's start date)
        let dbc = report.notas.get(c.dbc_nota).map(|n| &n.nota);
        let start = dbc.and_then(|n| n.start_date.or_else(|| n.lines.iter().filter_map(|l| l.date).min()));
        let cap = start.and_then(|d| crate::tariffs::eigen_risico::amount(chrono::Datelike::year(&d)));
        return Some(JsonComparison {
            cluster_total: Some(canonical(c.cluster_total)),
            trajectory_total: canonical(c.cluster_total),
            dbc_total: Some(canonical(c.dbc_total)),
            difference: Some(canonical(c.difference)),
            explanation: explain::comparison(c, lang),
            basis: Some("dbc_nota"),
            dbc_product: c
                .products
                .first()
                .map(|p| format!("{} {}", p.group, crate::rules::dbc::estimate::band_text(p.band))),
            tariff_year: None,
            estimate: false,
            eigen_risico_dbc: cap.map(|cap| canonical(c.dbc_total.min(cap))),
            eigen_risico_zpm: None,
        });
    }
    let c = &report.counterfactual()?;
    let basis = match c.outcome {
        Outcome::Gbggz { .. } => Some("gbggz"),
        Outcome::Specialist { .. } => Some("dbc_estimate"),
        Outcome::None(_) => None,
    };
    Some(JsonComparison {
        cluster_total: None,
        trajectory_total: canonical(c.zpm_total),
        dbc_total: c.dbc_total().map(canonical),
        difference: c.difference().map(canonical),
        explanation: explain::counterfactual(c, lang),
        basis,
        dbc_product: c.product_name(),
        tariff_year: c.tariff_year(),
        estimate: basis.is_some(),
        eigen_risico_dbc: c.eigen_risico_dbc.map(canonical),
        eigen_risico_zpm: c.eigen_risico_zpm_total().map(canonical),
    })
}

fn nota(n: &NotaReport, lang: Lang, inputs: &crate::rules::payment::Inputs) -> JsonNota {
    let iso = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let kind = if n.model == Model::Zpm { "zorgvraagtype" } else { "zorgcluster" };
    let cluster = n.nota.cluster.as_ref().map(|written| match n.cluster() {
        Some(c) => JsonCluster {
            number: Some(c.number),
            name: explain::cluster_name(c, lang),
            group: Some(explain::group_label(c.group, lang)),
            supercluster: Some(explain::supercluster_name(c.group.supercluster, lang)),
            kind,
        },
        None => JsonCluster { number: None, name: written.value.clone(), group: None, supercluster: None, kind },
    });
    JsonNota {
        file: n.file.clone(),
        model: n.model.code(),
        patient: n.nota.patient.clone(),
        sequence: n.nota.sequence,
        billing_month: n.nota.billing_month.map(|m| m.iso()),
        cluster,
        start_date: n.nota.start_date.map(iso),
        end_date: n.nota.end_date.map(iso),
        review_date: n.review.stated.map(iso),
        previously_billed: n.nota.previously_billed.map(canonical),
        lines: n
            .nota
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| (l, n.context(i)))
            .map(|(l, ctx)| JsonLine {
                line_no: l.line_no,
                kind: l.kind.code(),
                description: l.description.clone(),
                date: l.date.map(iso),
                minutes: match &l.kind {
                    LineKind::DbcProduct { band, .. } => Some(match band.to {
                        Some(to) => format!("{}-{to}", band.from),
                        None => format!("{}+", band.from),
                    }),
                    _ => None,
                },
                amount: canonical(l.amount),
                quantity: l.quantity.map(|q| q.normalize().to_string()),
                unit_price: l.unit_price.map(canonical),
                explanation: explain::line_with(l, &ctx, lang),
                code: l.code.clone(),
                consult_type: consult_type(&l.kind),
                duration_minutes: prestatie(&l.kind).and_then(|p| p.minutes),
                profession: prestatie(&l.kind).and_then(|p| p.profession).map(|p| p.code()),
                setting: prestatie(&l.kind).and_then(|p| p.setting),
                credit: l.amount.is_sign_negative() && !l.amount.is_zero(),
                max_tariff: ctx.max_tariff.map(|m| JsonMaxTariff {
                    year: m.year,
                    amount: canonical(m.amount),
                    source: m.source.url,
                }),
            })
            .collect(),
        lines_total: canonical(n.lines_total),
        stated_total: n.nota.stated_total.as_ref().map(|t| canonical(t.value)),
        already_paid: n.nota.already_paid.as_ref().map(|t| canonical(t.value)),
        balance_due: n.nota.balance_due.as_ref().map(|t| canonical(t.value)),
        due_date: n.nota.due_date.map(iso),
        privacy_statement: n.nota.privacy_statement,
        cumulative: canonical(n.cumulative),
        findings: n
            .findings
            .iter()
            .map(|f| JsonFinding {
                code: f.code(),
                kind: if f.is_information() { "information" } else { "problem" },
                line_no: f.line_no(),
                message: explain::finding(f, lang),
            })
            .collect(),
        eigen_risico: n
            .eigen_risico()
            .iter()
            .map(|y| JsonYearShare {
                year: y.year,
                amount: canonical(y.amount),
                patient_pays_at_most: y.at_most.map(canonical),
            })
            .collect(),
        invoice_number: n.nota.invoice_number.clone(),
        invoice_date: n.nota.invoice_date.as_ref().map(|d| iso(d.value)),
        trajectory_number: n.nota.trajectory_number.clone(),
        provider: n.nota.provider.clone(),
        diagnosis: n.nota.diagnosis.clone(),
        profile: n.nota.profile.map(|p| p.code()),
        review_due: n.review.due.map(iso),
        payment: payment(n, inputs),
    }
}

fn payment(n: &NotaReport, inputs: &crate::rules::payment::Inputs) -> JsonPayment {
    let p = crate::rules::payment::payment(&n.nota, n.month_total, inputs);
    JsonPayment {
        to_pay: canonical(p.to_pay),
        insured: canonical(p.insured),
        not_reimbursed: p
            .not_reimbursed
            .iter()
            .map(|l| JsonNotReimbursed { line_no: l.line_no, amount: canonical(l.amount), reason: l.reason.code() })
            .collect(),
        eigen_risico_remaining: p
            .years
            .iter()
            .map(|y| JsonYearOpen {
                year: y.year,
                amount: y.under_eigen_risico.map(canonical),
                open: y.open.map(canonical),
                used_given: y.used_given,
            })
            .collect(),
        reimbursement_at_most: p.reimbursement_at_most.map(canonical),
        patient_pays_at_least: p.patient_pays_at_least.map(canonical),
        payout: p.payout.map(|o| JsonPayout {
            insurer: o.insurer,
            lists: o.lists.iter().map(|s| (s.key.to_string(), s.url.to_string())).collect(),
            lines_not_on_list: o.missing.iter().map(|(line, _)| *line).collect(),
            years_without_list: o.no_list,
        }),
    }
}

fn prestatie(kind: &LineKind) -> Option<&Prestatie> {
    match kind {
        LineKind::Prestatie(p) => Some(p),
        _ => None,
    }
}

fn consult_type(kind: &LineKind) -> Option<&'static str> {
    let consult = match kind {
        LineKind::Prestatie(p) => p.consult,
        LineKind::Consult { kind, .. } => *kind,
        _ => None,
    };
    match consult? {
        ConsultKind::Diagnostiek => Some("diagnostiek"),
        ConsultKind::Behandeling => Some("behandeling"),
        ConsultKind::Farmacotherapeutisch => None,
    }
}
