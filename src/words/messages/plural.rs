//! The plural forms of each language (CLDR cardinal rules,
//! https://www.unicode.org/cldr/charts/47/supplemental/language_plural_rules.html), for the
//! selectors of the message files (`{ $count -> [one] … [few] … *[other] … }`).

use crate::words::lang::Lang;

/// The CLDR category of the number written in `n` ("3", "1,5", "12.5"); `None` when it is no number.
pub fn category(lang: Lang, n: &str) -> Option<&'static str> {
    let n = n.trim().trim_start_matches('-');
    let (int, frac) = match n.find([',', '.']) {
        Some(at) => (&n[..at], &n[at + 1..]),
        None => (n, ""),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // i: the integer digits (only the last ones matter for the rules), v: how many decimals
    let i: u64 = int[int.len().saturating_sub(6)..].parse().ok()?;
    let v = frac.len();
    let whole = v == 0 || frac.bytes().all(|b| b == b'0');
    Some(match lang {
        Lang::Nl | Lang::En => {
            if i == 1 && v == 0 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Tr => {
            if i == 1 && whole {
                "one"
            } else {
                "other"
            }
        }
        Lang::Pl => match (v, i % 10, i % 100) {
            (0, _, _) if i == 1 => "one",
            (0, 2..=4, r) if !(12..=14).contains(&r) => "few",
            (0, _, _) => "many",
            _ => "other",
        },
        Lang::Uk => match (v, i % 10, i % 100) {
            (0, 1, r) if r != 11 => "one",
            (0, 2..=4, r) if !(12..=14).contains(&r) => "few",
            (0, _, _) => "many",
            _ => "other",
        },
        Lang::Ar => match (whole, i, i % 100) {
            (true, 0, _) => "zero",
            (true, 1, _) => "one",
            (true, 2, _) => "two",
            (true, _, 3..=10) => "few",
            (true, _, 11..=99) => "many",
            _ => "other",
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cldr_examples() {
        let all = |lang: Lang, ns: &[&str]| ns.iter().map(|n| category(lang, n).unwrap()).collect::<Vec<_>>();
        assert_eq!(all(Lang::Nl, &["0", "1", "2", "1,5"]), ["other", "one", "other", "other"]);
        assert_eq!(all(Lang::Tr, &["0", "1", "2"]), ["other", "one", "other"]);
        // Polish: 1 dzień, 2–4 dni, 5 dni, 12 dni, 22 dni, 1,5 dnia
        assert_eq!(
            all(Lang::Pl, &["1", "2", "4", "5", "12", "22", "25", "101", "1,5"]),
            ["one", "few", "few", "many", "many", "few", "many", "many", "other"]
        );
        // Ukrainian: 1 день, 21 день, 11 днів, 2 дні, 5 днів
        assert_eq!(
            all(Lang::Uk, &["1", "21", "11", "2", "14", "5", "0", "1,5"]),
            ["one", "one", "many", "few", "many", "many", "many", "other"]
        );
        // Arabic: zero, one, two, few (3–10), many (11–99), other (100, 102)
        assert_eq!(
            all(Lang::Ar, &["0", "1", "2", "3", "10", "11", "99", "100", "102", "103", "1,5"]),
            ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "other"]
        );
        assert_eq!(category(Lang::Nl, "twee"), None);
    }
}
