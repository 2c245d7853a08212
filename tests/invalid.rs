//! Invalid sites: each `tests/fixtures/invalid/<case>/` is an overlay on the
//! valid fixture plus an `expected` file. `check` must report exactly the
//! expected errors, at the expected positions, and exit with the expected
//! code (1 unless the file says `exit 2`).
//!
//! `expected` holds one line per error, `path:line:column code`, optionally
//! followed by ` ~ TEXT`: TEXT must appear in the diagnostic's message or
//! help (used for hints such as the nearest valid key). Lines starting with
//! `#` are comments.

mod common;

use common::{Site, fixtures};
use std::collections::BTreeSet;

/// Files that cannot (or should not) be committed: written by the test.
fn setup(case: &str, site: &Site) {
    const HEAD: &str = "---\nname: {ar: \"جمعية\", fr: \"Association\"}\nregion: MA-09\nprovince: MA-CHT\ndomains: [education]\n";
    match case {
        "invalid-utf8" => {
            // Line 7, after 11 characters (4 of them two-byte Arabic letters).
            let mut bytes = HEAD.as_bytes().to_vec();
            bytes.extend_from_slice(
                b"---\n\xd8\xac\xd9\x85\xd8\xb9\xd9\x8a\xd8\xa9 text \xff\xfe here\n",
            );
            site.write("content/associations/bad.md", bytes);
        }
        "utf16" => {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in "---\nname: x\n---\n".encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            site.write("content/associations/bad.md", bytes);
        }
        "nul-byte" => {
            let text = format!("{HEAD}---\nbody\nab\0cd\n");
            site.write("content/associations/bad.md", text);
        }
        "symlink" => {
            #[cfg(unix)]
            std::os::unix::fs::symlink(
                site.path("content/associations/tifawin.md"),
                site.path("content/associations/lien.md"),
            )
            .unwrap();
        }
        "file-too-large" => {
            let mut text = String::from(HEAD);
            text.push_str("---\n");
            let line = "نص طويل جدا لتجاوز الحد الأقصى لحجم الملف.\n";
            while text.len() <= 8 * 1024 * 1024 {
                text.push_str(line);
            }
            site.write("content/associations/bad.md", text);
        }
        _ => {}
    }
}

struct Expected {
    exit: i32,
    errors: BTreeSet<String>,
    /// (key, text that the message or help must contain)
    hints: Vec<(String, String)>,
}

fn expected(case: &str) -> Expected {
    let path = fixtures().join("invalid").join(case).join("expected");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut exp = Expected {
        exit: 1,
        errors: BTreeSet::new(),
        hints: Vec::new(),
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(code) = line.strip_prefix("exit ") {
            exp.exit = code.parse().unwrap();
            continue;
        }
        let (key, hint) = match line.split_once(" ~ ") {
            Some((k, h)) => (k.trim().to_string(), Some(h.trim().to_string())),
            None => (line.to_string(), None),
        };
        if let Some(h) = hint {
            exp.hints.push((key.clone(), h));
        }
        exp.errors.insert(key);
    }
    exp
}

fn site_for(case: &str) -> Site {
    let overlay = fixtures().join("invalid").join(case);
    assert!(overlay.is_dir(), "no fixture folder for case {case}");
    let site = Site::with_overlay(&overlay);
    setup(case, &site);
    site
}

