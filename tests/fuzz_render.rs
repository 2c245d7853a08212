//! Property tests of Markdown rendering and sanitizing (issue 8, item 3):
//! arbitrary mixes of Markdown and HTML fragments (scripts, handlers,
//! javascript: and data: URLs, entity-encoded schemes, broken tags, SVG and
//! MathML tricks) render without panic, and the output carries no script,
//! no event handler and no script URL. See tests/fuzz/README.md.

#[path = "hostile/html.rs"]
mod html;

use nassij::present::markdown::{to_html, to_html_parts};
use nassij::validate::{Options, Site, validate};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use std::path::Path;
use std::sync::OnceLock;

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz/fuzz_render.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// The valid fixture, loaded once: internal links resolve against it.
fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let today = nassij::model::date::Today::resolve(Some("2026-11-22"), None).unwrap();
        validate(nassij::load::load(&root), &today, &Options::default())
            .site
            .expect("the valid fixture validates")
    })
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>"),
        Just("<SCRIPT SRC=//x.example/a.js></SCRIPT>"),
        Just("<img src=x onerror=alert(1)>"),
        Just("\"><svg onload=alert(1)>"),
        Just("</script><script>alert(1)</script>"),
        Just("<a href=\"javascript:alert(1)\">"),
        Just("<a href=\"&#106;avascript:alert(1)\">"),
        Just("<a href=\"java&#x09;script:alert(1)\">"),
        Just("<a href=\" data:text/html,<script>alert(1)</script>\">"),
        Just("<iframe src=javascript:alert(1)>"),
        Just("<svg><a xlink:href=javascript:alert(1)>x</a></svg>"),
        Just("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
        Just("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        Just("<details open ontoggle=alert(1)>"),
        Just("<form action=javascript:alert(1)><button formaction=javascript:alert(1)>"),
        Just("<base href=javascript:alert(1)//>"),
        Just("<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">"),
        Just("<div style=\"background:url(javascript:alert(1))\">"),
        Just("<p dir=rtl lang=ar class=c id=i onclick=alert(1)>"),
        Just("<!--"),
        Just("-->"),
        Just("<![CDATA["),
        Just("<"),
        Just(">"),
        Just("\""),
        Just("'"),
        Just("&"),
        Just("[x](javascript:alert(1))"),
        Just("[x](JaVaScRiPt:alert(1))"),
        Just("[x](data:text/html;base64,PHNjcmlwdD4=)"),
        Just("![x](javascript:alert(1))"),
        Just("<javascript:alert(1)>"),
        Just("[x](@/associations/tifawin)"),
        Just("[x](@/associations/absent)"),
        Just("[x](@/associations/tifawin#\"><script>alert(1)</script>)"),
        Just("[x]: javascript:alert(1)\n"),
        Just("[x]"),
        Just("\n"),
        Just("\n\n"),
        Just("    "),
        Just("```\n"),
        Just("`"),
        Just("| a | b |\n|---|---|\n"),
        Just("- "),
        Just("> "),
        Just("# "),
        Just("*"),
        Just("~~"),
        Just("ⵜⴰⵎⵓⵏⵜ"),
        Just("جمعية"),
    ]
    .prop_map(str::to_string)
}

fn check(markdown: &str) {
    for lang in ["ar", "fr", "zgh"] {
        let out = to_html(markdown, nassij::model::lang::Lang::new(lang), site());
        let problems = html::html_problems(Path::new("body"), &out);
        assert!(
            problems.is_empty(),
            "{markdown:?} rendered to {out:?}:\n{}",
            problems.join("\n")
        );
        // The page's two parts (notice, rest) are as safe as the whole.
        let (notice, rest) = to_html_parts(markdown, nassij::model::lang::Lang::new(lang), site());
        for part in notice.iter().chain([&rest]) {
            let problems = html::html_problems(Path::new("body"), part);
            assert!(
                problems.is_empty(),
                "{markdown:?} rendered to {part:?}:\n{}",
                problems.join("\n")
            );
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn markdown_with_html_renders_to_safe_html(pieces in prop::collection::vec(fragment(), 0..24)) {
        check(&pieces.concat());
    }

    #[test]
    fn arbitrary_text_renders_to_safe_html(text in "\\PC{0,200}") {
        check(&text);
    }
}

/// Cases kept from issue 8's hostile fixture, replayed on every run.
#[test]
fn corpus() {
    for md in [
        "<a href=\" &#x6A;avascript:alert(1)\">x</a>",
        "[x](@/associations/amal-fes#\"><script>alert(1)</script>)",
        "<svg><script>alert(1)</script></svg>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<a href=\"https://ok.example.ma/\" onclick=\"alert(1)\" onmouseover=alert(1)>ok</a>",
    ] {
        check(md);
    }
}

/// A body that opens with a quotation gives it as its notice (its content,
/// without the quotation element), and the rest without it; a quotation
/// further down stays in the body.
#[test]
fn the_opening_quotation_is_the_notice() {
    let lang = nassij::model::lang::Lang::new("fr");
    let (notice, rest) = to_html_parts(
        "> **Avertissement :** exemple fictif.\n> Deuxième ligne.\n\nTexte.\n\n> Citation.\n",
        lang,
        site(),
    );
    let notice = notice.expect("a notice");
    assert!(notice.contains("<strong>Avertissement :</strong> exemple fictif."));
    assert!(notice.contains("Deuxième ligne."));
    assert!(!notice.contains("blockquote"), "{notice}");
    assert!(!rest.contains("Avertissement"), "{rest}");
    assert!(rest.contains("<p>Texte.</p>"), "{rest}");
    assert!(
        rest.contains("<blockquote>\n<p>Citation.</p>\n</blockquote>"),
        "{rest}"
    );

    let (notice, rest) = to_html_parts("Texte.\n\n> Citation.\n", lang, site());
    assert_eq!(notice, None);
    assert_eq!(rest, to_html("Texte.\n\n> Citation.\n", lang, site()));

    // A quotation that nests another is taken whole.
    let (notice, rest) = to_html_parts("> a\n>\n> > b\n\nc\n", lang, site());
    let notice = notice.expect("a notice");
    assert!(
        notice.contains("<blockquote>") && notice.contains("b"),
        "{notice}"
    );
    assert_eq!(rest.trim(), "<p>c</p>");
}
