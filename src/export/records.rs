//! The record kinds and taxonomies as tables (see [`super::table`]): stable
//! ids (slugs and codes), translated fields as language maps, references as
//! slugs or codes exactly as written in the content, dates as ISO 8601.

use super::table::{Cell, Child, Spec, Table, Ty, text_pairs};
use crate::model::date::{Date, Deadline, site_time_zone};
use crate::model::records::*;
use crate::model::text::Text;
use crate::model::{Kind, Record};
use crate::present::urls;
use crate::validate::Site;

/// Conversions shared by the tables.
pub struct Cx<'a> {
    pub(super) site: &'a Site,
    pub(super) langs: Vec<String>,
    /// Build each table's shape only (its columns, its children and a row
    /// of no cells per record): the data page needs the tables' names and
    /// counts, not their cells, which at 250,000 associations take seconds
    /// and a gigabyte to make.
    pub(super) shape: bool,
}

impl<'a> Cx<'a> {
    pub(super) fn new(site: &'a Site) -> Self {
        Cx {
            site,
            langs: site.config.codes().map(|l| l.to_string()).collect(),
            shape: false,
        }
    }

    /// A [`Cx`] whose tables have their shape only (the field `shape`).
    pub(super) fn shape(site: &'a Site) -> Self {
        Cx {
            shape: true,
            ..Cx::new(site)
        }
    }

    /// The rows of a nested list (index of the parent row, cells), made
    /// by `make`: none when only the shape is wanted (the field `shape`).
    pub(super) fn child_rows(
        &self,
        make: impl FnOnce() -> Vec<(usize, Vec<Cell>)>,
    ) -> Vec<(usize, Vec<Cell>)> {
        if self.shape { Vec::new() } else { make() }
    }

    pub(super) fn text(&self, t: &Text) -> Cell {
        Cell::Text(text_pairs(t, &self.langs))
    }

    pub(super) fn opt_text(&self, t: Option<&Text>) -> Cell {
        t.map_or(Cell::Null, |t| self.text(t))
    }

    pub(super) fn texts(&self, list: &[Text]) -> Cell {
        Cell::TextList(list.iter().map(|t| text_pairs(t, &self.langs)).collect())
    }

    /// The absolute URL of a record's page in the default language.
    pub(super) fn page_url(&self, kind: Kind, slug: &str) -> Cell {
        Cell::Str(format!(
            "{}{}",
            self.site.config.base_url(),
            urls::record(self.site.config.default_language, kind, slug)
        ))
    }

    /// The Markdown bodies, by language.
    pub(super) fn body<T>(&self, r: &Record<T>) -> Cell {
        let mut pairs = Vec::new();
        for l in &self.langs {
            let md = if *l == self.site.config.default_language.as_str() {
                r.body.as_ref().map(|b| &b.markdown)
            } else {
                r.translations.get(l).map(|b| &b.markdown)
            };
            if let Some(md) = md.filter(|m| !m.trim().is_empty()) {
                pairs.push((l.clone(), md.trim().to_string()));
            }
        }
        Cell::Text(pairs)
    }
}

pub(super) fn s(v: Option<&str>) -> Cell {
    v.map_or(Cell::Null, |s| Cell::Str(s.to_string()))
}

pub(super) fn st(v: &str) -> Cell {
    Cell::Str(v.to_string())
}

pub(super) fn date(d: Option<Date>) -> Cell {
    d.map_or(Cell::Null, |d| Cell::Str(d.to_string()))
}

pub(super) fn num(n: Option<f64>) -> Cell {
    n.map_or(Cell::Null, Cell::Num)
}

pub(super) fn int(n: Option<u64>) -> Cell {
    n.map_or(Cell::Null, |n| Cell::Int(n as i64))
}

pub(super) fn list<T: AsRef<str>>(v: &[T]) -> Cell {
    Cell::StrList(v.iter().map(|x| x.as_ref().to_string()).collect())
}

fn regions(r: Option<&Regions>) -> Cell {
    match r {
        None => Cell::StrList(Vec::new()),
        Some(Regions::All) => Cell::StrList(vec!["all".into()]),
        Some(Regions::List(v)) => list(&v.iter().map(|c| c.as_str()).collect::<Vec<_>>()),
    }
}

