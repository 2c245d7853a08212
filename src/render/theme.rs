//! The theme: minijinja templates in strict undefined mode (a missing
//! variable is an error naming the template and line), the functions that
//! give templates the interface strings of the page's language, and the
//! static files, CSS fingerprinted for long caching.

use crate::builtin::DEFAULT_THEME;
use crate::diagnostics::{Diagnostic, Locus, Position};
use crate::i18n::{Arg, Localizer, strip_bidi_isolates};
use crate::messages::{Msg, MsgArg};
use crate::model::lang::Lang;
use crate::msg;
use crate::output::fingerprint;
use crate::present::html::{escape_html, write_escaped};
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind, State, UndefinedBehavior};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) struct Theme {
    pub(super) env: Environment<'static>,
    /// Files to copy under /static/, with their output path.
    pub(crate) assets: Vec<(String, Vec<u8>)>,
    /// Public URL of each static file by its name in the theme
    /// (`css/site.css` -> `/static/css/site.1a2b3c4d5e.css`).
    pub(super) asset_urls: std::collections::BTreeMap<String, String>,
    /// Where each template comes from (a file of the site's theme folder,
    /// relative to the site root, or the built-in theme), for diagnostics.
    origins: BTreeMap<String, PathBuf>,
    /// Template sources by name, to turn error offsets into columns.
    sources: BTreeMap<String, String>,
}

impl Theme {
    /// A template error as a diagnostic, at its exact line and column.
    pub(super) fn error(&self, e: &Error) -> Diagnostic {
        template_error(&self.origins, e, &self.sources)
    }

