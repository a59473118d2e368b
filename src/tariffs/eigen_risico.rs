//! The compulsory eigen risico (deductible) of the Dutch basic health insurance, by year.
//!
//! Sources (`zpm-reference.md` §3.3 and §6): € 385 in 2022, 2023 and 2024 (praktijkvreede.nl,
//! psychotherapierefleksie.nl, praktijkdereiziger.nl); € 385 in 2026, "Het eigen risico blijft in
//! 2026 gelijk" (https://www.zilverenkruis.nl/consumenten/zorgverzekering/veranderingen/prinsjesdag);
//! € 385 since 2016 and none for children under 18
//! (https://www.interpolis.nl/verzekeren/zorgverzekering/eigen-risico/uitzonderingen).
//!
//! 2027: € 400 in the 2027 budget (Prinsjesdag 15 September 2026, "van € 385 naar € 400 … mee met de
//! inflatie"; NOS, 11 September 2026; the SZW budget 2027, Kamerstuk 37 020 XV nr. 2, p. 175;
//! `zpm-reference.md` §7.6). No government page confirming it was seen: it is the **budget
//! figure**, and every sentence that uses it says so ([`is_budget_figure`]). A year outside
//! 2016–2027 is unknown.

use rust_decimal::Decimal;

pub const FIRST_YEAR: i32 = 2016;
pub const LAST_YEAR: i32 = 2026;
pub const SOURCE: &str = "https://www.zilverenkruis.nl/consumenten/zorgverzekering/veranderingen/prinsjesdag";

/// The year whose eigen risico is the budget's figure, not yet confirmed, and that figure.
pub const BUDGET_YEAR: i32 = 2027;
pub const BUDGET_AMOUNT: Decimal = Decimal::from_parts(400, 0, 0, false, 0);
pub const BUDGET_SOURCE: &str =
    "https://nos.nl/artikel/2630601-koopkrachtcijfers-gelekt-minima-er-licht-op-vooruit-hoge-inkomens-iets-in-de-min";

/// The compulsory eigen risico in `year`, where known (2027: the budget's figure).
pub fn amount(year: i32) -> Option<Decimal> {
    if year == BUDGET_YEAR {
        return Some(BUDGET_AMOUNT);
    }
    (FIRST_YEAR..=LAST_YEAR).contains(&year).then(|| Decimal::new(385, 0))
}

/// Under 18 on `on` (born on `birth`): no eigen risico for that care.
pub fn under_18(birth: chrono::NaiveDate, on: chrono::NaiveDate) -> bool {
    birth.checked_add_months(chrono::Months::new(18 * 12)).is_some_and(|adult| adult > on)
}

/// The year's eigen risico is the budget's figure: whatever uses it says so.
pub fn is_budget_figure(year: i32) -> bool {
    year == BUDGET_YEAR
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_years_only() {
        assert_eq!(amount(2016), Some(Decimal::new(385, 0)));
        assert_eq!(amount(2026), Some(Decimal::new(385, 0)));
        assert_eq!(amount(2015), None);
        assert_eq!(amount(2027), Some(Decimal::new(400, 0)));
        assert!(is_budget_figure(2027) && !is_budget_figure(2026));
        assert_eq!(amount(2028), None);
    }
}
