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

use common::{NOW, Site, read_tree, repo};
use std::path::Path;

fn hostile_site() -> Site {
    Site::with_overlay(&repo().join("tests/hostile/xss"))
}

/// The Content-Security-Policy every page must carry (see the README).
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

#[derive(Debug)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    /// For script and style elements: their raw text.
    text: Option<String>,
}

/// A small HTML tokenizer, enough to read the builder's own output: tags
/// with their attributes (values with character references decoded), the
/// raw text of script and style elements; comments and text are skipped.
fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if html[i..].starts_with('!') || html[i..].starts_with('/') || html[i..].starts_with('?') {
            i = html[i..].find('>').map_or(html.len(), |e| i + e + 1);
            continue;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
            i += 1;
        }
        let name = lower[start..i].to_string();
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let a = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
                i += 1;
            }
            let attr = lower[a..i].to_string();
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if b[i] == b'"' || b[i] == b'\'' {
                    let q = b[i] as char;
                    let end = html[i + 1..].find(q).map_or(html.len(), |e| i + 1 + e);
                    value = decode_refs(&html[i + 1..end]);
                    i = end + 1;
                } else {
                    let v = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = decode_refs(&html[v..i]);
                }
            }
            attrs.push((attr, value));
        }
        let mut text = None;
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            let end = lower[i.min(lower.len())..].find(&close).map_or(html.len(), |e| i + e);
            text = Some(html[i.min(html.len())..end].to_string());
            i = end;
        }
        out.push(Tag { name, attrs, text });
    }
    out
}

/// Decodes the character references a browser would before reading a URL.
fn decode_refs(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|e| *e < 12);
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "colon" => Some(':'),
            "tab" => Some('\t'),
            "newline" => Some('\n'),
            e if e.starts_with("#x") || e.starts_with("#X") => {
                u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32)
            }
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A URL as a browser reads its scheme: control characters and spaces
/// removed, lowercase.
fn scheme_view(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

const URL_ATTRS: &[&str] = &[
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset",
    "background", "cite", "longdesc", "manifest", "ping",
];

fn html_problems(file: &Path, html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let f = file.display();
    for tag in tags(html) {
        match tag.name.as_str() {
            "script" => {
                let ty = tag.attrs.iter().find(|(a, _)| a == "type").map(|(_, v)| v.as_str());
                let src = tag.attrs.iter().find(|(a, _)| a == "src").map(|(_, v)| v.as_str());
                let text = tag.text.as_deref().unwrap_or("");
                match (ty, src) {
                    (Some("application/ld+json"), None) => {
                        if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
                            problems.push(format!("{f}: JSON-LD does not parse ({e}): {}", &text[..text.len().min(200)]));
                        }
                        if text.to_ascii_lowercase().contains("<!--") || text.contains('<') {
                            problems.push(format!("{f}: `<` inside JSON-LD"));
                        }
                    }
                    (None, Some(s)) if s.starts_with("/static/") && text.trim().is_empty() => {}
                    _ => problems.push(format!("{f}: a script element that is not the site's own: {tag:?}")),
                }
            }
            "iframe" | "object" | "embed" | "base" | "frame" | "frameset" | "applet" => {
                problems.push(format!("{f}: <{}> in the output", tag.name));
            }
            "meta" if tag.attrs.iter().any(|(a, v)| a == "http-equiv" && v.eq_ignore_ascii_case("refresh")) => {
                problems.push(format!("{f}: meta refresh"));
            }
            "style" => problems.push(format!("{f}: a <style> element")),
            _ => {}
        }
        for (attr, value) in &tag.attrs {
            if attr.starts_with("on") {
                problems.push(format!("{f}: event handler {attr}=\"{value}\" on <{}>", tag.name));
            }
            if URL_ATTRS.contains(&attr.as_str()) {
                let v = scheme_view(value);
                for bad in ["javascript:", "vbscript:", "data:"] {
                    if v.starts_with(bad) || (attr == "srcset" && v.contains(bad)) {
                        problems.push(format!("{f}: {bad} URL in {attr} of <{}>: {value}", tag.name));
                    }
                }
            }
            if attr == "style" && (value.contains("url(") || value.to_ascii_lowercase().contains("javascript")) {
                problems.push(format!("{f}: style attribute from content: {value}"));
            }
        }
    }
    problems
}

fn build(site: &Site) -> std::path::PathBuf {
    let out = site.build("out");
    assert_eq!(out.code, 0, "the hostile fixture must build:\n{}", out.stderr);
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
                let begins = unfolded.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count();
                let ends = unfolded.split("\r\n").filter(|l| *l == "END:VEVENT").count();
                if begins != ends {
                    problems.push(format!("{}: {begins} BEGIN:VEVENT, {ends} END:VEVENT", path.display()));
                }
            }
            _ => {}
        }
    }
    assert!(pages > 50, "only {pages} pages built");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn payloads_are_shown_as_text() {
    let site = hostile_site();
    let out = build(&site);
    for (lang, prefix) in [("ar", "جمعية تيفاوين"), ("fr", "Association Tifawin"), ("zgh", "ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ")] {
        let html = std::fs::read_to_string(out.join(lang).join("associations/tifawin/index.html")).unwrap();
        let escaped = format!("{prefix} &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;svg onload=alert(1)&gt;");
        assert!(html.contains(&escaped), "{lang}: the name is not shown escaped");
        // The body's raw HTML is sanitized, its text kept.
        assert!(html.contains("kept attributes"), "{lang}: body missing");
        assert!(html.contains("dir=\"rtl\" lang=\"ar\""), "{lang}: dir/lang of body HTML dropped");
    }
}

#[test]
#[ignore = "needs the CSP meta in themes/default/templates/base.html (theme engineer): see the issue 8 note"]
fn every_page_forbids_inline_script() {
    let site = Site::from_fixture("valid");
    let out = build(&site);
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
    for (path, bytes) in read_tree(&out) {
        if path.extension().is_some_and(|e| e == "html") {
            let html = String::from_utf8_lossy(&bytes);
            assert!(html.contains(&meta), "{}: no CSP meta (want {meta})", path.display());
            // A CSP in a meta element applies from where it appears.
            let at = html.find(&meta).unwrap();
            assert!(!html[..at].to_ascii_lowercase().contains("<script"), "{}", path.display());
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
    edit("content/associations/tifawin.md", "https://tifawin.example.ma", "javascript:alert(1)");
    edit("content/offers/appel-ouvert.md", "https://candidatures.example.ma/appel-ouvert", "\"data:text/html,<script>alert(1)</script>\"");
    edit("content/results/nassij-fes-2025.yaml", "https://www.example.ma/reponse", "\" JaVaScRiPt:alert(1)\"");
    let text = site.read("content/institutions/agence.yaml");
    site.write("content/institutions/agence.yaml", format!("{text}website: \"java\\tscript:alert(1)\"\n"));
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
