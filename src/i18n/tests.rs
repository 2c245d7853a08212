//! Tests of the loader and lookups, against the site's real `i18n/` files and
//! against small files written to a temporary directory.

use super::*;
use crate::model::lang::Lang;
use jiff::civil::date;
use std::sync::atomic::{AtomicUsize, Ordering};

const REAL_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n");

fn spec(code: &str, fallback: &[&str]) -> LangSpec {
    LangSpec {
        code: code.to_owned(),
        fallback: fallback.iter().map(|s| (*s).to_owned()).collect(),
    }
}

fn site_langs() -> Vec<LangSpec> {
    vec![spec("ar", &[]), spec("fr", &[]), spec("zgh", &["ar", "fr"])]
}

fn real() -> Localizer {
    match Localizer::load(Path::new(REAL_DIR), &site_langs(), "ar") {
        Ok(l10n) => l10n,
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the site's i18n files do not load:\n{}", lines.join("\n"))
        }
    }
}

/// The message as plain text (bidi isolates removed) and its language.
fn msg(l10n: &Localizer, lang: &str, id: &str, args: &[(&str, Arg)]) -> (String, String) {
    let (text, used) = l10n
        .message(Lang::new(lang), id, args)
        .unwrap_or_else(|e| panic!("{lang} {id}: {e}"));
    (strip_bidi_isolates(&text).into_owned(), used.to_string())
}

fn count(l10n: &Localizer, lang: &str, id: &str, n: f64) -> String {
    msg(l10n, lang, id, &[("count", Arg::Num(n))]).0
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempTree(PathBuf);

impl TempTree {
    fn new(files: &[(&str, &[u8])]) -> TempTree {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "nassij-i18n-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        for (path, content) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().expect("test paths have a parent"))
                .expect("create test dir");
            std::fs::write(&path, content).expect("write test file");
        }
        TempTree(root)
    }
}

impl Drop for TempTree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const REQUIRED: &[&str] = &[
    "skip-to-content",
    "nav-home",
    "nav-associations",
    "nav-programmes",
    "nav-offers",
    "nav-results",
    "nav-news",
    "nav-search",
    "language-switcher",
    "main-menu",
    "footer-built",
    "footer-open-data",
    "breadcrumb",
    "page-not-found-title",
    "page-not-found-text",
    "choose-language",
    "fallback-notice",
    "home-title",
    "home-key-figures",
    "figure-associations",
    "figure-programmes",
    "figure-open-offers",
    "home-open-offers",
    "home-latest-news",
    "home-no-open-offers",
    "search-label",
    "search-placeholder",
    "search-button",
    "search-title",
    "search-no-js",
    "associations-title",
    "associations-count",
    "facet-region",
    "facet-province",
    "facet-domain",
    "filter-all-regions",
    "filter-all-provinces",
    "filter-all-domains",
    "filter-all-audiences",
    "directory-filters",
    "directory-search-label",
    "directory-audience",
    "associations-in-place-domain",
    "associations-in-region",
    "associations-in-province",
    "associations-in-domain",
    "pagination",
    "page-previous",
    "page-next",
    "page-n-of-m",
    "no-associations",
    "field-acronym",
    "field-founded",
    "field-registration",
    "field-status",
    "status-active",
    "status-inactive",
    "status-dissolved",
    "field-public-utility",
    "public-utility-yes",
    "field-region",
    "field-province",
    "field-commune",
    "field-setting",
    "setting-urban",
    "setting-rural",
    "field-domains",
    "field-audiences",
    "field-contact",
    "field-email",
    "field-phone",
    "field-website",
    "field-address",
    "field-networks",
    "field-programmes",
    "role-beneficiary",
    "role-partner",
    "role-competence-hub",
    "role-support-centre",
    "field-people",
    "people-members",
    "people-volunteers",
    "people-staff",
    "field-governance",
    "governance-statutes-updated",
    "governance-last-general-assembly",
    "governance-strategic-plan",
    "governance-internal-rules",
    "yes",
    "no",
    "awards-received",
    "example-record",
    "programmes-title",
    "programme-kind-strategy",
    "programme-kind-programme",
    "programme-kind-phase",
    "programme-kind-project",
    "field-parent",
    "field-lead",
    "field-partners",
    "field-period",
    "programme-status-planned",
    "programme-status-ongoing",
    "programme-status-completed",
    "field-regions",
    "all-regions",
    "field-provinces",
    "field-budget",
    "field-objectives",
    "phases",
    "milestones",
    "milestone-status-planned",
    "milestone-status-in-progress",
    "milestone-status-done",
    "milestone-status-late",
    "results",
    "participating-associations",
    "related-offers",
    "related-news",
    "offers-title",
    "offers-open",
    "offers-upcoming",
    "offers-closed",
    "offer-status-open",
    "offer-status-upcoming",
    "offer-status-closed",
    "offer-kind-funding",
    "offer-kind-training",
    "offer-kind-equipment",
    "offer-kind-premises",
    "offer-kind-technical-support",
    "offer-kind-call-for-interest",
    "field-issuer",
    "field-programme",
    "field-published",
    "field-opens",
    "field-closes",
    "days-left",
    "field-eligibility",
    "field-amount",
    "amount-range",
    "amount-total",
    "field-apply",
    "apply-online",
    "apply-by-email",
    "field-documents",
    "applications-received",
    "awards",
    "award-association",
    "award-amount",
    "award-date",
    "no-offers",
    "results-title",
    "indicator",
    "period",
    "baseline",
    "target",
    "achieved",
    "scope",
    "scope-national",
    "source",
    "note",
    "breakdown",
    "indicator-kind-output",
    "indicator-kind-outcome",
    "indicator-kind-impact",
    "no-results",
    "news-title",
    "news-date",
    "no-news",
    "read-more",
    "currency-mad",
];

