//! NZa maximum tariffs 2018 for DBC ggz products — partial.
//!
//! Source: "Max. NZa tarief 2018" as reproduced by a practice at <http://www.cuserhuis.nl/tarieven/>,
//! which links the NZa tariff page <https://puc.overheid.nl/nza/doc/PUC_6206_22/>. The stored
//! excerpt stops inside the Depressie rows: Depressie from 1.800 minutes up, and every group after
//! it, is not known here (project reference §2.4).
//!
//! Use (working decision 4): only as context where a nota gives the diagnosis group and minute
//! band, labelled "maximumtarief 2018". The comparison itself always uses the DBC statement's own
//! lines. No stay-day tariffs are known.

use rust_decimal::Decimal;

use crate::model::MinuteBand;
use crate::util::fold::fold;

/// The year the table holds.
pub const TARIFF_YEAR: i32 = 2018;

/// One row: group label as in the list, band, maximum tariff in cents.
struct Row {
    group: &'static str,
    from: u32,
    to: Option<u32>,
    cents: i64,
}

const fn r(group: &'static str, from: u32, to: Option<u32>, cents: i64) -> Row {
    Row { group, from, to, cents }
}

const ROWS: [Row; 30] = [
    r("Diagnostiek", 0, Some(99), 16_057),
    r("Diagnostiek", 100, Some(199), 33_194),
    r("Diagnostiek", 200, Some(399), 63_916),
    r("Diagnostiek", 400, Some(799), 118_101),
    r("Behandeling kort", 0, Some(99), 16_535),
    r("Behandeling kort", 100, Some(199), 37_979),
    r("Behandeling kort", 200, Some(399), 69_611),
    r("Behandeling kort", 400, None, 114_278),
    r("Aandachtstekort- en gedrag", 250, Some(799), 138_304),
    r("Aandachtstekort- en gedrag", 800, Some(1799), 267_165),
    r("Aandachtstekort- en gedrag", 1800, Some(2999), 476_738),
    r("Aandachtstekort- en gedrag", 3000, Some(5999), 810_664),
    r("Pervasief", 250, Some(799), 132_303),
    r("Pervasief", 800, Some(1799), 263_183),
    r("Pervasief", 1800, Some(2999), 473_471),
    r("Pervasief", 3000, Some(5999), 816_892),
    r("Overige kindertijd", 250, Some(799), 129_061),
    r("Overige kindertijd", 800, Some(1799), 257_510),
    r("Overige kindertijd", 1800, Some(2999), 468_153),
    r("Overige kindertijd", 3000, Some(5999), 736_763),
    r("Alcohol", 250, Some(799), 124_662),
    r("Alcohol", 800, Some(1799), 248_678),
    r("Alcohol", 1800, Some(2999), 468_808),
    r("Alcohol", 3000, Some(5999), 832_700),
    r("Overige aan een middel", 250, Some(799), 124_379),
    r("Overige aan een middel", 800, Some(1799), 248_655),
    r("Overige aan een middel", 1800, Some(2999), 460_079),
    r("Overige aan een middel", 3000, Some(5999), 811_835),
    r("Depressie", 250, Some(799), 137_929),
    r("Depressie", 800, Some(1799), 271_224),
];

/// The 2018 maximum tariff for a group and band, where the table has it.
pub fn maximum_2018(group: &str, band: MinuteBand) -> Option<Decimal> {
    let wanted = fold(group);
    ROWS.iter()
        .find(|row| fold(row.group) == wanted && row.from == band.from && row.to == band.to)
        .map(|row| Decimal::new(row.cents, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_rows() {
        let band = |from, to| MinuteBand { from, to };
        assert_eq!(maximum_2018("Depressie", band(250, Some(799))), Some(Decimal::new(137_929, 2)));
        assert_eq!(maximum_2018("behandeling KORT", band(400, None)), Some(Decimal::new(114_278, 2)));
        // the seed's product: cut off in the source, so unknown
        assert_eq!(maximum_2018("Depressie", band(3000, Some(5999))), None);
        assert_eq!(maximum_2018("Angst", band(250, Some(799))), None);
    }
}
