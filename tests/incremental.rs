//! Incremental builds: `nassij build` into an existing output renders again
//! only what changed, and its output is byte for byte the output of a full
//! build of the same tree (manifest included). A property test applies
//! random sequences of edits to a generated site (fields, bodies,
//! translations, additions, removals, renames, award amounts, a template,
//! a message, site.yaml, a commit that changes a record's last-update date)
//! and compares after each edit; a failed build must leave the output as
//! it was. `NASSIJ_PROPTEST_SEED=N` replays one sequence.

mod common;

use common::{NOW, Output, generate, read_tree, repo, run_in};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// xorshift64*: the edits of a seed are the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn build(site: &Path, out: &Path, extra: &[&str]) -> Output {
    build_env(site, out, extra, &[])
}

/// [`build`] with environment variables.
fn build_env(site: &Path, out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let out = out.to_string_lossy().into_owned();
    let mut args = vec!["build", "--now", NOW, "--out", out.as_str()];
    args.extend_from_slice(extra);
    run_in(site, &args, env)
}

/// The first paths where two trees differ.
fn differences(a: &Path, b: &Path) -> Vec<String> {
    let (ta, tb) = (read_tree(a), read_tree(b));
    let mut out = Vec::new();
    for (path, bytes) in &ta {
        match tb.get(path) {
            None => out.push(format!(
                "only in the incremental output: {}",
                path.display()
            )),
            Some(other) if other != bytes => out.push(format!("differs: {}", path.display())),
            _ => {}
        }
    }
    for path in tb.keys().filter(|p| !ta.contains_key(*p)) {
        out.push(format!("only in the full build: {}", path.display()));
    }
    out.truncate(12);
    out
}

/// The main files of the association records (not their translations).
fn associations(site: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(site.join("content/associations"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.ends_with(".md") && name.matches('.').count() == 1
        })
        .collect();
    files.sort();
    files
}

