//! `nassij init [DIR]` and `nassij theme eject [DIR]`: the questions, the
//! checks of the answers and the report of what was written. The files come
//! from [`crate::init`].

use super::exit::{EXIT_OK, EXIT_USAGE};
use crate::init::{self, Answers, NewFile, Outcome, Pin};
use crate::messages::{EditorLang, Msg};
use crate::msg;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

/// Prints one line to stderr in the run's language.
fn say(lang: EditorLang, m: Msg) {
    eprintln!("{}", m.terminal(lang));
}

/// The flags of `init`.
pub(super) struct Flags {
    pub(super) titles: Vec<String>,
    pub(super) base_url: Option<String>,
    pub(super) contact: Option<String>,
    pub(super) yes: bool,
}

pub(super) fn run(dir: &Path, flags: Flags, lang: EditorLang) -> i32 {
    if dir.join("site.yaml").exists() {
        say(
            lang,
            msg!(
                "init-exists",
                file = dir.join("site.yaml").display().to_string()
            ),
        );
        say(lang, Msg::plain("init-exists--help"));
        return EXIT_USAGE;
    }
    let interactive =
        !flags.yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let answers = if interactive {
        match ask(&flags, lang) {
            Some(a) => a,
            None => return EXIT_USAGE,
        }
    } else {
        match from_flags(&flags, lang) {
            Ok(a) => a,
            Err(problems) => {
                for m in problems {
                    say(lang, m);
                }
                return EXIT_USAGE;
            }
        }
    };
    let pin = Pin::of_this_binary();
    let files = init::site_files(&answers, &pin);
    if !write(dir, &files, lang) {
        return EXIT_USAGE;
    }
    if pin.sha256.is_none() {
        say(
            lang,
            msg!(
                "init-no-checksum",
                version = &pin.version,
                asset = init::linux_archive(&pin.version)
            ),
        );
    }
    let shown = dir.display().to_string();
    say(lang, msg!("init-next", dir = shown));
    EXIT_OK
}

pub(super) fn eject(dir: &Path, lang: EditorLang) -> i32 {
    // Into the folder of the site's theme (site.yaml's `theme:`), the one
    // whose files override the built-in ones; `default` without a
    // readable site.yaml.
    let theme = crate::load::site_config(dir)
        .map(|c| c.theme)
        .unwrap_or_else(|_| crate::builtin::DEFAULT_THEME.to_owned());
    let files = init::theme_and_messages(&theme);
    if !write(dir, &files, lang) {
        return EXIT_USAGE;
    }
    say(lang, msg!("eject-next", theme = theme));
    EXIT_OK
}

/// Writes the files, then says how many were written and which existing
/// ones were kept. False when a file could not be written (said too).
fn write(dir: &Path, files: &[NewFile], lang: EditorLang) -> bool {
    match init::write_new(dir, files) {
        Ok(done) => {
            let written = done.iter().filter(|(_, o)| *o == Outcome::Written).count();
            let kept: Vec<String> = done
                .iter()
                .filter(|(_, o)| *o == Outcome::Kept)
                .map(|(p, _)| p.display().to_string())
                .collect();
            say(
                lang,
                msg!(
                    "init-written",
                    count = written,
                    dir = dir.display().to_string()
                ),
            );
            if !kept.is_empty() {
                say(lang, msg!("init-kept", count = kept.len(), files = kept));
            }
            true
        }
        Err((file, e)) => {
            say(
                lang,
                msg!(
                    "init-cannot-write",
                    file = dir.join(file).display().to_string(),
                    reason = e.to_string()
                ),
            );
            false
        }
    }
}

/// The titles of `--title`: `LANG=TEXT` for one language of the site, a
/// bare TEXT for every language not given one.
fn titles(flags: &[String]) -> Vec<(String, String)> {
    let mut by_lang: Vec<(String, Option<String>)> = init::language_codes()
        .map(|c| (c.to_owned(), None))
        .collect();
    let mut bare = None;
    for t in flags {
        let given = t
            .split_once('=')
            .filter(|(code, _)| init::language_codes().any(|c| c == code.trim()));
        match given {
            Some((code, text)) => {
                if let Some(slot) = by_lang.iter_mut().find(|(c, _)| c == code.trim()) {
                    slot.1 = Some(text.trim().to_owned());
                }
            }
            None => bare = Some(t.trim().to_owned()),
        }
    }
    by_lang
        .into_iter()
        .map(|(code, text)| {
            let text = text.or_else(|| bare.clone()).unwrap_or_else(|| {
                init::DEFAULT_TITLE
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map_or_else(String::new, |(_, t)| (*t).to_owned())
            });
            (code, text)
        })
        .filter(|(_, text)| !text.is_empty())
        .collect()
}

