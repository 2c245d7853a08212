//! The command line: parse arguments, call the library, print diagnostics.
//! Exit codes: 0 success, 1 content errors, 2 usage or environment errors.

mod exit;
mod explain;
mod help;
mod init;
mod new;
mod stats;

use crate::build::BuildError;
use crate::diagnostics::{self, Diagnostic};
use crate::load::sources::SourceCache;
use crate::messages::{EditorLang, Msg};
use crate::model::date::Today;
use crate::msg;
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
    /// The language of nassij's messages: fr, ar or en (default: NASSIJ_LANG, the locale, site.yaml's editor_language, else en).
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<EditorLang>,
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
        /// Render every page again into a fresh folder, instead of reusing what the existing output's manifest says is unchanged.
        #[arg(long)]
        full: bool,
        /// "Today" for offer statuses and dates: YYYY-MM-DD, a local date-time, or RFC 3339 (default: SOURCE_DATE_EPOCH, else the clock).
        #[arg(long)]
        now: Option<String>,
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Folder of the parse cache, which spares parsing files unchanged since the last run (default: .nassij-cache in the site).
        #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
        cache: Option<PathBuf>,
        /// Parse every file, without reading or writing the parse cache.
        #[arg(long)]
        no_cache: bool,
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
        /// Folder of the parse cache, which spares parsing files unchanged since the last run (default: .nassij-cache in the site).
        #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
        cache: Option<PathBuf>,
        /// Parse every file, without reading or writing the parse cache.
        #[arg(long)]
        no_cache: bool,
    },
    /// Write a new record with every field present and commented.
    New {
        /// association, programme, offer, results, institution, news or page (plural folder names work too).
        kind: String,
        slug: String,
    },
    /// Start a new site repository: site.yaml, content/ with the taxonomies, the editors' guide, CI for GitHub and GitLab.
    Init {
        /// The new site's folder (default: --root, else the current folder).
        dir: Option<PathBuf>,
        /// The site's title: LANG=TEXT for one language (ar, fr, zgh), repeated; TEXT alone for the others.
        #[arg(long, value_name = "TEXT")]
        title: Vec<String>,
        /// The public address of the site.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// The address that receives "report an error" messages.
        #[arg(long, value_name = "EMAIL")]
        contact: Option<String>,
        /// Ask nothing: take the flags, else the defaults.
        #[arg(long)]
        yes: bool,
    },
    /// The site's theme.
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
    },
    /// Counts and translation coverage per kind and language.
    Stats {
        /// List the records that lack texts in this language, with the texts.
        #[arg(long, value_name = "LANG")]
        missing: Option<String>,
        #[arg(long)]
        now: Option<String>,
    },
    /// What a diagnostic code means, with an example of the mistake and of the fix (without CODE: every code).
    Explain {
        /// A code such as unknown-province, as printed in brackets by check and build.
        code: Option<String>,
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

#[derive(Subcommand, Debug)]
enum ThemeAction {
    /// Write the built-in theme and interface messages into the site, to change them.
    Eject {
        /// The site's folder (default: --root).
        dir: Option<PathBuf>,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Github,
    Json,
    /// GitLab's code-quality report on stdout, the human report on stderr
    /// (the job log shows it while the report goes to a file).
    Gitlab,
}

impl Format {
    /// Whether the human report and summary lines go to stderr.
    fn human_on_stderr(self) -> bool {
        matches!(self, Format::Human | Format::Gitlab)
    }
}

fn parse_lang(value: &str) -> Result<EditorLang, String> {
    EditorLang::parse(value)
        .filter(|_| value.len() == 2)
        .ok_or_else(|| "fr, ar or en".to_string())
}

/// The language of this run's messages (see [`EditorLang::choose`]).
fn editor_lang(flag: Option<EditorLang>, root: &Path) -> EditorLang {
    EditorLang::choose(
        flag,
        |var| std::env::var(var).ok().filter(|v| !v.is_empty()),
        || {
            let text = std::fs::read_to_string(root.join("site.yaml")).ok()?;
            EditorLang::from_site_yaml(&text).map(|l| l.code().to_string())
        },
    )
}

/// Prints one line to stderr in the run's language.
fn say(lang: EditorLang, m: Msg) {
    eprintln!("{}", crate::messages::for_terminal(m.text(lang)));
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
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // The help is in the run's language: read it before parsing.
    let (flag, root) = help::pre_scan(&args);
    let lang = editor_lang(flag, &root);
    let parsed = help::localize(Cli::command(), lang)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            match help::usage_error(&e, lang) {
                Some(text) => eprint!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
            return if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
        }
    };
    // The language chosen before parsing holds unless clap read the
    // arguments otherwise (site.yaml and the environment are read once).
    let lang = if (cli.lang, &cli.root) == (flag, &root) {
        lang
    } else {
        editor_lang(cli.lang, &cli.root)
    };
    match cli.command {
        Command::Build {
            out,
            drafts,
            future,
            full,
            now,
            format,
            cache,
            no_cache,
        } => {
            let cache = cache_dir(no_cache, cache, &cli.root);
            build(
                &cli.root,
                &out,
                &validate::Options { drafts, future },
                full,
                now.as_deref(),
                cache.as_ref(),
                format,
                lang,
            )
        }
        Command::Check {
            strict,
            paths,
            changed,
            now,
            format,
            cache,
            no_cache,
        } => {
            let cache = cache_dir(no_cache, cache, &cli.root);
            let paths: Vec<PathBuf> = paths.iter().map(|p| relative_to(&cli.root, p)).collect();
            // git walks the whole tree to find what changed: it does so
            // beside the load, which walks it too.
            let changed = changed.map(|base| {
                let root = cli.root.clone();
                std::thread::spawn(move || changed_files(&root, &base))
            });
            let only = move || -> Result<Option<Vec<PathBuf>>, Msg> {
                match changed {
                    None if paths.is_empty() => Ok(None),
                    None => Ok(Some(paths)),
                    Some(git) => {
                        let files = git
                            .join()
                            .unwrap_or_else(|_| Err(msg!("check-git-missing", reason = "git")))?;
                        Ok(Some(paths.into_iter().chain(files).collect()))
                    }
                }
            };
            check(
                &cli.root,
                strict,
                Box::new(only),
                now.as_deref(),
                cache.as_ref(),
                format,
                lang,
            )
        }
        Command::New { kind, slug } => new::run(&cli.root, &kind, &slug, lang),
        Command::Init {
            dir,
            title,
            base_url,
            contact,
            yes,
        } => init::run(
            dir.as_deref().unwrap_or(&cli.root),
            init::Flags {
                titles: title,
                base_url,
                contact,
                yes,
            },
            lang,
        ),
        Command::Theme {
            action: ThemeAction::Eject { dir },
        } => init::eject(dir.as_deref().unwrap_or(&cli.root), lang),
        Command::Stats { missing, now } => {
            stats::run(&cli.root, missing.as_deref(), now.as_deref(), lang)
        }
        Command::Explain { code } => explain::run(code.as_deref(), lang),
        Command::Serve {
            port,
            open,
            bind,
            drafts,
            future,
            now,
        } => {
            let today = match today(now.as_deref(), lang) {
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
                lang,
                debounce: crate::serve::DEBOUNCE,
                // For the tests that compare serve's output with build's
                // (tests/serve.rs); not an option editors see.
                mirror: std::env::var_os("NASSIJ_SERVE_MIRROR").map(PathBuf::from),
            };
            match crate::serve::run(options) {
                Ok(()) => EXIT_OK,
                Err(e) => {
                    say(lang, e.msg());
                    EXIT_USAGE
                }
            }
        }
    }
}

/// Prints diagnostics in the chosen format: human ones to stderr, machine
/// ones to stdout (gitlab: both, the report for GitLab and the log).
/// In human and GitHub output, warnings of one rule past this many are
/// counted, not printed: a national directory can carry a missing
/// translation in nearly every record, and 350,000 warnings help no one
/// reading a terminal or a CI log (GitHub shows 10 annotations a step).
/// Errors are always printed, all of them; `--format json` lists every
/// diagnostic.
const SHOWN_WARNINGS_PER_RULE: usize = 20;

fn report(root: &Path, diagnostics: &mut Vec<Diagnostic>, format: Format, lang: EditorLang) {
    if format == Format::Json {
        let sources = SourceCache::for_diagnostics(root, diagnostics);
        diagnostics::resolve(diagnostics, &sources);
        diagnostics::sort(diagnostics);
        print!("{}", diagnostics::render_json(diagnostics, lang));
        return;
    }
    // File order (and exact duplicates dropped, as `sort` does) without
    // resolving every position first.
    diagnostics
        .sort_by(|a, b| (&a.file, a.code, a.message.id).cmp(&(&b.file, b.code, b.message.id)));
    diagnostics.dedup();
    let (mut shown, hidden) = elide_warnings(diagnostics);
    let sources = SourceCache::for_diagnostics(root, &shown);
    diagnostics::resolve(&mut shown, &sources);
    diagnostics::sort(&mut shown);
    if format == Format::Gitlab {
        print!("{}", diagnostics::render_gitlab(&shown, lang));
    }
    let mut out = match format {
        Format::Github => diagnostics::render_github(&shown, lang),
        _ => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            diagnostics::render(&shown, &sources, color, lang)
        }
    };
    for (code, n) in hidden {
        let id = if code == "missing-translation" {
            "check-hidden-translations"
        } else {
            "check-hidden-warnings"
        };
        let text = msg!(id, count = n, code = code, shown = SHOWN_WARNINGS_PER_RULE).terminal(lang);
        match format {
            Format::Github => out.push_str(&format!("::notice title=nassij::{text}\n")),
            _ => out.push_str(&format!(
                "{}: {text}\n",
                crate::messages::text(lang, "level-warning")
            )),
        }
    }
    // Where to learn more: the code of the first error, explained with an
    // example of the mistake and of the fix.
    if format.human_on_stderr() {
        if let Some(first) = shown.iter().find(|d| d.is_error()) {
            out.push_str(&msg!("check-explain-hint", code = first.code).terminal(lang));
            out.push('\n');
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

fn summary(diagnostics: &[Diagnostic]) -> Msg {
    let (errors, warnings) = diagnostics::counts(diagnostics);
    msg!("summary-counts", errors = errors, warnings = warnings)
}

/// With `NASSIJ_TIMINGS` set, `build` and `check` print to stderr the time
/// of each stage, the peak memory so far (`VmHWM` on Linux) and the
/// processor time the stage took in user and system mode (all threads):
/// what the benchmark notes (tests/bench/README.md) break down.
struct Timings {
    on: bool,
    lap: Instant,
    cpu: Option<(f64, f64)>,
}

/// The process's user and system time so far, in seconds (Linux:
/// `/proc/self/stat`, in clock ticks of 1/100 s).
fn cpu_times() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command's name, in parentheses, may hold spaces: count from after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let user: f64 = fields.next()?.parse().ok()?;
    let sys: f64 = fields.next()?.parse().ok()?;
    Some((user / 100.0, sys / 100.0))
}

impl Timings {
    fn from_env(started: Instant) -> Timings {
        let on = std::env::var_os("NASSIJ_TIMINGS").is_some();
        Timings {
            on,
            lap: started,
            // From the process's start, as `started` may be.
            cpu: on.then_some((0.0, 0.0)),
        }
    }

    fn note(&self, text: &str) {
        if self.on {
            eprintln!("timing: {text}");
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
        let cpu = cpu_times();
        let spent = match (self.cpu, cpu) {
            (Some((u0, s0)), Some((u1, s1))) => {
                format!("  user {:.2}s sys {:.2}s", u1 - u0, s1 - s0)
            }
            _ => String::new(),
        };
        eprintln!(
            "timing: {name:<14} {:>8.2}s  peak memory {peak}{spent}",
            self.lap.elapsed().as_secs_f64()
        );
        self.lap = Instant::now();
        self.cpu = cpu;
    }
}

/// Lists the offers and news scheduled for a later day: `build` leaves them
/// out until then (unless `--future`). Not a warning: nothing is wrong.
fn scheduled(site: &Site, today: &Today, format: Format, lang: EditorLang) {
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
            Format::Human | Format::Gitlab => say(
                lang,
                msg!(
                    "check-scheduled",
                    file = file.as_str(),
                    date = date.as_str()
                ),
            ),
            Format::Github => println!(
                "::notice file={file}::{}",
                msg!("check-scheduled-github", date = date.as_str()).text(lang)
            ),
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
/// else HEAD), new untracked files included, relative to the site's root;
/// or what to tell the editor when git cannot say.
fn changed_files(root: &Path, base: &str) -> Result<Vec<PathBuf>, Msg> {
    let git = |args: &[&str]| -> Result<String, Msg> {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .map_err(|e| msg!("check-git-missing", reason = e.to_string()))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            // git's first line says what went wrong; the rest is its usage.
            let stderr = String::from_utf8_lossy(&out.stderr);
            let reason = stderr.trim().lines().next().unwrap_or_default().to_string();
            Err(msg!("check-changed-failed", reason = reason))
        }
    };
    match git(&["rev-parse", "--is-inside-work-tree"]) {
        Ok(_) => {}
        // git cannot be run: say so, without trying it again.
        Err(missing) if missing.id == "check-git-missing" => return Err(missing),
        Err(_) => return Err(Msg::plain("check-not-a-repository")),
    }
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

/// The files whose problems `check` reports (`None`: all), once known.
type Only = Box<dyn FnOnce() -> Result<Option<Vec<PathBuf>>, Msg>>;

fn check(
    root: &Path,
    strict: bool,
    only: Only,
    now: Option<&str>,
    cache: Option<&crate::load::CacheDir>,
    format: Format,
    lang: EditorLang,
) -> i32 {
    let today = match today(now, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    // check validates what any build could publish: drafts and scheduled
    // records too.
    let every = validate::Options {
        drafts: true,
        future: true,
    };
    let mut timings = Timings::from_env(Instant::now());
    let loaded = match cache {
        Some(cache) => {
            let (loaded, (reused, parsed, unread)) = crate::load::load_for_check(root, cache);
            timings.note(&format!(
                "parse cache: {reused} reused, {parsed} parsed; {unread} files not read again"
            ));
            loaded
        }
        None => crate::load::load(root),
    };
    timings.lap("load");
    let validated = validate::validate(loaded, &today, &every);
    let (mut site, mut diagnostics) = (validated.site, validated.diagnostics);
    timings.lap("validate");
    let sample = site.as_ref().map(crate::build::template_sample);
    // The load may have left bodies unread: those of the pages rendered
    // are read now, and the record files of those pages noted (their last
    // commit dates are the only ones read).
    let mut files: Vec<PathBuf> = Vec::new();
    if let (Some(site), Some(sample)) = (&mut site, &sample) {
        for page in sample {
            if let crate::present::Page::Record(kind, slug) = page {
                site.read_bodies(*kind, slug.as_str(), &|b| crate::load::read_body(root, b));
                files.extend(site.file_of(*kind, slug.as_str()).map(Path::to_path_buf));
            }
        }
    }
    if let (Some(site), Some(sample)) = (&site, &sample) {
        match Renderer::load_for(root, site, &files) {
            Ok(renderer) => {
                diagnostics.extend(renderer.missing_messages(site));
                diagnostics.extend(crate::build::check_templates(site, &renderer, sample));
            }
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    timings.lap("templates");
    let (errors, warnings) = diagnostics::counts(&diagnostics);
    let only = match only() {
        Ok(only) => only,
        Err(problem) => {
            say(lang, problem);
            std::mem::forget(site);
            return EXIT_USAGE;
        }
    };
    match only.as_deref() {
        None => report(root, &mut diagnostics, format, lang),
        // With paths: the problems of those files only, and a count of the
        // rest (the exit status stays the whole site's).
        Some(files) => {
            let mut mine: Vec<Diagnostic> = diagnostics
                .iter()
                .filter(|d| files.iter().any(|f| d.file.starts_with(f)))
                .cloned()
                .collect();
            let others = diagnostics.len() - mine.len();
            report(root, &mut mine, format, lang);
            if others > 0 && format != Format::Json {
                say(lang, msg!("check-others-not-shown", count = others));
            }
        }
    }
    timings.lap("report");
    if let Some(site) = &site {
        scheduled(site, &today, format, lang);
    }
    if format.human_on_stderr() {
        say(lang, msg!("check-summary", counts = summary(&diagnostics)));
    }
    timings.lap("scheduled");
    let code = if environment_problem(&diagnostics) {
        EXIT_USAGE
    } else if errors > 0 || (strict && warnings > 0) {
        EXIT_CONTENT
    } else {
        EXIT_OK
    };
    // The process exits next: freeing a national site value by value (a
    // few million strings) takes longer than the system reclaiming it.
    std::mem::forget(site);
    std::mem::forget(diagnostics);
    code
}

/// The parse cache of `--cache DIR` / `--no-cache` (`check` and `build`):
/// none, the folder given, or `.nassij-cache/` in the site.
fn cache_dir(no_cache: bool, cache: Option<PathBuf>, root: &Path) -> Option<crate::load::CacheDir> {
    match (no_cache, cache) {
        (true, _) => None,
        (false, Some(dir)) => Some(crate::load::CacheDir(dir)),
        (false, None) => Some(crate::load::CacheDir::default_for(root)),
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    root: &Path,
    out: &Path,
    options: &validate::Options,
    full: bool,
    now: Option<&str>,
    cache: Option<&crate::load::CacheDir>,
    format: Format,
    lang: EditorLang,
) -> i32 {
    use crate::build::incremental::{self, BuildOptions, FullReason, Scope};
    let started = Instant::now();
    let mut timings = Timings::from_env(started);
    let today = match today(now, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        root.join(out)
    };
    if let Err(e) = crate::output::check_target(root, &out) {
        say(lang, msg!("build-bad-target", reason = e.msg()));
        return EXIT_USAGE;
    }
    let loaded = match cache {
        Some(cache) => crate::load::load_with_cache(root, cache),
        None => crate::load::load(root),
    };
    let validated = validate::validate(loaded, &today, options);
    let (site, mut diagnostics) = (validated.site, validated.diagnostics);
    let fail = |root: &Path, diagnostics: &mut Vec<Diagnostic>| {
        report(root, diagnostics, format, lang);
        if format.human_on_stderr() {
            say(lang, msg!("build-failed", counts = summary(diagnostics)));
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
    let cannot_write = |diagnostics: &mut Vec<Diagnostic>, e: crate::output::OutputError| {
        report(root, diagnostics, format, lang);
        say(lang, msg!("build-cannot-write", reason = e.msg()));
        EXIT_USAGE
    };
    timings.lap("load+validate");
    let link_prefix = site.config.path_prefix();
    // What the tree holds now, and what the last build recorded (its
    // manifest, after finishing an update it left decided, and the words
    // cache): side by side, neither reads the other.
    let ((inputs, all), (old, words)) = rayon::join(
        || {
            let inputs = incremental::inputs(
                &site,
                &renderer,
                root,
                BuildOptions {
                    drafts: options.drafts,
                    future: options.future,
                    link_prefix,
                },
            );
            (inputs, crate::present::pages(&site))
        },
        || {
            let words = cache.map(|c| crate::search::words::Words::open(&c.0));
            if full || !out.is_dir() {
                return (Ok(None), words);
            }
            if let Err(e) = crate::output::update::recover(&out) {
                return (Err(e), words);
            }
            let old = std::fs::read(out.join(crate::build::manifest::PATH))
                .ok()
                .and_then(|b| crate::build::manifest::Manifest::from_bytes(&b));
            (Ok(old), words)
        },
    );
    let old = match old {
        Ok(old) => old,
        Err(e) => return cannot_write(&mut diagnostics, e),
    };
    let scope = if full || !out.is_dir() {
        Scope::Full(FullReason::Asked)
    } else {
        incremental::scope(old.as_ref(), &inputs, &all)
    };
    timings.lap("compare");
    let read_old =
        |rel: &str, offset: u64, len: u64| crate::output::read_at(&out, rel, offset, len);
    let reuse = incremental::Reuse {
        old: old.as_ref(),
        read_old: &read_old,
        words: words.as_ref(),
    };
    let result = match &scope {
        // Pages are written to the staging folder as they are rendered; a
        // failure drops the staging folder and leaves `out` as it was.
        Scope::Full(_) => {
            let staging = match crate::output::Staging::begin(root, &out) {
                Ok(s) => s,
                Err(e) => return cannot_write(&mut diagnostics, e),
            };
            let put = |path: &str, bytes: &[u8]| staging.put(path, bytes);
            incremental::run(
                &site,
                &renderer,
                &all,
                &scope,
                &reuse,
                &inputs,
                link_prefix,
                &mut |name| timings.lap(name),
                &put,
            )
            .and_then(|done| staging.commit().map(|()| done).map_err(BuildError::Sink))
        }
        // Changed files are staged inside `out`, then moved in (see
        // `output::update`); a failure leaves `out` as it was.
        Scope::Update { .. } => {
            let update = match crate::output::update::Update::begin(root, &out) {
                Ok(u) => u,
                Err(e) => return cannot_write(&mut diagnostics, e),
            };
            let put = |path: &str, bytes: &[u8]| update.put(path, bytes);
            match incremental::run(
                &site,
                &renderer,
                &all,
                &scope,
                &reuse,
                &inputs,
                link_prefix,
                &mut |name| timings.lap(name),
                &put,
            ) {
                Ok(done) => update
                    .commit(&done.removed)
                    .map(|()| done)
                    .map_err(BuildError::Sink),
                Err(e) => {
                    update.abandon();
                    Err(e)
                }
            }
        }
    };
    let done = match result {
        Ok(done) => done,
        Err(BuildError::Content(mut d)) => {
            diagnostics.append(&mut d);
            return fail(root, &mut diagnostics);
        }
        Err(BuildError::Sink(e)) => return cannot_write(&mut diagnostics, e),
        Err(BuildError::Cancelled) => unreachable!("a build's plan cannot be cancelled"),
    };
    timings.note(&format!(
        "gzip pieces: {} of {} taken from the last output",
        done.gzip_pieces.0, done.gzip_pieces.1
    ));
    if let Some(words) = words {
        let (kept, found) = words.counts();
        timings.note(&format!(
            "words of the names, summaries and bodies: {kept} kept, {found} found"
        ));
        // A cache: the next build finds the words again when it cannot.
        let _ = words.save();
    }
    timings.lap("write");
    report(root, &mut diagnostics, format, lang);
    if format.human_on_stderr() {
        let seconds = format!("{:.2}", started.elapsed().as_secs_f64());
        let counts = summary(&diagnostics);
        let languages = site.config.languages.len();
        match scope {
            Scope::Full(_) => say(
                lang,
                msg!(
                    "build-done",
                    pages = done.assembled.pages,
                    files = done.assembled.files,
                    out = &out,
                    languages = languages,
                    seconds = seconds,
                    counts = counts,
                ),
            ),
            Scope::Update { .. } => say(
                lang,
                msg!(
                    "build-updated",
                    rendered = done.rendered * languages,
                    // Counted as a full build counts its pages: HTML files.
                    total = done
                        .manifest
                        .files
                        .keys()
                        .filter(|p| p.ends_with(".html"))
                        .count(),
                    written = done.written,
                    removed = done.removed.len(),
                    out = &out,
                    seconds = seconds,
                    counts = counts,
                ),
            ),
        }
    }
    EXIT_OK
}