fn slug_of(file: &Path) -> String {
    file.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Whether any other content file names `slug` (an award, a link, a
/// network): removing or renaming it would be an error.
fn referenced(site: &Path, slug: &str, own: &Path) -> bool {
    walk(&site.join("content")).into_iter().any(|f| {
        !f.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(&format!("{slug}."))
            && f != own
            && std::fs::read_to_string(&f).is_ok_and(|t| t.contains(slug))
    })
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The files of a record: `slug.md` and its translations `slug.LANG.md`.
fn record_files(main: &Path) -> Vec<PathBuf> {
    let slug = slug_of(main);
    let dir = main.parent().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{slug}."))
        })
        .collect();
    files.sort();
    files
}

fn edit(file: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(file).unwrap();
    std::fs::write(file, f(text)).unwrap();
}

/// Applies one random edit to the site; says what it did.
fn random_edit(site: &Path, rng: &mut Rng, step: usize) -> String {
    let all = associations(site);
    let a = rng.pick(&all).clone();
    let slug = slug_of(&a);
    match rng.below(12) {
        0 => {
            edit(&a, |t| format!("{}\nجملة أضيفت في الخطوة {step}.\n", t));
            format!("Arabic body of {slug}")
        }
        1 => {
            edit(&a, |t| {
                t.replacen(
                    "fr: \"Association ",
                    &format!("fr: \"Association {step} "),
                    1,
                )
            });
            format!("French name of {slug}")
        }
        2 => {
            edit(&a, |t| {
                let mut lines: Vec<String> = t.lines().map(String::from).collect();
                for l in &mut lines {
                    if l.trim_start().starts_with("phone:") {
                        *l = format!("  phone: \"+212 5 22 00 {:02} {:02}\"", step % 100, step);
                    }
                }
                lines.join("\n") + "\n"
            });
            format!("phone of {slug}")
        }
        3 => {
            let fr = a.with_file_name(format!("{slug}.fr.md"));
            std::fs::write(&fr, format!("Présentation en français, étape {step}.\n")).unwrap();
            format!("French body of {slug}")
        }
        4 => {
            let new = format!("nouvelle-{step}");
            let text = std::fs::read_to_string(&a).unwrap();
            let text = text
                .lines()
                .map(|l| {
                    if l.starts_with("registration:") {
                        format!("registration: \"NEW-{step}\"")
                    } else if l.starts_with("name:") {
                        format!(
                            "name: {{ar: \"جمعية جديدة {step}\", fr: \"Association nouvelle {step}\"}}"
                        )
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n";
            std::fs::write(a.with_file_name(format!("{new}.md")), text).unwrap();
            format!("new association {new}")
        }
        5 | 6 => {
            if referenced(site, &slug, &a) {
                return "nothing (the association is referenced)".into();
            }
            if rng.below(2) == 0 {
                for f in record_files(&a) {
                    std::fs::remove_file(f).unwrap();
                }
                format!("removed {slug}")
            } else {
                let to = format!("{slug}-r{step}");
                for f in record_files(&a) {
                    let name = f.file_name().unwrap().to_string_lossy().into_owned();
                    let renamed = name.replacen(&slug, &to, 1);
                    std::fs::rename(&f, f.with_file_name(renamed)).unwrap();
                }
                format!("renamed {slug} to {to}")
            }
        }
        7 => {
            let offers: Vec<PathBuf> = walk(&site.join("content/offers"))
                .into_iter()
                .filter(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("amount: ")))
                .collect();
            if offers.is_empty() {
                return "nothing (no award)".into();
            }
            let o = rng.pick(&offers).clone();
            edit(&o, |t| {
                let mut lines: Vec<String> = t.lines().map(String::from).collect();
                if let Some(l) = lines.iter_mut().rev().find(|l| {
                    l.trim_start().starts_with("amount: ")
                        && l.trim_start()[8..].trim().parse::<u64>().is_ok()
                }) {
                    let indent = l.len() - l.trim_start().len();
                    *l = format!("{}amount: {}", " ".repeat(indent), 1000 + step * 7);
                }
                lines.join("\n") + "\n"
            });
            format!("an award amount of {}", o.display())
        }
        8 => {
            let base = repo().join("themes/default/templates/base.html");
            let own = site.join("themes/default/templates/base.html");
            std::fs::create_dir_all(own.parent().unwrap()).unwrap();
            let text = std::fs::read_to_string(&base).unwrap();
            std::fs::write(
                &own,
                text.replacen("</body>", &format!("<!-- {step} --></body>"), 1),
            )
            .unwrap();
            "the site's own base template".into()
        }
        9 => {
            let own = site.join("i18n/fr/local.ftl");
            std::fs::create_dir_all(own.parent().unwrap()).unwrap();
            std::fs::write(&own, format!("data-title = Données ouvertes ({step})\n")).unwrap();
            "a French message".into()
        }
        10 => {
            edit(&site.join("site.yaml"), |t| {
                t.replacen(
                    "fr: \"Portail des associations",
                    &format!("fr: \"Portail des associations {step}"),
                    1,
                )
            });
            "the French title in site.yaml".into()
        }
        _ => "nothing".into(),
    }
}

fn git(site: &Path, args: &[&str], date: &str) {
    let status = std::process::Command::new("git")
        .args(args)
        .current_dir(site)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.ma")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.ma")
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {status:?}");
}

/// One sequence: after each edit, the incremental build into `inc` must
/// equal a full build of the same tree; a failed build leaves `inc` as it
/// was.
fn sequence(seed: u64, steps: usize) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let made = generate(40, &site);
    assert_eq!(made.code, 0, "{}", made.stderr);
    git(&site, &["init", "-q"], "2026-01-01T10:00:00");
    git(&site, &["add", "-A"], "2026-01-01T10:00:00");
    git(&site, &["commit", "-qm", "base"], "2026-01-01T10:00:00");
    let inc = dir.path().join("inc");
    let first = build(&site, &inc, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut done: Vec<String> = Vec::new();
    for step in 1..=steps {
        done.push(random_edit(&site, &mut rng, step));
        if rng.below(3) == 0 {
            // A commit dated another day: the records it touches show a
            // new last-update date.
            let date = format!("2026-02-{:02}T10:00:00", step.min(28));
            git(&site, &["add", "-A"], &date);
            git(&site, &["commit", "-qm", "edit", "--allow-empty"], &date);
            done.push(format!("commit of {date}"));
        }
        let before = read_tree(&inc);
        let full = dir.path().join(format!("full-{step}"));
        let f = build(&site, &full, &[]);
        let i = build(&site, &inc, &[]);
        let trail = format!("seed {seed}, edits: {done:?}");
        assert_eq!(i.code, f.code, "{trail}\n{}\n{}", i.stderr, f.stderr);
        if f.code != 0 {
            assert!(
                read_tree(&inc) == before,
                "a failed build changed the output ({trail})"
            );
            continue;
        }
        let diff = differences(&inc, &full);
        assert!(diff.is_empty(), "{trail}:\n{}", diff.join("\n"));
        std::fs::remove_dir_all(&full).unwrap();
    }
}

#[test]
fn random_edits_rebuild_byte_identical_to_a_full_build() {
    if let Some(seed) = std::env::var("NASSIJ_PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        sequence(seed, 12);
        return;
    }
    for seed in [1, 2] {
        sequence(seed, 6);
    }
}

/// The number in `build: ... N of M pages rendered again, W files written`.
fn counts(stderr: &str) -> BTreeMap<&'static str, usize> {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("build: "))
        .unwrap_or_else(|| panic!("no summary in {stderr}"));
    let number_before = |word: &str| -> usize {
        let at = line
            .find(word)
            .unwrap_or_else(|| panic!("{word} in {line}"));
        line[..at]
            .split_whitespace()
            .last()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("a number before {word} in {line}"))
    };
    [
        ("rendered", number_before(" of ")),
        ("written", number_before(" files written")),
        ("removed", number_before(" removed")),
    ]
    .into_iter()
    .collect()
}

