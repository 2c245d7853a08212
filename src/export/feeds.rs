//! Atom feeds (RFC 4287) of offers and news per language, the sitemap with
//! hreflang alternates and robots.txt. Every date comes from the content,
//! never from the clock, so two builds give the same bytes.

use crate::i18n::Localizer;
use crate::model::Kind;
use crate::model::date::{Date, site_time_zone};
use crate::model::lang::Lang;
use crate::present::urls;
use crate::present::views::{Tx, View};
use crate::present::{Page, pages};
use crate::validate::Site;
use std::fmt::Write;

/// Text escaped for XML content and attribute values; characters XML 1.0
/// forbids (C0 controls other than tab, LF, CR) are dropped.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Midnight of a date in Casablanca, as an RFC 3339 instant.
pub fn rfc3339(d: Date) -> String {
    match d.0.to_zoned(site_time_zone()) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{d}T00:00:00Z"),
    }
}

/// A text element, with `xml:lang` when the text is in another language
/// than the feed's (a fallback).
fn text_el(out: &mut String, name: &str, tx: &Tx, feed_lang: Lang) {
    let attr = if tx.lang != feed_lang {
        format!(" xml:lang=\"{}\"", xml_escape(tx.lang.as_str()))
    } else {
        String::new()
    };
    let _ = writeln!(out, "<{name}{attr}>{}</{name}>", xml_escape(&tx.text));
}

struct Entry {
    url: String,
    title: Tx,
    published: Date,
    updated: Date,
    summary: Option<Tx>,
    /// A body as HTML, with its language.
    content: Option<Tx>,
}

