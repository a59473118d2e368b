//! One or two plain sentences per item line, and one per period of consecutive stay days.

use rust_decimal::Decimal;

use crate::analysis::StayPeriod;
use crate::format::{band, date_long, days, money, push_date_long, push_money};
use crate::lang::Lang;
use crate::model::{Activity, ConsultForm, ConsultKind, Line, LineKind, StayKind};

/// The sentences for one item line, with what the analysis knows of it (a ZPM line's maximum
/// tariff, the consult a surcharge belongs to).
pub fn line_with(line: &Line, context: &super::LineContext, lang: Lang) -> String {
    match &line.kind {
        LineKind::Prestatie(p) => super::prestatie::prestatie_line(line, p, context, lang),
        _ => self::line(line, lang),
    }
}

/// The sentences for one item line, in the given language.
pub fn line(line: &Line, lang: Lang) -> String {
    if let LineKind::Prestatie(p) = &line.kind {
        return super::prestatie::prestatie_line(line, p, &super::LineContext::default(), lang);
    }
    // One buffer, no intermediate strings: a 20,000-line statement is explained line by line.
    let mut out = String::with_capacity(160);
    match (line.date, lang) {
        (Some(d), _) => {
            out.push_str(lang.pick("Op ", "On "));
            push_date_long(&mut out, d, lang);
        }
        (None, Lang::Nl) => out.push_str("Op een dag die niet op de nota staat"),
        (None, Lang::En) => out.push_str("On a day the statement does not give"),
    }
    match &line.kind {
        LineKind::Consult { kind, form } => {
            out.push_str(lang.pick(" had u ", " you had "));
            out.push_str(consult_kind(*kind, lang));
            out.push_str(consult_form(*form, lang));
            out.push_str(". ");
        }
        LineKind::Stay(StayKind::Klinisch) => out.push_str(lang.pick(
            " was u opgenomen in de kliniek: een dag en de nacht erna (verblijf). ",
            " you stayed in the clinic: a day and the night after it (a stay). ",
        )),
        LineKind::Stay(StayKind::Dagklinisch) => out.push_str(lang.pick(
            " was u overdag in de kliniek, zonder daar te slapen (dagbehandeling). ",
            " you spent the day in the clinic without staying the night (day treatment). ",
        )),
        LineKind::Activity(a) => {
            out.push_str(": ");
            out.push_str(activity(*a, lang));
            out.push_str(". ");
        }
        LineKind::DbcProduct { group, band: minutes } => {
            out.clear();
            out.push_str(lang.pick(
                "Dit is het DBC-product voor uw hele behandeltraject: de diagnosegroep „",
                "This is the DBC product for your whole course of treatment: the diagnosis group “",
            ));
            out.push_str(group);
            out.push_str(lang.pick("”, met ", "”, with "));
            out.push_str(&band(*minutes, lang));
            out.push_str(lang.pick(" behandeltijd. ", " of treatment time. "));
        }
        LineKind::Prestatie(_) => {}
        LineKind::NoShow => out.push_str(lang.pick(
            " had u een afspraak die niet doorging: u kwam niet, of u zegde te laat af. Dit is geen zorg uit het basispakket (geen prestatie van de NZa). De zorgaanbieder rekent het zelf, volgens de afspraken in uw behandelovereenkomst. Uw zorgverzekeraar betaalt dit nooit terug, en het telt niet mee voor uw eigen risico. Klopt het niet, bijvoorbeeld omdat u wel op tijd afzegde? Vraag het dan aan uw zorgaanbieder, en vraag naar de afspraken over afzeggen. ",
            " you had an appointment that did not take place: you did not come, or cancelled too late. This is not care from the basic package (not an NZa prestatie). The provider charges it under the terms of your treatment agreement (behandelovereenkomst). Your health insurer never pays this back, and it does not count towards your eigen risico (deductible). Does it seem wrong, for example because you did cancel in time? Ask your care provider, and ask for the terms on cancelling. ",
        )),
        LineKind::Fee => {
            out.push_str(lang.pick(": „", ": “"));
            out.push_str(&line.description);
            out.push_str(lang.pick(
                "”. Dit is geen zorg, maar een kostenpost van de zorgaanbieder zelf (geen prestatie van de NZa). Daarvoor gelden de afspraken in uw behandelovereenkomst. Uw zorgverzekeraar betaalt dit nooit terug, en het telt niet mee voor uw eigen risico. Wist u niet van deze kosten? Vraag uw zorgaanbieder waar ze op staan. ",
                "”. This is not care but a charge of the provider's own (not an NZa prestatie). The terms of your treatment agreement (behandelovereenkomst) apply. Your health insurer never pays this back, and it does not count towards your eigen risico (deductible). Did you not know about this charge? Ask your care provider where it is agreed. ",
            ));
        }
        LineKind::Other => {
            out.push_str(lang.pick(": „", ": “"));
            out.push_str(&line.description);
            out.push_str(lang.pick(
                "”. NotaWijzer kent dit soort regel niet. Vraag uw zorgaanbieder wat het is. ",
                "”. NotaWijzer does not know this kind of line. Ask your care provider what it is. ",
            ));
        }
    }
    push_cost(&mut out, line.amount, lang);
    out
}

