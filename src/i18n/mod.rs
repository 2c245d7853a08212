//! Interface strings (Project Fluent, `i18n/<lang>/*.ftl`) and per-language
//! formatting of plurals, numbers and dates.
//!
//! * One concurrent [`FluentBundle`] per language, so a [`Localizer`] is
//!   `Send + Sync` and shared by reference across rayon threads.
//! * Lookups walk the language's fallback chain (itself, its `fallback` list,
//!   then the site's default language) and report which language answered, so
//!   the page can mark fallback text with its real `lang`.
//! * Placeables keep Fluent's bidi isolation marks (U+2068 … U+2069) for HTML
//!   text; [`strip_bidi_isolates`] removes them for attributes, URLs, JSON
//!   and feeds.
//! * Plural selection goes through the `PLURAL($n)` function registered on
//!   every bundle ([`plural_category`]), never through fluent-bundle's own
//!   rules, which know no Amazigh. A bare `{ $n -> [one] ... }` is a load
//!   error.
//! * Numbers placed in messages use the language's separators
//!   ([`format_number`]); `NUMBER()` is available.
//! * Every problem with the files is an [`I18nError`] with file, line and
//!   column; loading never panics.

mod date;
mod locale;
mod number;
mod plural;
mod source;

pub(crate) use locale::Locale;
pub use plural::PluralCategory;

use crate::messages::Msg;
use crate::model::lang::Lang;
use crate::msg;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// A language as declared in `site.yaml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangSpec {
    code: String,
    fallback: Vec<String>,
}

impl LangSpec {
    /// The languages of a site's configuration, in `site.yaml` order.
    pub fn all_of(config: &crate::model::config::SiteConfig) -> Vec<LangSpec> {
        config
            .languages
            .iter()
            .map(|l| LangSpec {
                code: l.code.to_string(),
                fallback: l.fallback.iter().map(ToString::to_string).collect(),
            })
            .collect()
    }
}

/// A problem with the interface-string files. `line` and `column` are 1-based
/// (the column counts characters); both are 0 when the problem concerns a
/// whole file or directory rather than a place in it. The message and its
/// help are put into words in the editor's language when printed (their
/// ids start with `i18n--`, in `src/messages/*/render.ftl`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct I18nError {
    pub(crate) file: PathBuf,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) message: Msg,
    pub(crate) help: Option<Msg>,
}

impl fmt::Display for I18nError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.column,
                self.message.en()
            )?;
        } else {
            write!(f, "{}: {}", self.file.display(), self.message.en())?;
        }
        if let Some(help) = &self.help {
            write!(f, " (help: {})", help.en())?;
        }
        Ok(())
    }
}

impl std::error::Error for I18nError {}

/// Why [`Localizer::message`] has no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageError {
    /// The language is not one of the site's.
    UnknownLanguage(Lang),
    /// No language of the fallback chain defines the message.
    Missing {
        /// The message id (`id` or `id.attribute`).
        id: String,
        /// The languages tried, in order.
        tried: Vec<String>,
    },
    /// Fluent reported problems while formatting it (e.g. an argument the
    /// template did not pass).
    Format {
        /// The message id.
        id: String,
        /// The language whose text was formatted.
        lang: Lang,
        /// Fluent's own words for each problem.
        details: Vec<String>,
    },
}

impl MessageError {
    /// The problem, to put into words in the editor's language.
    pub fn msg(&self) -> Msg {
        match self {
            MessageError::UnknownLanguage(lang) => {
                msg!("interface-unknown-language", lang = lang.as_str())
            }
            MessageError::Missing { id, tried } => {
                msg!(
                    "interface-message-missing",
                    id = id,
                    languages = tried.clone()
                )
            }
            MessageError::Format { id, lang, details } => msg!(
                "interface-message-failed",
                id = id,
                lang = lang.as_str(),
                reason = details.clone()
            ),
        }
    }
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().en())
    }
}