/// Arguments good enough for any message of the files.
fn any_args() -> Vec<(&'static str, Arg<'static>)> {
    vec![
        ("count", Arg::Num(3.0)),
        ("date", Arg::Str("14 juin 2023")),
        ("language", Arg::Str("العربية")),
        ("name", Arg::Str("Fès-Meknès")),
        ("place", Arg::Str("Fès-Meknès")),
        ("domain", Arg::Str("Jeunesse")),
        ("n", Arg::Num(2.0)),
        ("m", Arg::Num(9.0)),
        ("start", Arg::Str("1 janvier 2023")),
        ("end", Arg::Str("31 décembre 2025")),
        ("min", Arg::Str("10 000")),
        ("max", Arg::Str("50 000")),
        ("total", Arg::Str("1 000 000")),
        ("amount", Arg::Str("1 500")),
    ]
}

#[test]
fn the_real_files_define_every_required_message_in_ar_and_fr() {
    let l10n = real();
    let missing = l10n.missing();
    let langs: Vec<&str> = missing.iter().map(|(lang, _)| lang.as_str()).collect();
    assert_eq!(langs, ["ar", "fr", "zgh"]);
    for (lang, ids) in &missing {
        if lang != "zgh" {
            assert!(ids.is_empty(), "{lang} lacks {ids:?}");
        }
    }
    let args = any_args();
    for lang in ["ar", "fr", "zgh"] {
        for id in REQUIRED {
            let (text, _) = msg(&l10n, lang, id, &args);
            assert!(!text.trim().is_empty(), "{lang} {id} is empty");
        }
    }
}

#[test]
fn ar_fr_and_zgh_define_the_same_ids() {
    let l10n = real();
    let ids = |lang: &str| {
        l10n.language(Lang::new(lang))
            .map(|l| l.ids.clone())
            .unwrap_or_default()
    };
    assert_eq!(ids("ar"), ids("fr"));
    assert_eq!(ids("zgh"), ids("ar"));
    let required: BTreeSet<String> = REQUIRED.iter().map(|s| (*s).to_owned()).collect();
    assert!(required.is_subset(&ids("fr")));
}

