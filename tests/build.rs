//! `nassij build` on the valid fixture: the pages of the SPEC, their
//! language attributes and alternates, reproducibility, atomic replacement,
//! refused output folders and SOURCE_DATE_EPOCH.

mod common;

use common::{NOW, Site, fixtures, read_tree};
use std::path::Path;

const LANGS: [(&str, &str); 3] = [("ar", "rtl"), ("fr", "ltr"), ("zgh", "ltr")];

/// Pages under `/{lang}/` for the valid fixture (SPEC, "Site").
fn language_pages() -> Vec<String> {
    let mut pages = vec![
        "index.html",
        "associations/index.html",
        "associations/region/MA-03/index.html",
        "associations/region/MA-07/index.html",
        "associations/region/MA-09/index.html",
        "associations/domain/education/index.html",
        "associations/domain/health/index.html",
        "associations/domain/culture-amazigh/index.html",
        "associations/tifawin/index.html",
        "associations/amal-fes/index.html",
        "associations/atlas-marrakech/index.html",
        "programmes/index.html",
        "programmes/nassij/index.html",
        "programmes/nassij-fes/index.html",
        "offers/index.html",
        "offers/appel-ouvert/index.html",
        "offers/appel-clos/index.html",
        "results/index.html",
        "news/index.html",
        "news/lancement/index.html",
        "about/index.html",
        "search/index.html",
    ]
    .into_iter()
    .map(String::from)
    .collect::<Vec<_>>();
    for p in [
        "MA-FES", "MA-MEK", "MA-MOU", "MA-MAR", "MA-CHI", "MA-AGD", "MA-CHT", "MA-TIZ",
    ] {
        pages.push(format!("associations/province/{p}/index.html"));
    }
    pages
}

/// The record pages, which must link to themselves in every language.
const RECORD_PAGES: [&str; 8] = [
    "associations/tifawin/",
    "associations/amal-fes/",
    "associations/atlas-marrakech/",
    "programmes/nassij/",
    "programmes/nassij-fes/",
    "offers/appel-ouvert/",
    "offers/appel-clos/",
    "news/lancement/",
];

fn built() -> (Site, std::path::PathBuf) {
    let site = Site::from_fixture("valid");
    let out = site.build("public");
    assert_eq!(out.code, 0, "build failed:\n{}", out.stderr);
    let public = site.path("public");
    (site, public)
}

fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("no <html> tag");
    let end = start + page[start..].find('>').unwrap();
    &page[start..=end]
}

#[test]
fn build_writes_every_page_in_every_language() {
    let (_site, public) = built();
    let mut missing = Vec::new();
    for (lang, _) in LANGS {
        for page in language_pages() {
            let path = format!("{lang}/{page}");
            if !public.join(&path).is_file() {
                missing.push(path);
            }
        }
    }
    for path in ["index.html", "404.html"] {
        if !public.join(path).is_file() {
            missing.push(path.to_string());
        }
    }
    assert!(missing.is_empty(), "pages not written: {missing:#?}");
}

#[test]
fn every_page_has_lang_dir_and_hreflang_alternates() {
    let (_site, public) = built();
    for (lang, dir) in LANGS {
        for page in language_pages() {
            let path = public.join(lang).join(&page);
            let text = std::fs::read_to_string(&path).unwrap();
            let tag = html_tag(&text);
            assert!(
                tag.contains(&format!("lang=\"{lang}\""))
                    && tag.contains(&format!("dir=\"{dir}\"")),
                "{lang}/{page}: {tag}"
            );
            let url = page.trim_end_matches("index.html");
            for (other, _) in LANGS {
                let alt = format!(
                    "<link rel=\"alternate\" hreflang=\"{other}\" href=\"https://associations.example.ma/{other}/{url}\">"
                );
                assert!(text.contains(&alt), "{lang}/{page}: no {alt}");
            }
        }
    }
    let root = std::fs::read_to_string(public.join("index.html")).unwrap();
    for (other, _) in LANGS {
        assert!(
            root.contains(&format!("href=\"/{other}/\"")),
            "root index lacks /{other}/"
        );
    }
}

