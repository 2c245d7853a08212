//! What every rule of validation is given ([`Ctx`]): the configuration,
//! the taxonomies, the slugs of every kind, the diagnostics found so far
//! and the translation coverage.

use super::coverage::Coverage;
use super::names::{self, Guess, Label};
use crate::diagnostics::{Diagnostic, Severity, nearest};
use crate::messages::Msg;
use crate::model::Kind;
use crate::model::config::SiteConfig;
use crate::model::date::Today;
use crate::model::lang::Lang;
use crate::model::taxonomy::{Province, Region, Taxonomies};
use crate::model::text::Text;
use crate::msg;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// What every rule needs: the configuration, the taxonomies, the slugs of
/// every kind, and the place to put diagnostics.
pub(super) struct Ctx<'a> {
    pub(super) config: &'a SiteConfig,
    pub(super) tax: &'a Taxonomies,
    pub(super) today: &'a Today,
    pub(super) regions: HashMap<&'a str, &'a Region>,
    /// Province code -> (province, its region).
    pub(super) provinces: HashMap<&'a str, (&'a Province, &'a Region)>,
    pub(super) slugs: HashMap<Kind, HashSet<String>>,
    /// Slugs of records marked as drafts, by kind.
    pub(super) drafts: HashMap<Kind, HashSet<String>>,
    /// The slug, acronym and name of each record, by kind: what an editor
    /// may write instead of a slug (read only for an unknown reference, to
    /// say which slug to write).
    labels: HashMap<Kind, Vec<Label<'a>>>,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) coverage: Coverage,
    /// The texts each record lacks in each language: file, language, fields.
    pub(super) missing: Vec<(std::path::PathBuf, Lang, Vec<String>)>,
    languages: Vec<Lang>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(config: &'a SiteConfig, tax: &'a Taxonomies, today: &'a Today) -> Self {
        let regions = tax.regions.iter().map(|r| (r.code.as_str(), r)).collect();
        let provinces = tax
            .regions
            .iter()
            .flat_map(|r| r.provinces.iter().map(move |p| (p.code.as_str(), (p, r))))
            .collect();
        Ctx {
            config,
            tax,
            today,
            regions,
            provinces,
            slugs: HashMap::new(),
            drafts: HashMap::new(),
            labels: HashMap::new(),
            diagnostics: Vec::new(),
            coverage: Coverage::default(),
            missing: Vec::new(),
            languages: config.codes().collect(),
        }
    }

    /// A context with the same site, slugs and labels and nothing found
    /// yet, for rules that run on another thread at the same time
    /// ([`super::validate_keeping`]): its diagnostics go after this one's.
    pub(super) fn fork(&self) -> Ctx<'a> {
        Ctx {
            config: self.config,
            tax: self.tax,
            today: self.today,
            regions: self.regions.clone(),
            provinces: self.provinces.clone(),
            slugs: self.slugs.clone(),
            drafts: self.drafts.clone(),
            labels: self.labels.clone(),
            diagnostics: Vec::new(),
            coverage: Coverage::default(),
            missing: Vec::new(),
            languages: self.languages.clone(),
        }
    }

    /// Takes what a [`Ctx::fork`] found: its diagnostics after this one's,
    /// its coverage and missing texts.
    pub(super) fn absorb(&mut self, mut other: Ctx) {
        self.diagnostics.append(&mut other.diagnostics);
        self.coverage.merge(&other.coverage);
        self.missing.append(&mut other.missing);
    }

    pub(super) fn index_slugs(&mut self, content: &'a crate::load::Content) {
        fn collect<'a, T>(
            ctx: &mut Ctx<'a>,
            kind: Kind,
            records: &'a [crate::model::Record<T>],
            is_draft: impl Fn(&T) -> bool,
            label: impl Fn(&'a T) -> (Option<&'a str>, Option<&'a Text>),
        ) {
            let mut seen: HashMap<&str, &Path> = HashMap::new();
            let mut labels = Vec::with_capacity(records.len());
            for r in records {
                if let Some(first) = seen.insert(r.slug.as_str(), &r.file) {
                    ctx.diagnostics.push(
                        Diagnostic::error(
                            "duplicate-slug",
                            &r.file,
                            crate::diagnostics::Locus::File,
                            msg!(
                                "duplicate-slug",
                                kind = kind_name(kind),
                                slug = r.slug.as_str()
                            ),
                        )
                        .with_help(msg!("duplicate-slug--help", other = first)),
                    );
                }
                if is_draft(&r.data) {
                    ctx.drafts.entry(kind).or_default().insert(r.slug.0.clone());
                }
                let (acronym, name) = label(&r.data);
                labels.push(Label {
                    slug: r.slug.as_str(),
                    acronym,
                    name,
                });
            }
            ctx.labels.insert(kind, labels);
            ctx.slugs
                .insert(kind, records.iter().map(|r| r.slug.0.clone()).collect());
        }
        collect(
            self,
            Kind::Associations,
            &content.associations,
            |d| d.draft,
            |d| (d.acronym.as_deref(), Some(&d.name)),
        );
        collect(
            self,
            Kind::Programmes,
            &content.programmes,
            |d| d.draft,
            |d| (d.acronym.as_deref(), Some(&d.title)),
        );
        collect(
            self,
            Kind::Offers,
            &content.offers,
            |d| d.draft,
            |d| (None, Some(&d.title)),
        );
        collect(
            self,
            Kind::Results,
            &content.results,
            |d| d.draft,
            |_| (None, None),
        );
        collect(
            self,
            Kind::Institutions,
            &content.institutions,
            |d| d.draft,
            |d| (d.acronym.as_deref(), Some(&d.name)),
        );
        collect(
            self,
            Kind::News,
            &content.news,
            |d| d.draft,
            |d| (None, Some(&d.title)),
        );
        collect(
            self,
            Kind::Pages,
            &content.pages,
            |d| d.draft,
            |d| (None, Some(&d.title)),
        );
    }

    pub(super) fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    pub(super) fn error(
        &mut self,
        code: &'static str,
        file: &Path,
        path: impl Into<String>,
        message: Msg,
        help: Option<Msg>,
    ) {
        self.push(
            Diagnostic::at_path(code, Severity::Error, file, path, message).with_help_opt(help),
        );
    }

    pub(super) fn warning(
        &mut self,
        code: &'static str,
        file: &Path,
        path: impl Into<String>,
        message: Msg,
        help: Option<Msg>,
    ) {
        self.push(
            Diagnostic::at_path(code, Severity::Warning, file, path, message).with_help_opt(help),
        );
    }

    /// The records of `kind` as references may name them, in slug order:
    /// every known slug (files that did not parse too), with the acronym
    /// and name of those that did.
    fn labels_of(&self, kind: Kind) -> Vec<Label<'_>> {
        let mut out: Vec<Label> = self.labels.get(&kind).cloned().unwrap_or_default();
        let labelled: HashSet<&str> = out.iter().map(|l| l.slug).collect();
        let bare = self.slugs.get(&kind).into_iter().flatten();
        let bare: Vec<Label> = bare
            .filter(|s| !labelled.contains(s.as_str()))
            .map(|s| Label {
                slug: s,
                acronym: None,
                name: None,
            })
            .collect();
        out.extend(bare);
        // Stable: of two records with one slug, the first one read stays.
        out.sort_by_key(|l| l.slug);
        out.dedup_by_key(|l| l.slug);
        out
    }

    /// A name (of a record, a territory, a term) as help lines show it:
    /// in French for the English and French messages, in Arabic for the
    /// Arabic ones (each else in the site's other languages). Messages
    /// take both, as `name` and `name_ar`: the catalogue of each language
    /// uses its own.
    pub(super) fn shown(&self, name: &Text) -> (String, String) {
        let get = |lang| {
            name.get(&self.config.chain(Lang::new(lang)))
                .text
                .to_string()
        };
        (get("fr"), get("ar"))
    }

    /// What to write instead of `written`, an unknown reference to a
    /// record of `kind`: the slug of the record it names by its acronym,
    /// its name or a near spelling; else the closest existing slugs (at
    /// most 8), or how to create the first record of the kind.
    fn reference_hint(&self, kind: Kind, written: &str) -> Msg {
        const SHOWN: usize = 8;
        let labels = self.labels_of(kind);
        let folder = kind.folder();
        let dir = format!("content/{folder}/");
        let ext = if kind.is_markdown() { "md" } else { "yaml" };
        let name_of = |slug: &str| {
            labels
                .iter()
                .find(|l| l.slug == slug)
                .and_then(|l| l.name)
                .map(|n| self.shown(n))
                .filter(|(fr, ar)| !fr.trim().is_empty() && !ar.trim().is_empty())
        };
        let empty = written.trim().is_empty();
        match names::guess(written, &labels) {
            Some(Guess::Acronym(slug)) => {
                let (name, name_ar) = name_of(slug).unwrap_or_default();
                return msg!(
                    "unknown-reference--help-acronym",
                    slug = slug,
                    name = name,
                    name_ar = name_ar,
                    written = written,
                    file = format!("content/{folder}/{slug}.{ext}"),
                );
            }
            Some(Guess::Name(slug, name)) => {
                // The record's name in French and in Arabic, not only in
                // the language the editor wrote it in.
                let (name, name_ar) =
                    name_of(slug).unwrap_or_else(|| (name.to_string(), name.to_string()));
                return msg!(
                    "unknown-reference--help-name",
                    slug = slug,
                    name = name,
                    name_ar = name_ar,
                    file = format!("content/{folder}/{slug}.{ext}"),
                );
            }
            Some(Guess::Near(slug)) => {
                return match name_of(slug) {
                    Some((name, name_ar)) => msg!(
                        "unknown-reference--help-nearest",
                        slug = slug,
                        name = name,
                        name_ar = name_ar
                    ),
                    None => msg!("unknown-reference--help-nearest-slug", slug = slug),
                };
            }
            None => {}
        }
        let new = crate::model::ids::suggest_slug(written);
        if labels.is_empty() {
            return if new.is_empty() {
                msg!(
                    "unknown-reference--help-none-yet-empty",
                    kind = kind_name(kind),
                    dir = dir.as_str(),
                    ext = ext,
                )
            } else {
                msg!(
                    "unknown-reference--help-none-yet",
                    kind = kind_name(kind),
                    dir = dir.as_str(),
                    file = format!("content/{folder}/{new}.{ext}"),
                )
            };
        }
        let closest = names::closest(written, &labels, SHOWN);
        let (items, items_ar): (Vec<String>, Vec<String>) = closest
            .iter()
            .map(|l| match name_of(l.slug) {
                Some((fr, ar)) => (format!("`{}` ({fr})", l.slug), format!("{} ({ar})", l.slug)),
                None => (format!("`{}`", l.slug), l.slug.to_string()),
            })
            .unzip();
        let more = labels.len() - items.len();
        let existing = if more == 0 {
            msg!(
                "unknown-reference--existing",
                items = items,
                items_ar = items_ar,
                dir = dir.as_str()
            )
        } else {
            msg!(
                "unknown-reference--closest",
                items = items,
                items_ar = items_ar,
                more = more,
                dir = dir.as_str()
            )
        };
        if empty || new.is_empty() {
            msg!(
                "unknown-reference--help-pick",
                kind = kind_name(kind),
                existing = existing,
            )
        } else {
            msg!(
                "unknown-reference--help",
                kind = kind_name(kind),
                existing = existing,
                file = format!("content/{folder}/{new}.{ext}"),
            )
        }
    }

    /// A reference to a record of `kind` must name an existing record.
    pub(super) fn check_ref(
        &mut self,
        file: &Path,
        path: &str,
        kind: Kind,
        slug: &str,
        field: &str,
    ) -> bool {
        let exists = self.slugs.get(&kind).is_some_and(|s| s.contains(slug));
        if !exists {
            let help = self.reference_hint(kind, slug);
            let message = if slug.trim().is_empty() {
                msg!(
                    "unknown-reference--empty",
                    field = field,
                    kind = kind_name(kind)
                )
            } else {
                msg!(
                    "unknown-reference",
                    field = field,
                    kind = kind_name(kind),
                    slug = slug
                )
            };
            self.error("unknown-reference", file, path, message, Some(help));
        }
        exists
    }

    /// The suggestion for a link to an unknown record of `kind`: the slug
    /// it most likely means (by acronym, name or spelling).
    pub(super) fn guess_slug(&self, kind: Kind, written: &str) -> Option<String> {
        let labels = self.labels_of(kind);
        match names::guess(written, &labels)? {
            Guess::Acronym(s) | Guess::Name(s, _) | Guess::Near(s) => Some(s.to_string()),
        }
    }

    /// An empty region or province: says so, with an example code.
    /// Returns false (the reference is not valid).
    fn empty_territory(&mut self, code: &'static str, file: &Path, path: &str) -> bool {
        let (message, help) = match code {
            "unknown-region" => ("unknown-region--empty", "unknown-region--empty-help"),
            _ => ("unknown-province--empty", "unknown-province--empty-help"),
        };
        self.error(
            code,
            file,
            path,
            Msg::plain(message),
            Some(Msg::plain(help)),
        );
        false
    }

    pub(super) fn check_region(&mut self, file: &Path, path: &str, code: &str) -> bool {
        if self.regions.contains_key(code) {
            return true;
        }
        if code.trim().is_empty() {
            return self.empty_territory("unknown-region", file, path);
        }
        let help = self.region_hint(code);
        self.error(
            "unknown-region",
            file,
            path,
            msg!("unknown-region", code = code),
            Some(help),
        );
        false
    }

    fn region_hint(&self, code: &str) -> Msg {
        if let Some((found, name)) = self.territory_by_name(code, false) {
            let (name, name_ar) = self.shown(name);
            return msg!(
                "unknown-region--help-name",
                code = found,
                name = name,
                name_ar = name_ar
            );
        }
        match nearest(code, self.regions.keys().copied()) {
            Some(n) => {
                let (name, name_ar) = self.shown(&self.regions[n].name);
                msg!(
                    "unknown-region--help-nearest",
                    code = n,
                    name = name,
                    name_ar = name_ar
                )
            }
            None => msg!("unknown-region--help"),
        }
    }

    /// The territory named `written` (a region, or with `provinces` a
    /// province or prefecture first): its code and name. Names are
    /// compared folded (case, accents, hyphens, spaces, «جهة», «إقليم»,
    /// «عمالة», «région», «province», «préfecture» left out); a written
    /// name of 4 letters or more may be the start of the name (`Agadir`
    /// for Agadir-Ida-Ou-Tanane).
    fn territory_by_name(&self, written: &str, provinces: bool) -> Option<(&'a str, &'a Text)> {
        let want = fold_name(written);
        if want.is_empty() {
            return None;
        }
        let matches = |names: Vec<&str>, prefix: bool| {
            names.iter().any(|n| {
                let n = fold_name(n);
                n == want || (prefix && want.chars().count() >= 4 && n.starts_with(&want))
            })
        };
        let tax: &'a Taxonomies = self.tax;
        let regions = tax.regions.iter().map(|r| (r.code.as_str(), &r.name));
        let all_provinces = tax
            .regions
            .iter()
            .flat_map(|r| &r.provinces)
            .map(|p| (p.code.as_str(), &p.name));
        let candidates: Vec<(&'a str, &'a Text)> = if provinces {
            all_provinces.chain(regions).collect()
        } else {
            regions.chain(all_provinces).collect()
        };
        [false, true].into_iter().find_map(|prefix| {
            candidates
                .iter()
                .find(|(_, name)| matches(name.all(), prefix))
                .copied()
        })
    }

    /// A province must exist and, when `region` is given, belong to it.
    pub(super) fn check_province(
        &mut self,
        file: &Path,
        path: &str,
        code: &str,
        region: Option<&str>,
    ) -> bool {
        if code.trim().is_empty() {
            return self.empty_territory("unknown-province", file, path);
        }
        let Some(&(_, its_region)) = self.provinces.get(code) else {
            // A name instead of a code is the commonest mistake: match names
            // too, in any language, with or without accents or hyphens.
            let help = match self.territory_by_name(code, true) {
                Some((found, name)) => {
                    let (name, name_ar) = self.shown(name);
                    msg!(
                        "unknown-province--help-name",
                        code = found,
                        name = name,
                        name_ar = name_ar
                    )
                }
                None => {
                    // Prefer the provinces of the record's region: the
                    // likeliest typo is a neighbour's code.
                    let in_region = region
                        .and_then(|r| self.regions.get(r))
                        .and_then(|r| nearest(code, r.provinces.iter().map(|p| p.code.as_str())));
                    match in_region.or_else(|| nearest(code, self.provinces.keys().copied())) {
                        Some(n) => {
                            let (name, name_ar) = self.shown(&self.provinces[n].0.name);
                            msg!(
                                "unknown-province--help-nearest",
                                code = n,
                                name = name,
                                name_ar = name_ar
                            )
                        }
                        None => msg!("unknown-province--help"),
                    }
                }
            };
            self.error(
                "unknown-province",
                file,
                path,
                msg!("unknown-province", code = code),
                Some(help),
            );
            return false;
        };
        if let Some(region) = region {
            if its_region.code.as_str() != region && self.regions.contains_key(region) {
                let (name, name_ar) = self.shown(&self.provinces[code].0.name);
                let (region_name, region_name_ar) = self.shown(&self.regions[region].name);
                let message = msg!(
                    "province-outside-region",
                    code = code,
                    name = name,
                    name_ar = name_ar,
                    region = region,
                    region_name = region_name,
                    region_name_ar = region_name_ar
                );
                let (region_name, region_name_ar) = self.shown(&its_region.name);
                let help = msg!(
                    "province-outside-region--help",
                    code = code,
                    region = its_region.code.as_str(),
                    region_name = region_name,
                    region_name_ar = region_name_ar
                );
                self.error("province-outside-region", file, path, message, Some(help));
                return false;
            }
        }
        true
    }

    /// A key of domains.yaml, audiences.yaml or indicators.yaml.
    pub(super) fn check_term(
        &mut self,
        file: &Path,
        path: &str,
        key: &str,
        taxonomy: &'static str,
    ) -> bool {
        fn labels<'t, T>(
            map: &'t crate::model::taxonomy::OrderedMap<T>,
            name: impl Fn(&'t T) -> &'t Text,
        ) -> Vec<Label<'t>> {
            map.iter()
                .map(|(k, t)| Label {
                    slug: k,
                    acronym: None,
                    name: Some(name(t)),
                })
                .collect()
        }
        let labels = match taxonomy {
            "domains" => labels(&self.tax.domains, |t| &t.name),
            "audiences" => labels(&self.tax.audiences, |t| &t.name),
            _ => labels(&self.tax.indicators, |t| &t.name),
        };
        if labels.iter().any(|l| l.slug == key) {
            return true;
        }
        let keys: Vec<&str> = labels.iter().map(|l| l.slug).collect();
        // One set of messages a taxonomy: the words differ by language.
        let (code, message, nearest_help, help) = match taxonomy {
            "domains" => (
                "unknown-domain",
                msg!("unknown-domain", key = key),
                Msg::plain("unknown-domain--help-nearest"),
                Msg::plain("unknown-domain--help"),
            ),
            "audiences" => (
                "unknown-audience",
                msg!("unknown-audience", key = key),
                Msg::plain("unknown-audience--help-nearest"),
                Msg::plain("unknown-audience--help"),
            ),
            _ => (
                "unknown-indicator",
                msg!("unknown-indicator", key = key),
                Msg::plain("unknown-indicator--help-nearest"),
                Msg::plain("unknown-indicator--help"),
            ),
        };
        // A key written as its name (`Santé` for `health`) or misspelled.
        let help = match names::guess(key, &labels) {
            Some(Guess::Acronym(n) | Guess::Name(n, _) | Guess::Near(n)) => {
                let (name, name_ar) = labels
                    .iter()
                    .find(|l| l.slug == n)
                    .and_then(|l| l.name)
                    .map(|t| self.shown(t))
                    .unwrap_or_default();
                nearest_help
                    .arg("key", n)
                    .arg("name", name)
                    .arg("name_ar", name_ar)
            }
            None => help.arg("keys", keys),
        };
        self.error(code, file, path, message, Some(help));
        false
    }

    /// Checks a translated text: known language codes, no empty strings.
    /// Returns the site languages the text lacks (for translation warnings).
    pub(super) fn check_text(&mut self, file: &Path, path: &str, text: &Text) -> Vec<Lang> {
        match text {
            Text::Same(s) => {
                if s.trim().is_empty() {
                    self.error(
                        "empty-text",
                        file,
                        path,
                        msg!("empty-text", field = leaf(path)),
                        Some(msg!("empty-text--help")),
                    );
                }
                Vec::new()
            }
            Text::PerLang(map) => {
                for (lang, s) in map {
                    let p = format!("{path}.{lang}");
                    if !self.languages.iter().any(|l| l == lang.as_str()) {
                        let codes: Vec<&str> = self.languages.iter().map(|l| l.as_str()).collect();
                        let help = match nearest(lang, codes.iter().copied()) {
                            Some(n) => msg!(
                                "unknown-language--help-nearest",
                                code = n,
                                codes = codes.clone()
                            ),
                            None => msg!("unknown-language--help", codes = codes.clone()),
                        };
                        self.error(
                            "unknown-language",
                            file,
                            format!("{path}.:{lang}"),
                            msg!("unknown-language", code = lang.as_str()),
                            Some(help),
                        );
                    }
                    if s.trim().is_empty() {
                        self.error(
                            "empty-text",
                            file,
                            p,
                            msg!("empty-text--lang", lang = lang.as_str(), field = leaf(path)),
                            Some(msg!("empty-text--help-lang", lang = lang.as_str())),
                        );
                    }
                }
                if map.is_empty() {
                    self.error(
                        "empty-text",
                        file,
                        path,
                        msg!("empty-text--none", field = leaf(path)),
                        Some(msg!("empty-text--help-none", field = leaf(path))),
                    );
                }
                self.languages
                    .iter()
                    .filter(|l| !text.has(**l))
                    .copied()
                    .collect()
            }
        }
    }

    pub(super) fn languages(&self) -> &[Lang] {
        &self.languages
    }
}