#[test]
fn an_edit_renders_its_pages_again_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert_eq!(generate(40, &site).code, 0);
    let out = dir.path().join("public");
    let first = build(&site, &out, &[]);
    assert_eq!(first.code, 0);
    assert!(out.join(".nassij/manifest").is_file());

    // Nothing changed: nothing rendered but the global pages, nothing written.
    let again = build(&site, &out, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let c = counts(&again.stderr);
    // `build: 1234 pages, ...` then `... 0 of 1234 pages rendered again`.
    let pages = |stderr: &str| -> String {
        let line = stderr.lines().find(|l| l.starts_with("build: ")).unwrap();
        let at = line.find(" pages").unwrap();
        line[..at].rsplit(' ').next().unwrap().to_string()
    };
    assert_eq!(pages(&first.stderr), pages(&again.stderr), "the same count");
    assert_eq!(
        (c["rendered"], c["written"], c["removed"]),
        (0, 0, 0),
        "{}",
        again.stderr
    );

    // One body: its pages in three languages, and the files made from
    // every record (search, open data) whose bytes changed.
    let a = associations(&site)[3].clone();
    edit(&a, |t| format!("{t}\nجملة جديدة.\n"));
    let one = build(&site, &out, &[]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    let c = counts(&one.stderr);
    assert!(c["rendered"] >= 3 && c["rendered"] < 30, "{}", one.stderr);
    let page = out.join(format!("ar/associations/{}/index.html", slug_of(&a)));
    assert!(
        std::fs::read_to_string(page)
            .unwrap()
            .contains("جملة جديدة")
    );

    // --full renders everything into a fresh folder.
    let full = build(&site, &out, &["--full"]);
    assert_eq!(full.code, 0);
    assert!(full.stderr.contains(" pages, "), "{}", full.stderr);

    // A damaged manifest: a full build, the same output.
    let manifest = out.join(".nassij/manifest");
    let bytes = std::fs::read(&manifest).unwrap();
    std::fs::write(&manifest, &bytes[..bytes.len() / 2]).unwrap();
    let damaged = build(&site, &out, &[]);
    assert_eq!(damaged.code, 0);
    assert!(damaged.stderr.contains(" pages, "), "{}", damaged.stderr);
    assert_eq!(std::fs::read(&manifest).unwrap(), bytes);
}

#[test]
fn an_update_killed_after_deciding_is_finished_by_the_next_build() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert_eq!(generate(40, &site).code, 0);
    let out = dir.path().join("public");
    assert_eq!(build(&site, &out, &[]).code, 0);
    let a = associations(&site)[5].clone();
    edit(&a, |t| format!("{t}\nتعديل.\n"));
    let full = dir.path().join("full");
    assert_eq!(build(&site, &full, &[]).code, 0);
    // What a kill after the journal was written leaves: the new page
    // staged and the journal whole, nothing moved yet.
    let rel = format!("ar/associations/{}/index.html", slug_of(&a));
    std::fs::create_dir_all(out.join(".nassij/staged")).unwrap();
    std::fs::copy(full.join(&rel), out.join(".nassij/staged/0")).unwrap();
    std::fs::write(
        out.join(".nassij/journal"),
        format!("move\t0\t{rel}\nend\t1\n"),
    )
    .unwrap();
    let next = build(&site, &out, &[]);
    assert_eq!(next.code, 0, "{}", next.stderr);
    assert!(
        differences(&out, &full).is_empty(),
        "{:?}",
        differences(&out, &full)
    );
    assert!(!out.join(".nassij/journal").exists());
    assert!(!out.join(".nassij/staged").exists());
}

