//! Layering: the library's source has no import cycles, neither between the
//! top-level modules of `src/` nor between the files of one module.
//!
//! The check reads `src/` itself (no dependency: a small lexer below drops
//! comments, string, byte-string, raw-string and character literals, then the
//! token stream is searched for paths). `src/main.rs` is another crate (it
//! names the library as `nassij::`) and is not read.
//!
//! # Nodes
//!
//! - Top-level graph: one node per top-level module `X` (`src/X.rs` or
//!   `src/X/`). `src/lib.rs` only declares them and is no node.
//! - Module graphs: inside each `src/X/`, one node per file (`mod.rs`,
//!   `charts.rs`, `nested/mod.rs`, `nested/leaf.rs`, ...).
//!
//! # Which text is a path
//!
//! Everything outside comments and literals counts, test modules included:
//! every `use` tree (grouped and nested groups such as
//! `use crate::{a::{self, b}, c}` give one path per leaf; a glob `use p::*`
//! gives the path `p`) and every path in expressions, types, patterns or
//! macro arguments written `first::second...` (`crate::y::f()`,
//! `Vec<super::charts::Chart>`). A single name without `::` is no path. A path
//! is made absolute from the module it is written in, inline `mod name { }`
//! blocks included (so `use super::*` in a file's `mod tests` is that file):
//! `crate::` and `$crate::` start at the root, `self::` at the current module,
//! each `super::` climbs one module, and a path whose first name is declared
//! in the current module (a child module, an item, or a name it imports with
//! `use`) is relative to it (`views::x` in `render/mod.rs` after `mod views;`).
//! Any other path (`std::`, `serde::`, `Self::`, `::std`, a local name) is
//! outside the crate and ignored. `pub(in path)` restrictions are not uses.
//!
//! # Edge rules
//!
//! (a) Top-level: `X -> Y` when a file of `X` writes a path whose absolute
//! form starts with `Y` (`crate::Y`, `crate::Y::f`, `use crate::{Y, ...}`,
//! or `super::` climbing out of `X`), with `Y != X`. This is nominal: the
//! named module counts, whatever it re-exports.
//!
//! (b) Files of one module: `a -> b` (two different files of `src/X/`) when
//! a path written in `a` names something whose definition is in `b`. The
//! absolute path is walked from the root: a name that is a module descends
//! into it; a name that is an item defined there (`fn`, `struct`, `enum`,
//! `union`, `trait`, `type`, `const`, `static`, `macro_rules!`) stops in the
//! file of that module; a name the module imports with `use` (re-exports
//! `pub use` and private imports alike) is followed to what it imports; a
//! name no declaration explains is looked up in the module's glob imports,
//! and otherwise stops in the file of the module (conservative). A path that
//! names a module itself (`use super::b;`, `super::b::*`) ends in that
//! module's file. Hence:
//!
//! - `mod b;` alone is no edge; `mod.rs -> b.rs` when `mod.rs` uses an item
//!   of `b` (`b::f()`, `use b::T`, `pub use b::T`, `use b::*`, `self::b::f`);
//! - `child -> mod.rs` when the child names `super::x` for an item `x`
//!   defined in `mod.rs` (not a sibling module, and not a name that `mod.rs`
//!   only re-exports: that leads to the file defining it);
//! - `a -> b` for siblings when `a` names `super::b::...`,
//!   `crate::X::b::...`, or an item `mod.rs` re-exports from `b`;
//! - a path leading outside `src/X/`, or back into the same file, is no edge.
//!
//! A strongly connected component of either graph (Tarjan) is a failure; every
//! elementary cycle in it is printed as a chain with, for each edge, the first
//! file:line that creates it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

// ---------------------------------------------------------------- lexer

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    /// An identifier or keyword (raw identifiers without `r#`; macro
    /// metavariables such as `$crate` keep their `$`).
    Ident(String),
    /// `::`
    PathSep,
    /// Any other single punctuation character.
    Punct(char),
    /// A number, string, byte string, raw string, C string or character
    /// literal: its contents are dropped.
    Literal,
    /// `'a`, `'static`, a loop label.
    Lifetime,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Skips a (non-raw) string body starting after its opening quote; returns
/// the index after the closing quote.
fn skip_string(s: &[char], mut i: usize, line: &mut usize) -> usize {
    while i < s.len() {
        match s[i] {
            '\\' => {
                if s.get(i + 1) == Some(&'\n') {
                    *line += 1;
                }
                i += 2;
            }
            '"' => return i + 1,
            c => {
                if c == '\n' {
                    *line += 1;
                }
                i += 1;
            }
        }
    }
    i
}