/// Tracks the translatable fields of one record and reports, once per
/// language, the fields that language lacks.
pub(super) struct Translations {
    kind: Kind,
    missing: BTreeMap<Lang, Vec<String>>,
    total: usize,
}

impl Translations {
    pub(super) fn new(kind: Kind) -> Self {
        Translations {
            kind,
            missing: BTreeMap::new(),
            total: 0,
        }
    }

    pub(super) fn text(&mut self, ctx: &mut Ctx, file: &Path, path: &str, text: &Text) {
        let missing = ctx.check_text(file, path, text);
        self.total += 1;
        for lang in missing {
            self.missing.entry(lang).or_default().push(path.to_string());
        }
    }

    pub(super) fn opt(&mut self, ctx: &mut Ctx, file: &Path, path: &str, text: &Option<Text>) {
        if let Some(t) = text {
            self.text(ctx, file, path, t);
        }
    }

    /// Bodies: the default-language body counts as a field, and each other
    /// language needs its `slug.LANG.md`.
    pub(super) fn bodies<T>(&mut self, ctx: &Ctx, record: &crate::model::Record<T>) {
        let has_body = record.body.as_ref().is_some_and(|b| !b.facts.blank);
        if !has_body && record.translations.is_empty() {
            return;
        }
        self.total += 1;
        for lang in ctx.languages() {
            let has = if *lang == ctx.config.default_language {
                has_body
            } else {
                record
                    .translations
                    .get(lang.as_str())
                    .is_some_and(|b| !b.facts.blank)
            };
            if !has {
                self.missing
                    .entry(*lang)
                    .or_default()
                    .push("body".to_string());
            }
        }
    }

