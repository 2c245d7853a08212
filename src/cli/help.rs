//! `nassij --help` in the editor's language: clap's help is built from the
//! doc comments of [`Cli`](super::Cli) (English); here every description
//! and heading is replaced by the catalogue's (`cli-help-*` in
//! `src/messages/*/cli.ftl`), so `--lang fr` and `--lang ar` (or
//! `NASSIJ_LANG`, the locale, `editor_language`) give a French or Arabic
//! help. The language is read from the arguments before they are parsed.

use crate::messages::{EditorLang, Msg};
use clap::Command;
use std::ffi::OsString;
use std::path::PathBuf;

/// `--lang` and `--root` as written in the arguments, read before clap
/// parses them (the help depends on the language).
pub(super) fn pre_scan(args: &[OsString]) -> (Option<EditorLang>, PathBuf) {
    let mut lang = None;
    let mut root = PathBuf::from(".");
    let mut it = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        match name.as_str() {
            "--lang" => {
                if let Some(v) = inline.or_else(|| it.next()) {
                    lang = EditorLang::parse(&v).filter(|_| v.len() == 2);
                }
            }
            "--root" => {
                if let Some(v) = inline.or_else(|| it.next()) {
                    root = PathBuf::from(v);
                }
            }
            _ => {}
        }
    }
    (lang, root)
}

fn words(lang: EditorLang, id: &'static str) -> String {
    Msg::plain(id).terminal(lang)
}

/// A heading for clap, which keeps headings as `&'static str` (without
/// its `string` feature): a few short strings, once per process.
fn heading(lang: EditorLang, id: &'static str) -> &'static str {
    Box::leak(words(lang, id).into_boxed_str())
}

/// The help of an argument, by subcommand and argument id.
fn arg_help(sub: &str, arg: &str) -> Option<&'static str> {
    Some(match (sub, arg) {
        (_, "root") => "cli-help-root",
        (_, "lang") => "cli-help-lang",
        (_, "help") => "cli-help-help",
        (_, "version") => "cli-help-version",
        (_, "now") => "cli-help-now",
        (_, "format") => "cli-help-format",
        (_, "drafts") => "cli-help-drafts",
        (_, "future") => "cli-help-future",
        ("build", "out") => "cli-help-build-out",
        ("build", "full") => "cli-help-build-full",
        ("check", "strict") => "cli-help-check-strict",
        ("check", "paths") => "cli-help-check-paths",
        ("check", "changed") => "cli-help-check-changed",
        ("check" | "build", "cache") => "cli-help-check-cache",
        ("check" | "build", "no_cache") => "cli-help-check-no-cache",
        ("new", "kind") => "cli-help-new-kind",
        ("new", "slug") => "cli-help-new-slug",
        ("stats", "missing") => "cli-help-stats-missing",
        ("explain", "code") => "cli-help-explain-code",
        ("serve", "port") => "cli-help-serve-port",
        ("serve", "open") => "cli-help-serve-open",
        ("serve", "bind") => "cli-help-serve-bind",
        ("init", "dir") => "cli-help-init-dir",
        ("init", "title") => "cli-help-init-title",
        ("init", "base_url") => "cli-help-init-base-url",
        ("init", "contact") => "cli-help-init-contact",
        ("init", "yes") => "cli-help-init-yes",
        ("eject", "dir") => "cli-help-eject-dir",
        _ => return None,
    })
}

fn about(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "build" => "cli-help-build",
        "check" => "cli-help-check",
        "new" => "cli-help-new",
        "stats" => "cli-help-stats",
        "explain" => "cli-help-explain",
        "serve" => "cli-help-serve",
        "init" => "cli-help-init",
        "theme" => "cli-help-theme",
        "eject" => "cli-help-eject",
        "help" => "cli-help-help-command",
        _ => return None,
    })
}

/// The command with its descriptions and headings in `lang`.
pub(super) fn localize(cmd: Command, lang: EditorLang) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        words(lang, "cli-help-usage")
    );
    let options = heading(lang, "cli-help-options");
    let arguments = heading(lang, "cli-help-arguments");
    let commands = heading(lang, "cli-help-commands");
    let one = |cmd: Command, sub: &str| -> Command {
        let mut cmd = cmd
            .help_template(template.clone())
            .subcommand_help_heading(commands)
            .disable_help_flag(false);
        if let Some(id) = about(sub) {
            cmd = cmd.about(words(lang, id));
        }
        // clap adds `--help` (and `--version`) when it builds the command:
        // build them now so that their help can be replaced too.
        cmd.build();
        let ids: Vec<String> = cmd
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            let help = arg_help(sub, &id);
            cmd = cmd.mut_arg(id.as_str(), |a| {
                let heading = if a.is_positional() {
                    arguments
                } else {
                    options
                };
                // Defaults and choices are said in the help's own words.
                let a = a
                    .help_heading(heading)
                    .hide_default_value(true)
                    .hide_possible_values(true);
                match help {
                    Some(h) => a.help(words(lang, h)),
                    None => a,
                }
            });
        }
        cmd
    };
    let mut cmd = one(cmd.about(words(lang, "cli-help-about")), "");
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(sub.as_str(), |s| {
            let mut s = one(s, &sub);
            // One level further: `theme eject`.
            let nested: Vec<String> = s
                .get_subcommands()
                .map(|n| n.get_name().to_string())
                .collect();
            for n in nested {
                s = s.mut_subcommand(n.as_str(), |c| one(c, &n));
            }
            s
        });
    }
    cmd
}

/// A mistake in the command line, in `lang`: an unknown command or
/// option, a value that is not allowed, a missing argument. `None` for
/// other errors (clap's own text is printed then).
pub(super) fn usage_error(e: &clap::Error, lang: EditorLang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind: ContextKind| -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let suggestion =
        text(ContextKind::SuggestedSubcommand).or_else(|| text(ContextKind::SuggestedArg));
    let main = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            crate::msg!(
                "cli-error-command",
                command = text(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::UnknownArgument => {
            crate::msg!(
                "cli-error-argument",
                argument = text(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let argument = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            // The language's own values (a custom parser gives clap none).
            let valid = text(ContextKind::ValidValue).or_else(|| {
                argument
                    .starts_with("--lang")
                    .then(|| "fr, ar, en".to_string())
            });
            match valid {
                Some(valid) => crate::msg!(
                    "cli-error-value-list",
                    argument = argument,
                    value = value,
                    valid = valid
                ),
                None => crate::msg!("cli-error-value", argument = argument, value = value),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            crate::msg!(
                "cli-error-missing",
                argument = text(ContextKind::InvalidArg)?
            )
        }
        _ => return None,
    };
    let mut out = format!("{}: {}\n", words(lang, "level-error"), main.terminal(lang));
    if let Some(s) = suggestion {
        out.push_str(&crate::msg!("cli-error-suggestion", suggestion = s).terminal(lang));
        out.push('\n');
    }
    out.push_str(&words(lang, "cli-error-help"));
    out.push('\n');
    Some(out)
}
