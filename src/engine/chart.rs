//! A bar chart as data: bars of coloured segments on one integer scale. Built in the core (the
//! pilot's comparison in the app, the ZPM comparison in the deferred module), drawn by the app as
//! inline SVG with the same words as text, so a screen reader reads what the eye sees.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// The chart's width in SVG units: the largest bar fills it.
pub const WIDTH: i64 = 600;

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Chart {
    pub title: String,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Bar {
    /// "Zorgprestatiemodel: € 681,08".
    pub label: String,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Segment {
    /// "2023: € 385,00".
    pub label: String,
    /// In SVG units (0 ..= [`WIDTH`]).
    pub width: i64,
    /// The colour: `seg-a` … `seg-e` (styles/app.css).
    pub class: String,
}

/// The width of an amount on a scale where `max` is [`WIDTH`], in whole SVG units (integer
/// arithmetic: no float formatting code in the download, and money stays exact).
pub fn scale(amount: Decimal, max: Decimal) -> i64 {
    let cents = |d: Decimal| (crate::model::money::to_cents(d) * Decimal::ONE_HUNDRED).to_i64().unwrap_or(0).max(0);
    let (a, m) = (i128::from(cents(amount)), i128::from(cents(max)).max(1));
    i64::try_from(a * i128::from(WIDTH) / m).unwrap_or(WIDTH).min(WIDTH)
}

/// A segment to be: its label, its amount and its colour class.
pub type PartSpec<'a> = (String, Decimal, &'a str);
/// A bar to be: its label, its total (for the scale) and its segments.
pub type BarSpec<'a> = (String, Decimal, Vec<PartSpec<'a>>);

/// A chart from bars: segments of zero or less are left out; every bar shares the scale of the
/// largest total.
pub fn build(title: &str, bars: Vec<BarSpec>) -> Chart {
    let max = bars.iter().map(|b| b.1).max().unwrap_or_default();
    Chart {
        title: title.to_string(),
        bars: bars
            .into_iter()
            .map(|(label, _, segments)| Bar {
                label,
                segments: segments
                    .into_iter()
                    .filter(|s| s.1 > Decimal::ZERO)
                    .map(|(label, amount, class)| Segment {
                        label,
                        width: scale(amount, max),
                        class: class.to_string(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_total_fills_the_width_and_zero_segments_drop_out() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let c = build(
            "t",
            vec![
                ("a".into(), d("8700"), vec![("x".into(), d("7400"), "seg-a"), ("y".into(), d("1300"), "seg-b")]),
                ("b".into(), d("9050"), vec![("z".into(), d("9050"), "seg-c"), ("w".into(), d("0"), "seg-d")]),
            ],
        );
        assert_eq!(c.bars[0].segments.iter().map(|s| s.width).collect::<Vec<_>>(), [490, 86]);
        assert_eq!(c.bars[1].segments.len(), 1);
        assert_eq!(c.bars[1].segments[0].width, 600);
    }
}
