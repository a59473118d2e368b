//! Where an amount was published: a built-in row's site (`crate::tariffs::zpm`), or a table a host
//! loaded (`crate::tariffs::table`).

/// Where an amount was published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The key used in `zpm-reference.md` §2.4 ("A" … "J"), or a loaded table's file name
    /// (`nza-2026.json`).
    pub key: &'static str,
    pub url: &'static str,
    /// What the reference says of it (year or profession inferred, and so on), or what a loaded
    /// table is ("NZa-tarievenlijst 2026, …, op deze site gezet op …").
    pub note: &'static str,
}
