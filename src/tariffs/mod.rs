//! Tariff data, one module per table, each row with its source: the NZa maximum tariffs of the
//! zorgprestatiemodel ([`zpm`]), the DBC 2018 maximum tariffs ([`dbc`]), the GB-ggz products of the
//! DBC era ([`gbggz`]) and the eigen risico by year ([`eigen_risico`]). Data only: the readers use
//! it to know a code, the rules to judge an amount; it knows nothing of either.

pub mod dbc;
pub mod eigen_risico;
pub mod gbggz;
pub mod source;
pub mod table;
pub mod zpm;
