//! Amounts, dates and numbers written for people: Dutch notation in Dutch (€ 1.300,00,
//! woensdag 15 februari 2017), English notation in English (€1,300.00, Wednesday 15 February 2017).
//! Every amount is rounded by the one rule in [`crate::money::to_cents`].

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::calendar::{MONTHS_EN, MONTHS_NL, WEEKDAYS_EN, WEEKDAYS_NL, weekday_index};
use crate::clusters::Interval;
use crate::lang::Lang;
use crate::model::{MinuteBand, YearMonth};

/// `€ 1.300,00` / `€1,300.00`; negative: `€ -350,00` / `-€350.00`.
pub fn money(amount: Decimal, lang: Lang) -> String {
    let mut out = String::with_capacity(16);
    push_money(&mut out, amount, lang);
    out
}

/// Between the euro sign and a Dutch amount: in the browser a no-break space, so a phone never
/// breaks "€ 190,88" over two lines; on the command line and in JSON messages a plain space.
#[cfg(target_arch = "wasm32")]
const EURO: &str = "€\u{a0}";
#[cfg(target_arch = "wasm32")]
const EURO_MINUS: &str = "€\u{a0}-";
#[cfg(not(target_arch = "wasm32"))]
const EURO: &str = "€ ";
#[cfg(not(target_arch = "wasm32"))]
const EURO_MINUS: &str = "€ -";

/// [`money`], written onto `out`.
pub fn push_money(out: &mut String, amount: Decimal, lang: Lang) {
    let cents = crate::money::cents(amount);
    out.push_str(match (lang, cents < 0) {
        (Lang::Nl, false) => EURO,
        (Lang::Nl, true) => EURO_MINUS,
        (Lang::En, false) => "€",
        (Lang::En, true) => "-€",
    });
    let abs = cents.unsigned_abs();
    let (group, decimal) = lang.pick(('.', ','), (',', '.'));
    push_digits(out, abs / 100, Some(group));
    out.push(decimal);
    let rest = (abs % 100) as u8;
    out.push(char::from(b'0' + rest / 10));
    out.push(char::from(b'0' + rest % 10));
}

/// `3.000` / `3,000`.
pub fn number(n: u32, lang: Lang) -> String {
    let mut out = String::with_capacity(12);
    push_digits(&mut out, u128::from(n), Some(lang.pick('.', ',')));
    out
}

