//! Embedding and linking, the parts that need no browser: which partner origins are trusted, the
//! versioned postMessage protocol, the summary sent back, theme values and `?src=` checks.
//! The browser glue is `crate::shell::embedding`; the protocol is documented in EMBEDDING.md.

pub mod partners;
pub mod protocol;
pub mod theme;

pub use partners::Partners;
