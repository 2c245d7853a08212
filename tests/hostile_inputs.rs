//! Hostile and careless input through the real binary (issue 8, item 1):
//! each case gets a diagnostic at its exact file, line and column, in
//! bounded time and memory, and no panic. Cases that tests/invalid.rs
//! already covers exactly (spaces and uppercase in file names, duplicate
//! slugs in subfolders, orphan translations, an empty `.md`, unclosed front
//! matter, UTF-16 LE with BOM, a NUL in a body, invalid UTF-8 in a body, a
//! link to a file inside content/, an 8 MiB file, billion laughs in a typed
//! list, 1,001 aliases) are not repeated here.
//!
//! Each run prints `HOSTILE case: exit, time, peak RSS, diagnostics` (shown
//! with `--nocapture`), the table of the closing note.

mod common;
#[path = "hostile/measure.rs"]
mod measure;

use common::{Site, fixtures};
use std::path::Path;

const HEAD: &str =
    "---\nname: {ar: \"جمعية\", fr: \"Association\"}\nregion: MA-09\nprovince: MA-CHT\n";
const NOW: &str = common::NOW;

/// One expected error: `path:line:column code`.
type Want = &'static str;

/// Runs `check --format json` on `site` and asserts exactly `want`, exit 1,
/// within the safety bounds.
fn expect_errors(case: &str, site: &Site, want: &[Want]) -> measure::Measured {
    let m = measure::run(site.root(), &["check", "--format", "json", "--now", NOW]);
    m.assert_safe(case);
    let report: common::Report = serde_json::from_str(&m.stdout)
        .unwrap_or_else(|e| panic!("{case}: no JSON report ({e}): {}\n{}", m.stdout, m.stderr));
    let errors = report.errors();
    let mut got: Vec<String> = errors.iter().map(|d| d.key()).collect();
    got.sort();
    let mut want: Vec<String> = want.iter().map(|w| w.to_string()).collect();
    want.sort();
    let detail: Vec<String> = errors
        .iter()
        .map(|d| {
            format!(
                "{}  {}  (help: {})",
                d.key(),
                d.message,
                d.help.as_deref().unwrap_or("-")
            )
        })
        .collect();
    eprintln!("HOSTILE {case}: {}; {}", m.summary(), detail.join(" | "));
    assert_eq!(got, want, "{case}: errors\n{}", detail.join("\n"));
    for d in &errors {
        assert!(
            d.line.is_some_and(|l| l >= 1) && d.column.is_some_and(|c| c >= 1),
            "{case}: {} has no position",
            d.key()
        );
        assert!(
            d.help.as_deref().is_some_and(|h| !h.trim().is_empty()),
            "{case}: {} says not how to fix it",
            d.key()
        );
    }
    assert_eq!(m.code, Some(1), "{case}: exit code\n{}", m.stderr);
    // The human format must survive the same input.
    let human = measure::run(site.root(), &["check", "--now", NOW]);
    human.assert_safe(&format!("{case} (human format)"));
    assert_eq!(human.code, Some(1));
    m
}

fn valid() -> Site {
    Site::from_fixture("valid")
}

fn message_of(site: &Site, code: &str) -> String {
    let (_, report) = site.check_json();
    report
        .errors()
        .iter()
        .find(|d| d.code == code)
        .map(|d| format!("{} {}", d.message, d.help.as_deref().unwrap_or("")))
        .unwrap_or_default()
}

#[test]
fn alias_bomb_exponential_through_merge_keys() {
    // Each level merges the previous one twice, in fields that accept the
    // result (texts): 2^24 replays if nothing stops it.
    let site = valid();
    let mut doc = String::from(
        "---\ntitle: {ar: \"x\", fr: \"y\"}\nkind: programme\nlead: ministere\nobjectives:\n  - &m0 {ar: \"a\", fr: \"b\"}\n",
    );
    for i in 1..25 {
        let p = i - 1;
        doc.push_str(&format!("  - &m{i} {{<<: [*m{p}, *m{p}]}}\n"));
    }
    doc.push_str("---\n");
    site.write("content/programmes/bomb.md", doc);
    // The alias budget (a count of replayed events) refuses it: the
    // diagnostic is the proof that the work stopped early.
    expect_errors(
        "alias-bomb-merge",
        &site,
        &["content/programmes/bomb.md:6:26 yaml-aliases"],
    );
}

#[test]
fn alias_bomb_quadratic() {
    // 900 aliases (under the alias count budget) of a 900-item list.
    let site = valid();
    let big = vec!["education"; 900].join(", ");
    let refs = vec!["*big"; 900].join(", ");
    site.write(
        "content/associations/bad.md",
        format!("{HEAD}audiences: &big [{big}]\ndomains: [{refs}]\n---\n"),
    );
    expect_errors(
        "alias-quadratic",
        &site,
        &["content/associations/bad.md:6:11 yaml-aliases"],
    );
}