/// The last moment an offer is open, as an RFC 3339 instant with the
/// Casablanca offset of that day.
pub fn deadline_instant(d: Deadline) -> String {
    let dt = d.last_moment();
    match dt.to_zoned(site_time_zone()) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{}T{}Z", dt.date(), dt.time()),
    }
}

fn names<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|x| f(*x)).collect()
}

pub(super) fn associations(cx: &Cx) -> Table {
    let site = cx.site;
    let (cols, rows) = Spec::<Record<Association>>::new()
        .col(
            "id",
            Ty::Str,
            true,
            "slug: the record's stable identifier",
            |r| st(r.slug.as_str()),
        )
        .col("name", Ty::Text, true, "name", |r| cx.text(&r.data.name))
        .col("acronym", Ty::Str, false, "acronym", |r| {
            s(r.data.acronym.as_deref())
        })
        .col("summary", Ty::Text, false, "one or two sentences", |r| {
            cx.opt_text(r.data.summary.as_ref())
        })
        .col("founded", Ty::Date, false, "founding date", |r| {
            date(r.data.founded)
        })
        .col(
            "registration",
            Ty::Str,
            false,
            "registration receipt number",
            |r| s(r.data.registration.as_deref()),
        )
        .closed(
            "status",
            Ty::Str,
            true,
            "status",
            names(AssociationStatus::ALL, AssociationStatus::as_str),
            |r| st(r.data.status.as_str()),
        )
        .col(
            "public_utility",
            Ty::Bool,
            true,
            "recognised of public utility",
            |r| Cell::Bool(r.data.public_utility),
        )
        .col(
            "region",
            Ty::Str,
            true,
            "region code (ISO 3166-2:MA, see territories)",
            |r| st(r.data.region.as_str()),
        )
        .col(
            "province",
            Ty::Str,
            true,
            "province or prefecture code (see territories)",
            |r| st(r.data.province.as_str()),
        )
        .col("commune", Ty::Text, false, "commune", |r| {
            cx.opt_text(r.data.commune.as_ref())
        })
        .closed(
            "setting",
            Ty::Str,
            false,
            "urban or rural",
            names(Setting::ALL, Setting::as_str),
            |r| s(r.data.setting.map(Setting::as_str)),
        )
        .col(
            "domains",
            Ty::StrList,
            true,
            "domain keys (see domains)",
            |r| {
                list(
                    &r.data
                        .domains
                        .iter()
                        .map(|d| d.as_str())
                        .collect::<Vec<_>>(),
                )
            },
        )
        .col(
            "audiences",
            Ty::StrList,
            true,
            "audience keys (see audiences)",
            |r| {
                list(
                    &r.data
                        .audiences
                        .iter()
                        .map(|d| d.as_str())
                        .collect::<Vec<_>>(),
                )
            },
        )
        .col(
            "contact.email",
            Ty::Str,
            false,
            "organisation e-mail",
            |r| s(r.data.contact.as_ref().and_then(|c| c.email.as_deref())),
        )
        .col("contact.phone", Ty::Str, false, "organisation phone", |r| {
            s(r.data.contact.as_ref().and_then(|c| c.phone.as_deref()))
        })
        .col("contact.website", Ty::Uri, false, "website", |r| {
            s(r.data.contact.as_ref().and_then(|c| c.website.as_deref()))
        })
        .col("contact.address", Ty::Text, false, "postal address", |r| {
            cx.opt_text(r.data.contact.as_ref().and_then(|c| c.address.as_ref()))
        })
        .col("location.lat", Ty::Num, false, "latitude (WGS 84)", |r| {
            num(r.data.location.map(|l| l.lat))
        })
        .col("location.lon", Ty::Num, false, "longitude (WGS 84)", |r| {
            num(r.data.location.map(|l| l.lon))
        })
        .col(
            "networks",
            Ty::StrList,
            true,
            "ids of the associations it is a network with",
            |r| {
                list(
                    &r.data
                        .networks
                        .iter()
                        .map(|d| d.as_str())
                        .collect::<Vec<_>>(),
                )
            },
        )
        .col("people.members", Ty::Int, false, "members", |r| {
            int(r.data.people.and_then(|p| p.members))
        })
        .col("people.volunteers", Ty::Int, false, "volunteers", |r| {
            int(r.data.people.and_then(|p| p.volunteers))
        })
        .col("people.staff", Ty::Int, false, "staff", |r| {
            int(r.data.people.and_then(|p| p.staff))
        })
        .col(
            "governance.statutes_updated",
            Ty::Date,
            false,
            "statutes last updated",
            |r| date(r.data.governance.as_ref().and_then(|g| g.statutes_updated)),
        )
        .col(
            "governance.last_general_assembly",
            Ty::Date,
            false,
            "last general assembly",
            |r| {
                date(
                    r.data
                        .governance
                        .as_ref()
                        .and_then(|g| g.last_general_assembly),
                )
            },
        )
        .col(
            "governance.strategic_plan",
            Ty::Bool,
            false,
            "has a strategic plan",
            |r| {
                r.data
                    .governance
                    .as_ref()
                    .and_then(|g| g.strategic_plan)
                    .map_or(Cell::Null, Cell::Bool)
            },
        )
        .col(
            "governance.internal_rules",
            Ty::Bool,
            false,
            "has internal rules",
            |r| {
                r.data
                    .governance
                    .as_ref()
                    .and_then(|g| g.internal_rules)
                    .map_or(Cell::Null, Cell::Bool)
            },
        )
        .col("updated", Ty::Date, false, "record last updated", |r| {
            date(r.data.updated)
        })
        .col("url", Ty::Uri, true, "its page (default language)", |r| {
            cx.page_url(Kind::Associations, r.slug.as_str())
        })
        .col("body", Ty::Text, false, "description (Markdown)", |r| {
            cx.body(r)
        })
        .build_shaped(cx.shape, &site.associations);
    let (pcols, _) = participation_spec().build(std::iter::empty());
    let prows = cx.child_rows(|| {
        site.associations
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.data.programmes.iter().map(move |p| (i, p)))
            .map(|(i, p)| {
                (
                    i,
                    vec![
                        st(p.programme.as_str()),
                        p.year.map_or(Cell::Null, |y| Cell::Int(y.into())),
                        st(p.role.as_str()),
                    ],
                )
            })
            .collect()
    });
    Table {
        name: "associations",
        title: "Associations",
        cols,
        rows,
        children: vec![Child {
            key: "programmes",
            name: "association-programmes",
            parent: "association",
            title: "Participations of associations in programmes",
            cols: pcols,
            rows: prows,
        }],
    }
}

