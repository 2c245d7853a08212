//! `nassij explain [CODE]`: what a diagnostic code means, in the run's
//! language, like `rustc --explain`: the code and whether it is an error or
//! a warning, a few plain sentences, an example of the mistake and of the
//! fix (from the registry, `crate::diagnostics::codes`). Without a code,
//! every code with its one line. An unknown code is answered with the
//! nearest one and the list (exit 2).
//!
//! The table of codes in the editors' guide (`content/README.md`) is made
//! from the same texts by a test here, which keeps the guide up to date.

use super::exit::{EXIT_OK, EXIT_USAGE};
use crate::diagnostics::codes::{CODES, CodeInfo, lookup};
use crate::diagnostics::nearest;
use crate::messages::{EditorLang, Msg, text};
use crate::msg;

/// Prose lines are wrapped at this many characters.
const WIDTH: usize = 80;

/// Runs `nassij explain [CODE]`; returns the exit code.
pub(super) fn run(code: Option<&str>, lang: EditorLang) -> i32 {
    let Some(written) = code else {
        print!("{}", list(lang));
        return EXIT_OK;
    };
    match lookup(&normalize(written)) {
        Some(info) => {
            print!("{}", page(info, lang));
            EXIT_OK
        }
        None => {
            eprint!("{}", unknown(written, lang));
            EXIT_USAGE
        }
    }
}

/// The code as written on the command line, or copied from a message:
/// `unknown-province`, `` `unknown-province` ``, `error[unknown-province]`,
/// `Unknown-Province`.
fn normalize(written: &str) -> String {
    let mut code = written.trim();
    if let (Some(open), Some(close)) = (code.find('['), code.rfind(']')) {
        if open < close {
            code = &code[open + 1..close];
        }
    }
    code.trim_matches(|c: char| c == '`' || c == '"' || c == '\'' || c.is_whitespace())
        .to_lowercase()
}

fn level(info: &CodeInfo, lang: EditorLang) -> String {
    text(
        lang,
        if info.is_error() {
            "level-error"
        } else {
            "level-warning"
        },
    )
}

/// The explanation of one code.
pub(crate) fn page(info: &CodeInfo, lang: EditorLang) -> String {
    let severity = if info.is_error() { "error" } else { "warning" };
    let heading = msg!(
        "explain-heading",
        level = level(info, lang),
        code = info.code,
        short = Msg::plain(info.short_id),
    );
    let mut out = String::new();
    out.push_str(&heading.terminal(lang));
    out.push_str("\n\n");
    out.push_str(&wrap(&Msg::plain(info.meaning_id).terminal(lang)));
    out.push_str("\n\n");
    let kind = if info.is_error() {
        "explain-is-error"
    } else {
        "explain-is-warning"
    };
    out.push_str(&wrap(&text(lang, kind)));
    out.push_str("\n\n");
    let example = msg!("explain-example", severity = severity, file = info.file);
    out.push_str(&example.terminal(lang));
    out.push_str("\n\n");
    out.push_str(&snippet(info.mistake));
    out.push('\n');
    out.push_str(&crate::messages::terminal_text(lang, "explain-fix"));
    out.push_str("\n\n");
    out.push_str(&snippet(info.fix));
    out.push('\n');
    out.push_str(&wrap(&crate::messages::terminal_text(
        lang,
        "explain-footer",
    )));
    out.push('\n');
    out
}

/// The lines of an example, indented.
fn snippet(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("    {l}\n")).collect()
}

/// Every code with its one line, errors first.
pub(crate) fn list(lang: EditorLang) -> String {
    let width = CODES.iter().map(|c| c.code.len()).max().unwrap_or(0);
    let mut out = wrap(&crate::messages::terminal_text(lang, "explain-list-intro"));
    out.push('\n');
    for (errors, heading) in [
        (true, "explain-list-errors"),
        (false, "explain-list-warnings"),
    ] {
        out.push('\n');
        out.push_str(&text(lang, heading));
        out.push('\n');
        for c in CODES.iter().filter(|c| c.is_error() == errors) {
            let short = Msg::plain(c.short_id).terminal(lang);
            out.push_str(&format!("  {:<width$}  {short}\n", c.code));
        }
    }
    out
}

/// What is printed for a code that is not in the registry.
fn unknown(written: &str, lang: EditorLang) -> String {
    let mut out = msg!("explain-unknown", code = written.trim()).terminal(lang);
    out.push('\n');
    if let Some(near) = nearest(&normalize(written), CODES.iter().map(|c| c.code)) {
        out.push_str(&msg!("explain-did-you-mean", code = near).terminal(lang));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&list(lang));
    out
}

