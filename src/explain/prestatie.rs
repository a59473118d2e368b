//! The sentences for a zorgprestatiemodel line: what kind of care, with whom, diagnostic or
//! treatment, how long it was planned, where, the amount, what the code is, and its maximum
//! tariff (`zpm-reference.md` §2.1–2.4, §3.4).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::analysis::MaxTariff;
use crate::format::{money, number, push_date_long, push_date_plain, push_money};
use crate::lang::Lang;
use crate::model::{ConsultKind, Line, Prestatie, PrestatieKind, Profession};
use crate::read::prestatie::DURATION_CLASSES;

/// What the explanation of a line needs besides the line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineContext {
    /// The maximum tariff of the line's code in the year of its date, where known.
    pub max_tariff: Option<MaxTariff>,
    /// For a surcharge: the date of the consult it belongs to, when the nota has one that day.
    pub consult_date: Option<NaiveDate>,
    /// For a line whose code the tariff table knows as a consult: what its description alone says
    /// (to check the one against the other).
    pub described: Option<crate::model::Prestatie>,
}

/// A profession in plain words, with its article: "een gezondheidszorgpsycholoog".
pub fn profession(p: Profession, lang: Lang) -> &'static str {
    match (p, lang) {
        (Profession::Arts, Lang::Nl) => "een arts",
        (Profession::Arts, Lang::En) => "a doctor",
        (Profession::ArtsSpecialist, Lang::Nl) => "een medisch specialist, zoals een psychiater",
        (Profession::ArtsSpecialist, Lang::En) => "a medical specialist, such as a psychiatrist",
        (Profession::GzPsycholoog, Lang::Nl) => "een gezondheidszorgpsycholoog",
        (Profession::GzPsycholoog, Lang::En) => "a healthcare psychologist (gezondheidszorgpsycholoog)",
        (Profession::KlinischPsycholoog, Lang::Nl) => "een klinisch psycholoog",
        (Profession::KlinischPsycholoog, Lang::En) => "a clinical psychologist",
        (Profession::Psychotherapeut, Lang::Nl) => "een psychotherapeut",
        (Profession::Psychotherapeut, Lang::En) => "a psychotherapist",
        (Profession::VerpleegkundigSpecialist, Lang::Nl) => "een verpleegkundig specialist ggz",
        (Profession::VerpleegkundigSpecialist, Lang::En) => "a nurse specialist in mental health care",
        (Profession::Verpleegkundige, Lang::Nl) => "een verpleegkundige",
        (Profession::Verpleegkundige, Lang::En) => "a nurse",
        (Profession::Overig, Lang::Nl) => "een andere zorgverlener, zoals een ggz-agoog of vaktherapeut",
        (Profession::Overig, Lang::En) => "another care professional, such as a social worker or creative therapist",
    }
}

/// The setting in plain words (`zpm-reference.md` §2.1, the eight settings).
pub fn setting(setting: u8, lang: Lang) -> &'static str {
    match (setting, lang) {
        (1, Lang::Nl) => "ambulant, in een praktijk (kwaliteitsstatuut sectie II)",
        (1, Lang::En) => "outpatient, at a practice (kwaliteitsstatuut section II)",
        (2, Lang::Nl) => {
            "ambulant, bij een instelling met één soort behandelaar (kwaliteitsstatuut sectie III, monodisciplinair)"
        }
        (2, Lang::En) => {
            "outpatient, at an institution with one kind of practitioner (kwaliteitsstatuut section III, single-discipline)"
        }
        (3, Lang::Nl) => {
            "ambulant, bij een instelling met een team van verschillende behandelaars (kwaliteitsstatuut sectie III, multidisciplinair)"
        }
        (3, Lang::En) => {
            "outpatient, at an institution with a team of different practitioners (kwaliteitsstatuut section III, multidisciplinary)"
        }
        (4, Lang::Nl) => "outreachend: de behandelaar kwam naar u toe",
        (4, Lang::En) => "outreach: the practitioner came to you",
        (5, Lang::Nl) => "in de kliniek (opname)",
        (5, Lang::En) => "in the clinic (admission)",
        (6, Lang::Nl) => "forensische of beveiligde zorg, in de kliniek",
        (6, Lang::En) => "forensic or secure care, in the clinic",
        (7, Lang::Nl) => "forensische of beveiligde zorg, niet in de kliniek",
        (7, Lang::En) => "forensic or secure care, outside the clinic",
        (8, Lang::Nl) => "hoogspecialistische ggz",
        (8, Lang::En) => "highly specialised mental health care",
        (_, Lang::Nl) => "een setting die NotaWijzer niet kent",
        (_, Lang::En) => "a setting NotaWijzer does not know",
    }
}

