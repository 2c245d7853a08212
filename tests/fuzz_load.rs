//! Property tests of loading (issue 8, item 3): decoding and front-matter
//! splitting of arbitrary bytes, and YAML record parsing of documents drawn
//! from a grammar of the association record's keys and values mixed with
//! hostile YAML. Nothing panics, and every position is inside the text.
//! See tests/fuzz/README.md.

use nassij::diagnostics::Position;
use nassij::load::frontmatter::{decode, split};
use nassij::load::yaml;
use nassij::model::records::{Association, Offer, Results};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz/fuzz_load.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// Lines of `raw` as an editor counts them (CRLF, LF and a lone CR).
fn raw_lines(raw: &str) -> Vec<String> {
    raw.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(str::to_string)
        .collect()
}

fn assert_inside(p: Position, lines: &[String], what: &str) {
    assert!(p.line >= 1 && p.column >= 1, "{what}: {p:?}");
    assert!(
        p.line <= lines.len(),
        "{what}: line {} of {}",
        p.line,
        lines.len()
    );
    let len = lines[p.line - 1].chars().count();
    assert!(
        p.column <= len + 1,
        "{what}: column {} of a {len}-character line",
        p.column
    );
}

fn check_decode_and_split(bytes: &[u8]) {
    match decode(bytes.to_vec()) {
        Err(e) => {
            let lossy = String::from_utf8_lossy(bytes);
            let lossy = lossy.strip_prefix('\u{feff}').unwrap_or(&lossy);
            assert_inside(e.position, &raw_lines(lossy), "decode");
            assert!(!e.message.en().is_empty() && !e.help.en().is_empty());
        }
        Ok(text) => {
            assert!(!text.contains('\r') && !text.contains('\0'));
            match split(&text) {
                Ok(s) => {
                    assert!(s.body_offset <= text.len());
                    assert_eq!(&text[s.body_offset..], s.body);
                    let start = s.yaml.as_ptr() as usize - text.as_ptr() as usize;
                    assert!(start + s.yaml.len() <= s.body_offset);
                    assert!(text.starts_with("---"));
                }
                Err(e) => assert_eq!(e.position, Position { line: 1, column: 1 }),
            }
        }
    }
}

/// Pieces that line endings, encodings and front matter are made of.
fn text_piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"---".to_vec()),
        Just(b"---  ".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\0".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\xFF\xFE".to_vec()),
        Just(b"\xC3".to_vec()),
        Just("é".as_bytes().to_vec()),
        Just("ⵜ".as_bytes().to_vec()),
        Just("جمعية".as_bytes().to_vec()),
        Just(b"name: x".to_vec()),
        Just(b" ".to_vec()),
        prop::collection::vec(any::<u8>(), 0..8),
    ]
}

const KEYS: &[&str] = &[
    "name",
    "acronym",
    "summary",
    "founded",
    "registration",
    "status",
    "public_utility",
    "region",
    "province",
    "commune",
    "setting",
    "domains",
    "audiences",
    "contact",
    "email",
    "phone",
    "website",
    "address",
    "location",
    "lat",
    "lon",
    "networks",
    "programmes",
    "programme",
    "year",
    "role",
    "people",
    "members",
    "governance",
    "ar",
    "fr",
    "zgh",
    "<<",
    "? ",
    "draft",
    "updated",
    "unknown",
];

