//! `nassij new KIND SLUG`: writes a record that fails `check` at its empty
//! required fields until they are filled, and never overwrites a file.

mod common;

use common::Site;

/// (kind as typed, file written, required fields that must be reported when
/// the record is parsed; empty when a parse error stops at the first one)
const KINDS: [(&str, &str, &[&str]); 7] = [
    (
        "association",
        "content/associations/nouvelle.md",
        &["name", "region", "province", "domains"],
    ),
    (
        "programme",
        "content/programmes/nouvelle.md",
        &["title", "lead"],
    ),
    ("offer", "content/offers/nouvelle.md", &[]),
    ("results", "content/results/nouvelle.yaml", &[]),
    (
        "institution",
        "content/institutions/nouvelle.yaml",
        &["name"],
    ),
    ("news", "content/news/nouvelle.md", &[]),
    ("page", "content/pages/nouvelle.md", &["title"]),
];

/// The key of a YAML line (`  name: {...}` -> `name`).
fn key_of_line(line: &str) -> &str {
    line.trim_start()
        .trim_start_matches("- ")
        .split(':')
        .next()
        .unwrap_or("")
}

#[test]
fn new_writes_a_record_that_fails_check_at_its_empty_required_fields() {
    for (kind, file, required) in KINDS {
        let site = Site::from_fixture("valid");
        let out = site.run(&["new", kind, "nouvelle"]);
        assert_eq!(out.code, 0, "new {kind}: {}", out.stderr);
        assert!(site.path(file).is_file(), "new {kind} did not write {file}");
        assert!(
            out.stdout.contains(file),
            "new {kind}: stdout {}",
            out.stdout
        );
        let text = site.read(file);
        assert!(text.contains('#'), "new {kind}: fields are not commented");

        let (out, report) = site.check_json();
        assert_eq!(out.code, 1, "new {kind}: the empty record passes check");
        let errors: Vec<_> = report
            .errors()
            .into_iter()
            .filter(|d| d.file.as_deref() == Some(file))
            .collect();
        assert!(!errors.is_empty(), "new {kind}: no error on {file}");
        assert_eq!(
            errors.len(),
            report.errors().len(),
            "new {kind}: errors outside the new file: {:#?}",
            report.errors()
        );
        let lines: Vec<&str> = text.lines().collect();
        let mut reported = Vec::new();
        let mut placeholder = false;
        for d in &errors {
            let line = lines[d.line.unwrap() - 1];
            let col = d.column.unwrap() - 1;
            let at: String = line.chars().skip(col).collect();
            // The template's example body sentence is not published.
            if d.code == "placeholder-text" {
                assert!(at.contains(" ici"), "new {kind}: placeholder at `{line}`");
                placeholder = true;
                continue;
            }
            // The position is an empty value: "" or [] (or the key of an
            // empty list).
            // A group whose values are all empty (`apply: {url: , email: }`)
            // counts as empty.
            let empty_group = at.starts_with('{')
                && at.trim_matches(['{', '}']).split(',').all(|kv| {
                    kv.split_once(':')
                        .is_none_or(|(_, v)| matches!(v.trim(), "" | "[]" | "MAD"))
                });
            assert!(
                at.starts_with("\"\"") || at.starts_with("[]") || at.ends_with(':') || empty_group,
                "new {kind}: {} does not point at an empty value: `{line}` (col {})",
                d.key(),
                col + 1
            );
            reported.push(key_of_line(line).to_string());
        }
        // The example body sentence is reported in every Markdown record,
        // whatever else is wrong in it: every error of a record shows in
        // one run.
        assert_eq!(
            placeholder,
            file.ends_with(".md"),
            "new {kind}: the example body sentence is reported exactly when there is a body"
        );
        for field in required {
            assert!(
                reported.iter().any(|r| r == field),
                "new {kind}: `{field}` not reported; errors: {:#?}",
                errors.iter().map(|d| d.key()).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn new_accepts_plural_folder_names() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["new", "associations", "autre"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(site.path("content/associations/autre.md").is_file());
}

#[test]
fn filled_institution_passes_check() {
    let site = Site::from_fixture("valid");
    assert_eq!(site.run(&["new", "institution", "nouvelle"]).code, 0);
    let file = "content/institutions/nouvelle.yaml";
    let text = site.read(file).replacen(
        "{ar: \"\", fr: \"\"}",
        "{ar: \"مؤسسة\", fr: \"Institution\"}",
        1,
    );
    site.write(file, text);
    let (out, report) = site.check_json();
    assert_eq!(out.code, 0, "{:#?}", report.errors());
}

#[test]
fn new_never_overwrites() {
    let site = Site::from_fixture("valid");
    let file = "content/associations/tifawin.md";
    let before = std::fs::read(site.path(file)).unwrap();
    let out = site.run(&["new", "association", "tifawin"]);
    assert_ne!(out.code, 0, "new overwrote or accepted an existing record");
    assert!(out.stderr.contains("exists"), "{}", out.stderr);
    assert_eq!(std::fs::read(site.path(file)).unwrap(), before);
    // Also for a YAML kind.
    let file = "content/institutions/agence.yaml";
    let before = std::fs::read(site.path(file)).unwrap();
    assert_ne!(site.run(&["new", "institution", "agence"]).code, 0);
    assert_eq!(std::fs::read(site.path(file)).unwrap(), before);
}

#[test]
fn new_refuses_bad_kinds_and_slugs() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["new", "assocation", "x"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = site.run(&["new", "association", "Tifawin Nord"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("tifawin-nord"), "{}", out.stderr);
    assert!(!site.path("content/associations/Tifawin Nord.md").exists());
}
