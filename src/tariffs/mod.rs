//! Tariff data, one module per table, each row with its source: the NZa maximum tariffs of the
//! zorgprestatiemodel ([`zpm`]). The DBC 2018 table lives beside the comparison (`dbc::tariffs`).

pub mod zpm;
