//! A nota as it is being read: its lines and fields before dates have their year.

use rust_decimal::Decimal;

use crate::model::{Located, Profile};
use crate::read::date::PartialDate;
use crate::read::error::Position;

/// A prestatie line as read, before its date has a year and its kind is worked out.
pub(super) struct RawLine {
    pub(super) line_no: usize,
    pub(super) code: Option<String>,
    pub(super) description: String,
    pub(super) context: String,
    pub(super) date: Option<(PartialDate, Position)>,
    /// `None` while the amount has not been seen: in text copied out of a PDF it may stand on a
    /// line of its own below a wrapped description. A line still without one when the next
    /// prestatie starts is an error at `missing_at`, and is not counted.
    pub(super) amount: Option<Decimal>,
    pub(super) quantity: Option<Decimal>,
    pub(super) unit_price: Option<Decimal>,
    pub(super) missing_at: Position,
}

#[derive(Default)]
pub(super) struct RawNota {
    pub(super) first_line: usize,
    pub(super) used: bool,
    pub(super) provider: Option<String>,
    pub(super) patient: Option<String>,
    pub(super) invoice_number: Option<String>,
    pub(super) invoice_date: Option<(PartialDate, Position)>,
    pub(super) birth_date: Option<(PartialDate, Position)>,
    pub(super) trajectory: Option<String>,
    pub(super) start: Option<(PartialDate, Position)>,
    pub(super) review: Option<(PartialDate, Position)>,
    pub(super) due: Option<(PartialDate, Position)>,
    pub(super) privacy: bool,
    pub(super) zorgvraagtype: Option<Located<String>>,
    pub(super) diagnosis: Option<String>,
    pub(super) profile: Option<Profile>,
    pub(super) total: Option<Located<Decimal>>,
    pub(super) subtotal: Option<Located<Decimal>>,
    pub(super) vat: Option<Decimal>,
    pub(super) already_paid: Option<Located<Decimal>>,
    pub(super) balance: Option<Located<Decimal>>,
    pub(super) lines: Vec<RawLine>,
    /// The last line read was a prestatie: a text-only line after it continues its description.
    pub(super) open_line: bool,
}
