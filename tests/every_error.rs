//! Every mistake of a record in one run (issue 13): the loader repairs a
//! record that does not parse (stand-in values, misspelt keys read as the
//! key meant, faulty entries left out) and goes on, and validation checks
//! what it could load, so an editor sees each mistake at its line at once.

mod common;

use common::Site;
use std::collections::BTreeSet;

fn errors_of(site: &Site, file: &str) -> BTreeSet<String> {
    let (out, report) = site.check_json();
    assert_eq!(out.code, 1, "{}", out.stderr);
    report
        .errors()
        .into_iter()
        .filter(|d| d.file.as_deref() == Some(file))
        .map(|d| d.key())
        .collect()
}

fn help_of(site: &Site, key: &str) -> String {
    let (_, report) = site.check_json();
    let d = report
        .errors()
        .into_iter()
        .find(|d| d.key() == key)
        .unwrap_or_else(|| panic!("no {key}"));
    format!("{} {}", d.message, d.help.clone().unwrap_or_default())
}

/// A Markdown record with nine mistakes of seven kinds: a date written day
/// first, a key in French, a misspelt key whose value is also wrong, a
/// value in French, an e-mail without `@`, a negative count, a province
/// written by name, a broken link and the template's example sentence.
#[test]
fn a_markdown_record_gets_every_mistake_at_its_line() {
    let site = Site::from_fixture("valid");
    let file = "content/associations/erreurs.md";
    site.write(
        file,
        "---\n\
         name: {ar: \"جمعية\", fr: \"Association\"}\n\
         founded: 12/03/2011\n\
         statut: active\n\
         regoin: MA-99\n\
         province: Tiznit\n\
         setting: rurale\n\
         domains: [education]\n\
         contact: {email: contact.example.ma}\n\
         people: {members: -3, volunteers: 4}\n\
         ---\n\
         Texte avec un [lien](@/associations/nexiste-pas).\n\
         \n\
         Présentation de l'association en arabe ici ; la version française va dans un fichier du même nom terminé par .fr.md.\n",
    );
    let got = errors_of(&site, file);
    let want: BTreeSet<String> = [
        "3:10 invalid-value",    // founded: 12/03/2011
        "4:1 unknown-field",     // statut:
        "5:1 unknown-field",     // regoin:
        "5:9 unknown-region",    // ... and its value, checked as region
        "6:11 unknown-province", // Tiznit
        "7:10 unknown-value",    // rurale
        "9:18 bad-email",        // no @
        "10:19 invalid-value",   // -3
        "12:22 broken-link",
        "14:1 placeholder-text",
    ]
    .iter()
    .map(|k| format!("{file}:{k}"))
    .collect();
    assert_eq!(got, want);
    // Each with its fix.
    assert!(help_of(&site, &format!("{file}:3:10 invalid-value")).contains("`2011-03-12`"));
    assert!(help_of(&site, &format!("{file}:4:1 unknown-field")).contains("`status:`"));
    assert!(help_of(&site, &format!("{file}:5:1 unknown-field")).contains("`region:`"));
    assert!(help_of(&site, &format!("{file}:6:11 unknown-province")).contains("MA-TIZ"));
    assert!(help_of(&site, &format!("{file}:7:10 unknown-value")).contains("`rural`"));
}

/// A YAML record with four mistakes: an unknown programme, an empty date
/// in a flow mapping, a date written with a month name, a value that is
/// not a number, and a misspelt key in a list item.
#[test]
fn a_yaml_record_gets_every_mistake_at_its_line() {
    let site = Site::from_fixture("valid");
    let file = "content/results/erreurs.yaml";
    site.write(
        file,
        "programme: nassij-fez\n\
         period: {start: \"\", end: 30 avril 2025}\n\
         source:\n\
         \x20 title: {ar: \"جواب\", fr: \"Réponse\"}\n\
         \x20 url: https://www.example.ma/reponse\n\
         \x20 date: 2025-04-30\n\
         values:\n\
         \x20 - indicator: associations-trained\n\
         \x20   value: trois cents\n\
         \x20   cible: 400\n",
    );
    let got = errors_of(&site, file);
    let want: BTreeSet<String> = [
        "1:12 unknown-reference", // nassij-fez
        "2:17 invalid-value",     // ""
        "2:26 invalid-value",     // 30 avril 2025
        "9:12 invalid-value",     // trois cents
        "10:5 unknown-field",     // cible
    ]
    .iter()
    .map(|k| format!("{file}:{k}"))
    .collect();
    assert_eq!(got, want);
    assert!(help_of(&site, &format!("{file}:2:26 invalid-value")).contains("`2025-04-30`"));
    assert!(help_of(&site, &format!("{file}:10:5 unknown-field")).contains("`target:`"));
    assert!(help_of(&site, &format!("{file}:1:12 unknown-reference")).contains("nassij-fes"));
}

