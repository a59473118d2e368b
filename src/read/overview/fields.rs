//! The field kinds of an overview's cells: a date or a period, an amount, a status in words, the
//! kind of care (ggz or other) from its words or its code.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::model::overview::{Care, Status};
use crate::read::date::parse_date;
use crate::read::prestatie::is_code;
use crate::read::zpm::{Notation, looks_like_money, read_money};
use crate::util::fold::fold;

/// One of the words starts the text (`start`), or is in it. Out of line, one loop for every list
/// of words the overview reader knows (the engine is built for speed: inlined, every list would
/// be unrolled at its place).
#[inline(never)]
pub(super) fn any_of(text: &str, words: &[&str], start: bool) -> bool {
    words.iter().any(|w| if start { text.starts_with(w) } else { text.contains(w) })
}

/// A whole date ("08-09-2026", "8 september 2026", "2026-09-08").
pub(super) fn date(text: &str) -> Option<NaiveDate> {
    parse_date(text.trim()).ok()?.complete()
}

/// A date, or a period ("01-02-2026 t/m 28-02-2026", "01-02-2026 - 28-02-2026").
pub(super) fn period(text: &str) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let t = text.trim();
    if let Some(d) = date(t) {
        return Some((d, None));
    }
    for sep in [" t/m ", " tot en met ", " tot ", " - ", " – ", " — "] {
        if let Some((a, b)) = t.split_once(sep) {
            let (a, b) = (date(a)?, date(b)?);
            return Some((a, (b != a).then_some(b)));
        }
    }
    None
}

/// An amount as an overview writes it (`€ 135,89`, `135,89`, `-€ 10,00`); a dash alone is none.
pub(super) fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if !looks_like_money(t) {
        return None;
    }
    read_money(t, true, Notation::Dutch).ok()
}

/// Looks like an amount (whether or not it reads).
pub(super) fn is_amount(text: &str) -> bool {
    looks_like_money(text.trim())
}

/// A status in words ("Verwerkt", "In behandeling", "Afgewezen").
pub(super) fn status(text: &str) -> Option<Status> {
    let f = fold(text);
    const PENDING: [&str; 6] =
        ["in behandeling", "ontvangen", "in afwachting", "nog niet verwerkt", "in verwerking", "wordt verwerkt"];
    const REJECTED: [&str; 4] = ["afgewezen", "niet vergoed", "geweigerd", "afwijzing"];
    const PROCESSED: [&str; 6] = ["verwerkt", "uitbetaald", "betaald", "afgehandeld", "vergoed", "verrekend"];
    if any_of(&f, &PENDING, false) {
        Some(Status::Pending)
    } else if any_of(&f, &REJECTED, false) {
        Some(Status::Rejected)
    } else if any_of(&f, &PROCESSED, false) {
        Some(Status::Processed)
    } else {
        None
    }
}

/// Mental health care by its words or its prestatiecode (`insurer-overviews.md`: an overview may
/// show the NZa name, a short form, or only "Geestelijke gezondheidszorg"); every other row is other
/// care (a GP, a pharmacy, a hospital).
pub(super) fn care(code: Option<&str>, texts: &[&str]) -> Care {
    const GGZ: [&str; 12] = [
        "ggz",
        "geestelijke gezondheid",
        "psycholo",
        "psychiat",
        "psychotherap",
        "verkennend gesprek",
        "zorgvraagtype",
        "orthopedago",
        "sectie ii",
        "sectie iii",
        "kwaliteitsstatuut",
        "gz-psycholoog",
    ];
    let f = fold(&texts.join(" "));
    let ggz_code = code.is_some_and(|c| is_code(c) && matches!(&c[..2], "CO" | "GC" | "TC" | "OV" | "VB" | "DT"));
    if ggz_code || any_of(&f, &GGZ, false) { Care::Ggz } else { Care::Other }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_amounts_and_care() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(period("01-02-2026 t/m 28-02-2026"), Some((d(2026, 2, 1), Some(d(2026, 2, 28)))));
        assert_eq!(period("05-10-2026 t/m 05-10-2026"), Some((d(2026, 10, 5), None)));
        assert_eq!(amount("€ 1.234,56"), Some(Decimal::new(123456, 2)));
        assert_eq!(amount("-"), None);
        assert_eq!(status("In behandeling"), Some(Status::Pending));
        assert_eq!(care(None, &["Geestelijke gezondheidszorg"]), Care::Ggz);
        assert_eq!(care(Some("CO0497"), &["Behandeling"]), Care::Ggz);
        assert_eq!(care(None, &["Huisartsenzorg", "Consult 5 tot 20 minuten"]), Care::Other);
    }
}