/// Skips a raw string body starting after its opening quote, closed by a
/// quote and `hashes` hash signs.
fn skip_raw_string(s: &[char], mut i: usize, hashes: usize, line: &mut usize) -> usize {
    while i < s.len() {
        if s[i] == '"' && (1..=hashes).all(|k| s.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        if s[i] == '\n' {
            *line += 1;
        }
        i += 1;
    }
    i
}

/// At a quote `s[i] == '\''`: a character literal (returns the index after
/// it) or not (`None`: a lifetime or label).
fn skip_char(s: &[char], i: usize) -> Option<usize> {
    if s.get(i + 1) == Some(&'\\') {
        // '\n', '\'', '\\', '\x7f', '\u{1F600}'
        let mut j = i + 3;
        while j < s.len() && s[j] != '\'' && s[j] != '\n' {
            j += 1;
        }
        return Some(j + 1);
    }
    (s.get(i + 2) == Some(&'\'')).then_some(i + 3)
}

/// Rust source to tokens, without comments (line, block, nested block, doc)
/// and with every literal reduced to [`Tok::Literal`].
fn lex(src: &str) -> Vec<Token> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < s.len() {
        let c = s[i];
        let start = line;
        let next = s.get(i + 1).copied();
        let tok = match c {
            '\n' => {
                line += 1;
                i += 1;
                continue;
            }
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '/' if next == Some('/') => {
                while i < s.len() && s[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                let mut depth = 0usize;
                while i < s.len() {
                    if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                        depth += 1;
                        i += 2;
                    } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if s[i] == '\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
                continue;
            }
            '"' => {
                i = skip_string(&s, i + 1, &mut line);
                Tok::Literal
            }
            '\'' => match skip_char(&s, i) {
                Some(end) => {
                    i = end;
                    Tok::Literal
                }
                None => {
                    i += 1;
                    while i < s.len() && is_ident_continue(s[i]) {
                        i += 1;
                    }
                    Tok::Lifetime
                }
            },
            ':' if next == Some(':') => {
                i += 2;
                Tok::PathSep
            }
            '$' if next.is_some_and(is_ident_start) => {
                let from = i;
                i += 1;
                while i < s.len() && is_ident_continue(s[i]) {
                    i += 1;
                }
                Tok::Ident(s[from..i].iter().collect())
            }
            c if c.is_ascii_digit() => {
                while i < s.len() && is_ident_continue(s[i]) {
                    i += 1;
                }
                Tok::Literal
            }
            c if is_ident_start(c) => {
                let from = i;
                while i < s.len() && is_ident_continue(s[i]) {
                    i += 1;
                }
                let word: String = s[from..i].iter().collect();
                let after = s.get(i).copied();
                match (word.as_str(), after) {
                    ("r" | "br" | "cr", Some('"' | '#')) => {
                        let mut j = i;
                        while s.get(j) == Some(&'#') {
                            j += 1;
                        }
                        let hashes = j - i;
                        if s.get(j) == Some(&'"') {
                            i = skip_raw_string(&s, j + 1, hashes, &mut line);
                            Tok::Literal
                        } else if word == "r"
                            && hashes == 1
                            && s.get(j).is_some_and(|&c| is_ident_start(c))
                        {
                            // A raw identifier: r#type.
                            i = j;
                            while i < s.len() && is_ident_continue(s[i]) {
                                i += 1;
                            }
                            Tok::Ident(s[j..i].iter().collect())
                        } else {
                            Tok::Ident(word)
                        }
                    }
                    ("b" | "c", Some('"')) => {
                        i = skip_string(&s, i + 1, &mut line);
                        Tok::Literal
                    }
                    ("b", Some('\'')) => match skip_char(&s, i) {
                        Some(end) => {
                            i = end;
                            Tok::Literal
                        }
                        None => Tok::Ident(word),
                    },
                    _ => Tok::Ident(word),
                }
            }
            c => {
                i += 1;
                Tok::Punct(c)
            }
        };
        out.push(Token { tok, line: start });
    }
    out
}

// ---------------------------------------------------------------- scanner

type ModPath = Vec<String>;

/// What one module (a file, or an inline `mod name { }`) declares.
#[derive(Debug, Default)]
struct Module {
    /// The index of the file it is written in (`None`: a root without a
    /// `lib.rs`, in synthetic tests).
    file: Option<usize>,
    /// Items defined at the module's level.
    defined: BTreeSet<String>,
    /// `use` imports at the module's level: the bound name to the path as
    /// written (relative to this module).
    imports: BTreeMap<String, Vec<String>>,
    /// Glob imports at the module's level, as written.
    globs: Vec<Vec<String>>,
}

/// A path written in a file, in the module it is written in.
#[derive(Debug)]
struct Mention {
    file: usize,
    ctx: ModPath,
    segs: Vec<String>,
    line: usize,
}

#[derive(Debug)]
struct SourceFile {
    /// `src/render/mod.rs`
    display: String,
    /// The module the file is: `["render"]`, `["render", "charts"]`.
    module: ModPath,
}

#[derive(Debug, Default)]
struct Crate {
    files: Vec<SourceFile>,
    modules: BTreeMap<ModPath, Module>,
    mentions: Vec<Mention>,
}

/// One leaf of a `use` tree.
struct UseLeaf {
    segs: Vec<String>,
    /// The name it binds (`None` for `as _`), or a glob.
    bind: Bind,
    line: usize,
}

enum Bind {
    Name(Option<String>),
    Glob,
}

fn ident(toks: &[Token], j: usize) -> Option<&str> {
    match toks.get(j).map(|t| &t.tok) {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

fn is(toks: &[Token], j: usize, tok: &Tok) -> bool {
    toks.get(j).map(|t| &t.tok) == Some(tok)
}

/// Parses a use tree from `toks[j]` under `prefix`; returns the index after it.
fn parse_use_tree(
    toks: &[Token],
    mut j: usize,
    prefix: Vec<String>,
    out: &mut Vec<UseLeaf>,
) -> Option<usize> {
    let mut segs = prefix;
    if segs.is_empty() && is(toks, j, &Tok::PathSep) {
        // `use ::name`: an external crate; "::" is never a local name.
        segs.push("::".to_owned());
        j += 1;
    }
    loop {
        let line = toks.get(j)?.line;
        match &toks.get(j)?.tok {
            Tok::Ident(name) => {
                segs.push(name.clone());
                j += 1;
                if is(toks, j, &Tok::PathSep) {
                    j += 1;
                    continue;
                }
                let mut bind = if name == "self" {
                    segs.pop();
                    segs.last().cloned()
                } else {
                    Some(name.clone())
                };
                if ident(toks, j) == Some("as") {
                    bind = ident(toks, j + 1).filter(|a| *a != "_").map(str::to_owned);
                    j += 2;
                }
                out.push(UseLeaf {
                    segs,
                    bind: Bind::Name(bind),
                    line,
                });
                return Some(j);
            }
            Tok::Punct('*') => {
                out.push(UseLeaf {
                    segs,
                    bind: Bind::Glob,
                    line,
                });
                return Some(j + 1);
            }
            Tok::Punct('{') => {
                j += 1;
                loop {
                    if is(toks, j, &Tok::Punct('}')) {
                        return Some(j + 1);
                    }
                    j = parse_use_tree(toks, j, segs.clone(), out)?;
                    match toks.get(j)?.tok {
                        Tok::Punct(',') => j += 1,
                        Tok::Punct('}') => return Some(j + 1),
                        _ => return None,
                    }
                }
            }
            _ => return None,
        }
    }
}

const ITEM_KEYWORDS: [&str; 9] = [
    "fn",
    "struct",
    "enum",
    "union",
    "trait",
    "type",
    "const",
    "static",
    "macro_rules",
];

impl Crate {
    /// A crate from `(path under src/, source)` pairs.
    fn from_sources(sources: &[(String, String)]) -> Result<Crate, String> {
        let mut krate = Crate::default();
        let mut sorted: Vec<&(String, String)> = sources.iter().collect();
        sorted.sort();
        for (rel, _) in &sorted {
            let mut module: ModPath = rel.split('/').map(str::to_owned).collect();
            let last = module.pop().unwrap_or_default();
            let stem = last
                .strip_suffix(".rs")
                .ok_or_else(|| format!("not a Rust file: {rel}"))?;
            if module.is_empty() && stem == "lib" {
                // The crate root.
            } else if stem != "mod" {
                module.push(stem.to_owned());
            }
            let file = krate.files.len();
            krate.files.push(SourceFile {
                display: format!("src/{rel}"),
                module: module.clone(),
            });
            krate.modules.entry(module).or_default().file = Some(file);
        }
        krate.modules.entry(Vec::new()).or_default();
        for (file, (_, src)) in sorted.iter().enumerate() {
            krate.scan(file, src)?;
        }
        Ok(krate)
    }

    /// `src/` of this package, without `main.rs`.
    fn from_dir(src: &Path) -> Crate {
        fn walk(dir: &Path, rel: &str, out: &mut Vec<(String, String)>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.expect("readable directory entry").path())
                .collect();
            entries.sort();
            for path in entries {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                let rel = if rel.is_empty() {
                    name.clone()
                } else {
                    format!("{rel}/{name}")
                };
                if path.is_dir() {
                    walk(&path, &rel, out);
                } else if name.ends_with(".rs") && rel != "main.rs" {
                    let text = std::fs::read_to_string(&path)
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    out.push((rel, text));
                }
            }
        }
        let mut sources = Vec::new();
        walk(src, "", &mut sources);
        Crate::from_sources(&sources).unwrap_or_else(|e| panic!("{e}"))
    }

    fn scan(&mut self, file: usize, src: &str) -> Result<(), String> {
        let toks = lex(src);
        let display = self.files[file].display.clone();
        let mut depth = 0usize;
        // The module being read and the brace depth of its items.
        let mut stack: Vec<(ModPath, usize)> = vec![(self.files[file].module.clone(), 0)];
        let mut pending_mod: Option<String> = None;
        let mut i = 0;
        while i < toks.len() {
            let (ctx, body) = stack.last().cloned().expect("the file's module");
            let at_items = depth == body;
            match &toks[i].tok {
                Tok::Punct('{') => {
                    depth += 1;
                    if let Some(name) = pending_mod.take() {
                        let mut path = ctx.clone();
                        path.push(name);
                        self.modules.entry(path.clone()).or_default().file = Some(file);
                        stack.push((path, depth));
                    }
                    i += 1;
                }
                Tok::Punct('}') => {
                    depth = depth
                        .checked_sub(1)
                        .ok_or_else(|| format!("{display}:{}: unbalanced }}", toks[i].line))?;
                    while stack.len() > 1 && stack.last().is_some_and(|(_, b)| *b > depth) {
                        stack.pop();
                    }
                    i += 1;
                }
                Tok::Ident(w) if w == "use" => {
                    let mut leaves = Vec::new();
                    let parsed = parse_use_tree(&toks, i + 1, Vec::new(), &mut leaves)
                        .filter(|&end| is(&toks, end, &Tok::Punct(';')));
                    let Some(end) = parsed else {
                        // `use<'a>` bounds, or something this parser does not know.
                        i += 1;
                        continue;
                    };
                    for leaf in leaves {
                        if at_items {
                            let module = self.modules.entry(ctx.clone()).or_default();
                            match leaf.bind {
                                Bind::Name(Some(name)) => {
                                    module.imports.insert(name, leaf.segs.clone());
                                }
                                Bind::Name(None) => {}
                                Bind::Glob => module.globs.push(leaf.segs.clone()),
                            }
                        }
                        self.mentions.push(Mention {
                            file,
                            ctx: ctx.clone(),
                            segs: leaf.segs,
                            line: leaf.line,
                        });
                    }
                    i = end + 1;
                }
                Tok::Ident(w) if w == "mod" => {
                    if let Some(name) = ident(&toks, i + 1) {
                        if is(&toks, i + 2, &Tok::Punct('{')) {
                            pending_mod = Some(name.to_owned());
                        }
                    }
                    i += 1;
                }
                Tok::Ident(w) if ITEM_KEYWORDS.contains(&w.as_str()) => {
                    let mut k = i + 1;
                    if w == "macro_rules" && is(&toks, k, &Tok::Punct('!')) {
                        k += 1;
                    }
                    if w == "static" && ident(&toks, k) == Some("mut") {
                        k += 1;
                    }
                    let name = ident(&toks, k)
                        .filter(|n| !["fn", "unsafe", "async", "extern", "_"].contains(n));
                    if let (true, Some(name)) = (at_items, name) {
                        let module = self.modules.entry(ctx.clone()).or_default();
                        module.defined.insert(name.to_owned());
                    }
                    i += 1;
                }
                Tok::Ident(first) => {
                    let starts_path = is(&toks, i + 1, &Tok::PathSep)
                        && ident(&toks, i + 2).is_some()
                        && !(i > 0 && is(&toks, i - 1, &Tok::PathSep));
                    let restriction = i >= 3
                        && ident(&toks, i - 1) == Some("in")
                        && is(&toks, i - 2, &Tok::Punct('('))
                        && ident(&toks, i - 3) == Some("pub");
                    if !starts_path {
                        i += 1;
                        continue;
                    }
                    let line = toks[i].line;
                    let mut segs = vec![first.clone()];
                    let mut j = i + 1;
                    while is(&toks, j, &Tok::PathSep) {
                        let Some(next) = ident(&toks, j + 1) else {
                            break;
                        };
                        segs.push(next.to_owned());
                        j += 2;
                    }
                    if !restriction {
                        self.mentions.push(Mention {
                            file,
                            ctx,
                            segs,
                            line,
                        });
                    }
                    i = j;
                }
                _ => i += 1,
            }
        }
        if depth != 0 || stack.len() != 1 {
            return Err(format!(
                "{display}: unbalanced braces at the end (the lexer lost track)"
            ));
        }
        Ok(())
    }

    /// Whether `name` is declared in module `ctx` (a child module, an item,
    /// an import).
    fn declares(&self, ctx: &[String], name: &str) -> bool {
        let mut child = ctx.to_vec();
        child.push(name.to_owned());
        self.modules.contains_key(&child)
            || self
                .modules
                .get(ctx)
                .is_some_and(|m| m.defined.contains(name) || m.imports.contains_key(name))
    }

    /// A path written in module `ctx` as an absolute path from the crate
    /// root; `None` outside the crate.
    fn absolute(&self, ctx: &[String], segs: &[String]) -> Option<ModPath> {
        let first = segs.first()?;
        match first.as_str() {
            "crate" | "$crate" => Some(segs[1..].to_vec()),
            "self" | "super" => {
                let mut base = ctx.to_vec();
                let mut k = usize::from(first == "self");
                while segs.get(k).is_some_and(|s| s == "super") {
                    base.pop()?;
                    k += 1;
                }
                base.extend_from_slice(&segs[k..]);
                Some(base)
            }
            name if self.declares(ctx, name) => {
                let mut base = ctx.to_vec();
                base.extend_from_slice(segs);
                Some(base)
            }
            _ => None,
        }
    }

    /// The file defining what an absolute path names (see the module doc).
    fn resolve(&self, abs: &[String], budget: usize) -> Option<usize> {
        let budget = budget.checked_sub(1)?;
        let mut at: ModPath = Vec::new();
        for (k, name) in abs.iter().enumerate() {
            let mut child = at.clone();
            child.push(name.clone());
            if self.modules.contains_key(&child) {
                at = child;
                continue;
            }
            let module = self.modules.get(&at)?;
            if module.defined.contains(name) {
                return module.file;
            }
            if let Some(target) = module.imports.get(name) {
                let mut path = self.absolute(&at, target)?;
                path.extend_from_slice(&abs[k + 1..]);
                return self.resolve(&path, budget);
            }
            for glob in &module.globs {
                let Some(mut path) = self.absolute(&at, glob) else {
                    continue;
                };
                if self.modules.contains_key(&path) && self.declares(&path, name) {
                    path.extend_from_slice(&abs[k..]);
                    return self.resolve(&path, budget);
                }
            }
            return module.file;
        }
        self.modules.get(&at)?.file
    }

    fn top_level(&self, file: usize) -> Option<&str> {
        self.files[file].module.first().map(String::as_str)
    }

    /// Graph (a): top-level modules.
    fn top_level_graph(&self) -> Graph {
        let tops: BTreeSet<&str> = (0..self.files.len())
            .filter_map(|f| self.top_level(f))
            .collect();
        let mut graph = Graph::default();
        for m in &self.mentions {
            let Some(from) = self.top_level(m.file) else {
                continue;
            };
            let Some(abs) = self.absolute(&m.ctx, &m.segs) else {
                continue;
            };
            if let Some(to) = abs.first().filter(|t| tops.contains(t.as_str())) {
                if to != from {
                    graph.add(from, to, &self.files[m.file].display, m.line);
                }
            }
        }
        graph
    }

    /// Graphs (b): the files of each top-level module, named relative to
    /// `src/X/`.
    fn module_graphs(&self) -> BTreeMap<String, Graph> {
        let mut graphs: BTreeMap<String, Graph> = BTreeMap::new();
        let node = |f: usize| {
            let display = &self.files[f].display;
            let top = self.top_level(f).unwrap_or_default();
            display
                .strip_prefix(&format!("src/{top}/"))
                .unwrap_or(display)
                .to_owned()
        };
        for m in &self.mentions {
            let Some(top) = self.top_level(m.file) else {
                continue;
            };
            let Some(abs) = self.absolute(&m.ctx, &m.segs) else {
                continue;
            };
            let Some(to) = self.resolve(&abs, 32) else {
                continue;
            };
            if to != m.file && self.top_level(to) == Some(top) {
                graphs.entry(top.to_owned()).or_default().add(
                    &node(m.file),
                    &node(to),
                    &self.files[m.file].display,
                    m.line,
                );
            }
        }
        graphs
    }
}

// ---------------------------------------------------------------- graphs

/// Where an edge comes from: its first mention.
#[derive(Debug, Clone)]
struct Site {
    file: String,
    line: usize,
}

#[derive(Debug, Default)]
struct Graph {
    edges: BTreeMap<String, BTreeMap<String, Site>>,
}

impl Graph {
    fn add(&mut self, from: &str, to: &str, file: &str, line: usize) {
        self.edges
            .entry(from.to_owned())
            .or_default()
            .entry(to.to_owned())
            .or_insert_with(|| Site {
                file: file.to_owned(),
                line,
            });
    }

    fn nodes(&self) -> Vec<&str> {
        let mut nodes: BTreeSet<&str> = BTreeSet::new();
        for (from, tos) in &self.edges {
            nodes.insert(from);
            nodes.extend(tos.keys().map(String::as_str));
        }
        nodes.into_iter().collect()
    }

    /// Strongly connected components of more than one node (Tarjan), each
    /// sorted, in node order.
    fn components(&self) -> Vec<Vec<String>> {
        struct Tarjan<'g> {
            adj: Vec<Vec<usize>>,
            names: Vec<&'g str>,
            index: Vec<Option<usize>>,
            low: Vec<usize>,
            on_stack: Vec<bool>,
            stack: Vec<usize>,
            next: usize,
            out: Vec<Vec<String>>,
        }
        impl Tarjan<'_> {
            fn visit(&mut self, v: usize) {
                self.index[v] = Some(self.next);
                self.low[v] = self.next;
                self.next += 1;
                self.stack.push(v);
                self.on_stack[v] = true;
                for w in self.adj[v].clone() {
                    match self.index[w] {
                        None => {
                            self.visit(w);
                            self.low[v] = self.low[v].min(self.low[w]);
                        }
                        Some(iw) if self.on_stack[w] => self.low[v] = self.low[v].min(iw),
                        Some(_) => {}
                    }
                }
                if Some(self.low[v]) == self.index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack[w] = false;
                        component.push(self.names[w].to_owned());
                        if w == v {
                            break;
                        }
                    }
                    if component.len() > 1 {
                        component.sort();
                        self.out.push(component);
                    }
                }
            }
        }
        let names = self.nodes();
        let id: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut adj = vec![Vec::new(); names.len()];
        for (from, tos) in &self.edges {
            for to in tos.keys() {
                if from != to {
                    adj[id[from.as_str()]].push(id[to.as_str()]);
                }
            }
        }
        let n = names.len();
        let mut t = Tarjan {
            adj,
            names,
            index: vec![None; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            out: Vec::new(),
        };
        for v in 0..n {
            if t.index[v].is_none() {
                t.visit(v);
            }
        }
        t.out.sort();
        t.out
    }

    /// Every elementary cycle inside a component (at most `limit`), each
    /// starting from its smallest node.
    fn cycles(&self, component: &[String], limit: usize) -> Vec<Vec<String>> {
        fn dfs(
            g: &Graph,
            inside: &BTreeSet<&str>,
            start: &str,
            path: &mut Vec<String>,
            out: &mut Vec<Vec<String>>,
            limit: usize,
        ) {
            let Some(tos) = g.edges.get(path.last().expect("non-empty path")) else {
                return;
            };
            for to in tos.keys() {
                if out.len() >= limit {
                    return;
                }
                if to == start {
                    out.push(path.clone());
                } else if to.as_str() > start && inside.contains(to.as_str()) && !path.contains(to)
                {
                    path.push(to.clone());
                    dfs(g, inside, start, path, out, limit);
                    path.pop();
                }
            }
        }
        let inside: BTreeSet<&str> = component.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        for start in component {
            dfs(
                self,
                &inside,
                start,
                &mut vec![start.clone()],
                &mut out,
                limit,
            );
        }
        out
    }

    /// A readable account of the cycles; empty when there is none.
    fn report(&self, prefix: &str) -> String {
        const LIMIT: usize = 200;
        let mut out = String::new();
        for component in self.components() {
            let _ = writeln!(out, "{prefix}strongly connected: {}", component.join(", "));
            let cycles = self.cycles(&component, LIMIT);
            for cycle in &cycles {
                let mut chain = cycle.clone();
                chain.push(cycle[0].clone());
                let _ = writeln!(out, "{prefix}  cycle: {}", chain.join(" -> "));
                for pair in chain.windows(2) {
                    let site = &self.edges[&pair[0]][&pair[1]];
                    let _ = writeln!(
                        out,
                        "{prefix}      {} -> {}   {}:{}",
                        pair[0], pair[1], site.file, site.line
                    );
                }
            }
            if cycles.len() >= LIMIT {
                let _ = writeln!(out, "{prefix}  (stopped after {LIMIT} cycles)");
            }
        }
        out
    }
}