/// The sentences for one ZPM line.
pub fn prestatie_line(line: &Line, p: &Prestatie, context: &LineContext, lang: Lang) -> String {
    let mut out = String::with_capacity(480);
    let credit = line.amount.is_sign_negative() && !line.amount.is_zero();
    if credit {
        out.push_str(lang.pick(
            "Deze regel is een creditering: een correctie die de nota lager maakt. Er gaat ",
            "This line is a credit: a correction that lowers the bill. ",
        ));
        push_money(&mut out, line.amount.abs(), lang);
        out.push_str(
            lang.pick(" af. Hij verbetert deze eerdere regel: ", " is taken off. It corrects this earlier line: "),
        );
    }
    match line.date {
        Some(d) => {
            out.push_str(lang.pick("Op ", "On "));
            push_date_long(&mut out, d, lang);
        }
        None => out.push_str(lang.pick("Op een dag die niet op de nota staat", "On a day the statement does not give")),
    }
    let with = p.profession.map(|pr| profession(pr, lang));
    match p.kind {
        PrestatieKind::Consult => {
            out.push_str(match (p.consult, lang) {
                (Some(ConsultKind::Diagnostiek), Lang::Nl) => " had u een consult voor onderzoek (diagnostiek): uitzoeken wat er aan de hand is",
                (Some(ConsultKind::Diagnostiek), Lang::En) => " you had a consultation for assessment (diagnostics): finding out what is going on",
                (Some(ConsultKind::Behandeling), Lang::Nl) => " had u een consult voor uw behandeling",
                (Some(ConsultKind::Behandeling), Lang::En) => " you had a treatment consultation",
                _ => lang.pick(" had u een consult: een gesprek", " you had a consultation: a session"),
            });
            push_with(&mut out, with, lang);
            out.push_str(". ");
            push_duration(&mut out, p.minutes, lang);
        }
        PrestatieKind::GroupConsult => {
            out.push_str(lang.pick(" had u een groepsconsult", " you had a group consultation"));
            push_with(&mut out, with, lang);
            if let Some(size) = p.group_size {
                out.push_str(lang.pick(", in een groep van ", ", in a group of "));
                out.push_str(&number(u32::from(size), lang));
                out.push_str(lang.pick(" patiënten", " patients"));
            }
            out.push_str(lang.pick(
                ". Een groepsconsult wordt per patiënt betaald, per blok van 30 minuten. ",
                ". A group consultation is billed per patient, per block of 30 minutes. ",
            ));
        }
        PrestatieKind::Stay => out.push_str(lang.pick(
            " was u opgenomen in de kliniek: een dag en de nacht erna (verblijfsdag). De gesprekken met uw behandelaar staan op aparte regels. ",
            " you stayed in the clinic: a day and the night after it (a day of stay). The sessions with your practitioner are on separate lines. ",
        )),
        PrestatieKind::Surcharge => {
            out.push_str(lang.pick(
                " rekende uw zorgaanbieder een toeslag: een bedrag bovenop een consult, bijvoorbeeld voor reistijd of een tolk. ",
                " your care provider charged a surcharge: an amount on top of a consultation, for example for travel time or an interpreter. ",
            ));
            match context.consult_date {
                Some(d) => {
                    out.push_str(lang.pick("Deze toeslag hoort bij het consult van ", "This surcharge belongs to the consultation of "));
                    push_date_plain(&mut out, d, lang);
                    out.push_str(". ");
                }
                None => out.push_str(lang.pick(
                    "NotaWijzer vindt op deze nota geen consult op dezelfde dag. ",
                    "NotaWijzer finds no consultation on the same day on this statement. ",
                )),
            }
        }
        PrestatieKind::OtherService => {
            out.push_str(lang.pick(": „", ": “"));
            out.push_str(&line.description);
            out.push_str(lang.pick(
                "”. Dit is een andere prestatie dan een gesprek met u, zoals overleg tussen behandelaars, een verslag of een behandeling als ECT. ",
                "”. This is a service other than a session with you, such as a consultation between practitioners, a report, or a treatment such as ECT. ",
            ));
        }
        PrestatieKind::NonInsured => {
            out.push_str(lang.pick(
                " kreeg u zorg die niet in het basispakket zit",
                " you received care that is not in the basic package",
            ));
            push_with(&mut out, with, lang);
            out.push_str(lang.pick(
                ". Die betaalt u zelf, of uw aanvullende verzekering als die het vergoedt. ",
                ". You pay for it yourself, or your supplementary insurance if it covers it. ",
            ));
            push_duration(&mut out, p.minutes, lang);
        }
    }
    if let Some(s) = p.setting.filter(|_| p.kind != PrestatieKind::GroupConsult) {
        out.push_str(lang.pick("Waar: ", "Where: "));
        out.push_str(setting(s, lang));
        out.push_str(". ");
    }
    if !credit {
        out.push_str(lang.pick("Dit kost ", "This costs "));
        push_money(&mut out, line.amount, lang);
        out.push_str(". ");
    }
    if let Some(code) = &line.code {
        out.push_str(code);
        out.push_str(lang.pick(
            " is de prestatiecode: de code van de NZa voor deze soort zorg.",
            " is the prestatie code: the NZa's code for this kind of care.",
        ));
        push_tariff(&mut out, code, line, context.max_tariff, lang);
    }
    push_rules_2026(&mut out, line, lang);
    out
}

