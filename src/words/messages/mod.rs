//! Every sentence NotaWijzer shows is a whole message with named values, written once per
//! language in `messages/<lang>.ftl` (Fluent syntax; Dutch is the source). `build.rs` turns each
//! Dutch message into a function of [`m`] (`m::line_cost(lang, &amount)`; two or more values as a
//! struct of named fields), so the code can only ask for messages that exist, with the values they
//! use.
//!
//! The Dutch tables are in the programs; another language's tables are fetched when it is chosen
//! and given to [`install`] (the page's own words and the engine's sentences apart, so the first
//! screen waits only for its own). Natively, and in the browser tests, every language is embedded.
//! Values are put in as they are given (amounts, dates and numbers are written by
//! `crate::words::format` for the language); in Arabic each value is isolated (U+2068 … U+2069), so a
//! code, an amount or a date keeps its left-to-right order inside a right-to-left sentence.

#[cfg(not(target_arch = "wasm32"))]
pub mod ftl;
pub mod plural;

use std::cell::RefCell;

use crate::words::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

const RS: char = '\u{1e}';
const VAR: char = '\u{1}';
const SEL: char = '\u{2}';
const KEY: char = '\u{3}';
const BODY: char = '\u{4}';
const END: char = '\u{5}';

/// The page's own words of a language, one string per message in the order of [`app`].
pub type Shell = [&'static str; SHELL_COUNT];

/// Which programme's words: the page's own (the shell) or the engine's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Shell,
    Engine,
}

/// A table, one sentence per message. Tables live as long as the program (the Dutch and the
/// embedded ones are in it; a fetched one is kept), so every sentence borrows from them.
struct Index(Vec<&'static str>);

impl Index {
    fn new(text: &'static str) -> Index {
        Index(text.split(RS).collect())
    }

    fn get(&self, i: u16) -> Option<&'static str> {
        self.0.get(usize::from(i)).copied()
    }
}

thread_local! {
    /// The page's own words of each language that arrived: one string per message.
    static SHELL: RefCell<[Option<&'static Shell>; 6]> = const { RefCell::new([None; 6]) };
    static ENGINE: RefCell<[Option<&'static Index>; 6]> = const { RefCell::new([None; 6]) };
}

/// Gives the tables of `lang` (the text of `messages/app.<lang>.txt` or `messages/<lang>.txt`).
/// `false` when the table does not have as many messages as this program asks for (an old file).
pub fn install(lang: Lang, table: Table, text: &str) -> bool {
    match table {
        Table::Shell => return install_shell(lang, text.to_string()),
        Table::Engine => {
            let index = Index::new(text.to_string().leak());
            if index.0.len() != ENGINE_COUNT {
                return false;
            }
            let index: &'static Index = Box::leak(Box::new(index));
            ENGINE.with_borrow_mut(|s| s[lang.index()] = Some(index));
        }
    }
    true
}

/// Gives the page's own words of `lang` (its table: one message after another, split by RS);
/// `false` when it has not as many as this program asks for. The words stay for the page's life.
/// (Split byte by byte, not with `str::split` as [`Index`] is: this is in the first paint, where
/// the splitter costs more.)
pub fn install_shell(lang: Lang, text: String) -> bool {
    let text: &'static str = text.leak();
    let mut parts: Shell = [""; SHELL_COUNT];
    let (mut n, mut start) = (0, 0);
    for (i, b) in text.bytes().enumerate().chain([(text.len(), 0x1e)]) {
        if b == 0x1e {
            match parts.get_mut(n) {
                Some(p) => *p = text.get(start..i).unwrap_or(""),
                None => return false,
            }
            n += 1;
            start = i + 1;
        }
    }
    if n != SHELL_COUNT {
        return false;
    }
    let parts: &'static Shell = Box::leak(Box::new(parts));
    SHELL.with_borrow_mut(|s| s[lang.index()] = Some(parts));
    true
}

/// Whether a native speaker working in care has checked the language's messages (`### reviewed:
/// yes` at the top of its file; build.rs reads it).
pub fn reviewed(lang: Lang) -> bool {
    REVIEWED[lang.index()]
}

/// The page's own words of `lang`, one string per message in the order of [`app`] (Dutch until
/// that language's words have arrived). A message without values is its own text.
pub fn shell(lang: Lang) -> &'static Shell {
    shell_of(lang).unwrap_or(NL_SHELL)
}

fn shell_of(lang: Lang) -> Option<&'static Shell> {
    if lang == Lang::Nl {
        return Some(NL_SHELL);
    }
    embedded(lang).map(|(shell, _)| shell).or_else(|| SHELL.with_borrow(|s| s[lang.index()]))
}

/// Whether the words of `lang` are here (Dutch always is).
pub fn has(lang: Lang, table: Table) -> bool {
    match table {
        Table::Shell => shell_of(lang).is_some(),
        Table::Engine => {
            lang == Lang::Nl || embedded(lang).is_some() || ENGINE.with_borrow(|s| s[lang.index()].is_some())
        }
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "inline-engine"))]
fn embedded(lang: Lang) -> Option<(&'static Shell, &'static str)> {
    EMBEDDED[lang.index()]
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "inline-engine")))]
fn embedded(_lang: Lang) -> Option<(&'static Shell, &'static str)> {
    None
}

