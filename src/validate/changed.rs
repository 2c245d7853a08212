//! A new version of one record, parsed from its files (`serve`), checked
//! alone by the same rules as a full validation.

use super::ctx::Ctx;
use super::{bodies, records};
use crate::model::date::Date;
use crate::model::kinds::Scheduled;
use crate::model::records::{Association, News, Offer, Programme, Results};
use crate::model::{Kind, Record};
use std::path::Path;

/// A new version of one record, parsed from its files.
#[derive(Debug, Clone)]
pub enum Changed {
    /// A new version of an association.
    Association(Record<Association>),
    /// A new version of a programme.
    Programme(Record<Programme>),
    /// A new version of an offer.
    Offer(Record<Offer>),
    /// A new version of a results report.
    Results(Record<Results>),
    /// A new version of a news item.
    News(Record<News>),
}

impl Changed {
    pub(crate) fn kind(&self) -> Kind {
        match self {
            Changed::Association(_) => Kind::Associations,
            Changed::Programme(_) => Kind::Programmes,
            Changed::Offer(_) => Kind::Offers,
            Changed::Results(_) => Kind::Results,
            Changed::News(_) => Kind::News,
        }
    }

    pub(crate) fn slug(&self) -> &str {
        match self {
            Changed::Association(r) => r.slug.as_str(),
            Changed::Programme(r) => r.slug.as_str(),
            Changed::Offer(r) => r.slug.as_str(),
            Changed::Results(r) => r.slug.as_str(),
            Changed::News(r) => r.slug.as_str(),
        }
    }

    pub(crate) fn file(&self) -> &Path {
        match self {
            Changed::Association(r) => &r.file,
            Changed::Programme(r) => &r.file,
            Changed::Offer(r) => &r.file,
            Changed::Results(r) => &r.file,
            Changed::News(r) => &r.file,
        }
    }

    pub(super) fn is_draft(&self) -> bool {
        match self {
            Changed::Association(r) => r.data.draft,
            Changed::Programme(r) => r.data.draft,
            Changed::Offer(r) => r.data.draft,
            Changed::Results(r) => r.data.draft,
            Changed::News(r) => r.data.draft,
        }
    }

    /// Whether the record is scheduled for a day after `today` (an offer
    /// or a news item).
    pub(super) fn is_scheduled(&self, today: Date) -> bool {
        match self {
            Changed::Offer(r) => r.data.is_scheduled(today),
            Changed::News(r) => r.data.is_scheduled(today),
            Changed::Association(_) | Changed::Programme(_) | Changed::Results(_) => false,
        }
    }

    /// The record's diagnostics and its share of the translation coverage,
    /// exactly as the full validation gives them for this record.
    pub(super) fn check(&self, ctx: &mut Ctx) {
        match self {
            Changed::Association(r) => {
                records::association(ctx, r);
                bodies::record(ctx, r);
            }
            Changed::Programme(r) => {
                records::programme(ctx, r);
                bodies::record(ctx, r);
            }
            Changed::Offer(r) => {
                records::offer(ctx, r);
                bodies::record(ctx, r);
            }
            Changed::Results(r) => records::results(ctx, r),
            Changed::News(r) => {
                records::news(ctx, r);
                bodies::record(ctx, r);
            }
        }
    }
}