fn participation_spec<'a>() -> Spec<'a, ()> {
    Spec::new()
        .col("programme", Ty::Str, true, "programme id", |_| Cell::Null)
        .col("year", Ty::Int, false, "year of participation", |_| {
            Cell::Null
        })
        .closed(
            "role",
            Ty::Str,
            true,
            "role",
            names(Role::ALL, Role::as_str),
            |_| Cell::Null,
        )
}

pub(super) fn programmes(cx: &Cx) -> Table {
    let site = cx.site;
    let (cols, rows) = Spec::<Record<Programme>>::new()
        .col(
            "id",
            Ty::Str,
            true,
            "slug: the record's stable identifier",
            |r| st(r.slug.as_str()),
        )
        .col("title", Ty::Text, true, "title", |r| cx.text(&r.data.title))
        .col("acronym", Ty::Str, false, "acronym", |r| {
            s(r.data.acronym.as_deref())
        })
        .closed(
            "kind",
            Ty::Str,
            true,
            "kind",
            names(ProgrammeKind::ALL, ProgrammeKind::as_str),
            |r| st(r.data.kind.as_str()),
        )
        .col("parent", Ty::Str, false, "parent programme id", |r| {
            s(r.data.parent.as_ref().map(|p| p.as_str()))
        })
        .col("lead", Ty::Str, true, "lead institution id", |r| {
            st(r.data.lead.as_str())
        })
        .col(
            "partners",
            Ty::StrList,
            true,
            "partner institution ids",
            |r| {
                list(
                    &r.data
                        .partners
                        .iter()
                        .map(|d| d.as_str())
                        .collect::<Vec<_>>(),
                )
            },
        )
        .col("start", Ty::Date, false, "start date", |r| {
            date(r.data.start)
        })
        .col("end", Ty::Date, false, "end date", |r| date(r.data.end))
        .closed(
            "status",
            Ty::Str,
            false,
            "status as written in the record",
            names(ProgrammeStatus::ALL, ProgrammeStatus::as_str),
            |r| s(r.data.status.map(ProgrammeStatus::as_str)),
        )
        .col(
            "regions",
            Ty::StrList,
            true,
            "region codes, or the single value `all`",
            |r| regions(r.data.regions.as_ref()),
        )
        .col("provinces", Ty::StrList, true, "province codes", |r| {
            list(
                &r.data
                    .provinces
                    .iter()
                    .map(|d| d.as_str())
                    .collect::<Vec<_>>(),
            )
        })
        .col("budget.amount", Ty::Num, false, "budget", |r| {
            num(r.data.budget.as_ref().map(|b| b.amount))
        })
        .col(
            "budget.currency",
            Ty::Str,
            false,
            "budget currency (ISO 4217)",
            |r| {
                s(r.data
                    .budget
                    .as_ref()
                    .map(|b| b.currency.as_deref().unwrap_or("MAD")))
            },
        )
        .col("objectives", Ty::TextList, true, "objectives", |r| {
            cx.texts(&r.data.objectives)
        })
        .col("updated", Ty::Date, false, "record last updated", |r| {
            date(r.data.updated)
        })
        .col("url", Ty::Uri, true, "its page (default language)", |r| {
            cx.page_url(Kind::Programmes, r.slug.as_str())
        })
        .col("body", Ty::Text, false, "description (Markdown)", |r| {
            cx.body(r)
        })
        .build_shaped(cx.shape, &site.programmes);
    let (mcols, _) = Spec::<()>::new()
        .col("title", Ty::Text, true, "milestone", |_| Cell::Null)
        .col("start", Ty::Date, false, "start", |_| Cell::Null)
        .col("end", Ty::Date, false, "end", |_| Cell::Null)
        .closed(
            "status",
            Ty::Str,
            false,
            "status",
            names(MilestoneStatus::ALL, MilestoneStatus::as_str),
            |_| Cell::Null,
        )
        .build(std::iter::empty());
    let mrows = cx.child_rows(|| {
        site.programmes
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.data.milestones.iter().map(move |m| (i, m)))
            .map(|(i, m)| {
                (
                    i,
                    vec![
                        cx.text(&m.title),
                        date(m.start),
                        date(m.end),
                        s(m.status.map(MilestoneStatus::as_str)),
                    ],
                )
            })
            .collect()
    });
    Table {
        name: "programmes",
        title: "Programmes, their phases and projects",
        cols,
        rows,
        children: vec![Child {
            key: "milestones",
            name: "programme-milestones",
            parent: "programme",
            title: "Milestones of programmes",
            cols: mcols,
            rows: mrows,
        }],
    }
}