// ---------------------------------------------------------------- the checks

fn this_crate() -> Crate {
    Crate::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

#[test]
fn top_level_modules_have_no_import_cycles() {
    let krate = this_crate();
    let graph = krate.top_level_graph();
    assert!(
        graph.edges.len() > 3,
        "the scanner found almost no edges between top-level modules: {graph:?}"
    );
    let report = graph.report("  ");
    assert!(
        report.is_empty(),
        "import cycles between top-level modules of src/ (X -> Y: a file of X names crate::Y):\n{report}"
    );
}

#[test]
fn files_of_each_module_have_no_import_cycles() {
    let krate = this_crate();
    let graphs = krate.module_graphs();
    assert!(
        graphs.len() > 3,
        "the scanner found almost no edges between the files of a module: {graphs:?}"
    );
    let mut report = String::new();
    for (module, graph) in &graphs {
        let part = graph.report("    ");
        if !part.is_empty() {
            let _ = write!(report, "  src/{module}/:\n{part}");
        }
    }
    assert!(
        report.is_empty(),
        "import cycles between the files of a module (a -> b: a names an item defined in b):\n{report}"
    );
}

// ---------------------------------------------------------------- the checker's own tests

fn krate(files: &[(&str, &str)]) -> Crate {
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|(p, s)| ((*p).to_owned(), (*s).to_owned()))
        .collect();
    Crate::from_sources(&sources).unwrap_or_else(|e| panic!("{e}"))
}