/// A required field missing: reported at the start of the record with the
/// line to add, together with the record's other mistakes.
#[test]
fn a_missing_field_points_at_the_record_start_with_the_line_to_add() {
    let site = Site::from_fixture("valid");
    let file = "content/associations/sans-region.md";
    site.write(
        file,
        "---\nname: {ar: \"جمعية\", fr: \"Association\"}\nprovince: MA-TIZ\ndomains: [educaton]\nsetting: urbain\n---\n",
    );
    let got = errors_of(&site, file);
    assert!(
        got.contains(&format!("{file}:2:1 missing-field")),
        "{got:?}"
    );
    assert!(
        got.contains(&format!("{file}:5:10 unknown-value")),
        "{got:?}"
    );
    let help = help_of(&site, &format!("{file}:2:1 missing-field"));
    assert!(help.contains("`region: MA-09`"), "{help}");
}

/// The record of the issue: a date written day first, a province outside
/// its region, an e-mail without `@` and `setting: rurale` — four errors
/// in one run (before, only the date showed).
#[test]
fn the_four_mistakes_of_the_issue_show_together() {
    let site = Site::from_fixture("valid");
    let file = "content/associations/quatre.md";
    site.write(
        file,
        "---\nname: {ar: \"جمعية\", fr: \"Association\"}\nfounded: 12/03/2011\nregion: MA-09\nprovince: MA-MAR\nsetting: rurale\ndomains: [education]\ncontact: {email: contact.example.ma}\n---\n",
    );
    let codes: BTreeSet<String> = errors_of(&site, file)
        .into_iter()
        .map(|k| k.rsplit(' ').next().unwrap().to_string())
        .collect();
    let want: BTreeSet<String> = [
        "invalid-value",
        "province-outside-region",
        "bad-email",
        "unknown-value",
    ]
    .map(String::from)
    .into();
    assert_eq!(codes, want);
}

/// The underline covers the whole value at fault, spaces included.
#[test]
fn the_underline_covers_the_whole_value() {
    let site = Site::from_fixture("valid");
    let file = "content/associations/date.md";
    site.write(
        file,
        "---\nname: {ar: \"جمعية\", fr: \"Association\"}\nfounded: 14 juin 2011\nregion: MA-09\nprovince: MA-TIZ\ndomains: [education]\n---\n",
    );
    let out = site.run(&["check", "--now", common::NOW]);
    assert!(
        out.stderr
            .contains("founded: 14 juin 2011\n  |          ^^^^^^^^^^^^"),
        "{}",
        out.stderr
    );
}

/// An empty region or province says it is empty, with an example code.
#[test]
fn an_empty_territory_says_so() {
    let site = Site::from_fixture("valid");
    let file = "content/associations/vide.md";
    site.write(
        file,
        "---\nname: {ar: \"جمعية\", fr: \"Association\"}\nregion: \"\"\nprovince: \"\"\ndomains: [education]\n---\n",
    );
    let region = help_of(&site, &format!("{file}:3:9 unknown-region"));
    assert!(
        region.contains("the region is empty") && region.contains("`MA-09`"),
        "{region}"
    );
    let province = help_of(&site, &format!("{file}:4:11 unknown-province"));
    assert!(
        province.contains("the province is empty") && province.contains("`MA-TIZ`"),
        "{province}"
    );
}
