//! The count of an "Aantal | Tarief | Bedrag" line.

use rust_decimal::Decimal;

use crate::read::amount::parse_amount;

/// A count: a whole number from 1 to 999, or a decimal one ("1,5").
pub(super) fn read_quantity(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() || t.len() > 6 || !t.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    let q = parse_amount(&t.replacen('.', ",", 1)).ok()?;
    (q > Decimal::ZERO && q < Decimal::from(1000)).then_some(q.normalize())
}
