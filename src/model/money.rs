//! Money rules, in one place.
//!
//! - Amounts are [`Decimal`]: exact, never `f32`/`f64`.
//! - Sums are checked: an overflow is a value, not a panic ([`sum`]).
//! - One rounding rule, used everywhere an amount is shown or written: to the cent, commercial
//!   rounding, half away from zero ([`to_cents`]). `Decimal::round_dp` alone would round half to
//!   even (banker's rounding) and misstate a cent without any test failing.
//! - The canonical text form is a plain decimal with two places and a dot: `"8700.00"`,
//!   `"-350.00"` ([`canonical`], [`parse_canonical`]); the JSON form and the command line use it.

use rust_decimal::{Decimal, RoundingStrategy};

/// The largest amount one line, a total or "previously billed" may have: € 99.999.999,99.
/// No ggz statement comes near it; with the line limit in `read::limits` no sum can overflow.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_410_065_407, 2, 0, false, 2);

/// Rounds to whole cents, half away from zero (commercial rounding).
pub fn to_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The sum of the amounts, or `None` when it would overflow.
pub fn sum<I: IntoIterator<Item = Decimal>>(amounts: I) -> Option<Decimal> {
    amounts.into_iter().try_fold(Decimal::ZERO, |acc, a| acc.checked_add(a))
}

/// `a + b` of amounts read (bounded by [`MAX_AMOUNT`] and the line limit: no overflow); out of
/// line, so the checks that use it stay small in the engine's download.
#[inline(never)]
pub fn plus(a: Decimal, b: Decimal) -> Decimal {
    a.checked_add(b).unwrap_or(a)
}

/// `a - b` of amounts read (see [`plus`]).
#[inline(never)]
pub fn minus(a: Decimal, b: Decimal) -> Decimal {
    a.checked_sub(b).unwrap_or(a)
}

/// `a - b`, or `None` on overflow.
pub fn difference(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_sub(b)
}

/// The amount in whole cents, rounded by the one rule ([`to_cents`]). Amounts read from a nota
/// have at most two decimals and take the fast path: no rounding, no division.
pub fn cents(amount: Decimal) -> i128 {
    if amount.scale() <= 2 {
        amount.mantissa() * 10i128.pow(2 - amount.scale())
    } else {
        let mut rounded = to_cents(amount);
        rounded.rescale(2);
        rounded.mantissa()
    }
}

/// `"8700.00"`: two decimals, a dot, a leading `-` when negative (never `-0.00`: a zero is a zero).
pub fn canonical(amount: Decimal) -> String {
    let c = cents(amount);
    let sign = if c < 0 { "-" } else { "" };
    let abs = c.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Reads the canonical form (`"8700.00"`, `"8700"`, `"-350.5"`): digits, at most one dot and at
/// most two decimals. Anything else (exponents, thousands separators, three decimals) is refused.
pub fn parse_canonical(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let (negative, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    if whole.is_empty()
        || whole.len() > 8
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || (digits.contains('.') && frac.is_empty())
    {
        return None;
    }
    let mut value = Decimal::from_str_exact(&format!("{whole}.{frac:0<2}")).ok()?;
    if negative {
        value.set_sign_negative(true);
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn max_amount_is_99_999_999_99() {
        assert_eq!(MAX_AMOUNT, d("99999999.99"));
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(to_cents(d("0.125")), d("0.13"));
        assert_eq!(to_cents(d("0.135")), d("0.14"));
        assert_eq!(to_cents(d("-0.125")), d("-0.13"));
        assert_eq!(to_cents(d("2.344")), d("2.34"));
        // banker's rounding would give 0.12 here
        assert_ne!(d("0.125").round_dp(2), to_cents(d("0.125")));
    }

    #[test]
    fn sum_is_exact_and_checked() {
        assert_eq!(sum([d("0.10"), d("0.20")]), Some(d("0.30")));
        assert_eq!(sum([d("100"), d("400"), d("400"), d("400")]), Some(d("1300")));
        assert_eq!(sum([Decimal::MAX, Decimal::ONE]), None);
        assert_eq!(sum(Vec::<Decimal>::new()), Some(Decimal::ZERO));
    }

    #[test]
    fn cents_fast_and_slow_path() {
        assert_eq!(cents(d("1300")), 130_000);
        assert_eq!(cents(d("1300.5")), 130_050);
        assert_eq!(cents(d("-0.125")), -13);
        assert_eq!(cents(d("99999999.99")), 9_999_999_999);
    }

    #[test]
    fn canonical_form() {
        assert_eq!(canonical(d("8700")), "8700.00");
        assert_eq!(canonical(d("-350")), "-350.00");
        assert_eq!(canonical(d("1300.5")), "1300.50");
        assert_eq!(canonical(d("-0.001")), "0.00");
        assert_eq!(canonical(d("0.005")), "0.01");
    }

    #[test]
    fn canonical_parse() {
        assert_eq!(parse_canonical("8700.00"), Some(d("8700")));
        assert_eq!(parse_canonical("-350.5"), Some(d("-350.50")));
        assert_eq!(parse_canonical("12"), Some(d("12")));
        for bad in ["", "1.", ".5", "1.234", "1e3", "1,00", "1.000.00", "--1", "abc", "123456789"] {
            assert_eq!(parse_canonical(bad), None, "{bad}");
        }
    }
}
