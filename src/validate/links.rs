//! Internal links in Markdown bodies: `[text](@/kind/slug)` must name an
//! existing record with a page. Each broken link is reported at its own line
//! and column in the body's file.

use super::ctx::Ctx;
use crate::diagnostics::{Diagnostic, Locus, nearest};
use crate::model::{Body, Kind};
use pulldown_cmark::{Event, Options, Parser, Tag};

/// Parses `@/kind/slug[#fragment]` into its kind and slug.
pub fn parse_internal(dest: &str) -> Option<(&str, &str)> {
    let rest = dest.strip_prefix("@/")?;
    let rest = rest.split('#').next().unwrap_or(rest).trim_end_matches('/');
    Some(rest.split_once('/').unwrap_or((rest, "")))
}

/// The internal links of one body.
pub(super) fn body(ctx: &mut Ctx, body: &Body) {
    let parser = Parser::new_ext(
        &body.markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .into_offset_iter();
    for (event, range) in parser {
        let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event else {
            continue;
        };
        let Some((kind_name, slug)) = parse_internal(&dest_url) else {
            continue;
        };
        // Point at the destination itself when it is written inline.
        let source = &body.markdown[range.clone()];
        let at = source
            .find(dest_url.as_ref())
            .map_or(range.start, |i| range.start + i);
        let locus = Locus::Offset(body.offset + at);
        let kind = Kind::from_folder(kind_name);
        let problem = match kind {
            None => {
                let kinds: Vec<&str> = Kind::ALL
                    .iter()
                    .filter(|k| k.has_pages())
                    .map(|k| k.folder())
                    .collect();
                Some((
                    format!(
                        "broken internal link `{dest_url}`: `{kind_name}` is not a kind of record"
                    ),
                    match nearest(kind_name, kinds.iter().copied()) {
                        Some(n) => format!("did you mean `@/{n}/{slug}`?"),
                        None => format!(
                            "internal links are written @/KIND/SLUG with KIND one of {}",
                            kinds.join(", ")
                        ),
                    },
                ))
            }
            Some(k) if !k.has_pages() => Some((
                format!(
                    "broken internal link `{dest_url}`: {} records have no page of their own",
                    k.folder()
                ),
                "link to the programme instead, e.g. @/programmes/SLUG".to_string(),
            )),
            Some(k) if !ctx.slugs.get(&k).is_some_and(|s| s.contains(slug)) => {
                let hint = ctx
                    .slugs
                    .get(&k)
                    .and_then(|s| nearest(slug, s.iter().map(String::as_str)));
                Some((
                    format!(
                        "broken internal link `{dest_url}`: there is no {} `{slug}`",
                        k.singular()
                    ),
                    match hint {
                        Some(n) => format!("did you mean `@/{}/{n}`?", k.folder()),
                        None => format!(
                            "check the slug: it is the file name in content/{}/ without .md",
                            k.folder()
                        ),
                    },
                ))
            }
            Some(_) => None,
        };
        if let Some((message, help)) = problem {
            let mut d =
                Diagnostic::error("broken-link", &body.file, locus, message).with_help(help);
            d.length = dest_url.chars().count();
            ctx.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_links_parse() {
        assert_eq!(
            parse_internal("@/associations/tifawin"),
            Some(("associations", "tifawin"))
        );
        assert_eq!(
            parse_internal("@/programmes/nassij/#phases"),
            Some(("programmes", "nassij"))
        );
        assert_eq!(parse_internal("https://example.ma"), None);
    }
}
