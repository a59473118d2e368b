//! The shape of the source tree (`shared/design/architecture.md`, `src/lib.rs`): rooms from bytes to
//! screen, an import only ever pointing down, no two files importing each other in a circle, no file
//! past 700 lines. Read from the source text itself, so a new file is held to it the day it lands.
//!
//! `cargo test --test architecture -- --nocapture` also prints the measures the README reports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The rooms, lowest first: a file may name its own room and the rooms below it, never one above.
const ROOMS: [&str; 8] = ["util", "model", "tariffs", "read", "rules", "words", "engine", "shell"];
const MAX_LINES: usize = 700;

/// One source file: its module path (`["read", "zpm", "header"]`) and its text without comments
/// and literals.
struct File {
    path: PathBuf,
    module: Vec<String>,
    lines: usize,
    code: String,
}

fn files() -> Vec<File> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter(|p| !p.starts_with(src.join("bin")))
        .map(|path| {
            let rel = path.strip_prefix(&src).unwrap().with_extension("");
            let mut module: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            File { lines: text.lines().count(), code: strip(&text), module, path }
        })
        .collect()
}

/// The text with comments, strings and character literals blanked out (their length kept).
fn strip(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                    out.push_str("  ");
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    out.push_str("  ");
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(if b[i] == '\n' { '\n' } else { ' ' });
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !b.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            // a raw string: r"…", r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.extend(std::iter::repeat_n(' ', j - i));
            i = j;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            out.extend(std::iter::repeat_n(' ', (j + 1).min(b.len()) - i));
            i = j + 1;
        } else if c == '\'' && (b.get(i + 2) == Some(&'\'') || (next == Some('\\'))) {
            // a character literal ('a', '\n', '\u{2068}'), not a lifetime
            let mut j = i + 1;
            while j < b.len() && b[j] != '\'' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            out.extend(std::iter::repeat_n(' ', (j + 1).min(b.len()) - i));
            i = j + 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path `code` names from `start` on (`crate::a::{b, c::d}` gives `crate::a::b` and
/// `crate::a::c::d`), as segments.
fn paths_at(code: &[char], mut i: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    loop {
        while code.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if code.get(i) == Some(&'{') {
            // a group: split at top-level commas
            let mut out = Vec::new();
            i += 1;
            loop {
                while code.get(i).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    i += 1;
                }
                if i >= code.len() || code[i] == '}' {
                    return (out, i + 1);
                }
                let (inner, next) = paths_at(code, i);
                for p in inner {
                    out.push(prefix.iter().cloned().chain(p).collect());
                }
                i = next;
            }
        }
        let start = i;
        while code.get(i).is_some_and(|c| is_ident(*c)) {
            i += 1;
        }
        if start == i {
            return (vec![prefix], i);
        }
        prefix.push(code[start..i].iter().collect());
        if code.get(i) == Some(&':') && code.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            return (vec![prefix], i);
        }
    }
}

