//! The sentences for a zorgprestatiemodel line: what kind of care, with whom, diagnostic or
//! treatment, how long it was planned, where, the amount, what the code is, and its maximum
//! tariff (`zpm-reference.md` §2.1–2.4, §3.4).

use rust_decimal::Decimal;

use crate::model::{ConsultKind, Line, Prestatie, PrestatieKind, Profession};
use crate::read::prestatie::DURATION_CLASSES;
use crate::rules::context::{LineContext, MaxTariff};
use crate::words::format::{date_long, date_plain, money};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// A profession in plain words, with its article: "een gezondheidszorgpsycholoog".
pub fn profession(p: Profession, lang: Lang) -> String {
    m::profession(lang, profession_key(p))
}

/// The key of a profession in the messages (`profession = { $profession -> [arts] … }`).
pub fn profession_key(p: Profession) -> &'static str {
    match p {
        Profession::Arts => "arts",
        Profession::ArtsSpecialist => "specialist",
        Profession::GzPsycholoog => "gz",
        Profession::KlinischPsycholoog => "klinisch",
        Profession::Psychotherapeut => "psychotherapeut",
        Profession::VerpleegkundigSpecialist => "vs",
        Profession::Verpleegkundige => "verpleegkundige",
        Profession::Overig => "overig",
    }
}

/// The setting in plain words (`zpm-reference.md` §2.1, the eight settings).
pub fn setting(setting: u8, lang: Lang) -> String {
    m::setting(lang, &setting.to_string())
}

/// "none" for a value a message leaves out (its `[none]` variant).
pub(crate) const NONE: &str = "none";

/// The sentences for one ZPM line.
pub fn prestatie_line(line: &Line, p: &Prestatie, context: &LineContext, lang: Lang) -> String {
    let mut out: Vec<String> = Vec::with_capacity(8);
    let credit = line.amount.is_sign_negative() && !line.amount.is_zero();
    if credit {
        out.push(m::prestatie_credit(lang, &money(line.amount.abs(), lang)));
    }
    let date = line.date.map(|d| date_long(d, lang));
    let date = date.as_deref().unwrap_or(NONE);
    let who = p.profession.map(|pr| profession(pr, lang));
    let who = who.as_deref().unwrap_or(NONE);
    let minutes = || duration(p.minutes, lang);
    match p.kind {
        PrestatieKind::Consult => {
            let kind = match p.consult {
                Some(ConsultKind::Diagnostiek) => "diagnostiek",
                Some(ConsultKind::Behandeling) => "behandeling",
                _ => "other",
            };
            out.push(m::prestatie_consult(lang, m::PrestatieConsult { date, kind, who }));
            out.extend(minutes());
        }
        PrestatieKind::GroupConsult => {
            let size = p.group_size.map(|s| s.to_string());
            out.push(m::prestatie_group(lang, m::PrestatieGroup { date, who, size: size.as_deref().unwrap_or(NONE) }));
        }
        PrestatieKind::Stay => out.push(m::prestatie_stay(lang, date)),
        PrestatieKind::Surcharge => {
            out.push(m::prestatie_surcharge(lang, date));
            out.push(match context.consult_date {
                Some(d) => m::prestatie_surcharge_consult(lang, &date_plain(d, lang)),
                None => m::prestatie_surcharge_alone(lang),
            });
        }
        PrestatieKind::OtherService => {
            out.push(m::prestatie_other(lang, m::PrestatieOther { date, description: &line.description }))
        }
        PrestatieKind::NonInsured => {
            out.push(m::prestatie_non_insured(lang, m::PrestatieNonInsured { date, who }));
            match context.quarter_hours {
                // one row of a talk billed per 15 minutes: how long the talk was, not a duration class
                Some(q) => out.push(m::prestatie_quarter_hours(
                    lang,
                    m::PrestatieQuarterHours {
                        count: &q.count.to_string(),
                        minutes: &q.minutes().to_string(),
                        url: RULES_2026,
                    },
                )),
                None => out.extend(minutes()),
            }
        }
    }
    if let Some(s) = p.setting.filter(|_| p.kind != PrestatieKind::GroupConsult) {
        out.push(m::prestatie_setting(lang, &setting(s, lang)));
    }
    if !credit && !context.amount_unknown {
        out.push(m::prestatie_cost(lang, &money(line.amount, lang)));
    }
    if let Some(code) = &line.code {
        out.push(m::prestatie_code(lang, code));
        tariff(&mut out, code, line, context.max_tariff, lang);
    }
    rules_2026(&mut out, line, context.quarter_hours.is_some(), lang);
    out.join(" ")
}

