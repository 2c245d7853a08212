//! `nassij check` on the valid fixture: it passes, its warnings never fail
//! unless `--strict`, and the machine formats are well formed.

mod common;

use common::{NOW, Site, fixtures};

#[test]
fn valid_fixture_passes_check() {
    let site = Site::from_fixture("valid");
    let (out, report) = site.check_json();
    assert_eq!(report.schema_version, 1);
    assert_eq!(
        report.errors().len(),
        0,
        "unexpected errors: {:#?}",
        report.errors()
    );
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(report.errors, 0);
    assert_eq!(report.warnings, report.warnings().len());
    // Only missing translations (the fixture leaves some zgh texts out).
    assert!(report.warning_codes().contains_key("missing-translation"));
    // Every diagnostic is located.
    for d in &report.diagnostics {
        assert!(d.file.is_some() && d.line.unwrap_or(0) >= 1 && d.column.unwrap_or(0) >= 1);
    }
}

#[test]
fn human_format_reports_to_stderr_and_exits_zero() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["check", "--now", NOW]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("0 errors"), "{}", out.stderr);
    assert!(
        out.stderr.contains("warning[missing-translation]"),
        "{}",
        out.stderr
    );
}

/// The BOM and CRLF association: loaded, and its missing-translation warning
/// points at its first key (line 2, column 1: the BOM is not a column).
#[test]
fn crlf_and_bom_file_is_read_and_located() {
    let site = Site::from_fixture("valid");
    let bytes = std::fs::read(site.path("content/associations/amal-fes.md")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF---\r\n"),
        "fixture lost its BOM or CRLF"
    );
    let (_, report) = site.check_json();
    let w = report
        .warnings()
        .into_iter()
        .find(|d| d.file.as_deref() == Some("content/associations/amal-fes.md"))
        .expect("a warning on amal-fes.md");
    assert_eq!((w.line, w.column), (Some(2), Some(1)));
}

/// An error in a BOM + CRLF file is located as in the same file saved with LF.
#[test]
fn crlf_and_bom_positions_match_lf() {
    let site = Site::from_fixture("valid");
    let text = "---\r\nname: {ar: \"جمعية\", fr: \"Association\"}\r\nregion: MA-09\r\nprovince: MA-XXX\r\ndomains: [education]\r\n---\r\nنص [رابط](@/associations/nope).\r\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    site.write("content/associations/windows.md", bytes);
    let (out, report) = site.check_json();
    assert_eq!(out.code, 1);
    let keys: Vec<String> = report.errors().iter().map(|d| d.key()).collect();
    assert_eq!(
        keys,
        [
            "content/associations/windows.md:4:11 unknown-province",
            "content/associations/windows.md:7:11 broken-link",
        ]
    );
}

/// Warnings: missing translation, programme status disagreeing with its
/// dates, offer published after the first quarter. `check` passes,
/// `check --strict` fails.
#[test]
fn warnings_pass_check_and_fail_strict() {
    let site = Site::with_overlay(&fixtures().join("warnings"));
    let (out, report) = site.check_json();
    assert_eq!(report.errors, 0, "{:#?}", report.errors());
    assert_eq!(out.code, 0, "{}", out.stderr);
    let keys: Vec<String> = report.warnings().iter().map(|d| d.key()).collect();
    for expected in [
        "content/programmes/stale.md:7:9 status-disagrees-with-dates",
        "content/offers/late.md:5:12 published-after-q1",
        "content/associations/atlas-marrakech.md:2:1 missing-translation",
        "content/news/lancement.zgh.md:1:1 empty-translation",
    ] {
        assert!(
            keys.iter().any(|k| k == expected),
            "missing warning {expected}; got {keys:#?}"
        );
    }
    for d in report.warnings() {
        assert!(d.help.is_some(), "warning without help: {}", d.key());
    }

    let (strict, report) = site.check_json_with(&["--strict"]);
    assert_eq!(strict.code, 1, "--strict must fail on warnings");
    assert_eq!(report.errors, 0);
    assert!(report.warnings > 0);

    let human = site.run(&["check", "--strict", "--now", NOW]);
    assert_eq!(human.code, 1);
}

#[test]
fn strict_fails_on_the_valid_fixture_too() {
    // It has missing zgh translations.
    let site = Site::from_fixture("valid");
    let (out, _) = site.check_json_with(&["--strict"]);
    assert_eq!(out.code, 1);
}

