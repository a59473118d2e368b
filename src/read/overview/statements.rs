//! The lines of an overview that are not rows: the insured person (read past), the insurer, the
//! headings of its tables ("U moet nu betalen", "In behandeling"), the year's eigen risico ("Stand
//! verplicht eigen risico 2026", "Verbruikt", "Resterend") and what a bill asks or a settlement pays
//! back.

use rust_decimal::Decimal;

use super::fields;
use crate::model::overview::{Section, Status};
use crate::util::fold::fold;

/// What a line that is not a row says.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Statement {
    /// The insured person: a name (compared, never kept) and a birth date where it is on the line.
    Person {
        name: Option<String>,
        birth: Option<chrono::NaiveDate>,
    },
    /// A policy, relation or customer number, a BSN, an address: read past.
    Private,
    Insurer(String),
    /// A table's heading: the status or the part of a bill of the rows below it.
    Heading {
        status: Option<Status>,
        section: Section,
    },
    /// The year's eigen risico: the year where the line names one, and its figures.
    Stand {
        year: Option<i32>,
        amount: Option<Decimal>,
        used: Option<Decimal>,
        remaining: Option<Decimal>,
        voluntary: Option<Decimal>,
    },
    ToPay(Decimal),
    Refund(Decimal),
    Instalments(Decimal),
    Due(chrono::NaiveDate),
    /// A total or a line of prose: nothing to keep.
    Skip,
}

/// The year a line names (2000–2099), as a whole word.
pub(super) fn year_in(folded: &str) -> Option<i32> {
    folded.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() == 4).find_map(|w| {
        let y: i32 = w.parse().ok()?;
        (2000..2100).contains(&y).then_some(y)
    })
}

/// The amount a keyword names, within its part of the line (parts end at a `,`, `;` or `:` that
/// ends a word; a decimal comma does not): the first amount after the keyword, past a currency
/// sign, a year and at most three other words ("resterend eigen risico € 135,89"), else the last
/// one before it in its part ("€ 224,80 verbruikt, € 160,20 resterend").
fn amount_after(line: &str, folded: &str, key: &str) -> Option<Decimal> {
    let at = folded.find(key)?;
    // the folded line has the original's words one for one
    let (key_start, key_end) =
        (folded[..at].split_whitespace().count(), folded[..at + key.len()].split_whitespace().count());
    let words: Vec<&str> = line.split_whitespace().collect();
    let ends_part = |w: &str| w.ends_with([',', ';', ':']);
    let part_start = words[..key_start.min(words.len())].iter().rposition(|w| ends_part(w)).map_or(0, |i| i + 1);
    let key_ends_part = key_end > 0 && words.get(key_end - 1).is_some_and(|w| ends_part(w));
    let clean = |w: &str| w.trim_matches([':', ',', ';', '(', ')']).to_string();
    let skip =
        |w: &str| w.is_empty() || w == "€" || w.eq_ignore_ascii_case("eur") || (w.len() == 4 && year_in(w).is_some());
    if !key_ends_part {
        let mut other = 0;
        for raw in words.iter().skip(key_end) {
            let w = clean(raw);
            if !skip(&w) {
                if fields::is_amount(&w) {
                    return fields::amount(&w);
                }
                other += 1;
                if other > 3 {
                    break;
                }
            }
            if ends_part(raw) {
                break;
            }
        }
    }
    words[part_start..key_start.min(words.len())]
        .iter()
        .rev()
        .map(|w| clean(w))
        .find(|w| fields::is_amount(w))
        .and_then(|w| fields::amount(&w))
}