/// Offers sorted by slug (the site keeps them by closing date).
fn offers_by_slug(site: &Site) -> Vec<usize> {
    let mut v: Vec<usize> = (0..site.offers.len()).collect();
    v.sort_by(|a, b| site.offers[*a].slug.cmp(&site.offers[*b].slug));
    v
}

pub(super) fn offers(cx: &Cx) -> Table {
    let site = cx.site;
    let order = offers_by_slug(site);
    let (cols, rows) = Spec::<usize>::new()
        .col("id", Ty::Str, true, "slug: the record's stable identifier", |&i| st(site.offers[i].slug.as_str()))
        .col("title", Ty::Text, true, "title", |&i| cx.text(&site.offers[i].data.title))
        .col("issuer", Ty::Str, true, "issuing institution id", |&i| st(site.offers[i].data.issuer.as_str()))
        .col("programme", Ty::Str, false, "programme id", |&i| s(site.offers[i].data.programme.as_ref().map(|p| p.as_str())))
        .closed("kind", Ty::Str, true, "kind", names(OfferKind::ALL, OfferKind::as_str), |&i| st(site.offers[i].data.kind.as_str()))
        .col("published", Ty::Date, true, "publication date", |&i| date(Some(site.offers[i].data.published)))
        .col("opens", Ty::Date, true, "opening date", |&i| date(Some(site.offers[i].data.opens)))
        .col("closes", Ty::Str, true, "deadline as written: a date (open until 23:59:59) or a local date-time YYYY-MM-DDTHH:MM, Africa/Casablanca", |&i| st(&site.offers[i].data.closes.to_string()))
        .col("closes_at", Ty::DateTime, true, "the last moment the offer is open, RFC 3339 with the Casablanca offset", |&i| st(&deadline_instant(site.offers[i].data.closes)))
        .closed("status", Ty::Str, true, "status on the build date", vec!["open", "upcoming", "closed"], |&i| st(site.offer_status[i].as_str()))
        .col("regions", Ty::StrList, true, "region codes, or the single value `all`", |&i| regions(site.offers[i].data.regions.as_ref()))
        .col("domains", Ty::StrList, true, "domain keys", |&i| list(&site.offers[i].data.domains.iter().map(|d| d.as_str()).collect::<Vec<_>>()))
        .col("eligibility", Ty::TextList, true, "eligibility conditions", |&i| cx.texts(&site.offers[i].data.eligibility))
        .col("amount.min", Ty::Num, false, "minimum amount per award", |&i| num(site.offers[i].data.amount.as_ref().and_then(|a| a.min)))
        .col("amount.max", Ty::Num, false, "maximum amount per award", |&i| num(site.offers[i].data.amount.as_ref().and_then(|a| a.max)))
        .col("amount.total", Ty::Num, false, "total amount", |&i| num(site.offers[i].data.amount.as_ref().and_then(|a| a.total)))
        .col("amount.currency", Ty::Str, false, "currency (ISO 4217)", |&i| s(site.offers[i].data.amount.as_ref().map(|a| a.currency.as_deref().unwrap_or("MAD"))))
        .col("apply.url", Ty::Uri, false, "where to apply", |&i| s(site.offers[i].data.apply.as_ref().and_then(|a| a.url.as_deref())))
        .col("apply.email", Ty::Str, false, "e-mail to apply", |&i| s(site.offers[i].data.apply.as_ref().and_then(|a| a.email.as_deref())))
        .col("apply.documents", Ty::TextList, false, "documents to provide", |&i| site.offers[i].data.apply.as_ref().map_or(Cell::Null, |a| cx.texts(&a.documents)))
        .col("applications_received", Ty::Int, false, "applications received", |&i| int(site.offers[i].data.applications_received))
        .col("updated", Ty::Date, false, "record last updated", |&i| date(site.offers[i].data.updated))
        .col("url", Ty::Uri, true, "its page (default language)", |&i| cx.page_url(Kind::Offers, site.offers[i].slug.as_str()))
        .col("body", Ty::Text, false, "description (Markdown)", |&i| cx.body(&site.offers[i]))
        .build_shaped(cx.shape, &order);
    let (acols, _) = Spec::<()>::new()
        .col(
            "association",
            Ty::Str,
            true,
            "recipient association id",
            |_| Cell::Null,
        )
        .col("amount", Ty::Num, false, "amount awarded", |_| Cell::Null)
        .col("currency", Ty::Str, true, "currency (ISO 4217)", |_| {
            Cell::Null
        })
        .col("date", Ty::Date, false, "award date", |_| Cell::Null)
        .build(std::iter::empty());
    let arows = cx.child_rows(|| {
        order
            .iter()
            .enumerate()
            .flat_map(|(row, &i)| site.offers[i].data.awards.iter().map(move |a| (row, i, a)))
            .map(|(row, i, a)| {
                let currency = site.offers[i]
                    .data
                    .amount
                    .as_ref()
                    .and_then(|m| m.currency.as_deref())
                    .unwrap_or("MAD");
                (
                    row,
                    vec![
                        st(a.association.as_str()),
                        num(a.amount),
                        st(currency),
                        date(a.date),
                    ],
                )
            })
            .collect()
    });
    Table {
        name: "offers",
        title: "Public support offers, calls for projects and applications",
        cols,
        rows,
        children: vec![Child {
            key: "awards",
            name: "awards",
            parent: "offer",
            title: "Awards of offers to associations",
            cols: acols,
            rows: arows,
        }],
    }
}