/// The edges of a graph as `from -> to` strings.
fn edges(graph: &Graph) -> Vec<String> {
    graph
        .edges
        .iter()
        .flat_map(|(from, tos)| tos.keys().map(move |to| format!("{from} -> {to}")))
        .collect()
}

fn top_edges(files: &[(&str, &str)]) -> Vec<String> {
    edges(&krate(files).top_level_graph())
}

fn module_edges(files: &[(&str, &str)], module: &str) -> Vec<String> {
    krate(files)
        .module_graphs()
        .get(module)
        .map(edges)
        .unwrap_or_default()
}

const LIB: &str = "pub mod a; pub mod x; pub mod y;";

#[test]
fn lexer_drops_comments_and_literals() {
    let toks = lex(
        "a /* b /* c */ d */ e // f\n'g' 'h r#\"i\"# b\"j\" br##\"k\"#\"## c\"l\" r#m b'n' '\\'' 1u8",
    );
    let kept: Vec<Tok> = toks.into_iter().map(|t| t.tok).collect();
    let id = |s: &str| Tok::Ident(s.to_owned());
    assert_eq!(
        kept,
        vec![
            id("a"),
            id("e"),
            Tok::Literal,
            Tok::Lifetime,
            Tok::Literal,
            Tok::Literal,
            Tok::Literal,
            Tok::Literal,
            id("m"),
            Tok::Literal,
            Tok::Literal,
            Tok::Literal,
        ]
    );
}

