//! One typed struct per record kind, exactly the fields of SPEC.md. Unknown
//! keys are parse errors (`deny_unknown_fields`) and every closed set is an
//! enum, so a typo is reported where it is, never silently ignored.
//!
//! Each type also serializes to what its Deserialize reads back, for the
//! parse cache (src/load/cache.rs); the tests there check the round trip.

use super::date::{Date, Deadline};
use super::ids::{ProvinceCode, RegionCode, Slug, TermKey};
use super::taxonomy::OrderedMap;
use super::text::Text;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

pub use super::sets::{
    AssociationStatus, IndicatorKind, InstitutionKind, MilestoneStatus, OfferKind, ProgrammeKind,
    ProgrammeStatus, Role, Setting,
};

/// An association of the directory (`associations/SLUG.md`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Association {
    pub(crate) name: Text,
    pub(crate) acronym: Option<String>,
    pub(crate) summary: Option<Text>,
    pub(crate) founded: Option<Date>,
    pub(crate) registration: Option<String>,
    #[serde(default)]
    pub(crate) status: AssociationStatus,
    #[serde(default)]
    pub(crate) public_utility: bool,
    pub(crate) region: RegionCode,
    pub(crate) province: ProvinceCode,
    pub(crate) commune: Option<Text>,
    pub(crate) setting: Option<Setting>,
    #[serde(default)]
    pub(crate) domains: Vec<TermKey>,
    #[serde(default)]
    pub(crate) audiences: Vec<TermKey>,
    pub(crate) contact: Option<Contact>,
    pub(crate) location: Option<GeoPoint>,
    #[serde(default)]
    pub(crate) networks: Vec<Slug>,
    #[serde(default)]
    pub(crate) programmes: Vec<Participation>,
    pub(crate) people: Option<People>,
    pub(crate) governance: Option<Governance>,
    #[serde(default)]
    pub(crate) draft: bool,
    pub(crate) updated: Option<Date>,
    /// Sources of the record (an extension of the contract: see
    /// content/README.md), listed in the page's provenance block.
    #[serde(default)]
    pub(crate) sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Contact {
    pub(crate) email: Option<String>,
    pub(crate) phone: Option<String>,
    pub(crate) website: Option<String>,
    pub(crate) address: Option<Text>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GeoPoint {
    pub(crate) lat: f64,
    pub(crate) lon: f64,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Participation {
    pub(crate) programme: Slug,
    pub(crate) year: Option<i32>,
    pub(crate) role: Role,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct People {
    pub(crate) members: Option<u64>,
    pub(crate) volunteers: Option<u64>,
    pub(crate) staff: Option<u64>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Governance {
    pub(crate) statutes_updated: Option<Date>,
    pub(crate) last_general_assembly: Option<Date>,
    pub(crate) strategic_plan: Option<bool>,
    pub(crate) internal_rules: Option<bool>,
}

/// A public programme, strategy, phase or project (`programmes/SLUG.md`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub(crate) title: Text,
    pub(crate) acronym: Option<String>,
    pub(crate) kind: ProgrammeKind,
    pub(crate) parent: Option<Slug>,
    pub(crate) lead: Slug,
    #[serde(default)]
    pub(crate) partners: Vec<Slug>,
    pub(crate) start: Option<Date>,
    pub(crate) end: Option<Date>,
    pub(crate) status: Option<ProgrammeStatus>,
    pub(crate) regions: Option<Regions>,
    #[serde(default)]
    pub(crate) provinces: Vec<ProvinceCode>,
    pub(crate) budget: Option<Budget>,
    #[serde(default)]
    pub(crate) objectives: Vec<Text>,
    #[serde(default)]
    pub(crate) milestones: Vec<Milestone>,
    #[serde(default)]
    pub(crate) draft: bool,
    pub(crate) updated: Option<Date>,
    /// Sources of the record (an extension of the contract: see
    /// content/README.md), listed in the page's provenance block.
    #[serde(default)]
    pub(crate) sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Budget {
    pub(crate) amount: f64,
    pub(crate) currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Milestone {
    pub(crate) title: Text,
    pub(crate) start: Option<Date>,
    pub(crate) end: Option<Date>,
    pub(crate) status: Option<MilestoneStatus>,
}

/// `all`, or a list of region codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Regions {
    /// Every region (`all`).
    All,
    /// The regions listed.
    List(Vec<RegionCode>),
}

impl Regions {
    /// The regions listed; empty for `all`.
    pub fn list(&self) -> &[RegionCode] {
        match self {
            Regions::All => &[],
            Regions::List(v) => v,
        }
    }
}

impl Serialize for Regions {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Regions::All => s.serialize_str("all"),
            Regions::List(v) => v.serialize(s),
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
                    Err(E::custom(
                        crate::msg!("regions-not-list", value = v).encode(),
                    ))
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

/// A public support offer, call for projects or call for applications
/// (`offers/SLUG.md`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub(crate) title: Text,
    pub(crate) issuer: Slug,
    pub(crate) programme: Option<Slug>,
    pub(crate) kind: OfferKind,
    pub(crate) published: Date,
    pub(crate) opens: Date,
    pub(crate) closes: Deadline,
    pub(crate) regions: Option<Regions>,
    #[serde(default)]
    pub(crate) domains: Vec<TermKey>,
    #[serde(default)]
    pub(crate) eligibility: Vec<Text>,
    pub(crate) amount: Option<Amount>,
    pub(crate) apply: Option<Apply>,
    pub(crate) applications_received: Option<u64>,
    #[serde(default)]
    pub(crate) awards: Vec<Award>,
    #[serde(default)]
    pub(crate) draft: bool,
    pub(crate) updated: Option<Date>,
    /// Sources of the record (an extension of the contract: see
    /// content/README.md), listed in the page's provenance block.
    #[serde(default)]
    pub(crate) sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Amount {
    pub(crate) min: Option<f64>,
    pub(crate) max: Option<f64>,
    pub(crate) total: Option<f64>,
    pub(crate) currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Apply {
    pub(crate) url: Option<String>,
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) documents: Vec<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Award {
    pub(crate) association: Slug,
    pub(crate) amount: Option<f64>,
    pub(crate) date: Option<Date>,
}

/// A results report of one programme over one period (`results/SLUG.yaml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    pub(crate) programme: Slug,
    pub(crate) period: Period,
    pub(crate) scope: Option<Scope>,
    pub(crate) source: Source,
    #[serde(default)]
    pub(crate) values: Vec<ResultValue>,
    #[serde(default)]
    pub(crate) draft: bool,
    /// Date of the report's last update (`YYYY-MM-DD`), if given.
    pub updated: Option<Date>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Period {
    pub(crate) start: Date,
    pub(crate) end: Date,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Source {
    pub(crate) title: Text,
    pub(crate) url: Option<String>,
    pub(crate) date: Option<Date>,
}

/// One figure of a results report: an indicator's value, with its target
/// and baseline when known.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ResultValue {
    pub(crate) indicator: TermKey,
    pub(crate) value: f64,
    pub(crate) target: Option<f64>,
    pub(crate) baseline: Option<f64>,
    pub(crate) note: Option<Text>,
    #[serde(default)]
    pub(crate) breakdown: OrderedMap<f64>,
}

/// `national`, `{region: CODE}` or `{province: CODE}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole country (`national`).
    National,
    /// One region (`{region: CODE}`).
    Region(RegionCode),
    /// One province or prefecture (`{province: CODE}`).
    Province(ProvinceCode),
}

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // An array, not a tuple: the diagnostics registry's scan takes a
        // match arm giving a tuple that opens with a kebab-case literal for
        // a diagnostic code (src/diagnostics/codes.rs).
        let [key, code] = match self {
            Scope::National => return s.serialize_str("national"),
            Scope::Region(c) => ["region", c.as_str()],
            Scope::Province(c) => ["province", c.as_str()],
        };
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry(key, code)?;
        map.end()
    }
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
                    Err(E::custom(crate::msg!("scope-invalid", value = v).encode()))
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scope, A::Error> {
                let Some(key) = map.next_key::<String>()? else {
                    return Err(de::Error::custom(
                        crate::messages::Msg::plain("scope-empty").encode(),
                    ));
                };
                let scope = match key.as_str() {
                    "region" => Scope::Region(map.next_value()?),
                    "province" => Scope::Province(map.next_value()?),
                    other => return Err(de::Error::unknown_field(other, &["region", "province"])),
                };
                if map.next_key::<String>()?.is_some() {
                    return Err(de::Error::custom(
                        crate::messages::Msg::plain("scope-both").encode(),
                    ));
                }
                Ok(scope)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Institution {
    pub(crate) name: Text,
    pub(crate) acronym: Option<String>,
    pub(crate) kind: Option<InstitutionKind>,
    pub(crate) website: Option<String>,
    #[serde(default)]
    pub(crate) draft: bool,
    pub(crate) updated: Option<Date>,
}

/// A news item (`news/SLUG.md`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct News {
    pub(crate) title: Text,
    pub(crate) date: Date,
    pub(crate) summary: Option<Text>,
    #[serde(default)]
    pub(crate) programmes: Vec<Slug>,
    #[serde(default)]
    pub(crate) regions: Vec<RegionCode>,
    #[serde(default)]
    pub(crate) draft: bool,
    pub(crate) updated: Option<Date>,
    /// Sources of the record (an extension of the contract: see
    /// content/README.md), listed in the page's provenance block.
    #[serde(default)]
    pub(crate) sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Page {
    pub(crate) title: Text,
    pub(crate) menu: Option<u32>,
    #[serde(default)]
    pub(crate) draft: bool,
    pub(crate) updated: Option<Date>,
    /// Sources of the record (an extension of the contract: see
    /// content/README.md), listed in the page's provenance block.
    #[serde(default)]
    pub(crate) sources: Vec<Source>,
}
