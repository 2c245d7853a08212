//! Serve: build the site in memory, serve it on 127.0.0.1 (or `--bind`),
//! watch the sources, rebuild what a change invalidates ([`engine`]), and
//! reload every open page through server-sent events ([`http`]). Errors are
//! shown in the terminal and, the same, in an overlay on every open page;
//! the last good output stays served until they are fixed.
//!
//! HTTP: tiny_http (synchronous, a few small dependencies): the server only
//! answers map lookups and holds a few event streams, so an async runtime
//! would add compile time and nothing else.

pub mod affected;
pub mod engine;
pub mod http;
pub mod watch;

use crate::diagnostics::{self, Diagnostic, Severity, SourceLookup};
use crate::messages::{EditorLang, Msg};
use crate::model::date::Today;
use crate::msg;
use engine::{Engine, Report, Stage};
use std::io::IsTerminal;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub(crate) struct Options {
    pub(crate) root: PathBuf,
    pub(crate) bind: IpAddr,
    pub(crate) port: u16,
    pub(crate) open: bool,
    /// What is published: drafts, scheduled records.
    pub(crate) publish: crate::validate::Options,
    pub(crate) today: Today,
    /// The language of the terminal lines and of the error overlay.
    pub(crate) lang: EditorLang,
    /// Quiet period of the watcher before a rebuild.
    pub(crate) debounce: Duration,
    /// Also keep a copy of the output in this folder (the tests set it
    /// with the environment variable `NASSIJ_SERVE_MIRROR`).
    pub(crate) mirror: Option<PathBuf>,
}

/// The watcher's quiet period after a change before a rebuild.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// Errors that stop `serve` before it serves (exit code 2).
#[derive(Debug)]
pub(crate) enum ServeError {
    AddressInUse(SocketAddr),
    Bind(SocketAddr, std::io::Error),
    Watch(String),
    Root(String),
}

impl ServeError {
    /// What stopped serve, in words.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            ServeError::AddressInUse(a) => msg!(
                "serve-port-in-use",
                port = a.port().to_string(),
                address = a.ip().to_string()
            ),
            ServeError::Bind(a, e) => msg!(
                "serve-cannot-listen",
                address = a.to_string(),
                reason = e.to_string()
            ),
            ServeError::Watch(e) => msg!("serve-cannot-watch", reason = e.as_str()),
            ServeError::Root(e) => msg!("serve-cannot-open", folder = e.as_str()),
        }
    }
}

/// Runs the server until the process is stopped; returns only on an error
/// that prevents serving.
pub(crate) fn run(options: Options) -> Result<(), ServeError> {
    let lang = options.lang;
    let root = std::fs::canonicalize(&options.root)
        .map_err(|_| ServeError::Root(options.root.display().to_string()))?;
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = TcpListener::bind(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::AddressInUse(addr),
        _ => ServeError::Bind(addr, e),
    })?;
    let server = tiny_http::Server::from_listener(listener, None)
        .map_err(|e| ServeError::Bind(addr, std::io::Error::other(e.to_string())))?;
    let server = Arc::new(server);
    if !options.bind.is_loopback() {
        say(
            lang,
            msg!("serve-visible-to-network", address = addr.to_string()),
        );
    }
    let mut watch = watch::Watch::start(&root).map_err(|e| ServeError::Watch(e.to_string()))?;

    let mut engine = Engine::with_options(&root, options.today.clone(), options.publish.clone());
    let hub = Arc::new(http::Hub::default());
    {
        // Every report, of phase 1 and of the settling alike, is printed,
        // mirrored and broadcast, in order, while the output is as it says.
        let mirror = std::sync::Mutex::new(options.mirror.map(Mirror::new));
        let first = std::sync::atomic::AtomicBool::new(true);
        let (hub, root, files) = (hub.clone(), root.clone(), engine.output());
        engine.listen(Arc::new(move |report: &Report| {
            let first = first.swap(false, std::sync::atomic::Ordering::SeqCst);
            print_report(&root, report, first, lang);
            if let Ok(mut m) = mirror.lock() {
                if let Some(m) = m.as_mut() {
                    m.sync(&files, report);
                }
            }
            publish(&hub, &root, report, lang);
        }));
    }
    engine.rebuild();
    {
        let (server, files, hub) = (server.clone(), engine.output(), hub.clone());
        std::thread::spawn(move || http::serve(server, files, hub));
    }
    let host = match options.bind {
        IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    let url = format!("http://{host}:{}/", options.port);
    say(lang, msg!("serve-listening", url = url.as_str()));
    if options.open {
        open_browser(&url);
    }
    while let Some(batch) = watch.next_batch(options.debounce) {
        let mut relevant = false;
        for path in &batch {
            relevant |= engine.note(path);
        }
        if !relevant || !engine.has_pending() {
            continue;
        }
        engine.rebuild();
    }
    Err(ServeError::Watch("the watcher stopped".into()))
}

/// Errors in full; warnings only counted (`nassij check` lists them).
fn say(lang: EditorLang, m: Msg) {
    eprintln!("{}", crate::messages::for_terminal(m.text(lang)));
}

