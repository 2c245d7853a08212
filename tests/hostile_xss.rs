//! Script injection (issue 8, item 2). `tests/hostile/xss/` is an overlay on
//! the valid fixture whose every text field and body, in every language,
//! carries script tags, event handlers, `javascript:` and `data:` URLs,
//! `"><svg onload=...>` and `</script><script>` (aimed at JSON-LD and inline
//! data). The built site is read back file by file:
//!
//! - HTML: the only `<script>` elements are the site's own (a `src` under
//!   /static/, or JSON-LD that parses as JSON); no `on*` attribute; no
//!   `javascript:`, `vbscript:` or `data:` URL in any URL attribute (after
//!   decoding character references); no iframe, object, embed, base or meta
//!   refresh; the payload text is shown escaped;
//! - XML feeds and sitemap: no element from content; ICS: no line injected;
//!   JSON (open data, search index): parses.
//!
//! URL fields with `javascript:` or `data:` fail validation (tested below).
//! That nothing runs in a real browser is tests/browser/xss.test.mjs.

mod common;
#[path = "hostile/html.rs"]
mod html;

use common::{NOW, Site, read_tree, repo};
use html::html_problems;
use std::path::Path;

fn hostile_site() -> Site {
    Site::with_overlay(&repo().join("tests/hostile/xss"))
}

/// The Content-Security-Policy every page must carry (see the README).
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

fn build(site: &Site) -> std::path::PathBuf {
    let out = site.build("out");
    assert_eq!(
        out.code, 0,
        "the hostile fixture must build:\n{}",
        out.stderr
    );
    site.path("out")
}

#[test]
fn the_hostile_fixture_is_valid_content() {
    // Markup in a text is text: it is escaped, not refused.
    let (out, report) = hostile_site().check_json();
    assert_eq!(report.errors, 0, "{:#?}\n{}", report.errors(), out.stderr);
}

