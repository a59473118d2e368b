//! The message files (`messages/<lang>.ftl`, Fluent syntax) read, checked and compiled.
//!
//! Std only: `build.rs` compiles the Dutch source into the typed functions of `crate::words::messages::m`
//! and embeds the tables, `tools/messages.rs` writes the tables the page fetches for another
//! language, and the tests check every file with the same code.
//!
//! The Fluent subset NotaWijzer uses (https://projectfluent.org/fluent/guide/): comments (`#`,
//! `##`, `###`), terms (`-nota = nota`, referred to as `{ -nota }`, resolved when compiling),
//! messages (`id = text`, continued on indented lines), variables (`{ $amount }`), string
//! literals (`{ "{" }`; in a file marked `### direction: rtl` a literal that is not blank is isolated,
//! U+2068 … U+2069, so `{ "€ 100,00" }` stays as written inside a right-to-left sentence) and selectors (`{ $count -> [one] … *[other] … }`) on a plural category
//! (CLDR: zero, one, two, few, many, other), an exact number (`[0]`) or an exact word (`[yes]`).
//! Attributes and functions are not used.
//!
//! A compiled table is one string: messages in the order of the Dutch file, separated by
//! [`RS`]; in a message, [`VAR`] + a digit is a variable (by its place in the Dutch message),
//! [`SEL`] + a digit opens a selector, each variant is [`KEY`] key [`BODY`] pattern (a default
//! key starts with `*`), and [`END`] closes it.
#![allow(dead_code)]

use std::collections::BTreeMap;

pub const RS: char = '\u{1e}';
/// Between the page's table and the engine's in the engine's file (`tools/messages.rs`).
pub const GS: char = '\u{1d}';
pub const VAR: char = '\u{1}';
pub const SEL: char = '\u{2}';
pub const KEY: char = '\u{3}';
pub const BODY: char = '\u{4}';
pub const END: char = '\u{5}';

/// The languages, in the order of `crate::words::lang::Lang`.
pub const LANGS: [&str; 6] = ["nl", "en", "tr", "ar", "pl", "uk"];

/// The plural categories each language has (CLDR cardinal rules, `crate::words::messages::plural`).
pub fn categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "tr" => &["one", "other"],
        "pl" => &["one", "few", "many", "other"],
        "uk" => &["one", "few", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    /// `{ "…" }`: in a right-to-left file a piece kept left to right (an amount written as on the
    /// nota, a code), isolated when compiled.
    Literal(String),
    Var(String),
    Term(String),
    Select(String, Vec<Variant>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub key: String,
    pub default: bool,
    pub pattern: Vec<Part>,
}

#[derive(Clone, Debug, Default)]
pub struct File {
    /// Messages in file order, with the line each starts on.
    pub messages: Vec<(String, usize, Vec<Part>)>,
    pub terms: BTreeMap<String, Vec<Part>>,
    /// `### key: value` lines at the top (e.g. `reviewed: no`).
    pub meta: BTreeMap<String, String>,
}

impl File {
    pub fn get(&self, id: &str) -> Option<&Vec<Part>> {
        self.messages.iter().find(|(i, _, _)| i == id).map(|(_, _, p)| p)
    }
}

/// Reads one file; an error names the line.
pub fn parse(name: &str, text: &str) -> Result<File, String> {
    let mut file = File::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let at = i + 1;
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        if let Some(rest) = line.strip_prefix("###") {
            if let Some((k, v)) = rest.trim().split_once(':') {
                file.meta.insert(k.trim().to_string(), v.trim().to_string());
            }
            i += 1;
            continue;
        }
        if line.starts_with('#') {
            i += 1;
            continue;
        }
        if line.starts_with(' ') {
            return Err(format!("{name}:{at}: an indented line outside a message"));
        }
        let Some((id, first)) = line.split_once('=') else {
            return Err(format!("{name}:{at}: expected `id = text`"));
        };
        let id = id.trim();
        let (is_term, bare) = match id.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, id),
        };
        if bare.is_empty()
            || !bare.starts_with(|c: char| c.is_ascii_alphabetic())
            || !bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(format!("{name}:{at}: `{id}` is not a message name"));
        }
        // the value: the first line, and every indented line after it
        let mut body: Vec<&str> = Vec::new();
        let first = first.trim_start();
        if !first.trim().is_empty() {
            body.push(first.trim_end());
        }
        let mut j = i + 1;
        while j < lines.len() && (lines[j].starts_with(' ') || lines[j].starts_with('}') || lines[j].trim().is_empty())
        {
            j += 1;
        }
        // trailing blank lines are not part of the value
        let mut end = j;
        while end > i + 1 && lines[end - 1].trim().is_empty() {
            end -= 1;
        }
        let indented: Vec<&str> = lines[i + 1..end].to_vec();
        let indent = indented
            .iter()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('}'))
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        for l in &indented {
            // a selector's closing brace may stand at the start of the line
            body.push(if l.starts_with('}') || l.len() < indent { l.trim() } else { l[indent..].trim_end() });
        }
        let source = body.join("\n");
        let pattern = Parser { s: source.as_bytes(), src: &source, pos: 0, name, line: at }.pattern(false)?;
        if pattern.is_empty() {
            return Err(format!("{name}:{at}: `{id}` has no text"));
        }
        if is_term {
            file.terms.insert(bare.to_string(), pattern);
        } else {
            if file.get(id).is_some() {
                return Err(format!("{name}:{at}: `{id}` is there twice"));
            }
            file.messages.push((id.to_string(), at, pattern));
        }
        i = j;
    }
    Ok(file)
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    pos: usize,
    name: &'a str,
    line: usize,
}

