//! The comparison of a zorgprestatiemodel trajectory with the old DBC model, and the eigen risico
//! under each model, in words (`dbc::estimate`).

use crate::dbc::estimate::{Counterfactual, Missing, Outcome, YearShare, band_text};
use crate::format::{date_plain, money};
use crate::lang::Lang;

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
    let span = match (c.first, c.last) {
        (Some(f), Some(l)) => lang.pick(
            format!(" (zorg van {} tot en met {})", date_plain(f, lang), date_plain(l, lang)),
            format!(" (care from {} to {})", date_plain(f, lang), date_plain(l, lang)),
        ),
        _ => String::new(),
    };
    out.push(lang.pick(
        format!("Met het zorgprestatiemodel kostte uw behandeltraject tot nu toe {zpm}{span}."),
        format!("Under the zorgprestatiemodel your course of treatment has cost {zpm} so far{span}."),
    ));
    if let (Some(dbc), Some(product), Some(year), Some(diff)) =
        (c.dbc_total(), c.product_name(), c.tariff_year(), c.difference())
    {
        let dbc = money(dbc, lang);
        out.push(lang.pick(
            format!("Met het oude DBC-model zou hetzelfde traject naar schatting {dbc} kosten: het product {product}, tegen het maximumtarief van {year}."),
            format!("Under the old DBC model the same course would cost an estimated {dbc}: the product {product}, at the maximum tariff of {year}."),
        ));
        let d = money(diff.abs(), lang);
        out.push(match (diff.is_zero(), diff.is_sign_negative(), lang) {
            (true, _, Lang::Nl) => "Dat is met beide modellen hetzelfde bedrag.".to_string(),
            (true, _, Lang::En) => "That is the same amount under both models.".to_string(),
            (false, true, Lang::Nl) => format!("Met het zorgprestatiemodel is dat tot nu toe {d} minder."),
            (false, true, Lang::En) => format!("Under the zorgprestatiemodel that is {d} less so far."),
            (false, false, Lang::Nl) => format!("Met het zorgprestatiemodel is dat tot nu toe {d} meer."),
            (false, false, Lang::En) => format!("Under the zorgprestatiemodel that is {d} more so far."),
        });
    }
    out.push(basis(c, lang));
    out.push(
        lang.pick(
            "Het DBC-model stuurde één rekening voor het hele traject: aan het einde, of na 365 dagen. Het zorgprestatiemodel stuurt elke maand een nota. U ziet de kosten nu dus eerder en in delen, en het bedrag hierboven groeit nog zolang uw behandeling doorgaat.",
            "The DBC model sent one bill for the whole course: at its end, or after 365 days. The zorgprestatiemodel sends a statement every month. So you see the costs earlier and in parts, and the amount above still grows while your treatment continues.",
        )
        .to_string(),
    );
    out
}

/// Where the DBC figure comes from, or why there is none.
fn basis(c: &Counterfactual, lang: Lang) -> String {
    match &c.outcome {
        Outcome::Gbggz { product, profile, .. } => {
            let (p, max) = (profile.code(), product.max_minutes);
            lang.pick(
                format!("Uw nota noemt het basis-ggz-profiel „{p}”. In het DBC-model hoorde daarbij het product {} (tot {max} minuten). NotaWijzer gebruikt het tarief van 2021, het laatste jaar van het DBC-model (bron: psychologenweerdsingel.nl). Stopt de zorg na hoogstens 120 minuten, dan was het een onvolledig behandeltraject geweest (€ 228,04 in 2021).", product.name),
                format!("Your statement names the basis-ggz profile “{p}”. In the DBC model that meant the product {} (up to {max} minutes). NotaWijzer uses the 2021 tariff, the last year of the DBC model (source: psychologenweerdsingel.nl). Had the care stopped after 120 minutes at most, it would have been an incomplete course of treatment (€228.04 in 2021).", product.name),
            )
        }
        Outcome::Specialist { with_indirect, .. } => {
            let m = c.minutes;
            let mut s = lang.pick(
                format!("In het DBC-model hing de prijs af van de diagnosegroep en van het aantal minuten behandeltijd. De consulten op uw nota's duren samen {m} minuten: de tijd van de gesprekken zelf. Het DBC-model telde ook indirecte tijd mee, zoals verslagen en overleg, dus het echte product kan hoger uitkomen. Tarieven: de maximumtarieven 2018 van de NZa (bron: cuserhuis.nl); latere tarieven per product heeft NotaWijzer niet."),
                format!("In the DBC model the price depended on the diagnosis group and the number of minutes of treatment. The consultations on your statements add up to {m} minutes: the time of the sessions themselves. The DBC model also counted indirect time, such as reports and consultation between practitioners, so the real product may be higher. Tariffs: the NZa maximum tariffs of 2018 (source: cuserhuis.nl); NotaWijzer has no later tariffs per product."),
            );
            if let Some((group, band, price)) = with_indirect {
                let i = c.indirect_minutes;
                let product = format!("{group} {}", band_text(*band));
                let price = match price {
                    Some(p) => money(*p, lang),
                    None => lang.pick("een bedrag dat NotaWijzer niet kent", "an amount NotaWijzer does not know").to_string(),
                };
                s.push(' ');
                s.push_str(&lang.pick(
                    format!("Met de normtijd van het zorgprestatiemodel voor indirecte tijd komen er {i} minuten bij. Dan wordt het product {product}: {price}."),
                    format!("With the zorgprestatiemodel's norm for indirect time, {i} minutes are added. The product then becomes {product}: {price}."),
                ));
            }
            s
        }
        Outcome::None(missing) => match missing {
            Missing::ProfileAndDiagnosis => lang.pick(
                "Voor een schatting van het DBC-bedrag is het basis-ggz-profiel (kort, middel, intensief of chronisch) of de hoofddiagnose nodig. Die staan niet op deze nota, bijvoorbeeld omdat u een privacyverklaring hebt getekend. Daarom maakt NotaWijzer geen schatting.",
                "An estimate of the DBC amount needs the basis-ggz profile (kort, middel, intensief or chronisch) or the main diagnosis. Neither is on this statement, for example because you signed a privacy statement. So NotaWijzer makes no estimate.",
            )
            .to_string(),
            Missing::UnknownGroup { diagnosis } => lang.pick(
                format!("NotaWijzer kan de diagnose „{diagnosis}” niet koppelen aan een productgroep van het DBC-model. Daarom maakt NotaWijzer geen schatting."),
                format!("NotaWijzer cannot match the diagnosis “{diagnosis}” to a product group of the DBC model. So NotaWijzer makes no estimate."),
            ),
            Missing::NotInsured { diagnosis } => lang.pick(
                format!("Zorg voor „{diagnosis}” zat in het DBC-model niet in het basispakket. Een vergelijking van bedragen zegt daarom weinig, en NotaWijzer maakt geen schatting."),
                format!("Care for “{diagnosis}” was not in the basic package under the DBC model. So a comparison of amounts says little, and NotaWijzer makes no estimate."),
            ),
            Missing::NotInTable { group, band } => {
                let product = format!("{group} {}", band_text(*band));
                lang.pick(
                    format!("Bij deze zorg hoort in het DBC-model het product {product}. Dat staat niet in de tarieventabel van 2018 die NotaWijzer heeft (die is niet volledig). NotaWijzer verzint geen bedrag, en maakt dus geen schatting."),
                    format!("Under the DBC model this care belongs to the product {product}. It is not in the 2018 tariff table NotaWijzer has (the table is incomplete). NotaWijzer does not invent an amount, so it makes no estimate."),
                )
            }
        },
    }
}