fn feed(v: &View, kind: Kind, title: &str, entries: &[Entry]) -> String {
    let site = v.site;
    let base = site.config.base_url();
    let lang = v.lang;
    let self_url = format!("{base}/{lang}/{}/feed.xml", kind.folder());
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .or_else(|| latest_content_date(site))
        .unwrap_or(site.today.date());
    let site_title = v.tx(&site.config.title);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\" xml:base=\"{}/\">",
        xml_escape(lang.as_str()),
        xml_escape(base)
    );
    let _ = writeln!(out, "<title>{}</title>", xml_escape(title));
    let _ = writeln!(out, "<id>{}</id>", xml_escape(&self_url));
    let _ = writeln!(
        out,
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        xml_escape(&self_url)
    );
    let _ = writeln!(
        out,
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}{}\"/>",
        xml_escape(base),
        xml_escape(&urls::section(lang, kind))
    );
    let _ = writeln!(out, "<updated>{}</updated>", rfc3339(updated));
    out.push_str("<author>");
    text_el(&mut out, "name", &site_title, lang);
    let _ = write!(out, "<uri>{}/</uri>", xml_escape(base));
    out.push_str("</author>\n");
    let _ = writeln!(
        out,
        "<rights>{}</rights>",
        xml_escape(&site.config.data_licence().title)
    );
    for e in entries {
        out.push_str("<entry>\n");
        text_el(&mut out, "title", &e.title, lang);
        let _ = writeln!(
            out,
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            xml_escape(&e.url)
        );
        let _ = writeln!(out, "<id>{}</id>", xml_escape(&e.url));
        let _ = writeln!(out, "<published>{}</published>", rfc3339(e.published));
        let _ = writeln!(out, "<updated>{}</updated>", rfc3339(e.updated));
        if let Some(s) = &e.summary {
            text_el(&mut out, "summary", s, lang);
        }
        if let Some(c) = &e.content {
            let attr = if c.lang != lang {
                format!(" xml:lang=\"{}\"", xml_escape(c.lang.as_str()))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<content type=\"html\"{attr}>{}</content>",
                xml_escape(&c.text)
            );
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// The newest date written in the content (news dates, offers' publication,
/// records' `updated`), for feeds that have no entries.
fn latest_content_date(site: &Site) -> Option<Date> {
    let news = site
        .news
        .iter()
        .flat_map(|n| [Some(n.data.date), n.data.updated]);
    let offers = site
        .offers
        .iter()
        .flat_map(|o| [Some(o.data.published), o.data.updated]);
    news.chain(offers).flatten().max()
}

/// `/{lang}/offers/feed.xml`: every offer, newest publication first.
pub fn offers_feed(site: &Site, i18n: &Localizer, lang: Lang) -> String {
    let v = View::new(site, lang, i18n);
    let base = site.config.base_url();
    let mut order: Vec<usize> = (0..site.offers.len()).collect();
    order.sort_by(|a, b| {
        let (x, y) = (&site.offers[*a], &site.offers[*b]);
        y.data
            .published
            .cmp(&x.data.published)
            .then_with(|| x.slug.cmp(&y.slug))
    });
    let entries: Vec<Entry> = order
        .iter()
        .map(|&i| {
            let r = &site.offers[i];
            let o = &r.data;
            let issuer = v.link(Kind::Institutions, o.issuer.as_str()).text.text;
            let deadline = match o.closes.time() {
                Some(t) => v.msg(
                    "date-at-time",
                    &[
                        ("date", &v.date(o.closes.date())),
                        ("time", &format!("{:02}:{:02}", t.hour(), t.minute())),
                    ],
                ),
                None => v.date(o.closes.date()),
            };
            let summary = v.msg(
                "data-feed-offer-summary",
                &[("issuer", &issuer), ("deadline", &deadline)],
            );
            Entry {
                url: format!("{base}{}", v.url(Kind::Offers, r.slug.as_str())),
                title: v.tx(&o.title),
                published: o.published,
                updated: o.updated.unwrap_or(o.published).max(o.published),
                summary: Some(v.plain(&summary)),
                content: v.body(r),
            }
        })
        .collect();
    let title = v.msg("data-feed-offers-title", &[]);
    feed(&v, Kind::Offers, &title, &entries)
}

/// `/{lang}/news/feed.xml`: every news item, newest first.
pub fn news_feed(site: &Site, i18n: &Localizer, lang: Lang) -> String {
    let v = View::new(site, lang, i18n);
    let base = site.config.base_url();
    let entries: Vec<Entry> = site
        .news
        .iter()
        .map(|r| Entry {
            url: format!("{base}{}", v.url(Kind::News, r.slug.as_str())),
            title: v.tx(&r.data.title),
            published: r.data.date,
            updated: r.data.updated.unwrap_or(r.data.date).max(r.data.date),
            summary: v.opt_tx(&r.data.summary),
            content: v.body(r),
        })
        .collect();
    let title = v.msg("data-feed-news-title", &[]);
    feed(&v, Kind::News, &title, &entries)
}

/// `/sitemap.xml`: every page of every language, each with its alternates
/// in every language (and `x-default`, the language chooser, for home).
pub fn sitemap(site: &Site) -> String {
    let base = site.config.base_url();
    let langs: Vec<Lang> = site.config.codes().collect();
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    let _ = writeln!(out, "<url><loc>{}/</loc></url>", xml_escape(base));
    for page in pages(site) {
        if page == Page::NotFound {
            continue;
        }
        for &lang in &langs {
            let _ = write!(
                out,
                "<url><loc>{}{}</loc>",
                xml_escape(base),
                xml_escape(&page.url(lang))
            );
            for &alt in &langs {
                let _ = write!(
                    out,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}{}\"/>",
                    xml_escape(alt.as_str()),
                    xml_escape(base),
                    xml_escape(&page.url(alt))
                );
            }
            if page == Page::Home {
                let _ = write!(
                    out,
                    "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}/\"/>",
                    xml_escape(base)
                );
            }
            out.push_str("</url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// `/robots.txt`: everything may be crawled; the sitemap is named.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping_covers_markup_quotes_and_forbidden_controls() {
        assert_eq!(
            xml_escape("a < b & \"c\" > 'd'"),
            "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;"
        );
        assert_eq!(
            xml_escape("</title><script>"),
            "&lt;/title&gt;&lt;script&gt;"
        );
        assert_eq!(xml_escape("bell\u{7}\tok\n"), "bell\tok\n");
        assert_eq!(
            xml_escape("جمعية «تيفاوين» & ⵜⵉⴼⴰⵡⵉⵏ"),
            "جمعية «تيفاوين» &amp; ⵜⵉⴼⴰⵡⵉⵏ"
        );
    }

    #[test]
    fn dates_are_midnight_in_casablanca_with_the_2026_change() {
        assert_eq!(
            rfc3339(Date::parse("2025-12-01").unwrap()),
            "2025-12-01T00:00:00+01:00"
        );
        assert_eq!(
            rfc3339(Date::parse("2026-12-01").unwrap()),
            "2026-12-01T00:00:00+00:00"
        );
    }
}