fn run_case(case: &str) {
    let site = site_for(case);
    let exp = expected(case);
    let (out, report) = site.check_json();
    let errors = report.errors();
    let actual: BTreeSet<String> = errors.iter().map(|d| d.key()).collect();
    let detail = errors
        .iter()
        .map(|d| {
            format!(
                "  {}  {}  (help: {})",
                d.key(),
                d.message,
                d.help.as_deref().unwrap_or("-")
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        actual, exp.errors,
        "{case}: errors differ from `expected`\nactual:\n{detail}"
    );
    assert_eq!(report.errors, errors.len(), "{case}: `errors` count");
    assert_eq!(
        out.code, exp.exit,
        "{case}: exit code\nstderr:\n{}",
        out.stderr
    );
    for (key, hint) in &exp.hints {
        let d = errors.iter().find(|d| &d.key() == key).unwrap();
        let text = format!("{} {}", d.message, d.help.as_deref().unwrap_or(""));
        assert!(
            text.contains(hint.as_str()),
            "{case}: {key}: expected `{hint}` in the message or help, got: {text}"
        );
    }
}

macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        const CASES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                run_case(&stringify!($name).replace('_', "-"));
            }
        )*
    };
}

cases! {
    alias_bomb,
    alias_flood,
    amount_min_above_max,
    award_above_max,
    award_before_opens,
    award_below_min,
    award_unknown_association,
    awards_exceed_total,
    bad_contact_email,
    bad_email,
    bad_file_name,
    bad_phone,
    bad_source,
    bad_website,
    broken_link_body,
    broken_link_translation,
    closes_before_opens,
    date_in_future,
    duplicate_slug,
    empty_file,
    empty_required_text,
    file_too_large,
    fluent_syntax_error,
    front_matter_unclosed,
    invalid_utf8,
    location_outside_morocco,
    missing_required_field,
    missing_site_yaml,
    nul_byte,
    open_offer_without_apply,
    orphan_translation,
    parent_cycle,
    placeholder_text,
    province_outside_region,
    reserved_page_slug,
    self_parent,
    symlink,
    template_message_argument_missing,
    territory_by_name,
    template_tx_not_a_text,
    template_undefined_variable,
    unknown_domain,
    unknown_enum,
    unknown_field,
    unknown_indicator,
    unknown_institution_lead,
    unknown_language_file,
    unknown_language_text,
    unknown_province,
    unknown_reference_acronym,
    unknown_reference_listed,
    unknown_region,
    utf16,
    wrong_type_date,
    wrong_type_people,
    yaml_syntax,
    yml_extension,
}

/// Every folder of invalid/ is a listed case, and every case has a folder.
#[test]
fn every_fixture_is_a_case() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = CASES.iter().map(|c| c.replace('_', "-")).collect();
    assert_eq!(on_disk, listed);
}

/// SPEC: every error message says what is wrong and how to fix it.
#[test]
fn every_error_says_how_to_fix_it() {
    let problems: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = CASES
            .iter()
            .map(|case| {
                scope.spawn(move || {
                    let case = case.replace('_', "-");
                    let (_, report) = site_for(&case).check_json();
                    report
                        .errors()
                        .iter()
                        .filter(|d| {
                            d.message.trim().is_empty()
                                || d.help.as_deref().is_none_or(|h| h.trim().is_empty())
                        })
                        .map(|d| format!("{case}: {}  {}", d.key(), d.message))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        problems.is_empty(),
        "errors without a help line:\n{}",
        problems.join("\n")
    );
}

/// Two provinces are one edit away from `MA-CHX`: the hint must not depend
/// on hash order, and should prefer the province of the record's region.
#[test]
fn province_hint_is_deterministic_and_prefers_the_region() {
    let site = site_for("unknown-province");
    let text = site
        .read("content/associations/bad.md")
        .replace("MA-CTH", "MA-CHX");
    site.write("content/associations/bad.md", text);
    let hints: BTreeSet<String> = (0..6)
        .map(|_| {
            let (_, report) = site.check_json();
            let d = report.errors()[0].clone();
            assert_eq!(d.code, "unknown-province");
            d.help.unwrap_or_default()
        })
        .collect();
    assert_eq!(
        hints.len(),
        1,
        "the hint changes from run to run: {hints:#?}"
    );
    let hint = hints.first().unwrap();
    assert!(
        hint.contains("MA-CHT"),
        "the record's region is MA-09: its province MA-CHT is the better guess, got: {hint}"
    );
}
