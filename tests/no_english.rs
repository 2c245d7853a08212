//! A French or Arabic run prints no English outside code spans, paths and
//! values: every invalid fixture is checked in both languages, and the
//! terminal output, stripped of what is the editor's own text (code spans,
//! the source lines shown, file paths, codes), must hold no English word.

mod common;

use common::{Site, fixtures};

/// Words that are English and neither French nor Arabic: any of them in a
/// French or Arabic run means a sentence was left untranslated.
const ENGLISH: &[&str] = &[
    "the", "is", "are", "not", "must", "write", "missing", "unknown", "expected", "should",
    "remove", "did", "mean", "record", "found", "with", "which", "there", "this", "that", "here",
    "has", "have", "does", "cannot", "allowed", "instead", "field", "value", "add", "file",
    "error", "errors", "warning", "warnings", "help", "check", "spelling", "empty", "one", "of",
    "to", "and", "or", "use", "its", "it", "be", "no",
];

/// The text an editor reads as nassij's own words: without code spans,
/// the source lines and markers of a snippet, paths and `code[...]` tags.
fn own_words(output: &str) -> String {
    let mut words = String::new();
    for line in output.lines() {
        let trimmed = line.trim_start();
        // Snippet lines: ` --> file:1:2`, `12 | text`, `   |   ^^^`.
        if trimmed.starts_with("-->")
            || trimmed.starts_with('|')
            || trimmed
                .split_once('|')
                .is_some_and(|(n, _)| n.trim().parse::<usize>().is_ok())
        {
            continue;
        }
        // Code spans and bracketed codes.
        let mut out = String::new();
        let mut in_code = false;
        for c in line.chars() {
            if c == '`' {
                in_code = !in_code;
                out.push(' ');
            } else if !in_code {
                out.push(c);
            }
        }
        for token in out.split_whitespace() {
            let token = token.trim_matches(|c: char| !c.is_alphanumeric());
            // Paths, file names, codes, addresses, dates.
            if token.contains(['/', '.', '[', '@', '_', '-', ':']) || token.is_empty() {
                continue;
            }
            words.push_str(token);
            words.push(' ');
        }
        words.push('\n');
    }
    words
}

#[test]
fn french_and_arabic_runs_print_no_english_words() {
    let mut leaks = Vec::new();
    let mut cases = 0;
    for entry in std::fs::read_dir(fixtures().join("invalid")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("expected").is_file() {
            continue;
        }
        cases += 1;
        let site = Site::with_overlay(&dir);
        for lang in ["fr", "ar"] {
            let out = site.run(&["check", "--lang", lang, "--now", common::NOW]);
            for line in own_words(&out.stderr).lines() {
                let english: Vec<&str> = line
                    .split_whitespace()
                    .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
                    .collect();
                if !english.is_empty() {
                    leaks.push(format!(
                        "{} --lang {lang}: {english:?} in: {line}",
                        dir.file_name().unwrap().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(cases > 40, "only {cases} invalid fixtures");
    leaks.sort();
    leaks.dedup();
    assert!(
        leaks.is_empty(),
        "{} lines:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}
