//! Property tests of the search normalizer (issue 8, item 3;
//! src/search/FORMAT.md): it never panics and its tokens are never empty.
//! It is not idempotent (see the note at the end of this file): index and
//! query each normalize raw text once, so they agree. See
//! tests/fuzz/README.md.

use nassij::search::normalize::normalize;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz/fuzz_search.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// Never panics, no empty token.
fn check(text: &str) {
    for lang in ["ar", "fr", "zgh"] {
        for token in normalize(text, lang) {
            assert!(!token.is_empty(), "{text:?}: empty token");
        }
    }
}

/// Letters and marks the rules of FORMAT.md act on.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("ال"),
        Just("وال"),
        Just("بال"),
        Just("لل"),
        Just("و"),
        Just("ها"),
        Just("ات"),
        Just("ون"),
        Just("ين"),
        Just("ه"),
        Just("ي"),
        Just("ة"),
        Just("أ"),
        Just("إ"),
        Just("آ"),
        Just("ى"),
        Just("ؤ"),
        Just("ئ"),
        Just("ی"),
        Just("ک"),
        Just("\u{0640}"),
        Just("\u{064B}"),
        Just("\u{0670}"),
        Just("٣"),
        Just("۴"),
        Just("ⵜ"),
        Just("ⵯ"),
        Just("\u{2D7F}"),
        Just("l'"),
        Just("qu’"),
        Just("jusqu'"),
        Just("aux"),
        Just("s"),
        Just("x"),
        Just("œ"),
        Just("æ"),
        Just("ß"),
        Just("É"),
        Just("e\u{0301}"),
        Just("ﬁ"),
        Just("Ａ"),
        Just("\u{200F}"),
        Just("\u{2066}"),
        Just("\u{200D}"),
        Just(" "),
        Just("-"),
        Just("İ"),
        Just("ẞ"),
        Just("Σ"),
        Just("ǅ"),
        Just("\u{0345}"),
        Just("ﷺ"),
        Just("㎏"),
        Just("①"),
    ]
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn normalizing_never_panics(pieces in prop::collection::vec(piece(), 0..12)) {
        check(&pieces.concat());
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,64}") {
        check(&text);
    }
}

/// Cases found by these tests, replayed on every run.
#[test]
fn corpus() {
    for text in [
        "",
        " ",
        "l'",
        "ووال",
        "الال",
        "aux",
        "ﷺ",
        "للوإ۴①-",
        "للوىإ۴①-",
    ] {
        check(text);
    }
}

// Idempotence is not a property of the normalizer: light stemming strips
// affixes, so a stem can start with what looks like another prefix
// (`للوا41` -> `وا41` -> `ا41`). Both sides apply it once to raw text,
// the index to records and the client to what is typed, so they agree.
