//! Words: the languages, the messages (one `.ftl` file per language, compiled by `build.rs`), how
//! dates, numbers and money are written, the page's labels, and [`explain`], which message with
//! which values for each thing the rules worked out. Nothing here reads a file or knows the DOM.

pub mod calendar;
pub mod explain;
pub mod format;
pub mod labels;
pub mod lang;
pub mod messages;
