//! NotaWijzer: explains a Dutch ggz zorgnota (mental-health-care statement) in plain words.
//!
//! One direction, from bytes to screen:
//!
//! ```text
//! bytes ──► read ──► Nota(s) ──► analysis ──► Report ──► export (JSON) / CLI text
//!                                   │                └─► app (Yew components)
//!                 clusters · review · checks · dbc · explain
//! ```
//!
//! Everything but `app` is the core: it knows nothing of a browser, and is tested natively.

pub mod analysis;
pub mod calendar;
pub mod chart;
pub mod checks;
pub mod clusters;
pub mod compare;
pub mod dbc;
pub mod embed;
pub mod engine;
pub mod explain;
pub mod export;
pub mod fold;
pub mod format;
pub mod hashing;
pub mod labels;
pub mod lang;
pub mod markup;
pub mod messages;
pub mod model;
pub mod money;
pub mod notices;
pub mod order;
pub mod pages;
pub mod payment;
pub mod pdf;
pub mod picture;
pub mod privacy;
pub mod protocol;
pub mod read;
pub mod review;
pub mod tariffs;
pub mod view;
pub mod write;

pub use analysis::{Input, Report, analyse, analyse_text};
pub use lang::Lang;

#[cfg(feature = "web")]
pub mod app;