#[test]
fn comments_are_not_edges() {
    let a = "// crate::x::f()\n/// See [`crate::x`].\n//! crate::x\n/* crate::x /* nested crate::x */ crate::x */\n/** crate::x */ fn f() {}";
    assert_eq!(
        top_edges(&[("lib.rs", LIB), ("a.rs", a), ("x.rs", "")]),
        Vec::<String>::new()
    );
}

#[test]
fn literals_are_not_edges_and_the_lexer_resynchronises() {
    let a = r###"
        fn f() {
            let _ = "crate::x::f \" crate::x";
            let _ = r#"crate::x "quoted" crate::x"#;
            let _ = br##"crate::x "# crate::x"##;
            let _ = b"crate::x";
            let _ = c"crate::x";
            let _ = ('"', '{', '\'', '\u{7b}', b'"');
            let _ = "{";
        }
        fn g<'a>(s: &'a str) -> &'a str { crate::y::h(); s }
    "###;
    let files = [("lib.rs", LIB), ("a.rs", a), ("x.rs", ""), ("y.rs", "")];
    assert_eq!(top_edges(&files), vec!["a -> y"]);
}

#[test]
fn grouped_and_nested_uses_give_one_edge_per_module() {
    let lib = "pub mod a; pub mod b; pub mod c; pub mod d; pub mod e;";
    let a = "use crate::{b, c::{self, deep::{T, U}}};\nuse crate::d::*;";
    let files = [
        ("lib.rs", lib),
        ("a.rs", a),
        ("b.rs", ""),
        ("c.rs", ""),
        ("d.rs", ""),
        ("e.rs", ""),
    ];
    assert_eq!(top_edges(&files), vec!["a -> b", "a -> c", "a -> d"]);
    let files = [
        ("lib.rs", LIB),
        ("a.rs", "use crate::{x, y::z};"),
        ("x.rs", ""),
        ("y.rs", ""),
    ];
    assert_eq!(top_edges(&files), vec!["a -> x", "a -> y"]);
}

