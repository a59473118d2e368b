//! Month and weekday names: Dutch and English for reading the dates on a nota, and every
//! language NotaWijzer speaks for writing dates in the language the patient chose.
//!
//! Source of the Turkish, Arabic, Polish and Ukrainian names: Unicode CLDR 47, the Gregorian
//! calendar's wide format names (`main/<lang>/ca-gregorian.json`, "format" → "wide"; Polish and
//! Ukrainian months are in the genitive there, as after a day number, and in "stand-alone" in the
//! nominative, as in "luty 2017"); Arabic is the Modern Standard names of `ar`.

use chrono::Weekday;

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

/// Month names after a day number ("15 februari 2017", "15 lutego 2017"), per language in the
/// order of `Lang::ALL`.
pub const MONTHS_DAY: [[&str; 12]; 6] = [
    MONTHS_NL,
    MONTHS_EN,
    ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
];

/// Month names standing alone ("februari 2017", "luty 2017").
pub const MONTHS_ALONE: [[&str; 12]; 6] = [
    MONTHS_NL,
    MONTHS_EN,
    MONTHS_DAY[2],
    MONTHS_DAY[3],
    [
        "styczeń",
        "luty",
        "marzec",
        "kwiecień",
        "maj",
        "czerwiec",
        "lipiec",
        "sierpień",
        "wrzesień",
        "październik",
        "listopad",
        "grudzień",
    ],
    [
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
    ],
];

/// Weekday names, Monday first, per language.
pub const WEEKDAYS: [[&str; 7]; 6] = [
    WEEKDAYS_NL,
    WEEKDAYS_EN,
    ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
];

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

pub fn weekday_index(day: Weekday) -> usize {
    day.num_days_from_monday() as usize
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
