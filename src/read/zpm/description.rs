//! A care line's description made fit to show: what it gives up once read (a date, a time, the
//! performer's AGB code) taken out, spaces folded.

use crate::read::date::{PartialDate, parse_date};
use crate::util::fold::fold;

/// What a description gives up once read (`real-nota-layouts.md`): "Datum: 14-11-2023" (the date,
/// returned), "Tijd: 10:00", "Uitvoerder: 12345678" (the performer's AGB code) are taken out, so
/// the description shown is the prestatie's name alone.
pub(super) fn description_parts(description: &str) -> (String, Option<PartialDate>) {
    let words: Vec<&str> = description.split_whitespace().collect();
    // a label word, with its colon where `colon` asks for one
    let label = |w: &str, names: &[&str], colon: bool| {
        (!colon || w.ends_with(':')) && names.contains(&fold(w.trim_end_matches([':', '.'])).as_str())
    };
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut date = None;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if label(w, &["datum", "date"], true) {
            i += 1;
            for n in [3usize, 1] {
                if i + n <= words.len()
                    && let Ok(d) = parse_date(words[i..i + n].join(" ").trim_end_matches(['.', ',']))
                {
                    date = date.or(Some(d));
                    i += n;
                    break;
                }
            }
            continue;
        }
        if label(w, &["tijd", "time"], true) {
            i += 1;
            if words.get(i).is_some_and(|t| t.len() <= 6 && t.bytes().any(|b| b.is_ascii_digit())) {
                i += 1;
            }
            if words.get(i).is_some_and(|t| fold(t.trim_end_matches('.')) == "uur") {
                i += 1;
            }
            continue;
        }
        if label(w, &["uitvoerder", "performer", "agb", "agb-code"], false) {
            i += 1;
            if words.get(i).is_some_and(|t| t.trim_end_matches(['.', ',']).bytes().all(|b| b.is_ascii_digit())) {
                i += 1;
            }
            if let Some(last) = kept.last_mut() {
                *last = last.trim_end_matches(['.', ',']);
            }
            continue;
        }
        kept.push(w);
        i += 1;
    }
    if kept.len() == words.len() {
        return (description.to_string(), None);
    }
    (clean(&kept.join(" ")), date)
}

/// Spaces folded, and the separators left at the ends of a description taken off.
pub(super) fn clean(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | ';' | ',' | '/')).to_string()
}
