//! The shell's components, one file each.

pub mod lang_switch;
pub mod letter;
pub mod nav;
pub mod nodes;
pub mod open;