impl Parser<'_> {
    fn err(&self, what: &str) -> String {
        let line = self.line + self.src[..self.pos.min(self.src.len())].matches('\n').count();
        format!("{}:{}: {what}", self.name, line)
    }

    /// Text and placeables up to the end (or, in a variant, up to the next variant or `}`).
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while self.pos < self.s.len() {
            let c = self.s[self.pos];
            if in_variant && c == b'\n' {
                // a variant ends where the next line starts a variant or closes the selector
                let rest = self.src[self.pos + 1..].trim_start_matches([' ', '\n']);
                if rest.starts_with('[') || rest.starts_with("*[") || rest.starts_with('}') {
                    break;
                }
            }
            match c {
                b'{' => {
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    self.pos += 1;
                    parts.push(self.placeable()?);
                }
                b'}' if in_variant => break,
                b'}' => return Err(self.err("a `}` without its `{` (write { \"}\" })")),
                _ => {
                    let ch = self.src[self.pos..].chars().next().unwrap();
                    if (ch as u32) < 0x20 && ch != '\n' {
                        return Err(self.err("a control character"));
                    }
                    text.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(parts)
    }

    fn space(&mut self) {
        while self.pos < self.s.len() && matches!(self.s[self.pos], b' ' | b'\n') {
            self.pos += 1;
        }
    }

    fn ident(&mut self) -> String {
        let start = self.pos;
        while self.pos < self.s.len()
            && (self.s[self.pos].is_ascii_alphanumeric() || matches!(self.s[self.pos], b'-' | b'_'))
        {
            self.pos += 1;
        }
        self.src[start..self.pos].to_string()
    }

    fn placeable(&mut self) -> Result<Part, String> {
        self.space();
        let part = match self.s.get(self.pos) {
            Some(b'$') => {
                self.pos += 1;
                let name = self.ident();
                if name.is_empty() {
                    return Err(self.err("a `$` without a name"));
                }
                self.space();
                if self.src[self.pos..].starts_with("->") {
                    self.pos += 2;
                    return self.select(name);
                }
                Part::Var(name)
            }
            Some(b'-') => {
                self.pos += 1;
                let name = self.ident();
                Part::Term(name)
            }
            Some(b'"') => {
                self.pos += 1;
                let start = self.pos;
                while self.pos < self.s.len() && self.s[self.pos] != b'"' {
                    self.pos += 1;
                }
                let lit = self.src[start..self.pos].to_string();
                self.pos += 1;
                Part::Literal(lit)
            }
            _ => return Err(self.err("a placeable must be { $name }, { -term }, { \"text\" } or a selector")),
        };
        self.space();
        if self.s.get(self.pos) != Some(&b'}') {
            return Err(self.err("a placeable not closed with `}`"));
        }
        self.pos += 1;
        Ok(part)
    }

    fn select(&mut self, var: String) -> Result<Part, String> {
        let mut variants = Vec::new();
        loop {
            self.space();
            match self.s.get(self.pos) {
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                Some(b'*') | Some(b'[') => {
                    let default = self.s[self.pos] == b'*';
                    if default {
                        self.pos += 1;
                    }
                    if self.s.get(self.pos) != Some(&b'[') {
                        return Err(self.err("a variant starts with [key]"));
                    }
                    self.pos += 1;
                    let start = self.pos;
                    while self.pos < self.s.len() && self.s[self.pos] != b']' {
                        self.pos += 1;
                    }
                    let key = self.src[start..self.pos].trim().to_string();
                    self.pos += 1;
                    while self.s.get(self.pos) == Some(&b' ') {
                        self.pos += 1;
                    }
                    let pattern = self.pattern(true)?;
                    variants.push(Variant { key, default, pattern });
                }
                _ => return Err(self.err("a selector holds variants [key] text and ends with `}`")),
            }
        }
        if variants.iter().filter(|v| v.default).count() != 1 {
            return Err(self.err("a selector needs exactly one default variant (*[other])"));
        }
        Ok(Part::Select(var, variants))
    }
}

/// The variables a pattern uses, in order of first use.
pub fn variables(pattern: &[Part], out: &mut Vec<String>) {
    for p in pattern {
        match p {
            Part::Var(v) if !out.contains(v) => out.push(v.clone()),
            Part::Select(v, variants) => {
                if !out.contains(v) {
                    out.push(v.clone());
                }
                for var in variants {
                    variables(&var.pattern, out);
                }
            }
            _ => {}
        }
    }
}

/// What is wrong with a translation, measured against the Dutch source: every message there, no
/// other, the same variables, plural keys of the language, known terms, and a `reviewed` flag.
pub fn check(lang: &str, file: &File, source: &File) -> Vec<String> {
    let mut problems = Vec::new();
    if lang != "nl" && !matches!(file.meta.get("reviewed").map(String::as_str), Some("yes") | Some("no")) {
        problems.push(format!(
            "{lang}.ftl: the top says `### reviewed: no` (or yes, once a native speaker in care checked it)"
        ));
    }
    for (id, _, _) in &source.messages {
        if file.get(id).is_none() {
            problems.push(format!("{lang}.ftl lacks `{id}`"));
        }
    }
    for (id, line, pattern) in &file.messages {
        let Some(nl) = source.get(id) else {
            problems.push(format!("{lang}.ftl:{line}: `{id}` is not in nl.ftl (the code does not ask for it)"));
            continue;
        };
        let (mut want, mut have) = (Vec::new(), Vec::new());
        variables(nl, &mut want);
        variables(pattern, &mut have);
        if is_shell(id) && !have.is_empty() {
            problems.push(format!("{lang}.ftl:{line}: `{id}`: the page's own words (app-) take no values; the engine words sentences with values"));
        }
        for v in &have {
            if !want.contains(v) {
                problems.push(format!("{lang}.ftl:{line}: `{id}` uses ${v}, which the code does not give"));
            }
        }
        check_keys(lang, id, *line, pattern, file, &mut problems);
    }
    problems
}

fn check_keys(lang: &str, id: &str, line: usize, pattern: &[Part], file: &File, problems: &mut Vec<String>) {
    for p in pattern {
        match p {
            Part::Term(t) if !file.terms.contains_key(t) => {
                problems.push(format!("{lang}.ftl:{line}: `{id}` uses the term -{t}, which the file does not define"));
            }
            Part::Select(_, variants) => {
                if is_shell(id) {
                    problems.push(format!("{lang}.ftl:{line}: `{id}`: the page's own words (app-) choose no variants; write a message for each case"));
                }
                for v in variants {
                    let k = v.key.as_str();
                    let number = !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit());
                    let plural = ["zero", "one", "two", "few", "many", "other"].contains(&k);
                    if plural && !categories(lang).contains(&k) {
                        problems
                            .push(format!("{lang}.ftl:{line}: `{id}`: [{k}] is not a plural form of this language"));
                    }
                    if !number && !plural && !k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
                        problems.push(format!("{lang}.ftl:{line}: `{id}`: [{k}] is not a key"));
                    }
                    check_keys(lang, id, line, &v.pattern, file, problems);
                }
            }
            _ => {}
        }
    }
}