/// A YAML-ish value: scalars of the right and wrong types, flow
/// collections, anchors, aliases, merges, quotes, tags and stray syntax.
fn value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("MA-09".to_string()),
        Just("MA-CHT".to_string()),
        Just("2024-02-30".to_string()),
        Just("2011-03-12".to_string()),
        Just("true".to_string()),
        Just("-3".to_string()),
        Just("1e400".to_string()),
        Just("18446744073709551616".to_string()),
        Just("~".to_string()),
        Just("\"a\\x\"".to_string()),
        Just("'it''s'".to_string()),
        Just("\"unterminated".to_string()),
        Just("&a x".to_string()),
        Just("*a".to_string()),
        Just("*missing".to_string()),
        Just("!!binary aGk=".to_string()),
        Just("!tag x".to_string()),
        Just("|\n  block\n".to_string()),
        Just(">-\n  folded\n".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\t".to_string()),
        Just("# comment".to_string()),
        "[a-z0-9 :#,\\[\\]{}\\-]{0,12}",
        "\\PC{0,8}",
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec((prop::sample::select(KEYS), inner.clone()), 0..5).prop_map(
                |v| {
                    let pairs: Vec<String> =
                        v.into_iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    format!("{{{}}}", pairs.join(", "))
                }
            ),
            (inner.clone(), 0usize..4).prop_map(|(v, n)| format!("\n{}- {v}", "  ".repeat(n))),
        ]
    })
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(KEYS),
            0usize..3,
            value(),
            prop::bool::ANY,
        ),
        0..14,
    )
    .prop_map(|entries| {
        entries
            .into_iter()
            .map(|(k, indent, v, crlf)| {
                format!(
                    "{}{k}: {v}{}",
                    "  ".repeat(indent),
                    if crlf { "\r\n" } else { "\n" }
                )
            })
            .collect()
    })
}

fn check_record(doc: &str) {
    // The loader normalizes line endings before YAML sees the text.
    let doc = doc.replace("\r\n", "\n");
    let lines = raw_lines(&doc);
    // Every error the repair loop collects is inside the document.
    let hints = yaml::Hints::default();
    for result in [
        yaml::parse_all::<Association>(&doc, &hints).1,
        yaml::parse_all::<Offer>(&doc, &hints).1,
        yaml::parse_all::<Results>(&doc, &hints).1,
    ]
    .into_iter()
    .flatten()
    {
        assert!(!result.message.en().is_empty());
        if let Some(p) = result.position {
            assert_inside(p, &lines, &format!("{} {}", result.code, result.message));
        }
    }
    for path in [
        "name",
        "name.fr",
        "contact.website",
        "programmes.0.role",
        "domains.1",
        "x.:y",
    ] {
        if let Some((p, len)) = yaml::locate(&doc, path) {
            assert_inside(p, &lines, path);
            assert!(len <= doc.len());
        }
    }
    if let Some(p) = yaml::enclosing_mapping(&doc, Position { line: 2, column: 1 }) {
        assert_inside(p, &lines, "enclosing mapping");
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_decode_and_split_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_decode_and_split(&bytes);
    }

    #[test]
    fn front_matter_pieces_decode_and_split_without_panic(pieces in prop::collection::vec(text_piece(), 0..40)) {
        check_decode_and_split(&pieces.concat());
    }

    #[test]
    fn records_parse_without_panic_and_errors_point_inside(doc in document()) {
        check_record(&doc);
    }
}

/// Cases found while writing these tests and issue 8's corpus, replayed on
/// every run.
#[test]
fn corpus() {
    for bytes in [
        &b"a: 1\r\nb: 2\nc: 3\rd: \0\n"[..], // NUL after a lone CR: line 4
        b"a\rb\r\nc\nd\r\xff",
        b"ab\r\0",
        b"\xEF\xBB\xBF\r\0",
        b"---\r---\r",
        b"---\n\r\n---",
        b"\xFE\xFF\0a",
        b"a\0b\0c\0d\0",
        b"",
        b"\r",
    ] {
        check_decode_and_split(bytes);
    }
    let mut merge = String::from("o:\n  - &m0 {a: x, b: y}\n");
    for i in 1..30 {
        merge.push_str(&format!("  - &m{i} {{<<: [*m{}, *m{}]}}\n", i - 1, i - 1));
    }
    for doc in [
        merge.as_str(),
        "name: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "name: {ar: x, ar: y}\n",
        "? [a, b]\n: c\n",
        "name: *a\n",
        "name: &a [*a]\n",
        "\t\tname: x\n",
        "name: \"\\uD800\"\n",
        "province: MA-09\rregion: x\n",
        "domains: |\n  block\n\n",
    ] {
        check_record(doc);
    }
}