#[test]
fn fallback_chain_and_reported_language() {
    let l10n = real();
    assert_eq!(l10n.chain(Lang::new("zgh")), Some(vec!["zgh", "ar", "fr"]));
    assert_eq!(l10n.chain(Lang::new("fr")), Some(vec!["fr", "ar"]));
    assert_eq!(l10n.chain(Lang::new("ar")), Some(vec!["ar"]));
    assert_eq!(l10n.chain(Lang::new("en")), None);

    // zgh defines every message: nothing of the real files falls back (the
    // fallback itself is tested on a temporary tree, in the next test).
    assert!(l10n.missing()[2].1.is_empty());
    assert_eq!(msg(&l10n, "zgh", "example-record", &[]).1, "zgh");

    assert_eq!(
        msg(&l10n, "zgh", "nav-news", &[]),
        ("ⵉⵏⵖⵎⵉⵙⵏ".to_owned(), "zgh".to_owned())
    );
    assert_eq!(msg(&l10n, "fr", "nav-news", &[]).1, "fr");
}

#[test]
fn fallback_goes_through_the_list_then_the_default() {
    let tree = TempTree::new(&[
        ("ar/a.ftl", "only-ar = ع\nboth = ب\n".as_bytes()),
        ("fr/a.ftl", "only-fr = F\nboth = B\n".as_bytes()),
        ("zgh/a.ftl", b""),
    ]);
    let langs = [spec("ar", &[]), spec("fr", &[]), spec("zgh", &["fr"])];
    let l10n = Localizer::load(&tree.0, &langs, "ar").expect("loads");
    assert_eq!(l10n.chain(Lang::new("zgh")), Some(vec!["zgh", "fr", "ar"]));
    assert_eq!(
        msg(&l10n, "zgh", "both", &[]),
        ("B".to_owned(), "fr".to_owned())
    );
    assert_eq!(
        msg(&l10n, "zgh", "only-ar", &[]),
        ("ع".to_owned(), "ar".to_owned())
    );
    let error = l10n
        .message(Lang::new("ar"), "only-fr", &[])
        .expect_err("ar does not fall back to fr");
    assert!(error.to_string().contains("only-fr"), "{error}");
    let missing: Vec<(String, Vec<String>)> = l10n
        .missing()
        .into_iter()
        .map(|(l, ids)| (l.to_string(), ids))
        .collect();
    assert_eq!(
        missing,
        vec![
            ("ar".to_owned(), vec!["only-fr".to_owned()]),
            ("fr".to_owned(), vec!["only-ar".to_owned()]),
            (
                "zgh".to_owned(),
                vec![
                    "both".to_owned(),
                    "only-ar".to_owned(),
                    "only-fr".to_owned()
                ]
            ),
        ]
    );
}

#[test]
fn arabic_six_forms() {
    let l10n = real();
    let forms: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
        .iter()
        .map(|&n| count(&l10n, "ar", "figure-associations", n))
        .collect();
    assert_eq!(
        forms,
        [
            "لا توجد أي جمعية",
            "جمعية واحدة",
            "جمعيتان",
            "3 جمعيات",
            "11 جمعية",
            "100 جمعية"
        ]
    );
    let programmes: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 101.0, 1234.0]
        .iter()
        .map(|&n| count(&l10n, "ar", "figure-programmes", n))
        .collect();
    assert_eq!(
        programmes,
        [
            "لا يوجد أي برنامج",
            "برنامج واحد",
            "برنامجان",
            "3 برامج",
            "11 برنامجًا",
            "100 برنامج",
            "101 برنامج",
            "1.234 برنامجًا",
        ]
    );
    assert_eq!(count(&l10n, "ar", "days-left", 0.0), "يُغلَق اليوم");
    assert_eq!(count(&l10n, "ar", "days-left", 5.0), "تبقى 5 أيام");
}

