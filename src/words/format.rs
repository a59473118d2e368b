//! Amounts, dates and numbers written for people, by each language's notation (Unicode CLDR 47,
//! `main/<lang>/numbers.json` and `ca-gregorian.json`): € 1.300,00 and woensdag 15 februari 2017
//! in Dutch, €1,300.00 and Wednesday 15 February 2017 in English, 1.300,00 € and 15 Şubat 2017
//! Çarşamba in Turkish, 1300,00 € and środa, 15 lutego 2017 in Polish, 1 300,00 € and середа,
//! 15 лютого 2017 р. in Ukrainian. Arabic: the Modern Standard month and day names, and amounts
//! in Latin digits as Moroccan Arabic (`ar-MA`, the largest group of Arabic readers in the
//! Netherlands) writes them, 1.300,00 € — the digits the patient also sees on the nota.
//! Every amount is rounded by the one rule in [`crate::model::money::to_cents`].

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::model::{MinuteBand, YearMonth};
use crate::rules::clusters::Interval;
use crate::util::text::push_digits;
use crate::words::calendar::{MONTHS_ALONE, MONTHS_DAY, WEEKDAYS, weekday_index};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// `€ 1.300,00` / `€1,300.00` / `1.300,00 €`; negative: `€ -350,00` / `-€350.00` / `-350,00 €`.
pub fn money(amount: Decimal, lang: Lang) -> String {
    let mut out = String::with_capacity(16);
    push_money(&mut out, amount, lang);
    out
}

/// An amount standing alone, outside a sentence (the big figure, a line's amount, a table cell, a
/// chart's "label: amount"): isolated as a message isolates its values, so right to left it still
/// reads "559,74 €".
pub fn money_alone(amount: Decimal, lang: Lang) -> String {
    crate::words::messages::isolated(&money(amount, lang), lang)
}

/// Between the euro sign and a Dutch amount, and between digit groups in Polish and Ukrainian: in
/// the browser a no-break space, so a phone never breaks "€ 190,88" over two lines; on the
/// command line and in JSON messages a plain space.
#[cfg(target_arch = "wasm32")]
const SPACE: char = '\u{a0}';
#[cfg(not(target_arch = "wasm32"))]
const SPACE: char = ' ';

/// The group and decimal separators of a language, and whether a four-digit number is grouped
/// (CLDR minimumGroupingDigits: Polish writes 1300, 12 300).
fn separators(lang: Lang) -> (char, char, bool) {
    match lang {
        Lang::En => (',', '.', true),
        Lang::Pl => (SPACE, ',', false),
        Lang::Uk => (SPACE, ',', true),
        Lang::Nl | Lang::Tr | Lang::Ar => ('.', ',', true),
    }
}

/// The decimal separator of a language ("1,5" / "1.5"), for the few numbers with decimals that are
/// not amounts (megabytes, counts, a policy percentage).
pub fn decimal_point(lang: Lang) -> char {
    separators(lang).1
}

/// [`money`], written onto `out`.
pub fn push_money(out: &mut String, amount: Decimal, lang: Lang) {
    let cents = crate::model::money::cents(amount);
    let negative = cents < 0;
    match lang {
        Lang::Nl => {
            out.push('€');
            out.push(SPACE);
            if negative {
                out.push('-');
            }
        }
        Lang::En => out.push_str(if negative { "-€" } else { "€" }),
        _ if negative => out.push('-'),
        _ => {}
    }
    let abs = cents.unsigned_abs();
    let (group, decimal, four) = separators(lang);
    let whole = abs / 100;
    push_digits(out, whole, (four || whole >= 10_000).then_some(group));
    out.push(decimal);
    let rest = (abs % 100) as u8;
    out.push(char::from(b'0' + rest / 10));
    out.push(char::from(b'0' + rest % 10));
    if !matches!(lang, Lang::Nl | Lang::En) {
        out.push(SPACE);
        out.push('€');
    }
}

/// `3.000` / `3,000` / `3000` (Polish) / `3 000` (Ukrainian).
pub fn number(n: u32, lang: Lang) -> String {
    let mut out = String::with_capacity(12);
    let (group, _, four) = separators(lang);
    push_digits(&mut out, u128::from(n), (four || n >= 10_000).then_some(group));
    out
}

/// `woensdag 15 februari 2017` / `Wednesday 15 February 2017` / `15 Şubat 2017 Çarşamba` /
/// `środa, 15 lutego 2017` / `середа, 15 лютого 2017 р.` / `الأربعاء 15 فبراير 2017`.
pub fn date_long(date: NaiveDate, lang: Lang) -> String {
    let mut out = String::with_capacity(32);
    push_date_long(&mut out, date, lang);
    out
}

