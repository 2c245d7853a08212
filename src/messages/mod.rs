//! nassij's own messages to the people who run it (editors, CI): every
//! diagnostic's message, label and help, and every line the commands print,
//! in English, French and Arabic. They are Fluent catalogues compiled into
//! the binary (`src/messages/<lang>/*.ftl`), separate from the site's
//! interface strings (`i18n/`), which citizens read.
//!
//! * A [`Msg`] is a message id with its arguments, not text: diagnostics
//!   carry `Msg`s and are put into words only when printed, in the
//!   [`EditorLang`] the run chose ([`EditorLang::choose`]).
//! * Arguments may be text, numbers, lists (joined with the language's
//!   comma) or other messages (a sentence inside a sentence).
//! * In Arabic every placeable is wrapped in Unicode bidi isolates (U+2068
//!   … U+2069), so a path, a code or a value written left to right keeps
//!   its order inside a right-to-left sentence in a terminal or a browser.
//! * A message missing in French or Arabic falls back to English; the tests
//!   beside this file fail when any catalogue lacks an id another one has.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The language of nassij's own messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EditorLang {
    /// English, the fallback.
    En,
    /// French.
    Fr,
    /// Arabic (right to left).
    Ar,
}

impl EditorLang {
    /// Every language, English first.
    pub const ALL: [EditorLang; 3] = [EditorLang::En, EditorLang::Fr, EditorLang::Ar];

    /// The language's code: `en`, `fr` or `ar`.
    pub fn code(self) -> &'static str {
        match self {
            EditorLang::En => "en",
            EditorLang::Fr => "fr",
            EditorLang::Ar => "ar",
        }
    }

    /// True for Arabic.
    pub fn is_rtl(self) -> bool {
        self == EditorLang::Ar
    }

    /// The language a value names: a code (`fr`), or a locale such as
    /// `fr_FR.UTF-8`, `ar_MA` or `en-GB`. `None` for any other language
    /// and for `C` and `POSIX`.
    pub fn parse(value: &str) -> Option<EditorLang> {
        let value = value.trim();
        let primary = value
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(EditorLang::En),
            "fr" => Some(EditorLang::Fr),
            "ar" => Some(EditorLang::Ar),
            _ => None,
        }
    }

    /// The language of a run: `--lang`, else `NASSIJ_LANG`, else the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set to one of the
    /// three languages), else the site's `editor_language`, else English.
    /// `env` reads an environment variable; `site` reads `site.yaml`'s
    /// `editor_language` (called only when needed).
    pub fn choose(
        flag: Option<EditorLang>,
        env: impl Fn(&str) -> Option<String>,
        site: impl FnOnce() -> Option<String>,
    ) -> EditorLang {
        if let Some(lang) = flag {
            return lang;
        }
        for var in ["NASSIJ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(lang) = env(var).as_deref().and_then(EditorLang::parse) {
                return lang;
            }
        }
        site()
            .as_deref()
            .and_then(EditorLang::parse)
            .unwrap_or(EditorLang::En)
    }

    /// `editor_language:` as written in a site's `site.yaml` text, read
    /// leniently (the file may have errors the run is about to report).
    pub fn from_site_yaml(text: &str) -> Option<EditorLang> {
        text.lines()
            .find_map(|l| l.strip_prefix("editor_language:"))
            .map(|v| {
                v.split('#')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .trim_matches(['"', '\''])
            })
            .and_then(EditorLang::parse)
    }

    /// The separator of list items.
    fn comma(self) -> &'static str {
        match self {
            EditorLang::Ar => "، ",
            _ => ", ",
        }
    }
}

impl fmt::Display for EditorLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An argument of a [`Msg`].
#[derive(Clone, Debug, PartialEq)]
pub enum MsgArg {
    /// Text placed as is (a value, a path, a code).
    Str(String),
    /// A number (selects plural forms).
    Num(f64),
    /// Items joined with the language's comma.
    List(Vec<String>),
    /// Another message, put into words in the same language.
    Msg(Box<Msg>),
}