/// The statement a line makes, if any; `None` for a row or a line NotaWijzer does not know.
pub(super) fn statement(line: &str) -> Option<Statement> {
    let f = fold(line);
    let f = f.as_str();
    let starts = |keys: &[&str]| fields::any_of(f, keys, true);
    let has_amount = line.split_whitespace().any(fields::is_amount);
    if starts(&[
        "polisnummer",
        "relatienummer",
        "klantnummer",
        "verzekerdennummer",
        "bsn",
        "burgerservicenummer",
        "adres",
        "postcode",
        "iban",
        "rekeningnummer",
        "lidnummer",
    ]) {
        return Some(Statement::Private);
    }
    if starts(&["verzekerde", "naam verzekerde", "naam:", "naam ", "geboortedatum", "geboren"])
        && !f.starts_with("naam zorgverlener")
    {
        let birth = ["geboortedatum", "geboren"].iter().find_map(|k| {
            let at = f.find(k)? + k.len();
            let after = f[at..].trim_start_matches([':', ' ', '(']);
            let end = after.find([')', ',', ' ']).map_or(after.len(), |e| {
                // "8 september 1984": three words
                let words: Vec<&str> = after.split_whitespace().take(3).collect();
                if words.len() == 3 && fields::date(&words.join(" ")).is_some() { words.join(" ").len() } else { e }
            });
            fields::date(&after[..end.min(after.len())])
        });
        let name = if starts(&["geboortedatum", "geboren"]) {
            None
        } else {
            let value =
                f.split_once([':', '\t']).map(|(_, v)| v).or_else(|| f.split_once(' ').map(|(_, v)| v)).unwrap_or("");
            let value = value
                .split(['(', ','])
                .next()
                .unwrap_or("")
                .split("geboortedatum")
                .next()
                .unwrap_or("")
                .split("  ")
                .next()
                .unwrap_or("");
            Some(value.trim().to_string()).filter(|v| !v.is_empty())
        };
        return Some(Statement::Person { name, birth });
    }
    if starts(&["zorgverzekeraar:", "verzekeraar:", "uw zorgverzekeraar:"]) {
        let value = line.split_once(':').map(|(_, v)| v.trim()).unwrap_or("");
        if !value.is_empty() && crate::read::role::looks_like_name(value) {
            return Some(Statement::Insurer(value.to_string()));
        }
    }
    let heading = f.trim_end_matches(':').trim();
    if !has_amount {
        let (status, section) = match heading {
            "u moet nu betalen" | "nu te betalen" | "te betalen" => (Some(Status::Processed), Section::ToPay),
            "u heeft al betaald" | "al betaald" | "eerder betaald" => (Some(Status::Processed), Section::Paid),
            h if h.starts_with("nog niet verwerkt")
                || h == "in behandeling"
                || h.starts_with("openstaande declaraties")
                || h.starts_with("declaraties in behandeling") =>
            {
                (Some(Status::Pending), Section::None)
            }
            h if h.starts_with("afgewezen") => (Some(Status::Rejected), Section::None),
            h if h.starts_with("verwerkte declaraties")
                || h == "verwerkt"
                || h.starts_with("verrekend met")
                || h.starts_with("afgehandelde declaraties") =>
            {
                (Some(Status::Processed), Section::None)
            }
            _ => (None, Section::None),
        };
        if status.is_some() {
            return Some(Statement::Heading { status, section });
        }
    }
    // the year's eigen risico: figures after their words, on one line or on lines of their own
    const USED: [&str; 4] = ["verbruikt", "gebruikt", "verrekend eigen risico", "verrekend"];
    const LEFT: [&str; 5] = ["resterend", "nog over", "nog niet verbruikt", "nog beschikbaar", "restant"];
    let find = |keys: &[&str]| keys.iter().find_map(|k| f.contains(k).then(|| amount_after(line, f, k)).flatten());
    if has_amount && (f.contains("eigen risico") || starts(&USED) || starts(&LEFT)) {
        let used = find(&USED);
        let remaining = find(&LEFT);
        let voluntary = f.contains("vrijwillig").then(|| find(&["vrijwillig eigen risico"])).flatten();
        // "Verplicht eigen risico € 385,00"; "Eigen risico € 100,00" alone is a claim's field
        let amount = if f.starts_with("verplicht eigen risico")
            || (f.starts_with("eigen risico") && year_in(f).is_some() && used.is_none() && remaining.is_none())
        {
            find(&["verplicht eigen risico", "eigen risico"])
        } else {
            None
        };
        if used.is_some() || remaining.is_some() || voluntary.is_some() || amount.is_some() {
            return Some(Statement::Stand {
                year: year_in(f),
                amount: amount.filter(|_| voluntary.is_none()),
                used,
                remaining,
                voluntary,
            });
        }
    }
    if !has_amount
        && f.contains("eigen risico")
        && (f.contains("stand") || f.starts_with("overzicht"))
        && year_in(f).is_some()
    {
        return Some(Statement::Stand { year: year_in(f), amount: None, used: None, remaining: None, voluntary: None });
    }
    // the last amount of the line, with a currency sign written apart
    let last = || {
        let words: Vec<&str> = line.split_whitespace().collect();
        let i = words.iter().rposition(|w| fields::is_amount(w))?;
        let text = if i > 0 && words[i - 1] == "€" { format!("€ {}", words[i]) } else { words[i].to_string() };
        fields::amount(&text)
    };
    if has_amount {
        if starts(&[
            "u krijgt terug",
            "u krijgt",
            "te ontvangen",
            "terug te ontvangen",
            "wij betalen u terug",
            "terugbetaling",
            "wij storten",
        ]) {
            return last().map(Statement::Refund);
        }
        if starts(&["betaald in termijnen", "in termijnen betaald", "voorschot", "termijnen", "betaald via termijnen"])
        {
            return last().map(Statement::Instalments);
        }
        if starts(&[
            "totaal te betalen",
            "te betalen",
            "u moet nu betalen",
            "nog te betalen",
            "openstaand",
            "wij schrijven",
            "af te schrijven",
            "totaalbedrag te betalen",
            "u betaalt",
        ]) {
            return last().map(Statement::ToPay);
        }
        if starts(&["totaal", "subtotaal"]) {
            return Some(Statement::Skip);
        }
    } else if starts(&[
        "betaal voor",
        "betalen voor",
        "uiterlijk",
        "wij schrijven",
        "vervaldatum",
        "u betaalt dit bedrag",
    ]) {
        let date = line.split_whitespace().find_map(|w| fields::date(w.trim_end_matches(['.', ',', ')'])));
        let long = || {
            let words: Vec<&str> = line.split_whitespace().collect();
            words.windows(3).find_map(|w| fields::date(w.join(" ").trim_end_matches(['.', ',', ')'])))
        };
        if let Some(d) = date.or_else(long) {
            return Some(Statement::Due(d));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn statements() {
        assert_eq!(
            statement("Eigen risico 2026: verbruikt € 285,58, nog over € 99,42"),
            Some(Statement::Stand {
                year: Some(2026),
                amount: None,
                used: Some(d("285.58")),
                remaining: Some(d("99.42")),
                voluntary: None
            })
        );
        assert_eq!(
            statement("Verplicht eigen risico\t€ 385,00"),
            Some(Statement::Stand {
                year: None,
                amount: Some(d("385.00")),
                used: None,
                remaining: None,
                voluntary: None
            })
        );
        assert_eq!(
            statement("Resterend\t€ 105,96").and_then(|s| match s {
                Statement::Stand { remaining, .. } => remaining,
                _ => None,
            }),
            Some(d("105.96"))
        );
        assert_eq!(
            statement("U krijgt terug                             € 148,15"),
            Some(Statement::Refund(d("148.15")))
        );
        // the amount before its word, as some overviews write it
        assert_eq!(
            statement("Uw eigen risico 2026: € 224,80 verbruikt, € 160,20 resterend"),
            Some(Statement::Stand {
                year: Some(2026),
                amount: None,
                used: Some(d("224.80")),
                remaining: Some(d("160.20")),
                voluntary: None
            })
        );
        assert_eq!(
            statement("Betaald in termijnen (10 x € 38,50)        € 385,00"),
            Some(Statement::Instalments(d("385.00")))
        );
        assert_eq!(statement("Te betalen | € 299,10"), Some(Statement::ToPay(d("299.10"))));
        assert_eq!(
            statement("U moet nu betalen"),
            Some(Statement::Heading { status: Some(Status::Processed), section: Section::ToPay })
        );
        assert_eq!(statement("Polisnummer\t204518873"), Some(Statement::Private));
        match statement("Verzekerde: R. Bakker (geboren 21-06-1984)") {
            Some(Statement::Person { name, birth }) => {
                assert_eq!(name.as_deref(), Some("r. bakker"));
                assert_eq!(birth, chrono::NaiveDate::from_ymd_opt(1984, 6, 21));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            statement("Stand verplicht eigen risico 2026"),
            Some(Statement::Stand { year: Some(2026), amount: None, used: None, remaining: None, voluntary: None })
        );
    }
}