    pub(super) fn finish(self, ctx: &mut Ctx, file: &Path) {
        for lang in ctx.languages().to_vec() {
            let missing = self.missing.get(&lang).map_or(&[][..], Vec::as_slice);
            ctx.coverage
                .add(self.kind, lang, self.total, self.total - missing.len());
        }
        for (lang, fields) in self.missing {
            ctx.missing.push((file.to_path_buf(), lang, fields.clone()));
            let fallback: Vec<String> = ctx
                .config
                .chain(lang)
                .iter()
                .skip(1)
                .map(|l| l.as_str().to_string())
                .collect();
            let shown = msg!(
                "missing-translation--fallback",
                lang = lang.as_str(),
                count = fallback.len(),
                fallback = fallback
            );
            let first = fields
                .iter()
                .find(|f| *f != "body")
                .map(|f| key_of(f))
                .unwrap_or_default();
            let texts: Vec<String> = fields
                .iter()
                .filter(|f| *f != "body")
                .map(|f| format!("`{f}`"))
                .collect();
            let body = format!(
                "{}.{lang}.md",
                file.file_stem()
                    .map(|s| s.to_string_lossy())
                    .unwrap_or_default()
            );
            let lang = lang.as_str();
            let (message, help) = match (texts.is_empty(), fields.iter().any(|f| f == "body")) {
                (false, false) => (
                    msg!("missing-translation", lang = lang, fields = texts),
                    msg!("missing-translation--help", lang = lang, shown = shown),
                ),
                (true, _) => (
                    msg!(
                        "missing-translation--body",
                        lang = lang,
                        file = body.as_str()
                    ),
                    msg!(
                        "missing-translation--help-body",
                        lang = lang,
                        file = body.as_str(),
                        shown = shown
                    ),
                ),
                (false, true) => (
                    msg!(
                        "missing-translation--both",
                        lang = lang,
                        fields = texts,
                        file = body.as_str()
                    ),
                    msg!(
                        "missing-translation--help-both",
                        lang = lang,
                        file = body.as_str(),
                        shown = shown
                    ),
                ),
            };
            ctx.warning("missing-translation", file, first, message, Some(help));
        }
    }
}