#[test]
fn deep_nesting() {
    let site = valid();
    site.write(
        "content/associations/bad.md",
        format!(
            "{HEAD}domains: {}{}\n---\n",
            "[".repeat(10_000),
            "]".repeat(10_000)
        ),
    );
    // The parser stops at the 256th level, on line 5 after `domains: `.
    expect_errors(
        "deep-nesting",
        &site,
        &["content/associations/bad.md:5:265 yaml-syntax"],
    );
    assert!(message_of(&site, "yaml-syntax").contains("too deeply"));
}

#[test]
fn a_100_mb_file_is_refused_without_reading_it() {
    let site = valid();
    let line = format!("{}\n", "نص ".repeat(40));
    let mut text = String::from(HEAD);
    text.push_str("domains: [education]\n---\n");
    let target = 100 * 1024 * 1024;
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(site.path("content/associations/huge.md")).unwrap(),
    );
    use std::io::Write;
    file.write_all(text.as_bytes()).unwrap();
    let mut written = text.len();
    while written < target {
        file.write_all(line.as_bytes()).unwrap();
        written += line.len();
    }
    file.flush().unwrap();
    drop(file);
    let m = expect_errors(
        "100-mb-file",
        &site,
        &["content/associations/huge.md:1:1 file-too-large"],
    );
    // Refused from its size: the file is never read into memory.
    assert!(m.max_rss_kib < 100 * 1024, "{}", m.summary());
}

#[test]
fn utf16_big_endian_and_without_bom() {
    let site = valid();
    let text = format!("{HEAD}domains: [education]\n---\n");
    let mut be = vec![0xFE, 0xFF];
    let mut le_no_bom = Vec::new();
    for unit in text.encode_utf16() {
        be.extend_from_slice(&unit.to_be_bytes());
        le_no_bom.extend_from_slice(&unit.to_le_bytes());
    }
    site.write("content/associations/be.md", be);
    site.write("content/associations/nobom.md", le_no_bom);
    expect_errors(
        "utf16-be-and-no-bom",
        &site,
        &[
            "content/associations/be.md:1:1 bad-encoding",
            "content/associations/nobom.md:1:1 bad-encoding",
        ],
    );
    assert!(message_of(&site, "bad-encoding").contains("UTF-16"));
}

#[test]
fn invalid_utf8_and_nul_in_yaml_files() {
    let site = valid();
    // Latin-1 `é` in a taxonomy (on the last line of domains.yaml, after `  name: {fr: "Sant`).
    let mut domains = std::fs::read(site.path("content/taxonomies/domains.yaml")).unwrap();
    domains.extend_from_slice(b"sante:\n  name: {fr: \"Sant\xe9\", ar: \"x\"}\n");
    let line = domains.iter().filter(|b| **b == b'\n').count() - 1 + 1;
    site.write("content/taxonomies/domains.yaml", &domains);
    // A NUL in a results file, line 2.
    site.write(
        "content/results/bad.yaml",
        "programme: nassij-fes\nperiod: {start: 2024-01-01,\0 end: 2024-12-31}\n",
    );
    let want_domains = format!("content/taxonomies/domains.yaml:{line}:19 bad-encoding");
    let want: Vec<&str> = vec![
        Box::leak(want_domains.into_boxed_str()),
        "content/results/bad.yaml:2:28 bad-encoding",
    ];
    expect_errors("invalid-utf8-and-nul-in-yaml", &site, &want);
}

#[test]
fn mixed_line_endings_keep_positions_right() {
    let site = valid();
    // CRLF, LF and a lone CR (old Mac) in one file; the unknown province
    // is on line 4 as every editor shows it.
    site.write(
        "content/associations/bad.md",
        "---\r\nname: {ar: \"جمعية\", fr: \"Association\"}\nregion: MA-09\rprovince: MA-XYZ\r\ndomains: [education]\n---\r\nنص\rsuite [lien](@/associations/absent)\n",
    );
    // A NUL after a lone CR in another file: line 3.
    site.write(
        "content/associations/nul.md",
        "---\r\nname: x\rregion: MA-\0\n",
    );
    expect_errors(
        "mixed-line-endings",
        &site,
        &[
            "content/associations/bad.md:4:11 unknown-province",
            "content/associations/bad.md:8:14 broken-link",
            "content/associations/nul.md:3:12 bad-encoding",
        ],
    );
}