#[test]
fn language_switcher_lands_on_the_same_record() {
    let (_site, public) = built();
    for (lang, _) in LANGS {
        for page in RECORD_PAGES {
            let text =
                std::fs::read_to_string(public.join(lang).join(page).join("index.html")).unwrap();
            for (other, other_dir) in LANGS {
                if other == lang {
                    continue;
                }
                let link = format!(
                    "<a href=\"/{other}/{page}\" hreflang=\"{other}\" lang=\"{other}\" dir=\"{other_dir}\">"
                );
                assert!(
                    text.contains(&link),
                    "{lang}/{page}: no switcher link {link}"
                );
            }
        }
    }
}

#[test]
fn zgh_fallback_text_is_marked_with_its_language() {
    let (_site, public) = built();
    let page = std::fs::read_to_string(public.join("zgh/associations/atlas-marrakech/index.html"))
        .unwrap();
    // No zgh name: the Arabic one is shown, marked as Arabic on the element
    // that holds it alone (the heading, the current crumb).
    assert!(
        page.contains("<h1 lang=\"ar\" dir=\"rtl\">جمعية الأطلس"),
        "fallback name not marked in the heading"
    );
    assert!(
        page.contains("<span aria-current=\"page\" lang=\"ar\" dir=\"rtl\">جمعية الأطلس</span>"),
        "fallback name not marked in the breadcrumb"
    );
    // A text with zgh is not marked.
    let page = std::fs::read_to_string(public.join("zgh/associations/tifawin/index.html")).unwrap();
    assert!(page.contains("<h1>ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ "), "zgh name missing");
    // A missing zgh body (amal-fes has none) falls back to the Arabic body, marked.
    let page =
        std::fs::read_to_string(public.join("zgh/associations/amal-fes/index.html")).unwrap();
    assert!(
        page.contains("lang=\"ar\" dir=\"rtl\"><p>جمعية أمل"),
        "fallback body not marked"
    );
    // The French page of the same record shows the French name without marks.
    let page = std::fs::read_to_string(public.join("fr/associations/amal-fes/index.html")).unwrap();
    assert!(page.contains("<h1>Association Amal Fès</h1>"));
}

#[test]
fn internal_links_resolve_in_the_current_language() {
    let (_site, public) = built();
    for (lang, _) in LANGS {
        let page =
            std::fs::read_to_string(public.join(lang).join("associations/tifawin/index.html"))
                .unwrap();
        assert!(
            page.contains(&format!("href=\"/{lang}/associations/amal-fes/\"")),
            "{lang}: link to amal-fes not resolved"
        );
        assert!(
            !page.contains("@/associations"),
            "{lang}: raw @/ link left in the page"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Site::from_fixture("valid");
    assert_eq!(site.build("one").code, 0);
    assert_eq!(site.build("two").code, 0);
    let one = read_tree(&site.path("one"));
    let two = read_tree(&site.path("two"));
    assert!(one.len() > 90, "only {} files", one.len());
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>(),
        "file lists differ"
    );
    for (path, bytes) in &one {
        assert!(
            bytes == &two[path],
            "{} differs between builds",
            path.display()
        );
    }
}

#[test]
fn failed_build_leaves_the_previous_output_intact() {
    let site = Site::from_fixture("valid");
    assert_eq!(site.build("public").code, 0);
    let before = read_tree(&site.path("public"));
    // Break the site: an unknown province.
    let overlay = fixtures().join("invalid/unknown-province/content/associations/bad.md");
    std::fs::copy(overlay, site.path("content/associations/bad.md")).unwrap();
    let out = site.build("public");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("unknown-province"), "{}", out.stderr);
    assert_eq!(read_tree(&site.path("public")), before, "public/ changed");
    // No temporary folder is left next to it (the parse cache is kept).
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".nassij") && n != ".nassij-cache")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn template_error_fails_the_build_without_writing() {
    let site = Site::with_overlay(&fixtures().join("invalid/template-undefined-variable"));
    let out = site.build("public");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("page.html"), "{}", out.stderr);
    assert!(!site.path("public").exists());
}

