//! The taxonomies under content/taxonomies/: territories (regions and their
//! provinces), domains, audiences and indicators.

use super::ids::{ProvinceCode, RegionCode};
use super::sets::IndicatorKind;
use super::text::Text;
use serde::de::{DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A YAML mapping kept in the order it was written (display order of
/// domains, audiences, indicators; breakdown keys).
#[derive(Debug, Clone, PartialEq)]
pub struct OrderedMap<T>(pub Vec<(String, T)>);

impl<T> Default for OrderedMap<T> {
    fn default() -> Self {
        OrderedMap(Vec::new())
    }
}

impl<T> OrderedMap<T> {
    pub(crate) fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// The keys, in the order written.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
    /// The entries, in the order written.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &T)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    /// The number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// True when the map has no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for OrderedMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = OrderedMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of keys to values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::new();
                while let Some((k, val)) = map.next_entry::<String, T>()? {
                    v.push((k, val));
                }
                Ok(OrderedMap(v))
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

impl<T: Serialize> Serialize for OrderedMap<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// territories.yaml: the regions, each with its provinces and prefectures.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territories {
    /// The regions, in the order written.
    pub regions: Vec<Region>,
}

/// A region of Morocco.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// ISO 3166-2:MA code, e.g. `MA-03`.
    pub code: RegionCode,
    /// Name in each language.
    pub name: Text,
    /// Its provinces and prefectures, in the order written.
    #[serde(default)]
    pub provinces: Vec<Province>,
}

/// A province or prefecture of a region.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Province {
    /// ISO 3166-2:MA code, e.g. `MA-FES`.
    pub code: ProvinceCode,
    /// Name in each language.
    pub name: Text,
}

/// domains.yaml and audiences.yaml: key -> {name}.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Name in each language.
    pub name: Text,
}

/// indicators.yaml: key -> {name, unit, kind}.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Name in each language.
    pub name: Text,
    pub(crate) unit: Option<Text>,
    pub(crate) kind: IndicatorKind,
}

/// Every taxonomy of a site, as loaded from content/taxonomies/.
#[derive(Debug, Clone, Default)]
pub struct Taxonomies {
    /// The regions of territories.yaml, with their provinces.
    pub regions: Vec<Region>,
    /// domains.yaml, by key, in the order written.
    pub domains: OrderedMap<Term>,
    /// audiences.yaml, by key, in the order written.
    pub audiences: OrderedMap<Term>,
    /// indicators.yaml, by key, in the order written.
    pub indicators: OrderedMap<Indicator>,
}

impl Taxonomies {
    /// The region of `code`.
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.code.as_str() == code)
    }

    /// The region a province or prefecture of `code` belongs to.
    pub fn region_of(&self, province: &str) -> Option<&Region> {
        self.regions
            .iter()
            .find(|r| r.provinces.iter().any(|p| p.code.as_str() == province))
    }
}