/// The Dutch variables of every message, in order (the compiled functions' arguments).
pub fn signature(source: &File) -> Vec<(String, Vec<String>)> {
    source
        .messages
        .iter()
        .map(|(id, _, p)| {
            let mut v = Vec::new();
            variables(p, &mut v);
            (id.clone(), v)
        })
        .collect()
}

/// Whether a message belongs to the shell (the page's own words, in the first paint).
pub fn is_shell(id: &str) -> bool {
    id.starts_with("app-")
}

/// The table of `file` for the shell's or the engine's messages, in the order of `source`.
pub fn compile(file: &File, source: &File, shell: bool) -> Result<String, String> {
    let mut out = String::new();
    let mut first = true;
    for (id, vars) in signature(source) {
        if is_shell(&id) != shell {
            continue;
        }
        if !first {
            out.push(RS);
        }
        first = false;
        let pattern = file.get(&id).ok_or_else(|| format!("`{id}` is missing"))?;
        emit(pattern, &vars, file, &mut out, 0)?;
    }
    Ok(out)
}

fn emit(pattern: &[Part], vars: &[String], file: &File, out: &mut String, depth: usize) -> Result<(), String> {
    if depth > 8 {
        return Err("terms refer to each other in a circle".into());
    }
    for p in pattern {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Literal(t) if rtl(file) && !t.trim().is_empty() => {
                out.push('\u{2068}');
                out.push_str(t);
                out.push('\u{2069}');
            }
            Part::Literal(t) => out.push_str(t),
            Part::Var(v) => {
                let i = vars.iter().position(|x| x == v).ok_or_else(|| format!("${v} is not given"))?;
                out.push(VAR);
                out.push(char::from(b'0' + i as u8));
            }
            Part::Term(t) => {
                let term = file.terms.get(t).ok_or_else(|| format!("-{t} is not defined"))?;
                emit(term, vars, file, out, depth + 1)?;
            }
            Part::Select(v, variants) => {
                let i = vars.iter().position(|x| x == v).ok_or_else(|| format!("${v} is not given"))?;
                out.push(SEL);
                out.push(char::from(b'0' + i as u8));
                for var in variants {
                    out.push(KEY);
                    if var.default {
                        out.push('*');
                    }
                    out.push_str(&var.key);
                    out.push(BODY);
                    emit(&var.pattern, vars, file, out, depth)?;
                }
                out.push(END);
            }
        }
    }
    Ok(())
}

