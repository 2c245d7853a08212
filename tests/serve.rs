//! `nassij serve`: incremental rebuilds give the bytes of a full build
//! after a sequence of edits (library and real binary), the reload and error
//! overlay events, safe paths, content types, the 404 page of the right
//! language, and a port already in use.

mod common;

use common::{NOW, copy_tree, read_tree, repo};
use nassij::model::date::Today;
use nassij::serve::engine::Engine;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// A copy of the repository's example site.
fn example_site() -> TempDir {
    let dir = tempfile::Builder::new()
        .prefix("nassij-serve-")
        .tempdir()
        .unwrap();
    for part in ["content", "themes", "i18n"] {
        copy_tree(&repo().join(part), &dir.path().join(part));
    }
    std::fs::copy(repo().join("site.yaml"), dir.path().join("site.yaml")).unwrap();
    dir
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The output of a full build of `root`, through the library as `build`
/// does it.
fn full_build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let today = Today::resolve(Some(NOW), None).unwrap();
    let loaded = nassij::load::load(root);
    let validated =
        nassij::validate::validate(loaded, &today, &nassij::validate::Options::default());
    let site = validated.site.expect("the edited site is valid");
    let renderer = nassij::render::Renderer::load(root, &site).unwrap_or_else(|d| panic!("{d:?}"));
    nassij::build::site_files(&site, &renderer)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect()
}

