use super::*;
use std::collections::BTreeSet;

#[test]
fn every_catalogue_file_parses_without_error() {
    for lang in EditorLang::ALL {
        for (file, text) in sources(lang) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
                panic!("src/messages/{lang}/{file}: {errors:?}");
            }
        }
    }
}

#[test]
fn the_three_languages_define_the_same_ids() {
    let set = |lang| -> BTreeSet<String> { ids(lang).into_iter().map(|(_, id)| id).collect() };
    let en = set(EditorLang::En);
    for lang in [EditorLang::Fr, EditorLang::Ar] {
        let other = set(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
    }
}

#[test]
fn no_id_is_defined_twice() {
    for lang in EditorLang::ALL {
        let mut seen = BTreeSet::new();
        for (file, id) in ids(lang) {
            assert!(seen.insert(id.clone()), "{lang}/{file}: `{id}` twice");
        }
    }
}

/// Every id the code names (`msg!("…"`, `Msg::plain("…"`, `text(lang,
/// "…"`) exists in the English catalogue.
#[test]
fn every_id_the_code_uses_exists() {
    let en: BTreeSet<String> = ids(EditorLang::En).into_iter().map(|(_, id)| id).collect();
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&root) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs")
            || entry.path().starts_with(root.join("messages"))
        {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for marker in ["msg!(", "Msg::plain(", "text(lang,"] {
            for (i, _) in text.match_indices(marker) {
                // The id may be on the next line (rustfmt splits calls).
                let Some(rest) = text[i + marker.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if !id.is_empty() && !en.contains(id) {
                    missing.push(format!("{}: {id}", entry.path().display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids used but not in src/messages/en: {missing:#?}"
    );
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment_then_the_site() {
    let none = |_: &str| None;
    assert_eq!(EditorLang::choose(None, none, || None), EditorLang::En);
    assert_eq!(
        EditorLang::choose(None, none, || Some("fr".into())),
        EditorLang::Fr
    );
    let env = |var: &str| match var {
        "LANG" => Some("ar_MA.UTF-8".to_string()),
        "LC_ALL" => Some("C.UTF-8".to_string()),
        _ => None,
    };
    assert_eq!(
        EditorLang::choose(None, env, || Some("fr".into())),
        EditorLang::Ar
    );
    let env = |var: &str| (var == "NASSIJ_LANG").then(|| "fr".to_string());
    assert_eq!(EditorLang::choose(None, env, || None), EditorLang::Fr);
    assert_eq!(
        EditorLang::choose(Some(EditorLang::En), env, || None),
        EditorLang::En
    );
    // A locale of another language leaves the choice to the site.
    let env = |var: &str| (var == "LANG").then(|| "de_DE.UTF-8".to_string());
    assert_eq!(
        EditorLang::choose(None, env, || Some("ar".into())),
        EditorLang::Ar
    );
}

#[test]
fn arabic_isolates_values_and_french_does_not() {
    let m = Msg::plain("test-only-value").arg("value", "MA-09");
    // The message does not exist: the fallback shows id and value.
    assert!(m.en().contains("MA-09"));
    for (_, text) in sources(EditorLang::Ar) {
        assert!(!text.contains('\u{2068}'), "isolates are added by Fluent");
    }
}

#[test]
fn a_message_survives_a_trip_through_error_text() {
    let m = Msg::plain("date-invalid")
        .arg("value", "12/03/2011")
        .arg("iso", "2011-03-12");
    let wrapped = format!("custom error: {} at line 3", m.encode());
    assert_eq!(Msg::decode(&wrapped), Some(m));
    assert_eq!(Msg::decode("no message here"), None);
}

/// French counts 0 and 1 in the singular (CLDR `one`): a `[one]` variant
/// must show the number it was given, never a literal 1 ("1 erreur" was
/// printed for no error at all).
#[test]
fn french_singular_shows_zero_as_zero() {
    let counts =
        |n: usize| crate::msg!("summary-counts", errors = n, warnings = n).text(EditorLang::Fr);
    assert_eq!(counts(0), "0 erreur, 0 avertissement");
    assert_eq!(counts(1), "1 erreur, 1 avertissement");
    assert_eq!(counts(2), "2 erreurs, 2 avertissements");
    for (file, text) in sources(EditorLang::Fr) {
        for (i, line) in text.lines().enumerate() {
            assert!(
                !line.trim_start().starts_with("[one] 1 "),
                "src/messages/fr/{file}:{}: write the number, `[one] {{ $n }} …`",
                i + 1
            );
        }
    }
}
