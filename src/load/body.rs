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
    BodyFacts {
        blank: markdown.trim().is_empty(),
        links: internal_links(markdown),
        placeholders: PLACEHOLDERS
            .iter()
            .filter_map(|p| markdown.find(p))
            .collect(),
    }
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