impl Eq for MsgArg {}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Str(s.to_string())
    }
}
impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Str(s)
    }
}
impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        MsgArg::Str(s.clone())
    }
}
impl From<Cow<'_, str>> for MsgArg {
    fn from(s: Cow<'_, str>) -> Self {
        MsgArg::Str(s.into_owned())
    }
}
impl From<&Path> for MsgArg {
    fn from(p: &Path) -> Self {
        MsgArg::Str(p.to_string_lossy().replace('\\', "/"))
    }
}
impl From<&PathBuf> for MsgArg {
    fn from(p: &PathBuf) -> Self {
        MsgArg::from(p.as_path())
    }
}
impl From<Msg> for MsgArg {
    fn from(m: Msg) -> Self {
        MsgArg::Msg(Box::new(m))
    }
}
impl From<Vec<String>> for MsgArg {
    fn from(items: Vec<String>) -> Self {
        MsgArg::List(items)
    }
}
impl From<Vec<&str>> for MsgArg {
    fn from(items: Vec<&str>) -> Self {
        MsgArg::List(items.into_iter().map(str::to_string).collect())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MsgArg {
            fn from(n: $t) -> Self {
                MsgArg::Num(n as f64)
            }
        }
    )*};
}
num_arg!(usize, u32, u64, i32, i64, f64);

/// A message to put into words: an id of the catalogues and its named
/// arguments. Build one with [`msg!`](crate::msg).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    /// The message's id in the catalogues.
    pub id: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, MsgArg)>,
}

/// Builds a [`Msg`]: `msg!("unknown-region", code = "MA-99")`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::messages::MsgArg::from($value))),*],
        }
    };
}

