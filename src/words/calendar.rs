//! Month and weekday names in every language NotaWijzer speaks, for writing dates in the language
//! the patient chose. The Dutch and English names are those the readers know (`crate::read::names`).
//!
//! Source of the Turkish, Arabic, Polish and Ukrainian names: Unicode CLDR 47, the Gregorian
//! calendar's wide format names (`main/<lang>/ca-gregorian.json`, "format" → "wide"; Polish and
//! Ukrainian months are in the genitive there, as after a day number, and in "stand-alone" in the
//! nominative, as in "luty 2017"); Arabic is the Modern Standard names of `ar`.

use chrono::Weekday;

use crate::read::names::{MONTHS_EN, MONTHS_NL, WEEKDAYS_EN, WEEKDAYS_NL};

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

pub fn weekday_index(day: Weekday) -> usize {
    day.num_days_from_monday() as usize
}