/// The answers given by flags (or the defaults), or what is wrong with them.
fn from_flags(flags: &Flags, lang: EditorLang) -> Result<Answers, Vec<Msg>> {
    let mut problems = Vec::new();
    let base_url = flags
        .base_url
        .clone()
        .unwrap_or_else(|| init::DEFAULT_BASE_URL.to_owned());
    if let Err(m) = crate::validate::web_url(&base_url) {
        problems.push(msg!("init-bad-base-url", reason = m));
    }
    if let Some(email) = &flags.contact
        && !crate::validate::is_email(email)
    {
        problems.push(msg!("init-bad-contact", email = email));
    }
    if problems.is_empty() {
        Ok(Answers {
            title: titles(&flags.titles),
            base_url,
            contact: flags.contact.clone(),
            editor_language: lang,
        })
    } else {
        Err(problems)
    }
}

/// Asks for what the flags did not give; `None` when the input ends.
fn ask(flags: &Flags, lang: EditorLang) -> Option<Answers> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut read = |question: Msg, default: &str| -> Option<String> {
        let prompt = if default.is_empty() {
            msg!("init-prompt-bare", question = question)
        } else {
            msg!("init-prompt", question = question, default = default)
        };
        eprint!("{} ", prompt.terminal(lang));
        let _ = std::io::stderr().flush();
        let line = lines.next()?.ok()?;
        let line = line.trim();
        Some(if line.is_empty() {
            default.to_owned()
        } else {
            line.to_owned()
        })
    };
    say(lang, Msg::plain("init-intro"));
    let given = titles(&flags.titles);
    let mut title = Vec::new();
    // The editor's language first: a French-speaking team names its
    // portal in French before translating the name.
    let mut order: Vec<&str> = init::language_codes().collect();
    order.sort_by_key(|code| *code != lang.code());
    for code in order {
        let default = given
            .iter()
            .find(|(c, _)| c == code)
            .map_or("", |(_, t)| t.as_str());
        let question = Msg::plain(match code {
            "ar" => "init-ask-title-ar",
            "fr" => "init-ask-title-fr",
            _ => "init-ask-title-zgh",
        });
        let text = read(question, default)?;
        if !text.is_empty() {
            title.push((code.to_owned(), text));
        }
    }
    // site.yaml lists the titles in the site's order of languages.
    title.sort_by_key(|(code, _)| init::language_codes().position(|c| c == code));
    let base_url = loop {
        let default = flags.base_url.as_deref().unwrap_or(init::DEFAULT_BASE_URL);
        let url = read(Msg::plain("init-ask-base-url"), default)?;
        match crate::validate::web_url(&url) {
            Ok(()) => break url,
            Err(m) => say(lang, msg!("init-bad-base-url", reason = m)),
        }
    };
    let contact = loop {
        let email = read(
            Msg::plain("init-ask-contact"),
            flags.contact.as_deref().unwrap_or(""),
        )?;
        if email.is_empty() {
            break None;
        }
        if crate::validate::is_email(&email) {
            break Some(email);
        }
        say(lang, msg!("init-bad-contact", email = email));
    };
    Some(Answers {
        title,
        base_url,
        contact,
        editor_language: lang,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn titles_by_language_a_bare_title_for_the_others() {
        let t = titles(&strings(&["fr=Portail de l'Oriental", "Portail"]));
        assert_eq!(
            t,
            [
                ("ar".to_owned(), "Portail".to_owned()),
                ("fr".to_owned(), "Portail de l'Oriental".to_owned()),
                ("zgh".to_owned(), "Portail".to_owned()),
            ]
        );
        // An `=` in a title is no language.
        let t = titles(&strings(&["a=b"]));
        assert!(t.iter().all(|(_, text)| text == "a=b"), "{t:?}");
        // Without titles, the example's.
        let t = titles(&[]);
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].1, "Portail des associations");
    }
}
