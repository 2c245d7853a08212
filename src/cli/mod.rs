//! The command line: parse arguments, call the library, print diagnostics.
//! Exit codes: 0 success, 1 content errors, 2 usage or environment errors.

mod exit;
mod new;
mod stats;

use crate::build::{BuildError, Part, Plan};
use crate::diagnostics::{self, Diagnostic};
use crate::load::sources::SourceCache;
use crate::model::date::Today;
use crate::output::OutputFile;
use crate::render::Renderer;
use crate::validate::{self, Site};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use exit::today;
use exit::{EXIT_CONTENT, EXIT_OK, EXIT_USAGE};

#[derive(Parser, Debug)]
#[command(name = "nassij", version, about = "Builds Morocco's association directory and programme transparency site", long_about = None)]
struct Cli {
    /// The site's folder (the one holding site.yaml and content/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate, then write the whole site.
    Build {
        /// Output folder, replaced atomically.
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Publish records marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Publish offers and news dated after "today" (scheduled for later).
        #[arg(long)]
        future: bool,
        /// "Today" for offer statuses and dates: YYYY-MM-DD, a local date-time, or RFC 3339 (default: SOURCE_DATE_EPOCH, else the clock).
        #[arg(long)]
        now: Option<String>,
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Validate only; exit 1 on any error.
    Check {
        /// Also fail on warnings (missing translations, stale statuses...).
        #[arg(long)]
        strict: bool,
        /// Report only the problems of these files or folders (the whole
        /// site is still validated, and decides the exit status).
        paths: Vec<PathBuf>,
        /// Report only the problems of the files changed since BASE (git;
        /// by default the merge base with origin/main, else HEAD), new files included.
        #[arg(long, value_name = "BASE", num_args = 0..=1, default_missing_value = "")]
        changed: Option<String>,
        #[arg(long)]
        now: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Write a new record with every field present and commented.
    New {
        /// association, programme, offer, results, institution, news or page (plural folder names work too).
        kind: String,
        slug: String,
    },
    /// Counts and translation coverage per kind and language.
    Stats {
        /// List the records that lack texts in this language, with the texts.
        #[arg(long, value_name = "LANG")]
        missing: Option<String>,
        #[arg(long)]
        now: Option<String>,
    },
    /// Build in memory, serve on 127.0.0.1, rebuild and reload open pages on every change.
    Serve {
        /// Port to listen on.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Address to listen on; anything but a loopback address makes the site visible to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Publish records marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Publish offers and news dated after "today" (scheduled for later).
        #[arg(long)]
        future: bool,
        /// "Today", as for build.
        #[arg(long)]
        now: Option<String>,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Github,
    Json,
}

/// Runs the program with the process arguments; returns the exit code.
pub fn main() -> i32 {
    run(std::env::args_os())
}

fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
        }
    };
    match cli.command {
        Command::Build {
            out,
            drafts,
            future,
            now,
            format,
        } => build(
            &cli.root,
            &out,
            &validate::Options { drafts, future },
            now.as_deref(),
            format,
        ),
        Command::Check {
            strict,
            paths,
            changed,
            now,
            format,
        } => {
            let only = match (paths.is_empty(), changed) {
                (true, None) => None,
                (_, changed) => {
                    let mut only: Vec<PathBuf> =
                        paths.iter().map(|p| relative_to(&cli.root, p)).collect();
                    if let Some(base) = changed {
                        match changed_files(&cli.root, &base) {
                            Ok(files) => only.extend(files),
                            Err(e) => {
                                eprintln!("error: --changed: {e}");
                                return EXIT_USAGE;
                            }
                        }
                    }
                    Some(only)
                }
            };
            check(&cli.root, strict, only.as_deref(), now.as_deref(), format)
        }
        Command::New { kind, slug } => new::run(&cli.root, &kind, &slug),
        Command::Stats { missing, now } => {
            stats::run(&cli.root, missing.as_deref(), now.as_deref())
        }
        Command::Serve {
            port,
            open,
            bind,
            drafts,
            future,
            now,
        } => {
            let today = match today(now.as_deref()) {
                Ok(t) => t,
                Err(code) => return code,
            };
            let options = crate::serve::Options {
                root: cli.root.clone(),
                bind,
                port,
                open,
                publish: validate::Options { drafts, future },
                today,
                debounce: crate::serve::DEBOUNCE,
                // For the tests that compare serve's output with build's
                // (tests/serve.rs); not an option editors see.
                mirror: std::env::var_os("NASSIJ_SERVE_MIRROR").map(PathBuf::from),
            };
            match crate::serve::run(options) {
                Ok(()) => EXIT_OK,
                Err(e) => {
                    eprintln!("error: {e}");
                    EXIT_USAGE
                }
            }
        }
    }
}

