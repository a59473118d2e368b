//! The engine: the web worker's program. [`worker`] answers the shell's [`protocol`] requests;
//! [`view`] works out what the views show and [`markup`] lays it out as a tree of allowed elements;
//! [`compare`] and [`chart`] the DBC comparison; [`export`] the JSON, [`write`] a nota as text,
//! [`pages`] the static pages, [`embed`] the partner messages. It knows no DOM: the shell paints.

pub mod chart;
pub mod compare;
pub mod embed;
pub mod export;
pub mod export_overview;
pub mod markup;
pub mod notices;
pub mod pages;
pub mod protocol;
pub mod view;
pub mod worker;
pub mod write;
