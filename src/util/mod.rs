//! Small helpers with no knowledge of notas: folding text for comparison, a fast hash map, sorting
//! by a key. Every room may use them; they use nothing of NotaWijzer.

pub mod fold;
pub mod hashing;
pub mod order;
pub mod text;