/// Prints diagnostics in the chosen format: human ones to stderr, machine
/// ones to stdout.
/// In human and GitHub output, warnings of one rule past this many are
/// counted, not printed: a national directory can carry a missing
/// translation in nearly every record, and 350,000 warnings help no one
/// reading a terminal or a CI log (GitHub shows 10 annotations a step).
/// Errors are always printed, all of them; `--format json` lists every
/// diagnostic.
const SHOWN_WARNINGS_PER_RULE: usize = 20;

fn report(root: &Path, diagnostics: &mut Vec<Diagnostic>, format: Format) {
    if format == Format::Json {
        let sources = SourceCache::for_diagnostics(root, diagnostics);
        diagnostics::resolve(diagnostics, &sources);
        diagnostics::sort(diagnostics);
        print!("{}", diagnostics::render_json(diagnostics));
        return;
    }
    // File order (and exact duplicates dropped, as `sort` does) without
    // resolving every position first.
    diagnostics.sort_by(|a, b| (&a.file, a.code, &a.message).cmp(&(&b.file, b.code, &b.message)));
    diagnostics.dedup();
    let (mut shown, hidden) = elide_warnings(diagnostics);
    let sources = SourceCache::for_diagnostics(root, &shown);
    diagnostics::resolve(&mut shown, &sources);
    diagnostics::sort(&mut shown);
    let mut out = match format {
        Format::Github => diagnostics::render_github(&shown),
        _ => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            diagnostics::render(&shown, &sources, color)
        }
    };
    for (code, n) in hidden {
        let text = format!(
            "{n} more `{code}` warnings not shown (the first {SHOWN_WARNINGS_PER_RULE} are above); `nassij check --format json` lists them all{}",
            if code == "missing-translation" {
                ", `nassij stats` gives the translation coverage"
            } else {
                ""
            }
        );
        match format {
            Format::Github => out.push_str(&format!("::notice title=nassij::{text}\n")),
            _ => out.push_str(&format!("warning: {text}\n")),
        }
    }
    match format {
        Format::Github => print!("{out}"),
        _ => eprint!("{out}"),
    }
}

/// The diagnostics to print (every error, the first warnings of each rule
/// in file order) and, by rule, how many warnings are left out.
fn elide_warnings(diagnostics: &[Diagnostic]) -> (Vec<Diagnostic>, Vec<(&'static str, usize)>) {
    let mut per_rule: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let mut shown = Vec::new();
    for d in diagnostics {
        if d.is_error() {
            shown.push(d.clone());
            continue;
        }
        let n = per_rule.entry(d.code).or_default();
        *n += 1;
        if *n <= SHOWN_WARNINGS_PER_RULE {
            shown.push(d.clone());
        }
    }
    let hidden = per_rule
        .into_iter()
        .filter(|&(_, n)| n > SHOWN_WARNINGS_PER_RULE)
        .map(|(code, n)| (code, n - SHOWN_WARNINGS_PER_RULE))
        .collect();
    (shown, hidden)
}

fn summary(diagnostics: &[Diagnostic]) -> String {
    let (errors, warnings) = diagnostics::counts(diagnostics);
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

/// With `NASSIJ_TIMINGS` set, `build` prints to stderr the time of each
/// stage and the peak memory so far (`VmHWM` on Linux): what the benchmark
/// notes (tests/bench/README.md) break down.
struct Timings {
    on: bool,
    lap: Instant,
}

impl Timings {
    fn from_env(started: Instant) -> Timings {
        Timings {
            on: std::env::var_os("NASSIJ_TIMINGS").is_some(),
            lap: started,
        }
    }

    fn lap(&mut self, name: &str) {
        if !self.on {
            return;
        }
        let peak = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .map(|l| l["VmHWM:".len()..].trim().to_string())
            })
            .unwrap_or_else(|| "?".into());
        eprintln!(
            "timing: {name:<14} {:>8.2}s  peak memory {peak}",
            self.lap.elapsed().as_secs_f64()
        );
        self.lap = Instant::now();
    }
}