#[test]
fn github_format_prints_annotations() {
    let site = Site::with_overlay(&fixtures().join("invalid").join("unknown-province"));
    let out = site.run(&["check", "--format", "github", "--now", NOW]);
    assert_eq!(out.code, 1);
    let errors: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(errors.len(), 1, "stdout:\n{}", out.stdout);
    assert!(
        errors[0].starts_with("::error file=content/associations/bad.md,line=4,col=11"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("::"), "{}", errors[0]);
    assert!(errors[0].contains("MA-CTH"), "{}", errors[0]);
    // Warnings are annotations too, and nothing else is printed on stdout.
    for line in out.stdout.lines() {
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "unexpected stdout line: {line}"
        );
    }
    assert!(out.stdout.contains("::warning file="));
}

/// `--format gitlab`: GitLab's code-quality report on stdout (an array of
/// issues with description, check_name, fingerprint, severity, location),
/// the readable report and the summary on stderr for the job's log.
#[test]
fn gitlab_format_prints_a_code_quality_report() {
    let site = Site::with_overlay(&fixtures().join("invalid").join("unknown-province"));
    let out = site.run(&["check", "--format", "gitlab", "--now", NOW]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let issues = gitlab_issues(&out);
    assert!(issues.len() > 1, "{issues:#?}");
    for issue in &issues {
        let fingerprint = issue["fingerprint"].as_str().unwrap();
        assert!(
            fingerprint.len() == 16 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit()),
            "{issue}"
        );
        assert!(
            issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1,
            "{issue}"
        );
        assert!(
            !issue["description"].as_str().unwrap().is_empty(),
            "{issue}"
        );
        assert!(!issue["check_name"].as_str().unwrap().is_empty(), "{issue}");
    }
    let errors: Vec<_> = issues
        .iter()
        .filter(|i| i["severity"] == "critical")
        .collect();
    assert_eq!(errors.len(), 1, "{issues:#?}");
    let error = errors[0];
    assert_eq!(error["check_name"], "unknown-province");
    assert_eq!(error["location"]["path"], "content/associations/bad.md");
    assert_eq!(error["location"]["lines"]["begin"], 4);
    let description = error["description"].as_str().unwrap();
    assert!(description.contains("MA-CTH"), "{description}");
    // The fix is part of the description.
    assert!(description.contains("\nhelp: "), "{description}");
    // The fixture's other problems are warnings.
    assert!(
        issues
            .iter()
            .all(|i| i["severity"] == "critical" || i["severity"] == "minor"),
        "{issues:#?}"
    );
    // Every issue has its own fingerprint.
    let mut fingerprints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), issues.len());
    // The log still shows the readable report and the summary.
    assert!(
        out.stderr.contains("error[unknown-province]")
            && out.stderr.contains("content/associations/bad.md:4:11"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("check: 1 error"), "{}", out.stderr);

    // Fingerprints stay the same from one run to the next and in another
    // language (GitLab compares them between the branch and its target);
    // the descriptions are in the editor's language.
    let french = site.run_env(
        &["check", "--format", "gitlab", "--now", NOW],
        &[("NASSIJ_LANG", "fr")],
    );
    let french = gitlab_issues(&french);
    let keys = |issues: &[serde_json::Value]| -> Vec<(String, String)> {
        issues
            .iter()
            .map(|i| {
                (
                    i["fingerprint"].as_str().unwrap().to_string(),
                    i["check_name"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(keys(&french), keys(&issues));
    let french_error = french.iter().find(|i| i["severity"] == "critical").unwrap();
    assert_ne!(french_error["description"], error["description"]);
    assert!(
        french_error["description"]
            .as_str()
            .unwrap()
            .contains("MA-CTH"),
        "{french_error}"
    );
}

/// The same rule twice on one line still makes two issues with their own
/// fingerprints (GitLab would show one otherwise).
#[test]
fn gitlab_fingerprints_differ_on_one_line() {
    let site = Site::from_fixture("valid");
    site.write(
        "content/associations/twice.md",
        "---\nname: {ar: \"جمعية\", fr: \"Deux fois\"}\nregion: MA-09\nprovince: MA-AGD\ndomains: [nope-one, nope-two]\n---\n",
    );
    let out = site.run(&[
        "check",
        "--format",
        "gitlab",
        "--now",
        NOW,
        "content/associations/twice.md",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let issues = gitlab_issues(&out);
    let on_line_5: Vec<_> = issues
        .iter()
        .filter(|i| i["location"]["lines"]["begin"] == 5)
        .collect();
    assert_eq!(on_line_5.len(), 2, "{issues:#?}");
    assert_eq!(on_line_5[0]["check_name"], on_line_5[1]["check_name"]);
    assert_ne!(on_line_5[0]["fingerprint"], on_line_5[1]["fingerprint"]);
}

/// With `--changed`, the report lists the problems of the changed files
/// only, and is an empty array (still valid JSON) when they have none.
#[test]
fn gitlab_report_with_changed_files() {
    let site = Site::from_fixture("valid");
    let git = |args: &[&str]| site.git(args);
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "site"]);
    let args = [
        "check",
        "--changed",
        "HEAD",
        "--format",
        "gitlab",
        "--now",
        NOW,
    ];
    let out = site.run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.trim(), "[]");
    assert!(gitlab_issues(&out).is_empty());
    // The valid fixture's warnings are in files nobody changed.
    assert!(
        out.stderr
            .contains("more problems in other files are not shown"),
        "{}",
        out.stderr
    );

    site.write(
        "content/associations/mine.md",
        "---\nname: {ar: \"جمعية\", fr: \"Mine\"}\nregion: MA-99\nprovince: MA-CHT\ndomains: [education]\n---\n",
    );
    let out = site.run(&args);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let issues = gitlab_issues(&out);
    assert!(!issues.is_empty());
    for issue in &issues {
        assert_eq!(
            issue["location"]["path"], "content/associations/mine.md",
            "{issue}"
        );
    }
    assert!(
        issues.iter().any(|i| i["severity"] == "critical"),
        "{issues:#?}"
    );
}

/// The code-quality issues printed on stdout (the whole of stdout).
fn gitlab_issues(out: &common::Output) -> Vec<serde_json::Value> {
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            out.stdout, out.stderr
        )
    });
    value.as_array().expect("a JSON array").clone()
}

#[test]
fn json_lists_every_diagnostic_with_its_fields() {
    let site = Site::with_overlay(&fixtures().join("invalid").join("unknown-province"));
    let (out, report) = site.check_json();
    assert_eq!(out.code, 1);
    let raw: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    for d in raw["diagnostics"].as_array().unwrap() {
        for field in [
            "severity", "code", "file", "line", "column", "message", "label", "help",
        ] {
            assert!(d.get(field).is_some(), "diagnostic without `{field}`: {d}");
        }
    }
    assert_eq!(report.errors, 1);
    assert_eq!(report.warnings, report.warnings().len());
    // Sorted by file, then line.
    let order: Vec<(String, usize)> = report
        .diagnostics
        .iter()
        .map(|d| (d.file.clone().unwrap_or_default(), d.line.unwrap_or(0)))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn missing_site_file_is_an_environment_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::run_in(dir.path(), &["check", "--now", NOW], &[]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("site.yaml"), "{}", out.stderr);
}

#[test]
fn bad_now_is_a_usage_error() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["check", "--now", "22/11/2026"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = site.run(&["check", "--bogus"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// A generated directory with a missing translation in most records: the
/// terminal and GitHub outputs print the first 20 warnings of the rule and
/// count the rest; JSON lists every one; the summary counts them all.
#[test]
fn many_warnings_of_one_rule_are_counted_not_all_printed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let gen_out = common::generate(120, &root);
    assert_eq!(gen_out.code, 0, "{}", gen_out.stderr);
    let report = common::run_in(&root, &["check", "--now", NOW, "--format", "json"], &[]).json();
    let total = report.warning_codes()["missing-translation"];
    assert!(total > 40, "the corpus has {total} missing translations");

    let human = common::run_in(&root, &["check", "--now", NOW], &[]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    let printed = human.stderr.matches("warning[missing-translation]").count();
    assert_eq!(printed, 20, "{}", human.stderr);
    let note = format!(
        "{} more `missing-translation` warnings are not shown",
        total - 20
    );
    assert!(human.stderr.contains(&note), "{}", human.stderr);
    assert!(
        human
            .stderr
            .contains(&format!("0 errors, {total} warnings")),
        "{}",
        human.stderr
    );

    let github = common::run_in(&root, &["check", "--now", NOW, "--format", "github"], &[]);
    assert_eq!(
        github.stdout.matches("::warning ").count(),
        20,
        "{}",
        github.stdout
    );
    assert!(github.stdout.contains(&note), "{}", github.stdout);
}

/// `check PATH…` and `check --changed`: the whole site is validated (the
/// exit status is the whole site's), only the problems of the named or
/// changed files are reported, and one line counts the others. So a pull
/// request is annotated only where its author worked.
#[test]
fn check_reports_only_the_named_or_changed_files() {
    let site = Site::from_fixture("valid");
    let broken = |name: &str| {
        format!(
            "---\nname: {{ar: \"جمعية\", fr: \"{name}\"}}\nregion: MA-99\nprovince: MA-CHT\ndomains: [education]\n---\n"
        )
    };
    site.write("content/associations/mine.md", broken("Mine"));
    site.write("content/associations/theirs.md", broken("Theirs"));

    let (out, report) = site.check_json_with(&["content/associations/mine.md"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let files: Vec<String> = report
        .errors()
        .iter()
        .filter_map(|d| d.file.clone())
        .collect();
    assert_eq!(files, ["content/associations/mine.md"], "{files:?}");

    let out = site.run(&["check", "--now", NOW, "content/associations/mine.md"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("mine.md") && !out.stderr.contains("theirs.md"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("more problems in other files are not shown"),
        "{}",
        out.stderr
    );
    // Still the whole site's count in the summary.
    assert!(out.stderr.contains("check: 2 errors"), "{}", out.stderr);

    // --changed: the files changed since the last commit, new ones included.
    let git = |args: &[&str]| site.git(args);
    std::fs::remove_file(site.path("content/associations/mine.md")).unwrap();
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "site"]);
    site.write("content/associations/mine.md", broken("Mine again"));
    let (out, report) = site.check_json_with(&["--changed"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let files: Vec<String> = report
        .errors()
        .iter()
        .filter_map(|d| d.file.clone())
        .collect();
    assert_eq!(files, ["content/associations/mine.md"], "{files:?}");
}

/// `check --changed` where git cannot say what changed: outside a git
/// repository, or without git, how to go on without it (name the files).
/// A usage error (2), not a verdict on the content, in the editor's
/// language.
#[test]
fn check_changed_without_a_repository_or_without_git_says_so() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["check", "--now", NOW, "--changed"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("this folder is not in a git repository")
            && out
                .stderr
                .contains("nassij check content/associations/x.md"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        !out.stderr.contains("check: "),
        "no verdict: {}",
        out.stderr
    );

    let out = site.run_env(
        &["check", "--now", NOW, "--changed"],
        &[("PATH", ""), ("NASSIJ_LANG", "fr")],
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.starts_with("erreur : impossible de lancer git")
            && out
                .stderr
                .contains("nassij check content/associations/x.md"),
        "{}",
        out.stderr
    );
}

/// `nassij stats`: records complete per language, and with `--missing LANG`
/// the records that lack texts in that language, with the texts.
#[test]
fn stats_counts_complete_records_and_lists_what_a_language_lacks() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["stats", "--now", NOW, "--missing", "zgh"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let records = out
        .stdout
        .lines()
        .find(|l| l.starts_with("records "))
        .unwrap_or_else(|| panic!("no records row:\n{}", out.stdout));
    assert!(records.contains('/'), "{records}");
    // atlas-marrakech has no zgh text (the warnings fixture relies on it).
    assert!(
        out.stdout.lines().any(
            |l| l.starts_with("content/associations/atlas-marrakech.md: ") && l.contains("name")
        ),
        "{}",
        out.stdout
    );
    let out = site.run(&["stats", "--now", NOW, "--missing", "xx"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("not a language of the site") && out.stdout.is_empty(),
        "{}",
        out.stderr
    );
}

/// `nassij stats` counts, per language, the interface messages marked for a
/// native speaker's review (a `# review:` line in the message's comment),
/// and with `--missing LANG` names them.
#[test]
fn stats_counts_interface_messages_marked_for_review() {
    let site = Site::from_fixture("valid");
    let count = |stdout: &str| -> Vec<String> {
        let row = stdout
            .lines()
            .find(|l| l.starts_with("to review "))
            .unwrap_or_else(|| panic!("no review row:\n{stdout}"));
        row["to review".len()..]
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let before = count(&site.run(&["stats", "--now", NOW, "--lang", "en"]).stdout);
    let zgh = |row: &[String]| row[2].parse::<usize>().unwrap();
    site.write(
        "i18n/zgh/zz-review.ftl",
        "# review: no source found for this word\nzz-reviewed = ⵜⴰⵙⵏⴰ\n\n# A plain comment.\nzz-sourced = ⵜⴰⵙⵏⴰ\n",
    );
    // The same ids in ar and fr, so the interface stays complete.
    site.write(
        "i18n/ar/zz-review.ftl",
        "zz-reviewed = صفحة\nzz-sourced = صفحة\n",
    );
    site.write(
        "i18n/fr/zz-review.ftl",
        "zz-reviewed = page\nzz-sourced = page\n",
    );
    let out = site.run(&["stats", "--now", NOW, "--lang", "en", "--missing", "zgh"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let after = count(&out.stdout);
    assert_eq!(zgh(&after), zgh(&before) + 1, "{}", out.stdout);
    assert_eq!(after[0], before[0], "ar unchanged");
    let listed = out
        .stdout
        .lines()
        .skip_while(|l| {
            !l.contains("await a native speaker's review")
                && !l.contains("awaits a native speaker's review")
        })
        .nth(1)
        .unwrap_or_else(|| panic!("no list of messages to review:\n{}", out.stdout));
    assert!(
        listed.contains("zz-reviewed") && !listed.contains("zz-sourced"),
        "{listed}"
    );
}