/// "Dit kost € 100,00." — or, for a negative amount, a correction.
fn push_cost(out: &mut String, amount: Decimal, lang: Lang) {
    if amount.is_sign_negative() && !amount.is_zero() {
        out.push_str(lang.pick("Dit is een correctie: er gaat ", "This is a correction: "));
        push_money(out, amount.abs(), lang);
        out.push_str(lang.pick(" af.", " is taken off."));
    } else {
        out.push_str(lang.pick("Dit kost ", "This costs "));
        push_money(out, amount, lang);
        out.push('.');
    }
}

fn consult_kind(kind: Option<ConsultKind>, lang: Lang) -> &'static str {
    match (kind, lang) {
        (None, Lang::Nl) => "een consult: een gesprek met uw behandelaar",
        (None, Lang::En) => "a consultation: a session with your practitioner",
        (Some(ConsultKind::Diagnostiek), Lang::Nl) => {
            "een consult voor onderzoek (diagnostiek): uw behandelaar zoekt uit wat er aan de hand is"
        }
        (Some(ConsultKind::Diagnostiek), Lang::En) => {
            "a consultation for assessment (diagnostics): your practitioner finds out what is going on"
        }
        (Some(ConsultKind::Behandeling), Lang::Nl) => "een consult voor uw behandeling: een gesprek met uw behandelaar",
        (Some(ConsultKind::Behandeling), Lang::En) => "a treatment consultation: a session with your practitioner",
        (Some(ConsultKind::Farmacotherapeutisch), Lang::Nl) => "een consult over uw medicijnen (farmacotherapie)",
        (Some(ConsultKind::Farmacotherapeutisch), Lang::En) => "a consultation about your medication (pharmacotherapy)",
    }
}

fn consult_form(form: Option<ConsultForm>, lang: Lang) -> &'static str {
    match (form, lang) {
        (None, _) => "",
        (Some(ConsultForm::Individueel), Lang::Nl) => ", alleen met u",
        (Some(ConsultForm::Individueel), Lang::En) => ", just with you",
        (Some(ConsultForm::Groep), Lang::Nl) => ", in een groep met andere patiënten",
        (Some(ConsultForm::Groep), Lang::En) => ", in a group with other patients",
        (Some(ConsultForm::Blended), Lang::Nl) => ", deels online en deels in een gesprek (blended)",
        (Some(ConsultForm::Blended), Lang::En) => ", partly online and partly face to face (blended)",
        (Some(ConsultForm::Outreachend), Lang::Nl) => ", waarvoor de behandelaar naar u toe kwam (outreachend)",
        (Some(ConsultForm::Outreachend), Lang::En) => ", for which your practitioner came to you (outreach)",
    }
}

/// What an activity is, in a phrase a patient understands.
pub fn activity(activity: Activity, lang: Lang) -> &'static str {
    match (activity, lang) {
        (Activity::Zorgcoordinatie, Lang::Nl) => "zorgcoördinatie: uw hulpverleners stemden uw zorg met elkaar af",
        (Activity::Zorgcoordinatie, Lang::En) => "care coordination: your care providers planned your care together",
        (Activity::Mdo, Lang::Nl) => {
            "overleg van uw behandelaars samen over uw behandeling (MDO, multidisciplinair overleg); u was daar meestal niet bij"
        }
        (Activity::Mdo, Lang::En) => {
            "a meeting of your practitioners about your treatment (MDO, multidisciplinary meeting); usually you were not there"
        }
        (Activity::Verslaglegging, Lang::Nl) => {
            "verslaglegging: het schrijven van verslagen over uw behandeling, zoals een brief aan uw huisarts"
        }
        (Activity::Verslaglegging, Lang::En) => {
            "reporting: writing reports about your treatment, such as a letter to your GP"
        }
        (Activity::Ect, Lang::Nl) => "ECT: een behandeling van de hersenen met kleine stroomstootjes, onder narcose",
        (Activity::Ect, Lang::En) => "ECT: a treatment of the brain with small electric pulses, under anaesthesia",
        (Activity::Dbs, Lang::Nl) => {
            "DBS: diepe hersenstimulatie, met een klein apparaatje dat zachte stroompjes geeft"
        }
        (Activity::Dbs, Lang::En) => {
            "DBS: deep brain stimulation, with a small device that gives gentle electric pulses"
        }
        (Activity::Rtms, Lang::Nl) => "rTMS: een behandeling met magnetische pulsen op het hoofd",
        (Activity::Rtms, Lang::En) => "rTMS: a treatment with magnetic pulses on the head",
        (Activity::Testdiagnostiek, Lang::Nl) => {
            "testdiagnostiek: psychologische tests, zoals vragenlijsten of opdrachten"
        }
        (Activity::Testdiagnostiek, Lang::En) => "psychological testing, such as questionnaires or tasks",
        (Activity::SomatischOnderzoek, Lang::Nl) => {
            "somatisch onderzoek: onderzoek van uw lichaam, zoals uw bloeddruk meten of bloed prikken"
        }
        (Activity::SomatischOnderzoek, Lang::En) => {
            "a physical examination, such as measuring your blood pressure or a blood test"
        }
        (Activity::Screening, Lang::Nl) => "screening: een korte check om te zien welke zorg u nodig heeft",
        (Activity::Screening, Lang::En) => "screening: a short check to see what care you need",
    }
}