/// Load and validate: the site when valid, the diagnostics in any case.
fn load_and_validate(
    root: &Path,
    today: &Today,
    options: &validate::Options,
) -> (Option<Site>, Vec<Diagnostic>) {
    let loaded = crate::load::load(root);
    let validated = validate::validate(loaded, today, options);
    (validated.site, validated.diagnostics)
}

/// Lists the offers and news scheduled for a later day: `build` leaves them
/// out until then (unless `--future`). Not a warning: nothing is wrong.
fn scheduled(site: &Site, today: &Today, format: Format) {
    use crate::model::kinds::Scheduled;
    let day = today.date();
    let mut later: Vec<(String, String)> = site
        .offers
        .iter()
        .filter(|r| r.data.is_scheduled(day))
        .map(|r| {
            (
                r.file.display().to_string(),
                r.data.online_from().to_string(),
            )
        })
        .chain(
            site.news
                .iter()
                .filter(|r| r.data.is_scheduled(day))
                .map(|r| {
                    (
                        r.file.display().to_string(),
                        r.data.online_from().to_string(),
                    )
                }),
        )
        .collect();
    later.sort();
    for (file, date) in later {
        match format {
            Format::Human => eprintln!("scheduled: {file} goes online on {date}"),
            Format::Github => println!("::notice file={file}::scheduled: online on {date}"),
            Format::Json => {}
        }
    }
}

fn environment_problem(diagnostics: &[Diagnostic]) -> bool {
    diagnostics
        .iter()
        .any(|d| matches!(d.code, "missing-site-file" | "missing-content"))
}

/// A path given on the command line, relative to the site's root.
fn relative_to(root: &Path, path: &Path) -> PathBuf {
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let root = absolute(root);
    let full = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map_or_else(|_| path.to_path_buf(), |d| d.join(path))
    };
    absolute(&full)
        .strip_prefix(&root)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

/// The files changed since `base` (empty: the merge base with origin/main,
/// else HEAD), new untracked files included, relative to the site's root.
fn changed_files(root: &Path, base: &str) -> Result<Vec<PathBuf>, String> {
    let git = |args: &[&str]| -> Result<String, String> {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .map_err(|e| format!("cannot run git ({e}); is git installed?"))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
        }
    };
    let base = if base.is_empty() {
        git(&["merge-base", "HEAD", "origin/main"])
            .map(|b| b.trim().to_string())
            .unwrap_or_else(|_| "HEAD".to_string())
    } else {
        base.to_string()
    };
    let changed = git(&["diff", "--name-only", "--relative", &base])?;
    let new = git(&["ls-files", "--others", "--exclude-standard"])?;
    Ok(changed
        .lines()
        .chain(new.lines())
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect())
}