/// Marked `### direction: rtl` at the top (Arabic).
pub fn rtl(file: &File) -> bool {
    file.meta.get("direction").map(String::as_str) == Some("rtl")
}

/// The Rust name of a message: `overview-month-total` → `overview_month_total`.
pub fn rust_name(id: &str) -> String {
    id.replace('-', "_")
}

/// `overview-month-total` → `OverviewMonthTotal`: the values of a message with two or more.
pub fn struct_name(id: &str) -> String {
    id.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// The typed functions, one per message of the Dutch source (build.rs writes them). A message with
/// one value takes it; one with more takes a struct of named values, so no two can be swapped.
pub fn functions(source: &File) -> String {
    let mut out = String::new();
    let (mut shell, mut engine) = (0u16, 0u16);
    for (id, vars) in signature(source) {
        let (table, index) = if is_shell(&id) {
            shell += 1;
            ("shell", shell - 1)
        } else {
            engine += 1;
            ("say_engine", engine - 1)
        };
        let name = rust_name(&id);
        match vars.len() {
            // the page's own words without values are their text: no formatting in the first paint
            0 if is_shell(&id) => out.push_str(&format!(
                "/// `{id}`\n#[inline]\npub fn {name}(lang: Lang) -> String {{ super::shell(lang)[{index}].to_string() }}\n"
            )),
            0 => out.push_str(&format!(
                "/// `{id}`\n#[inline]\npub fn {name}(lang: Lang) -> String {{ super::{table}(lang, {index}, &[]) }}\n"
            )),
            1 => out.push_str(&format!(
                "/// `{id}`\n#[inline]\npub fn {name}(lang: Lang, {v}: &str) -> String {{ super::{table}(lang, {index}, &[{v}]) }}\n",
                v = rust_name(&vars[0])
            )),
            _ => {
                let s = struct_name(&id);
                let fields: String = vars.iter().map(|v| format!("    pub {}: &'a str,\n", rust_name(v))).collect();
                let args: Vec<String> = vars.iter().map(|v| format!("v.{}", rust_name(v))).collect();
                out.push_str(&format!(
                    "/// The values of `{id}`.\npub struct {s}<'a> {{\n{fields}}}\n/// `{id}`\n#[inline]\npub fn {name}(lang: Lang, v: {s}) -> String {{ super::{table}(lang, {index}, &[{}]) }}\n",
                    args.join(", ")
                ));
            }
        }
    }
    out
}