    pub(super) fn load(
        root: &Path,
        name: &str,
        i18n: Arc<Localizer>,
        directions: Vec<(Lang, &'static str)>,
    ) -> Result<Theme, Vec<Diagnostic>> {
        let dir = PathBuf::from("themes").join(name);
        let mut diagnostics = Vec::new();
        // Another theme than the built-in one must exist: a typo in
        // site.yaml must not silently give the default look.
        if name != DEFAULT_THEME && !root.join(&dir).is_dir() {
            return Err(vec![
                Diagnostic::error(
                    "missing-theme",
                    "site.yaml",
                    Locus::Path("theme".into()),
                    msg!("missing-theme", theme = name, folder = &dir),
                )
                .with_help(msg!("missing-theme--help", default = DEFAULT_THEME)),
            ]);
        }
        let files = theme_files(root, &dir, &mut diagnostics);
        let mut env = Environment::new();
        let mut sources = BTreeMap::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Undefined values remember where they came from, so that an error
        // names what the template asked for (`page.subtitle`): minijinja
        // does it only in debug builds unless asked, and the release binary
        // is the one a ministry's web team runs. It costs nothing until a
        // value is undefined.
        env.set_debug(true);
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        // Escape only what HTML needs (& < > " '): minijinja's default also
        // escapes `/`, which bloats every URL on pages read over slow data.
        // Strings are written straight from the value, escaped run by run,
        // without the two copies a `to_string` and an escaped copy cost.
        env.set_formatter(|out, state, value| {
            let raw = value.is_safe() || matches!(state.auto_escape(), minijinja::AutoEscape::None);
            let owned;
            let text = match value.as_str() {
                Some(s) => s,
                None => {
                    owned = value.to_string();
                    &owned
                }
            };
            let written = if raw {
                out.write_str(text)
            } else {
                write_escaped(out, text)
            };
            written.map_err(|_| {
                fault(
                    ErrorKind::WriteFailure,
                    Msg::plain("template--cannot-write"),
                )
            })
        });
        if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
        {
            env.set_syntax(syntax);
        }
        let mut origins = BTreeMap::new();
        let mut assets = Vec::new();
        let mut asset_urls = BTreeMap::new();
        for (rel, file) in files {
            if let Some(template) = rel.strip_prefix("templates/") {
                let source = match crate::load::frontmatter::decode(file.bytes.into_owned()) {
                    Ok(s) => s,
                    Err(e) => {
                        diagnostics.push(Diagnostic::error(
                            "template",
                            &file.path,
                            Locus::File,
                            Msg::plain("template--unreadable").arg("reason", e.message),
                        ));
                        continue;
                    }
                };
                origins.insert(template.to_owned(), file.path);
                sources.insert(template.to_owned(), source.clone());
                if let Err(e) = env.add_template_owned(template.to_owned(), source) {
                    diagnostics.push(template_error(&origins, &e, &sources));
                }
            } else if let Some(name) = rel.strip_prefix("static/") {
                // Stylesheets and scripts are fingerprinted so a CDN can
                // cache them for ever; a new version has a new name.
                let out = match name.rsplit_once('.') {
                    Some((stem, ext)) if ext == "css" || ext == "js" => {
                        format!("static/{stem}.{}.{ext}", fingerprint(&file.bytes))
                    }
                    _ => format!("static/{name}"),
                };
                asset_urls.insert(name.to_owned(), format!("/{out}"));
                assets.push((out, file.bytes.into_owned()));
            }
        }
        register_functions(&mut env, i18n, directions);
        if diagnostics.is_empty() {
            Ok(Theme {
                env,
                assets,
                asset_urls,
                origins,
                sources,
            })
        } else {
            Err(diagnostics)
        }
    }
}

/// How the built-in theme's files are named in diagnostics: they are no
/// file of the site (`nassij theme eject` writes them into it).
const BUILT_IN: &str = "<built-in theme>";

/// One file of the theme: where it comes from, for diagnostics, and its bytes.
struct ThemeFile {
    path: PathBuf,
    bytes: std::borrow::Cow<'static, [u8]>,
}

/// The files of a theme by their path in it (`templates/base.html`,
/// `static/css/site.css`): the built-in theme's, each replaced by the file
/// of the same path in the site's theme folder `dir` when there is one, and
/// the site's other files added.
fn theme_files(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, ThemeFile> {
    let mut files: BTreeMap<String, ThemeFile> = crate::builtin::theme()
        .iter()
        .map(|(rel, bytes)| {
            let file = ThemeFile {
                path: Path::new(BUILT_IN).join(rel),
                bytes: std::borrow::Cow::Borrowed(*bytes),
            };
            ((*rel).to_owned(), file)
        })
        .collect();
    for part in ["templates", "static"] {
        let folder = root.join(dir).join(part);
        if !folder.is_dir() {
            continue;
        }
        for (full, rel) in files_under(&folder) {
            let path = dir.join(part).join(&rel);
            match std::fs::read(&full) {
                Ok(bytes) => {
                    let file = ThemeFile {
                        path,
                        bytes: std::borrow::Cow::Owned(bytes),
                    };
                    files.insert(format!("{part}/{rel}"), file);
                }
                Err(e) => diagnostics.push(Diagnostic::error(
                    "asset",
                    path,
                    Locus::File,
                    msg!("asset", reason = e.to_string()),
                )),
            }
        }
    }
    files
}

/// The files below `dir`, sorted by name: each file's path and its path
/// relative to `dir` with `/` separators.
fn files_under(dir: &Path) -> Vec<(PathBuf, String)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap_or(e.path())
                .to_string_lossy()
                .replace('\\', "/");
            (e.into_path(), rel)
        })
        .collect()
}

