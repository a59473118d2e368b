//! NotaWijzer: explains a Dutch ggz zorgnota (mental-health-care statement) in plain words.
//!
//! Two programs over one library: the **shell** paints the page (`shell`, Yew, behind the `web`
//! feature); the **engine** reads, judges and words in a web worker (`engine::worker`), and the
//! command line (`src/bin/notawijzer.rs`) calls the same functions. They talk through one typed
//! protocol (`engine::protocol`). The rooms, from bytes to screen; an arrow only points down:
//!
//! ```text
//! shell   ─ Yew: one reducer, components, browser glue, lazy loaders          (the page)
//!   │  protocol (postcard, versioned)
//! engine  ─ worker · view · markup · compare · chart · export · pages · embed  (the worker)
//! words   ─ lang · messages (.ftl) · format · calendar · labels · explain
//! rules   ─ analysis (files → Report) · clusters · review · checks · dbc · payment
//! read    ─ decode · text · zpm/ · json · pdf runs · picture words → lines → roles → Nota
//! tariffs ─ data tables with their sources: NZa ZPM, DBC 2018, GB-ggz, eigen risico
//! model   ─ Nota, Line, money (Decimal), a line's context
//! util    ─ fold, hashing, order
//! ```
//!
//! `tests/architecture.rs` fails when a file imports from a room above its own.

pub mod engine;
pub mod model;
pub mod read;
pub mod rules;
#[cfg(feature = "web")]
pub mod shell;
pub mod tariffs;
pub mod util;
pub mod words;

pub use rules::analysis::{Input, Report, analyse, analyse_text};
pub use words::lang::Lang;
