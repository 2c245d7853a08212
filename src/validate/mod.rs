//! Validate: every rule of SPEC.md, all problems collected as diagnostics
//! pointing at the value at fault. The result is the read-only [`Site`]:
//! the published records plus the indexes and cross-links rendering needs.

mod bodies;
mod changed;
mod checks;
mod coverage;
mod ctx;
pub mod directory;
mod links;
mod names;
pub mod reads;
mod records;
mod site;

/// The checks of an address and of a web address, for `nassij init`'s questions.
pub(crate) use checks::{email as is_email, web_url};

#[cfg(test)]
pub(crate) use crate::load::body::PLACEHOLDERS;
pub use changed::Changed;
use ctx::Ctx;
pub use links::parse_internal;
pub use site::{Coverage, Options, Site};

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::model::Kind;
use crate::model::date::Today;
use crate::model::lang::Lang;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// The outcome of validation: the site when there is no error, and every
/// diagnostic (errors and warnings) in any case.
pub struct Validated {
    /// The validated site, present only when no diagnostic is an error.
    pub site: Option<Site>,
    /// Every error and warning found, in the order the rules ran.
    pub diagnostics: Vec<Diagnostic>,
    /// Translation coverage, computed even when there are errors.
    pub coverage: Coverage,
    /// Record counts per kind (drafts included) and drafts per kind.
    pub counts: Vec<(Kind, usize, usize)>,
    /// The texts each record lacks in each language (`nassij stats
    /// --missing`): its file, the language, the fields (`body` for a body).
    pub missing: Vec<(PathBuf, Lang, Vec<String>)>,
}

/// Checks every rule on the loaded files and, when no error is found,
/// builds the [`Site`] (drafts published only if `options` asks for them).
pub fn validate(loaded: Loaded, today: &Today, options: &Options) -> Validated {
    validate_keeping(loaded, today, options).0
}

/// Like [`validate`], and, when the site is valid, what is needed to check
/// new versions of single records later ([`Memo::patch`], `nassij serve`).
pub fn validate_keeping(
    loaded: Loaded,
    today: &Today,
    options: &Options,
) -> (Validated, Option<Memo>) {
    let Loaded {
        config,
        taxonomies,
        content,
        unparsed,
        mut diagnostics,
    } = loaded;
    let counts = content.counts();
    let (Some(config), Some(taxonomies)) = (config, taxonomies) else {
        let validated = Validated {
            site: None,
            diagnostics,
            coverage: Coverage::default(),
            counts,
            missing: Vec::new(),
        };
        return (validated, None);
    };
    let mut ctx = Ctx::new(&config, &taxonomies, today);
    checks::config(&mut ctx);
    checks::taxonomies(&mut ctx);
    ctx.index_slugs(&content);
    for (kind, slugs) in unparsed {
        ctx.slugs.entry(kind).or_default().extend(slugs);
    }
    // The rules of the records' fields and those of their bodies read the
    // same slugs and find different problems: they run side by side, and
    // the bodies' diagnostics follow the fields' as when they ran in turn.
    let mut of_bodies = ctx.fork();
    rayon::join(
        || records::all(&mut ctx, &content),
        || bodies::all(&mut of_bodies, &content),
    );
    ctx.diagnostics.append(&mut of_bodies.diagnostics);
    // The bodies' rules count no coverage and miss no field.
    debug_assert!(of_bodies.missing.is_empty());
    drop(of_bodies);
    let coverage = std::mem::take(&mut ctx.coverage);
    let missing = std::mem::take(&mut ctx.missing);
    let slugs = std::mem::take(&mut ctx.slugs);
    diagnostics.append(&mut ctx.diagnostics);
    drop(ctx);
    if diagnostics.iter().any(Diagnostic::is_error) {
        let validated = Validated {
            site: None,
            diagnostics,
            coverage,
            counts,
            missing,
        };
        return (validated, None);
    }
    let site = Site::build(
        config,
        taxonomies,
        content,
        today.clone(),
        options,
        coverage.clone(),
    );
    let memo = Memo {
        slugs,
        drafts: options.drafts,
        future: options.future,
    };
    let validated = Validated {
        site: Some(site),
        diagnostics,
        coverage,
        counts,
        missing,
    };
    (validated, Some(memo))
}

