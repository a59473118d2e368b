//! What the explanation of a line needs besides the line, worked out by the rules: its code's
//! maximum tariff, the consult a surcharge belongs to, what its description alone says. Shared by
//! the analysis, the checks and the words.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The NZa maximum tariff of a line's code in the year of its date, with where it was published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaxTariff {
    pub year: i32,
    pub amount: Decimal,
    pub source: &'static crate::tariffs::zpm::Source,
}

/// What the explanation of a line needs besides the line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineContext {
    /// The maximum tariff of the line's code in the year of its date, where known.
    pub max_tariff: Option<MaxTariff>,
    /// For a surcharge: the date of the consult it belongs to, when the nota has one that day.
    pub consult_date: Option<NaiveDate>,
    /// For a line whose code the tariff table knows as a consult: what its description alone says
    /// (to check the one against the other).
    pub described: Option<crate::model::Prestatie>,
    /// For a prestatie billed per 15 minutes: the rows of that talk on that day.
    pub quarter_hours: Option<QuarterHours>,
    /// The line has no amount of its own (an insurer's bill row that lists only what it charges):
    /// its explanation says no price.
    pub amount_unknown: bool,
}

/// Where the 2026 billing rules come from (`shared/domain/zpm-reference.md` §7.5).
pub const RULES_2026: &str = "https://www.fitz.nl/blog/wat-verandert-er-in-2026-voor-ggz-en-fz-nieuwe-regels-uitgelegd";

/// Since 2026 OV0012 (care outside the basic package) is declared per 15 minutes, not per consult
/// (`RULES_2026`): a talk of an hour is four rows with the same code, date and amount.
pub fn per_quarter_hour(code: Option<&str>, date: Option<NaiveDate>) -> bool {
    code == Some("OV0012") && date.is_some_and(|d| d.year() >= 2026)
}

/// The rows of one talk billed per 15 minutes: the same code on the same day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuarterHours {
    /// How many rows (quarters of an hour).
    pub count: u16,
    pub first_line_no: usize,
    pub last_line_no: usize,
    /// What the rows cost together.
    pub amount: Decimal,
}

impl QuarterHours {
    /// The talk's length in minutes: 15 a row.
    pub fn minutes(self) -> u32 {
        u32::from(self.count) * 15
    }
}
