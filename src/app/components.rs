//! The app's components, one file each.

pub mod cluster;
pub mod comparison;
pub mod findings;
pub mod lang_switch;
pub mod lines;
pub mod nav;
pub mod open;
pub mod pdf_text;
pub mod read_errors;
pub mod summary;