/// What `serve` keeps of the last full validation of a valid site: the
/// slugs of every kind (drafts included), against which references are
/// checked.
pub struct Memo {
    slugs: HashMap<Kind, HashSet<String>>,
    drafts: bool,
    future: bool,
}

/// The outcome of [`Memo::patch`].
pub enum Patch {
    /// The records were valid and are now in the site.
    Applied {
        /// The versions they replaced.
        old: Vec<Changed>,
        /// The new records' warnings (they have no error).
        warnings: Vec<Diagnostic>,
    },
    /// The change needs a full validation: the records are given back.
    Refused(Vec<Changed>),
}

impl Memo {
    /// Checks new versions of published records and puts them in `site`
    /// when the result is the one a full validation would give: each
    /// record keeps its slug and its file, stays published, has no error,
    /// and no programme changes its parent (cycles are checked across
    /// programmes). Whatever else holds of the other records does not
    /// depend on these records' fields, only on the set of slugs, which
    /// does not change. Anything else is refused and needs [`validate`].
    pub fn patch(&mut self, site: &mut Site, changed: Vec<Changed>) -> Patch {
        let mut seen = HashSet::new();
        for c in &changed {
            let kind = c.kind();
            let Some(i) = site.position(kind, c.slug()) else {
                return Patch::Refused(changed);
            };
            if !seen.insert((kind, c.slug().to_string())) {
                return Patch::Refused(changed);
            }
            let same_file = match c {
                Changed::Association(_) => site.associations[i].file == c.file(),
                Changed::Programme(r) => {
                    let old = &site.programmes[i];
                    old.file == r.file && old.data.parent == r.data.parent
                }
                Changed::Offer(_) => site.offers[i].file == c.file(),
                Changed::Results(_) => site.results[i].file == c.file(),
                Changed::News(_) => site.news[i].file == c.file(),
            };
            // A record that leaves the site (a draft, scheduled for later)
            // changes lists and counts: the whole site is validated again.
            let leaves = (c.is_draft() && !self.drafts)
                || (c.is_scheduled(site.today.date()) && !self.future);
            if !same_file || leaves {
                return Patch::Refused(changed);
            }
        }
        let mut ctx = Ctx::new(&site.config, &site.tax, &site.today);
        ctx.slugs = std::mem::take(&mut self.slugs);
        for c in &changed {
            c.check(&mut ctx);
        }
        if ctx.diagnostics.iter().any(Diagnostic::is_error) {
            self.slugs = std::mem::take(&mut ctx.slugs);
            return Patch::Refused(changed);
        }
        let (warnings, coverage) = (
            std::mem::take(&mut ctx.diagnostics),
            std::mem::take(&mut ctx.coverage),
        );
        // The coverage of the versions replaced, to take out of the site's.
        for c in &changed {
            let i = site.position(c.kind(), c.slug()).unwrap_or(usize::MAX);
            match c {
                Changed::Association(_) => {
                    let r = &site.associations[i];
                    records::association(&mut ctx, r);
                }
                Changed::Programme(_) => records::programme(&mut ctx, &site.programmes[i]),
                Changed::Offer(_) => records::offer(&mut ctx, &site.offers[i]),
                Changed::Results(_) => records::results(&mut ctx, &site.results[i]),
                Changed::News(_) => records::news(&mut ctx, &site.news[i]),
            }
        }
        self.slugs = std::mem::take(&mut ctx.slugs);
        let old_coverage = std::mem::take(&mut ctx.coverage);
        drop(ctx);
        let old = site.replace(changed);
        site.coverage.remove(&old_coverage);
        site.coverage.merge(&coverage);
        Patch::Applied { old, warnings }
    }
}
