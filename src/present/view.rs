//! [`View`]: the site read in one language, with its fallback chain:
//! texts with their real language ([`Tx`]), links, dates, numbers, amounts,
//! interface messages and bodies. Every view of a record is built on it.

use super::markdown;
use super::urls;
use crate::i18n::{
    Arg, Localizer, format_date, format_full_date, format_number, strip_bidi_isolates,
};
use crate::model::date::Date;
use crate::model::kinds::KindData;
use crate::model::lang::Lang;
use crate::model::text::Text;
use crate::model::{Kind, Record};
use crate::validate::Site;
use crate::validate::reads::{Read, note};
use serde::Serialize;

/// A text in the page's language, or a fallback marked with its language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Tx {
    /// The text itself (plain text, or safe HTML for a body).
    pub(crate) text: String,
    /// Language code of the text: the page's, or the fallback's.
    pub(crate) lang: Lang,
    /// Writing direction of that language: `ltr` or `rtl`.
    pub(crate) dir: &'static str,
    /// Whether the text is in a fallback language, not the page's.
    pub(crate) fallback: bool,
}

/// A link to a record, with its display text.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Link {
    pub(super) url: Option<String>,
    pub(crate) text: Tx,
}

/// Resolves model values for one language.
pub struct View<'a> {
    pub(crate) site: &'a Site,
    pub(crate) lang: Lang,
    pub(crate) chain: Vec<Lang>,
    pub(crate) i18n: &'a Localizer,
    /// The funding lists computed once for the pages of one render
    /// (`render::Shared`); without it, each is computed when asked.
    pub(crate) funding: Option<&'a super::memo::Memo>,
}

impl<'a> View<'a> {
    pub(crate) fn new(site: &'a Site, lang: Lang, i18n: &'a Localizer) -> Self {
        View {
            site,
            lang,
            chain: site.config.chain(lang),
            i18n,
            funding: None,
        }
    }

    /// An interface string as plain text (no bidi isolates: it goes into
    /// SVG, attributes and text alternatives). A missing message yields its
    /// id, which `check` reports through the Fluent coverage warning.
    pub fn msg(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
        match self.i18n.message(self.lang, id, &args) {
            Ok((text, _)) => strip_bidi_isolates(&text).into_owned(),
            Err(_) => id.to_string(),
        }
    }

    /// An interface string with the language it really is in (a fallback
    /// language when the page's language lacks it).
    pub(super) fn msg_tx(&self, id: &str, args: &[(&str, &str)]) -> Tx {
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
        let (text, lang) = match self.i18n.message(self.lang, id, &args) {
            Ok((text, lang)) => (strip_bidi_isolates(&text).into_owned(), lang),
            Err(_) => (id.to_string(), self.lang),
        };
        let fallback = lang != self.lang;
        Tx {
            dir: self.site.config.direction(lang).as_str(),
            text,
            lang,
            fallback,
        }
    }

    pub(super) fn rtl(&self) -> bool {
        self.site.config.direction(self.lang).as_str() == "rtl"
    }

    pub(super) fn month_year(&self, d: Date) -> String {
        crate::i18n::format_month_year(self.lang, d.0)
    }

    pub(crate) fn tx(&self, text: &Text) -> Tx {
        let l = text.get(&self.chain);
        let lang = l.lang;
        Tx {
            dir: self.site.config.direction(lang).as_str(),
            text: l.text.to_string(),
            lang,
            fallback: l.fallback,
        }
    }

    pub(crate) fn opt_tx(&self, text: &Option<Text>) -> Option<Tx> {
        text.as_ref().map(|t| self.tx(t))
    }

    /// A plain string (names, acronyms) shown as it is: it is in no
    /// particular language, so it is never a fallback.
    pub(crate) fn plain(&self, s: &str) -> Tx {
        Tx {
            text: s.to_string(),
            lang: self.lang,
            dir: self.site.config.direction(self.lang).as_str(),
            fallback: false,
        }
    }

    pub(crate) fn date(&self, d: Date) -> String {
        format_date(self.lang, d.0)
    }

    /// The date with its weekday, for a deadline a reader must meet.
    pub(crate) fn full_date(&self, d: Date) -> String {
        format_full_date(self.lang, d.0)
    }

