//! `nassij init` and `nassij theme eject`, and the built-in theme and
//! interface messages they rely on: a new site has no `themes/` or `i18n/`
//! and builds its three languages; a site's own files override the built-in
//! ones file by file and message by message.

mod common;

use common::{NOW, Site, run_in};
use std::collections::BTreeMap;
use std::path::Path;

const INIT: [&str; 9] = [
    "init",
    "portal",
    "--title",
    "fr=Portail des associations de l'Oriental",
    "--title",
    "ar=بوابة جمعيات الجهة الشرقية",
    "--base-url",
    "https://associations.oriental.example.ma",
    "--yes",
];

/// A site made by `nassij init` in a fresh folder, and its folder.
fn new_site() -> (Site, std::path::PathBuf) {
    let site = Site::empty();
    let out = site.run(&INIT);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let root = site.path("portal");
    (site, root)
}

/// Every file below `dir` with its bytes, by path relative to `dir`.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Writes `theme: NAME` into the site's site.yaml.
fn set_theme(root: &Path, name: &str) {
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    let changed = yaml.replace("theme: default", &format!("theme: {name}"));
    assert_ne!(changed, yaml);
    std::fs::write(root.join("site.yaml"), changed).unwrap();
}

/// The site a build writes, without the build's manifest (which records
/// the theme and message files it was made from, so it differs after an
/// eject while the site does not).
fn build(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let out = run_in(root, &["build", "--now", NOW, "--out", "public"], &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut files = tree(&root.join("public"));
    files.retain(|path, _| !path.starts_with(".nassij/"));
    files
}

#[test]
fn a_new_site_checks_and_builds_its_three_languages_with_the_built_in_theme() {
    let (_site, root) = new_site();
    let files = tree(&root);
    for expected in [
        "site.yaml",
        "content/README.md",
        "content/taxonomies/territories.yaml",
        "content/taxonomies/domains.yaml",
        "content/taxonomies/audiences.yaml",
        "content/taxonomies/indicators.yaml",
    ] {
        assert!(
            files.contains_key(expected),
            "{expected} missing: {:?}",
            files.keys()
        );
    }
    assert!(!root.join("themes").exists() && !root.join("i18n").exists());
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    assert!(
        yaml.contains("fr: \"Portail des associations de l'Oriental\""),
        "{yaml}"
    );
    assert!(yaml.contains("base_url: \"https://associations.oriental.example.ma\""));
    // The 75 provinces and prefectures of the reference.
    let territories =
        String::from_utf8(files["content/taxonomies/territories.yaml"].clone()).unwrap();
    assert!(
        territories.matches("code: MA-").count() >= 12 + 75,
        "{}",
        territories.len()
    );

    let check = run_in(&root, &["check", "--strict", "--now", NOW], &[]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let public = build(&root);
    for lang in ["ar", "fr", "zgh"] {
        let home = String::from_utf8(public[&format!("{lang}/index.html")].clone()).unwrap();
        assert!(
            home.contains(&format!("<html lang=\"{lang}\"")),
            "{lang}: {}",
            &home[..200]
        );
        // The built-in stylesheet is linked and written.
        let css = common::attrs(&home, "href")
            .into_iter()
            .find(|h| h.starts_with("/static/css/site.") && h.ends_with(".css"))
            .unwrap_or_else(|| panic!("{lang}: no stylesheet"));
        assert!(public.contains_key(css.trim_start_matches('/')), "{css}");
    }
    let fr = String::from_utf8(public["fr/index.html"].clone()).unwrap();
    assert!(
        fr.contains("Portail des associations de l&#39;Oriental")
            || fr.contains("Portail des associations de l'Oriental")
    );
}

#[test]
fn init_refuses_a_folder_that_is_already_a_site_and_keeps_existing_files() {
    let site = Site::empty();
    site.write("portal/README.md", "our own readme");
    let first = site.run(&INIT);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(site.read("portal/README.md"), "our own readme");
    let before = tree(&site.path("portal"));
    let again = site.run_env(&INIT, &[("NASSIJ_LANG", "fr")]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("existe déjà"), "{}", again.stderr);
    assert_eq!(tree(&site.path("portal")), before, "nothing changed");
}

#[test]
fn bad_answers_are_refused_with_the_fix() {
    let site = Site::empty();
    let out = site.run_env(
        &[
            "init",
            "p",
            "--base-url",
            "associations.example.ma",
            "--contact",
            "portail",
            "--yes",
        ],
        &[("NASSIJ_LANG", "fr")],
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("https://associations.example.ma"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`portail` n'est pas une adresse électronique"),
        "{}",
        out.stderr
    );
    assert!(!site.path("p/site.yaml").exists());
}

#[test]
fn eject_writes_the_built_in_files_and_the_site_is_unchanged() {
    let (_site, root) = new_site();
    let before = build(&root);
    let out = run_in(&root, &["theme", "eject"], &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for file in [
        "themes/default/templates/base.html",
        "themes/default/static/css/site.css",
        "i18n/ar/main.ftl",
        "i18n/fr/main.ftl",
        "i18n/zgh/main.ftl",
    ] {
        assert!(root.join(file).is_file(), "{file}");
    }
    let repo = common::repo();
    assert_eq!(
        std::fs::read(root.join("themes/default/templates/base.html")).unwrap(),
        std::fs::read(repo.join("themes/default/templates/base.html")).unwrap()
    );
    assert_eq!(
        build(&root),
        before,
        "the same site, from the ejected files"
    );
    // A second eject keeps the files, changed or not.
    std::fs::write(root.join("i18n/fr/search.ftl"), "# ours\n").unwrap();
    let again = run_in(&root, &["theme", "eject"], &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.contains("kept"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(root.join("i18n/fr/search.ftl")).unwrap(),
        "# ours\n"
    );
}

#[test]
fn a_site_overrides_one_message_one_template_and_one_static_file() {
    let (_site, root) = new_site();
    let before = build(&root);
    // One message of the French interface, in a file of the site's own.
    let fr_main = std::fs::read_to_string(common::repo().join("i18n/fr/main.ftl")).unwrap();
    let (id, old) = fr_main
        .lines()
        .find_map(|l| {
            l.strip_prefix("nav-offers = ")
                .map(|v| ("nav-offers", v.to_owned()))
        })
        .expect("nav-offers in i18n/fr/main.ftl");
    std::fs::create_dir_all(root.join("i18n/fr")).unwrap();
    std::fs::write(
        root.join("i18n/fr/portal.ftl"),
        format!("{id} = Appels à projets\n"),
    )
    .unwrap();
    // One template and one static file.
    std::fs::create_dir_all(root.join("themes/default/templates")).unwrap();
    std::fs::create_dir_all(root.join("themes/default/static")).unwrap();
    let base =
        std::fs::read_to_string(common::repo().join("themes/default/templates/base.html")).unwrap();
    std::fs::write(
        root.join("themes/default/templates/base.html"),
        base.replacen("<body", "<body data-portal=\"oriental\"", 1),
    )
    .unwrap();
    std::fs::write(
        root.join("themes/default/static/favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();

    let after = build(&root);
    let fr = String::from_utf8(after["fr/index.html"].clone()).unwrap();
    let fr_before = String::from_utf8(before["fr/index.html"].clone()).unwrap();
    assert!(
        fr_before.contains(&old),
        "the built-in text `{old}` is on the page"
    );
    assert!(fr.contains("Appels à projets"), "the site's message");
    assert!(
        !fr.contains(&format!(">{old}<")),
        "the built-in one is gone"
    );
    let ar = String::from_utf8(after["ar/index.html"].clone()).unwrap();
    assert!(!ar.contains("Appels à projets"), "Arabic keeps its message");
    for page in [&fr, &ar] {
        assert!(
            page.contains("<body data-portal=\"oriental\""),
            "the site's template"
        );
    }
    assert_eq!(
        after["static/favicon.svg"],
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
    );
    // The other built-in templates and files are still there.
    assert_ne!(after["static/favicon.svg"], before["static/favicon.svg"]);
    assert!(after.keys().any(|k| k.starts_with("static/css/site.")));
}

#[test]
fn another_theme_must_have_its_folder_and_inherits_the_built_in_one() {
    let (_site, root) = new_site();
    set_theme(&root, "oriental");
    let out = run_in(
        &root,
        &["build", "--now", NOW, "--out", "public"],
        &[("NASSIJ_LANG", "fr")],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("missing-theme"), "{}", out.stderr);
    assert!(out.stderr.contains("themes/oriental"), "{}", out.stderr);
    assert!(!root.join("public").exists(), "nothing written");
    // A folder with one stylesheet: every other file is the built-in one.
    std::fs::create_dir_all(root.join("themes/oriental/static/css")).unwrap();
    std::fs::write(
        root.join("themes/oriental/static/css/site.css"),
        "body{color:#123}",
    )
    .unwrap();
    let public = build(&root);
    let css: Vec<&String> = public
        .keys()
        .filter(|k| k.starts_with("static/css/site."))
        .collect();
    assert_eq!(css.len(), 1, "{css:?}");
    assert_eq!(public[css[0]], b"body{color:#123}");
    assert!(public.contains_key("fr/index.html"));
}

#[test]
fn the_ci_files_pin_the_checksum_found_beside_the_binary() {
    let site = Site::empty();
    // A copy of nassij with the release's checksums beside it, as the
    // install scripts leave them.
    let bin_dir = site.path("bin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    let exe = bin_dir.join(format!("nassij{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(env!("CARGO_BIN_EXE_nassij"), &exe).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    let hash = "0123456789abcdef".repeat(4);
    std::fs::write(
        bin_dir.join("nassij.sha256sums"),
        format!(
            "{}  nassij-{version}-aarch64-linux.tar.gz\n{hash}  nassij-{version}-x86_64-linux.tar.gz\n",
            "f".repeat(64)
        ),
    )
    .unwrap();
    let out = std::process::Command::new(&exe)
        .args(["init", "pinned", "--yes"])
        .current_dir(site.root())
        .env("NASSIJ_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ci: Vec<(String, String)> = tree(&site.path("pinned"))
        .into_iter()
        .filter(|(p, _)| p.starts_with(".github/") || p == ".gitlab-ci.yml")
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect();
    assert!(ci.len() >= 2, "GitHub and GitLab files: {ci:?}");
    for (path, text) in &ci {
        assert!(!text.contains("__NASSIJ_"), "{path}: a placeholder is left");
        assert!(!text.contains("cargo"), "{path} compiles nassij");
    }
    assert!(
        ci.iter().any(|(_, t)| t.contains(&hash)),
        "the hash is pinned"
    );
    assert!(
        ci.iter().all(|(_, t)| !t.contains(&"f".repeat(64))),
        "not another archive's"
    );
    assert!(ci.iter().any(|(_, t)| t.contains(version)));
}

#[test]
fn one_draft_record_of_each_kind_published_only_with_drafts() {
    let (_site, root) = new_site();
    let kinds = [
        "associations",
        "programmes",
        "offers",
        "results",
        "institutions",
        "news",
        "pages",
    ];
    let mut slugs = Vec::new();
    for kind in kinds {
        let records: Vec<_> = std::fs::read_dir(root.join("content").join(kind))
            .unwrap_or_else(|e| panic!("content/{kind}: {e}"))
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".yaml") || (n.ends_with(".md") && n.matches('.').count() == 1))
            .collect();
        assert_eq!(records.len(), 1, "{kind}: {records:?}");
        let text =
            std::fs::read_to_string(root.join("content").join(kind).join(&records[0])).unwrap();
        assert!(
            text.contains("\ndraft: true"),
            "{kind}/{} is no draft",
            records[0]
        );
        slugs.push(records[0].rsplit_once('.').unwrap().0.to_owned());
    }
    let published = build(&root);
    for slug in &slugs {
        assert!(
            !published.keys().any(|k| k.contains(slug.as_str())),
            "{slug} published without --drafts"
        );
    }
    let out = run_in(
        &root,
        &["build", "--drafts", "--now", NOW, "--out", "drafts"],
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let drafts = tree(&root.join("drafts"));
    for (kind, slug) in kinds.iter().zip(&slugs) {
        if *kind == "results" || *kind == "institutions" {
            continue; // no page of their own: shown on the programme's
        }
        for lang in ["ar", "fr", "zgh"] {
            assert!(
                drafts
                    .keys()
                    .any(|k| k.starts_with(&format!("{lang}/")) && k.contains(slug.as_str())),
                "{lang}: no page for {kind}/{slug}"
            );
        }
    }
}

/// On a terminal, `init` asks, in the editor's language and in that
/// language first, re-asks after a wrong address, and keeps a default on
/// Enter. The terminal is util-linux's `script` (Debian's bsdutils, an
/// essential package), which gives nassij a pseudo-terminal.
#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_init_asks_and_asks_again_after_a_mistake() {
    use std::io::Write;
    let site = Site::empty();
    let command = format!("{} init portal", env!("CARGO_BIN_EXE_nassij"));
    let mut child = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(site.root())
        .env("NASSIJ_LANG", "fr")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    // fr title, ar title kept, zgh title kept, a wrong then a right
    // address, no contact.
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "Portail de l'Oriental\n\n\noriental.ma\nhttps://associations.oriental.ma\n\n"
                .as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{shown}");
    let first = shown
        .find("Titre du site en français")
        .expect("asked in French");
    let second = shown
        .find("Titre du site en arabe")
        .expect("then in Arabic");
    assert!(first < second, "{shown}");
    assert!(
        shown.contains("`oriental.ma` n'est pas une adresse web"),
        "{shown}"
    );
    let yaml = site.read("portal/site.yaml");
    assert!(
        yaml.contains("  ar: \"بوابة الجمعيات\"\n  fr: \"Portail de l'Oriental\"\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("base_url: \"https://associations.oriental.ma\""),
        "{yaml}"
    );
    assert!(yaml.contains("# contact_email:"), "{yaml}");
    assert!(yaml.starts_with("# Réglages du portail"), "{yaml}");
}

/// A portal published in a folder of its host (GitHub Pages' project
/// address `https://org.github.io/portal/`): every root-relative link of
/// every page points below that folder, so the site works there.
#[test]
fn a_base_url_with_a_path_puts_every_link_below_it() {
    let (_site, root) = new_site();
    let at_root = build(&root);
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    std::fs::write(
        root.join("site.yaml"),
        yaml.replace(
            "https://associations.oriental.example.ma",
            "https://ministere.github.io/portail/",
        ),
    )
    .unwrap();
    let in_folder = build(&root);
    assert_eq!(
        at_root.keys().collect::<Vec<_>>(),
        in_folder.keys().collect::<Vec<_>>(),
        "the same files"
    );
    let mut links = 0;
    for (path, bytes) in in_folder.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8(bytes.clone()).unwrap();
        for attr in ["href", "src", "action"] {
            for value in common::attrs(&html, attr) {
                if value.starts_with('/') && !value.starts_with("//") {
                    assert!(value.starts_with("/portail/"), "{path}: {attr}=\"{value}\"");
                    // The file it names exists in the output.
                    let file = value
                        .trim_start_matches("/portail/")
                        .split(['#', '?'])
                        .next()
                        .unwrap();
                    let file = if file.is_empty() || file.ends_with('/') {
                        format!("{file}index.html")
                    } else {
                        file.to_owned()
                    };
                    assert!(
                        in_folder.contains_key(&file),
                        "{path}: {value} leads nowhere"
                    );
                    links += 1;
                }
            }
        }
    }
    assert!(links > 1000, "{links} links checked");
    let fr = String::from_utf8(in_folder["fr/index.html"].clone()).unwrap();
    assert!(
        fr.contains("https://ministere.github.io/portail/fr/"),
        "absolute URLs once"
    );
    assert!(!fr.contains("/portail/portail/"));
}

#[test]
fn eject_writes_into_the_folder_of_the_sites_theme() {
    let (_site, root) = new_site();
    set_theme(&root, "oriental");
    let out = run_in(&root, &["theme", "eject"], &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(root.join("themes/oriental/templates/base.html").is_file());
    assert!(!root.join("themes/default").exists());
    assert!(out.stderr.contains("themes/oriental/"), "{}", out.stderr);
    // The theme's folder exists now: the site builds with it.
    build(&root);
}
