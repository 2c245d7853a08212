//! Markdown bodies to safe HTML: pulldown-cmark for CommonMark (tables and
//! strikethrough on, "smart" punctuation off: it would produce English
//! quotes in French and Arabic text), internal `@/kind/slug` links resolved
//! to the page in the current language, then ammonia to strip scripts,
//! event handlers and `javascript:` URLs while keeping `dir`, `lang`, `id`
//! and `class`, which multilingual text needs.

use super::urls;
use crate::model::Kind;
use crate::model::lang::Lang;
use crate::validate::Site;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};
use std::sync::OnceLock;

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(["dir", "lang", "id", "class"]);
        b.add_tags(["bdi"]);
        b.url_schemes(["http", "https", "mailto", "tel"].into_iter().collect());
        b.link_rel(Some("noopener"));
        b
    })
}

/// Renders a body for `lang`. Links to records that are not published in
/// this build (drafts) keep their text and lose their link.
pub fn to_html(markdown: &str, lang: Lang, site: &Site) -> String {
    render(resolve(markdown, lang, site), markdown.len())
}

/// Renders a body for `lang` in two parts: its notice, the content of the
/// quotation block that opens it when it opens with one (`> ...`, e.g. the
/// warning that a record is a fictional example), which the page shows
/// first, right under its heading; and the rest of the body.
pub fn to_html_parts(markdown: &str, lang: Lang, site: &Site) -> (Option<String>, String) {
    let events = resolve(markdown, lang, site);
    if !matches!(events.first(), Some(Event::Start(Tag::BlockQuote(_)))) {
        return (None, render(events, markdown.len()));
    }
    // The end of the opening quotation, at the same depth.
    let mut depth = 0usize;
    let mut end = events.len();
    for (i, e) in events.iter().enumerate() {
        match e {
            Event::Start(Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => {
                depth -= 1;
                if depth == 0 {
                    end = i;
                    break;
                }
            }
            _ => {}
        }
    }
    let mut events = events;
    let rest: Vec<Event> = events.split_off((end + 1).min(events.len()));
    let notice: Vec<Event> = events
        .into_iter()
        .skip(1)
        .take(end.saturating_sub(1))
        .collect();
    let notice = render(notice, markdown.len() / 4);
    let notice = (!notice.trim().is_empty()).then_some(notice);
    (notice, render(rest, markdown.len()))
}

/// HTML of events, sanitized.
fn render(events: Vec<Event>, hint: usize) -> String {
    let mut raw = String::with_capacity(hint * 3 / 2);
    html::push_html(&mut raw, events.into_iter());
    sanitizer().clean(&raw).to_string()
}

/// The Markdown's events with internal links resolved for `lang`.
fn resolve<'a>(markdown: &'a str, lang: Lang, site: &Site) -> Vec<Event<'a>> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut dropped_links = 0usize;
    let mut events = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => match internal(&dest_url, lang, site) {
                Some(Some(url)) => events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(url),
                    title,
                    id,
                })),
                Some(None) => dropped_links += 1,
                None => events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })),
            },
            Event::End(TagEnd::Link) if dropped_links > 0 => {
                // Links do not nest in CommonMark: this ends the dropped one.
                dropped_links -= 1;
            }
            other => events.push(other),
        }
    }
    events
}

/// `Some(Some(url))` for an internal link to a published record,
/// `Some(None)` for one to a record left out of this build, `None` for an
/// ordinary link.
fn internal(dest: &str, lang: Lang, site: &Site) -> Option<Option<String>> {
    let (kind, slug) = crate::validate::parse_internal(dest)?;
    let kind = Kind::from_folder(kind)?;
    if !site.has(kind, slug) {
        return Some(None);
    }
    let fragment = dest
        .split_once('#')
        .map(|(_, f)| format!("#{f}"))
        .unwrap_or_default();
    Some(Some(format!(
        "{}{fragment}",
        urls::record(lang, kind, slug)
    )))
}