fn assert_same(step: &str, served: BTreeMap<String, Vec<u8>>, built: BTreeMap<String, Vec<u8>>) {
    let served_keys: Vec<&String> = served.keys().collect();
    let built_keys: Vec<&String> = built.keys().collect();
    if served_keys != built_keys {
        let extra: Vec<_> = served.keys().filter(|k| !built.contains_key(*k)).collect();
        let missing: Vec<_> = built.keys().filter(|k| !served.contains_key(*k)).collect();
        panic!(
            "{step}: files differ: served but not built {extra:?}; built but not served {missing:?}"
        );
    }
    let differ: Vec<&String> = built
        .iter()
        .filter(|(k, v)| served.get(*k) != Some(*v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        differ.is_empty(),
        "{step}: {} files differ: {differ:?}",
        differ.len()
    );
}

/// The edits of the sequence, each with the paths it touches.
type Step = (&'static str, fn(&Path) -> Vec<&'static str>);

fn steps() -> Vec<Step> {
    vec![
        ("rename an association", |root| {
            let f = "content/associations/amal-fes.md";
            edit(root, f, "Association Amal", "Association Amal renommée");
            vec![f]
        }),
        ("move an association to another region", |root| {
            let f = "content/associations/amal-fes.md";
            edit(root, f, "region: MA-03", "region: MA-01");
            edit(root, f, "province: MA-FES", "province: MA-TNG");
            vec![f]
        }),
        ("add an association", |root| {
            let from = root.join("content/associations/tifawin.md");
            let f = "content/associations/tifawin-bis.md";
            std::fs::copy(from, root.join(f)).unwrap();
            vec![f]
        }),
        ("edit a programme", |root| {
            let dir = root.join("content/programmes");
            let f = "content/programmes/nassij-fes-meknes.md";
            let text = std::fs::read_to_string(dir.join("nassij-fes-meknes.md")).unwrap();
            let changed = text.replacen("title: {ar: \"", "title: {ar: \"(جديد) ", 1);
            assert_ne!(
                text, changed,
                "the programme's title is written as expected"
            );
            std::fs::write(root.join(f), changed).unwrap();
            vec![f]
        }),
        ("delete an association", |root| {
            let f = "content/associations/tifawin-bis.md";
            std::fs::remove_file(root.join(f)).unwrap();
            vec![f]
        }),
        ("edit a template", |root| {
            let f = "themes/default/templates/base.html";
            edit(root, f, "</footer>", "<!-- edited --></footer>");
            vec![f]
        }),
        ("edit a Fluent file", |root| {
            let f = "i18n/fr/main.ftl";
            edit(
                root,
                f,
                "footer-updated-label = Dernière",
                "footer-updated-label = Toute dernière",
            );
            vec![f]
        }),
        ("edit a translation body", |root| {
            let f = "content/associations/amal-fes.fr.md";
            let path = root.join(f);
            let mut text = std::fs::read_to_string(&path).unwrap();
            text.push_str("\nUne phrase ajoutée.\n");
            std::fs::write(path, text).unwrap();
            vec![f]
        }),
    ]
}

#[test]
fn incremental_rebuilds_equal_a_full_build_after_each_edit() {
    let site = example_site();
    let root = site.path();
    let today = Today::resolve(Some(NOW), None).unwrap();
    let mut engine = Engine::new(root, today, false);
    let first = engine.rebuild();
    assert!(first.ok, "{:?}", first.diagnostics);
    engine.wait_settled();
    let snapshot = |e: &Engine| -> BTreeMap<String, Vec<u8>> {
        e.snapshot()
            .into_iter()
            .map(|(k, v)| (k, v.to_vec()))
            .collect()
    };
    assert_same("first build", snapshot(&engine), full_build(root));
    for (name, step) in steps() {
        for path in step(root) {
            assert!(engine.note(Path::new(path)));
        }
        let report = engine.rebuild();
        assert!(report.ok, "{name}: {:?}", report.diagnostics);
        engine.wait_settled();
        assert_same(name, snapshot(&engine), full_build(root));
    }
}

fn snapshot(e: &Engine) -> BTreeMap<String, Vec<u8>> {
    e.snapshot()
        .into_iter()
        .map(|(k, v)| (k, v.to_vec()))
        .collect()
}

/// Record edits checked alone (phase 1 parses and checks only the record):
/// fields that move a record in its list (an offer's closing date, a
/// news item's date), facets, results, bodies; then edits that need the
/// whole site loaded again (a draft, a new parent).
/// An edit, whether phase 1 checks it alone, and the paths it touches.
type RecordStep = (&'static str, bool, fn(&Path) -> Vec<&'static str>);

fn record_steps() -> Vec<RecordStep> {
    vec![
        ("an offer closes later", true, |root| {
            let f = "content/offers/ami-nassij-souss-massa.md";
            edit(
                root,
                f,
                "closes: \"2027-01-29T16:00\"",
                "closes: \"2027-03-29T16:00\"",
            );
            vec![f]
        }),
        ("a news item is dated earlier", true, |root| {
            let f = "content/news/lancement-nassij-marrakech-safi.md";
            edit(root, f, "date: 2025-07-04", "date: 2022-07-04");
            vec![f]
        }),
        ("a results report changes programme", true, |root| {
            let f = "content/results/appui-formations-numeriques-2025-04.yaml";
            edit(
                root,
                f,
                "programme: appui-formations-numeriques",
                "programme: nassij-fes-meknes",
            );
            vec![f]
        }),
        ("an association is renamed", true, |root| {
            let f = "content/associations/tifawin.md";
            edit(
                root,
                f,
                "Association Tifawin (exemple)",
                "Association Tifawin (exemple 2)",
            );
            vec![f]
        }),
        ("a translation body is rewritten", true, |root| {
            let f = "content/offers/ami-nassij-souss-massa.fr.md";
            let mut text = std::fs::read_to_string(root.join(f)).unwrap();
            text.push_str("\nUne ligne de plus, avec un [lien](@/associations/tifawin).\n");
            std::fs::write(root.join(f), text).unwrap();
            vec![f]
        }),
        ("two records in one batch", true, |root| {
            let a = "content/programmes/nassij-fes-meknes.md";
            let text = std::fs::read_to_string(root.join(a)).unwrap();
            std::fs::write(
                root.join(a),
                text.replacen("title: {ar: \"", "title: {ar: \"(2) ", 1),
            )
            .unwrap();
            let b = "content/news/engagement-ogp-mo0057.md";
            edit(root, b, "date: 2024-01-01", "date: 2024-01-02");
            vec![a, b]
        }),
        ("an association becomes a draft", false, |root| {
            let f = "content/associations/tifawin.md";
            let text = std::fs::read_to_string(root.join(f)).unwrap();
            std::fs::write(
                root.join(f),
                text.replacen("---\n", "---\ndraft: true\n", 1),
            )
            .unwrap();
            vec![f]
        }),
        ("it is published again", false, |root| {
            let f = "content/associations/tifawin.md";
            edit(root, f, "draft: true\n", "");
            vec![f]
        }),
    ]
}

#[test]
fn record_edits_checked_alone_equal_a_full_build() {
    let site = example_site();
    let root = site.path();
    let mut engine = Engine::new(root, Today::resolve(Some(NOW), None).unwrap(), false);
    assert!(engine.rebuild().ok);
    engine.wait_settled();
    for (name, alone, step) in record_steps() {
        for path in step(root) {
            assert!(engine.note(Path::new(path)));
        }
        let report = engine.rebuild();
        assert!(report.ok, "{name}: {:?}", report.diagnostics);
        assert!(!report.settled, "{name}");
        let stages: Vec<&str> = report.stages.iter().map(|(s, _)| *s).collect();
        assert_eq!(stages.contains(&"check"), alone, "{name}: {stages:?}");
        engine.wait_settled();
        assert_same(name, snapshot(&engine), full_build(root));
    }
}

#[test]
fn edits_faster_than_settling_still_settle_to_a_full_build() {
    let site = example_site();
    let root = site.path();
    let mut engine = Engine::new(root, Today::resolve(Some(NOW), None).unwrap(), false);
    assert!(engine.rebuild().ok);
    // No waiting between the edits: each cancels the settling of the last,
    // whose pages are carried over.
    for (name, _, step) in record_steps() {
        for path in step(root) {
            engine.note(Path::new(path));
        }
        assert!(engine.rebuild().ok, "{name}");
    }
    let f = "content/associations/amal-fes.md";
    edit(root, f, "region: MA-03", "regionx: MA-03");
    engine.note(Path::new(f));
    assert!(!engine.rebuild().ok);
    engine.wait_settled();
    edit(root, f, "regionx: MA-03", "region: MA-03");
    engine.note(Path::new(f));
    assert!(engine.rebuild().ok);
    engine.wait_settled();
    assert_same("after the burst", snapshot(&engine), full_build(root));
}

#[test]
fn record_edits_render_only_the_pages_that_show_them() {
    let site = example_site();
    let root = site.path();
    let mut engine = Engine::new(root, Today::resolve(Some(NOW), None).unwrap(), false);
    let first = engine.rebuild();
    let f = "content/associations/amal-fes.md";
    edit(root, f, "Association Amal", "Association Amal renommée");
    engine.note(Path::new(f));
    let report = engine.rebuild();
    assert_eq!(report.scope, nassij::serve::engine::Stage::Content);
    assert!(
        report.rendered * 3 < first.rendered,
        "{} of {} pages rendered",
        report.rendered,
        first.rendered
    );
}

#[test]
fn errors_keep_the_last_output_and_changes_pending() {
    let site = example_site();
    let root = site.path();
    let mut engine = Engine::new(root, Today::resolve(Some(NOW), None).unwrap(), false);
    assert!(engine.rebuild().ok);
    engine.wait_settled();
    let before = engine.snapshot();
    let f = "content/associations/amal-fes.md";
    edit(root, f, "Association Amal", "Association Amal renommée");
    edit(root, f, "region: MA-03", "regionx: MA-03");
    engine.note(Path::new(f));
    let report = engine.rebuild();
    assert!(!report.ok);
    let d = report.diagnostics.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(d.code, "unknown-field");
    assert_eq!(d.file, Path::new(f));
    assert!(d.position.is_some_and(|p| p.line > 1));
    assert_eq!(engine.snapshot().len(), before.len());
    // Fixed without a new note for the file: the pending change is kept.
    edit(root, f, "regionx: MA-03", "region: MA-03");
    let report = engine.rebuild();
    assert!(report.ok, "{:?}", report.diagnostics);
    engine.wait_settled();
    let served: BTreeMap<String, Vec<u8>> = engine
        .snapshot()
        .into_iter()
        .map(|(k, v)| (k, v.to_vec()))
        .collect();
    assert_same("after the fix", served, full_build(root));
}

// ---------------------------------------------------------------- binary

fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A running `nassij serve`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    _site: Option<TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `nassij serve` on `root`; `env` adds environment variables (the
/// developers' `NASSIJ_SERVE_MIRROR`).
fn start(root: &Path, port: u16, env: &[(&str, &str)], stderr: Stdio) -> Child {
    Command::new(env!("CARGO_BIN_EXE_nassij"))
        .arg("--root")
        .arg(root)
        .args(["serve", "--port", &port.to_string(), "--now", NOW])
        .env("NASSIJ_LANG", "en")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap()
}

impl Server {
    fn start(site: TempDir, env: &[(&str, &str)]) -> Server {
        let port = free_port();
        // Not piped: nobody would read it, and a full pipe would block it.
        let child = start(site.path(), port, env, Stdio::null());
        let server = Server {
            child,
            port,
            _site: Some(site),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(r) = server.try_get("/") {
                if r.status == 200 {
                    return server;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the server did not answer within 60 s");
    }

    fn root(&self) -> &Path {
        self._site.as_ref().unwrap().path()
    }

    fn try_get(&self, path: &str) -> std::io::Result<Reply> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port))?;
        s.set_read_timeout(Some(Duration::from_secs(30)))?;
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw)?;
        Reply::parse(&raw)
    }

    fn get(&self, path: &str) -> Reply {
        self.try_get(path)
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    fn events(&self) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        write!(
            s,
            "GET /__nassij/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let mut e = Events {
            stream: s,
            buffer: String::new(),
            skipped: Vec::new(),
        };
        e.wait("hello", Duration::from_secs(10));
        e.skipped.clear();
        e
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn parse(raw: &[u8]) -> std::io::Result<Reply> {
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| std::io::Error::other("no header end"))?;
        let head = String::from_utf8_lossy(&raw[..end]).to_string();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other("no status"))?;
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect::<Vec<_>>();
        let mut body = raw[end + 4..].to_vec();
        if headers
            .iter()
            .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
        {
            body = dechunk(&body);
        }
        Ok(Reply {
            status,
            headers,
            body,
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = body.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&body[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&body[eol + 2..eol + 2 + size]);
        body = &body[eol + 2 + size + 2..];
    }
    out
}

/// A server-sent events client.
struct Events {
    stream: TcpStream,
    buffer: String,
    /// Names of the events skipped while waiting for another.
    skipped: Vec<String>,
}

impl Events {
    /// Waits for the next event named `name`; returns its data. Events of
    /// other names before it are skipped.
    fn wait(&mut self, name: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            while let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut event = None;
                let mut data = Vec::new();
                for line in block.lines() {
                    if let Some(e) = line.strip_prefix("event: ") {
                        event = Some(e.to_string());
                    } else if let Some(d) = line.strip_prefix("data: ") {
                        data.push(d.to_string());
                    }
                }
                if event.as_deref() == Some(name) {
                    return data.join("\n");
                }
                self.skipped.extend(event);
            }
            assert!(
                Instant::now() < deadline,
                "no `{name}` event within {timeout:?}; received: {}",
                self.buffer
            );
            let mut chunk = [0u8; 65536];
            match self.stream.read(&mut chunk) {
                Ok(0) => panic!("the event stream closed"),
                Ok(n) => self
                    .buffer
                    .push_str(&String::from_utf8_lossy(&chunk[..n]).replace("\r\n", "\n")),
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(e) => panic!("event stream: {e}"),
            }
        }
    }
}