pub(super) fn institutions(cx: &Cx) -> Table {
    let (cols, rows) = Spec::<Record<Institution>>::new()
        .col(
            "id",
            Ty::Str,
            true,
            "slug: the record's stable identifier",
            |r| st(r.slug.as_str()),
        )
        .col("name", Ty::Text, true, "name", |r| cx.text(&r.data.name))
        .col("acronym", Ty::Str, false, "acronym", |r| {
            s(r.data.acronym.as_deref())
        })
        .closed(
            "kind",
            Ty::Str,
            false,
            "kind",
            names(InstitutionKind::ALL, InstitutionKind::as_str),
            |r| s(r.data.kind.map(InstitutionKind::as_str)),
        )
        .col("website", Ty::Uri, false, "website", |r| {
            s(r.data.website.as_deref())
        })
        .col("updated", Ty::Date, false, "record last updated", |r| {
            date(r.data.updated)
        })
        .build_shaped(cx.shape, &cx.site.institutions);
    Table {
        name: "institutions",
        title: "Institutions that lead, fund or issue",
        cols,
        rows,
        children: Vec::new(),
    }
}

pub(super) fn news(cx: &Cx) -> Table {
    let mut order: Vec<&Record<News>> = cx.site.news.iter().collect();
    order.sort_by(|a, b| a.slug.cmp(&b.slug));
    let (cols, rows) = Spec::<&Record<News>>::new()
        .col(
            "id",
            Ty::Str,
            true,
            "slug: the record's stable identifier",
            |r| st(r.slug.as_str()),
        )
        .col("title", Ty::Text, true, "title", |r| cx.text(&r.data.title))
        .col("date", Ty::Date, true, "date", |r| date(Some(r.data.date)))
        .col("summary", Ty::Text, false, "summary", |r| {
            cx.opt_text(r.data.summary.as_ref())
        })
        .col("programmes", Ty::StrList, true, "programme ids", |r| {
            list(
                &r.data
                    .programmes
                    .iter()
                    .map(|d| d.as_str())
                    .collect::<Vec<_>>(),
            )
        })
        .col("regions", Ty::StrList, true, "region codes", |r| {
            list(
                &r.data
                    .regions
                    .iter()
                    .map(|d| d.as_str())
                    .collect::<Vec<_>>(),
            )
        })
        .col("updated", Ty::Date, false, "record last updated", |r| {
            date(r.data.updated)
        })
        .col("url", Ty::Uri, true, "its page (default language)", |r| {
            cx.page_url(Kind::News, r.slug.as_str())
        })
        .col("body", Ty::Text, false, "text (Markdown)", |r| cx.body(r))
        .build_shaped(cx.shape, &order);
    Table {
        name: "news",
        title: "News",
        cols,
        rows,
        children: Vec::new(),
    }
}