impl std::error::Error for MessageError {}

/// A named argument of a message. Numbers are formatted with the language's
/// separators and can drive `PLURAL()`; pass years, identifiers and numbers
/// already formatted (amounts) as `Str`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text placed as is.
    Str(&'a str),
    /// A number, formatted for the language.
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

struct Language {
    code: Lang,
    /// Indexes into `Localizer::languages`: itself first.
    chain: Vec<usize>,
    bundle: FluentBundle<FluentResource>,
    /// Message ids (not terms) this language defines.
    ids: BTreeSet<String>,
    /// Message ids whose wording awaits a native speaker's review: their
    /// comment has a line `review: …` (see [`REVIEW_MARK`]).
    review: BTreeSet<String>,
}

/// The comment line that marks a message for review by a native speaker,
/// written above the message: `# review: why (the term without a source)`.
pub const REVIEW_MARK: &str = "review:";

/// How the messages built into nassij are named in diagnostics
/// (`<built-in>/fr/main.ftl`): they are no file of the site.
const BUILT_IN: &str = "<built-in i18n>";

/// All interface strings of the site, one bundle per language.
pub struct Localizer {
    languages: Vec<Language>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field(
                "languages",
                &self.languages.iter().map(|l| &l.code).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Localizer {
    /// Loads `dir/<code>/*.ftl` (sorted by name, not recursive) for every
    /// language. `default` is the site's default language. The fallback chain
    /// of a language is: itself, its `fallback` list in order, then `default`,
    /// without repetitions.
    ///
    /// Every problem of every file is returned together: unknown languages in
    /// the configuration, missing or unreadable directories and files,
    /// non-UTF-8 text, Fluent syntax errors, duplicate ids within a language,
    /// and plural selections not written with `PLURAL()`.
    pub fn load(
        dir: &Path,
        langs: &[LangSpec],
        default: &str,
    ) -> Result<Localizer, Vec<I18nError>> {
        Self::load_layers(false, dir, langs, default)
    }

    /// Loads a site's messages over the built-in ones: for every language,
    /// the messages built into nassij (ar, fr, zgh), then `dir/<code>/*.ftl`
    /// when the folder exists, each message of the site replacing the
    /// built-in one of the same id. A language with no built-in messages
    /// needs its folder, as with [`Localizer::load`].
    pub fn load_site(
        dir: &Path,
        langs: &[LangSpec],
        default: &str,
    ) -> Result<Localizer, Vec<I18nError>> {
        Self::load_layers(true, dir, langs, default)
    }

    fn load_layers(
        builtin: bool,
        dir: &Path,
        langs: &[LangSpec],
        default: &str,
    ) -> Result<Localizer, Vec<I18nError>> {
        let mut errors = Vec::new();
        check_config(dir, langs, default, &mut errors);

        let mut languages = Vec::with_capacity(langs.len());
        for spec in langs {
            let lang_dir = dir.join(&spec.code);
            let langid = match spec.code.parse::<LanguageIdentifier>() {
                Ok(langid) => langid,
                Err(_) => {
                    errors.push(whole_file(
                        &lang_dir,
                        msg!("i18n--bad-language-code", code = &spec.code),
                        Msg::plain("i18n--bad-language-code--help"),
                    ));
                    LanguageIdentifier::default()
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            register_functions(&mut bundle, Locale::of(&spec.code), &lang_dir, &mut errors);
            let mut ids = BTreeSet::new();
            let mut review = BTreeSet::new();
            let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
            let mut has_builtin = false;
            for (name, text) in crate::builtin::messages_of(&spec.code).filter(|_| builtin) {
                has_builtin = true;
                let file = Path::new(BUILT_IN).join(&spec.code).join(name);
                let Some(resource) = parse_resource(&file, text.to_owned(), &mut errors) else {
                    continue;
                };
                check_entries(&file, &resource, &mut seen, &mut ids, &mut errors);
                review.extend(marked_for_review(&resource));
                let _ = bundle.add_resource(resource);
            }
            // The site's own files: duplicates among them are errors; over
            // a built-in message, a message of the site replaces it (and
            // its review mark, which the site's comment may carry again).
            let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
            let files = if has_builtin && !lang_dir.is_dir() {
                Vec::new()
            } else {
                ftl_files(&lang_dir, !has_builtin, &mut errors)
            };
            for file in files {
                let Some(resource) = read_resource(&file, &mut errors) else {
                    continue;
                };
                let mut own = BTreeSet::new();
                check_entries(&file, &resource, &mut seen, &mut own, &mut errors);
                for id in &own {
                    review.remove(id);
                }
                review.extend(marked_for_review(&resource));
                ids.extend(own);
                if has_builtin {
                    bundle.add_resource_overriding(resource);
                } else {
                    // Duplicates were reported above with their locations;
                    // the bundle keeps the first definition.
                    let _ = bundle.add_resource(resource);
                }
            }
            languages.push(Language {
                code: Lang::new(&spec.code),
                chain: Vec::new(),
                bundle,
                ids,
                review,
            });
        }

        let index: HashMap<&str, usize> = langs
            .iter()
            .enumerate()
            .map(|(i, spec)| (spec.code.as_str(), i))
            .collect();
        let chains: Vec<Vec<usize>> = langs
            .iter()
            .map(|spec| {
                let mut chain: Vec<usize> = Vec::new();
                let codes = std::iter::once(spec.code.as_str())
                    .chain(spec.fallback.iter().map(String::as_str))
                    .chain(std::iter::once(default));
                for code in codes {
                    match index.get(code) {
                        Some(&i) if !chain.contains(&i) => chain.push(i),
                        _ => {}
                    }
                }
                chain
            })
            .collect();
        for (language, chain) in languages.iter_mut().zip(chains) {
            language.chain = chain;
        }

        if errors.is_empty() {
            Ok(Localizer { languages })
        } else {
            errors.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            errors.dedup();
            Err(errors)
        }
    }

    /// The codes of the loaded languages, in `site.yaml` order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    /// The language of `code`, if it is one of the loaded languages.
    pub fn lang(&self, code: &str) -> Option<Lang> {
        self.languages.iter().map(|l| l.code).find(|l| *l == code)
    }

    /// The fallback chain of `lang` (itself first), or `None` for a language
    /// that was not loaded.
    pub fn chain(&self, lang: Lang) -> Option<Vec<&str>> {
        let language = self.language(lang)?;
        Some(
            language
                .chain
                .iter()
                .map(|&i| self.languages[i].code.as_str())
                .collect(),
        )
    }

    /// The message `id` (or attribute, `id.attr`) in `lang`, walking the
    /// fallback chain. Returns the text, with bidi isolation marks around
    /// placeables, and the code of the language it came from.
    ///
    /// Errors: unknown `lang`; no language of the chain has the message; or
    /// formatting reported errors (e.g. a variable the caller did not pass).
    pub fn message(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<(String, Lang), MessageError> {
        let language = self
            .language(lang)
            .ok_or(MessageError::UnknownLanguage(lang))?;
        let (message_id, attribute) = match id.split_once('.') {
            Some((message_id, attribute)) => (message_id, Some(attribute)),
            None => (id, None),
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match *value {
                Arg::Str(s) => FluentValue::from(s),
                Arg::Num(n) => FluentValue::from(n),
            };
            fluent_args.set(*name, value);
        }
        for &i in &language.chain {
            let candidate = &self.languages[i];
            let Some(message) = candidate.bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut fluent_errors = Vec::new();
            let text =
                candidate
                    .bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut fluent_errors);
            if !fluent_errors.is_empty() {
                return Err(MessageError::Format {
                    id: id.to_string(),
                    lang: candidate.code,
                    details: fluent_errors.iter().map(ToString::to_string).collect(),
                });
            }
            return Ok((text.into_owned(), candidate.code));
        }
        Err(MessageError::Missing {
            id: id.to_string(),
            tried: language
                .chain
                .iter()
                .map(|&i| self.languages[i].code.as_str().to_string())
                .collect(),
        })
    }

    /// How many distinct message ids the languages define together.
    pub fn message_count(&self) -> usize {
        self.languages
            .iter()
            .flat_map(|l| l.ids.iter())
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// For every language, in `site.yaml` order, the message ids defined in at
    /// least one language but not in it (sorted; empty when complete).
    pub fn missing(&self) -> Vec<(Lang, Vec<String>)> {
        let all: BTreeSet<&String> = self.languages.iter().flat_map(|l| l.ids.iter()).collect();
        self.languages
            .iter()
            .map(|language| {
                let lacking = all
                    .iter()
                    .filter(|id| !language.ids.contains(id.as_str()))
                    .map(|id| (*id).clone())
                    .collect();
                (language.code, lacking)
            })
            .collect()
    }

    /// For every language, in `site.yaml` order, the message ids marked for
    /// review by a native speaker (sorted).
    pub fn marked_for_review(&self) -> Vec<(Lang, Vec<String>)> {
        self.languages
            .iter()
            .map(|l| (l.code, l.review.iter().cloned().collect()))
            .collect()
    }

    /// See [`plural_category`].
    pub fn plural_category(lang: Lang, n: f64) -> PluralCategory {
        plural_category(lang, n)
    }

    /// See [`format_number`].
    pub fn format_number(lang: Lang, n: f64, max_fraction_digits: usize) -> String {
        format_number(lang, n, max_fraction_digits)
    }

    /// See [`format_date`].
    pub fn format_date(lang: Lang, date: jiff::civil::Date) -> String {
        format_date(lang, date)
    }

    /// See [`format_month_year`].
    pub fn format_month_year(lang: Lang, date: jiff::civil::Date) -> String {
        format_month_year(lang, date)
    }

    fn language(&self, code: Lang) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }
}

/// The CLDR cardinal plural category of `n` in `lang` (the rule of zgh is
/// nassij's own and documented in `plural.rs`: one for i = 0 or n = 1, other
/// otherwise). This is what `PLURAL($n)` returns in Fluent messages.
pub fn plural_category(lang: Lang, n: f64) -> PluralCategory {
    plural::category(Locale::of(lang.as_str()), n)
}

/// `n` with Latin digits and the language's separators, at most
/// `max_fraction_digits` fraction digits, rounded half away from zero,
/// without trailing zeros: fr `1 234,5` (U+202F), ar `1.234,5`,
/// zgh `1 234,5` (U+00A0).
pub fn format_number(lang: Lang, n: f64, max_fraction_digits: usize) -> String {
    number::format_decimal(Locale::of(lang.as_str()), n, 0, max_fraction_digits, true)
}

/// A long date: fr `14 juin 2023`, ar `14 يونيو 2023`, zgh `14 ⵢⵓⵏⵢⵓ 2023`.
pub fn format_date(lang: Lang, date: jiff::civil::Date) -> String {
    date::long(Locale::of(lang.as_str()), date)
}

/// A date with its weekday: fr `vendredi 31 octobre 2025`, ar
/// `الجمعة، 31 أكتوبر 2025`, zgh `ⴰⵙⵉⵎⵡⴰⵙ 31 ⴽⵜⵓⴱⵔ 2025`.
pub fn format_full_date(lang: Lang, date: jiff::civil::Date) -> String {
    date::full(Locale::of(lang.as_str()), date)
}

/// A month and year: fr `juin 2023`, ar `يونيو 2023`, zgh `ⵢⵓⵏⵢⵓ 2023`.
pub fn format_month_year(lang: Lang, date: jiff::civil::Date) -> String {
    date::month_year(Locale::of(lang.as_str()), date)
}

/// Removes the bidi isolation and embedding-isolate controls U+2066–U+2069
/// (LRI, RLI, FSI, PDI) that Fluent puts around placeables. For attributes,
/// URLs, JSON, feeds and anything that is not HTML text.
pub fn strip_bidi_isolates(s: &str) -> Cow<'_, str> {
    let is_isolate = |c: char| ('\u{2066}'..='\u{2069}').contains(&c);
    if s.contains(is_isolate) {
        Cow::Owned(s.chars().filter(|&c| !is_isolate(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

fn whole_file(file: &Path, message: Msg, help: Msg) -> I18nError {
    I18nError {
        file: file.to_path_buf(),
        line: 0,
        column: 0,
        message,
        help: Some(help),
    }
}

fn check_config(dir: &Path, langs: &[LangSpec], default: &str, errors: &mut Vec<I18nError>) {
    let codes: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();
    let known = codes.clone();
    if !codes.contains(&default) {
        errors.push(whole_file(
            dir,
            msg!("i18n--default-not-a-language", code = default),
            msg!(
                "i18n--default-not-a-language--help",
                languages = known.clone()
            ),
        ));
    }
    for (i, spec) in langs.iter().enumerate() {
        if codes[..i].contains(&spec.code.as_str()) {
            errors.push(whole_file(
                dir,
                msg!("i18n--language-twice", code = &spec.code),
                Msg::plain("i18n--language-twice--help"),
            ));
        }
        for fallback in &spec.fallback {
            if !codes.contains(&fallback.as_str()) {
                errors.push(whole_file(
                    dir,
                    msg!(
                        "i18n--unknown-fallback",
                        fallback = fallback,
                        code = &spec.code
                    ),
                    msg!("i18n--unknown-fallback--help", languages = known.clone()),
                ));
            }
        }
    }
}

fn register_functions(
    bundle: &mut FluentBundle<FluentResource>,
    locale: Locale,
    lang_dir: &Path,
    errors: &mut Vec<I18nError>,
) {
    let mut results = vec![bundle.add_builtins()];
    results.push(bundle.add_function("PLURAL", move |positional, _named| {
        let n = match positional.first() {
            Some(FluentValue::Number(n)) => n.value,
            Some(FluentValue::String(s)) => match s.trim().parse::<f64>() {
                Ok(n) => n,
                Err(_) => return FluentValue::Error,
            },
            _ => return FluentValue::Error,
        };
        FluentValue::String(Cow::Borrowed(plural::category(locale, n).as_str()))
    }));
    for result in results {
        if let Err(e) = result {
            errors.push(whole_file(
                lang_dir,
                msg!("i18n--internal", reason = e.to_string()),
                Msg::plain("i18n--internal--help"),
            ));
        }
    }
    bundle.set_formatter(Some(match locale {
        Locale::Ar => number::fluent_formatter::<0, _>,
        Locale::Fr => number::fluent_formatter::<1, _>,
        Locale::Zgh => number::fluent_formatter::<2, _>,
        Locale::Root => number::fluent_formatter::<3, _>,
    }));
}

/// The `.ftl` files of one language directory, sorted by name.
/// Without `required` (the language has built-in messages), a folder with
/// no `.ftl` file is no error.
fn ftl_files(lang_dir: &Path, required: bool, errors: &mut Vec<I18nError>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(lang_dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(whole_file(
                lang_dir,
                msg!("i18n--cannot-read-folder", reason = e.to_string()),
                Msg::plain("i18n--cannot-read-folder--help"),
            ));
            return Vec::new();
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if path.extension().is_some_and(|ext| ext == "ftl") && path.is_file() {
                    files.push(path);
                }
            }
            Err(e) => errors.push(whole_file(
                lang_dir,
                msg!("i18n--cannot-list-folder", reason = e.to_string()),
                Msg::plain("i18n--cannot-list-folder--help"),
            )),
        }
    }
    if required && files.is_empty() && errors.iter().all(|e| e.file != lang_dir) {
        errors.push(whole_file(
            lang_dir,
            Msg::plain("i18n--no-ftl-file"),
            Msg::plain("i18n--no-ftl-file--help"),
        ));
    }
    files.sort();
    files
}

/// Reads and parses one file; syntax errors are reported and the valid
/// entries are kept, so that the other checks still run.
fn read_resource(file: &Path, errors: &mut Vec<I18nError>) -> Option<FluentResource> {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            errors.push(whole_file(
                file,
                msg!("i18n--cannot-read-file", reason = e.to_string()),
                Msg::plain("i18n--cannot-read-file--help"),
            ));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]);
            let (line, column) = source::line_col(&prefix, valid);
            errors.push(I18nError {
                file: file.to_path_buf(),
                line,
                column,
                message: Msg::plain("i18n--not-utf8"),
                help: Some(Msg::plain("i18n--not-utf8--help")),
            });
            return None;
        }
    };
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    parse_resource(file, text, errors)
}

/// Parses one file's text; syntax errors are reported and the valid entries
/// are kept.
fn parse_resource(
    file: &Path,
    text: String,
    errors: &mut Vec<I18nError>,
) -> Option<FluentResource> {
    match FluentResource::try_new(text) {
        Ok(resource) => Some(resource),
        Err((resource, parse_errors)) => {
            for e in parse_errors {
                let offset = source::error_offset(resource.source(), e.pos.start, &e.kind);
                let (line, column) = source::line_col(resource.source(), offset);
                errors.push(I18nError {
                    file: file.to_path_buf(),
                    line,
                    column,
                    message: crate::messages::Msg::plain("i18n--syntax"),
                    help: Some(source::syntax_help(&e.kind)),
                });
            }
            Some(resource)
        }
    }
}

/// Duplicate ids within a language and plural selections without `PLURAL()`;
/// records the message ids the file defines.
/// The ids of the messages of `resource` whose comment (the `#` lines right
/// above it) has a line that starts with [`REVIEW_MARK`].
fn marked_for_review(resource: &FluentResource) -> Vec<String> {
    // The bundle's resource was parsed without comments: parse the source
    // again, comments kept (a file with errors was reported already).
    let full = match fluent_syntax::parser::parse(resource.source()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    full.body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => m.comment.as_ref().and_then(|c| {
                c.content
                    .iter()
                    .any(|line| line.trim_start().starts_with(REVIEW_MARK))
                    .then(|| m.id.name.to_owned())
            }),
            _ => None,
        })
        .collect()
}

fn check_entries(
    file: &Path,
    resource: &FluentResource,
    seen: &mut HashMap<String, (PathBuf, usize)>,
    ids: &mut BTreeSet<String>,
    errors: &mut Vec<I18nError>,
) {
    let mut lines = source::EntryLines::scan(resource.source());
    for entry in resource.entries() {
        let (key, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_owned(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let line = lines.claim(&key);
        let column = usize::from(line > 0);
        if let Some((first_file, first_line)) = seen.get(&key) {
            errors.push(I18nError {
                file: file.to_path_buf(),
                line,
                column,
                message: msg!("i18n--defined-twice", key = &key),
                help: Some(msg!(
                    "i18n--defined-twice--help",
                    place = format!("{}:{first_line}", first_file.display())
                )),
            });
        } else {
            seen.insert(key.clone(), (file.to_path_buf(), line));
        }
        let mut problems = Vec::new();
        for pattern in patterns {
            source::check_plurals(pattern, &mut problems);
        }
        for problem in problems {
            errors.push(I18nError {
                file: file.to_path_buf(),
                line,
                column,
                message: msg!("i18n--in-message", key = &key, problem = problem.message),
                help: Some(problem.help),
            });
        }
        if !key.starts_with('-') {
            ids.insert(key);
        }
    }
}

#[cfg(test)]
mod tests;