/// Wraps prose at [`WIDTH`] characters (bidi isolation marks take no
/// room), never inside a `code span`, between a French punctuation mark and
/// the word before it, or between « and the word after it.
fn wrap(prose: &str) -> String {
    let visible = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .count()
    };
    let mut words: Vec<String> = Vec::new();
    for token in prose.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(last)
                if matches!(token, ":" | ";" | "?" | "!" | "»")
                    || last == "«"
                    || last.matches('`').count() % 2 == 1 =>
            {
                last.push(' ');
                last.push_str(token);
            }
            _ => words.push(token.to_string()),
        }
    }
    let mut out = String::new();
    let mut line = String::new();
    for word in words {
        if !line.is_empty() && visible(&line) + 1 + visible(&word) > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    out.push_str(&line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The table of codes of the editors' guide: each code, whether it is an
    /// error or a warning, and its one line in French and in Arabic. It sits
    /// in `content/README.md` between [`GUIDE_START`] and [`GUIDE_END`].
    fn guide_table() -> String {
        let (fr, ar) = (EditorLang::Fr, EditorLang::Ar);
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "").replace('|', "\\|");
        let mut out = String::from(
            "<!-- Tableau produit à partir de src/diagnostics/codes.rs et de \
             src/messages/*/explain.ftl : ne pas le modifier à la main, mais lancer \
             `NASSIJ_BLESS=1 cargo test guide`. -->\n\n",
        );
        out.push_str("| code | type | signification | المعنى |\n");
        out.push_str("| --- | --- | --- | --- |\n");
        for c in CODES {
            out.push_str(&format!(
                "| `{}` | {} · {} | {} | {} |\n",
                c.code,
                level(c, fr),
                level(c, ar),
                plain(Msg::plain(c.short_id).text(fr)),
                plain(Msg::plain(c.short_id).text(ar)),
            ));
        }
        out
    }

    /// The marker lines around the table of codes in `content/README.md`.
    const GUIDE_START: &str = "<!-- codes:start -->";
    /// See [`GUIDE_START`].
    const GUIDE_END: &str = "<!-- codes:end -->";

    /// `guide` with the text between its markers replaced by the table;
    /// `None` when the markers are missing.
    fn with_guide_table(guide: &str) -> Option<String> {
        let start = guide.find(GUIDE_START)? + GUIDE_START.len();
        let end = guide[start..].find(GUIDE_END)? + start;
        Some(format!(
            "{}\n{}{}",
            &guide[..start],
            guide_table(),
            &guide[end..]
        ))
    }

    #[test]
    fn every_code_has_its_texts_in_every_language() {
        for lang in EditorLang::ALL {
            let ids: BTreeSet<String> = crate::messages::ids(lang)
                .into_iter()
                .map(|(_, id)| id)
                .collect();
            for c in CODES {
                for id in [c.meaning_id, c.short_id] {
                    assert!(
                        ids.contains(id),
                        "src/messages/{lang}/explain.ftl lacks `{id}`"
                    );
                }
            }
        }
    }

    #[test]
    fn explain_ftl_has_no_text_for_a_code_that_is_gone() {
        let own = [
            "explain-heading",
            "explain-is-error",
            "explain-is-warning",
            "explain-example",
            "explain-fix",
            "explain-footer",
            "explain-unknown",
            "explain-did-you-mean",
            "explain-list-intro",
            "explain-list-errors",
            "explain-list-warnings",
        ];
        for (file, id) in crate::messages::ids(EditorLang::En) {
            if file != "explain.ftl" || own.contains(&id.as_str()) {
                continue;
            }
            let code = id
                .strip_prefix("explain-")
                .map(|c| c.strip_suffix("--short").unwrap_or(c));
            assert!(
                code.is_some_and(|c| lookup(c).is_some()),
                "explain.ftl has `{id}`, for no code of src/diagnostics/codes.rs"
            );
        }
    }

    #[test]
    fn short_lines_are_one_line_and_meanings_a_few_sentences() {
        for lang in EditorLang::ALL {
            for c in CODES {
                let short = Msg::plain(c.short_id).terminal(lang);
                assert!(
                    !short.contains('\n') && !short.ends_with('.') && short.len() < 200,
                    "{lang} {}: {short}",
                    c.code
                );
                let meaning = Msg::plain(c.meaning_id).terminal(lang);
                let sentences = meaning.matches(['.', '?', '!']).count();
                assert!(
                    (1..=8).contains(&sentences) && !meaning.contains('\n'),
                    "{lang} {}: {meaning}",
                    c.code
                );
            }
        }
    }

    #[test]
    fn a_code_is_found_however_it_was_copied() {
        for written in [
            "unknown-province",
            " `unknown-province` ",
            "error[unknown-province]",
            "erreur[unknown-province]:",
            "Unknown-Province",
        ] {
            assert_eq!(normalize(written), "unknown-province", "{written}");
        }
    }

    #[test]
    fn wrapping_keeps_every_word_and_the_width() {
        let prose = "word ".repeat(50);
        let wrapped = wrap(&prose);
        assert!(wrapped.lines().all(|l| l.chars().count() <= WIDTH));
        assert_eq!(wrapped.split_whitespace().count(), 50);
        // Never inside a code span, nor before a French `:` or `;`.
        let prose = format!("{} `nassij check --strict` ; fin", "mot ".repeat(17));
        let wrapped = wrap(&prose);
        assert!(wrapped.contains("`nassij check --strict` ;"), "{wrapped}");
    }

    /// The table of codes in content/README.md is the registry's. With
    /// `NASSIJ_BLESS=1` the test writes the new table into the guide.
    #[test]
    fn the_guide_table_of_codes_is_up_to_date() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .join("README.md");
        let guide = std::fs::read_to_string(&path).unwrap();
        let expected = with_guide_table(&guide).unwrap_or_else(|| {
            panic!("content/README.md lacks the lines {GUIDE_START} and {GUIDE_END}")
        });
        if guide == expected {
            return;
        }
        if std::env::var_os("NASSIJ_BLESS").is_some_and(|v| v == "1") {
            std::fs::write(&path, expected).unwrap();
            return;
        }
        panic!(
            "the table of codes in content/README.md differs from src/diagnostics/codes.rs \
             and src/messages/*/explain.ftl; regenerate it with \
             `NASSIJ_BLESS=1 cargo test guide` and commit content/README.md"
        );
    }
}