/// One year's share: "2024: € 295,59 telt mee; daarvan betaalt u hoogstens € 295,59."
pub fn year_share(y: &YearShare, lang: Lang) -> String {
    let (year, amount) = (y.year, money(y.amount, lang));
    match (y.at_most, lang) {
        (Some(m), Lang::Nl) => {
            format!("{year}: {amount} telt mee; daarvan betaalt u zelf hoogstens {}.", money(m, lang))
        }
        (Some(m), Lang::En) => format!("{year}: {amount} counts; of that you pay at most {} yourself.", money(m, lang)),
        (None, Lang::Nl) => format!("{year}: {amount} telt mee; het eigen risico van {year} kent NotaWijzer niet."),
        (None, Lang::En) => format!("{year}: {amount} counts; NotaWijzer does not know the eigen risico of {year}."),
    }
}

/// The eigen risico under each model, and what the difference means; with a sentence per year, or
/// without (the app shows the years in a table).
pub fn eigen_risico(c: &Counterfactual, lang: Lang, years: bool) -> Vec<String> {
    let mut out = vec![
        lang.pick(
            "Eigen risico met het zorgprestatiemodel: elke prestatie telt mee voor het eigen risico van het jaar waarin u de zorg kreeg (€ 385 per jaar). Zorg buiten het basispakket telt niet mee.",
            "Eigen risico (deductible) under the zorgprestatiemodel: each prestatie counts toward the eigen risico of the year you received the care (€385 a year). Care outside the basic package does not count.",
        )
        .to_string(),
    ];
    if years {
        out.extend(c.eigen_risico_zpm.iter().map(|y| year_share(y, lang)));
    }
    if let (Some(dbc), Some(year)) = (c.eigen_risico_dbc, c.dbc_year) {
        let d = money(dbc, lang);
        out.push(lang.pick(
            format!("Met het DBC-model telde het hele traject één keer mee, in het jaar waarin het begon ({year}): hoogstens {d}."),
            format!("Under the DBC model the whole course counted once, in the year it started ({year}): at most {d}."),
        ));
        if let Some(zpm) = c.eigen_risico_zpm_total() {
            let extra = crate::money::difference(zpm, dbc).unwrap_or_default();
            out.push(if c.eigen_risico_zpm.len() > 1 && extra > rust_decimal::Decimal::ZERO {
                let e = money(extra, lang);
                lang.pick(
                    format!("Uw traject loopt over de jaarwisseling. Met het zorgprestatiemodel kunt u daardoor tot {e} meer eigen risico betalen dan met het DBC-model."),
                    format!("Your course runs across New Year. Under the zorgprestatiemodel you may therefore pay up to {e} more eigen risico than under the DBC model."),
                )
            } else {
                lang.pick(
                    "Uw traject valt tot nu toe in één jaar: met beide modellen telt het mee voor het eigen risico van dat ene jaar.",
                    "So far your course falls within one year: under both models it counts toward the eigen risico of that one year.",
                )
                .to_string()
            });
        }
    }
    if c.under_18 {
        out.push(
            lang.pick(
                "Volgens de geboortedatum op de nota was u jonger dan 18 jaar. Wie jonger is dan 18, betaalt geen eigen risico.",
                "By the birth date on the statement you were under 18. Under-18s pay no eigen risico.",
            )
            .to_string(),
        );
    }
    out.push(
        lang.pick(
            "Hoeveel u echt betaalt, hangt af van andere zorg die u dat jaar kreeg: dan kan het eigen risico al (deels) op zijn. Dat kan NotaWijzer niet zien.",
            "What you really pay depends on other care you received that year: the eigen risico may already be (partly) used up. NotaWijzer cannot see that.",
        )
        .to_string(),
    );
    out
}
