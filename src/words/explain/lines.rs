//! One or two plain sentences per item line, and one per period of consecutive stay days.

use super::prestatie::NONE;
use crate::model::{Activity, ConsultForm, ConsultKind, Line, LineKind, StayKind};
use crate::rules::analysis::StayPeriod;
use crate::rules::context::LineContext;
use crate::words::format::{band, date_long, days, money};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// The sentences for one item line, with what the analysis knows of it (a ZPM line's maximum
/// tariff, the consult a surcharge belongs to).
pub fn line_with(line: &Line, context: &LineContext, lang: Lang) -> String {
    match &line.kind {
        LineKind::Prestatie(p) => super::prestatie::prestatie_line(line, p, context, lang),
        _ => self::line(line, lang),
    }
}

/// The sentences for one item line, in the given language.
pub fn line(line: &Line, lang: Lang) -> String {
    if let LineKind::Prestatie(p) = &line.kind {
        return super::prestatie::prestatie_line(line, p, &LineContext::default(), lang);
    }
    let date = line.date.map(|d| date_long(d, lang));
    let date = date.as_deref().unwrap_or(NONE);
    let first = match &line.kind {
        LineKind::Consult { kind, form } => {
            let kind = match kind {
                None => NONE,
                Some(ConsultKind::Diagnostiek) => "diagnostiek",
                Some(ConsultKind::Behandeling) => "behandeling",
                Some(ConsultKind::Farmacotherapeutisch) => "farmaco",
            };
            let form = match form {
                None => NONE,
                Some(ConsultForm::Individueel) => "individueel",
                Some(ConsultForm::Groep) => "groep",
                Some(ConsultForm::Blended) => "blended",
                Some(ConsultForm::Outreachend) => "outreachend",
            };
            m::line_consult(lang, m::LineConsult { date, kind, form })
        }
        LineKind::Stay(StayKind::Klinisch) => m::line_stay(lang, date),
        LineKind::Stay(StayKind::Dagklinisch) => m::line_day_treatment(lang, date),
        LineKind::Activity(a) => m::line_activity(lang, m::LineActivity { date, activity: &activity(*a, lang) }),
        LineKind::DbcProduct { group, band: minutes } => {
            m::line_dbc_product(lang, m::LineDbcProduct { group, band: &band(*minutes, lang) })
        }
        LineKind::Prestatie(_) => String::new(),
        LineKind::NoShow => m::line_no_show(lang, date),
        LineKind::Fee => m::line_fee(lang, m::LineFee { date, description: &line.description }),
        LineKind::Other => m::line_other(lang, m::LineOther { date, description: &line.description }),
    };
    let amount = line.amount;
    let cost = if amount.is_sign_negative() && !amount.is_zero() {
        m::line_correction(lang, &money(amount.abs(), lang))
    } else {
        m::line_cost(lang, &money(amount, lang))
    };
    format!("{first} {cost}")
}

/// What an activity is, in a phrase a patient understands.
pub fn activity(activity: Activity, lang: Lang) -> String {
    m::activity(
        lang,
        match activity {
            Activity::Zorgcoordinatie => "zorgcoordinatie",
            Activity::Mdo => "mdo",
            Activity::Verslaglegging => "verslag",
            Activity::Ect => "ect",
            Activity::Dbs => "dbs",
            Activity::Rtms => "rtms",
            Activity::Testdiagnostiek => "test",
            Activity::SomatischOnderzoek => "somatisch",
            Activity::Screening => "screening",
        },
    )
}

/// One sentence for a period of consecutive stay days.
pub fn stay_period(period: &StayPeriod, lang: Lang) -> String {
    let (first, last) = (date_long(period.first, lang), date_long(period.last, lang));
    let total = money(period.total, lang);
    let kind = match period.kind {
        StayKind::Klinisch => "klinisch",
        StayKind::Dagklinisch => "dag",
    };
    if period.days == 1 {
        m::stay_period_one(lang, m::StayPeriodOne { kind, first: &first, total: &total })
    } else {
        m::stay_period(
            lang,
            m::StayPeriod { kind, first: &first, last: &last, days: &days(period.days as i64, lang), total: &total },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

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