#[test]
fn french_and_amazigh_plurals() {
    let l10n = real();
    assert_eq!(
        count(&l10n, "fr", "associations-count", 0.0),
        "0 association"
    );
    assert_eq!(
        count(&l10n, "fr", "associations-count", 1.0),
        "1 association"
    );
    assert_eq!(
        count(&l10n, "fr", "associations-count", 2.0),
        "2 associations"
    );
    assert_eq!(
        count(&l10n, "fr", "associations-count", 1234.0),
        "1\u{202F}234 associations"
    );
    assert_eq!(count(&l10n, "fr", "days-left", 0.0), "Clôture aujourd’hui");
    assert_eq!(count(&l10n, "fr", "days-left", 1.0), "1 jour restant");
    assert_eq!(count(&l10n, "fr", "days-left", 12.0), "12 jours restants");

    assert_eq!(count(&l10n, "zgh", "figure-associations", 0.0), "0 ⵜⵎⵓⵏⵜ");
    assert_eq!(count(&l10n, "zgh", "figure-associations", 1.0), "1 ⵜⵎⵓⵏⵜ");
    assert_eq!(count(&l10n, "zgh", "figure-associations", 2.0), "2 ⵜⵎⵓⵏⵉⵏ");
    assert_eq!(
        count(&l10n, "zgh", "figure-associations", 11.0),
        "11 ⵜⵎⵓⵏⵉⵏ"
    );
    assert_eq!(
        count(&l10n, "zgh", "figure-associations", 1500.0),
        "1\u{A0}500 ⵜⵎⵓⵏⵉⵏ"
    );
}

#[test]
fn plural_categories_per_language() {
    use PluralCategory::*;
    let ar: Vec<_> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 101.0]
        .iter()
        .map(|&n| Localizer::plural_category(Lang::new("ar"), n))
        .collect();
    assert_eq!(ar, [Zero, One, Two, Few, Many, Other, Other]);
    let fr: Vec<_> = [0.0, 1.0, 2.0, 1.5]
        .iter()
        .map(|&n| plural_category(Lang::new("fr"), n))
        .collect();
    assert_eq!(fr, [One, One, Other, One]);
    let zgh: Vec<_> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
        .iter()
        .map(|&n| plural_category(Lang::new("zgh"), n))
        .collect();
    assert_eq!(zgh, [One, One, Other, Other, Other, Other]);
    assert_eq!(plural_category(Lang::new("ar-MA"), 11.0), Many);
    assert_eq!(plural_category(Lang::new("en"), 1.0), Other);
}

#[test]
fn zgh_plural_does_not_follow_english_rules() {
    // The same message in the three languages: the zgh singular for 0 proves
    // PLURAL() applies nassij's zgh rule (English would say "other" for 0).
    let source = "n = { PLURAL($count) ->\n    [one] S\n   *[other] P\n}\n";
    let tree = TempTree::new(&[
        ("ar/a.ftl", source.as_bytes()),
        ("fr/a.ftl", source.as_bytes()),
        ("zgh/a.ftl", source.as_bytes()),
        ("en/a.ftl", source.as_bytes()),
    ]);
    let mut langs = site_langs();
    langs.push(spec("en", &[]));
    let l10n = Localizer::load(&tree.0, &langs, "ar").expect("loads");
    let pick = |lang: &str, n: f64| count(&l10n, lang, "n", n);
    assert_eq!(
        [pick("zgh", 0.0), pick("zgh", 1.0), pick("zgh", 2.0)],
        ["S", "S", "P"]
    );
    assert_eq!(
        [pick("fr", 0.0), pick("fr", 1.5), pick("fr", 2.0)],
        ["S", "S", "P"]
    );
    assert_eq!(
        [pick("ar", 0.0), pick("ar", 1.0), pick("ar", 2.0)],
        ["P", "S", "P"]
    );
    assert_eq!(pick("en", 1.0), "P", "no data: CLDR root, always other");
}

#[test]
fn numbers_in_messages_and_the_number_function() {
    let source = "plain = { $x }\nrounded = { NUMBER($x, maximumFractionDigits: 1) }\n\
                  padded = { NUMBER($x, minimumFractionDigits: 2) }\nraw = { NUMBER($x, useGrouping: \"false\") }\n";
    let tree = TempTree::new(&[
        ("ar/a.ftl", source.as_bytes()),
        ("fr/a.ftl", source.as_bytes()),
        ("zgh/a.ftl", source.as_bytes()),
    ]);
    let l10n = Localizer::load(&tree.0, &site_langs(), "ar").expect("loads");
    let x = [("x", Arg::Num(12345.678))];
    let get = |lang: &str, id: &str| msg(&l10n, lang, id, &x).0;
    assert_eq!(get("fr", "plain"), "12\u{202F}345,678");
    assert_eq!(get("fr", "rounded"), "12\u{202F}345,7");
    assert_eq!(get("ar", "rounded"), "12.345,7");
    assert_eq!(get("zgh", "rounded"), "12\u{A0}345,7");
    assert_eq!(get("ar", "raw"), "12345,678");
    let two = [("x", Arg::Num(2.5))];
    assert_eq!(msg(&l10n, "fr", "padded", &two).0, "2,50");
}