/// The first number after `line` on the line of stderr that starts with it.
fn timing(stderr: &str, line: &str) -> usize {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix(line))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| panic!("no `{line}` in:\n{stderr}"))
}

#[test]
fn kept_words_and_gzip_pieces_give_the_bytes_of_a_build_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert_eq!(generate(40, &site).code, 0);
    let out = dir.path().join("public");
    let timed = |out: &Path, extra: &[&str]| {
        let o = build_env(&site, out, extra, &[("NASSIJ_TIMINGS", "1")]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        o.stderr
    };
    let first = timed(&out, &[]);
    assert_eq!(
        timing(&first, "timing: words of the names, summaries and bodies: "),
        0
    );
    assert!(site.join(".nassij-cache/words.bin").is_file());
    // A build with nothing to do makes no index and keeps the words.
    let idle = timed(&out, &[]);
    assert_eq!(
        timing(&idle, "timing: words of the names, summaries and bodies: "),
        0,
        "{idle}"
    );

    // One body edited: the other bodies' words and the copies' pieces that
    // did not change are taken from the cache and the last output.
    let a = associations(&site)[5].clone();
    edit(&a, |t| format!("{t}\nⵜⴰⵎⵓⵏⵜ ⵏ ⵜⵉⴼⴰⵡⵉⵏ.\n"));
    let second = timed(&out, &[]);
    assert!(
        timing(
            &second,
            "timing: words of the names, summaries and bodies: "
        ) >= 30,
        "{second}"
    );
    assert!(timing(&second, "timing: gzip pieces: ") > 0, "{second}");
    let reference = dir.path().join("reference");
    timed(&reference, &["--no-cache"]);
    let diff = differences(&out, &reference);
    assert!(diff.is_empty(), "{}", diff.join("\n"));

    // A damaged cache is not used, and says nothing.
    std::fs::write(
        site.join(".nassij-cache/words.bin"),
        b"nassij-words\0\0\0\n0",
    )
    .unwrap();
    let again = dir.path().join("again");
    let third = timed(&again, &[]);
    assert_eq!(
        timing(&third, "timing: words of the names, summaries and bodies: "),
        0,
        "{third}"
    );
    let diff = differences(&again, &reference);
    assert!(diff.is_empty(), "{}", diff.join("\n"));
}
