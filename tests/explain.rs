//! `nassij explain`: the real binary explains every code of the registry in
//! English, French and Arabic; an unknown code is refused with the nearest
//! one and the list of codes.

mod common;

use common::{Output, run_in};
use nassij::diagnostics::codes::CODES;
use nassij::messages::{EditorLang, Msg};

/// Runs `nassij explain ARGS` outside any site.
fn explain(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["explain"];
    all.extend_from_slice(args);
    run_in(dir.path(), &all, &[])
}

/// Text with its line breaks and runs of spaces made single spaces.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn unknown_province_is_explained_in_english() {
    let out = explain(&["unknown-province"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let text = flat(&out.stdout);
    for expected in [
        "error[unknown-province]: A province is not a code of territories.yaml",
        "such as `MA-TIZ` for Tiznit, not with their name",
        "This is an error: `nassij check` and `nassij build` fail",
        "Example of the mistake, in content/associations/amal-tiznit.md:",
        "region: MA-09 province: Tiznit",
        "The fix: region: MA-09 province: MA-TIZ",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in:\n{}",
            out.stdout
        );
    }
}

#[test]
fn unknown_province_is_explained_in_french() {
    let out = explain(&["unknown-province", "--lang", "fr"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = flat(&out.stdout);
    for expected in [
        "erreur[unknown-province] : Une province n'est pas un code de territories.yaml",
        "comme `MA-TIZ` pour Tiznit, et non avec leur nom",
        "C'est une erreur : `nassij check` et `nassij build` échouent",
        "Exemple de l'erreur, dans content/associations/amal-tiznit.md :",
        "La correction : region: MA-09 province: MA-TIZ",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in:\n{}",
            out.stdout
        );
    }
    // The code as copied from a message in French.
    let copied = explain(&["erreur[unknown-province]", "--lang", "fr"]);
    assert_eq!((copied.code, &copied.stdout), (0, &out.stdout));
}

#[test]
fn unknown_province_is_explained_in_arabic() {
    let out = explain(&["unknown-province", "--lang", "ar"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Placeables are bidi-isolated in Arabic.
    let text = flat(&out.stdout.replace(['\u{2068}', '\u{2069}', '\u{200E}'], ""));
    for expected in [
        "خطأ[unknown-province]: إقليم ليس رمزًا من territories.yaml",
        "مثل `MA-TIZ` لتيزنيت، لا بأسمائها",
        "هذا خطأ: يفشل الأمران `nassij check` و`nassij build`",
        "مثال على الخطأ، في content/associations/amal-tiznit.md:",
        "التصحيح: region: MA-09 province: MA-TIZ",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in:\n{}",
            out.stdout
        );
    }
}

#[test]
fn an_unknown_code_gets_the_nearest_one_and_the_list() {
    let out = explain(&["unknown-provnce"]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("error: `unknown-provnce` is not a code of nassij's messages"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("did you mean `unknown-province`? Run `nassij explain unknown-province`."),
        "{}",
        out.stderr
    );
    for c in CODES {
        assert!(out.stderr.contains(c.code), "{} not listed", c.code);
    }

    let fr = explain(&["unknown-provnce", "--lang", "fr"]);
    assert_eq!(fr.code, 2);
    assert!(
        fr.stderr.contains("vouliez-vous dire `unknown-province` ?"),
        "{}",
        fr.stderr
    );
    let ar = explain(&["unknown-provnce", "--lang", "ar"]);
    assert_eq!(ar.code, 2);
    assert!(ar.stderr.contains("هل تقصد"), "{}", ar.stderr);

    // Nothing near: no guess, still the list.
    let far = explain(&["zzzzzzzzzzzz"]);
    assert_eq!(far.code, 2);
    assert!(!far.stderr.contains("did you mean"), "{}", far.stderr);
    assert!(far.stderr.contains("yaml-syntax"), "{}", far.stderr);
}

#[test]
fn explain_without_a_code_lists_every_code_with_its_line() {
    for lang in EditorLang::ALL {
        let out = explain(&["--lang", lang.code()]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        for c in CODES {
            let line = out
                .stdout
                .lines()
                .find(|l| l.split_whitespace().next() == Some(c.code))
                .unwrap_or_else(|| panic!("{lang}: {} not listed", c.code));
            let short = Msg::plain(c.short_id).text(lang);
            assert!(line.ends_with(&short), "{lang}: {line}");
        }
    }
}

#[test]
fn every_code_of_the_registry_is_explained_in_every_language() {
    let level = |lang, error: bool| {
        nassij::messages::text(
            lang,
            if error {
                "level-error"
            } else {
                "level-warning"
            },
        )
    };
    for lang in EditorLang::ALL {
        for c in CODES {
            let out = explain(&[c.code, "--lang", lang.code()]);
            assert_eq!(out.code, 0, "{lang} {}: {}", c.code, out.stderr);
            let text = flat(&out.stdout.replace(['\u{2068}', '\u{2069}', '\u{200E}'], ""));
            let heading = format!("{}[{}]", level(lang, c.is_error()), c.code);
            assert!(text.starts_with(&heading), "{lang}: {}", out.stdout);
            let meaning = flat(
                &Msg::plain(c.meaning_id)
                    .text(lang)
                    .replace(['\u{2068}', '\u{2069}', '\u{200E}'], ""),
            );
            assert!(
                text.contains(&meaning),
                "{lang} {}: meaning missing",
                c.code
            );
            if lang != EditorLang::En {
                let english = flat(&Msg::plain(c.meaning_id).en());
                assert_ne!(meaning, english, "{lang} {}: not translated", c.code);
            }
            for line in c.mistake.iter().chain(c.fix) {
                assert!(
                    out.stdout.contains(&format!("    {line}\n")),
                    "{lang} {}: example line {line:?} missing",
                    c.code
                );
            }
        }
    }
}