/// The CBB's ruling on the 2022 and 2023 tariffs (`shared/domain/zpm-reference.md` §7.5).
pub const CBB_2024: &str = "https://lexboost.com/rechtspraak/ECLI:NL:CBB:2024:570";

/// Where the 2026 billing rules come from (`shared/domain/zpm-reference.md` §7).
pub const RULES_2026: &str = "https://www.fitz.nl/blog/wat-verandert-er-in-2026-voor-ggz-en-fz-nieuwe-regels-uitgelegd";

/// The 2026 billing rules, on a line of 2026 or later they apply to: the orthopedagoog-generalist
/// bills as a gz-psycholoog; OV0012 is billed per 15 minutes.
fn push_rules_2026(out: &mut String, line: &Line, lang: Lang) {
    use chrono::Datelike;
    if line.date.is_none_or(|d| d.year() < 2026) {
        return;
    }
    let folded = crate::fold::fold(&line.description);
    let who = if folded.contains("orthopedagoog") {
        Some(lang.pick("een orthopedagoog-generalist", "an orthopedagoog-generalist"))
    } else if folded.contains("physician assistant") {
        Some(lang.pick("een physician assistant", "a physician assistant"))
    } else {
        None
    };
    if let Some(who) = who {
        out.push_str(&lang.pick(
            format!(" Sinds 2026 declareert {who} in de beroepscategorie van de gz-psycholoog: dezelfde codes en maximumtarieven (bron: {RULES_2026})."),
            format!(" Since 2026 {who} bills in the professional category of the gz-psycholoog: the same codes and maximum tariffs (source: {RULES_2026})."),
        ));
    }
    if line.code.as_deref() == Some("OV0012") {
        out.push_str(&lang.pick(
            format!(" Sinds 2026 wordt deze zorg buiten het basispakket per 15 minuten gedeclareerd, niet meer per consult (bron: {RULES_2026})."),
            format!(" Since 2026 this care outside the basic package is billed per 15 minutes, no longer per consult (source: {RULES_2026})."),
        ));
    }
}

fn push_with(out: &mut String, with: Option<&str>, lang: Lang) {
    if let Some(w) = with {
        out.push_str(lang.pick(" met ", " with "));
        out.push_str(w);
    }
}

/// "Het gesprek was gepland op 45 tot 59 minuten („vanaf 45 minuten”). …"
fn push_duration(out: &mut String, minutes: Option<u16>, lang: Lang) {
    let Some(m) = minutes else { return };
    let next = DURATION_CLASSES.iter().find(|&&c| c > m).map(|&c| c - 1);
    let minutes = |out: &mut String, n: u16| crate::format::push_digits(out, u128::from(n), None);
    out.push_str(lang.pick("Het gesprek was gepland op ", "The session was planned to last "));
    minutes(out, m);
    match next {
        Some(to) => {
            out.push_str(lang.pick(" tot ", " to "));
            minutes(out, to);
            out.push_str(lang.pick(" minuten („vanaf ", " minutes (“from "));
        }
        None => out.push_str(lang.pick(" minuten of langer („vanaf ", " minutes or longer (“from ")),
    }
    minutes(out, m);
    out.push_str(lang.pick(" minuten”). ", " minutes”). "));
    out.push_str(lang.pick(
        "U betaalt voor de geplande tijd, behalve als het gesprek meer dan 15 minuten korter of langer duurde. ",
        "You pay for the planned time, unless the session was more than 15 minutes shorter or longer. ",
    ));
}