/// [`date_long`], written onto `out`.
pub fn push_date_long(out: &mut String, date: NaiveDate, lang: Lang) {
    let day = WEEKDAYS[lang.index()][weekday_index(date.weekday())];
    match lang {
        Lang::Tr => {
            push_date_plain(out, date, lang);
            out.push(' ');
            out.push_str(day);
        }
        Lang::Pl | Lang::Uk => {
            out.push_str(day);
            out.push_str(", ");
            push_date_plain(out, date, lang);
        }
        _ => {
            out.push_str(day);
            out.push(' ');
            push_date_plain(out, date, lang);
        }
    }
}

/// `15 februari 2017` / `15 February 2017` / `15 lutego 2017` / `15 лютого 2017 р.`.
pub fn date_plain(date: NaiveDate, lang: Lang) -> String {
    let mut out = String::with_capacity(24);
    push_date_plain(&mut out, date, lang);
    out
}

/// [`date_plain`], written onto `out`.
pub fn push_date_plain(out: &mut String, date: NaiveDate, lang: Lang) {
    push_digits(out, u128::from(date.day()), None);
    out.push(' ');
    out.push_str(MONTHS_DAY[lang.index()][date.month0() as usize]);
    out.push(' ');
    push_year(out, date.year(), lang);
}

fn push_year(out: &mut String, year: i32, lang: Lang) {
    if year < 0 {
        out.push('-');
    }
    push_digits(out, u128::from(year.unsigned_abs()), None);
    if lang == Lang::Uk {
        // "2017 р." (рік): CLDR's Ukrainian date formats
        out.push(SPACE);
        out.push_str("р.");
    }
}

/// `februari 2017` / `February 2017` / `luty 2017` / `лютий 2017 р.`.
pub fn month(month: YearMonth, lang: Lang) -> String {
    let mut out = String::with_capacity(20);
    out.push_str(MONTHS_ALONE[lang.index()][(month.month as usize).clamp(1, 12) - 1]);
    out.push(' ');
    push_year(&mut out, month.year, lang);
    out
}

/// `6 maanden` / `12 weken` / `6 months` / `12 weeks`.
pub fn interval(interval: Interval, lang: Lang) -> String {
    match interval {
        Interval::Weeks(n) => m::unit_weeks(lang, &n.to_string()),
        Interval::Months(n) => m::unit_months(lang, &n.to_string()),
    }
}

/// `3.000 tot 5.999 minuten` / `400 minuten of meer`.
pub fn band(band: MinuteBand, lang: Lang) -> String {
    match band.to {
        Some(to) => m::unit_minutes_band(
            lang,
            m::UnitMinutesBand { from: &number(band.from, lang), to: &number(to, lang), count: &to.to_string() },
        ),
        None => m::unit_minutes_or_more(
            lang,
            m::UnitMinutesOrMore { from: &number(band.from, lang), count: &band.from.to_string() },
        ),
    }
}

/// `1 dag` / `3 dagen` / `1 day` / `3 days`.
pub fn days(n: i64, lang: Lang) -> String {
    m::unit_days(lang, &n.to_string())
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
        assert_eq!(days(3, Lang::Pl), "3 dni");
        assert_eq!(days(5, Lang::Pl), "5 dni");
        assert_eq!(days(1, Lang::Uk), "1 день");
        assert_eq!(days(5, Lang::Uk), "5 днів");
        assert_eq!(days(2, Lang::Ar), "يومان");
        assert_eq!(days(11, Lang::Ar), "\u{2068}11\u{2069} يومًا");
    }

    #[test]
    fn every_language_writes_its_own_notation() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(date_long(date, Lang::Tr), "1 Aralık 2026 Salı");
        assert_eq!(date_long(date, Lang::Pl), "wtorek, 1 grudnia 2026");
        assert_eq!(date_long(date, Lang::Uk), "вівторок, 1 грудня 2026 р.");
        assert_eq!(date_long(date, Lang::Ar), "الثلاثاء 1 ديسمبر 2026");
        assert_eq!(month(YearMonth::new(2017, 2).unwrap(), Lang::Pl), "luty 2017");
        assert_eq!(month(YearMonth::new(2017, 2).unwrap(), Lang::Uk), "лютий 2017 р.");
        assert_eq!(money(d("552.21"), Lang::Tr), "552,21 €");
        assert_eq!(money(d("1300"), Lang::Tr), "1.300,00 €");
        assert_eq!(money(d("1300"), Lang::Pl), "1300,00 €");
        assert_eq!(money(d("12300"), Lang::Pl), "12 300,00 €");
        assert_eq!(money(d("1300"), Lang::Uk), "1 300,00 €");
        assert_eq!(money(d("-350"), Lang::Ar), "-350,00 €");
        assert_eq!(money(d("1300"), Lang::Ar), "1.300,00 €");
        // alone, outside a sentence, isolated like a message's value
        assert_eq!(money_alone(d("559.74"), Lang::Ar), "\u{2068}559,74 €\u{2069}");
        assert_eq!(money_alone(d("559.74"), Lang::Tr), "559,74 €");
        assert_eq!(number(3000, Lang::Pl), "3000");
        assert_eq!(number(3000, Lang::Uk), "3 000");
    }
}