#[test]
fn expression_and_type_paths_are_edges() {
    let a = "fn f() -> Vec<crate::x::T> { let v = crate::y::g(); v }";
    let files = [
        ("lib.rs", LIB),
        ("a/mod.rs", a),
        ("x.rs", ""),
        ("y/mod.rs", ""),
    ];
    assert_eq!(top_edges(&files), vec!["a -> x", "a -> y"]);
}

#[test]
fn a_child_named_like_a_top_level_module_is_not_it() {
    // src/a/mod.rs has its own `mod x;`: `x::f` is the child, `crate::x` the top-level.
    let a = "mod x; fn f() { x::f(); }";
    let files = [
        ("lib.rs", LIB),
        ("a/mod.rs", a),
        ("a/x.rs", "pub fn f() {}"),
        ("x.rs", ""),
    ];
    assert_eq!(top_edges(&files), Vec::<String>::new());
    assert_eq!(module_edges(&files, "a"), vec!["mod.rs -> x.rs"]);
}

#[test]
fn cycles_are_found_and_printed_with_their_sources() {
    let lib = "pub mod a; pub mod b; pub mod c; pub mod d;";
    let with_cycle = [
        ("lib.rs", lib),
        ("a.rs", "use crate::b::B;"),
        ("b.rs", "pub struct B; fn f() { crate::c::g() }"),
        ("c.rs", "pub fn g() {}\n\nfn h() { crate::a::k() }"),
        ("d.rs", "use crate::a;"),
    ];
    let graph = krate(&with_cycle).top_level_graph();
    assert_eq!(graph.components(), vec![vec!["a", "b", "c"]]);
    let report = graph.report("");
    assert!(report.contains("cycle: a -> b -> c -> a"), "{report}");
    assert!(report.contains("c -> a   src/c.rs:3"), "{report}");
    assert!(
        !report.contains("d ->") && !report.contains("-> d"),
        "{report}"
    );

    let without = [
        ("lib.rs", lib),
        ("a.rs", "use crate::b::B;"),
        ("b.rs", "pub struct B; fn f() { crate::c::g() }"),
        ("c.rs", "pub fn g() {}"),
        ("d.rs", "use crate::a;"),
    ];
    let graph = krate(&without).top_level_graph();
    assert_eq!(edges(&graph), vec!["a -> b", "b -> c", "d -> a"]);
    assert!(graph.components().is_empty());
    assert_eq!(graph.report(""), "");
}

