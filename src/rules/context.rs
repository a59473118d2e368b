//! What the explanation of a line needs besides the line, worked out by the rules: its code's
//! maximum tariff, the consult a surcharge belongs to, what its description alone says. Shared by
//! the analysis, the checks and the words.

use chrono::NaiveDate;
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
}
