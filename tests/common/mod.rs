//! Test harness: copies a fixture site into a fresh temporary folder and runs
//! the real `nassij` binary on it.
//!
//! Fixtures live in `tests/fixtures/`. `valid/` is a complete site without a
//! theme or interface strings, as `nassij init` makes them: it uses those
//! built into nassij. `invalid/<case>/` folders are overlays on `valid/` (see
//! [`Site::with_overlay`]); theirs override the built-in files.

// Each test binary uses a part of the harness; its items are `pub` for
// the test files, which are the crates here.
#![allow(dead_code, unreachable_pub)]

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use tempfile::TempDir;

/// The values of `attr="…"` in `html`, in order.
pub fn attrs(html: &str, attr: &str) -> Vec<String> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

/// "Today" for every check and build of the tests.
pub const NOW: &str = "2026-11-22";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo().join("tests").join("fixtures")
}

/// Copies the tree at `from` into `to` (created if needed), overwriting files.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.unwrap_or_else(|e| panic!("cannot walk {}: {e}", from.display()));
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).unwrap();
            }
            std::fs::copy(entry.path(), &target).unwrap_or_else(|e| {
                panic!(
                    "cannot copy {} to {}: {e}",
                    entry.path().display(),
                    target.display()
                )
            });
        }
    }
}

/// A site in a temporary folder, removed when dropped.
pub struct Site {
    dir: TempDir,
}

impl Site {
    /// An empty folder (for `nassij init`).
    pub fn empty() -> Site {
        let dir = tempfile::Builder::new()
            .prefix("nassij-test-")
            .tempdir()
            .unwrap();
        Site { dir }
    }

    /// A copy of `tests/fixtures/<name>`.
    pub fn from_fixture(name: &str) -> Site {
        let dir = tempfile::Builder::new()
            .prefix("nassij-test-")
            .tempdir()
            .unwrap();
        copy_tree(&fixtures().join(name), dir.path());
        // Git attributes of the fixture are not part of the site.
        let _ = std::fs::remove_file(dir.path().join(".gitattributes"));
        Site { dir }
    }

    /// The valid fixture with an overlay copied over it: every file of
    /// `overlay` replaces or adds a file, except `expected` (the test's
    /// expectations) and `DELETE` (a list of paths, one a line, removed from
    /// the site).
    pub fn with_overlay(overlay: &Path) -> Site {
        let site = Site::from_fixture("valid");
        for entry in walkdir::WalkDir::new(overlay).min_depth(1) {
            let entry = entry.unwrap();
            let rel = entry.path().strip_prefix(overlay).unwrap();
            if rel == Path::new("expected") || rel == Path::new("DELETE") {
                continue;
            }
            let target = site.root().join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        if let Ok(list) = std::fs::read_to_string(overlay.join("DELETE")) {
            for line in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let path = site.root().join(line);
                if path.is_dir() {
                    std::fs::remove_dir_all(&path).unwrap();
                } else {
                    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("DELETE {line}: {e}"));
                }
            }
        }
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    /// Runs `git ARGS` in the site's folder (quietly; a test user for
    /// commits) and asserts it succeeded.
    pub fn git(&self, args: &[&str]) {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.ma"])
            .args(args)
            .current_dir(self.root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("git");
        assert!(status.success(), "git {args:?}");
    }

    /// Runs `nassij ARGS` in the site's folder.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.root(), args, &[])
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        run_in(self.root(), args, env)
    }

    /// `check --format json --now NOW` with the parsed report.
    pub fn check_json(&self) -> (Output, Report) {
        self.check_json_with(&[])
    }

    pub fn check_json_with(&self, extra: &[&str]) -> (Output, Report) {
        let mut args = vec!["check", "--format", "json", "--now", NOW];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        let report = out.json();
        (out, report)
    }

    pub fn build(&self, out: &str) -> Output {
        self.run(&["build", "--now", NOW, "--out", out])
    }
}

#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn json(&self) -> Report {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not the JSON report ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

/// Runs the binary with a clean environment for the things it reads.
pub fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nassij"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        // Messages in English unless a test asks for another language.
        .env("NASSIJ_LANG", "en");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("cannot run nassij");
    let output = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !output.stderr.contains("panicked"),
        "nassij {args:?} panicked:\n{}",
        output.stderr
    );
    assert!(
        out.status.code().is_some(),
        "nassij {args:?} was killed by a signal"
    );
    output
}

/// Writes a generated site of `associations` associations (seed 1) into
/// `out` with the corpus generator. The generator is the workspace's
/// `nassij-generate` tool (tools/generate/), not a binary of this package, so
/// it runs through `cargo run --locked --quiet -p nassij-generate`, at the
/// repository's root: it reads the repository's taxonomies (the generated site uses the
/// built-in theme and interface strings).
pub fn generate(associations: usize, out: &Path) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let n = associations.to_string();
    let result = Command::new(cargo)
        .args(["run", "--locked", "--quiet", "-p", "nassij-generate", "--"])
        .args(["--associations", &n, "--out"])
        .arg(out)
        .current_dir(repo())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("cannot run cargo");
    Output {
        code: result.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&result.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&result.stderr).into_owned(),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub schema_version: u32,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<Diag>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Diag {
    pub severity: String,
    pub code: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub label: Option<String>,
    pub help: Option<String>,
}

impl Diag {
    pub fn is_error(&self) -> bool {
        self.severity == "error"
    }

    /// `path:line:column code`, the format of the `expected` files.
    pub fn key(&self) -> String {
        format!(
            "{}:{}:{} {}",
            self.file.as_deref().unwrap_or("-"),
            self.line.unwrap_or(0),
            self.column.unwrap_or(0),
            self.code
        )
    }
}

impl Report {
    pub fn errors(&self) -> Vec<&Diag> {
        self.diagnostics.iter().filter(|d| d.is_error()).collect()
    }

    pub fn warnings(&self) -> Vec<&Diag> {
        self.diagnostics.iter().filter(|d| !d.is_error()).collect()
    }

    /// Warning codes with their counts.
    pub fn warning_codes(&self) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for d in self.warnings() {
            *m.entry(d.code.clone()).or_default() += 1;
        }
        m
    }
}

/// Every file under `dir` (relative path -> bytes).
pub fn read_tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}