#[test]
fn number_and_date_formatting() {
    assert_eq!(
        format_number(Lang::new("fr"), 1_234_567.891, 2),
        "1\u{202F}234\u{202F}567,89"
    );
    assert_eq!(
        Localizer::format_number(Lang::new("ar"), 1_234_567.891, 2),
        "1.234.567,89"
    );
    assert_eq!(
        format_number(Lang::new("zgh"), 1_234_567.891, 2),
        "1\u{A0}234\u{A0}567,89"
    );
    assert_eq!(format_number(Lang::new("fr"), 2.5, 0), "3");
    assert_eq!(format_number(Lang::new("ar"), 1.50, 2), "1,5");

    let d = date(2023, 6, 14);
    assert_eq!(Localizer::format_date(Lang::new("fr"), d), "14 juin 2023");
    assert_eq!(format_date(Lang::new("ar"), d), "14 يونيو 2023");
    assert_eq!(format_date(Lang::new("zgh"), d), "14 ⵢⵓⵏⵢⵓ 2023");
    assert_eq!(
        format_date(Lang::new("fr"), date(2023, 7, 1)),
        "1er juillet 2023"
    );
    assert_eq!(
        Localizer::format_month_year(Lang::new("fr"), d),
        "juin 2023"
    );
    assert_eq!(
        format_month_year(Lang::new("ar"), date(2023, 9, 30)),
        "شتنبر 2023"
    );
    assert_eq!(
        format_month_year(Lang::new("zgh"), date(2023, 11, 2)),
        "ⵏⵓⵡⴰⵏⴱⵉⵔ 2023"
    );
}

#[test]
fn messages_keep_bidi_isolation_and_it_can_be_stripped() {
    let l10n = real();
    let (text, _) = l10n
        .message(
            Lang::new("ar"),
            "page-n-of-m",
            &[("n", Arg::Num(2.0)), ("m", Arg::Num(9.0))],
        )
        .expect("formats");
    assert_eq!(text, "الصفحة \u{2068}2\u{2069} من \u{2068}9\u{2069}");
    assert_eq!(strip_bidi_isolates(&text), "الصفحة 2 من 9");
    assert!(matches!(
        strip_bidi_isolates("plain"),
        Cow::Borrowed("plain")
    ));
    assert_eq!(
        strip_bidi_isolates("\u{2066}a\u{2067}b\u{2068}c\u{2069}\u{200F}"),
        "abc\u{200F}"
    );
}

#[test]
fn attributes_and_lookup_errors() {
    let tree = TempTree::new(&[
        (
            "ar/a.ftl",
            "link = رابط\n    .title = عنوان { $name }\nattrs-only =\n    .label = ل\n".as_bytes(),
        ),
        (
            "fr/a.ftl",
            "link = Lien\n    .title = Titre { $name }\n".as_bytes(),
        ),
    ]);
    let langs = [spec("ar", &[]), spec("fr", &[])];
    let l10n = Localizer::load(&tree.0, &langs, "ar").expect("loads");
    assert_eq!(
        msg(&l10n, "fr", "link.title", &[("name", Arg::Str("X"))]),
        ("Titre X".to_owned(), "fr".to_owned())
    );
    assert_eq!(
        msg(&l10n, "fr", "attrs-only.label", &[]),
        ("ل".to_owned(), "ar".to_owned())
    );
    assert!(
        l10n.message(Lang::new("fr"), "attrs-only", &[]).is_err(),
        "no value anywhere"
    );
    assert!(l10n.message(Lang::new("fr"), "link.nope", &[]).is_err());
    let missing_arg = l10n
        .message(Lang::new("fr"), "link.title", &[])
        .expect_err("$name is required");
    assert!(missing_arg.to_string().contains("name"), "{missing_arg}");
    assert!(
        l10n.message(Lang::new("de"), "link", &[])
            .expect_err("unknown")
            .to_string()
            .contains("de")
    );
}

