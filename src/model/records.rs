//! One typed struct per record kind, exactly the fields of SPEC.md. Unknown
//! keys are parse errors (`deny_unknown_fields`) and every closed set is an
//! enum, so a typo is reported where it is, never silently ignored.

use super::date::{Date, Deadline};
use super::ids::{ProvinceCode, RegionCode, Slug, TermKey};
use super::taxonomy::OrderedMap;
use super::text::Text;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

pub use super::sets::{
    AssociationStatus, IndicatorKind, InstitutionKind, MilestoneStatus, OfferKind, ProgrammeKind,
    ProgrammeStatus, Role, Setting,
};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Association {
    pub name: Text,
    pub acronym: Option<String>,
    pub summary: Option<Text>,
    pub founded: Option<Date>,
    pub registration: Option<String>,
    #[serde(default)]
    pub status: AssociationStatus,
    #[serde(default)]
    pub public_utility: bool,
    pub region: RegionCode,
    pub province: ProvinceCode,
    pub commune: Option<Text>,
    pub setting: Option<Setting>,
    #[serde(default)]
    pub domains: Vec<TermKey>,
    #[serde(default)]
    pub audiences: Vec<TermKey>,
    pub contact: Option<Contact>,
    pub location: Option<GeoPoint>,
    #[serde(default)]
    pub networks: Vec<Slug>,
    #[serde(default)]
    pub programmes: Vec<Participation>,
    pub people: Option<People>,
    pub governance: Option<Governance>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub address: Option<Text>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    pub programme: Slug,
    pub year: Option<i32>,
    pub role: Role,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct People {
    pub members: Option<u64>,
    pub volunteers: Option<u64>,
    pub staff: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    pub statutes_updated: Option<Date>,
    pub last_general_assembly: Option<Date>,
    pub strategic_plan: Option<bool>,
    pub internal_rules: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub title: Text,
    pub acronym: Option<String>,
    pub kind: ProgrammeKind,
    pub parent: Option<Slug>,
    pub lead: Slug,
    #[serde(default)]
    pub partners: Vec<Slug>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub status: Option<ProgrammeStatus>,
    pub regions: Option<Regions>,
    #[serde(default)]
    pub provinces: Vec<ProvinceCode>,
    pub budget: Option<Budget>,
    #[serde(default)]
    pub objectives: Vec<Text>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub amount: f64,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub title: Text,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub status: Option<MilestoneStatus>,
}

/// `all`, or a list of region codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Regions {
    All,
    List(Vec<RegionCode>),
}

impl Regions {
    pub fn list(&self) -> &[RegionCode] {
        match self {
            Regions::All => &[],
            Regions::List(v) => v,
        }
    }
}

impl<'de> Deserialize<'de> for Regions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Regions;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`all` or a list of region codes such as [MA-03, MA-07]")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Regions, E> {
                if v == "all" {
                    Ok(Regions::All)
                } else {
                    Err(E::custom(format!(
                        "expected `all` or a list of region codes, found `{v}` (write a single region as [{v}])"
                    )))
                }
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Regions, A::Error> {
                let mut v = Vec::new();
                while let Some(code) = seq.next_element::<RegionCode>()? {
                    v.push(code);
                }
                Ok(Regions::List(v))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub title: Text,
    pub issuer: Slug,
    pub programme: Option<Slug>,
    pub kind: OfferKind,
    pub published: Date,
    pub opens: Date,
    pub closes: Deadline,
    pub regions: Option<Regions>,
    #[serde(default)]
    pub domains: Vec<TermKey>,
    #[serde(default)]
    pub eligibility: Vec<Text>,
    pub amount: Option<Amount>,
    pub apply: Option<Apply>,
    pub applications_received: Option<u64>,
    #[serde(default)]
    pub awards: Vec<Award>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub total: Option<f64>,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Apply {
    pub url: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub documents: Vec<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    pub association: Slug,
    pub amount: Option<f64>,
    pub date: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    pub programme: Slug,
    pub period: Period,
    pub scope: Option<Scope>,
    pub source: Source,
    #[serde(default)]
    pub values: Vec<ResultValue>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    pub url: Option<String>,
    pub date: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultValue {
    pub indicator: TermKey,
    pub value: f64,
    pub target: Option<f64>,
    pub baseline: Option<f64>,
    pub note: Option<Text>,
    #[serde(default)]
    pub breakdown: OrderedMap<f64>,
}

/// `national`, `{region: CODE}` or `{province: CODE}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    National,
    Region(RegionCode),
    Province(ProvinceCode),
}

impl<'de> Deserialize<'de> for Scope {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scope;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`national`, {region: CODE} or {province: CODE}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scope, E> {
                if v == "national" {
                    Ok(Scope::National)
                } else {
                    Err(E::custom(format!(
                        "expected `national`, {{region: CODE}} or {{province: CODE}}, found `{v}`"
                    )))
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scope, A::Error> {
                let Some(key) = map.next_key::<String>()? else {
                    return Err(de::Error::custom(
                        "an empty scope: write `national`, {region: CODE} or {province: CODE}",
                    ));
                };
                let scope = match key.as_str() {
                    "region" => Scope::Region(map.next_value()?),
                    "province" => Scope::Province(map.next_value()?),
                    other => return Err(de::Error::unknown_field(other, &["region", "province"])),
                };
                if map.next_key::<String>()?.is_some() {
                    return Err(de::Error::custom(
                        "a scope is one region or one province, not both",
                    ));
                }
                Ok(scope)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub name: Text,
    pub acronym: Option<String>,
    pub kind: Option<InstitutionKind>,
    pub website: Option<String>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct News {
    pub title: Text,
    pub date: Date,
    pub summary: Option<Text>,
    #[serde(default)]
    pub programmes: Vec<Slug>,
    #[serde(default)]
    pub regions: Vec<RegionCode>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub title: Text,
    pub menu: Option<u32>,
    #[serde(default)]
    pub draft: bool,
    pub updated: Option<Date>,
}
