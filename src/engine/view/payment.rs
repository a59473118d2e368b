//! "Wat betaalt u?": the sentences for what was typed, and each field with what does not read in it.

use super::parts::*;
use crate::engine::protocol::Settings;
use crate::model::Model;
use crate::rules::analysis::Report;
use crate::words::lang::Lang;
use crate::words::messages::m;

/// What is wrong with a typed value, in words, at its field.
pub(super) fn input_problem(problem: crate::rules::payment::InputProblem, lang: Lang) -> String {
    use crate::rules::payment::InputProblem::*;
    m::view_input_problem(
        lang,
        match problem {
            NotANumber => "number",
            PercentOutOfRange => "percent",
            AmountOutOfRange => "amount",
            BadYear => "year",
        },
    )
}

pub(super) fn payment(report: &Report, settings: &Settings, host: &Host) -> Option<PaymentView> {
    use crate::rules::payment::{Inputs, parse_percent, parse_used};
    let lang = settings.lang;
    let n = report.primary().filter(|n| n.model == Model::Zpm)?;
    let form = &settings.payment;
    let mut inputs = Inputs::default();
    let mut percent_error = None;
    if form.no_contract && !form.percent.trim().is_empty() {
        match parse_percent(&form.percent) {
            Ok(p) => inputs.policy_percent = Some(p),
            Err(e) => percent_error = Some(input_problem(e, lang)),
        }
    }
    // the insurer typed (one whose list the site holds), else the one a portal passed on
    let chosen = host.chosen(&form.insurer);
    let insurer_error = chosen.is_err().then(|| m::view_insurer_unknown(lang, &host.insurers.join(", ")));
    if form.no_contract {
        inputs.insurer = chosen.unwrap_or_default();
    }
    let mut errors = Vec::new();
    for (year, text) in form.used.iter().filter(|(_, t)| !t.trim().is_empty()) {
        match parse_used(text) {
            Ok(amount) => inputs.eigen_risico_used.push((*year, amount)),
            Err(e) => errors.push((*year, input_problem(e, lang))),
        }
    }
    // only what reads counts: a value that does not read changes no figure
    let p = crate::rules::payment::payment(&n.nota, n.month_total, &inputs);
    let years = p
        .years
        .iter()
        .filter(|y| y.open.is_some() && !p.under_18)
        .map(|y| (y.year, errors.iter().find(|(e, _)| *e == y.year).map(|(_, m)| m.clone())))
        .collect();
    Some(PaymentView {
        sentences: crate::words::explain::payment(&p, &inputs, lang),
        no_contract: form.no_contract,
        percent_error,
        insurer: (!host.insurers.is_empty() || host.portal_insurer.is_some()).then(|| {
            let mut hint = m::view_insurer_hint(lang, &host.insurers.join(", "));
            if let (true, Some(portal)) = (form.insurer.trim().is_empty(), &host.portal_insurer) {
                hint = format!("{} {hint}", m::view_insurer_portal(lang, portal));
            }
            (hint, insurer_error)
        }),
        years,
    })
}
