//! `nassij new` and `nassij stats` speak the editor's language: with
//! `--lang fr` and `--lang ar` every line they print is French or Arabic
//! (from src/messages), while the paths and counts scripts read keep their
//! form; `--lang xx` is refused before anything is done.

mod common;

use common::{NOW, Site};

/// The text without the bidi isolates Fluent puts around Arabic placeables.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c) && *c != '\u{200E}')
        .collect()
}

#[test]
fn new_speaks_french() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["--lang", "fr", "new", "association", "Tifawin Nord"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("erreur : `Tifawin Nord` ne peut pas être le nom du fichier d'une fiche")
            && out
                .stderr
                .contains("correction : essayez `nassij new association tifawin-nord`"),
        "{}",
        out.stderr
    );

    let out = site.run(&["--lang", "fr", "new", "association", "tifawin-nord"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The path alone on stdout, for scripts, in every language.
    assert_eq!(out.stdout, "content/associations/tifawin-nord.md\n");
    assert!(
        out.stderr.contains(
            "content/associations/tifawin-nord.md créé : remplissez les champs, puis lancez `nassij check`"
        ),
        "{}",
        out.stderr
    );

    let out = site.run(&["--lang", "fr", "new", "association", "tifawin-nord"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("existe déjà") && !out.stderr.contains("already exists"),
        "{}",
        out.stderr
    );

    // NASSIJ_LANG chooses the language when --lang is not given.
    let out = site.run_env(&["new", "assocation", "x"], &[("NASSIJ_LANG", "fr")]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("erreur : type de fiche inconnu `assocation`"),
        "{}",
        out.stderr
    );
}

#[test]
fn new_speaks_arabic() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["--lang", "ar", "new", "assocation", "x"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let err = plain(&out.stderr);
    assert!(
        err.contains("خطأ: نوع بطاقة غير معروف `assocation`") && err.contains("التصحيح: "),
        "{}",
        out.stderr
    );

    let out = site.run(&["--lang", "ar", "new", "news", "nouvelle"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "content/news/nouvelle.md\n");
    assert!(
        plain(&out.stderr)
            .contains("أُنشئ content/news/nouvelle.md: املأ الحقول، ثم شغّل الأمر `nassij check`"),
        "{}",
        out.stderr
    );
    // The path keeps its left-to-right order inside the Arabic sentence.
    assert!(
        out.stderr
            .contains("\u{200E}content/news/nouvelle.md\u{200E}"),
        "{}",
        out.stderr
    );

    let out = site.run(&["--lang", "ar", "new", "news", "nouvelle"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        plain(&out.stderr).contains("خطأ: الملف content/news/nouvelle.md موجود من قبل"),
        "{}",
        out.stderr
    );
}

#[test]
fn stats_speaks_french() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["--lang", "fr", "stats", "--now", NOW, "--missing", "zgh"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let first = out.stdout.lines().next().unwrap_or("");
    assert!(
        first.starts_with("type ") && first.contains("fiches") && first.contains("brouillons"),
        "{}",
        out.stdout
    );
    for row in [
        "textes traduits ",
        "total ",
        "fiches complètes ",
        "interface ",
    ] {
        assert!(
            out.stdout.lines().any(|l| l.starts_with(row)),
            "no `{row}` row:\n{}",
            out.stdout
        );
    }
    assert!(
        out.stdout
            .contains("fiches n'ont pas tous leurs textes en `zgh` :"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("content/associations/atlas-marrakech.md : name")),
        "{}",
        out.stdout
    );
    // No English word, except in the list of message ids to review (the
    // indented line; ids such as `example-record` are names, not words).
    assert!(
        !out.stdout
            .lines()
            .filter(|l| !l.starts_with("  "))
            .any(|l| l.contains("records")),
        "{}",
        out.stdout
    );

    // A record with errors: the last line says how many, in French.
    assert_eq!(site.run(&["new", "institution", "vide"]).code, 0);
    let out = site.run(&["--lang", "fr", "stats", "--now", NOW]);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.ends_with(": lancez `nassij check` pour les voir")),
        "{}",
        out.stdout
    );

    let out = site.run(&["--lang", "fr", "stats", "--now", NOW, "--missing", "xx"]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("erreur : `xx` n'est pas une langue du site ; ses langues sont ar, fr, zgh"),
        "{}",
        out.stderr
    );
}

#[test]
fn stats_speaks_arabic() {
    let site = Site::from_fixture("valid");
    let out = site.run(&["--lang", "ar", "stats", "--now", NOW, "--missing", "zgh"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let stdout = plain(&out.stdout);
    for row in [
        "النوع ",
        "النصوص المترجمة ",
        "المجموع ",
        "البطاقات المكتملة ",
        "الواجهة ",
    ] {
        assert!(
            stdout.lines().any(|l| l.starts_with(row)),
            "no `{row}` row:\n{stdout}"
        );
    }
    assert!(
        stdout.contains("بطاقة تنقصها نصوص باللغة `zgh`:")
            || stdout.contains("بطاقات تنقصها نصوص باللغة `zgh`:"),
        "{stdout}"
    );
    // Field names joined with the Arabic comma.
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("content/associations/amal-fes.md: name، body")),
        "{stdout}"
    );

    let out = site.run(&["--lang", "ar", "stats", "--now", NOW, "--missing", "xx"]);
    assert_eq!(out.code, 2);
    assert!(
        plain(&out.stderr).contains("خطأ: `xx` ليست من لغات الموقع؛ لغاته هي ar، fr، zgh"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unknown_editor_language_is_refused() {
    let site = Site::from_fixture("valid");
    for args in [
        &["--lang", "xx", "stats", "--now", NOW][..],
        &["--lang", "xx", "new", "association", "refusee"][..],
        &["new", "association", "refusee", "--lang", "de"][..],
    ] {
        let out = site.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
        assert!(
            out.stderr.contains("fr, ar, en"),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert!(!site.path("content/associations/refusee.md").exists());
}

/// `--help` speaks the editor's language too: descriptions and headings.
#[test]
fn help_is_in_the_editors_language() {
    let dir = tempfile::tempdir().unwrap();
    let fr = common::run_in(dir.path(), &["--lang", "fr", "check", "--help"], &[]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    assert!(fr.stdout.contains("Utilisation :"), "{}", fr.stdout);
    assert!(fr.stdout.contains("Vérifier seulement"), "{}", fr.stdout);
    assert!(
        !fr.stdout.contains("Validate only") && !fr.stdout.contains("Usage:"),
        "{}",
        fr.stdout
    );
    let ar = common::run_in(dir.path(), &["help", "serve"], &[("NASSIJ_LANG", "ar")]);
    assert_eq!(ar.code, 0, "{}", ar.stderr);
    assert!(
        ar.stdout.contains("الاستعمال:") && ar.stdout.contains("منفذ الاستماع"),
        "{}",
        ar.stdout
    );
    assert!(!ar.stdout.contains("Port to listen"), "{}", ar.stdout);
    let en = common::run_in(dir.path(), &["--help"], &[]);
    assert!(
        en.stdout.contains("Usage: nassij") && en.stdout.contains("Commands:"),
        "{}",
        en.stdout
    );
}

/// A mistake in the command line is said in the editor's language, with
/// the nearest command or option, and exits 2.
#[test]
fn command_line_mistakes_are_in_the_editors_language() {
    let dir = tempfile::tempdir().unwrap();
    let fr = common::run_in(dir.path(), &["--lang", "fr", "chek"], &[]);
    assert_eq!(fr.code, 2);
    assert!(
        fr.stderr.contains("il n'y a pas de commande `chek`")
            && fr.stderr.contains("vouliez-vous dire `check` ?"),
        "{}",
        fr.stderr
    );
    let ar = common::run_in(dir.path(), &["check", "--strct"], &[("NASSIJ_LANG", "ar")]);
    assert_eq!(ar.code, 2);
    let plain = ar.stderr.replace('\u{200E}', "");
    assert!(
        plain.contains("لا يوجد هنا خيار اسمه `--strct`") && plain.contains("`--strict`"),
        "{plain}"
    );
    assert!(!ar.stderr.contains("unexpected argument"), "{}", ar.stderr);
}