/// The CBB's ruling on the 2022 and 2023 tariffs (`shared/domain/zpm-reference.md` §7.5).
pub const CBB_2024: &str = "https://lexboost.com/rechtspraak/ECLI:NL:CBB:2024:570";

pub use crate::rules::context::RULES_2026;

/// The 2026 billing rules, on a line of 2026 or later they apply to: the orthopedagoog-generalist
/// bills as a gz-psycholoog; OV0012 is billed per 15 minutes (said already where `quarter_hours`).
fn rules_2026(out: &mut Vec<String>, line: &Line, quarter_hours: bool, lang: Lang) {
    use chrono::Datelike;
    if line.date.is_none_or(|d| d.year() < 2026) {
        return;
    }
    let folded = crate::util::fold::fold(&line.description);
    let role = if folded.contains("orthopedagoog") {
        Some("orthopedagoog")
    } else if folded.contains("physician assistant") {
        Some("pa")
    } else {
        None
    };
    if let Some(role) = role {
        out.push(m::prestatie_2026_category(lang, m::Prestatie2026Category { role, url: RULES_2026 }));
    }
    if line.code.as_deref() == Some("OV0012") && !quarter_hours {
        out.push(m::prestatie_2026_ov0012(lang, RULES_2026));
    }
}

/// "Het gesprek was gepland op 45 tot 59 minuten („vanaf 45 minuten”). …"
fn duration(minutes: Option<u16>, lang: Lang) -> Option<String> {
    let m = minutes?;
    let to = DURATION_CLASSES.iter().find(|&&c| c > m).map(|&c| (c - 1).to_string());
    Some(m::prestatie_duration(lang, m::PrestatieDuration { from: &m.to_string(), to: to.as_deref().unwrap_or(NONE) }))
}

/// The maximum tariff of the code in the year of the line, or that NotaWijzer does not know it.
fn tariff(out: &mut Vec<String>, code: &str, line: &Line, max: Option<MaxTariff>, lang: Lang) {
    match (max, line.date) {
        (Some(t), _) => {
            let year = t.year.to_string();
            out.push(m::prestatie_tariff(
                lang,
                m::PrestatieTariff {
                    year: &year,
                    amount: &money(t.amount, lang),
                    // a table a host loaded names itself ("NZa-tarievenlijst 2026, TB/REG-…, op deze
                    // site gezet op …"); a built-in row names the site it was read from
                    source: if t.source.key.ends_with(".json") { t.source.note } else { source_host(t.source.url) },
                },
            ));
            // the CBB ordered the NZa to decide 2022 and 2023 anew (`zpm-reference.md` §7.5)
            if t.year == 2022 || t.year == 2023 {
                out.push(m::prestatie_tariff_cbb(lang, CBB_2024));
            }
        }
        (None, Some(d)) => {
            let year = chrono::Datelike::year(&d);
            out.push(m::prestatie_tariff_unknown(lang, m::PrestatieTariffUnknown { code, year: &year.to_string() }));
            // an earlier year as information, never as a check: every year has its own maximum
            if let Some((last, amount, _)) = crate::tariffs::zpm::last_known_before(code, year) {
                let nza = crate::tariffs::zpm::NZA_TARIFFS;
                out.push(m::prestatie_tariff_earlier(
                    lang,
                    m::PrestatieTariffEarlier {
                        last: &last.to_string(),
                        amount: &money(amount, lang),
                        year: &year.to_string(),
                        url: nza,
                    },
                ));
            }
        }
        (None, None) => out.push(m::prestatie_tariff_undated(lang, code)),
    }
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
    let (a, m) = (crate::model::money::cents(amount), crate::model::money::cents(max));
    if m <= 0 || a <= m {
        return None;
    }
    u32::try_from(((a - m) * 100 + m - 1) / m).ok()
}

/// The most a written contract with the insurer allows: the maximum tariff + 10 %, to the cent
/// (half a cent up, as `money::to_cents` rounds).
pub fn contract_limit(max: Decimal) -> Decimal {
    let cents = crate::model::money::cents(max) * 110;
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
