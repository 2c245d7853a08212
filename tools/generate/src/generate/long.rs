//! Long association bodies for `--bodies all`: one body in each of the
//! three languages (ar, fr, zgh), each of 300 to 600 words, drawn from the
//! record's own generator ([`Stream::Body`](super::rng::Stream::Body)) so
//! the rest of the record is the same as in the default mode.
//!
//! A body is an introduction, a heading, paragraphs of sentences (from the
//! word lists of [`super::words`], or made of words drawn from their
//! vocabulary: about one sentence in three), a list of objectives, and the
//! record's internal links. Synthetic like the rest of the corpus:
//! realistic in script, length and Markdown shape, not in meaning.

use super::rng::Rng;
use super::words::*;
use std::sync::OnceLock;

/// The fewest and most words of a long body.
pub const MIN_WORDS: usize = 300;
pub const MAX_WORDS: usize = 600;

/// A body's language.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BodyLang {
    Ar,
    Fr,
    Zgh,
}

impl BodyLang {
    fn index(self) -> usize {
        match self {
            BodyLang::Ar => 0,
            BodyLang::Fr => 1,
            BodyLang::Zgh => 2,
        }
    }
    fn headings(self) -> (&'static str, &'static str) {
        match self {
            BodyLang::Ar => ("أنشطة الجمعية", "أهداف الجمعية"),
            BodyLang::Fr => ("Activités de l'association", "Objectifs de l'association"),
            BodyLang::Zgh => ("ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏ ⵜⵎⵓⵏⵜ", "ⵉⵙⵓⵜⵜⴰⴳ ⵏ ⵜⵎⵓⵏⵜ"),
        }
    }
}

/// Words counted as a reader counts them: whitespace-separated tokens
/// with at least one letter (Markdown's `##` and `-` are not words).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Whole sentences of each language (ar, fr, zgh).
fn sentences() -> &'static [Vec<String>; 3] {
    static S: OnceLock<[Vec<String>; 3]> = OnceLock::new();
    S.get_or_init(|| {
        let mut ar: Vec<String> = SENTENCES.iter().map(|s| s.0.to_string()).collect();
        let mut fr: Vec<String> = SENTENCES.iter().map(|s| s.1.to_string()).collect();
        for p in PURPOSES.iter().chain([&GENERIC_PURPOSE]) {
            ar.push(format!("تعمل الجمعية على {}.", p.activity_ar));
            fr.push(format!("Ses activités : {}.", p.activity_fr));
        }
        for (a, f) in OBJECTIVES.iter().chain(MILESTONES) {
            ar.push(format!("من أولوياتها {a}."));
            fr.push(format!("Parmi ses priorités : {}.", lower_first(f)));
        }
        let zgh = SENTENCES_ZGH.iter().map(|s| s.to_string()).collect();
        [ar, fr, zgh]
    })
}

/// The vocabulary of each language: the words of its sentences (and, for
/// Tifinagh, [`TIFINAGH_WORDS`] and the name words), without punctuation.
fn vocabulary() -> &'static [Vec<String>; 3] {
    static V: OnceLock<[Vec<String>; 3]> = OnceLock::new();
    V.get_or_init(|| {
        let s = sentences();
        [
            words_of(&s[0], std::iter::empty()),
            words_of(&s[1], std::iter::empty()),
            words_of(
                &s[2],
                TIFINAGH_WORDS
                    .iter()
                    .copied()
                    .chain(NAME_WORDS.iter().map(|w| w.zgh)),
            ),
        ]
    })
}

/// The distinct words of `list` and `extra`, without punctuation.
fn words_of<'a>(list: &'a [String], extra: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<String> = list
        .iter()
        .flat_map(|t| t.split_whitespace())
        .chain(extra)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A sentence of `n` words drawn from the vocabulary of `lang`.
