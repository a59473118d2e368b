//! Dutch dates: `15-2`, `5-1-2017`, `05-01-2017`, `15/2`, `1 november 2016`, `1 mei`,
//! `2017-02-15`, with an optional weekday in front (`wo 15-2`, `woensdag 15 februari 2017`).
//!
//! A date without a year is kept as a [`PartialDate`] until the whole nota is read; then
//! `read::text` gives it a year from the billed month or the start date (see [`nearest_to_month`],
//! [`on_or_after`], [`on_or_before`]).

use chrono::{Datelike, NaiveDate};

use super::error::DateProblem;
use crate::model::YearMonth;
use crate::read::names::{WEEKDAYS_NL, month_from_name};

/// A date as written; the year may be missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

impl PartialDate {
    fn with_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }

    /// The full date when the year was written.
    pub fn complete(self) -> Option<NaiveDate> {
        self.year.and_then(|y| self.with_year(y))
    }

    /// "15-2": the day and month as written, for a message about a missing year.
    pub fn day_month(self) -> String {
        let mut out = String::with_capacity(5);
        crate::util::text::push_digits(&mut out, u128::from(self.day), None);
        out.push('-');
        crate::util::text::push_digits(&mut out, u128::from(self.month), None);
        out
    }
}

/// Reads a date that fills the whole text. The error offset is 0: a date is read as a whole.
pub fn parse_date(text: &str) -> Result<PartialDate, DateProblem> {
    // At most four tokens (a weekday and three parts), without allocating; ASCII text (nearly
    // every date) is split byte by byte.
    fn push<'a>(buffer: &mut [&'a str; 4], count: &mut usize, token: &'a str) -> Result<(), DateProblem> {
        if !token.is_empty() {
            *buffer.get_mut(*count).ok_or(DateProblem::Unreadable)? = token;
            *count += 1;
        }
        Ok(())
    }
    let mut buffer = [""; 4];
    let mut count = 0;
    if text.is_ascii() {
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            if matches!(b, b' ' | b'\t' | b'-' | b'/' | b'.' | b',') {
                push(&mut buffer, &mut count, &text[start..i])?;
                start = i + 1;
            }
        }
        push(&mut buffer, &mut count, &text[start..])?;
    } else {
        for token in text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | '.' | ',')) {
            push(&mut buffer, &mut count, token)?;
        }
    }
    let mut tokens = &buffer[..count];
    if tokens.first().is_some_and(|t| t.starts_with(char::is_alphabetic) && is_weekday(t)) {
        tokens = &tokens[1..];
    }
    let number = |t: &str| -> Option<u32> {
        (t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
    };
    let year = |t: &str| -> Result<i32, DateProblem> {
        let n = number(t).ok_or(DateProblem::Unreadable)? as i32;
        let y = match t.len() {
            2 => 2000 + n,
            4 => n,
            _ => return Err(DateProblem::Unreadable),
        };
        if (1900..=2199).contains(&y) { Ok(y) } else { Err(DateProblem::UnlikelyYear) }
    };
    let (day, month, year) = match tokens {
        [y, m, d] if y.len() == 4 && number(y).is_some() => {
            (number(d).ok_or(DateProblem::Unreadable)?, number(m).ok_or(DateProblem::Unreadable)?, Some(year(y)?))
        }
        [d, m] => (number(d).ok_or(DateProblem::Unreadable)?, month_token(m)?, None),
        [d, m, y] => (number(d).ok_or(DateProblem::Unreadable)?, month_token(m)?, Some(year(y)?)),
        _ => return Err(DateProblem::Unreadable),
    };
    let date = PartialDate { day, month, year };
    let exists = match year {
        Some(y) => date.with_year(y).is_some(),
        // 29 February exists in a leap year: check against 2000.
        None => date.with_year(2000).is_some(),
    };
    if exists { Ok(date) } else { Err(DateProblem::NoSuchDay) }
}

fn month_token(token: &str) -> Result<u32, DateProblem> {
    if token.bytes().all(|b| b.is_ascii_digit()) {
        return match token.parse::<u32>() {
            Ok(m) if token.len() <= 2 => Ok(m),
            _ => Err(DateProblem::Unreadable),
        };
    }
    month_from_name(token).ok_or(DateProblem::Unreadable)
}

fn is_weekday(token: &str) -> bool {
    let t = crate::util::fold::fold(token);
    const SHORT: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    SHORT.contains(&t.as_str()) || WEEKDAYS_NL.contains(&t.as_str())
}

/// The year that puts the date nearest to the month (a `28-12` on a January statement is in
/// December of the year before). On a tie, the month's own year.
pub fn nearest_to_month(date: PartialDate, month: YearMonth) -> Option<NaiveDate> {
    if let Some(d) = date.complete() {
        return Some(d);
    }
    // A day in the billed month itself: that month's year (the common case).
    if date.month == month.month
        && let Some(d) = date.with_year(month.year)
    {
        return Some(d);
    }
    let (first, last) = (month.first_day(), month.last_day());
    let distance = |d: NaiveDate| {
        if d < first {
            (first - d).num_days()
        } else if d > last {
            (d - last).num_days()
        } else {
            0
        }
    };
    [month.year, month.year - 1, month.year + 1]
        .into_iter()
        .filter_map(|y| date.with_year(y))
        .min_by_key(|&d| distance(d))
}

