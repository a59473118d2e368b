//! Tariff data, one module per table, each row with its source: the NZa maximum tariffs of the
//! zorgprestatiemodel ([`zpm`]), the GB-ggz products of the DBC era ([`gbggz`]) and the eigen risico
//! by year ([`eigen_risico`]). The DBC 2018 table lives beside the comparison (`dbc::tariffs`).

pub mod dbc;
pub mod eigen_risico;
pub mod gbggz;
pub mod zpm;
