//! The site's URLs (SPEC.md, "Site"), in one place. Every page is a folder
//! with an index.html, so the URLs end with `/` and work on any static host.

use crate::model::Kind;
use crate::model::lang::Lang;
use crate::validate::directory::Selection;

/// Associations per directory and facet page: a list a phone scrolls
/// through in a few seconds.
pub const PAGE_SIZE: usize = 30;

pub(crate) fn home(lang: Lang) -> String {
    format!("/{lang}/")
}

pub(crate) fn section(lang: Lang, kind: Kind) -> String {
    format!("/{lang}/{}/", kind.folder())
}

/// A record's page. Pages live at the language's root.
pub fn record(lang: Lang, kind: Kind, slug: &str) -> String {
    match kind {
        Kind::Pages => format!("/{lang}/{slug}/"),
        Kind::Results => format!("/{lang}/results/#{slug}"),
        _ => format!("/{lang}/{}/{slug}/", kind.folder()),
    }
}

/// The ways the directory is divided into lists, each a URL segment
/// (`/fr/associations/region/MA-09/`) and the `kind` of a facet in
/// templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    /// By region, keyed by its code (`MA-09`).
    Region,
    /// By province, keyed by its code (`MA-FES`).
    Province,
    /// By domain of activity, keyed by its key.
    Domain,
}

impl FacetKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FacetKind::Region => "region",
            FacetKind::Province => "province",
            FacetKind::Domain => "domain",
        }
    }
}

pub(crate) fn facet(lang: Lang, facet: FacetKind, key: &str) -> String {
    let selection = match facet {
        FacetKind::Region => Selection::region(key),
        FacetKind::Province => Selection::province(key),
        FacetKind::Domain => Selection::domain(key),
    };
    directory(lang, &selection)
}

/// A list of the directory: `/{lang}/associations/`, then the place
/// (`region/MA-03/` or `province/MA-FES/`), then the domain
/// (`domain/youth/`), as SPEC.md lists them.
pub(crate) fn directory(lang: Lang, selection: &Selection) -> String {
    format!("/{lang}/associations/{selection}")
}

/// The ways the funding page divides the awards, each a URL segment
/// (`/fr/funding/region/MA-09/`): by the offer's programme (with the
/// programmes above it) or issuer, by the recipient's region, province or
/// domain, by year of award.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FundingBy {
    /// By programme slug.
    Programme,
    /// By issuing institution slug.
    Issuer,
    /// By the recipient's region code.
    Region,
    /// By the recipient's province code.
    Province,
    /// By year of award (`2024`).
    Year,
    /// By the recipient's domain key.
    Domain,
}

impl FundingBy {
    /// Every division, in the order the funding page shows them.
    pub const ALL: [FundingBy; 6] = [
        FundingBy::Programme,
        FundingBy::Issuer,
        FundingBy::Region,
        FundingBy::Province,
        FundingBy::Year,
        FundingBy::Domain,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FundingBy::Programme => "programme",
            FundingBy::Issuer => "issuer",
            FundingBy::Region => "region",
            FundingBy::Province => "province",
            FundingBy::Year => "year",
            FundingBy::Domain => "domain",
        }
    }
}

/// The funding page (`/{lang}/funding/`), or the page of one division's
/// key (`/{lang}/funding/year/2024/`).
pub(crate) fn funding(lang: Lang, by: Option<(FundingBy, &str)>) -> String {
    match by {
        None => format!("/{lang}/funding/"),
        Some((by, key)) => format!("/{lang}/funding/{}/{key}/", by.as_str()),
    }
}

pub(crate) fn search(lang: Lang) -> String {
    format!("/{lang}/search/")
}

/// The error page of a language.
pub(crate) fn not_found(lang: Lang) -> String {
    format!("/{lang}/404.html")
}

/// The Atom feed of a language's offers.
pub(crate) fn offers_feed(lang: Lang) -> String {
    format!("/{lang}/offers/feed.xml")
}

/// The Atom feed of a language's news.
pub(crate) fn news_feed(lang: Lang) -> String {
    format!("/{lang}/news/feed.xml")
}

/// The iCalendar file of the offers' deadlines, in a language.
pub(crate) fn deadlines(lang: Lang) -> String {
    format!("/{lang}/offers/deadlines.ics")
}

/// A `webcal://` address for a calendar at `path` on the site at `base`
/// (site.yaml's base_url): calendar apps subscribe to it instead of
/// importing it once. A base without `http(s)://` is kept as it is.
pub(crate) fn webcal(base: &str, path: &str) -> String {
    let host = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .unwrap_or(base);
    format!("webcal://{}{path}", host.trim_end_matches('/'))
}

/// A file of the open data (`associations.csv`, `schema/offers.schema.json`).
pub(crate) fn data_file(file: &str) -> String {
    format!("/data/{file}")
}

/// The data page of a language (the open data, see [`crate::export`]).
pub fn data(lang: Lang) -> String {
    format!("/{lang}/data/")
}

/// The URL of page `n` (1-based) of a paginated list at `base`.
pub fn paginated(base: &str, n: usize) -> String {
    if n <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{n}/")
    }
}

/// The output file of a URL path: `/ar/x/` -> `ar/x/index.html`.
pub fn file_of(url: &str) -> String {
    let path = url.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_spec_table() {
        assert_eq!(
            record(Lang::new("fr"), Kind::Associations, "tifawin"),
            "/fr/associations/tifawin/"
        );
        assert_eq!(record(Lang::new("ar"), Kind::Pages, "about"), "/ar/about/");
        assert_eq!(
            facet(Lang::new("zgh"), FacetKind::Region, "MA-09"),
            "/zgh/associations/region/MA-09/"
        );
        assert_eq!(paginated("/ar/associations/", 1), "/ar/associations/");
        assert_eq!(
            paginated("/ar/associations/", 3),
            "/ar/associations/page/3/"
        );
        assert_eq!(funding(Lang::new("fr"), None), "/fr/funding/");
        assert_eq!(
            paginated(
                &funding(Lang::new("ar"), Some((FundingBy::Year, "2024"))),
                2
            ),
            "/ar/funding/year/2024/page/2/"
        );
        assert_eq!(file_of("/ar/associations/"), "ar/associations/index.html");
        assert_eq!(file_of("/404.html"), "404.html");
        assert_eq!(file_of("/"), "index.html");
    }
}
