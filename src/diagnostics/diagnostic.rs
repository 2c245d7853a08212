//! The diagnostic value, where it points ([`Locus`], [`Position`]), and
//! the operations on lists of them (resolve, sort, count, nearest name).

use crate::messages::Msg;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Severity {
    /// Fails `check` and `build`.
    Error,
    /// Reported; fails `check` only with `--strict`.
    Warning,
}

impl Severity {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A position in a file: 1-based line, 1-based column counted in characters
/// (not bytes: Arabic and Tifinagh take several bytes per character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, counted in characters.
    pub column: usize,
}

/// Where in a file a diagnostic points, before positions are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Locus {
    /// The file as a whole (line 1, column 1).
    File,
    /// An exact position, already known (parser errors).
    At(Position),
    /// A value inside the YAML of a record, by key path such as
    /// `programmes.1.programme` (numeric segments index sequences).
    Path(String),
    /// A byte offset into the file's text (Markdown bodies).
    Offset(usize),
}

/// One problem found in a user's files: where it is, what is wrong and
/// how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub(crate) severity: Severity,
    /// A stable, kebab-case name of the rule, e.g. `unknown-province`.
    pub code: &'static str,
    /// The file, relative to the site root.
    pub file: PathBuf,
    locus: Locus,
    /// Filled by [`resolve`]; `None` only for diagnostics about no file.
    pub position: Option<Position>,
    /// Length in characters of the value at fault, for the underline.
    pub length: usize,
    /// What is wrong, including the value found.
    pub message: Msg,
    /// A short label under the value.
    pub label: Option<Msg>,
    /// How to fix it.
    pub help: Option<Msg>,
    /// For a loading error: the key path of the entry that loading left
    /// out (or replaced by a stand-in value) to check the rest of the
    /// record. What validation says inside that entry concerns the
    /// stand-in, not the editor's text, and is dropped by [`sort`].
    pub(crate) covers: Option<String>,
    /// For an unknown key read as the key it meant: (the path meant, the
    /// path written). [`resolve`] finds what validation says of the value
    /// at the key the editor wrote.
    pub(crate) alias: Option<(String, String)>,
}

impl Diagnostic {
    pub(crate) fn error(
        code: &'static str,
        file: impl Into<PathBuf>,
        locus: Locus,
        message: impl Into<Msg>,
    ) -> Self {
        Self::new(Severity::Error, code, file.into(), locus, message.into())
    }

    pub(crate) fn warning(
        code: &'static str,
        file: impl Into<PathBuf>,
        locus: Locus,
        message: impl Into<Msg>,
    ) -> Self {
        Self::new(Severity::Warning, code, file.into(), locus, message.into())
    }

    fn new(
        severity: Severity,
        code: &'static str,
        file: PathBuf,
        locus: Locus,
        message: Msg,
    ) -> Self {
        let position = match locus {
            Locus::At(p) => Some(p),
            _ => None,
        };
        Diagnostic {
            severity,
            code,
            file,
            locus,
            position,
            length: 0,
            message,
            label: None,
            help: None,
            covers: None,
            alias: None,
        }
    }

    pub(crate) fn at_path(
        code: &'static str,
        severity: Severity,
        file: &Path,
        path: impl Into<String>,
        message: impl Into<Msg>,
    ) -> Self {
        Self::new(
            severity,
            code,
            file.to_path_buf(),
            Locus::Path(path.into()),
            message.into(),
        )
    }

    pub(crate) fn with_help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the short label shown under the value at fault.
    pub fn with_label(mut self, label: impl Into<Msg>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub(crate) fn with_help_opt(mut self, help: Option<impl Into<Msg>>) -> Self {
        if let Some(help) = help {
            self.help = Some(help.into());
        }
        self
    }

    /// True for an error, false for a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn sort_key(&self) -> (&Path, usize, usize, Severity, &str, &str) {
        // Messages sort by id: the order never depends on the language.
        let p = self.position.unwrap_or(Position { line: 0, column: 0 });
        (
            &self.file,
            p.line,
            p.column,
            self.severity,
            self.code,
            self.message.id,
        )
    }
}

/// Sorts diagnostics by file, line and column, and drops exact duplicates.
///
/// Loading leaves out (or replaces) an entry of the wrong form to check the
/// rest of its record; what validation then says inside that entry is
/// about the stand-in and is dropped in favour of the loader's diagnostic.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    let mut covered: Vec<(PathBuf, String)> = diagnostics
        .iter()
        .filter_map(|d| Some((d.file.clone(), d.covers.clone()?)))
        .collect();
    // A stand-in region says nothing true of the province checked
    // against it (nor stand-in regions of a programme's provinces).
    let provinces: Vec<(PathBuf, String)> = covered
        .iter()
        .filter_map(|(f, c)| match c.as_str() {
            "region" => Some((f.clone(), "province".to_string())),
            "regions" => Some((f.clone(), "provinces".to_string())),
            _ => None,
        })
        .collect();
    covered.extend(provinces);
    if covered.is_empty() {
        return;
    }
    diagnostics.retain(|d| {
        let Locus::Path(path) = &d.locus else {
            return true;
        };
        d.covers.is_some()
            || !covered.iter().any(|(file, c)| {
                *file == d.file
                    && (path == c
                        || path
                            .strip_prefix(c.as_str())
                            .is_some_and(|r| r.starts_with('.')))
            })
    });
}