/// A template error as a diagnostic at the template's file and line, with
/// the chain of includes that led there.
pub(crate) fn template_error(
    origins: &BTreeMap<String, PathBuf>,
    e: &Error,
    sources: &BTreeMap<String, String>,
) -> Diagnostic {
    let name = e.name().unwrap_or("?");
    let file = origins
        .get(name)
        .cloned()
        .unwrap_or_else(|| Path::new(BUILT_IN).join("templates").join(name));
    let locus = match (e.range(), sources.get(name), e.line()) {
        (Some(range), Some(source), _) => {
            Locus::At(crate::diagnostics::position_of_offset(source, range.start))
        }
        (_, _, Some(line)) => Locus::At(Position { line, column: 1 }),
        _ => Locus::File,
    };
    // The words of our own functions (a `Fault` below the error), else
    // minijinja's; the places of the includes that led here.
    let mut reason: Option<Msg> = None;
    let mut places: Vec<String> = Vec::new();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        if let Some(inner) = c.downcast_ref::<Error>() {
            places.push(format!(
                "{}:{}",
                inner.name().unwrap_or("?"),
                inner.line().unwrap_or(0)
            ));
        } else if let Some(Fault(m)) = c.downcast_ref::<Fault>() {
            reason.get_or_insert_with(|| m.clone());
        }
        cause = c.source();
    }
    // Without details, the engine's name of the kind of error.
    let detail = e
        .detail()
        .map_or_else(|| e.kind().to_string(), str::to_string);
    let undefined_name = detail
        .strip_prefix('`')
        .and_then(|d| d.strip_suffix("` is undefined"))
        .filter(|name| !name.contains('`'));
    let reason = reason.map_or_else(|| MsgArg::from(&detail), MsgArg::from);
    let message = match e.kind() {
        ErrorKind::UndefinedError => match undefined_name {
            Some(name) => msg!("template--undefined-name", name = name),
            None => msg!("template--undefined", reason = reason),
        },
        ErrorKind::SyntaxError | ErrorKind::BadEscape | ErrorKind::InvalidDelimiter => {
            msg!("template--syntax", reason = reason)
        }
        ErrorKind::UnknownFunction
        | ErrorKind::UnknownFilter
        | ErrorKind::UnknownTest
        | ErrorKind::UnknownMethod => msg!("template--unknown-function", reason = reason),
        ErrorKind::TemplateNotFound => msg!("template--not-found", reason = reason),
        ErrorKind::TooManyArguments | ErrorKind::MissingArgument => {
            msg!("template--arguments", reason = reason)
        }
        _ => msg!("template--other", reason = reason),
    };
    let message = if places.is_empty() {
        message
    } else {
        msg!("template--included", message = message, places = places)
    };
    let help = match e.kind() {
        ErrorKind::UndefinedError => Msg::plain("template--help-undefined"),
        ErrorKind::UnknownFunction | ErrorKind::UnknownFilter => {
            Msg::plain("template--help-unknown-function")
        }
        ErrorKind::SyntaxError => Msg::plain("template--help-syntax"),
        _ => Msg::plain("template--help"),
    };
    Diagnostic::error("template", file, locus, message).with_help(help)
}

/// The words of an error raised by one of nassij's template functions,
/// carried as the source of the minijinja error so that the diagnostic
/// says it in the editor's language ([`template_error`] looks for it).
#[derive(Debug)]
struct Fault(Msg);

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.en())
    }
}

impl std::error::Error for Fault {}

/// A minijinja error of `kind` that says `m` (in English to minijinja, in
/// the editor's language in the diagnostic).
fn fault(kind: ErrorKind, m: Msg) -> Error {
    Error::new(kind, m.en()).with_source(Fault(m))
}

/// A content text as a template holds it (the fields of `present::view::Tx`),
/// with its language and direction when it is a fallback in another language
/// than the page's.
struct ContentText {
    text: String,
    foreign: Option<(String, &'static str)>,
}

fn content_text(state: &State, value: &Value, function: &str) -> Result<ContentText, Error> {
    if value.is_none() || value.is_undefined() {
        return Err(fault(
            ErrorKind::UndefinedError,
            Msg::plain("template--tx-nothing"),
        ));
    }
    let text = attr_str(value, function, "text")?;
    let text_lang = attr_str(value, function, "lang")?;
    let dir = match attr_str(value, function, "dir")?.as_str() {
        "rtl" => "rtl",
        _ => "ltr",
    };
    let fallback = {
        let f = value.get_attr("fallback")?;
        if f.kind() != minijinja::value::ValueKind::Bool {
            return Err(not_a_text(function, "fallback", value));
        }
        f.is_true()
    };
    let foreign = (fallback && text_lang != page_lang_code(state)?).then_some((text_lang, dir));
    Ok(ContentText { text, foreign })
}

/// The string attribute `attr` of a text given to `function` (`tx`,
/// `lang_of`, `html`): a missing or non-string attribute is a template error, never
/// an empty string on the page.
fn attr_str(value: &Value, function: &str, attr: &str) -> Result<String, Error> {
    match value.get_attr(attr)?.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(not_a_text(function, attr, value)),
    }
}

