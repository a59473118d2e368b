//! The compulsory eigen risico (deductible) of the Dutch basic health insurance, by year.
//!
//! Sources (`zpm-reference.md` §3.3 and §6): € 385 in 2022, 2023 and 2024 (praktijkvreede.nl,
//! psychotherapierefleksie.nl, praktijkdereiziger.nl); € 385 in 2026, "Het eigen risico blijft in
//! 2026 gelijk" (https://www.zilverenkruis.nl/consumenten/zorgverzekering/veranderingen/prinsjesdag);
//! € 385 since 2016 and none for children under 18
//! (https://www.interpolis.nl/verzekeren/zorgverzekering/eigen-risico/uitzonderingen). A year
//! outside 2016–2026 is unknown.

use rust_decimal::Decimal;

pub const FIRST_YEAR: i32 = 2016;
pub const LAST_YEAR: i32 = 2026;
pub const SOURCE: &str = "https://www.zilverenkruis.nl/consumenten/zorgverzekering/veranderingen/prinsjesdag";

/// The compulsory eigen risico in `year`, where known.
pub fn amount(year: i32) -> Option<Decimal> {
    (FIRST_YEAR..=LAST_YEAR).contains(&year).then(|| Decimal::new(385, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_years_only() {
        assert_eq!(amount(2016), Some(Decimal::new(385, 0)));
        assert_eq!(amount(2026), Some(Decimal::new(385, 0)));
        assert_eq!(amount(2015), None);
        assert_eq!(amount(2027), None);
    }
}