pub(super) fn pages(cx: &Cx) -> Table {
    let (cols, rows) = Spec::<Record<Page>>::new()
        .col(
            "id",
            Ty::Str,
            true,
            "slug: the record's stable identifier",
            |r| st(r.slug.as_str()),
        )
        .col("title", Ty::Text, true, "title", |r| cx.text(&r.data.title))
        .col("menu", Ty::Int, false, "order in the main menu", |r| {
            r.data.menu.map_or(Cell::Null, |m| Cell::Int(m.into()))
        })
        .col("updated", Ty::Date, false, "record last updated", |r| {
            date(r.data.updated)
        })
        .col("url", Ty::Uri, true, "its page (default language)", |r| {
            cx.page_url(Kind::Pages, r.slug.as_str())
        })
        .col("body", Ty::Text, false, "text (Markdown)", |r| cx.body(r))
        .build_shaped(cx.shape, &cx.site.pages);
    Table {
        name: "pages",
        title: "Pages",
        cols,
        rows,
        children: Vec::new(),
    }
}

/// IATI result types: 1 output, 2 outcome, 3 impact.
fn iati_type(k: IndicatorKind) -> i64 {
    match k {
        IndicatorKind::Output => 1,
        IndicatorKind::Outcome => 2,
        IndicatorKind::Impact => 3,
    }
}

/// One value of a results report, with what the IATI result model needs.
pub struct ResultRow<'a> {
    pub(super) id: String,
    pub(super) report: &'a Record<Results>,
    pub(super) value: &'a ResultValue,
}