fn not_a_text(function: &str, attr: &str, value: &Value) -> Error {
    fault(
        ErrorKind::InvalidOperation,
        msg!(
            "template--not-a-text",
            function = function,
            attr = attr,
            found = value.kind().to_string()
        ),
    )
}

/// The page's `lang` variable, as written in the context.
fn page_lang_code(state: &State) -> Result<String, Error> {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .ok_or_else(|| fault(ErrorKind::UndefinedError, Msg::plain("template--no-lang")))
}

/// The page's language, one of the site's.
fn page_lang(state: &State, i18n: &Localizer) -> Result<Lang, Error> {
    let code = page_lang_code(state)?;
    i18n.lang(&code).ok_or_else(|| {
        fault(
            ErrorKind::InvalidOperation,
            msg!("template--not-a-site-language", code = &code),
        )
    })
}

fn message(
    i18n: &Localizer,
    state: &State,
    id: &str,
    kwargs: &Kwargs,
) -> Result<(String, Lang, Lang), Error> {
    let lang = page_lang(state, i18n)?;
    let mut owned: Vec<(String, Value)> = Vec::new();
    for name in kwargs.args() {
        let value = kwargs.get::<Value>(name)?;
        // A missing value is an error, never a message saying 0 or nothing.
        if value.is_undefined() || value.is_none() {
            return Err(fault(
                ErrorKind::UndefinedError,
                msg!("template--argument-missing", name = name, id = id),
            ));
        }
        owned.push((name.to_string(), value));
    }
    enum Given {
        Str(String),
        Num(f64),
    }
    let given: Vec<Given> = owned
        .iter()
        .map(|(name, v)| {
            if v.is_number() {
                f64::try_from(v.clone()).map(Given::Num).map_err(|_| {
                    fault(
                        ErrorKind::InvalidOperation,
                        msg!("template--argument-not-a-number", name = name, id = id),
                    )
                })
            } else {
                Ok(Given::Str(v.to_string()))
            }
        })
        .collect::<Result<_, _>>()?;
    let args: Vec<(&str, Arg)> = owned
        .iter()
        .zip(&given)
        .map(|((k, _), g)| match g {
            Given::Str(s) => (k.as_str(), Arg::Str(s.as_str())),
            Given::Num(n) => (k.as_str(), Arg::Num(*n)),
        })
        .collect();
    let (text, from) = i18n
        .message(lang, id, &args)
        .map_err(|e| fault(ErrorKind::InvalidOperation, e.msg()))?;
    Ok((text, from, lang))
}

/// Formatted messages without arguments, by language and id.
#[derive(Default)]
struct Memo(
    std::sync::RwLock<std::collections::HashMap<String, std::collections::HashMap<String, Value>>>,
);

impl Memo {
    fn get(&self, state: &State, id: &str) -> Option<Value> {
        let lang = state.lookup("lang")?;
        let map = self.0.read().ok()?;
        map.get(lang.as_str()?)?.get(id).cloned()
    }

    fn put(&self, lang: &str, id: &str, value: &Value) {
        if let Ok(mut map) = self.0.write() {
            map.entry(lang.to_string())
                .or_default()
                .insert(id.to_string(), value.clone());
        }
    }
}