#[test]
fn output_into_the_sources_is_refused() {
    let site = Site::from_fixture("valid");
    let root = site.root().to_string_lossy().into_owned();
    let content = site.path("content").to_string_lossy().into_owned();
    let before = read_tree(site.root());
    for out in [
        ".",
        "content",
        "content/public",
        root.as_str(),
        content.as_str(),
        "themes",
        "i18n",
    ] {
        let o = site.run(&["build", "--now", NOW, "--out", out]);
        assert_eq!(o.code, 2, "--out {out}: {}", o.stderr);
        assert!(!o.stderr.trim().is_empty(), "--out {out}: no explanation");
    }
    assert_eq!(read_tree(site.root()), before, "the site's files changed");
}

#[test]
fn a_foreign_non_empty_folder_is_not_replaced() {
    let site = Site::from_fixture("valid");
    site.write("notes/important.txt", "keep me");
    let o = site.run(&["build", "--now", NOW, "--out", "notes"]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert_eq!(site.read("notes/important.txt"), "keep me");
}

fn offer_status(public: &Path, lang: &str, slug: &str) -> String {
    let page = std::fs::read_to_string(
        public
            .join(lang)
            .join("offers")
            .join(slug)
            .join("index.html"),
    )
    .unwrap();
    let start = page.find("<p><strong>").expect("no status line") + "<p><strong>".len();
    page[start..start + page[start..].find("</strong>").unwrap()].to_string()
}

#[test]
fn source_date_epoch_sets_today_like_now() {
    let site = Site::from_fixture("valid");
    // 2026-11-22T12:00Z: the offer closing 2026-11-25T12:00 is open.
    let o = site.run_env(
        &["build", "--out", "epoch-open"],
        &[("SOURCE_DATE_EPOCH", "1795348800")],
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // 2026-11-26T12:00Z: it is closed.
    let o = site.run_env(
        &["build", "--out", "epoch-closed"],
        &[("SOURCE_DATE_EPOCH", "1795694400")],
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(site.build("now").code, 0);
    assert_eq!(
        offer_status(&site.path("epoch-open"), "fr", "appel-ouvert"),
        "Ouverte"
    );
    assert_eq!(
        offer_status(&site.path("epoch-closed"), "fr", "appel-ouvert"),
        "Clôturée"
    );
    // The same day through SOURCE_DATE_EPOCH or --now gives the same site.
    assert_eq!(
        read_tree(&site.path("epoch-open")),
        read_tree(&site.path("now"))
    );
}

/// `closes: "2026-11-25T12:00"` is Casablanca local time, the deadline
/// minute included.
#[test]
fn deadline_is_in_casablanca_local_time() {
    let site = Site::from_fixture("valid");
    let status_at = |now: &str| {
        let out = format!("out-{}", now.replace(':', "-"));
        let o = site.run(&["build", "--now", now, "--out", &out]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        offer_status(&site.path(&out), "fr", "appel-ouvert")
    };
    assert_eq!(status_at("2026-11-25T12:00"), "Ouverte");
    assert_eq!(status_at("2026-11-25T12:01"), "Clôturée");
    assert_eq!(
        offer_status(&site.path("out-2026-11-25T12-00"), "fr", "appel-clos"),
        "Clôturée"
    );
}

/// The same instants given as UTC timestamps: Casablanca is UTC+1 in
/// November, so 11:01Z is 12:01 local, after the deadline.
#[test]
fn deadline_with_utc_now_is_converted_to_casablanca() {
    let site = Site::from_fixture("valid");
    let status_at = |now: &str| {
        let out = format!("out-{}", now.replace([':', '+'], "-"));
        let o = site.run(&["build", "--now", now, "--out", &out]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        offer_status(&site.path(&out), "fr", "appel-ouvert")
    };
    // Morocco went back to UTC+0 in 2026 (tzdb 2026f, bundled): in November
    // 2026 Casablanca time is UTC. A system zoneinfo that predates the change
    // would still say UTC+1 and close the offer an hour early.
    assert_eq!(
        status_at("2026-11-25T12:00:00Z"),
        "Ouverte",
        "12:00Z is 12:00 in Casablanca"
    );
    assert_eq!(status_at("2026-11-25T12:01:00Z"), "Clôturée");
    // An instant with another offset is converted, not read as local time.
    assert_eq!(status_at("2026-11-25T13:00:00+01:00"), "Ouverte");
    assert_eq!(status_at("2026-11-25T13:01:00+01:00"), "Clôturée");
}

#[test]
fn drafts_are_left_out_unless_asked() {
    let site = Site::from_fixture("valid");
    let text = site
        .read("content/associations/atlas-marrakech.md")
        .replace("setting: urban", "setting: urban\ndraft: true");
    site.write("content/associations/atlas-marrakech.md", text);
    assert_eq!(site.build("public").code, 0);
    assert!(
        !site
            .path("public/fr/associations/atlas-marrakech/index.html")
            .exists()
    );
    let o = site.run(&["build", "--now", NOW, "--out", "with-drafts", "--drafts"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        site.path("with-drafts/fr/associations/atlas-marrakech/index.html")
            .is_file()
    );
}

/// Scheduled publication: an offer published, or a news item dated, after
/// "today" is in no output of the build (pages, lists, feeds, search, open
/// data) until that day, unless `--future`; `check` lists it with its date.
#[test]
fn scheduled_records_stay_out_until_their_day() {
    let site = Site::from_fixture("valid");
    site.write(
        "content/offers/plus-tard.md",
        "---\ntitle: {ar: \"عرض لاحق\", fr: \"Appel à venir\"}\nissuer: ministere\nkind: funding\npublished: 2027-01-05\nopens: 2027-01-05\ncloses: 2027-03-01\napply: {email: offre@example.ma}\n---\n",
    );
    site.write(
        "content/news/plus-tard.md",
        "---\ntitle: {ar: \"خبر لاحق\", fr: \"Nouvelle à venir\"}\ndate: 2027-01-05\n---\n",
    );
    let out = site.build("out");
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut seen = Vec::new();
    for entry in walkdir::WalkDir::new(site.path("out")) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
        if text.contains("plus-tard")
            || text.contains("Appel à venir")
            || text.contains("Nouvelle à venir")
        {
            seen.push(entry.path().display().to_string());
        }
    }
    assert!(
        seen.is_empty(),
        "scheduled records in the output: {seen:#?}"
    );

    let out = site.run(&["build", "--now", NOW, "--out", "later", "--future"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(site.path("later/fr/offers/plus-tard/index.html").is_file());
    assert!(site.path("later/fr/news/plus-tard/index.html").is_file());
    assert!(site.read("later/data/offers.json").contains("plus-tard"));

    let out = site.run(&["check", "--now", NOW]);
    assert!(
        out.stderr
            .contains("scheduled: content/offers/plus-tard.md goes online on 2027-01-05")
            && out
                .stderr
                .contains("scheduled: content/news/plus-tard.md goes online on 2027-01-05"),
        "{}",
        out.stderr
    );
}

/// `--full` (SPEC.md) is accepted and gives the same site: every build
/// writes the whole site into a fresh folder today.
#[test]
fn full_is_accepted_and_gives_the_same_site() {
    let site = Site::from_fixture("valid");
    let first = site.run(&["build", "--now", NOW, "--out", "public"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = read_tree(&site.path("public"));
    let again = site.run(&["build", "--full", "--now", NOW, "--out", "public"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(read_tree(&site.path("public")), before);
}
