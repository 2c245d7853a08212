//! What validation reads of a Markdown body ([`BodyFacts`]), found once
//! when the body is read: its internal links, the stand-in sentences of
//! `nassij new` it still holds, and whether it is blank. `check` keeps
//! them for the files it does not read again ([`super::files`]).

use crate::model::BodyFacts;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// The stand-in sentences of the bodies `nassij new` writes (one per kind
/// with a body); `cli::new` checks that its templates use exactly these.
pub(crate) const PLACEHOLDERS: [&str; 5] = [
    "Présentation de l'association en arabe ici ; la version française va dans un fichier du même nom terminé par .fr.md.",
    "Description du programme en arabe ici.",
    "Description de l'offre en arabe ici.",
    "Texte de l'actualité en arabe ici.",
    "Texte de la page en arabe ici.",
];

/// The facts of the body `markdown`, offsets counted in it.
pub(crate) fn body_facts(markdown: &str) -> BodyFacts {
    // Every body of a national site passes here at each build: the
    // Markdown parser and the five searches run only on the few bodies
    // that can hold what they look for.
    BodyFacts {
        blank: markdown.trim().is_empty(),
        links: if may_link_inside(markdown) {
            internal_links(markdown)
        } else {
            Vec::new()
        },
        placeholders: if markdown.contains(PLACEHOLDERS_SHARE) {
            PLACEHOLDERS
                .iter()
                .filter_map(|p| markdown.find(p))
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// What every one of [`PLACEHOLDERS`] contains.
const PLACEHOLDERS_SHARE: &str = "en arabe ici";

/// Whether `markdown` can hold an internal link (`@/…`): its `@` is
/// written as such (escaped or not) or as a character reference, which
/// starts with `&`.
fn may_link_inside(markdown: &str) -> bool {
    memchr::memchr2(b'@', b'&', markdown.as_bytes()).is_some()
}

/// Every link and image whose destination is internal (`@/…`), with the
/// offset of the destination itself when it is written inline, else of
/// the link.
fn internal_links(markdown: &str) -> Vec<(usize, String)> {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .into_offset_iter();
    let mut links = Vec::new();
    for (event, range) in parser {
        let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event else {
            continue;
        };
        if !dest_url.starts_with("@/") {
            continue;
        }
        let source = &markdown[range.clone()];
        let at = source
            .find(dest_url.as_ref())
            .map_or(range.start, |i| range.start + i);
        links.push((at, dest_url.to_string()));
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_holds_the_share_searched_first() {
        for p in PLACEHOLDERS {
            assert!(p.contains(PLACEHOLDERS_SHARE), "{p}");
        }
    }

    #[test]
    fn links_written_with_references_or_escapes_are_still_found() {
        let md = "[a](&#64;/associations/tifawin) [b](\\@/programmes/nassij) [c](&commat;/news/x)";
        let dests: Vec<String> = body_facts(md).links.into_iter().map(|(_, d)| d).collect();
        assert_eq!(
            dests,
            ["@/associations/tifawin", "@/programmes/nassij", "@/news/x"],
            "{md}"
        );
        assert!(body_facts("Un texte sans lien interne.").links.is_empty());
    }

    #[test]
    fn facts_of_a_body() {
        let md = "Voir [Tifawin](@/associations/tifawin) et [ici](https://example.ma).\n\n\
                  [ref]: @/programmes/nassij\n\nUn [renvoi][ref]. Texte de la page en arabe ici.";
        let f = body_facts(md);
        assert!(!f.blank);
        assert_eq!(
            f.links,
            vec![
                (
                    md.find("@/associations").unwrap(),
                    "@/associations/tifawin".to_string()
                ),
                (
                    md.find("[renvoi]").unwrap(),
                    "@/programmes/nassij".to_string()
                ),
            ]
        );
        assert_eq!(f.placeholders, vec![md.find("Texte de la page").unwrap()]);
        assert!(body_facts(" \n\t\n").blank);
        assert_eq!(body_facts("no links @ all"), BodyFacts::default());
    }
}