impl Events {
    /// Waits for the `reload` event of a settled rebuild; returns its data.
    fn wait_settled(&mut self, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let data = self.wait("reload", left.max(Duration::from_millis(1)));
            let v: serde_json::Value = serde_json::from_str(&data).unwrap();
            if v["settled"] == true {
                return data;
            }
            // Phase 1 of a record edit names the record's own pages.
            assert!(v["paths"].is_array(), "{data}");
        }
    }
}

const EVENT_TIMEOUT: Duration = Duration::from_secs(30);

#[test]
fn serve_reloads_after_edits_and_its_output_equals_build() {
    let mirror = tempfile::tempdir().unwrap();
    let mirror_dir = mirror.path().join("out");
    let mirror_arg = mirror_dir.to_string_lossy().to_string();
    let server = Server::start(example_site(), &[("NASSIJ_SERVE_MIRROR", &mirror_arg)]);
    let root = server.root().to_path_buf();
    let mut events = server.events();
    for (name, step) in steps() {
        step(&root);
        let data = events.wait_settled(EVENT_TIMEOUT);
        assert!(data.contains("\"scope\""), "{name}: {data}");
        let out = tempfile::tempdir().unwrap();
        let built = out.path().join("public");
        let status = Command::new(env!("CARGO_BIN_EXE_nassij"))
            .arg("--root")
            .arg(&root)
            .args(["build", "--now", NOW, "--out"])
            .arg(&built)
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{name}: build failed");
        let served = read_tree(&mirror_dir);
        let mut expected = read_tree(&built);
        // The build's own manifest (for its next incremental build) is
        // not part of the site.
        expected.retain(|path, _| !path.starts_with(".nassij"));
        let as_strings = |t: BTreeMap<PathBuf, Vec<u8>>| -> BTreeMap<String, Vec<u8>> {
            t.into_iter()
                .map(|(k, v)| (k.to_string_lossy().replace('\\', "/"), v))
                .collect()
        };
        assert_same(name, as_strings(served), as_strings(expected));
    }
    // The page as served carries the reload script; the built one does not.
    let page = server.get("/fr/");
    assert!(
        page.text()
            .contains(r#"<script src="/__nassij/reload.js" defer></script>"#)
    );
    let built = std::fs::read_to_string(mirror_dir.join("fr/index.html")).unwrap();
    assert!(!built.contains("__nassij"));
}

#[test]
fn errors_show_in_an_overlay_until_fixed() {
    let server = Server::start(example_site(), &[]);
    let root = server.root().to_path_buf();
    let mut events = server.events();
    let f = "content/associations/amal-fes.md";
    // The line the edit lands on, counted from 1.
    let line = std::fs::read_to_string(root.join(f))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("region: MA-03"))
        .unwrap()
        + 1;
    edit(&root, f, "region: MA-03", "regionx: MA-03");
    let data = events.wait("errors", EVENT_TIMEOUT);
    let report: serde_json::Value = serde_json::from_str(&data).unwrap();
    let d = &report["diagnostics"][0];
    assert_eq!(d["code"], "unknown-field");
    assert_eq!(d["file"], f);
    assert_eq!(d["line"], line);
    assert_eq!(d["column"], 1);
    assert!(d["help"].as_str().is_some_and(|h| !h.is_empty()));
    assert!(d["source"].as_str().unwrap().contains("regionx"));
    // A page opened now sees the errors at once.
    let mut late = server.events();
    late.wait("errors", EVENT_TIMEOUT);
    // The last good output is still served.
    assert_eq!(server.get("/fr/associations/amal-fes/").status, 200);
    // Deleting files and renaming folders does not stop the server.
    std::fs::rename(root.join("content/news"), root.join("content/news-old")).unwrap();
    events.wait("errors", EVENT_TIMEOUT);
    std::fs::rename(root.join("content/news-old"), root.join("content/news")).unwrap();
    events.wait("errors", EVENT_TIMEOUT);
    edit(&root, f, "regionx: MA-03", "region: MA-03");
    events.wait("reload", EVENT_TIMEOUT);
    // The reload script builds the overlay from text, never from markup.
    let script = server.get("/__nassij/reload.js");
    assert_eq!(script.status, 200);
    assert!(
        script
            .header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(script.text().contains("textContent"));
    assert!(!script.text().contains("innerHTML"));
}

#[test]
fn editor_swap_files_trigger_nothing() {
    let server = Server::start(example_site(), &[]);
    let root = server.root().to_path_buf();
    let mut events = server.events();
    let names = [
        ".amal-fes.md.swp",
        ".amal-fes.md.swx",
        "amal-fes.md~",
        "4913",
        "#amal-fes.md#",
        ".#amal-fes.md",
        "x.tmp",
        ".DS_Store",
        "sedAb12Cd",
        "amal-fes.md___jb_tmp___",
        ".goutputstream-XYZ123",
    ];
    let dir = root.join("content/associations");
    for name in names {
        std::fs::write(dir.join(name), "broken: [").unwrap();
    }
    // (A build would refuse some of these names: they are removed before
    // the real edit, as editors do.)
    std::thread::sleep(Duration::from_millis(300));
    for name in names {
        std::fs::remove_file(dir.join(name)).unwrap();
    }
    // The real edit afterwards gives the first event: a reload.
    edit(
        &root,
        "content/associations/amal-fes.md",
        "Association Amal",
        "Association Amal (2)",
    );
    events.wait("reload", EVENT_TIMEOUT);
    assert_eq!(events.skipped, Vec::<String>::new());
}

#[test]
fn only_files_of_the_output_are_served() {
    let server = Server::start(example_site(), &[]);
    for path in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/ar%2f..%2f..%2fsite.yaml",
        "/..%5csite.yaml",
        "/ar/..\\..\\site.yaml",
        "//etc/passwd",
        "/ar/%00",
        "/content/associations/amal-fes.md",
        "/site.yaml",
    ] {
        let r = server.get(path);
        assert!(r.status == 400 || r.status == 404, "{path}: {}", r.status);
        assert!(!r.text().contains("base_url"), "{path} leaked site.yaml");
    }
    let types = [
        ("/ar/", "text/html; charset=utf-8"),
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ];
    for (path, ty) in types {
        let r = server.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some(ty), "{path}");
    }
    // Every kind of file of the output, found by extension in the mirror of
    // the files: css, js, json, ics, csv, woff2, svg.
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_nassij"))
        .arg("--root")
        .arg(server.root())
        .args(["build", "--now", NOW, "--out"])
        .arg(out.path().join("public"))
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let tree = read_tree(&out.path().join("public"));
    for (ext, ty) in [
        ("css", "text/css; charset=utf-8"),
        ("js", "text/javascript; charset=utf-8"),
        ("json", "application/json"),
        ("ics", "text/calendar; charset=utf-8"),
        ("csv", "text/csv; charset=utf-8"),
        ("woff2", "font/woff2"),
        ("svg", "image/svg+xml"),
    ] {
        let Some((path, bytes)) = tree
            .iter()
            .find(|(p, _)| p.extension().is_some_and(|e| e == ext))
        else {
            continue;
        };
        let url = format!("/{}", path.to_string_lossy().replace('\\', "/"));
        let r = server.get(&url);
        assert_eq!(r.status, 200, "{url}");
        assert_eq!(r.header("content-type"), Some(ty), "{url}");
        assert_eq!(&r.body, bytes, "{url}");
    }
    // Folders serve their index.html; without the slash, a redirect.
    assert_eq!(server.get("/fr/associations/").status, 200);
    let r = server.get("/fr/associations");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/fr/associations/"));
    // 404 pages in the language of the path.
    let r = server.get("/fr/nothing-here/");
    assert_eq!(r.status, 404);
    assert!(r.text().contains(r#"lang="fr""#), "{}", r.text());
    let r = server.get("/zgh/associations/nothing/");
    assert_eq!(r.status, 404);
    assert!(r.text().contains(r#"lang="zgh""#));
    let r = server.get("/nothing-here");
    assert_eq!(r.status, 404);
    let root_404 = std::fs::read_to_string(out.path().join("public/404.html")).unwrap();
    assert_eq!(
        r.text()
            .replace(r#"<script src="/__nassij/reload.js" defer></script>"#, ""),
        root_404
    );
}

#[test]
fn a_port_in_use_exits_2_with_a_clear_message() {
    let busy = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let site = example_site();
    let child = start(site.path(), port, &[], Stdio::piped());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("port {port} is already in use")),
        "{stderr}"
    );
}

/// A save that writes the new text beside the file and renames it onto the
/// file (GNU `sed -i`; vim, JetBrains IDEs and gedit do the same with their
/// own temporary names) is a record edit like any other: its first reload
/// comes from the fast path (the record checked alone, not settled yet).
#[test]
fn a_rename_over_save_takes_the_fast_path() {
    let server = Server::start(example_site(), &[]);
    let root = server.root().to_path_buf();
    let mut events = server.events();
    let file = root.join("content/associations/amal-fes.md");
    let text = std::fs::read_to_string(&file).unwrap().replacen(
        "Association Amal",
        "Association Amal (sed)",
        1,
    );
    let temporary = root.join("content/associations/sedAb12Cd");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, &file).unwrap();
    let data = events.wait("reload", EVENT_TIMEOUT);
    let v: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(v["scope"], "content", "{data}");
    assert_eq!(v["settled"], false, "{data}");
    // Checked alone: no load or validation of the whole site.
    assert!(
        v["stages"].get("check").is_some() && v["stages"].get("load").is_none(),
        "not the fast path: {data}"
    );
    assert_eq!(events.skipped, Vec::<String>::new());
}