fn engine_index(lang: Lang) -> (&'static Index, Lang) {
    let made = |text: &'static str| &*Box::leak(Box::new(Index::new(text)));
    ENGINE.with_borrow_mut(|s| {
        if s[lang.index()].is_none() {
            let text = if lang == Lang::Nl { Some(NL_ENGINE) } else { embedded(lang).map(|(_, engine)| engine) };
            s[lang.index()] = text.map(made);
        }
        match s[lang.index()] {
            Some(i) => (i, lang),
            // a language whose words did not arrive speaks Dutch (the page says so)
            None => (*s[0].get_or_insert_with(|| made(NL_ENGINE)), Lang::Nl),
        }
    })
}

/// A value standing outside a message, isolated as a message isolates its values: in Arabic
/// "559,74 €" stays as written (`crate::words::format::money_alone`).
pub fn isolated(value: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(value.len() + 6);
    put(&mut out, value, lang);
    out
}

fn put(out: &mut String, value: &str, lang: Lang) {
    if lang.rtl() {
        out.push('\u{2068}');
        out.push_str(value);
        out.push('\u{2069}');
    } else {
        out.push_str(value);
    }
}

fn say_engine(lang: Lang, i: u16, args: &[&str]) -> String {
    let (index, lang) = engine_index(lang);
    render(index.get(i).unwrap_or(""), args, lang)
}

fn render(pattern: &str, args: &[&str], lang: Lang) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    write(pattern, args, lang, &mut out);
    out
}

fn arg<'a>(args: &[&'a str], c: Option<char>) -> &'a str {
    c.and_then(|c| args.get((c as u32).wrapping_sub('0' as u32) as usize)).copied().unwrap_or("")
}

fn write(pattern: &str, args: &[&str], lang: Lang, out: &mut String) {
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            VAR => put(out, arg(args, chars.next()), lang),
            SEL => {
                let value = arg(args, chars.next());
                let rest = chars.as_str();
                let (chosen, after) = choose(rest, value, plural::category(lang, value));
                write(chosen, args, lang, out);
                chars = after.chars();
            }
            _ => out.push(c),
        }
    }
}

/// The variant for `value` among the variants at the start of `rest`, and what follows the
/// selector: an exact key first, then the plural form, then the default.
fn choose<'a>(rest: &'a str, value: &str, category: Option<&str>) -> (&'a str, &'a str) {
    let (mut exact, mut by_form, mut default) = (None, None, "");
    let mut depth = 0;
    let mut key_start = None;
    let mut body_start = 0;
    let mut key = "";
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        match c {
            SEL => depth += 1,
            END if depth > 0 => depth -= 1,
            KEY | END if depth == 0 => {
                if key_start.is_some() {
                    let body = &rest[body_start..i];
                    let bare = key.strip_prefix('*').unwrap_or(key);
                    if bare == value.trim() {
                        exact.get_or_insert(body);
                    } else if Some(bare) == category {
                        by_form.get_or_insert(body);
                    }
                    if key.starts_with('*') {
                        default = body;
                    }
                }
                if c == END {
                    end = i + c.len_utf8();
                    break;
                }
                key_start = Some(i + c.len_utf8());
            }
            BODY if depth == 0 => {
                if let Some(k) = key_start {
                    key = &rest[k..i];
                }
                body_start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    (exact.or(by_form).unwrap_or(default), &rest[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selector_picks_exact_then_plural_then_default() {
        // "{ $n -> [0] geen [one] één regel *[other] { $n } regels }"
        let p = format!("{SEL}0{KEY}0{BODY}geen{KEY}one{BODY}één regel{KEY}*other{BODY}{VAR}0 regels{END}.");
        assert_eq!(render(&p, &["0"], Lang::Nl), "geen.");
        assert_eq!(render(&p, &["1"], Lang::Nl), "één regel.");
        assert_eq!(render(&p, &["7"], Lang::Nl), "7 regels.");
        // Arabic isolates the value
        assert_eq!(render(&p, &["7"], Lang::Ar), "\u{2068}7\u{2069} regels.");
        // a value outside a message is isolated the same way
        assert_eq!(isolated("559,74 €", Lang::Ar), "\u{2068}559,74 €\u{2069}");
        assert_eq!(isolated("559,74 €", Lang::Tr), "559,74 €");
        // a selector in a variant
        let nested =
            format!("a{SEL}0{KEY}one{BODY}x{SEL}1{KEY}yes{BODY}Y{KEY}*other{BODY}N{END}{KEY}*other{BODY}z{END}b");
        assert_eq!(render(&nested, &["1", "yes"], Lang::Nl), "axYb");
        assert_eq!(render(&nested, &["1", "no"], Lang::Nl), "axNb");
        assert_eq!(render(&nested, &["2", "yes"], Lang::Nl), "azb");
    }
}