fn made_sentence(rng: &mut Rng, lang: BodyLang, n: usize) -> String {
    let v = &vocabulary()[lang.index()];
    let mut s = String::new();
    for k in 0..n {
        if k > 0 {
            s.push(' ');
        }
        let w = rng.pick(v);
        if k == 0 && lang == BodyLang::Fr {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// A sentence of `lang`: a whole one of the word lists or (one in three,
/// and always for Tifinagh four in five) one made of its vocabulary.
fn sentence(rng: &mut Rng, lang: BodyLang) -> String {
    let whole = &sentences()[lang.index()];
    let made = if lang == BodyLang::Zgh { 80 } else { 33 };
    if rng.chance(made) {
        let n = rng.range(6, 16) as usize;
        made_sentence(rng, lang, n)
    } else {
        rng.pick(whole).clone()
    }
}

/// A body of `lang` between [`MIN_WORDS`] and [`MAX_WORDS`] words: `intro`
/// (a paragraph) first, `links` (Markdown with the record's internal
/// links, may be empty) last, generated paragraphs and objectives between.
pub fn body(rng: &mut Rng, lang: BodyLang, intro: &str, links: &str) -> String {
    let target = rng.range(MIN_WORDS as i64, MAX_WORDS as i64) as usize;
    let (h1, h2) = lang.headings();
    let fixed = word_count(intro) + word_count(links) + word_count(h1) + word_count(h2);
    let mut out = String::with_capacity(target * 12);
    out.push_str(intro.trim_end());
    out.push_str("\n\n## ");
    out.push_str(h1);
    out.push_str("\n\n");
    let mut words = fixed;
    // Objectives: 3 to 5 list items, counted before the paragraphs so the
    // total stays within bounds.
    let mut items = Vec::new();
    for _ in 0..rng.range(3, 5) {
        let n = rng.range(4, 9) as usize;
        let mut s = made_sentence(rng, lang, n);
        s.pop();
        words += n;
        items.push(s);
    }
    let mut in_paragraph = 0;
    while words < target {
        let mut s = sentence(rng, lang);
        let n = word_count(&s);
        if words + n > target {
            // The last sentence fits the target exactly.
            let rest = (target - words).max(1);
            s = made_sentence(rng, lang, rest);
        }
        words += word_count(&s);
        if in_paragraph > 0 {
            out.push(' ');
        }
        out.push_str(&s);
        in_paragraph += 1;
        if in_paragraph >= 3 && rng.chance(35) {
            out.push_str("\n\n");
            in_paragraph = 0;
        }
    }
    if in_paragraph > 0 {
        out.push_str("\n\n");
    }
    out.push_str("## ");
    out.push_str(h2);
    out.push_str("\n\n");
    for item in &items {
        out.push_str("- ");
        out.push_str(item);
        out.push('\n');
    }
    if !links.trim().is_empty() {
        out.push('\n');
        out.push_str(links.trim());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::rng::Stream;
    use super::*;

    fn bodies(seed: u64, i: u64) -> Vec<String> {
        let mut rng = Rng::new(seed, Stream::Body, i);
        [BodyLang::Ar, BodyLang::Fr, BodyLang::Zgh]
            .into_iter()
            .map(|l| {
                body(
                    &mut rng,
                    l,
                    "Une introduction de sept mots ici.",
                    "Voir [le programme](@/programmes/p).",
                )
            })
            .collect()
    }

    #[test]
    fn bodies_have_300_to_600_words() {
        for i in 0..300 {
            for b in bodies(1, i) {
                let n = word_count(&b);
                assert!((MIN_WORDS..=MAX_WORDS).contains(&n), "{n} words:\n{b}");
            }
        }
    }

    #[test]
    fn same_seed_same_bodies() {
        assert_eq!(bodies(3, 42), bodies(3, 42));
        assert_ne!(bodies(3, 42), bodies(4, 42));
        assert_ne!(bodies(3, 42), bodies(3, 43));
    }

    #[test]
    fn each_body_in_its_script() {
        let b = bodies(1, 7);
        let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
        let tifinagh = |c: char| ('\u{2D30}'..='\u{2D7F}').contains(&c);
        let share = |s: &str, f: &dyn Fn(char) -> bool| {
            let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
            letters.iter().filter(|&&c| f(c)).count() as f64 / letters.len() as f64
        };
        assert!(share(&b[0], &arabic) > 0.9, "{}", b[0]);
        assert!(
            share(&b[1], &|c: char| c.is_ascii_alphabetic()
                || "éèêàçôîùâ".contains(c))
                > 0.9
        );
        assert!(share(&b[2], &tifinagh) > 0.9, "{}", b[2]);
    }

    #[test]
    fn markdown_shape_and_links_kept() {
        for b in bodies(1, 0) {
            assert_eq!(b.matches("\n## ").count(), 2, "{b}");
            assert!(b.contains("\n- "));
            assert!(b.contains("(@/programmes/p)"));
            assert!(b.ends_with('\n'));
        }
    }
}
