//! What a zorgprestatiemodel line is, from its prestatiecode and its description
//! (`zpm-nota-format.md`, `zpm-reference.md` §2.1–2.4). The code prefix gives the kind (`CO`
//! consult, `GC` group consult, `TC` surcharge, `OV` other service); the description gives the
//! rest as the NZa writes it ("Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog
//! (Wet Big artikel 3) Behandeling 45 minuten") or as a provider shortens it ("Behandeling 45
//! min, GZ-psycholoog"). Where the tariff table knows the code, what it says fills what the
//! description leaves out.

use crate::model::{ConsultKind, LineKind, Prestatie, PrestatieKind, Profession};
use crate::tariffs::zpm;
use crate::util::fold::words;

/// The duration classes ("vanaf" minutes) of a consult.
pub const DURATION_CLASSES: [u16; 8] = [5, 15, 30, 45, 60, 75, 90, 120];

/// A prestatiecode: two capital letters and four digits (`CO0497`).
pub fn is_code(token: &str) -> bool {
    let b = token.as_bytes();
    b.len() == 6 && b[..2].iter().all(u8::is_ascii_uppercase) && b[2..].iter().all(u8::is_ascii_digit)
}

/// Words that mark a credit line (a correction of an earlier line).
pub fn is_credit_marker(description: &str) -> bool {
    words(description).iter().any(|w| w.starts_with("credit") || w == "correctie" || w == "creditering")
}

/// A missed appointment or another fee of the provider's own, from its words
/// (`real-nota-layouts.md`, "Lines that are not NZa prestaties").
pub fn fee_kind(joined: &str) -> Option<LineKind> {
    const NO_SHOW: [&str; 10] = [
        "niet nagekomen",
        "no show",
        "noshow",
        "te laat afgezegd",
        "te laat geannuleerd",
        "niet verschenen",
        "niet afgemeld",
        "verzuimde afspraak",
        "missed appointment",
        "late cancel",
    ];
    const FEE: [&str; 10] = [
        "administratiekosten",
        "administratie kosten",
        "kopie dossier",
        "dossierkopie",
        "kopie van het dossier",
        "rapportage derden",
        "verslag voor derden",
        "herinneringskosten",
        "aanmaningskosten",
        "administration fee",
    ];
    if NO_SHOW.iter().any(|w| joined.contains(w)) {
        Some(LineKind::NoShow)
    } else if FEE.iter().any(|w| joined.contains(w)) {
        Some(LineKind::Fee)
    } else {
        None
    }
}

/// [`fee_kind`] of a description as written.
pub fn fee_of(description: &str) -> Option<LineKind> {
    fee_kind(&words(description).join(" "))
}

/// The kind of a ZPM line. `context` is other text on the line (the practitioner column) that
/// may name the profession.
pub fn classify(code: Option<&str>, description: &str, context: &str) -> LineKind {
    let words = words(description);
    let joined = words.join(" ");
    if code.is_none()
        && let Some(fee) = fee_kind(&joined)
    {
        return fee;
    }
    let has = |stem: &str| words.iter().any(|w| w.contains(stem));
    let row = code.and_then(zpm::row);
    let prefix = code.map(|c| &c[..2]);

    let non_insured = joined.contains("niet basispakket") || has("onverzekerd") || joined.contains("niet verzekerd");
    let kind = if non_insured || code == Some("OV0012") {
        Some(PrestatieKind::NonInsured)
    } else if let Some(row) = row {
        Some(row.prestatie.kind)
    } else {
        match prefix {
            Some("CO") => Some(PrestatieKind::Consult),
            Some("GC") => Some(PrestatieKind::GroupConsult),
            Some("TC") => Some(PrestatieKind::Surcharge),
            Some("OV") => Some(PrestatieKind::OtherService),
            _ if has("verblijf") => Some(PrestatieKind::Stay),
            _ if has("groepsconsult") || (has("consult") && has("groep")) => Some(PrestatieKind::GroupConsult),
            _ if has("toeslag") => Some(PrestatieKind::Surcharge),
            _ if has("consult") || has("diagnostiek") || has("behandeling") => Some(PrestatieKind::Consult),
            _ => None,
        }
    };
    let Some(kind) = kind else { return LineKind::Other };

    let consult = if has("diagnostiek") {
        Some(ConsultKind::Diagnostiek)
    } else if has("behandeling") {
        Some(ConsultKind::Behandeling)
    } else {
        row.and_then(|r| r.prestatie.consult)
    };
    let minutes = if matches!(kind, PrestatieKind::Consult | PrestatieKind::NonInsured) {
        duration(&words).or(row.and_then(|r| r.prestatie.minutes))
    } else {
        None
    };
    let profession =
        profession(&joined).or_else(|| profession(&words_joined(context))).or(row.and_then(|r| r.prestatie.profession));
    let setting = if kind == PrestatieKind::GroupConsult {
        None
    } else {
        setting(&joined).or(row.and_then(|r| r.prestatie.setting))
    };
    let group_size = if kind == PrestatieKind::GroupConsult {
        group_size(&words).or(row.and_then(|r| r.prestatie.group_size))
    } else {
        None
    };
    LineKind::Prestatie(Prestatie { kind, consult, minutes, profession, setting, group_size })
}

