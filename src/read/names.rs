//! Month and weekday names as they are written on a nota, Dutch and English: the dates a reader
//! must recognise. (Writing dates in the patient's language is `crate::words::calendar`.)

/// Dutch month names, January first.
pub const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// English month names, January first.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Dutch weekday names, Monday first (as `Weekday::num_days_from_monday`).
pub const WEEKDAYS_NL: [&str; 7] = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

/// English weekday names, Monday first.
pub const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Abbreviations seen on Dutch statements besides the first three letters ("sept", "okt").
const EXTRA_ABBREVIATIONS: [(&str, u32); 3] = [("sept", 9), ("mrt", 3), ("okt", 10)];

/// The month (1–12) a written month name means: Dutch or English, full or abbreviated to at least
/// three letters, with or without a trailing dot, any case. `None` when it is not a month.
pub fn month_from_name(word: &str) -> Option<u32> {
    let w = crate::util::fold::fold(word.trim_end_matches('.'));
    if w.len() < 3 {
        return None;
    }
    if let Some(&(_, m)) = EXTRA_ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
        return Some(m);
    }
    let matches = |names: &[&str; 12]| {
        names.iter().position(|name| {
            let name = name.to_ascii_lowercase();
            name == w || (w.len() >= 3 && name.starts_with(&w))
        })
    };
    matches(&MONTHS_NL).or_else(|| matches(&MONTHS_EN)).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names() {
        assert_eq!(month_from_name("februari"), Some(2));
        assert_eq!(month_from_name("Feb"), Some(2));
        assert_eq!(month_from_name("feb."), Some(2));
        assert_eq!(month_from_name("mei"), Some(5));
        assert_eq!(month_from_name("MAART"), Some(3));
        assert_eq!(month_from_name("mrt"), Some(3));
        assert_eq!(month_from_name("okt"), Some(10));
        assert_eq!(month_from_name("sept"), Some(9));
        assert_eq!(month_from_name("October"), Some(10));
        assert_eq!(month_from_name("ma"), None);
        assert_eq!(month_from_name("maandag"), None);
        assert_eq!(month_from_name("novembers"), None);
    }
}