fn print_report(root: &Path, report: &Report, first: bool, lang: EditorLang) {
    let errors: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    let warnings = report.diagnostics.len() - errors.len();
    if !errors.is_empty() {
        let sources = crate::load::sources::SourceCache::for_diagnostics(root, &errors);
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        eprint!("{}", diagnostics::render(&errors, &sources, color, lang));
    }
    let ms = (report.elapsed.as_secs_f64() * 1000.0).round() as u64;
    if report.ok && report.settled && report.scope == Stage::Content {
        say(
            lang,
            msg!(
                "serve-settled",
                ms = ms,
                pages = report.rendered,
                changed = report.changed.len(),
                removed = report.removed.len()
            ),
        );
    } else if report.ok {
        say(
            lang,
            msg!(
                "serve-rebuilt",
                scope = report.scope.name(),
                ms = ms,
                pages = report.rendered,
                changed = report.changed.len(),
                removed = report.removed.len(),
                warnings = if first { warnings } else { 0 },
                settling = if report.settled { "no" } else { "yes" },
            ),
        );
    } else {
        say(
            lang,
            msg!("serve-failed-rebuild", errors = errors.len(), ms = ms),
        );
    }
}

/// At most this many changed paths are named in a `reload` event; above,
/// every open page reloads.
const NAMED_PATHS: usize = 500;

/// The message every open page receives after a rebuild: a page reloads
/// when its own file is among the `paths` that changed, or when no list is
/// given (reload.js).
fn publish(hub: &http::Hub, root: &Path, report: &Report, lang: EditorLang) {
    if report.ok && report.errors_pending {
        // A settle of earlier work finished after the last rebuild failed:
        // the pages keep showing its errors (a reload would hide them).
        return;
    }
    if report.ok {
        let named = report.changed.len() + report.removed.len() <= NAMED_PATHS;
        let paths: Option<Vec<&String>> =
            named.then(|| report.changed.iter().chain(&report.removed).collect());
        let data = serde_json::json!({
            "scope": report.scope.name(),
            "settled": report.settled,
            "paths": paths,
            "changed": report.changed.len(),
            "removed": report.removed.len(),
            "ms": report.elapsed.as_millis() as u64,
            "stages": report.stages.iter().map(|(k, v)| (k.to_string(), *v)).collect::<std::collections::BTreeMap<_, _>>(),
        });
        hub.broadcast("reload", &data.to_string(), false);
    } else {
        hub.broadcast("errors", &overlay(root, &report.diagnostics, lang), true);
    }
}

/// The errors as the overlay shows them: each with its file, line, column,
/// help, and the same rustc-style text as the terminal.
pub fn overlay(root: &Path, all: &[Diagnostic], lang: EditorLang) -> String {
    let errors: Vec<&Diagnostic> = all.iter().filter(|d| d.is_error()).collect();
    let owned: Vec<Diagnostic> = errors.iter().map(|d| (*d).clone()).collect();
    let sources = crate::load::sources::SourceCache::for_diagnostics(root, &owned);
    let items: Vec<serde_json::Value> = owned
        .iter()
        .map(|d| {
            let mut item = diagnostics::json_item(d, lang);
            // The line at fault, for the overlay to show under the message.
            let line = d.position.map_or(1, |p| p.line);
            item["source"] = sources
                .text(&d.file)
                .and_then(|t| t.lines().nth(line.saturating_sub(1)))
                .map(|l| l.chars().take(400).collect::<String>())
                .into();
            item["length"] = d.length.max(1).into();
            item["level"] = crate::messages::text(lang, "level-error").into();
            item
        })
        .collect();
    let n = items.len();
    serde_json::json!({
        "summary": msg!("overlay-summary", errors = n).text(lang),
        "lang": lang.code(),
        "dir": if lang.is_rtl() { "rtl" } else { "ltr" },
        "labels": {
            "help": crate::messages::text(lang, "overlay-help-prefix"),
            "close": crate::messages::text(lang, "overlay-close"),
        },
        "diagnostics": items,
    })
    .to_string()
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_err()
    {
        eprintln!("serve: could not open a browser; open {url}");
    }
}

/// A copy of the served output on disk, kept in step after each rebuild
/// (`NASSIJ_SERVE_MIRROR=DIR`, for tests that compare it with `build`).
struct Mirror {
    dir: PathBuf,
}

impl Mirror {
    fn new(dir: PathBuf) -> Mirror {
        Mirror { dir }
    }

    fn sync(&mut self, output: &std::sync::RwLock<engine::Files>, report: &Report) {
        if !report.ok {
            return;
        }
        let Ok(files) = output.read() else {
            return;
        };
        for path in &report.removed {
            let _ = std::fs::remove_file(self.dir.join(path));
        }
        for path in &report.changed {
            if let Some(bytes) = files.get(path) {
                let target = self.dir.join(path);
                if let Some(parent) = target.parent() {
                    let _ = std::fs::create_dir_all(parent);
                }
                let _ = std::fs::write(target, bytes.as_slice());
            }
        }
    }
}
