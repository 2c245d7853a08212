//! `nassij stats`: how many records of each kind, how much of their text is
//! translated into each language and how many records are complete in it;
//! with `--missing LANG`, which records lack which texts in that language.

use super::exit::{EXIT_OK, EXIT_USAGE, today};
use crate::model::Kind;
use crate::model::lang::Lang;
use std::path::Path;

pub(super) fn run(
    root: &Path,
    missing: Option<&str>,
    now: Option<&str>,
    lang: crate::messages::EditorLang,
) -> i32 {
    let today = match today(now, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let loaded = crate::load::load(root);
    let interface = loaded.config.as_ref().map(|c| {
        let langs: Vec<crate::i18n::LangSpec> = crate::i18n::LangSpec::all_of(c);
        crate::i18n::Localizer::load(&root.join("i18n"), &langs, c.default_language.as_str())
    });
    let languages: Vec<Lang> = loaded
        .config
        .as_ref()
        .map(|c| c.codes().collect())
        .unwrap_or_default();
    if languages.is_empty() {
        eprintln!("error: site.yaml could not be read; run `nassij check` for details");
        return EXIT_USAGE;
    }
    let missing_lang = match missing {
        None => None,
        Some(code) => match languages.iter().copied().find(|l| *l == code) {
            Some(lang) => Some(lang),
            None => {
                let codes: Vec<&str> = languages.iter().map(|l| l.as_str()).collect();
                eprintln!(
                    "error: `{code}` is not a language of the site; its languages are {}",
                    codes.join(", ")
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
    println!("{:<14} {:>8} {:>8}", "kind", "records", "drafts");
    for (kind, n, drafts) in &v.counts {
        println!("{:<14} {:>8} {:>8}", kind.folder(), n, drafts);
    }
    println!();
    print!("{:<14}", "translated");
    for l in &languages {
        print!(" {:>12}", l.as_str());
    }
    println!();
    let mut totals = vec![(0usize, 0usize); languages.len()];
    for kind in Kind::ALL {
        print!("{:<14}", kind.folder());
        for (i, l) in languages.iter().enumerate() {
            let (done, total) = v.coverage.cells.get(&(kind, *l)).copied().unwrap_or((0, 0));
            totals[i].0 += done;
            totals[i].1 += total;
            print!(" {:>12}", cell(done, total));
        }
        println!();
    }
    print!("{:<14}", "all");
    for (done, total) in totals {
        print!(" {:>12}", cell(done, total));
    }
    println!();
    // Records with every text in the language (drafts included).
    let records: usize = v.counts.iter().map(|(_, n, _)| n).sum();
    print!("{:<14}", "records");
    for l in &languages {
        let lacking = v.missing.iter().filter(|(_, lang, _)| lang == l).count();
        print!(" {:>12}", cell(records.saturating_sub(lacking), records));
    }
    println!();
    match interface {
        Some(Ok(i18n)) => {
            let missing = i18n.missing();
            let total = i18n.message_count();
            print!("{:<14}", "interface");
            for l in &languages {
                let lacking = missing
                    .iter()
                    .find(|(code, _)| *code == l.as_str())
                    .map_or(0, |(_, m)| m.len());
                print!(" {:>12}", cell(total - lacking, total));
            }
            println!();
        }
        Some(Err(_)) => println!("interface strings: errors in i18n/, run `nassij check`"),
        None => {}
    }
    if let Some(lang) = missing_lang {
        let mut lacking: Vec<&(std::path::PathBuf, Lang, Vec<String>)> =
            v.missing.iter().filter(|(_, l, _)| *l == lang).collect();
        lacking.sort_by(|a, b| a.0.cmp(&b.0));
        println!("\n{} records lack `{lang}` texts:", lacking.len());
        for (file, _, fields) in lacking {
            println!("{}: {}", file.display(), fields.join(", "));
        }
    }
    if errors > 0 {
        println!("\n{errors} errors: run `nassij check` to see them");
    }
    EXIT_OK
}

fn cell(done: usize, total: usize) -> String {
    if total == 0 {
        "-".to_string()
    } else {
        format!("{:.0}% {done}/{total}", done as f64 * 100.0 / total as f64)
    }
}