#[test]
fn every_elementary_cycle_of_a_component_is_listed() {
    let mut graph = Graph::default();
    for (from, to) in [("a", "b"), ("b", "a"), ("b", "c"), ("c", "a")] {
        graph.add(from, to, "f.rs", 1);
    }
    let cycles = graph.cycles(&graph.components()[0], 100);
    assert_eq!(cycles, vec![vec!["a", "b"], vec!["a", "b", "c"]]);
}

#[test]
fn files_of_a_module_follow_the_item_rules() {
    let m = "mod a; mod b; mod c;\npub use a::A;\npub fn helper() {}";
    let files = [
        ("lib.rs", "pub mod m;"),
        ("m/mod.rs", m),
        // A sibling through super::b, and an inline test module whose
        // `super::*` is a.rs itself.
        (
            "m/a.rs",
            "pub struct A;\nuse super::b::B;\n#[cfg(test)]\nmod tests { use super::*; }",
        ),
        // An item defined in mod.rs.
        ("m/b.rs", "pub struct B;\nfn f() { super::helper() }"),
        // A re-export of mod.rs leads to the file defining it.
        ("m/c.rs", "use super::A;"),
    ];
    assert_eq!(
        module_edges(&files, "m"),
        vec![
            "a.rs -> b.rs",
            "b.rs -> mod.rs",
            "c.rs -> a.rs",
            "mod.rs -> a.rs"
        ]
    );
    let graph = &krate(&files).module_graphs()["m"];
    assert_eq!(graph.components(), vec![vec!["a.rs", "b.rs", "mod.rs"]]);
}