/// One sentence for a period of consecutive stay days.
pub fn stay_period(period: &StayPeriod, lang: Lang) -> String {
    let (first, last) = (date_long(period.first, lang), date_long(period.last, lang));
    let n = days(period.days as i64, lang);
    let total = money(period.total, lang);
    match (period.kind, period.days == 1, lang) {
        (StayKind::Klinisch, true, Lang::Nl) => {
            format!("Op {first} was u 1 dag opgenomen in de kliniek. Dat kost {total}.")
        }
        (StayKind::Klinisch, true, Lang::En) => {
            format!("On {first} you stayed in the clinic for 1 day. That costs {total}.")
        }
        (StayKind::Klinisch, false, Lang::Nl) => {
            format!("Van {first} tot en met {last} was u {n} opgenomen in de kliniek. Samen kost dat {total}.")
        }
        (StayKind::Klinisch, false, Lang::En) => {
            format!("From {first} to {last} you stayed in the clinic for {n}. Together that costs {total}.")
        }
        (StayKind::Dagklinisch, true, Lang::Nl) => {
            format!("Op {first} had u 1 dag dagbehandeling in de kliniek. Dat kost {total}.")
        }
        (StayKind::Dagklinisch, true, Lang::En) => {
            format!("On {first} you had 1 day of day treatment in the clinic. That costs {total}.")
        }
        (StayKind::Dagklinisch, false, Lang::Nl) => {
            format!("Van {first} tot en met {last} had u {n} dagbehandeling in de kliniek. Samen kost dat {total}.")
        }
        (StayKind::Dagklinisch, false, Lang::En) => {
            format!("From {first} to {last} you had {n} of day treatment in the clinic. Together that costs {total}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn l(description: &str, kind: LineKind, day: u32, amount: i64) -> Line {
        Line {
            line_no: 1,
            description: description.into(),
            code: None,
            kind,
            date: NaiveDate::from_ymd_opt(2017, 2, day),
            amount: Decimal::from(amount),
            quantity: None,
            unit_price: None,
        }
    }

    #[test]
    fn consult_line() {
        let c = l("Consult", LineKind::Consult { kind: None, form: None }, 15, 100);
        assert_eq!(
            line(&c, Lang::Nl),
            "Op woensdag 15 februari 2017 had u een consult: een gesprek met uw behandelaar. Dit kost € 100,00."
        );
        assert_eq!(
            line(&c, Lang::En),
            "On Wednesday 15 February 2017 you had a consultation: a session with your practitioner. This costs €100.00."
        );
        let g = l(
            "Consult behandeling groep",
            LineKind::Consult { kind: Some(ConsultKind::Behandeling), form: Some(ConsultForm::Groep) },
            15,
            60,
        );
        assert!(
            line(&g, Lang::Nl)
                .contains("voor uw behandeling: een gesprek met uw behandelaar, in een groep met andere patiënten.")
        );
    }

    #[test]
    fn stay_line_and_period() {
        let s = l("Verblijf", LineKind::Stay(StayKind::Klinisch), 19, 400);
        assert_eq!(
            line(&s, Lang::Nl),
            "Op zondag 19 februari 2017 was u opgenomen in de kliniek: een dag en de nacht erna (verblijf). Dit kost € 400,00."
        );
        let p = StayPeriod {
            kind: StayKind::Klinisch,
            first: NaiveDate::from_ymd_opt(2017, 2, 19).unwrap(),
            last: NaiveDate::from_ymd_opt(2017, 2, 21).unwrap(),
            days: 3,
            total: Decimal::from(1200),
        };
        assert_eq!(
            stay_period(&p, Lang::Nl),
            "Van zondag 19 februari 2017 tot en met dinsdag 21 februari 2017 was u 3 dagen opgenomen in de kliniek. Samen kost dat € 1.200,00."
        );
    }

    #[test]
    fn every_activity_has_words_in_both_languages() {
        for a in Activity::ALL {
            assert!(!activity(a, Lang::Nl).is_empty());
            assert_ne!(activity(a, Lang::Nl), activity(a, Lang::En));
        }
    }

    #[test]
    fn a_correction() {
        let c = l("Correctie consult", LineKind::Consult { kind: None, form: None }, 15, -100);
        assert!(line(&c, Lang::Nl).ends_with("Dit is een correctie: er gaat € 100,00 af."));
    }
}
