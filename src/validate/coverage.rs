//! Translation coverage: translated and total fields, per kind and language
//! (`nassij stats`, and the warnings of missing translations).

use crate::model::Kind;
use crate::model::lang::Lang;
use std::collections::BTreeMap;

/// Translation coverage: translated and total fields, per kind and language.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    pub(crate) cells: BTreeMap<(Kind, Lang), (usize, usize)>,
}

impl Coverage {
    pub(super) fn add(&mut self, kind: Kind, lang: Lang, total: usize, translated: usize) {
        let cell = self.cells.entry((kind, lang)).or_default();
        cell.0 += translated;
        cell.1 += total;
    }

    /// Adds the cells of `other`.
    pub fn merge(&mut self, other: &Coverage) {
        for ((kind, lang), (translated, total)) in &other.cells {
            self.add(*kind, *lang, *total, *translated);
        }
    }

    /// Takes out the cells of `other` (a part of this coverage).
    pub fn remove(&mut self, other: &Coverage) {
        for (key, (translated, total)) in &other.cells {
            if let Some(cell) = self.cells.get_mut(key) {
                cell.0 = cell.0.saturating_sub(*translated);
                cell.1 = cell.1.saturating_sub(*total);
            }
        }
    }
}
