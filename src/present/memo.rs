//! The funding lists computed once for the pages of one render
//! (`render::Shared` holds a [`Memo`]; `View` lends it to the funding
//! views): every counted award, and per division the awards of each key.
//! Apart from `funding.rs` so that `view.rs` can name the memo without
//! the two importing each other.

use super::urls::FundingBy;
use crate::model::date::Date;
use crate::validate::reads::{self, Read, Reads};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One award counted in the funding totals.
#[derive(Debug, Clone)]
pub(crate) struct Grant {
    /// Offer position in the site.
    pub(crate) offer: usize,
    /// Award index in the offer.
    pub(crate) award: usize,
    /// Amount in centimes.
    pub(crate) cents: i64,
    pub(crate) date: Date,
    /// Association position, when the association is published.
    pub(crate) association: Option<usize>,
}

/// A value computed once for many pages, with what computing it read of
/// the site: each page that uses it notes it as one read,
/// [`Read::Group`] with its name, and the reads are kept once here
/// ([`Memo::groups`]), so that `serve` and incremental builds render a
/// page again when one of them changes, as if the page had computed it.
pub(crate) struct Kept<T> {
    value: T,
    reads: Reads,
}

impl<T> Kept<T> {
    pub(crate) fn get<'c>(
        cell: &'c OnceLock<Kept<T>>,
        name: &'static str,
        make: impl FnOnce() -> T,
    ) -> &'c T {
        let kept = cell.get_or_init(|| {
            let (value, reads) = reads::recording(make);
            Kept { value, reads }
        });
        reads::note(|| Read::Group(name));
        &kept.value
    }
}

/// The names of the memo's groups: every award, then each division's.
pub(crate) const GRANTS: &str = "funding-grants";
pub(crate) const BY: [&str; FundingBy::ALL.len()] = [
    "funding-by-0",
    "funding-by-1",
    "funding-by-2",
    "funding-by-3",
    "funding-by-4",
    "funding-by-5",
];

/// The funding lists shared by the pages of one render (see
/// `render::Shared`): every counted award, and per division the awards of
/// each key, computed on first use. Without it each funding page, each
/// region's and province's directory page and each programme page went
/// through every award of the site again (twice as many pages times twice
/// as many awards for twice the associations).
#[derive(Default)]
pub struct Memo {
    pub(crate) grants: OnceLock<Kept<Vec<Grant>>>,
    /// Per [`FundingBy::ALL`] position: the positions in `grants` of each
    /// key's awards, in the order of `grants`.
    pub(crate) by: [OnceLock<Kept<ByKey>>; FundingBy::ALL.len()],
}

impl Memo {
    /// The groups computed so far ([`Read::Group`]), with their reads.
    pub(crate) fn groups(&self) -> Vec<(Read, Reads)> {
        std::iter::once((GRANTS, &self.grants))
            .map(|(name, cell)| cell.get().map(|k| (Read::Group(name), k.reads.clone())))
            .chain(
                BY.iter()
                    .zip(&self.by)
                    .map(|(name, cell)| cell.get().map(|k| (Read::Group(name), k.reads.clone()))),
            )
            .flatten()
            .collect()
    }
}

/// The positions of each key's awards in the list of every award.
pub(crate) type ByKey = HashMap<String, Vec<usize>>;