/// The maximum tariff of the code in the year of the line, or that NotaWijzer does not know it.
fn push_tariff(out: &mut String, code: &str, line: &Line, max: Option<MaxTariff>, lang: Lang) {
    out.push(' ');
    match (max, line.date) {
        (Some(m), _) => {
            out.push_str(
                lang.pick(
                    "Het maximumtarief van de NZa voor deze code in ",
                    "The NZa maximum tariff for this code in ",
                ),
            );
            push_year(out, m.year);
            out.push_str(lang.pick(" is ", " is "));
            push_money(out, m.amount, lang);
            out.push_str(lang.pick(" (bron: ", " (source: "));
            out.push_str(source_host(m.source.url));
            out.push_str(").");
            // the CBB ordered the NZa to decide 2022 and 2023 anew (`zpm-reference.md` §7.5)
            if m.year == 2022 || m.year == 2023 {
                out.push_str(&lang.pick(
                    format!(" Let op: de rechter (CBB, 22 augustus 2024) heeft de NZa opgedragen de tarieven van 2022 en 2023 opnieuw vast te stellen. NotaWijzer vond nog geen nieuwe bedragen (bron: {CBB_2024})."),
                    format!(" Note: the court (CBB, 22 August 2024) ordered the NZa to set the tariffs of 2022 and 2023 anew. NotaWijzer found no new amounts yet (source: {CBB_2024})."),
                ));
            }
        }
        (None, Some(d)) => {
            let year = chrono::Datelike::year(&d);
            out.push_str(&lang.pick(
                format!("NotaWijzer kent het maximumtarief van {code} in {year} niet, en gokt er niet naar."),
                format!("NotaWijzer does not know the maximum tariff of {code} in {year}, and does not guess it."),
            ));
            // an earlier year as information, never as a check: every year has its own maximum
            if let Some((last, amount, _)) = crate::tariffs::zpm::last_known_before(code, year) {
                let amount = money(amount, lang);
                let nza = crate::tariffs::zpm::NZA_TARIFFS;
                out.push_str(&lang.pick(
                    format!(" Ter informatie: in {last} was het maximum {amount}. Dat zegt niets over {year}: elk jaar heeft een eigen maximum. Het tarief van {year} staat in de tariefbeschikking van de NZa ({nza})."),
                    format!(" For information: in {last} the maximum was {amount}. That says nothing about {year}: every year has its own maximum. The tariff of {year} is in the NZa's tariff decision ({nza})."),
                ));
            }
        }
        (None, None) => out.push_str(&lang.pick(
            format!("Zonder datum kan NotaWijzer het maximumtarief van {code} niet opzoeken."),
            format!("Without a date NotaWijzer cannot look up the maximum tariff of {code}."),
        )),
    }
}

fn push_year(out: &mut String, year: i32) {
    crate::format::push_digits(out, u128::from(year.unsigned_abs()), None);
}

/// "ppja.nl" from "https://ppja.nl/tarieven/".
pub fn source_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// How much a line is above its maximum tariff, in whole percent (rounded up), for the finding.
/// Whole cents in integers: exact, and no decimal division in the download.
pub fn percent_above(amount: Decimal, max: Decimal) -> Option<u32> {
    let (a, m) = (crate::money::cents(amount), crate::money::cents(max));
    if m <= 0 || a <= m {
        return None;
    }
    u32::try_from(((a - m) * 100 + m - 1) / m).ok()
}

/// The most a written contract with the insurer allows: the maximum tariff + 10 %, to the cent
/// (half a cent up, as `money::to_cents` rounds).
pub fn contract_limit(max: Decimal) -> Decimal {
    let cents = crate::money::cents(max) * 110;
    Decimal::from_i128_with_scale((cents + cents.signum() * 50) / 100, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_percent() {
        assert_eq!(source_host("https://www.psychezwangerschap.nl/en/x"), "psychezwangerschap.nl");
        assert_eq!(source_host("http://ppja.nl"), "ppja.nl");
        assert_eq!(percent_above(Decimal::new(15000, 2), Decimal::new(13589, 2)), Some(11));
        assert_eq!(percent_above(Decimal::new(13589, 2), Decimal::new(13589, 2)), None);
        assert_eq!(percent_above(Decimal::new(13590, 2), Decimal::new(13589, 2)), Some(1));
        // 135,89 × 1,1 = 149,479 → 149,48; 100,05 × 1,1 = 110,055 → 110,06 (half up)
        assert_eq!(contract_limit(Decimal::new(13589, 2)), Decimal::new(14948, 2));
        assert_eq!(contract_limit(Decimal::new(10005, 2)), Decimal::new(11006, 2));
    }
}
