//! Internal links in Markdown bodies: `[text](@/kind/slug)` must name an
//! existing record with a page. Each broken link is reported at its own line
//! and column in the body's file.

use super::ctx::{Ctx, kind_name};
use crate::diagnostics::{Diagnostic, Locus, nearest};
use crate::model::{Body, Kind};
use crate::msg;

/// Parses `@/kind/slug[#fragment]` into its kind and slug.
pub fn parse_internal(dest: &str) -> Option<(&str, &str)> {
    let rest = dest.strip_prefix("@/")?;
    let rest = rest.split('#').next().unwrap_or(rest).trim_end_matches('/');
    Some(rest.split_once('/').unwrap_or((rest, "")))
}

/// The internal links of one body (found by load: [`crate::model::BodyFacts`]).
pub(super) fn body(ctx: &mut Ctx, body: &Body) {
    for (at, dest_url) in &body.facts.links {
        let Some((written_kind, slug)) = parse_internal(dest_url) else {
            continue;
        };
        let locus = Locus::Offset(body.offset + at);
        let kind = Kind::from_folder(written_kind);
        let problem = match kind {
            None => {
                let kinds: Vec<&str> = Kind::ALL
                    .iter()
                    .filter(|k| k.has_pages())
                    .map(|k| k.folder())
                    .collect();
                Some((
                    msg!(
                        "broken-link--kind",
                        link = dest_url.as_str(),
                        kind = written_kind
                    ),
                    match nearest(written_kind, kinds.iter().copied()) {
                        Some(n) => msg!(
                            "broken-link--help-kind-nearest",
                            link = format!("@/{n}/{slug}")
                        ),
                        None => msg!("broken-link--help-kind", kinds = kinds),
                    },
                ))
            }
            Some(k) if !k.has_pages() => Some((
                msg!(
                    "broken-link--no-page",
                    link = dest_url.as_str(),
                    kind = kind_name(k)
                ),
                msg!("broken-link--help-no-page"),
            )),
            Some(k) if !ctx.slugs.get(&k).is_some_and(|s| s.contains(slug)) => Some((
                msg!(
                    "broken-link",
                    link = dest_url.as_str(),
                    kind = kind_name(k),
                    slug = slug
                ),
                match ctx.guess_slug(k, slug) {
                    Some(n) => msg!(
                        "broken-link--help-nearest",
                        link = format!("@/{}/{n}", k.folder())
                    ),
                    None => msg!(
                        "broken-link--help",
                        dir = format!("content/{}/", k.folder()),
                        ext = if k.is_markdown() { "md" } else { "yaml" }
                    ),
                },
            )),
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