/// The files each file names: through `crate::`, `super::`, `self::`, a child module, or a module
/// brought in by a `use`.
fn edges(files: &[File]) -> BTreeMap<usize, BTreeSet<usize>> {
    let by_module: BTreeMap<&[String], usize> =
        files.iter().enumerate().map(|(i, f)| (f.module.as_slice(), i)).collect();
    let resolve = |here: &[String], path: &[String], aliases: &BTreeMap<String, Vec<String>>| -> Option<Vec<String>> {
        let (mut base, rest): (Vec<String>, &[String]) = match path.first()?.as_str() {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (here.to_vec(), &path[1..]),
            "super" => {
                let mut base = here.to_vec();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
                (base, rest)
            }
            first => {
                let mut child = here.to_vec();
                child.push(first.to_string());
                if by_module.contains_key(child.as_slice()) {
                    (here.to_vec(), path)
                } else {
                    (aliases.get(first)?.clone(), &path[1..])
                }
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    };
    let mut out = BTreeMap::new();
    for (n, file) in files.iter().enumerate() {
        let code: Vec<char> = file.code.chars().collect();
        // each path with the module it is written in: the file's, or an inline `mod x { … }` in it
        let mut found: Vec<(Vec<String>, Vec<String>)> = Vec::new();
        let mut inline: Vec<(String, usize)> = Vec::new();
        let mut pending: Option<String> = None;
        let mut depth = 0;
        let mut i = 0;
        while i < code.len() {
            let c = code[i];
            if c == '{' {
                depth += 1;
                if let Some(name) = pending.take() {
                    inline.push((name, depth));
                }
                i += 1;
            } else if c == '}' {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth -= 1;
                i += 1;
            } else if c == ';' {
                pending = None;
                i += 1;
            } else if is_ident(c) && (i == 0 || !is_ident(code[i - 1]) && code[i - 1] != ':') {
                let (paths, next) = paths_at(&code, i);
                if paths.len() == 1 && paths[0] == ["mod"] {
                    let rest: String = code[next..].iter().take_while(|c| **c != '{' && **c != ';').collect();
                    pending = Some(rest.trim().to_string());
                } else {
                    let here: Vec<String> =
                        file.module.iter().cloned().chain(inline.iter().map(|(n, _)| n.clone())).collect();
                    found.extend(paths.into_iter().filter(|p| p.len() > 1).map(|p| (here.clone(), p)));
                }
                i = next.max(i + 1);
            } else {
                i += 1;
            }
        }
        // modules brought in by name (`use crate::words::format;` then `format::money(..)`)
        let mut aliases = BTreeMap::new();
        for (here, p) in &found {
            if let Some(full) = resolve(here, p, &BTreeMap::new())
                && by_module.contains_key(full.as_slice())
                && matches!(p[0].as_str(), "crate" | "super" | "self")
            {
                aliases.insert(full.last().unwrap().clone(), full);
            }
        }
        let mut targets = BTreeSet::new();
        for (here, p) in &found {
            let Some(full) = resolve(here, p, &aliases) else { continue };
            // the longest prefix that is a file's module
            let target = (1..=full.len()).rev().find_map(|k| by_module.get(&full[..k]).copied());
            if let Some(t) = target
                && t != n
                && !full.is_empty()
            {
                targets.insert(t);
            }
        }
        out.insert(n, targets);
    }
    out
}

fn room(file: &File) -> Option<usize> {
    ROOMS.iter().position(|r| file.module.first().is_some_and(|m| m == r))
}

/// Strongly connected groups of two or more files (Tarjan).
fn circles(n: usize, edges: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
    struct T<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        for &w in t.edges.get(&v).into_iter().flatten() {
            if t.index[w].is_none() {
                visit(t, w);
                t.low[v] = t.low[v].min(t.low[w]);
            } else if t.on[w] {
                t.low[v] = t.low[v].min(t.index[w].unwrap());
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut group = Vec::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on[w] = false;
                group.push(w);
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                t.out.push(group);
            }
        }
    }
    let mut t = T {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

fn name(f: &File) -> String {
    f.path.to_string_lossy().split("/src/").last().unwrap().to_string()
}

#[test]
fn the_tree_has_at_most_eight_rooms_and_every_file_is_in_one() {
    let files = files();
    let top: BTreeSet<&str> = files.iter().filter_map(|f| f.module.first().map(String::as_str)).collect();
    println!("top-level modules: {} ({})", top.len(), top.iter().copied().collect::<Vec<_>>().join(", "));
    assert!(top.len() <= 8, "{top:?}");
    let homeless: Vec<String> = files.iter().filter(|f| !f.module.is_empty() && room(f).is_none()).map(name).collect();
    assert!(homeless.is_empty(), "files outside the rooms {ROOMS:?}: {homeless:?}");
}

#[test]
fn no_file_is_longer_than_700_lines() {
    let mut files = files();
    files.sort_by_key(|f| std::cmp::Reverse(f.lines));
    for f in files.iter().take(3) {
        println!("largest: {} {} lines", name(f), f.lines);
    }
    let long: Vec<String> =
        files.iter().filter(|f| f.lines > MAX_LINES).map(|f| format!("{} ({})", name(f), f.lines)).collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}

#[test]
fn no_import_points_up_a_room() {
    let files = files();
    let edges = edges(&files);
    let mut up = Vec::new();
    let mut between = BTreeSet::new();
    for (&from, targets) in &edges {
        for &to in targets {
            let (Some(a), Some(b)) = (room(&files[from]), room(&files[to])) else { continue };
            if a != b {
                between.insert((ROOMS[a], ROOMS[b]));
            }
            if b > a {
                up.push(format!("{} -> {}", name(&files[from]), name(&files[to])));
            }
        }
    }
    let count: usize = edges.values().map(BTreeSet::len).sum();
    println!("imports between files: {count}; between rooms: {between:?}");
    println!("upward: {}", up.len());
    assert!(up.is_empty(), "imports from a room to one above it:\n{}", up.join("\n"));
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let files = files();
    let edges = edges(&files);
    let found = circles(files.len(), &edges);
    let shown: Vec<String> =
        found.iter().map(|g| g.iter().map(|&i| name(&files[i])).collect::<Vec<_>>().join(" <-> ")).collect();
    println!("circles between files: {}", found.len());
    assert!(found.is_empty(), "files that import each other in a circle:\n{}", shown.join("\n"));
}

/// The reader of this test reads what it should: a planted upward import, a circle and a group
/// are found (so the tests above cannot pass by reading nothing).
#[test]
fn the_import_reader_finds_what_is_planted() {
    let file = |module: &str, code: &str| File {
        path: PathBuf::from(format!("/x/src/{}.rs", module.replace("::", "/"))),
        module: module.split("::").map(str::to_string).collect(),
        lines: 1,
        code: strip(code),
    };
    let files = vec![
        file(
            "read::a",
            "use crate::{model::m, rules::{b, c}};\n// use crate::shell;\nfn f() { let s = \"crate::engine\"; }",
        ),
        file("model::m", "use super::super::read::a;"),
        file("rules::b", ""),
        file(
            "rules::c",
            "fn g() { crate::read::a::f() }\n#[cfg(test)]\nmod tests { use super::g; use super::super::b::x; }",
        ),
        file("rules", "mod b; mod c; fn h() { c::g() }"),
    ];
    let e = edges(&files);
    assert_eq!(e[&0], BTreeSet::from([1, 2, 3]));
    assert_eq!(e[&1], BTreeSet::from([0]));
    // `super::g` in the inline tests module is the file itself; `super::super::b` is a sibling
    assert_eq!(e[&3], BTreeSet::from([0, 2]));
    assert_eq!(e[&4], BTreeSet::from([3]));
    let mut c = circles(files.len(), &e);
    for g in &mut c {
        g.sort();
    }
    c.sort();
    assert_eq!(c, vec![vec![0, 1, 3]]);
}
