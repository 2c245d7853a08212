//! The Markdown bodies of records, each read once by every rule on bodies:
//! internal links must name existing records ([`super::links`]), the
//! sentence that `nassij new` writes as a stand-in must not be published
//! (`placeholder-text`), and a body translation file must hold text
//! (`empty-translation`: the page then shows the next language's text).

use super::ctx::Ctx;
use super::links;
use crate::diagnostics::{Diagnostic, Locus};
use crate::load::Content;
use crate::model::{Body, Record};
use crate::msg;

/// The stand-in sentences of the bodies `nassij new` writes (one per kind
/// with a body); `cli::new` checks that its templates use exactly these.
pub(crate) const PLACEHOLDERS: [&str; 5] = [
    "Présentation de l'association en arabe ici ; la version française va dans un fichier du même nom terminé par .fr.md.",
    "Description du programme en arabe ici.",
    "Description de l'offre en arabe ici.",
    "Texte de l'actualité en arabe ici.",
    "Texte de la page en arabe ici.",
];

pub(super) fn all(ctx: &mut Ctx, content: &Content) {
    fn each<T>(ctx: &mut Ctx, records: &[Record<T>]) {
        for r in records {
            record(ctx, r);
        }
    }
    each(ctx, &content.associations);
    each(ctx, &content.programmes);
    each(ctx, &content.offers);
    each(ctx, &content.news);
    each(ctx, &content.pages);
}

/// The bodies of one record: its own and its translations.
pub(super) fn record<T>(ctx: &mut Ctx, r: &Record<T>) {
    if let Some(b) = &r.body {
        links::body(ctx, b);
        placeholder(ctx, b);
    }
    for b in r.translations.values() {
        links::body(ctx, b);
        placeholder(ctx, b);
        if b.markdown.trim().is_empty() {
            ctx.push(
                Diagnostic::warning(
                    "empty-translation",
                    &b.file,
                    Locus::File,
                    msg!("empty-translation", file = &b.file),
                )
                .with_help(msg!("empty-translation--help")),
            );
        }
    }
}

fn placeholder(ctx: &mut Ctx, body: &Body) {
    for p in PLACEHOLDERS {
        if let Some(at) = body.markdown.find(p) {
            ctx.push(
                Diagnostic::error(
                    "placeholder-text",
                    &body.file,
                    Locus::Offset(body.offset + at),
                    msg!("placeholder-text"),
                )
                .with_help(msg!("placeholder-text--help")),
            );
        }
    }
}
