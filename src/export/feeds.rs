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

/// The sitemap protocol's limits for one file (sitemaps.org): 50,000 URLs
/// and 50 MiB uncompressed.
pub const SITEMAP_MAX_URLS: usize = 50_000;
/// See [`SITEMAP_MAX_URLS`].
pub const SITEMAP_MAX_BYTES: usize = 50 * 1024 * 1024;

const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_TAIL: &str = "</urlset>\n";

/// [`SITEMAP_MAX_URLS`], or the environment variable
/// `NASSIJ_SITEMAP_MAX_URLS` when set to a number: the tests split the
/// small example site with it.
fn sitemap_max_urls() -> usize {
    std::env::var("NASSIJ_SITEMAP_MAX_URLS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(SITEMAP_MAX_URLS)
}

/// The sitemap files, as (path, text): every page of every language, each
/// with its alternates in every language (and `x-default`, the language
/// chooser, for home). When they fit in one file of the protocol's limits,
/// that file is `sitemap.xml`; a larger site (a directory of 20,000
/// associations has about 86,000 pages) gets `sitemap-1.xml`,
/// `sitemap-2.xml`... at the root (a sitemap may only list URLs under its
/// own folder), and `sitemap.xml` is the index naming them, so that
/// `robots.txt` names one file either way.
pub fn sitemaps(site: &Site) -> Vec<(String, String)> {
    sitemaps_within(site, sitemap_max_urls(), SITEMAP_MAX_BYTES)
}

fn sitemaps_within(site: &Site, max_urls: usize, max_bytes: usize) -> Vec<(String, String)> {
    let base = xml_escape(site.config.base_url());
    let langs: Vec<Lang> = site.config.codes().collect();
    let mut files: Vec<String> = Vec::new();
    let mut current = String::from(URLSET_HEAD);
    let mut count = 0;
    let mut entry = String::new();
    let mut add = |entry: &str| {
        if count == max_urls
            || (count > 0 && current.len() + entry.len() + URLSET_TAIL.len() > max_bytes)
        {
            current.push_str(URLSET_TAIL);
            files.push(std::mem::replace(&mut current, String::from(URLSET_HEAD)));
            count = 0;
        }
        current.push_str(entry);
        count += 1;
    };
    add(&format!("<url><loc>{base}/</loc></url>\n"));
    let mut locs: Vec<String> = Vec::with_capacity(langs.len());
    for page in pages(site) {
        if page == Page::NotFound {
            continue;
        }
        locs.clear();
        locs.extend(langs.iter().map(|&l| xml_escape(&page.url(l))));
        for loc in &locs {
            entry.clear();
            let _ = write!(entry, "<url><loc>{base}{loc}</loc>");
            for (alt, href) in langs.iter().zip(&locs) {
                let _ = write!(
                    entry,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{base}{href}\"/>",
                    xml_escape(alt.as_str())
                );
            }
            if page == Page::Home {
                let _ = write!(
                    entry,
                    "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}/\"/>"
                );
            }
            entry.push_str("</url>\n");
            add(&entry);
        }
    }
    current.push_str(URLSET_TAIL);
    if files.is_empty() {
        return vec![("sitemap.xml".into(), current)];
    }
    files.push(current);
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=files.len() {
        let _ = writeln!(
            index,
            "<sitemap><loc>{base}/sitemap-{n}.xml</loc></sitemap>"
        );
    }
    index.push_str("</sitemapindex>\n");
    let mut out = vec![("sitemap.xml".to_string(), index)];
    out.extend(
        files
            .into_iter()
            .enumerate()
            .map(|(i, text)| (format!("sitemap-{}.xml", i + 1), text)),
    );
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

    /// The valid fixture site.
    fn fixture() -> Site {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let today = crate::model::date::Today::resolve(Some("2026-11-22"), None).unwrap();
        crate::validate::validate(crate::load::load(&root), &today, &Default::default())
            .site
            .expect("the fixture validates")
    }

    /// The `<url>` entries of a urlset, each on its line.
    fn entries(urlset: &str) -> Vec<&str> {
        let body = urlset
            .strip_prefix(URLSET_HEAD)
            .and_then(|b| b.strip_suffix(URLSET_TAIL))
            .expect("a whole urlset");
        body.lines().collect()
    }

    #[test]
    fn a_site_over_the_limits_gets_an_index_of_files_with_the_same_entries() {
        let site = fixture();
        let whole = sitemaps_within(&site, SITEMAP_MAX_URLS, SITEMAP_MAX_BYTES);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].0, "sitemap.xml");
        let all = entries(&whole[0].1);
        assert!(all.len() > 20, "{}", all.len());
        let base = site.config.base_url();
        for (max_urls, max_bytes) in [(7, SITEMAP_MAX_BYTES), (SITEMAP_MAX_URLS, 4000)] {
            let split = sitemaps_within(&site, max_urls, max_bytes);
            assert!(split.len() > 2, "{max_urls} {max_bytes}");
            let (index_path, index) = &split[0];
            assert_eq!(index_path, "sitemap.xml");
            assert!(index.contains("<sitemapindex "), "{index}");
            let mut rejoined = Vec::new();
            for (n, (path, text)) in split[1..].iter().enumerate() {
                assert_eq!(path, &format!("sitemap-{}.xml", n + 1));
                assert!(
                    index.contains(&format!("<sitemap><loc>{base}/{path}</loc></sitemap>\n")),
                    "{path} not in the index"
                );
                assert!(text.len() <= max_bytes, "{path}: {} bytes", text.len());
                let mine = entries(text);
                assert!(!mine.is_empty() && mine.len() <= max_urls, "{path}");
                rejoined.extend(mine);
            }
            assert_eq!(rejoined, all);
        }
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