/// The name of a kind of record in messages (`association`, `programme`),
/// translated.
pub(super) fn kind_name(kind: Kind) -> Msg {
    Msg::plain(match kind {
        Kind::Associations => "kind-associations",
        Kind::Programmes => "kind-programmes",
        Kind::Offers => "kind-offers",
        Kind::Results => "kind-results",
        Kind::Institutions => "kind-institutions",
        Kind::News => "kind-news",
        Kind::Pages => "kind-pages",
    })
}

/// A territory name folded for comparison: lower case, Latin accents and
/// Arabic vowel marks removed, alef forms made one ([`names::fold_char`]), the words «جهة»,
/// «إقليم», «عمالة», «région», «province», «préfecture», «de», «du», «la»
/// dropped, no spaces, hyphens or apostrophes.
fn fold_name(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut words: Vec<String> = lower
        .split([' ', '-', '\'', '’', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().filter_map(names::fold_char).collect())
        .collect();
    words.retain(|w| {
        !matches!(
            w.as_str(),
            "جهه" | "اقليم" | "عماله" | "region" | "province" | "prefecture" | "de" | "du" | "la"
        )
    });
    words.concat()
}

/// The path of the key that holds the value at `path` (`a.0.title` ->
/// `a.0.:title`): a whole text is pointed at by its key.
fn key_of(path: &str) -> String {
    match path.rsplit_once('.') {
        Some((parent, last)) if last.parse::<usize>().is_err() => format!("{parent}.:{last}"),
        Some(_) => path.to_string(),
        None => format!(":{path}"),
    }
}

fn leaf(path: &str) -> &str {
    path.rsplit('.')
        .find(|s| s.parse::<usize>().is_err())
        .unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::fold_name;

    #[test]
    fn territory_names_fold_alike() {
        assert_eq!(fold_name("Fès-Meknès"), fold_name("fes meknes"));
        assert_eq!(fold_name("Région Fès-Meknès"), fold_name("FES-MEKNES"));
        assert_eq!(fold_name("جهة سوس ماسة"), fold_name("سوس-ماسة"));
        assert_eq!(fold_name("إقليم أكادير"), fold_name("اكادير"));
        assert_eq!(fold_name("Laâyoune-Sakia El Hamra"), "laayounesakiaelhamra");
        assert_ne!(fold_name("Fès"), fold_name("Meknès"));
    }
}