/// Something that can give the text of a file for position resolution and
/// snippets (the loaded sources, or the disk as a last resort).
pub trait SourceLookup {
    /// The normalized text of `file` (relative to the site root), if known.
    fn text(&self, file: &Path) -> Option<&str>;
    /// The position in `file` of the value at a dotted key path, and the
    /// length of a scalar there (0 otherwise): the loader knows the file's
    /// format, so it resolves paths, and diagnostics never parse YAML.
    fn locate(&self, file: &Path, key_path: &str) -> Option<(Position, usize)>;
}

/// Turns every [`Locus`] into a [`Position`], using the file texts.
pub fn resolve(diagnostics: &mut [Diagnostic], sources: &dyn SourceLookup) {
    let aliases: Vec<(PathBuf, (String, String))> = diagnostics
        .iter()
        .filter_map(|d| Some((d.file.clone(), d.alias.clone()?)))
        .collect();
    for d in diagnostics.iter_mut() {
        if let Locus::Path(path) = &mut d.locus {
            for (file, (meant, written)) in &aliases {
                if *file != d.file {
                    continue;
                }
                if let Some(rest) = path.strip_prefix(meant.as_str()) {
                    if rest.is_empty() || rest.starts_with('.') {
                        *path = format!("{written}{rest}");
                    }
                }
            }
        }
    }
    for d in diagnostics.iter_mut() {
        if d.position.is_some() {
            continue;
        }
        let start = Position { line: 1, column: 1 };
        let (position, length) = match &d.locus {
            Locus::At(p) => (*p, 0),
            Locus::Path(path) => sources.locate(&d.file, path).unwrap_or((start, 0)),
            Locus::Offset(byte) => match sources.text(&d.file) {
                Some(text) => (position_of_offset(text, *byte), 0),
                None => (start, 0),
            },
            Locus::File => (start, 0),
        };
        d.position = Some(position);
        if d.length == 0 {
            d.length = length;
        }
    }
}

/// Line and character column of a byte offset.
pub fn position_of_offset(text: &str, byte: usize) -> Position {
    let byte = byte.min(text.len());
    let before = text.get(..byte).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Position { line, column }
}

/// Counts of a diagnostic list, for the summary line.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.len() - errors)
}

/// The nearest candidate to `found` by edit distance, if it is close enough
/// to be a plausible typo; used for "did you mean" hints.
pub fn nearest<'a>(found: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let found_l = found.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::normalized_damerau_levenshtein(&found_l, &c.to_lowercase());
        // Ties go to the smallest candidate, so the hint never depends on
        // the order of a hash map.
        let better = match best {
            None => true,
            Some((s, b)) => score > s || (score == s && c < b),
        };
        if better {
            best = Some((score, c));
        }
    }
    best.filter(|(s, _)| *s >= 0.5).map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_positions_count_characters_not_bytes() {
        let text = "سطر\nجمعية [x](@/a/b)";
        let byte = text.find('[').unwrap();
        assert_eq!(
            position_of_offset(text, byte),
            Position { line: 2, column: 7 }
        );
    }

    #[test]
    fn nearest_finds_typos_and_rejects_strangers() {
        let keys = ["education", "health", "youth"];
        assert_eq!(nearest("eduction", keys), Some("education"));
        assert_eq!(nearest("zzzzzzzz", keys), None);
        // Equal distances: the same answer whatever the order.
        assert_eq!(nearest("MA-CHX", ["MA-CHT", "MA-CHI"]), Some("MA-CHI"));
        assert_eq!(nearest("MA-CHX", ["MA-CHI", "MA-CHT"]), Some("MA-CHI"));
    }

    #[test]
    fn sort_orders_by_file_then_line() {
        let mut v = vec![
            Diagnostic::error(
                "b",
                "b.md",
                Locus::At(Position { line: 3, column: 1 }),
                Msg::plain("symlink"),
            ),
            Diagnostic::error(
                "a",
                "a.md",
                Locus::At(Position { line: 9, column: 1 }),
                Msg::plain("stray-file"),
            ),
            Diagnostic::error(
                "a",
                "a.md",
                Locus::At(Position { line: 2, column: 5 }),
                Msg::plain("empty-record"),
            ),
        ];
        sort(&mut v);
        let order: Vec<_> = v.iter().map(|d| d.message.id).collect();
        assert_eq!(order, ["empty-record", "stray-file", "symlink"]);
    }
}