/// Writes the digits of `n`, with the separator (if any) between groups of three.
pub(crate) fn push_digits(out: &mut String, n: u128, separator: Option<char>) {
    let mut digits = [0u8; 40];
    let mut len = 0;
    let mut rest = n;
    loop {
        digits[len] = (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for i in (0..len).rev() {
        out.push(char::from(b'0' + digits[i]));
        if let (Some(separator), true) = (separator, i > 0 && i % 3 == 0) {
            out.push(separator);
        }
    }
}

/// `woensdag 15 februari 2017` / `Wednesday 15 February 2017`.
pub fn date_long(date: NaiveDate, lang: Lang) -> String {
    let mut out = String::with_capacity(32);
    push_date_long(&mut out, date, lang);
    out
}

/// [`date_long`], written onto `out`.
pub fn push_date_long(out: &mut String, date: NaiveDate, lang: Lang) {
    out.push_str(lang.pick(WEEKDAYS_NL, WEEKDAYS_EN)[weekday_index(date.weekday())]);
    out.push(' ');
    push_date_plain(out, date, lang);
}

/// `15 februari 2017` / `15 February 2017`.
pub fn date_plain(date: NaiveDate, lang: Lang) -> String {
    let mut out = String::with_capacity(24);
    push_date_plain(&mut out, date, lang);
    out
}

/// [`date_plain`], written onto `out`.
pub fn push_date_plain(out: &mut String, date: NaiveDate, lang: Lang) {
    push_digits(out, u128::from(date.day()), None);
    out.push(' ');
    out.push_str(lang.pick(MONTHS_NL, MONTHS_EN)[date.month0() as usize]);
    out.push(' ');
    let year = date.year();
    if year < 0 {
        out.push('-');
    }
    push_digits(out, u128::from(year.unsigned_abs()), None);
}

/// `15 feb` style is not used: patients read whole words.
/// `februari 2017` / `February 2017`.
pub fn month(month: YearMonth, lang: Lang) -> String {
    let name = lang.pick(MONTHS_NL, MONTHS_EN)[(month.month as usize).clamp(1, 12) - 1];
    format!("{name} {}", month.year)
}

/// `6 maanden` / `12 weken` / `6 months` / `12 weeks`.
pub fn interval(interval: Interval, lang: Lang) -> String {
    match (interval, lang) {
        (Interval::Weeks(n), Lang::Nl) => format!("{n} weken"),
        (Interval::Weeks(n), Lang::En) => format!("{n} weeks"),
        (Interval::Months(n), Lang::Nl) => format!("{n} maanden"),
        (Interval::Months(n), Lang::En) => format!("{n} months"),
    }
}

/// `3.000 tot 5.999 minuten` / `400 minuten of meer`.
pub fn band(band: MinuteBand, lang: Lang) -> String {
    match (band.to, lang) {
        (Some(to), Lang::Nl) => format!("{} tot {} minuten", number(band.from, lang), number(to, lang)),
        (Some(to), Lang::En) => format!("{} to {} minutes", number(band.from, lang), number(to, lang)),
        (None, Lang::Nl) => format!("{} minuten of meer", number(band.from, lang)),
        (None, Lang::En) => format!("{} minutes or more", number(band.from, lang)),
    }
}

/// `1 dag` / `3 dagen` / `1 day` / `3 days`.
pub fn days(n: i64, lang: Lang) -> String {
    match (n.abs() == 1, lang) {
        (true, Lang::Nl) => format!("{n} dag"),
        (false, Lang::Nl) => format!("{n} dagen"),
        (true, Lang::En) => format!("{n} day"),
        (false, Lang::En) => format!("{n} days"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts() {
        assert_eq!(money(d("1300"), Lang::Nl), "€ 1.300,00");
        assert_eq!(money(d("1300"), Lang::En), "€1,300.00");
        assert_eq!(money(d("8700"), Lang::Nl), "€ 8.700,00");
        assert_eq!(money(d("-350"), Lang::Nl), "€ -350,00");
        assert_eq!(money(d("-350"), Lang::En), "-€350.00");
        assert_eq!(money(d("1234567.891"), Lang::Nl), "€ 1.234.567,89");
        assert_eq!(money(d("0.005"), Lang::Nl), "€ 0,01");
        assert_eq!(money(d("100"), Lang::En), "€100.00");
        assert_eq!(money(d("999"), Lang::Nl), "€ 999,00");
        assert_eq!(money(d("0"), Lang::En), "€0.00");
        assert_eq!(money(d("-0.001"), Lang::Nl), "€ 0,00");
        assert_eq!(money(d("99999999.99"), Lang::Nl), "€ 99.999.999,99");
        assert_eq!(number(1000, Lang::En), "1,000");
        assert_eq!(number(7, Lang::Nl), "7");
    }

    #[test]
    fn dates() {
        let date = NaiveDate::from_ymd_opt(2017, 2, 15).unwrap();
        assert_eq!(date_long(date, Lang::Nl), "woensdag 15 februari 2017");
        assert_eq!(date_long(date, Lang::En), "Wednesday 15 February 2017");
        let review = NaiveDate::from_ymd_opt(2017, 5, 1).unwrap();
        assert_eq!(date_long(review, Lang::Nl), "maandag 1 mei 2017");
        assert_eq!(month(YearMonth::new(2017, 2).unwrap(), Lang::Nl), "februari 2017");
    }

    #[test]
    fn bands_and_intervals() {
        assert_eq!(band(MinuteBand { from: 3000, to: Some(5999) }, Lang::Nl), "3.000 tot 5.999 minuten");
        assert_eq!(band(MinuteBand { from: 400, to: None }, Lang::En), "400 minutes or more");
        assert_eq!(interval(Interval::Weeks(12), Lang::Nl), "12 weken");
        assert_eq!(days(1, Lang::Nl), "1 dag");
    }
}
