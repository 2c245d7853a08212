//! What every rule of validation is given ([`Ctx`]): the configuration,
//! the taxonomies, the slugs of every kind, the diagnostics found so far
//! and the translation coverage.

use super::coverage::Coverage;
use crate::diagnostics::{Diagnostic, Severity, nearest};
use crate::model::Kind;
use crate::model::config::SiteConfig;
use crate::model::date::Today;
use crate::model::lang::Lang;
use crate::model::taxonomy::{Province, Region, Taxonomies};
use crate::model::text::Text;
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
            diagnostics: Vec::new(),
            coverage: Coverage::default(),
            missing: Vec::new(),
            languages: config.codes().collect(),
        }
    }

    pub(super) fn index_slugs(&mut self, content: &crate::load::Content) {
        fn collect<T>(
            ctx: &mut Ctx,
            kind: Kind,
            records: &[crate::model::Record<T>],
            is_draft: impl Fn(&T) -> bool,
        ) {
            let mut seen: HashMap<&str, &Path> = HashMap::new();
            for r in records {
                if let Some(first) = seen.insert(r.slug.as_str(), &r.file) {
                    ctx.diagnostics.push(
                        Diagnostic::error(
                            "duplicate-slug",
                            &r.file,
                            crate::diagnostics::Locus::File,
                            format!("two {} records have the slug `{}`", kind.folder(), r.slug),
                        )
                        .with_help(format!(
                            "the other one is {}; rename one of the two files",
                            first.display()
                        )),
                    );
                }
                if is_draft(&r.data) {
                    ctx.drafts.entry(kind).or_default().insert(r.slug.0.clone());
                }
            }
            ctx.slugs
                .insert(kind, records.iter().map(|r| r.slug.0.clone()).collect());
        }
        collect(self, Kind::Associations, &content.associations, |d| d.draft);
        collect(self, Kind::Programmes, &content.programmes, |d| d.draft);
        collect(self, Kind::Offers, &content.offers, |d| d.draft);
        collect(self, Kind::Results, &content.results, |d| d.draft);
        collect(self, Kind::Institutions, &content.institutions, |d| d.draft);
        collect(self, Kind::News, &content.news, |d| d.draft);
        collect(self, Kind::Pages, &content.pages, |d| d.draft);
    }

    pub(super) fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    pub(super) fn error(
        &mut self,
        code: &'static str,
        file: &Path,
        path: impl Into<String>,
        message: impl Into<crate::messages::Msg>,
        help: Option<String>,
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
        message: impl Into<crate::messages::Msg>,
        help: Option<String>,
    ) {
        self.push(
            Diagnostic::at_path(code, Severity::Warning, file, path, message).with_help_opt(help),
        );
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
            let mut known: Vec<&str> = self
                .slugs
                .get(&kind)
                .map(|c| c.iter().map(String::as_str).collect())
                .unwrap_or_default();
            known.sort_unstable();
            let ext = if kind.is_markdown() { "md" } else { "yaml" };
            let listed = if known.is_empty() {
                format!("there is none yet in content/{}/", kind.folder())
            } else {
                let shown = known
                    .iter()
                    .take(8)
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>();
                let more = known.len().saturating_sub(8);
                format!(
                    "the existing ones are {}{} (the file names in content/{}/)",
                    shown.join(", "),
                    if more > 0 {
                        format!(" and {more} more")
                    } else {
                        String::new()
                    },
                    kind.folder()
                )
            };
            let help = match nearest(slug, known.iter().copied()) {
                Some(n) if !slug.is_empty() => format!("did you mean `{n}`?"),
                _ if slug.trim().is_empty() => {
                    format!("write the {}'s slug: {listed}", kind.singular())
                }
                _ => format!(
                    "write the slug of an existing {}: {listed}; or create content/{}/{}.{ext}",
                    kind.singular(),
                    kind.folder(),
                    crate::model::ids::suggest_slug(slug),
                ),
            };
            self.error(
                "unknown-reference",
                file,
                path,
                format!("{field}: there is no {} record `{slug}`", kind.singular()),
                Some(help),
            );
        }
        exists
    }

    pub(super) fn check_region(&mut self, file: &Path, path: &str, code: &str) -> bool {
        if self.regions.contains_key(code) {
            return true;
        }
        let help = self.region_hint(code);
        self.error(
            "unknown-region",
            file,
            path,
            format!("unknown region `{code}`"),
            Some(help),
        );
        false
    }

    fn region_hint(&self, code: &str) -> String {
        let chain = self.config.chain(Lang::new("fr"));
        if let Some((found, name)) = self.territory_by_name(code, false) {
            return format!(
                "write the code `{found}` for {name}: regions are written by their ISO 3166-2:MA code (content/taxonomies/territories.yaml)"
            );
        }
        match nearest(code, self.regions.keys().copied()) {
            Some(n) => format!("did you mean `{n}` ({})? Regions are ISO 3166-2:MA codes listed in content/taxonomies/territories.yaml", self.regions[n].name.get(&chain).text),
            None => "regions are ISO 3166-2:MA codes MA-01 to MA-12, listed in content/taxonomies/territories.yaml".to_string(),
        }
    }

    /// The territory named `written` (a region, or with `provinces` a
    /// province or prefecture first): its code and French name. Names are
    /// compared folded (case, accents, hyphens, spaces, «جهة», «إقليم»,
    /// «عمالة», «région», «province», «préfecture» left out); a written
    /// name of 4 letters or more may be the start of the name (`Agadir`
    /// for Agadir-Ida-Ou-Tanane).
    fn territory_by_name(&self, written: &str, provinces: bool) -> Option<(String, String)> {
        let chain = self.config.chain(Lang::new("fr"));
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
        let regions = self.tax.regions.iter().map(|r| (r.code.as_str(), &r.name));
        let all_provinces = self
            .tax
            .regions
            .iter()
            .flat_map(|r| &r.provinces)
            .map(|p| (p.code.as_str(), &p.name));
        let candidates: Vec<(&str, &Text)> = if provinces {
            all_provinces.chain(regions).collect()
        } else {
            regions.chain(all_provinces).collect()
        };
        [false, true].into_iter().find_map(|prefix| {
            candidates
                .iter()
                .find(|(_, name)| matches(name.all(), prefix))
                .map(|(code, name)| (code.to_string(), name.get(&chain).text.to_string()))
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
        let chain = self.config.chain(Lang::new("fr"));
        let Some((_, its_region)) = self.provinces.get(code) else {
            // A name instead of a code is the commonest mistake: match names
            // too, in any language, with or without accents or hyphens.
            let help = match self.territory_by_name(code, true) {
                Some((found, name)) => format!("write the code `{found}` for {name}"),
                None => {
                    // Prefer the provinces of the record's region: the
                    // likeliest typo is a neighbour's code.
                    let in_region = region
                        .and_then(|r| self.regions.get(r))
                        .and_then(|r| nearest(code, r.provinces.iter().map(|p| p.code.as_str())));
                    match in_region.or_else(|| nearest(code, self.provinces.keys().copied())) {
                        Some(n) => format!(
                            "did you mean `{n}` ({})? Provinces and prefectures are listed with their codes in content/taxonomies/territories.yaml",
                            self.provinces[n].0.name.get(&chain).text
                        ),
                        None => "provinces and prefectures are ISO 3166-2:MA codes listed in content/taxonomies/territories.yaml".to_string(),
                    }
                }
            };
            self.error(
                "unknown-province",
                file,
                path,
                format!("unknown province or prefecture `{code}`"),
                Some(help),
            );
            return false;
        };
        if let Some(region) = region {
            if its_region.code.as_str() != region && self.regions.contains_key(region) {
                let message = format!(
                    "province `{code}` ({}) is not in region `{region}` ({})",
                    self.provinces[code].0.name.get(&chain).text,
                    self.regions[region].name.get(&chain).text
                );
                let help = format!(
                    "`{code}` belongs to region `{}` ({}); correct the province or the region",
                    its_region.code,
                    its_region.name.get(&chain).text
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
        let keys: Vec<&str> = match taxonomy {
            "domains" => self.tax.domains.keys().collect(),
            "audiences" => self.tax.audiences.keys().collect(),
            _ => self.tax.indicators.keys().collect(),
        };
        if keys.contains(&key) {
            return true;
        }
        let help = match nearest(key, keys.iter().copied()) {
            Some(n) => format!(
                "did you mean `{n}`? The keys are defined in content/taxonomies/{taxonomy}.yaml"
            ),
            None => format!(
                "use a key of content/taxonomies/{taxonomy}.yaml ({}), or add it there",
                keys.join(", ")
            ),
        };
        let code = match taxonomy {
            "domains" => "unknown-domain",
            "audiences" => "unknown-audience",
            _ => "unknown-indicator",
        };
        self.error(
            code,
            file,
            path,
            format!("unknown {} `{key}`", &taxonomy[..taxonomy.len() - 1]),
            Some(help),
        );
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
                        format!("`{}` is empty", leaf(path)),
                        Some("write the text, or remove the key if it is optional".into()),
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
                            Some(n) => format!(
                                "did you mean `{n}`? The site's languages are {}",
                                codes.join(", ")
                            ),
                            None => {
                                format!("the site's languages are {} (site.yaml)", codes.join(", "))
                            }
                        };
                        self.error(
                            "unknown-language",
                            file,
                            format!("{path}.:{lang}"),
                            format!("`{lang}` is not a language of the site"),
                            Some(help),
                        );
                    }
                    if s.trim().is_empty() {
                        self.error(
                            "empty-text",
                            file,
                            p,
                            format!("the `{lang}` text of `{}` is empty", leaf(path)),
                            Some(
                                "write the text, or remove this language so that it falls back"
                                    .into(),
                            ),
                        );
                    }
                }
                if map.is_empty() {
                    self.error(
                        "empty-text",
                        file,
                        path,
                        format!("`{}` has no text in any language", leaf(path)),
                        Some("write {ar: \"...\", fr: \"...\"} or a plain string".into()),
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
        let has_body = record
            .body
            .as_ref()
            .is_some_and(|b| !b.markdown.trim().is_empty());
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
                    .is_some_and(|b| !b.markdown.trim().is_empty())
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
            let chain = ctx.config.chain(lang);
            let shown = chain
                .iter()
                .skip(1)
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(", then ");
            let first = fields
                .iter()
                .find(|f| *f != "body")
                .map(|f| key_of(f))
                .unwrap_or_default();
            let list = fields
                .iter()
                .map(|f| {
                    if f == "body" {
                        format!(
                            "body ({}.{lang}.md)",
                            file.file_stem()
                                .map(|s| s.to_string_lossy())
                                .unwrap_or_default()
                        )
                    } else {
                        f.clone()
                    }
                })
                .collect::<Vec<_>>();
            ctx.warning(
                "missing-translation",
                file,
                first,
                format!("missing `{lang}` translation: {}", list.join(", ")),
                Some(format!("add `{lang}:` to these texts; until then the `{lang}` pages show the {shown} text, marked with its language")),
            );
        }
    }
}

/// A territory name folded for comparison: lower case, Latin accents and
/// Arabic vowel marks removed, alef forms made one, the words «جهة»,
/// «إقليم», «عمالة», «région», «province», «préfecture», «de», «du», «la»
/// dropped, no spaces, hyphens or apostrophes.
fn fold_name(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut words: Vec<String> = lower
        .split([' ', '-', '\'', '’', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .filter_map(|c| match c {
                    'à' | 'â' | 'ä' | 'á' => Some('a'),
                    'é' | 'è' | 'ê' | 'ë' => Some('e'),
                    'î' | 'ï' | 'í' => Some('i'),
                    'ô' | 'ö' | 'ó' => Some('o'),
                    'ù' | 'û' | 'ü' | 'ú' => Some('u'),
                    'ç' => Some('c'),
                    'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
                    'ى' => Some('ي'),
                    'ة' => Some('ه'),
                    '\u{064B}'..='\u{065F}' | '\u{0640}' => None,
                    c => Some(c),
                })
                .collect()
        })
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