/// The first such date on or after `from` ("Review uiterlijk 1 mei" on a February 2017 statement
/// is 1 May 2017).
pub fn on_or_after(date: PartialDate, from: NaiveDate) -> Option<NaiveDate> {
    if let Some(d) = date.complete() {
        return Some(d);
    }
    (from.year()..from.year() + 9).filter_map(|y| date.with_year(y)).find(|&d| d >= from)
}

/// The last such date on or before `until` (a start date without a year lies before the month
/// billed).
pub fn on_or_before(date: PartialDate, until: NaiveDate) -> Option<NaiveDate> {
    if let Some(d) = date.complete() {
        return Some(d);
    }
    (until.year() - 8..=until.year()).rev().filter_map(|y| date.with_year(y)).find(|&d| d <= until)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(day: u32, month: u32, year: Option<i32>) -> PartialDate {
        PartialDate { day, month, year }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_form_on_the_format_page() {
        assert_eq!(parse_date("15-2"), Ok(p(15, 2, None)));
        assert_eq!(parse_date("5-1-2017"), Ok(p(5, 1, Some(2017))));
        assert_eq!(parse_date("05-01-2017"), Ok(p(5, 1, Some(2017))));
        assert_eq!(parse_date("15/2"), Ok(p(15, 2, None)));
        assert_eq!(parse_date("1 november 2016"), Ok(p(1, 11, Some(2016))));
        assert_eq!(parse_date("1 mei"), Ok(p(1, 5, None)));
        assert_eq!(parse_date("2017-02-15"), Ok(p(15, 2, Some(2017))));
    }

    #[test]
    fn more_tolerated_forms() {
        assert_eq!(parse_date(" 15 - 2 "), Ok(p(15, 2, None)));
        assert_eq!(parse_date("15/2/2017"), Ok(p(15, 2, Some(2017))));
        assert_eq!(parse_date("15.02.2017"), Ok(p(15, 2, Some(2017))));
        assert_eq!(parse_date("1 nov. 2016"), Ok(p(1, 11, Some(2016))));
        assert_eq!(parse_date("wo 15-2"), Ok(p(15, 2, None)));
        assert_eq!(parse_date("woensdag 15 februari 2017"), Ok(p(15, 2, Some(2017))));
        assert_eq!(parse_date("5-1-17"), Ok(p(5, 1, Some(2017))));
        assert_eq!(parse_date("29-2"), Ok(p(29, 2, None)));
    }

    #[test]
    fn refused() {
        assert_eq!(parse_date("31-2"), Err(DateProblem::NoSuchDay));
        assert_eq!(parse_date("29-2-2017"), Err(DateProblem::NoSuchDay));
        assert_eq!(parse_date("0-5"), Err(DateProblem::NoSuchDay));
        assert_eq!(parse_date("15-13"), Err(DateProblem::NoSuchDay));
        assert_eq!(parse_date("15-2-1066"), Err(DateProblem::UnlikelyYear));
        assert_eq!(parse_date("15-2-20170"), Err(DateProblem::Unreadable));
        assert_eq!(parse_date("gisteren"), Err(DateProblem::Unreadable));
        assert_eq!(parse_date(""), Err(DateProblem::Unreadable));
        assert_eq!(parse_date("1 2 3 4"), Err(DateProblem::Unreadable));
        assert_eq!(parse_date("15 foo"), Err(DateProblem::Unreadable));
    }

    #[test]
    fn year_from_the_billed_month() {
        let feb = YearMonth::new(2017, 2).unwrap();
        assert_eq!(nearest_to_month(p(15, 2, None), feb), Some(ymd(2017, 2, 15)));
        let jan = YearMonth::new(2017, 1).unwrap();
        assert_eq!(nearest_to_month(p(28, 12, None), jan), Some(ymd(2016, 12, 28)));
        let dec = YearMonth::new(2016, 12).unwrap();
        assert_eq!(nearest_to_month(p(3, 1, None), dec), Some(ymd(2017, 1, 3)));
        assert_eq!(nearest_to_month(p(15, 7, None), jan), Some(ymd(2017, 7, 15)));
        assert_eq!(nearest_to_month(p(29, 2, None), feb), Some(ymd(2016, 2, 29)));
        assert_eq!(nearest_to_month(p(5, 1, Some(2015)), feb), Some(ymd(2015, 1, 5)));
    }

    #[test]
    fn review_and_start_years() {
        assert_eq!(on_or_after(p(1, 5, None), ymd(2017, 2, 1)), Some(ymd(2017, 5, 1)));
        assert_eq!(on_or_after(p(1, 1, None), ymd(2017, 2, 1)), Some(ymd(2018, 1, 1)));
        assert_eq!(on_or_after(p(29, 2, None), ymd(2017, 3, 1)), Some(ymd(2020, 2, 29)));
        assert_eq!(on_or_before(p(1, 11, None), ymd(2017, 2, 28)), Some(ymd(2016, 11, 1)));
        assert_eq!(on_or_before(p(1, 2, None), ymd(2017, 2, 28)), Some(ymd(2017, 2, 1)));
    }
}
