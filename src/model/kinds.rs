//! The record kinds, declared once: [`with_kinds!`] lists every kind with
//! its data type and its field name, and the code that treats every kind
//! alike (the parsed content, the parse of one file, the published lists,
//! the slugs of a kind) is written once over that list; [`KindData`] ties
//! each data type to its [`Kind`]. Code that treats a kind in its own way
//! (its validation rules, its views, its export table) matches on [`Kind`].

use super::Kind;
use super::date::Date;
use super::records::{Association, Institution, News, Offer, Page, Programme, Results};
use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// The fields of one record of a kind.
pub trait KindData: DeserializeOwned + Clone + Debug + Send + Sync + 'static {
    /// The kind whose records these are.
    const KIND: Kind;
    /// Whether the record is marked `draft: true` (published only with
    /// `--drafts`).
    fn is_draft(&self) -> bool;
}

/// The kinds whose records go online on a date of their own (scheduled
/// publication): offers on their `published` date, news on their `date`.
pub trait Scheduled {
    /// The day the record goes online.
    fn online_from(&self) -> Date;

    /// Whether the record is scheduled for a day after `today`.
    fn is_scheduled(&self, today: Date) -> bool {
        self.online_from() > today
    }
}

impl Scheduled for Offer {
    fn online_from(&self) -> Date {
        self.published
    }
}

impl Scheduled for News {
    fn online_from(&self) -> Date {
        self.date
    }
}

/// Calls the macro `$m` once with every record kind, in the order of
/// [`Kind::ALL`], as `(Kind variant, data type, field name)`: the one list
/// of the kinds.
#[macro_export]
macro_rules! with_kinds {
    ($m:ident) => {
        $m! {
            (Associations, Association, associations),
            (Programmes, Programme, programmes),
            (Offers, Offer, offers),
            (Results, Results, results),
            (Institutions, Institution, institutions),
            (News, News, news),
            (Pages, Page, pages)
        }
    };
}

macro_rules! kind_data {
    ($(($kind:ident, $data:ident, $field:ident)),*) => {
        $(
            impl KindData for $data {
                const KIND: Kind = Kind::$kind;
                fn is_draft(&self) -> bool {
                    self.draft
                }
            }
        )*
    };
}

with_kinds!(kind_data);

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! kinds {
        ($(($kind:ident, $data:ident, $field:ident)),*) => {
            vec![$(<$data as KindData>::KIND),*]
        };
    }

    #[test]
    fn the_list_has_every_kind_once_in_order() {
        let listed: Vec<Kind> = with_kinds!(kinds);
        assert_eq!(listed, Kind::ALL);
    }
}
