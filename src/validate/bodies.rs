//! The Markdown bodies of records, through what load found in each
//! ([`crate::model::BodyFacts`]: `check` may not have read the text):
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
        if b.facts.blank {
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
    for at in &body.facts.placeholders {
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