fn check(
    root: &Path,
    strict: bool,
    only: Option<&[PathBuf]>,
    now: Option<&str>,
    format: Format,
) -> i32 {
    let today = match today(now) {
        Ok(t) => t,
        Err(code) => return code,
    };
    // check validates what any build could publish: drafts and scheduled
    // records too.
    let every = validate::Options {
        drafts: true,
        future: true,
    };
    let (site, mut diagnostics) = load_and_validate(root, &today, &every);
    if let Some(site) = &site {
        match Renderer::load(root, site) {
            Ok(renderer) => {
                diagnostics.extend(renderer.missing_messages(site));
                diagnostics.extend(crate::build::check_templates(site, &renderer));
            }
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    let (errors, warnings) = diagnostics::counts(&diagnostics);
    match only {
        None => report(root, &mut diagnostics, format),
        // With paths: the problems of those files only, and a count of the
        // rest (the exit status stays the whole site's).
        Some(files) => {
            let mut mine: Vec<Diagnostic> = diagnostics
                .iter()
                .filter(|d| files.iter().any(|f| d.file.starts_with(f)))
                .cloned()
                .collect();
            let others = diagnostics.len() - mine.len();
            report(root, &mut mine, format);
            if others > 0 && format != Format::Json {
                eprintln!(
                    "note: {others} more problems in other files are not shown; `nassij check` without paths lists them"
                );
            }
        }
    }
    if let Some(site) = &site {
        scheduled(site, &today, format);
    }
    if format == Format::Human {
        eprintln!("check: {}", summary(&diagnostics));
    }
    if environment_problem(&diagnostics) {
        EXIT_USAGE
    } else if errors > 0 || (strict && warnings > 0) {
        EXIT_CONTENT
    } else {
        EXIT_OK
    }
}

fn build(
    root: &Path,
    out: &Path,
    options: &validate::Options,
    now: Option<&str>,
    format: Format,
) -> i32 {
    let started = Instant::now();
    let mut timings = Timings::from_env(started);
    let today = match today(now) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        root.join(out)
    };
    if let Err(e) = crate::output::check_target(root, &out) {
        eprintln!("error: {e}");
        return EXIT_USAGE;
    }
    let (site, mut diagnostics) = load_and_validate(root, &today, options);
    let fail = |root: &Path, diagnostics: &mut Vec<Diagnostic>| {
        report(root, diagnostics, format);
        if format == Format::Human {
            eprintln!("build: {}; nothing was written", summary(diagnostics));
        }
        if environment_problem(diagnostics) {
            EXIT_USAGE
        } else {
            EXIT_CONTENT
        }
    };
    let Some(site) = site else {
        return fail(root, &mut diagnostics);
    };
    let renderer = match Renderer::load(root, &site) {
        Ok(r) => r,
        Err(mut d) => {
            diagnostics.append(&mut d);
            return fail(root, &mut diagnostics);
        }
    };
    // Pages are written to the staging folder as they are rendered; a
    // failure drops the staging folder and leaves `out` as it was.
    let staging = match crate::output::Staging::begin(root, &out) {
        Ok(s) => s,
        Err(e) => {
            report(root, &mut diagnostics, format);
            eprintln!("error: cannot write the site: {e}");
            return EXIT_USAGE;
        }
    };
    let put = |_: Part, f: OutputFile| staging.put(&f.path, &f.bytes);
    timings.lap("load+validate");
    let all = crate::present::pages(&site);
    let rendered = match crate::build::assemble(
        &site,
        &renderer,
        &Plan::site(&all),
        &mut |name| timings.lap(name),
        &put,
    )
    .map_err(|e| match e {
        BuildError::Content(d) => Ok(d),
        BuildError::Sink(e) => Err(e),
        BuildError::Cancelled => unreachable!("a build's plan cannot be cancelled"),
    })
    .and_then(|r| staging.commit().map(|()| r).map_err(Err))
    {
        Ok(r) => r,
        Err(Ok(mut d)) => {
            diagnostics.append(&mut d);
            return fail(root, &mut diagnostics);
        }
        Err(Err(e)) => {
            report(root, &mut diagnostics, format);
            eprintln!("error: cannot write the site: {e}");
            return EXIT_USAGE;
        }
    };
    report(root, &mut diagnostics, format);
    if format == Format::Human {
        eprintln!(
            "build: {} pages, {} files in {} ({} languages) in {:.2}s; {}",
            rendered.pages,
            rendered.files,
            out.display(),
            site.config.languages.len(),
            started.elapsed().as_secs_f64(),
            summary(&diagnostics)
        );
    }
    EXIT_OK
}