pub(super) fn result_rows(site: &Site) -> Vec<ResultRow<'_>> {
    let mut rows: Vec<ResultRow> = Vec::new();
    for r in &site.results {
        for v in &r.data.values {
            let base = format!("{}/{}", r.slug, v.indicator);
            let mut id = base.clone();
            let mut n = 2;
            while rows.iter().any(|x| x.id == id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            rows.push(ResultRow {
                id,
                report: r,
                value: v,
            });
        }
    }
    rows
}

pub(super) fn results(cx: &Cx) -> Table {
    let site = cx.site;
    let rows_in = result_rows(site);
    let ind = |k: &str| site.tax.indicators.get(k);
    let (cols, rows) = Spec::<ResultRow>::new()
        .col("id", Ty::Str, true, "report id / indicator key", |x| {
            st(&x.id)
        })
        .col("report", Ty::Str, true, "results report id", |x| {
            st(x.report.slug.as_str())
        })
        .col("programme", Ty::Str, true, "programme id", |x| {
            st(x.report.data.programme.as_str())
        })
        .col(
            "indicator",
            Ty::Str,
            true,
            "indicator key (see indicators)",
            |x| st(x.value.indicator.as_str()),
        )
        .col("indicator_name", Ty::Text, false, "indicator", |x| {
            cx.opt_text(ind(x.value.indicator.as_str()).map(|i| &i.name))
        })
        .col("unit", Ty::Text, false, "unit of measure", |x| {
            cx.opt_text(ind(x.value.indicator.as_str()).and_then(|i| i.unit.as_ref()))
        })
        .closed(
            "result_type",
            Ty::Str,
            true,
            "IATI result level",
            names(IndicatorKind::ALL, IndicatorKind::as_str),
            |x| st(ind(x.value.indicator.as_str()).map_or("output", |i| i.kind.as_str())),
        )
        .col(
            "iati_result_type",
            Ty::Int,
            true,
            "IATI ResultType code: 1 output, 2 outcome, 3 impact",
            |x| {
                Cell::Int(iati_type(
                    ind(x.value.indicator.as_str()).map_or(IndicatorKind::Output, |i| i.kind),
                ))
            },
        )
        .col("period.start", Ty::Date, true, "period start", |x| {
            date(Some(x.report.data.period.start))
        })
        .col("period.end", Ty::Date, true, "period end", |x| {
            date(Some(x.report.data.period.end))
        })
        .col("baseline", Ty::Num, false, "baseline value", |x| {
            num(x.value.baseline)
        })
        .col("target", Ty::Num, false, "target value", |x| {
            num(x.value.target)
        })
        .col("actual", Ty::Num, true, "actual value achieved", |x| {
            Cell::Num(x.value.value)
        })
        .closed(
            "scope.type",
            Ty::Str,
            false,
            "scope",
            vec!["national", "region", "province"],
            |x| match &x.report.data.scope {
                Some(Scope::National) => st("national"),
                Some(Scope::Region(_)) => st("region"),
                Some(Scope::Province(_)) => st("province"),
                None => Cell::Null,
            },
        )
        .col(
            "scope.code",
            Ty::Str,
            false,
            "region or province code",
            |x| match &x.report.data.scope {
                Some(Scope::Region(c)) => st(c.as_str()),
                Some(Scope::Province(c)) => st(c.as_str()),
                _ => Cell::Null,
            },
        )
        .col(
            "source.title",
            Ty::Text,
            true,
            "source of the figure",
            |x| cx.text(&x.report.data.source.title),
        )
        .col("source.url", Ty::Uri, false, "source address", |x| {
            s(x.report.data.source.url.as_deref())
        })
        .col("source.date", Ty::Date, false, "source date", |x| {
            date(x.report.data.source.date)
        })
        .col("note", Ty::Text, false, "note", |x| {
            cx.opt_text(x.value.note.as_ref())
        })
        .col(
            "url",
            Ty::Uri,
            true,
            "the report on the results page (default language)",
            |x| cx.page_url(Kind::Results, x.report.slug.as_str()),
        )
        .build_shaped(cx.shape, &rows_in);
    let (bcols, _) = Spec::<()>::new()
        .col(
            "key",
            Ty::Str,
            true,
            "breakdown key (a territory code or a free key)",
            |_| Cell::Null,
        )
        .col("value", Ty::Num, true, "value", |_| Cell::Null)
        .build(std::iter::empty());
    let brows = cx.child_rows(|| {
        rows_in
            .iter()
            .enumerate()
            .flat_map(|(i, x)| {
                x.value
                    .breakdown
                    .iter()
                    .map(move |(k, v)| (i, vec![st(k), Cell::Num(*v)]))
            })
            .collect()
    });
    Table {
        name: "results",
        title: "Results of programmes (IATI result model: one row per indicator and period)",
        cols,
        rows,
        children: vec![Child {
            key: "breakdown",
            name: "result-breakdowns",
            parent: "result",
            title: "Breakdowns of results (by territory or other key)",
            cols: bcols,
            rows: brows,
        }],
    }
}

