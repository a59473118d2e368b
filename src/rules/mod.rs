//! Rules: what NotaWijzer works out about the notas it has read — the care clusters and
//! zorgvraagtypes, their review, the checks and their findings, the DBC comparison, what the patient
//! pays — and [`analysis`], files in and a `Report` out. Nothing here is a sentence: words are a
//! room above (`crate::words`), and nothing here knows a screen.

pub mod analysis;
pub mod checks;
pub mod clusters;
pub mod context;
pub mod dbc;
pub mod matching;
pub mod overview;
pub mod payment;
pub mod review;
