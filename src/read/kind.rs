//! What an item line's description means: a consult (with kind and form when named), a stay, one
//! of the other activity types of the NZa pilot, or a DBC product (a diagnosis group with a band
//! of minutes). Used by the text reader and the JSON reader alike.

use crate::model::{Activity, ConsultForm, ConsultKind, LineKind, MinuteBand, StayKind};
use crate::util::fold::words;

/// The kind of an item line from its description.
pub fn classify(description: &str) -> LineKind {
    let words = words(description);
    let has = |stem: &str| words.iter().any(|w| w.contains(stem));
    let is = |word: &str| words.iter().any(|w| w == word);

    if has("verblijf") || has("opname") || is("deeltijd") || has("dagklini") {
        let day = has("dagklini") || is("deeltijd") || has("dagbehandel");
        return LineKind::Stay(if day { StayKind::Dagklinisch } else { StayKind::Klinisch });
    }
    if let Some(activity) = activity(&words) {
        return LineKind::Activity(activity);
    }
    if has("consult") {
        let kind = if has("farmaco") {
            Some(ConsultKind::Farmacotherapeutisch)
        } else if has("diagnost") {
            Some(ConsultKind::Diagnostiek)
        } else if has("behandel") {
            Some(ConsultKind::Behandeling)
        } else {
            None
        };
        let form = if has("groep") {
            Some(ConsultForm::Groep)
        } else if has("blended") {
            Some(ConsultForm::Blended)
        } else if has("outreach") {
            Some(ConsultForm::Outreachend)
        } else if has("individu") {
            Some(ConsultForm::Individueel)
        } else {
            None
        };
        return LineKind::Consult { kind, form };
    }
    LineKind::Other
}

fn activity(words: &[String]) -> Option<Activity> {
    let joined = words.join(" ");
    let is = |word: &str| words.iter().any(|w| w == word);
    Some(if joined.contains("zorgcoordinatie") || joined.contains("zorg coordinatie") {
        Activity::Zorgcoordinatie
    } else if is("mdo") || joined.contains("multidisciplinair overleg") {
        Activity::Mdo
    } else if joined.contains("verslaglegging") {
        Activity::Verslaglegging
    } else if is("ect") {
        Activity::Ect
    } else if is("dbs") {
        Activity::Dbs
    } else if is("rtms") {
        Activity::Rtms
    } else if joined.contains("testdiagnostiek") {
        Activity::Testdiagnostiek
    } else if joined.contains("somatisch onderzoek") || joined.contains("somatisch") {
        Activity::SomatischOnderzoek
    } else if joined.contains("screening") {
        Activity::Screening
    } else {
        return None;
    })
}

/// A band of treatment minutes: `3000-5999`, `3.000-5.999`, `3000 - 5999 minuten`,
/// `vanaf 400`, `28000+`. A text that is also a valid day-month date (`15-2`) is not a band.
pub fn parse_band(text: &str) -> Option<MinuteBand> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = strip_suffix_ignore_case(strip_suffix_ignore_case(text.trim(), "minuten"), "min").trim();
    // "3.000" is three thousand: dots group thousands, as in amounts
    let number = |s: &str| -> Option<u32> {
        let s = s.trim();
        let digits = s.bytes().filter(|&b| b != b'.');
        if s.is_empty() || s.bytes().filter(|&b| b != b'.').count() > 7 || !digits.clone().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(digits.fold(0, |acc, b| acc * 10 + u32::from(b - b'0')))
    };
    if t.len() > 5 && t.is_char_boundary(5) && t[..5].eq_ignore_ascii_case("vanaf") {
        return number(&t[5..]).map(|from| MinuteBand { from, to: None });
    }
    if t.as_bytes().last() == Some(&b'+') {
        return number(&t[..t.len() - 1]).map(|from| MinuteBand { from, to: None });
    }
    let dash = t.bytes().position(|b| b == b'-')?;
    let (a, b) = (&t[..dash], &t[dash + 1..]);
    let (from, to) = (number(a)?, number(b)?);
    let looks_like_date = (1..=31).contains(&from) && (1..=12).contains(&to);
    (from <= to && !looks_like_date).then_some(MinuteBand { from, to: Some(to) })
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> &'a str {
    let cut = text.len().wrapping_sub(suffix.len());
    if text.len() >= suffix.len() && text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(suffix) {
        &text[..cut]
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consults() {
        assert_eq!(classify("Consult"), LineKind::Consult { kind: None, form: None });
        assert_eq!(
            classify("Consult behandeling groep"),
            LineKind::Consult { kind: Some(ConsultKind::Behandeling), form: Some(ConsultForm::Groep) }
        );
        assert_eq!(
            classify("Diagnostiekconsult individueel"),
            LineKind::Consult { kind: Some(ConsultKind::Diagnostiek), form: Some(ConsultForm::Individueel) }
        );
        assert_eq!(
            classify("Consult farmacotherapeutisch blended"),
            LineKind::Consult { kind: Some(ConsultKind::Farmacotherapeutisch), form: Some(ConsultForm::Blended) }
        );
        assert_eq!(classify("Groepsconsult"), LineKind::Consult { kind: None, form: Some(ConsultForm::Groep) });
        assert_eq!(
            classify("Consult behandeling outreachend"),
            LineKind::Consult { kind: Some(ConsultKind::Behandeling), form: Some(ConsultForm::Outreachend) }
        );
    }

    #[test]
    fn stays() {
        assert_eq!(classify("Verblijf"), LineKind::Stay(StayKind::Klinisch));
        assert_eq!(classify("Verblijf dagklinisch"), LineKind::Stay(StayKind::Dagklinisch));
        assert_eq!(classify("Deeltijd"), LineKind::Stay(StayKind::Dagklinisch));
        assert_eq!(classify("Klinische opname"), LineKind::Stay(StayKind::Klinisch));
    }

    #[test]
    fn activities() {
        let cases = [
            ("Zorgcoördinatie", Activity::Zorgcoordinatie),
            ("Zorg coördinatie", Activity::Zorgcoordinatie),
            ("MDO", Activity::Mdo),
            ("MDO extern", Activity::Mdo),
            ("Verslaglegging", Activity::Verslaglegging),
            ("ECT", Activity::Ect),
            ("DBS", Activity::Dbs),
            ("rTMS", Activity::Rtms),
            ("Testdiagnostiek", Activity::Testdiagnostiek),
            ("Somatisch onderzoek", Activity::SomatischOnderzoek),
            ("Screening", Activity::Screening),
        ];
        for (text, activity) in cases {
            assert_eq!(classify(text), LineKind::Activity(activity), "{text}");
        }
        assert_eq!(classify("Eigen risico"), LineKind::Other);
        assert_eq!(classify("Effect"), LineKind::Other);
    }

    #[test]
    fn bands() {
        assert_eq!(parse_band("3000-5999"), Some(MinuteBand { from: 3000, to: Some(5999) }));
        assert_eq!(parse_band("3.000 - 5.999 minuten"), Some(MinuteBand { from: 3000, to: Some(5999) }));
        assert_eq!(parse_band("0-99"), Some(MinuteBand { from: 0, to: Some(99) }));
        assert_eq!(parse_band("vanaf 400"), Some(MinuteBand { from: 400, to: None }));
        assert_eq!(parse_band("28000+"), Some(MinuteBand { from: 28000, to: None }));
        assert_eq!(parse_band("15-2"), None);
        assert_eq!(parse_band("5999-3000"), None);
        assert_eq!(parse_band("15-2-2017"), None);
        assert_eq!(parse_band("1 mei"), None);
    }
}
