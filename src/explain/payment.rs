//! What the patient pays, and what may come back, in B1 sentences (`crate::payment`;
//! `shared/domain/paying.md` with its sources).

use crate::format::money;
use crate::lang::Lang;
use crate::payment::{Inputs, Payment, Reason};

use super::payment_sources::{HINDERPAAL as HINDERPAAL_SOURCE, RANGE as RANGE_SOURCE};

pub(crate) fn reason(r: Reason, lang: Lang) -> &'static str {
    match r {
        Reason::NoShow => lang.pick("een afspraak die niet doorging", "an appointment that did not take place"),
        Reason::Fee => lang.pick("een kostenpost van de zorgaanbieder zelf", "a charge of the provider's own"),
        Reason::NonInsured => lang.pick("zorg buiten het basispakket", "care outside the basic package"),
    }
}

/// The sentences, in order: what to pay now, what is never reimbursed and why, the eigen risico per
/// year, and what a policy without a contract pays back at most.
pub fn payment(p: &Payment, inputs: &Inputs, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    out.push(lang.pick(
        format!("U betaalt nu {}. Daarvan is {} verzekerde zorg.", money(p.to_pay, lang), money(p.insured, lang)),
        format!("You pay {} now. Of this, {} is insured care.", money(p.to_pay, lang), money(p.insured, lang)),
    ));
    for l in &p.not_reimbursed {
        let (n, a, why) = (l.line_no, money(l.amount, lang), reason(l.reason, lang));
        out.push(lang.pick(
            format!("Regel {n} ({a}) betaalt uw zorgverzekeraar nooit terug: dit is {why}."),
            format!("Your health insurer never pays back line {n} ({a}): this is {why}."),
        ));
    }
    for y in &p.years {
        let year = y.year;
        out.push(match (y.under_eigen_risico, p.under_18, y.used_given, lang) {
            (None, _, _, Lang::Nl) => format!("Het eigen risico van {year} is nog niet bekend."),
            (None, _, _, Lang::En) => format!("The eigen risico (deductible) of {year} is not yet known."),
            (Some(_), true, _, Lang::Nl) => format!("U was jonger dan 18: u heeft in {year} geen eigen risico."),
            (Some(_), true, _, Lang::En) => format!("You were under 18: you have no eigen risico (deductible) in {year}."),
            (Some(u), false, true, Lang::Nl) => format!(
                "{year}: van de verzekerde zorg op deze nota valt {} onder uw eigen risico. Dat betaalt u zelf.",
                money(u, lang)
            ),
            (Some(u), false, true, Lang::En) => format!(
                "{year}: {} of the insured care on this statement falls under your eigen risico (deductible). You pay that yourself.",
                money(u, lang)
            ),
            (Some(u), false, false, Lang::Nl) => format!(
                "{year}: van de verzekerde zorg op deze nota valt {} onder uw eigen risico, als u dit jaar nog geen eigen risico betaalde. Hoeveel u al betaalde, ziet u op de website of in de app van uw zorgverzekeraar.",
                money(u, lang)
            ),
            (Some(u), false, false, Lang::En) => format!(
                "{year}: {} of the insured care on this statement falls under your eigen risico (deductible), if you have paid none of it this year. How much you have paid already is on your health insurer's website or app.",
                money(u, lang)
            ),
        });
    }
    match (inputs.policy_percent, p.reimbursement_at_most, p.patient_pays_at_least) {
        (Some(pct), Some(back), Some(least)) => {
            // "72,5" in Dutch, "72.5" in English
            let pct = pct.normalize().to_string();
            let pct = if lang == Lang::Nl { pct.replace('.', ",") } else { pct };
            out.push(lang.pick(
                format!("Heeft uw zorgaanbieder geen contract met uw zorgverzekeraar, en vergoedt uw polis {pct} %? Dan betaalt uw verzekeraar u hoogstens {} terug. U betaalt dus minstens {} zelf.", money(back, lang), money(least, lang)),
                format!("Has your care provider no contract with your health insurer, and does your policy pay {pct} %? Then your insurer pays you back at most {}. So you pay at least {} yourself.", money(back, lang), money(least, lang)),
            ));
            out.push(lang.pick(
                "Dit is het meeste. Uw verzekeraar betaalt ook niet meer dan dat percentage van zijn eigen gemiddelde tarief met contract, en dat tarief kent NotaWijzer niet. Sommige verzekeraars zetten hun hoogste vergoeding per prestatiecode op hun website.".to_string(),
                "This is the most. Your insurer also pays no more than that percentage of its own average contracted tariff, which NotaWijzer does not know. Some insurers publish their highest payout per prestatie code on their website.".to_string(),
            ));
        }
        (Some(_), None, _) => out.push(
            lang.pick(
                "NotaWijzer kan niet uitrekenen wat uw verzekeraar terugbetaalt: het eigen risico van een jaar op deze nota is nog niet bekend.",
                "NotaWijzer cannot work out what your insurer pays back: the eigen risico (deductible) of a year on this statement is not yet known.",
            )
            .to_string(),
        ),
        _ => out.push(lang.pick(
            format!("Heeft uw zorgaanbieder geen contract met uw zorgverzekeraar? Dan betaalt uw verzekeraar een deel terug: het percentage dat in uw polis staat, bij 'niet-gecontracteerde zorg'. In 2026 is dat meestal 60 % tot 85 % (bron: {RANGE_SOURCE}). Met dat percentage rekent NotaWijzer uit wat u hoogstens terugkrijgt."),
            format!("Has your care provider no contract with your health insurer? Then your insurer pays back part of it: the percentage in your policy, under 'non-contracted care'. In 2026 it is mostly 60 % to 85 % (source: {RANGE_SOURCE}). With that percentage NotaWijzer works out the most you get back."),
        )),
    }
    out.push(lang.pick(
        format!("Er is geen wettelijk minimum voor dat percentage. De regel is dat de vergoeding niet zo laag mag zijn dat die u tegenhoudt om naar deze zorgaanbieder te gaan (het hinderpaalcriterium, artikel 13 Zorgverzekeringswet; Hoge Raad: {HINDERPAAL_SOURCE}). Sommige verzekeraars willen dat u vooraf toestemming vraagt."),
        format!("There is no legal minimum for that percentage. The rule is that the payout may not be so low that it stops you from going to this provider (the hinderpaal criterion, article 13 of the Zorgverzekeringswet; Supreme Court: {HINDERPAAL_SOURCE}). Some insurers require you to ask for consent in advance."),
    ));
    out.push(lang.pick(
        "Heeft uw zorgaanbieder wel een contract met uw verzekeraar? Dan stuurt hij de nota naar uw verzekeraar, en betaalt u alleen uw eigen risico. Krijgt u dan toch zelf een nota, vraag dan waarom.".to_string(),
        "Does your care provider have a contract with your insurer? Then it sends the bill to your insurer, and you pay only your eigen risico (deductible). If you still get a bill yourself, ask why.".to_string(),
    ));
    out
}

/// For the letter: the lines the insurer never pays back, with their reason, and the question
/// whether the patient pays them (`None` when there are none).
pub fn letter_not_reimbursed(p: &Payment, lang: Lang) -> Option<String> {
    if p.not_reimbursed.is_empty() {
        return None;
    }
    let lines: Vec<String> = p
        .not_reimbursed
        .iter()
        .map(|l| {
            let (n, a, why) = (l.line_no, money(l.amount, lang), reason(l.reason, lang));
            lang.pick(format!("regel {n} ({a}: {why})"), format!("line {n} ({a}: {why})"))
        })
        .collect();
    Some(lang.pick(
        format!(
            "Deze regels betaalt mijn zorgverzekeraar nooit terug: {}. Klopt het dat ik die zelf betaal?",
            lines.join("; ")
        ),
        format!(
            "My health insurer never pays these lines back: {}. Is it right that I pay them myself?",
            lines.join("; ")
        ),
    ))
}