fn words_joined(text: &str) -> String {
    words(text).join(" ")
}

/// "45 minuten", "45 min", "45min": a duration class.
fn duration(words: &[String]) -> Option<u16> {
    for (i, w) in words.iter().enumerate() {
        let (digits, unit) = match w.find(|c: char| !c.is_ascii_digit()) {
            Some(0) => continue,
            Some(at) => (&w[..at], &w[at..]),
            None => (w.as_str(), words.get(i + 1).map_or("", String::as_str)),
        };
        if unit.starts_with("min") {
            let n: u16 = digits.parse().ok()?;
            return DURATION_CLASSES.contains(&n).then_some(n);
        }
    }
    None
}

/// The profession category from folded, space-joined words.
fn profession(joined: &str) -> Option<Profession> {
    let j = format!(" {joined} ");
    let any = |needles: &[&str]| needles.iter().any(|n| j.contains(n));
    Some(if any(&["gezondheidszorgpsycholoog", " gz psycholoog", " gzpsycholoog", " gz "]) {
        Profession::GzPsycholoog
    } else if any(&["klinisch psycholoog", "klinisch neuropsycholoog", "klinisch neuro psycholoog", "neuropsycholoog"])
    {
        Profession::KlinischPsycholoog
    } else if any(&["psychotherapeut"]) {
        Profession::Psychotherapeut
    } else if any(&["verpleegkundig specialist", " vs ggz"]) {
        Profession::VerpleegkundigSpecialist
    } else if any(&["psychiater", "arts specialist", "specialist ouderengeneeskunde", "klinisch geriater"]) {
        Profession::ArtsSpecialist
    } else if any(&["verpleegkundige"]) {
        Profession::Verpleegkundige
    } else if any(&[" arts "]) {
        Profession::Arts
    } else if any(&["overige beroepen", "overig beroep"]) {
        Profession::Overig
    } else {
        return None;
    })
}

/// The setting, 1–8, from the description's words (`zpm-reference.md` §2.1).
fn setting(joined: &str) -> Option<u8> {
    let has = |s: &str| joined.contains(s);
    Some(if has("hoogspecialistisch") {
        8
    } else if has("forensisch") || has("beveiligde zorg") {
        if has("niet klinisch") || has("ambulant") { 7 } else { 6 }
    } else if has("sectie iii") {
        if has("multidisciplinair") {
            3
        } else if has("monodisciplinair") {
            2
        } else {
            return None;
        }
    } else if has("sectie ii") {
        1
    } else if has("outreachend") {
        4
    } else if joined.starts_with("klinisch ")
        && !joined.starts_with("klinisch psycholoog")
        && !joined.starts_with("klinisch neuro")
        || has("setting klinisch")
    {
        5
    } else {
        return None;
    })
}