#[test]
fn mod_declarations_alone_are_not_edges() {
    let files = [
        ("lib.rs", "pub mod m;"),
        ("m/mod.rs", "pub mod a;\npub fn helper() {}"),
        (
            "m/a.rs",
            "fn f() { super::helper() }\nmod tests { use super::super::helper; }",
        ),
    ];
    assert_eq!(module_edges(&files, "m"), vec!["a.rs -> mod.rs"]);
    assert!(krate(&files).module_graphs()["m"].components().is_empty());
}

#[test]
fn globs_and_nested_folders() {
    let files = [
        ("lib.rs", "pub mod m;"),
        ("m/mod.rs", "mod views; mod n;\nuse views::*;"),
        ("m/views.rs", "pub struct View;"),
        ("m/n/mod.rs", "mod leaf; pub use self::leaf::Leaf;"),
        (
            "m/n/leaf.rs",
            "pub struct Leaf; fn f(_: super::super::View) {}",
        ),
        // `crate::m::View` is found in views.rs through mod.rs's glob.
        ("m/user.rs", "fn f(_: crate::m::View, _: super::n::Leaf) {}"),
    ];
    assert_eq!(
        module_edges(&files, "m"),
        vec![
            "mod.rs -> views.rs",
            "n/leaf.rs -> views.rs",
            "n/mod.rs -> n/leaf.rs",
            "user.rs -> n/leaf.rs",
            "user.rs -> views.rs",
        ]
    );
}