fn register_functions(
    env: &mut Environment<'static>,
    i18n: Arc<Localizer>,
    directions: Vec<(Lang, &'static str)>,
) {
    let dir_of = Arc::new(move |lang: Lang| {
        directions
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("ltr", |(_, d)| *d)
    });

    // t(id, name=value...): an interface string as HTML text; a fallback is
    // wrapped in a span that carries its real language and direction.
    // A message without arguments is the same on every page of a language:
    // it is formatted once and then read from `memo`.
    let (i, d) = (i18n.clone(), dir_of.clone());
    let memo = Memo::default();
    env.add_function(
        "t",
        move |state: &State, id: String, kwargs: Kwargs| -> Result<Value, Error> {
            let plain = kwargs.args().next().is_none();
            if plain && let Some(v) = memo.get(state, &id) {
                return Ok(v);
            }
            let (text, from, lang) = message(&i, state, &id, &kwargs)?;
            kwargs.assert_all_used()?;
            let html = escape_html(&text);
            let value = Value::from_safe_string(if from == lang {
                html
            } else {
                format!("<span lang=\"{from}\" dir=\"{}\">{html}</span>", d(from))
            });
            if plain {
                memo.put(lang.as_str(), &id, &value);
            }
            Ok(value)
        },
    );

    // t_attr(id, ...): the same for attributes: plain text, bidi isolation
    // marks removed (they have no place in attributes, URLs or JSON).
    let i = i18n.clone();
    let memo = Memo::default();
    env.add_function(
        "t_attr",
        move |state: &State, id: String, kwargs: Kwargs| -> Result<Value, Error> {
            let plain = kwargs.args().next().is_none();
            if plain && let Some(v) = memo.get(state, &id) {
                return Ok(v);
            }
            let (text, _, lang) = message(&i, state, &id, &kwargs)?;
            kwargs.assert_all_used()?;
            let value = Value::from(strip_bidi_isolates(&text).into_owned());
            if plain {
                memo.put(lang.as_str(), &id, &value);
            }
            Ok(value)
        },
    );

    // tx(text): a translated content text; a fallback is marked with its
    // real language.
    env.add_function(
        "tx",
        move |state: &State, value: Value| -> Result<Value, Error> {
            let text = content_text(state, &value, "tx")?;
            let html = escape_html(&text.text);
            Ok(Value::from_safe_string(match text.foreign {
                Some((lang, dir)) => format!("<span lang=\"{lang}\" dir=\"{dir}\">{html}</span>"),
                None => html,
            }))
        },
    );

    // lang_of(text): ` lang=".." dir=".."` for the block that holds a
    // fallback text alone (a heading, a lead, a list item), so the block
    // takes the text's direction and alignment: Arabic set right inside a
    // left-to-right zgh page. The block then shows `text.text` unwrapped.
    env.add_function(
        "lang_of",
        move |state: &State, value: Value| -> Result<Value, Error> {
            let text = content_text(state, &value, "lang_of")?;
            Ok(Value::from_safe_string(match text.foreign {
                Some((lang, dir)) => format!(" lang=\"{lang}\" dir=\"{dir}\""),
                None => String::new(),
            }))
        },
    );

    // html(body): a body already rendered and sanitized by the Markdown stage.
    env.add_function("html", |value: Value| -> Result<Value, Error> {
        Ok(Value::from_safe_string(attr_str(&value, "html", "text")?))
    });

    // msg_lang(id): the language an interface string will be shown in (the
    // page's, or a fallback's), for elements that cannot hold a span such
    // as <option>.
    let i = i18n.clone();
    env.add_function(
        "msg_lang",
        move |state: &State, id: String| -> Result<String, Error> {
            let lang = page_lang(state, &i)?;
            let (_, from) = i
                .message(lang, &id, &[])
                .map_err(|e| fault(ErrorKind::InvalidOperation, e.msg()))?;
            Ok(from.to_string())
        },
    );

    // plural_categories(): the plural categories the page's language uses
    // (for strings that scripts choose by count), sampled from its rules.
    let i = i18n.clone();
    env.add_function(
        "plural_categories",
        move |state: &State| -> Result<Value, Error> {
            let lang = page_lang(state, &i)?;
            let order = ["zero", "one", "two", "few", "many", "other"];
            let mut used = std::collections::BTreeSet::new();
            for n in (0..=200).map(f64::from).chain([1.5, 1_000_000.0]) {
                used.insert(crate::i18n::plural_category(lang, n).as_str());
            }
            Ok(Value::from(
                order
                    .iter()
                    .filter(|c| used.contains(*c))
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>(),
            ))
        },
    );

    // plural_table(): the plural category of every count from 0 to 199 in
    // the page's language, one letter each (z zero, o one, t two, f few,
    // m many, x other), so that the search client chooses its message by
    // the same rules as the site (src/i18n/plural.rs) instead of its own.
    // From 200 on the site's languages repeat the categories of 100-199.
    let i = i18n.clone();
    env.add_function(
        "plural_table",
        move |state: &State| -> Result<String, Error> {
            let lang = page_lang(state, &i)?;
            Ok((0..200)
                .map(
                    |n| match crate::i18n::plural_category(lang, f64::from(n)).as_str() {
                        "zero" => 'z',
                        "one" => 'o',
                        "two" => 't',
                        "few" => 'f',
                        "many" => 'm',
                        _ => 'x',
                    },
                )
                .collect())
        },
    );

    // num(n): a number with the page language's separators.
    let i = i18n.clone();
    env.add_function(
        "num",
        move |state: &State, n: f64| -> Result<String, Error> {
            let lang = page_lang(state, &i)?;
            Ok(strip_bidi_isolates(&crate::i18n::format_number(lang, n, 2)).into_owned())
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::EditorLang;

    /// Renders `name` of `templates` with a `fail()` function that raises a
    /// nassij error, and returns the diagnostic.
    fn diagnostic_of(templates: &[(&'static str, &'static str)], name: &str) -> Diagnostic {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_debug(true);
        let mut sources = BTreeMap::new();
        for (n, s) in templates {
            sources.insert(n.to_string(), s.to_string());
            env.add_template(n, s).unwrap();
        }
        env.add_function("fail", || -> Result<String, Error> {
            Err(fault(
                ErrorKind::InvalidOperation,
                msg!("template--not-a-site-language", code = "xx"),
            ))
        });
        let e = env
            .get_template(name)
            .and_then(|t| t.render(minijinja::context! {}))
            .expect_err("the template fails");
        let origins = sources
            .keys()
            .map(|n| (n.clone(), Path::new("themes/t/templates").join(n)))
            .collect();
        template_error(&origins, &e, &sources)
    }

    #[test]
    fn our_functions_errors_are_put_into_words_in_the_editors_language() {
        let d = diagnostic_of(&[("page.html", "<p>{{ fail() }}</p>")], "page.html");
        assert_eq!(d.file, Path::new("themes/t/templates/page.html"));
        assert_eq!(d.message.id, "template--other");
        assert_eq!(
            d.message.en(),
            "error in the template: `xx` is not a language of the site"
        );
        assert_eq!(
            d.message.text(EditorLang::Fr),
            "erreur dans le gabarit : `xx` n'est pas une langue du site"
        );
        assert!(
            d.message
                .text(EditorLang::Ar)
                .contains("ليست من لغات الموقع")
        );
    }

    #[test]
    fn an_error_in_an_included_template_names_where_it_was_included() {
        let d = diagnostic_of(
            &[
                ("page.html", "<p>\n{% include \"part.html\" %}</p>"),
                ("part.html", "{{ fail() }}"),
            ],
            "page.html",
        );
        assert_eq!(d.message.id, "template--included");
        let en = d.message.en();
        assert!(
            en.contains("`xx` is not a language of the site") && en.contains("part.html:1"),
            "{en}"
        );
    }

    #[test]
    fn an_undefined_value_is_named() {
        let d = diagnostic_of(
            &[("page.html", "{% set page = {} %}{{ page.subtitle }}")],
            "page.html",
        );
        assert_eq!(d.message.id, "template--undefined-name");
        assert_eq!(
            d.message.text(EditorLang::Fr),
            "le gabarit utilise `page.subtitle`, que cette page n'a pas"
        );
        assert_eq!(d.help.map(|h| h.id), Some("template--help-undefined"));
    }
}