/// Regions and provinces in one table.
pub fn territories(cx: &Cx) -> Table {
    struct T<'a> {
        code: &'a str,
        kind: &'static str,
        region: Option<&'a str>,
        name: &'a Text,
    }
    let mut items = Vec::new();
    for r in &cx.site.tax.regions {
        items.push(T {
            code: r.code.as_str(),
            kind: "region",
            region: None,
            name: &r.name,
        });
        for p in &r.provinces {
            items.push(T {
                code: p.code.as_str(),
                kind: "province",
                region: Some(r.code.as_str()),
                name: &p.name,
            });
        }
    }
    let (cols, rows) = Spec::<T>::new()
        .col("id", Ty::Str, true, "ISO 3166-2:MA code", |t| st(t.code))
        .closed(
            "kind",
            Ty::Str,
            true,
            "region, or province or prefecture",
            vec!["region", "province"],
            |t| st(t.kind),
        )
        .col("region", Ty::Str, false, "the region of a province", |t| {
            s(t.region)
        })
        .col("name", Ty::Text, true, "name", |t| cx.text(t.name))
        .build_shaped(cx.shape, &items);
    Table {
        name: "territories",
        title: "Regions, provinces and prefectures",
        cols,
        rows,
        children: Vec::new(),
    }
}

pub(super) fn terms(
    cx: &Cx,
    name: &'static str,
    title: &'static str,
    map: &crate::model::taxonomy::OrderedMap<crate::model::taxonomy::Term>,
) -> Table {
    let items: Vec<(&str, &Text)> = map.iter().map(|(k, t)| (k, &t.name)).collect();
    let (cols, rows) = Spec::<(&str, &Text)>::new()
        .col("id", Ty::Str, true, "key", |t| st(t.0))
        .col("name", Ty::Text, true, "name", |t| cx.text(t.1))
        .build_shaped(cx.shape, &items);
    Table {
        name,
        title,
        cols,
        rows,
        children: Vec::new(),
    }
}

pub(super) fn indicators(cx: &Cx) -> Table {
    let items: Vec<(&str, &crate::model::taxonomy::Indicator)> =
        cx.site.tax.indicators.iter().collect();
    let (cols, rows) = Spec::<(&str, &crate::model::taxonomy::Indicator)>::new()
        .col("id", Ty::Str, true, "key", |t| st(t.0))
        .col("name", Ty::Text, true, "name", |t| cx.text(&t.1.name))
        .col("unit", Ty::Text, false, "unit", |t| {
            cx.opt_text(t.1.unit.as_ref())
        })
        .closed(
            "kind",
            Ty::Str,
            true,
            "result level",
            names(IndicatorKind::ALL, IndicatorKind::as_str),
            |t| st(t.1.kind.as_str()),
        )
        .build_shaped(cx.shape, &items);
    Table {
        name: "indicators",
        title: "Indicators of results",
        cols,
        rows,
        children: Vec::new(),
    }
}

/// Every table, in the order of the data page.
pub fn all(cx: &Cx) -> Vec<Table> {
    builders().into_iter().map(|b| b(cx)).collect()
}

/// A function that builds one table.
pub type Builder = fn(&Cx) -> Table;

/// The builders of every table, in the order of the data page and of
/// `datapackage.json`, so that a caller can build one table at a time.
pub fn builders() -> Vec<Builder> {
    vec![
        associations,
        programmes,
        offers,
        results,
        institutions,
        news,
        pages,
        territories,
        |cx| terms(cx, "domains", "Domains of activity", &cx.site.tax.domains),
        |cx| terms(cx, "audiences", "Audiences", &cx.site.tax.audiences),
        indicators,
    ]
}