#[test]
fn nothing_from_content_can_run_in_the_built_site() {
    let site = hostile_site();
    let out = build(&site);
    let tree = read_tree(&out);
    let mut problems = Vec::new();
    let mut pages = 0;
    for (path, bytes) in &tree {
        let text = String::from_utf8_lossy(bytes);
        match path.extension().and_then(|e| e.to_str()) {
            Some("html") => {
                pages += 1;
                problems.extend(html_problems(path, &text));
            }
            Some("xml") => {
                let lower = text.to_ascii_lowercase();
                for el in ["<script", "<img", "<svg", "<iframe"] {
                    if lower.contains(el) {
                        problems.push(format!("{}: {el} element in XML", path.display()));
                    }
                }
            }
            Some("json") => {
                if let Err(e) = serde_json::from_slice::<serde_json::Value>(bytes) {
                    problems.push(format!("{}: not JSON: {e}", path.display()));
                }
            }
            Some("ics") => {
                // A line break in a title must not start a new property.
                let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
                for line in unfolded.split("\r\n") {
                    if line.starts_with("X-INJECTED") {
                        problems.push(format!("{}: injected line {line}", path.display()));
                    }
                }
                let begins = unfolded
                    .split("\r\n")
                    .filter(|l| *l == "BEGIN:VEVENT")
                    .count();
                let ends = unfolded
                    .split("\r\n")
                    .filter(|l| *l == "END:VEVENT")
                    .count();
                if begins != ends {
                    problems.push(format!(
                        "{}: {begins} BEGIN:VEVENT, {ends} END:VEVENT",
                        path.display()
                    ));
                }
            }
            _ => {}
        }
    }
    assert!(pages > 50, "only {pages} pages built");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn payloads_are_shown_as_text() {
    let site = hostile_site();
    let out = build(&site);
    for (lang, prefix) in [
        ("ar", "جمعية تيفاوين"),
        ("fr", "Association Tifawin"),
        ("zgh", "ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ"),
    ] {
        let html = std::fs::read_to_string(out.join(lang).join("associations/tifawin/index.html"))
            .unwrap();
        let escaped = format!(
            "{prefix} &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;svg onload=alert(1)&gt;"
        );
        assert!(
            html.contains(&escaped),
            "{lang}: the name is not shown escaped"
        );
        // The body's raw HTML is sanitized, its text kept.
        assert!(html.contains("kept attributes"), "{lang}: body missing");
        assert!(
            html.contains("dir=\"rtl\" lang=\"ar\""),
            "{lang}: dir/lang of body HTML dropped"
        );
    }
}

#[test]
fn every_page_forbids_inline_script() {
    let site = Site::from_fixture("valid");
    let out = build(&site);
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
    for (path, bytes) in read_tree(&out) {
        if path.extension().is_some_and(|e| e == "html") {
            let html = String::from_utf8_lossy(&bytes);
            assert!(
                html.contains(&meta),
                "{}: no CSP meta (want {meta})",
                path.display()
            );
            // A CSP in a meta element applies from where it appears.
            let at = html.find(&meta).unwrap();
            assert!(
                !html[..at].to_ascii_lowercase().contains("<script"),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn script_and_data_urls_fail_validation() {
    let site = Site::from_fixture("valid");
    let edit = |rel: &str, from: &str, to: &str| {
        let text = site.read(rel);
        assert!(text.contains(from), "{rel}: no `{from}`");
        site.write(rel, text.replacen(from, to, 1));
    };
    edit(
        "content/associations/tifawin.md",
        "https://tifawin.example.ma",
        "javascript:alert(1)",
    );
    edit(
        "content/offers/appel-ouvert.md",
        "https://candidatures.example.ma/appel-ouvert",
        "\"data:text/html,<script>alert(1)</script>\"",
    );
    edit(
        "content/results/nassij-fes-2025.yaml",
        "https://www.example.ma/reponse",
        "\" JaVaScRiPt:alert(1)\"",
    );
    let text = site.read("content/institutions/agence.yaml");
    site.write(
        "content/institutions/agence.yaml",
        format!("{text}website: \"java\\tscript:alert(1)\"\n"),
    );
    let (out, report) = site.check_json_with(&[]);
    assert_eq!(out.code, 1);
    let mut got: Vec<String> = report.errors().iter().map(|d| d.key()).collect();
    got.sort();
    assert_eq!(
        got,
        [
            "content/associations/tifawin.md:18:12 bad-url",
            "content/institutions/agence.yaml:4:10 bad-url",
            "content/offers/appel-ouvert.md:15:8 bad-url",
            "content/results/nassij-fes-2025.yaml:6:8 bad-url",
        ],
        "{:#?}",
        report.errors()
    );
    // And build writes nothing.
    let built = site.run(&["build", "--now", NOW, "--out", "out"]);
    assert_eq!(built.code, 1);
    assert!(!site.path("out").exists());
}

/// The checker itself finds what it looks for.
#[test]
fn the_checker_catches_each_kind_of_problem() {
    let p = Path::new("t.html");
    for bad in [
        "<p>x</p><script>alert(1)</script>",
        "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\" JAVA&#x09;SCRIPT:alert(1)\">x</a>",
        "<a href='data:text/html,x'>x</a>",
        "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "<iframe src=\"/x\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p title=\"a\"ONCLICK=\"alert(1)\">x</p>",
    ] {
        assert!(!html_problems(p, bad).is_empty(), "not caught: {bad}");
    }
    let good = "<p title=\"&lt;script&gt; onclick=x\">&lt;script&gt;alert(1)</p><script defer src=\"/static/js/a.js\"></script><script type=\"application/ld+json\">{\"a\":\"\\u003c/script\\u003e\"}</script><a href=\"https://x.ma/?q=%22javascript:\">x</a>";
    assert_eq!(html_problems(p, good), Vec::<String>::new());
}
