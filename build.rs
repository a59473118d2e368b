//! Compiles the Dutch messages (messages/nl.ftl, the source) into one typed function per message
//! (`crate::words::messages::m`): the code cannot ask for a message that does not exist, nor leave out a
//! value it uses. The Dutch tables are embedded; natively (the command line, the tests) and in the
//! browser tests every language is. A translation that lacks a message falls back to Dutch here
//! with a warning, and `tests/messages.rs` fails.

#[path = "src/words/messages/ftl.rs"]
mod ftl;

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=messages");
    println!("cargo:rerun-if-changed=src/words/messages/ftl.rs");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/messages");
    let read = |lang: &str| -> Option<ftl::File> {
        let name = format!("{lang}.ftl");
        let text = std::fs::read_to_string(format!("{dir}/{name}")).ok()?;
        Some(ftl::parse(&name, &text).unwrap_or_else(|e| panic!("{e}")))
    };
    let source = read("nl").expect("messages/nl.ftl, the Dutch source, is missing");
    let mut out = String::new();
    let table = |file: &ftl::File, shell: bool| ftl::compile(file, &source, shell).unwrap_or_else(|e| panic!("{e}"));
    // the page's own words as one string per message (no table to parse in the first paint)
    let parts = |text: String| format!("&{:?}", text.split(ftl::RS).collect::<Vec<_>>());
    let count = ftl::signature(&source).iter().filter(|(id, _)| ftl::is_shell(id)).count();
    writeln!(out, "/// How many messages the page has of its own.\npub const SHELL_COUNT: usize = {count};").unwrap();
    writeln!(
        out,
        "/// The Dutch page's words (the labels of `crate::words::labels` are worked out from them when compiling)."
    )
    .unwrap();
    writeln!(out, "pub const NL_SHELL: &[&str; SHELL_COUNT] = {};", parts(table(&source, true))).unwrap();
    let engine = table(&source, false);
    writeln!(
        out,
        "/// How many sentences the engine has.\npub(super) const ENGINE_COUNT: usize = {};",
        engine.split(ftl::RS).count()
    )
    .unwrap();
    writeln!(out, "pub(super) const NL_ENGINE: &str = {engine:?};").unwrap();
    writeln!(out, "#[cfg(any(not(target_arch = \"wasm32\"), feature = \"inline-engine\"))]").unwrap();
    writeln!(out, "pub(super) const EMBEDDED: [Option<(&[&str; SHELL_COUNT], &str)>; 6] = [").unwrap();
    let mut reviewed = [false; 6];
    for (lang, flag) in ftl::LANGS.iter().zip(&mut reviewed) {
        match read(lang) {
            Some(mut file) => {
                *flag = file.meta.get("reviewed").map(String::as_str) == Some("yes");
                for problem in ftl::check(lang, &file, &source) {
                    println!("cargo:warning={problem}");
                }
                // what a translation lacks is Dutch until it is written (the tests fail meanwhile)
                for (id, line, p) in &source.messages {
                    if file.get(id).is_none() {
                        file.messages.push((id.clone(), *line, p.clone()));
                    }
                }
                for (t, p) in &source.terms {
                    file.terms.entry(t.clone()).or_insert_with(|| p.clone());
                }
                writeln!(out, "    Some(({}, {:?})),", parts(table(&file, true)), table(&file, false)).unwrap();
            }
            None => {
                println!("cargo:warning=messages/{lang}.ftl is missing");
                writeln!(out, "    None,").unwrap();
            }
        }
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "pub(super) const REVIEWED: [bool; 6] = {reviewed:?};").unwrap();
    writeln!(out, "/// One function per message of messages/nl.ftl.").unwrap();
    writeln!(out, "pub mod m {{\n#![allow(clippy::too_many_arguments)]\nuse crate::words::lang::Lang;").unwrap();
    out.push_str(&ftl::functions(&source));
    writeln!(out, "}}").unwrap();
    writeln!(out, "/// The place of each of the page's own messages (`app-title` → `APP_TITLE`).").unwrap();
    writeln!(out, "pub mod app {{").unwrap();
    for (i, (id, _)) in ftl::signature(&source).iter().filter(|(id, _)| ftl::is_shell(id)).enumerate() {
        writeln!(out, "pub const {}: usize = {i};", ftl::rust_name(id).to_ascii_uppercase()).unwrap();
    }
    writeln!(out, "}}").unwrap();
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(path, out).unwrap();
}
