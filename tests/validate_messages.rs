//! What `check` tells editors about their records, end to end: a
//! reference written as an acronym or a name is answered with the slug to
//! write, an empty reference lists the records that exist, and the
//! messages come in the language asked for (`--lang fr`, `--lang ar`).

mod common;

use common::{Diag, NOW, Site, fixtures};

/// The one error of `code` on `line` of `file`.
fn error_at<'a>(diagnostics: &'a [Diag], file: &str, line: usize, code: &str) -> &'a Diag {
    diagnostics
        .iter()
        .find(|d| d.file.as_deref() == Some(file) && d.line == Some(line) && d.code == code)
        .unwrap_or_else(|| panic!("no {code} at {file}:{line} in {diagnostics:#?}"))
}

#[test]
fn references_written_as_names_or_acronyms_get_the_slug_to_write() {
    let site = Site::from_fixture("valid");
    site.write(
        "content/programmes/par-nom.md",
        "---\n\
         title: {ar: \"برنامج\", fr: \"Programme\"}\n\
         kind: project\n\
         lead: Ministere charge des relations avec le parlement\n\
         partners: [\"وكالة التنمية الاجتماعية\", ads]\n\
         ---\n",
    );
    site.write(
        "content/associations/reseau.md",
        "---\n\
         name: {ar: \"شبكة\", fr: \"Réseau\"}\n\
         region: MA-03\n\
         province: MA-FES\n\
         domains: [health]\n\
         networks: [Association Amal Fès]\n\
         ---\n",
    );
    let (out, report) = site.check_json();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let help = |file: &str, line: usize| {
        error_at(&report.diagnostics, file, line, "unknown-reference")
            .help
            .clone()
            .unwrap_or_default()
    };
    let lead = help("content/programmes/par-nom.md", 4);
    assert!(
        lead.contains(
            "did you mean `ministere` (Ministère chargé des relations avec le Parlement)?"
        ) && lead.contains("content/institutions/ministere.yaml"),
        "French name without accents: {lead}"
    );
    // Both partners are on line 5: an Arabic name and a lowercase acronym.
    let partners: Vec<String> = report
        .errors()
        .iter()
        .filter(|d| d.line == Some(5) && d.file.as_deref() == Some("content/programmes/par-nom.md"))
        .map(|d| d.help.clone().unwrap_or_default())
        .collect();
    assert_eq!(partners.len(), 2, "{partners:#?}");
    assert!(
        partners
            .iter()
            // The record's name in the run's language (French here),
            // whichever language the editor wrote it in.
            .any(
                |h| h.contains("did you mean `agence` (Agence de Développement Social)?")
                    && h.contains("not its name")
            ),
        "Arabic name: {partners:#?}"
    );
    assert!(
        partners
            .iter()
            .any(|h| h.contains("did you mean `agence`") && h.contains("`ads` is its acronym")),
        "acronym in lower case: {partners:#?}"
    );
    let network = help("content/associations/reseau.md", 6);
    assert!(
        network.contains("did you mean `amal-fes` (Association Amal Fès)?"),
        "association name: {network}"
    );
}

#[test]
fn an_empty_reference_says_so_and_lists_the_records() {
    let site = Site::from_fixture("valid");
    let offer = site
        .read("content/offers/appel-clos.md")
        .replace("issuer: agence", "issuer: \"\"");
    assert!(
        offer.contains("issuer: \"\""),
        "the fixture's offer changed"
    );
    site.write("content/offers/appel-clos.md", offer);
    let (_, report) = site.check_json();
    let d = report
        .errors()
        .into_iter()
        .find(|d| d.code == "unknown-reference")
        .cloned()
        .unwrap_or_else(|| panic!("no unknown-reference: {report:#?}"));
    assert!(d.message.contains("`issuer` is empty"), "{}", d.message);
    let help = d.help.unwrap_or_default();
    assert!(
        help.contains("`agence` (Agence de Développement Social)")
            && help.contains("`ministere` (Ministère chargé des relations avec le Parlement)")
            && !help.contains("create"),
        "{help}"
    );
}

/// `check --lang LANG --format json` on the unknown-region case.
fn unknown_region_in(lang: &str) -> Diag {
    let site = Site::with_overlay(&fixtures().join("invalid").join("unknown-region"));
    let out = site.run(&["check", "--format", "json", "--now", NOW, "--lang", lang]);
    let report = out.json();
    error_at(
        &report.diagnostics,
        "content/associations/bad.md",
        3,
        "unknown-region",
    )
    .clone()
}

/// Words of the English messages that must not appear in another language.
const ENGLISH: [&str; 8] = [
    "unknown",
    "region `",
    "did you mean",
    "write",
    "regions are",
    "listed in",
    "there is no",
    "record",
];

#[test]
fn validation_messages_are_in_french_with_lang_fr() {
    let d = unknown_region_in("fr");
    let help = d.help.clone().unwrap_or_default();
    assert!(
        d.message.contains("région") && d.message.contains("`MA-99`"),
        "{}",
        d.message
    );
    assert!(help.contains("vouliez-vous dire `MA-09`"), "{help}");
    for word in ENGLISH {
        assert!(
            !d.message.contains(word) && !help.contains(word),
            "English `{word}` in French: {} / {help}",
            d.message
        );
    }
}

#[test]
fn validation_messages_are_in_arabic_with_lang_ar() {
    let d = unknown_region_in("ar");
    let help = d.help.clone().unwrap_or_default();
    assert!(
        d.message.contains("جهة") && d.message.contains("MA-99"),
        "{}",
        d.message
    );
    assert!(help.contains("هل تقصد") && help.contains("MA-09"), "{help}");
    // Values keep their order inside the right-to-left sentence.
    assert!(d.message.contains("\u{2068}MA-99\u{2069}"), "{}", d.message);
    for word in ENGLISH {
        assert!(
            !d.message.contains(word) && !help.contains(word),
            "English `{word}` in Arabic: {} / {help}",
            d.message
        );
    }
}

#[test]
fn kind_names_are_translated_inside_sentences() {
    let site = Site::with_overlay(&fixtures().join("invalid").join("unknown-reference-listed"));
    let message = |lang: &str| {
        let out = site.run(&["check", "--format", "json", "--now", NOW, "--lang", lang]);
        let report = out.json();
        let d = error_at(
            &report.diagnostics,
            "content/offers/bad.md",
            3,
            "unknown-reference",
        );
        format!("{} / {}", d.message, d.help.as_deref().unwrap_or(""))
    };
    let fr = message("fr");
    assert!(
        fr.contains("fiche institution `ONDH`") && !fr.contains("institution record"),
        "{fr}"
    );
    let ar = message("ar");
    assert!(
        ar.contains("بطاقة \u{2068}مؤسسة\u{2069}") && !ar.contains("record"),
        "{ar}"
    );
    // The human format too: the level words are the language's.
    let out = site.run(&["check", "--now", NOW, "--lang", "fr"]);
    assert!(
        out.stderr.contains("erreur[unknown-reference]")
            && out.stderr.contains("il n'y a pas de fiche institution"),
        "{}",
        out.stderr
    );
}
