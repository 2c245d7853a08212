//! `nassij stats`: how many records of each kind, how much of their text is
//! translated into each language and how many records are complete in it;
//! with `--missing LANG`, which records lack which texts in that language.

use super::exit::{EXIT_OK, EXIT_USAGE, today};
use crate::messages::EditorLang;
use crate::model::Kind;
use crate::model::lang::Lang;
use crate::msg;
use std::path::Path;

pub(super) fn run(root: &Path, missing: Option<&str>, now: Option<&str>, lang: EditorLang) -> i32 {
    let today = match today(now, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let loaded = crate::load::load(root);
    let interface = loaded.config.as_ref().map(|c| {
        let langs: Vec<crate::i18n::LangSpec> = crate::i18n::LangSpec::all_of(c);
        crate::i18n::Localizer::load_site(&root.join("i18n"), &langs, c.default_language.as_str())
    });
    let languages: Vec<Lang> = loaded
        .config
        .as_ref()
        .map(|c| c.codes().collect())
        .unwrap_or_default();
    if languages.is_empty() {
        eprintln!("{}", crate::messages::terminal_text(lang, "stats-no-site"));
        return EXIT_USAGE;
    }
    let missing_lang = match missing {
        None => None,
        Some(code) => match languages.iter().copied().find(|l| *l == code) {
            Some(l) => Some(l),
            None => {
                let codes: Vec<&str> = languages.iter().map(|l| l.as_str()).collect();
                eprintln!(
                    "{}",
                    msg!("stats-unknown-language", code = code, languages = codes).terminal(lang)
                );
                return EXIT_USAGE;
            }
        },
    };
    let v = crate::validate::validate(
        loaded,
        &today,
        &crate::validate::Options {
            drafts: true,
            future: true,
        },
    );
    let errors = v.diagnostics.iter().filter(|d| d.is_error()).count();
    // The words of the table, and the width of its first column (at least
    // that of the longest kind folder, `institutions`, and a little room).
    let (kind_h, records_h, drafts_h) = (
        crate::messages::terminal_text(lang, "stats-heading-kind"),
        crate::messages::terminal_text(lang, "stats-heading-records"),
        crate::messages::terminal_text(lang, "stats-heading-drafts"),
    );
    let (translated, all, complete, interface_row) = (
        crate::messages::terminal_text(lang, "stats-heading-translated"),
        crate::messages::terminal_text(lang, "stats-row-all"),
        crate::messages::terminal_text(lang, "stats-row-complete"),
        crate::messages::terminal_text(lang, "stats-row-interface"),
    );
    let review_row = crate::messages::terminal_text(lang, "stats-row-review");
    let w = [
        &kind_h,
        &translated,
        &all,
        &complete,
        &interface_row,
        &review_row,
    ]
    .iter()
    .map(|s| s.chars().count() + 1)
    .chain(Kind::ALL.iter().map(|k| k.folder().len() + 1))
    .max()
    .unwrap_or(0)
    .max(14);
    let n = [&records_h, &drafts_h]
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    println!("{kind_h:<w$} {records_h:>n$} {drafts_h:>n$}");
    for (kind, count, drafts) in &v.counts {
        println!("{:<w$} {count:>n$} {drafts:>n$}", kind.folder());
    }
    println!();
    print!("{translated:<w$}");
    for l in &languages {
        print!(" {:>12}", l.as_str());
    }
    println!();
    let mut totals = vec![(0usize, 0usize); languages.len()];
    for kind in Kind::ALL {
        print!("{:<w$}", kind.folder());
        for (i, l) in languages.iter().enumerate() {
            let (done, total) = v.coverage.cells.get(&(kind, *l)).copied().unwrap_or((0, 0));
            totals[i].0 += done;
            totals[i].1 += total;
            print!(" {:>12}", cell(done, total));
        }
        println!();
    }
    print!("{all:<w$}");
    for (done, total) in totals {
        print!(" {:>12}", cell(done, total));
    }
    println!();
    // Records with every text in the language (drafts included).
    let records: usize = v.counts.iter().map(|(_, n, _)| n).sum();
    print!("{complete:<w$}");
    for l in &languages {
        let lacking = v.missing.iter().filter(|(_, code, _)| code == l).count();
        print!(" {:>12}", cell(records.saturating_sub(lacking), records));
    }
    println!();
    match interface {
        Some(Ok(i18n)) => {
            let missing = i18n.missing();
            let total = i18n.message_count();
            print!("{interface_row:<w$}");
            for &l in &languages {
                let lacking = ids_of(&missing, l).len();
                print!(" {:>12}", cell(total - lacking, total));
            }
            println!();
            // Messages whose wording awaits a native speaker (`# review:`).
            let review = i18n.marked_for_review();
            print!("{review_row:<w$}");
            for &l in &languages {
                print!(" {:>12}", ids_of(&review, l).len());
            }
            println!();
            if let Some(code) = missing_lang
                && let ids = ids_of(&review, code)
                && !ids.is_empty()
            {
                heading(
                    lang,
                    msg!(
                        "stats-review-heading",
                        count = ids.len(),
                        lang = code.as_str()
                    ),
                );
                println!("  {}", ids.join(", "));
            }
        }
        Some(Err(_)) => println!(
            "{}",
            crate::messages::terminal_text(lang, "stats-interface-errors")
        ),
        None => {}
    }
    if let Some(code) = missing_lang {
        let mut lacking: Vec<&(std::path::PathBuf, Lang, Vec<String>)> =
            v.missing.iter().filter(|(_, l, _)| *l == code).collect();
        lacking.sort_by(|a, b| a.0.cmp(&b.0));
        heading(
            lang,
            msg!(
                "stats-missing-heading",
                count = lacking.len(),
                lang = code.as_str()
            ),
        );
        for (file, _, fields) in lacking {
            println!(
                "{}",
                msg!("stats-missing-line", file = file, fields = fields.clone()).terminal(lang)
            );
        }
    }
    if errors > 0 {
        println!();
        println!("{}", msg!("stats-errors", count = errors).terminal(lang));
    }
    EXIT_OK
}

/// The ids listed for `lang` in a list per language (the localizer's
/// `missing` and `marked_for_review`); none when it is not listed.
fn ids_of(lists: &[(Lang, Vec<String>)], lang: Lang) -> &[String] {
    lists
        .iter()
        .find(|(code, _)| *code == lang)
        .map_or(&[], |(_, ids)| ids)
}

/// A blank line, then a list's heading.
fn heading(lang: EditorLang, heading: crate::messages::Msg) {
    println!();
    println!("{}", heading.terminal(lang));
}

fn cell(done: usize, total: usize) -> String {
    if total == 0 {
        "-".to_string()
    } else {
        format!("{:.0}% {done}/{total}", done as f64 * 100.0 / total as f64)
    }
}
