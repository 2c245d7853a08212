//! Rendering of diagnostics: rustc-style for people (with the source line and
//! an underline, through annotate-snippets), GitHub Actions annotations and
//! GitLab's code-quality report for CI, and JSON for other tools.

use super::diagnostic::{Diagnostic, Position, Severity, SourceLookup, counts};
use crate::messages::{EditorLang, text};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Renders diagnostics rustc-style, in `lang`. `color` selects ANSI styling.
pub fn render(
    diagnostics: &[Diagnostic],
    sources: &dyn SourceLookup,
    color: bool,
    lang: EditorLang,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&render_one(d, sources, &renderer, lang));
        out.push_str("\n\n");
    }
    out
}

fn render_one(
    d: &Diagnostic,
    sources: &dyn SourceLookup,
    renderer: &Renderer,
    lang: EditorLang,
) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR.with_name(text(lang, "level-error")),
        Severity::Warning => Level::WARNING.with_name(text(lang, "level-warning")),
    };
    let path = d.file.to_string_lossy().replace('\\', "/");
    let position = d.position.unwrap_or(Position { line: 1, column: 1 });
    let message = crate::messages::for_terminal(d.message.text(lang));
    let label = d
        .label
        .as_ref()
        .map(|l| crate::messages::for_terminal(l.text(lang)));
    let help = d
        .help
        .as_ref()
        .map(|h| crate::messages::for_terminal(h.text(lang)));
    let title = level.primary_title(message.as_str()).id(d.code);
    let line_text = sources
        .text(&d.file)
        .and_then(|t| t.lines().nth(position.line.saturating_sub(1)));
    let origin = format!("{path}:{}:{}", position.line, position.column);
    let mut groups = Vec::new();
    // A line longer than this is shown as a window around the value: a
    // minified or generated file can hold a 1 MB line.
    const MAX_SHOWN: usize = 240;
    let window;
    let (line_text, column, shown_path) = match line_text {
        Some(line) if line.len() > MAX_SHOWN => {
            let chars: Vec<char> = line.chars().collect();
            let col0 = position.column.saturating_sub(1).min(chars.len());
            let from = col0.saturating_sub(60);
            let to = (col0 + d.length.max(1) + 60).min(chars.len());
            let prefix = if from > 0 { "…" } else { "" };
            let suffix = if to < chars.len() { "…" } else { "" };
            window = format!(
                "{prefix}{}{suffix}",
                chars[from..to].iter().collect::<String>()
            );
            // The window's columns are not the file's: the origin is printed
            // by us, not by the snippet.
            (
                Some(window.as_str()),
                col0 - from + 1 + usize::from(from > 0),
                None,
            )
        }
        other => (other, position.column, Some(path.as_str())),
    };
    match line_text {
        Some(line) => {
            let position = Position {
                line: position.line,
                column,
            };
            let start: usize = line
                .chars()
                .take(position.column.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            let len = if d.length > 0 {
                d.length
            } else {
                token_len(&line[start.min(line.len())..])
            };
            let end: usize = start
                + line[start.min(line.len())..]
                    .chars()
                    .take(len)
                    .map(char::len_utf8)
                    .sum::<usize>();
            let annotation = AnnotationKind::Primary.span(start..end);
            let annotation = match &label {
                Some(label) => annotation.label(label.as_str()),
                None => annotation,
            };
            let snippet = Snippet::source(line)
                .line_start(position.line)
                .annotation(annotation);
            let snippet = match shown_path {
                Some(p) => snippet.path(p),
                None => snippet,
            };
            groups.push(title.element(snippet));
        }
        None => {
            let note = crate::msg!("diagnostic-in-file", origin = origin.as_str()).text(lang);
            groups.push(
                title.element(
                    Level::NOTE
                        .with_name(text(lang, "level-note"))
                        .message(note),
                ),
            );
        }
    }
    if let Some(help) = &help {
        groups.push(Group::with_title(
            Level::HELP
                .with_name(text(lang, "level-help"))
                .secondary_title(help.as_str()),
        ));
    }
    let rendered = renderer.render(&groups);
    // annotate-snippets prints `path` without our line:column when the
    // snippet starts at that line; keep the exact `file:line:column` visible.
    if rendered.contains(&origin) {
        return rendered;
    }
    // Otherwise the origin goes right under the title line, where readers
    // and editors' tools look for it.
    match rendered.split_once('\n') {
        Some((title, rest)) => format!("{title}\n  --> {origin}\n{rest}"),
        None => format!("{rendered}\n  --> {origin}"),
    }
}

/// Length of the token at the start of `s`: up to the end of a quoted
/// string, else up to a space, comma or closing bracket.
fn token_len(s: &str) -> usize {
    let mut chars = s.chars();
    match chars.next() {
        None => 0,
        Some(q @ ('"' | '\'')) => {
            let inner = chars.take_while(|c| *c != q).count();
            inner + 2
        }
        Some(_) => s
            .chars()
            .take_while(|c| !matches!(c, ',' | ']' | '}' | '#' | ' '))
            .count()
            .max(1),
    }
}