    pub(super) fn num(&self, n: f64) -> String {
        strip_bidi_isolates(&format_number(self.lang, n, 2)).into_owned()
    }

    pub(crate) fn url(&self, kind: Kind, slug: &str) -> String {
        urls::record(self.lang, kind, slug)
    }

    pub(crate) fn region(&self, code: &str) -> Tx {
        match self.site.tax.region(code) {
            Some(r) => self.tx(&r.name),
            None => self.plain(code),
        }
    }

    pub(crate) fn province(&self, code: &str) -> Tx {
        match self
            .site
            .tax
            .regions
            .iter()
            .flat_map(|r| &r.provinces)
            .find(|p| p.code.as_str() == code)
        {
            Some(p) => self.tx(&p.name),
            None => self.plain(code),
        }
    }

    pub(crate) fn domain(&self, key: &str) -> Tx {
        self.site
            .tax
            .domains
            .get(key)
            .map_or_else(|| self.plain(key), |t| self.tx(&t.name))
    }

    pub(super) fn audience(&self, key: &str) -> Tx {
        self.site
            .tax
            .audiences
            .get(key)
            .map_or_else(|| self.plain(key), |t| self.tx(&t.name))
    }

    /// A link to a record of `kind`, without URL when it is not published
    /// (a draft) or has no page.
    pub(crate) fn link(&self, kind: Kind, slug: &str) -> Link {
        let text = match kind {
            Kind::Associations => self
                .site
                .position(kind, slug)
                .map(|i| self.tx(&self.site.associations[i].data.name)),
            Kind::Programmes => self
                .site
                .position(kind, slug)
                .map(|i| self.tx(&self.site.programmes[i].data.title)),
            Kind::Offers => self
                .site
                .position(kind, slug)
                .map(|i| self.tx(&self.site.offers[i].data.title)),
            Kind::Institutions => self
                .site
                .position(kind, slug)
                .map(|i| self.tx(&self.site.institutions[i].data.name)),
            Kind::News => self
                .site
                .position(kind, slug)
                .map(|i| self.tx(&self.site.news[i].data.title)),
            Kind::Pages => self
                .site
                .position(kind, slug)
                .map(|i| self.tx(&self.site.pages[i].data.title)),
            Kind::Results => None,
        };
        let published = text.is_some() && kind.has_pages();
        Link {
            url: published.then(|| self.url(kind, slug)),
            text: text.unwrap_or_else(|| self.plain(slug)),
        }
    }

    /// The body in this language (or its fallback), as safe HTML.
    pub(crate) fn body<T: KindData>(&self, record: &Record<T>) -> Option<Tx> {
        note(|| Read::Body(T::KIND, record.slug.0.clone()));
        let (body, lang) = record.body_for(&self.chain, self.site.config.default_language)?;
        Some(Tx {
            text: markdown::to_html(&body.markdown, self.lang, self.site),
            lang,
            dir: self.site.config.direction(lang).as_str(),
            fallback: lang != self.lang,
        })
    }

    /// The body in this language (or its fallback) in two parts, as safe
    /// HTML: the notice that opens it, if any (see
    /// [`markdown::to_html_parts`]), and the rest.
    pub(crate) fn body_parts<T: KindData>(&self, record: &Record<T>) -> (Option<Tx>, Option<Tx>) {
        note(|| Read::Body(T::KIND, record.slug.0.clone()));
        let Some((body, lang)) = record.body_for(&self.chain, self.site.config.default_language)
        else {
            return (None, None);
        };
        let (notice, rest) = markdown::to_html_parts(&body.markdown, self.lang, self.site);
        let tx = |text: String| Tx {
            text,
            lang,
            dir: self.site.config.direction(lang).as_str(),
            fallback: lang != self.lang,
        };
        let rest = (!rest.trim().is_empty()).then(|| tx(rest));
        (notice.map(tx), rest)
    }

    pub(super) fn money(&self, amount: f64, currency: Option<&str>) -> Money {
        Money {
            amount: self.num(amount),
            currency: currency.unwrap_or("MAD").to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub(super) struct Money {
    amount: String,
    currency: String,
}