/// "groepsgrootte 6", "6 deelnemers", "6 patiënten".
fn group_size(words: &[String]) -> Option<u8> {
    for (i, w) in words.iter().enumerate() {
        if w == "groepsgrootte" {
            return words.get(i + 1).and_then(|n| n.parse().ok());
        }
        if (w == "deelnemers" || w == "patienten" || w == "personen") && i > 0 {
            return words[i - 1].parse().ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(code: Option<&str>, d: &str) -> Prestatie {
        match classify(code, d, "") {
            LineKind::Prestatie(p) => p,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn codes() {
        assert!(is_code("CO0497") && is_code("GC0110") && is_code("XY1234"));
        assert!(!is_code("co0497") && !is_code("CO497") && !is_code("CO04970") && !is_code("C00497"));
    }

    #[test]
    fn the_nza_description() {
        let c = p(
            Some("CO0497"),
            "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten",
        );
        assert_eq!(c.kind, PrestatieKind::Consult);
        assert_eq!(c.consult, Some(ConsultKind::Behandeling));
        assert_eq!(c.minutes, Some(45));
        assert_eq!(c.profession, Some(Profession::GzPsycholoog));
        assert_eq!(c.setting, Some(1));
    }

    #[test]
    fn shortened_and_unknown_codes() {
        let c = p(Some("CO9999"), "Diagnostiek 60 min, GZ-psycholoog");
        assert_eq!(
            (c.kind, c.consult, c.minutes, c.profession),
            (PrestatieKind::Consult, Some(ConsultKind::Diagnostiek), Some(60), Some(Profession::GzPsycholoog))
        );
        assert_eq!(c.setting, None);
        // the code in the table fills what a short description leaves out
        let c = p(Some("CO0627"), "Consult");
        assert_eq!((c.consult, c.minutes, c.setting), (Some(ConsultKind::Behandeling), Some(60), Some(1)));
        // a number of minutes that is no duration class is not one
        assert_eq!(p(Some("CO9999"), "Behandeling 40 minuten").minutes, None);
        let c =
            p(None, "Consult behandeling 30min psychiater, ambulant kwaliteitsstatuut sectie III multidisciplinair");
        assert_eq!((c.minutes, c.profession, c.setting), (Some(30), Some(Profession::ArtsSpecialist), Some(3)));
        assert_eq!(p(Some("CO9999"), "Klinisch psycholoog behandeling 45 minuten").setting, None);
    }

    #[test]
    fn kinds() {
        assert_eq!(
            p(Some("GC0110"), "Groepsconsult Gezondheidszorgpsycholoog (Wet Big artikel 3), groepsgrootte 6")
                .group_size,
            Some(6)
        );
        assert_eq!(p(Some("GC0999"), "Groepsconsult, 4 deelnemers").kind, PrestatieKind::GroupConsult);
        assert_eq!(p(Some("TC0009"), "Toeslag reistijd tot 25 minuten").kind, PrestatieKind::Surcharge);
        assert_eq!(p(Some("TC0009"), "Toeslag reistijd tot 25 minuten").minutes, None);
        assert_eq!(
            p(Some("OV0007"), "Intercollegiaal overleg kort, setting ambulant kwaliteitsstatuut sectie II").setting,
            Some(1)
        );
        assert_eq!(p(Some("OV0012"), "Niet-basispakketzorg consult").kind, PrestatieKind::NonInsured);
        assert_eq!(p(Some("OV0099"), "Niet-basispakketzorg verblijf").kind, PrestatieKind::NonInsured);
        assert_eq!(p(Some("VB0001"), "Verblijfsdag categorie A").kind, PrestatieKind::Stay);
        assert_eq!(p(Some("OV0001"), "ECT regulier").kind, PrestatieKind::OtherService);
        assert_eq!(classify(Some("ZZ0001"), "Iets anders", ""), LineKind::Other);
        assert_eq!(p(Some("CO9999"), "Consult").profession, None);
        let with_context = classify(Some("CO9999"), "Behandeling 45 minuten", "J. Bakker (GZ-psycholoog)");
        assert!(matches!(
            with_context,
            LineKind::Prestatie(Prestatie { profession: Some(Profession::GzPsycholoog), .. })
        ));
    }

    #[test]
    fn credit_markers() {
        assert!(is_credit_marker("Creditering: Behandeling 60 minuten"));
        assert!(is_credit_marker("Credit CO0497"));
        assert!(!is_credit_marker("Behandeling 60 minuten"));
    }
}