/// GitHub Actions workflow commands, one line per diagnostic, in `lang`.
pub fn render_github(diagnostics: &[Diagnostic], lang: EditorLang) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let p = d.position.unwrap_or(Position { line: 1, column: 1 });
        let mut message = d.message.text(lang);
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(&text(lang, "level-help"));
            message.push_str(": ");
            message.push_str(&help.text(lang));
        }
        out.push_str(&format!(
            "::{} file={},line={},col={},title={}::{}\n",
            d.severity.as_str(),
            escape_property(&d.file.to_string_lossy()),
            p.line,
            p.column,
            escape_property(d.code),
            escape_data(&message)
        ));
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitLab's code-quality report (a JSON array, `[]` when there is
/// nothing to report): the merge request widget lists these, and GitLab
/// compares them with the target branch's report by `fingerprint`.
///
/// Severities: an error fails `check`, so the pipeline and the merge, and
/// is `critical`; a warning is reported but does not block, `minor`.
/// GitLab's other levels (`info`, `major`, `blocker`) have no counterpart.
pub fn render_gitlab(diagnostics: &[Diagnostic], lang: EditorLang) -> String {
    let mut seen: std::collections::HashMap<u64, u32> = Default::default();
    let items: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let p = d.position.unwrap_or(Position { line: 1, column: 1 });
            let file = d.file.to_string_lossy().replace('\\', "/");
            let mut description = d.message.text(lang);
            if let Some(help) = &d.help {
                description.push('\n');
                description.push_str(&text(lang, "level-help"));
                description.push_str(": ");
                description.push_str(&help.text(lang));
            }
            // Stable across runs, machines and editor languages: the rule,
            // the file, the line and the message's id (not its text), and,
            // for the same rule and message twice on one line (two unknown
            // provinces in one list), the rank among those.
            let line = p.line.to_string();
            let key = fnv1a(&[d.code, &file, &line, d.message.id]);
            let rank = seen.entry(key).or_default();
            let fingerprint = fnv1a(&[d.code, &file, &line, d.message.id, &rank.to_string()]);
            *rank += 1;
            serde_json::json!({
                "description": description,
                "check_name": d.code,
                "fingerprint": format!("{fingerprint:016x}"),
                "severity": match d.severity {
                    Severity::Error => "critical",
                    Severity::Warning => "minor",
                },
                "location": {
                    "path": file,
                    "lines": { "begin": p.line },
                },
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

/// 64-bit FNV-1a of the parts, each followed by a NUL byte: a hash that
/// stays the same from one Rust release to the next (std's does not
/// promise to).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Machine-readable diagnostics: a JSON document with `schema_version`;
/// messages in `lang`, codes the same in every language.
pub fn render_json(diagnostics: &[Diagnostic], lang: EditorLang) -> String {
    let items: Vec<_> = diagnostics.iter().map(|d| json_item(d, lang)).collect();
    let (errors, warnings) = counts(diagnostics);
    let doc = serde_json::json!({
        "schema_version": 1,
        "errors": errors,
        "warnings": warnings,
        "diagnostics": items,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// One diagnostic as JSON: the shape of `--format json`'s items and of
/// serve's error overlay (which adds the rendered snippet).
pub fn json_item(d: &Diagnostic, lang: EditorLang) -> serde_json::Value {
    let p = d.position.unwrap_or(Position { line: 1, column: 1 });
    serde_json::json!({
        "severity": d.severity.as_str(),
        "code": d.code,
        "file": d.file.to_string_lossy().replace('\\', "/"),
        "line": p.line,
        "column": p.column,
        "message": d.message.text(lang),
        "label": d.label.as_ref().map(|l| l.text(lang)),
        "help": d.help.as_ref().map(|h| h.text(lang)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Locus, Position, SourceLookup};
    use std::path::{Path, PathBuf};

    /// Texts given in memory; these tests place diagnostics at positions.
    struct SourceCache(Vec<(PathBuf, String)>);

    impl SourceCache {
        fn from_texts<const N: usize>(texts: [(PathBuf, String); N]) -> Self {
            SourceCache(texts.into())
        }
    }

    impl SourceLookup for SourceCache {
        fn text(&self, file: &Path) -> Option<&str> {
            self.0
                .iter()
                .find(|(f, _)| f == file)
                .map(|(_, t)| t.as_str())
        }
        fn locate(&self, _: &Path, _: &str) -> Option<(Position, usize)> {
            None
        }
    }

    #[test]
    fn a_huge_line_is_shown_as_a_window_with_the_file_position() {
        let line = format!("province: [{}MA-XYZ]", "MA-FES, ".repeat(50_000));
        let column = line.find("MA-XYZ").unwrap() + 1;
        let file = PathBuf::from("content/x.yaml");
        let sources = SourceCache::from_texts([(file.clone(), format!("name: x\n{line}\n"))]);
        let mut d = Diagnostic::error(
            "unknown-province",
            &file,
            Locus::At(Position { line: 2, column }),
            crate::msg!("unknown-province", code = "MA-XYZ"),
        );
        d.length = 6;
        let out = render(&[d], &sources, false, EditorLang::En);
        assert!(out.len() < 2_000, "{} bytes", out.len());
        assert!(out.contains(&format!("content/x.yaml:2:{column}")), "{out}");
        assert!(out.contains("…") && out.contains("MA-XYZ"), "{out}");
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let file = PathBuf::from("content/y.yaml");
        let sources = SourceCache::from_texts([(file.clone(), "region: MA-99\n".to_string())]);
        let d = Diagnostic::error(
            "unknown-region",
            &file,
            Locus::At(Position { line: 1, column: 9 }),
            crate::msg!("unknown-region", code = "MA-99"),
        );
        let out = render(std::slice::from_ref(&d), &sources, false, EditorLang::En);
        assert!(
            out.contains("content/y.yaml:1:9") && out.contains("region: MA-99"),
            "{out}"
        );
        // In Arabic the value keeps its order with left-to-right marks
        // (the terminal library shows bidi isolates as U+FFFD).
        let out = render(&[d], &sources, false, EditorLang::Ar);
        assert!(out.contains("جهة غير معروفة"), "{out}");
        assert!(out.contains("\u{200E}MA-99\u{200E}"), "{out}");
        assert!(
            !out.contains('\u{FFFD}') && !out.contains('\u{2068}'),
            "{out}"
        );
    }
}