impl Msg {
    /// A message without arguments.
    pub const fn plain(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<MsgArg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang` (English when `lang`'s catalogue lacks it).
    pub fn text(&self, lang: EditorLang) -> String {
        catalogues().format(lang, self)
    }

    /// The message in `lang`, for a terminal (see [`for_terminal`]).
    pub fn terminal(&self, lang: EditorLang) -> String {
        for_terminal(self.text(lang))
    }

    /// The message in English (tests and logs).
    pub fn en(&self) -> String {
        self.text(EditorLang::En)
    }
}

/// Marks a [`Msg`] carried inside a library's error text (serde's custom
/// errors are strings): see [`Msg::encode`].
const ENCODED: char = '⟦';
/// Ends an encoded [`Msg`].
const ENCODED_END: char = '⟧';
/// Separates arguments, and names from values (printable: libraries
/// escape control characters in their error texts).
const ARG: char = '⁞';
const VALUE: char = '⁝';

impl Msg {
    /// The message as a string that survives a trip through a library's
    /// error text (`serde::de::Error::custom`): [`Msg::decode`] finds it
    /// again. Only text arguments survive (numbers become text).
    pub fn encode(&self) -> String {
        let mut s = String::new();
        s.push(ENCODED);
        s.push_str(self.id);
        for (name, value) in &self.args {
            let value = match value {
                MsgArg::Str(s) => s.clone(),
                MsgArg::Num(n) => n.to_string(),
                MsgArg::List(items) => items.join(", "),
                MsgArg::Msg(m) => m.en(),
            };
            s.push(ARG);
            s.push_str(name);
            s.push(VALUE);
            s.push_str(&value.replace([ENCODED, ENCODED_END, ARG, VALUE], ""));
        }
        s.push(ENCODED_END);
        s
    }

    /// The message [`Msg::encode`] put into `text`, if any.
    pub fn decode(text: &str) -> Option<Msg> {
        let start = text.find(ENCODED)?;
        let rest = &text[start + ENCODED.len_utf8()..];
        let inner = &rest[..rest.find(ENCODED_END)?];
        let mut parts = inner.split(ARG);
        let id = intern(parts.next()?);
        let mut msg = Msg::plain(id);
        for part in parts {
            let (name, value) = part.split_once(VALUE)?;
            msg = msg.arg(intern(name), value.to_string());
        }
        Some(msg)
    }
}

/// A static copy of an id or argument name read back by [`Msg::decode`]:
/// the set is the few names the code encodes, so it stays small.
fn intern(s: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(found) = names.get(s) {
        return found;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

/// Text for a terminal: the bidi isolates Fluent puts around values in
/// Arabic become left-to-right marks, which keep a path or a code in its
/// order inside a right-to-left sentence (annotate-snippets shows isolates
/// as U+FFFD, and many terminals ignore them).
pub fn for_terminal(text: String) -> String {
    if text.contains(['\u{2068}', '\u{2069}']) {
        text.replace(['\u{2068}', '\u{2069}'], "\u{200E}")
    } else {
        text
    }
}

/// Puts a message without arguments into words, for a terminal.
pub fn terminal_text(lang: EditorLang, id: &'static str) -> String {
    Msg::plain(id).terminal(lang)
}

/// Puts a message without arguments into words.
pub fn text(lang: EditorLang, id: &'static str) -> String {
    Msg::plain(id).text(lang)
}

/// One language's compiled-in catalogue files.
macro_rules! catalogue {
    ($lang:literal) => {
        &[
            ("cli.ftl", include_str!(concat!($lang, "/cli.ftl"))),
            ("load.ftl", include_str!(concat!($lang, "/load.ftl"))),
            (
                "validate.ftl",
                include_str!(concat!($lang, "/validate.ftl")),
            ),
            ("render.ftl", include_str!(concat!($lang, "/render.ftl"))),
            ("serve.ftl", include_str!(concat!($lang, "/serve.ftl"))),
            ("explain.ftl", include_str!(concat!($lang, "/explain.ftl"))),
        ]
    };
}

/// The catalogue files of `lang`: (file name, text).
pub fn sources(lang: EditorLang) -> &'static [(&'static str, &'static str)] {
    match lang {
        EditorLang::En => catalogue!("en"),
        EditorLang::Fr => catalogue!("fr"),
        EditorLang::Ar => catalogue!("ar"),
    }
}

struct Catalogues {
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn catalogues() -> &'static Catalogues {
    static CATALOGUES: OnceLock<Catalogues> = OnceLock::new();
    CATALOGUES.get_or_init(|| Catalogues {
        bundles: EditorLang::ALL.iter().map(|&l| bundle(l)).collect(),
    })
}

fn bundle(lang: EditorLang) -> FluentBundle<FluentResource> {
    let langid = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(lang.is_rtl());
    for (_, text) in sources(lang) {
        // The tests below parse every file strictly; at run time a broken
        // entry only loses that entry (English answers for it).
        let resource = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

impl Catalogues {
    fn format(&self, lang: EditorLang, msg: &Msg) -> String {
        let mut args = FluentArgs::with_capacity(msg.args.len());
        for (name, value) in &msg.args {
            let value = match value {
                MsgArg::Str(s) => FluentValue::from(s.clone()),
                MsgArg::Num(n) => FluentValue::from(*n),
                MsgArg::List(items) => FluentValue::from(items.join(lang.comma())),
                MsgArg::Msg(inner) => FluentValue::from(self.format(lang, inner)),
            };
            args.set(*name, value);
        }
        for l in [lang, EditorLang::En] {
            let bundle = &self.bundles[l as usize];
            let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            return text.into_owned();
        }
        // Unreachable when the catalogue tests pass: show the id and the
        // values rather than nothing.
        let values: Vec<String> = msg.args.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
        format!("{} {}", msg.id, values.join(" "))
    }
}

/// The ids every catalogue file of `lang` defines, with the file name.
pub fn ids(lang: EditorLang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (file, text) in sources(lang) {
        if let Ok(resource) = fluent_syntax::parser::parse(*text) {
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    out.push((*file, m.id.name.to_string()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// English, for logs and test failures; what editors read goes through
/// [`Msg::text`] in their language.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}