#[test]
fn syntax_errors_have_file_line_and_character_column() {
    // Line 3 holds Arabic before the error: the column counts characters.
    let tree = TempTree::new(&[
        ("ar/a.ftl", "ok = نعم\n\nbad = جمعية { $x\n".as_bytes()),
        ("ar/b.ftl", "\u{FEFF}good = 1\nalso bad\n".as_bytes()),
        ("fr/a.ftl", "ok = oui\n".as_bytes()),
    ]);
    let langs = [spec("ar", &[]), spec("fr", &[])];
    let errors = Localizer::load(&tree.0, &langs, "ar").expect_err("syntax errors");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let a = &errors[0];
    assert_eq!(a.file, tree.0.join("ar/a.ftl"));
    assert_eq!((a.line, a.column), (3, 17), "{a}");
    assert!(a.message.en().contains("Fluent syntax"), "{a}");
    assert!(
        a.help.as_ref().is_some_and(|h| h.en().contains('}')),
        "{a:?}"
    );
    let b = &errors[1];
    assert_eq!(b.file, tree.0.join("ar/b.ftl"));
    assert_eq!((b.line, b.column), (2, 6), "{b}");
    assert_eq!(
        b.to_string().split(": ").next(),
        Some(format!("{}:2:6", b.file.display()).as_str())
    );
}

#[test]
fn file_problems_are_errors_not_panics() {
    let tree = TempTree::new(&[
        ("ar/a.ftl", b"x = \xff\xfe\n"),
        ("ar/b.ftl", "dup = 1\n".as_bytes()),
        ("ar/c.ftl", "y = 2\ndup = 2\n".as_bytes()),
        (
            "fr/a.ftl",
            "bare = { $n ->\n    [one] un\n   *[other] plusieurs\n}\nnum = { PLURAL($n) ->\n    [0] zéro\n   *[other] x\n}\n".as_bytes(),
        ),
    ]);
    let langs = [spec("ar", &[]), spec("fr", &["de"]), spec("zgh", &[])];
    let errors = Localizer::load(&tree.0, &langs, "ar").expect_err("problems");
    let find = |needle: &str| {
        errors
            .iter()
            .find(|e| e.message.en().contains(needle))
            .unwrap_or_else(|| panic!("no error containing {needle:?} in {errors:#?}"))
    };
    let utf8 = find("UTF-8");
    assert_eq!((utf8.line, utf8.column), (1, 5));
    let dup = find("defined twice");
    assert_eq!(dup.file, tree.0.join("ar/c.ftl"));
    assert_eq!((dup.line, dup.column), (2, 1));
    assert!(
        dup.help
            .as_ref()
            .is_some_and(|h| h.en().contains("b.ftl:1")),
        "{dup:?}"
    );
    let bare = find("[one] is a plural category");
    assert_eq!((bare.file.clone(), bare.line), (tree.0.join("fr/a.ftl"), 1));
    let num = find("[0] can never match");
    assert_eq!(num.line, 5);
    let no_dir = find("cannot read the folder");
    assert_eq!(no_dir.file, tree.0.join("zgh"));
    assert_eq!((no_dir.line, no_dir.column), (0, 0));
    find("the fallback `de`");
    assert!(errors.iter().all(|e| e.help.is_some()), "{errors:#?}");

    let missing_root =
        Localizer::load(&tree.0.join("nowhere"), &site_langs(), "en").expect_err("no dir");
    assert!(
        missing_root
            .iter()
            .any(|e| e.message.en().contains("default language `en`"))
    );
    assert_eq!(
        missing_root
            .iter()
            .filter(|e| e.message.en().contains("cannot read"))
            .count(),
        3
    );
}

#[test]
fn localizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
    let l10n = real();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|i| {
                let l10n = &l10n;
                scope.spawn(move || count(l10n, "ar", "figure-associations", f64::from(i)))
            })
            .collect();
        let results: Vec<String> = handles.into_iter().filter_map(|h| h.join().ok()).collect();
        assert_eq!(results.len(), 4);
    });
}