#[cfg(unix)]
#[test]
fn symlinks_pointing_outside_content_are_reported_not_followed() {
    let site = valid();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(
        &secret,
        format!("{HEAD}domains: [education]\n---\nSECRET-OUTSIDE-CONTENT\n"),
    )
    .unwrap();
    std::fs::create_dir(outside.path().join("folder")).unwrap();
    std::fs::write(outside.path().join("folder/x.md"), "SECRET-OUTSIDE-CONTENT").unwrap();
    std::os::unix::fs::symlink(&secret, site.path("content/associations/lien.md")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("folder"),
        site.path("content/associations/dossier"),
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/passwd", site.path("content/institutions/passwd.yaml"))
        .unwrap();
    expect_errors(
        "symlink-outside",
        &site,
        &[
            "content/associations/dossier:1:1 symlink",
            "content/associations/lien.md:1:1 symlink",
            "content/institutions/passwd.yaml:1:1 symlink",
        ],
    );
    // Nothing of the linked files reaches a diagnostic (the snippet under a
    // diagnostic used to show the first line of the link's target).
    let out = site.run(&["check", "--now", NOW]);
    assert!(
        !out.stderr.contains("SECRET") && !out.stderr.contains("root:"),
        "{}",
        out.stderr
    );
}

#[test]
fn non_ascii_file_name() {
    let site = valid();
    site.write(
        "content/associations/جمعية-تيفاوين.md",
        format!("{HEAD}domains: [education]\n---\n"),
    );
    expect_errors(
        "arabic-file-name",
        &site,
        &["content/associations/جمعية-تيفاوين.md:1:1 bad-file-name"],
    );
}

#[test]
fn empty_and_blank_yaml_records() {
    let site = valid();
    site.write("content/results/empty.yaml", "");
    site.write("content/institutions/bom.yaml", b"\xEF\xBB\xBF");
    site.write("content/institutions/blank.yaml", "  \r\n\n");
    site.write("content/news/nofields.md", "---\n---\nنص\n");
    expect_errors(
        "empty-records",
        &site,
        &[
            "content/institutions/blank.yaml:1:1 empty-record",
            "content/institutions/bom.yaml:1:1 empty-record",
            "content/news/nofields.md:2:1 empty-record",
            "content/results/empty.yaml:1:1 empty-record",
        ],
    );
}

#[test]
fn unclosed_front_matter_in_a_long_file() {
    let site = valid();
    let mut text = format!("{HEAD}domains: [education]\n");
    for _ in 0..200_000 {
        text.push_str("- نص\n");
    }
    site.write("content/associations/bad.md", text);
    expect_errors(
        "unclosed-front-matter-long",
        &site,
        &["content/associations/bad.md:1:1 front-matter"],
    );
}

#[test]
fn a_million_line_body() {
    let site = valid();
    let mut text = format!("{HEAD}domains: [education]\n---\n");
    let lines = ["نص", "- item", "", "# h", "> q", "*a*"];
    for i in 0..1_000_000 {
        text.push_str(lines[i % lines.len()]);
        text.push('\n');
    }
    site.write("content/associations/long.md", text);
    site.write("content/associations/long.fr.md", "a\n".repeat(1_000_000));
    expect_errors(
        "million-line-body",
        &site,
        &[
            "content/associations/long.fr.md:1:1 body-too-large",
            "content/associations/long.md:7:1 body-too-large",
        ],
    );
}

#[test]
fn a_repeated_key() {
    let site = valid();
    site.write(
        "content/associations/bad.md",
        format!("{HEAD}domains: [education]\ncontact: {{email: a@example.ma, email: b@example.ma}}\nregion: MA-09\n---\n"),
    );
    // Every repeat is reported, in a flow mapping and at the top level.
    expect_errors(
        "repeated-key",
        &site,
        &[
            "content/associations/bad.md:6:32 duplicate-key",
            "content/associations/bad.md:7:1 duplicate-key",
        ],
    );
    let message = message_of(&site, "duplicate-key");
    assert!(
        message.contains("email") && !message.contains("Options"),
        "{message}"
    );
}

#[test]
fn huge_single_lines() {
    let site = valid();
    // A 2 MB line of YAML (over the 1 MiB YAML limit).
    site.write(
        "content/associations/yaml.md",
        format!(
            "{HEAD}domains: [education]\nsummary: \"{}\"\n---\n",
            "ⵜ".repeat(700_000)
        ),
    );
    // A 900 KB summary on one line followed by an error on the same line:
    // the column is counted in characters.
    site.write(
        "content/associations/line.md",
        format!(
            "---\n{{name: \"{}\", region: MA-09, province: MA-XYZ, domains: [education]}}\n---\n",
            "a".repeat(900_000)
        ),
    );
    expect_errors(
        "huge-single-line",
        &site,
        &[
            "content/associations/line.md:2:900037 unknown-province",
            "content/associations/yaml.md:2:1 yaml-too-large",
        ],
    );
}

#[test]
fn a_failed_check_of_every_case_writes_no_output() {
    // `build` on a hostile site: exit 1, and the output folder is not made.
    let site = Site::with_overlay(&fixtures().join("invalid").join("yaml-syntax"));
    let m = measure::run(site.root(), &["build", "--now", NOW, "--out", "out"]);
    m.assert_safe("build of an invalid site");
    assert_eq!(m.code, Some(1));
    assert!(!Path::new(&site.path("out")).exists());
}
