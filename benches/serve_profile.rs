//! Profile of `nassij serve`'s rebuilds, stage by stage (not a test; the
//! end-to-end figure is `tests/bench/serve-latency.sh`):
//!
//! ```sh
//! cargo run --locked --release -p nassij-generate -- --associations 10000 --out /tmp/site
//! cargo bench --bench serve_profile -- /tmp/site   # it edits the site
//! ```
//!
//! `NASSIJ_SERVE_ROUNDS` sets the number of edit rounds (default 5).

use nassij::model::date::Today;
use nassij::serve::engine::Engine;
use std::path::Path;
use std::time::Instant;

const NOW: &str = "2026-11-22";

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn main() {
    let Some(root) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: cargo bench --bench serve_profile -- SITE_DIR");
        std::process::exit(2);
    };
    let root = Path::new(&root);
    profile_section_pages(root);
    profile_record_edits(root);
}

/// The stage timings of record edits through the engine (no watcher, no
/// debounce).
fn profile_record_edits(root: &Path) {
    let root = root.to_path_buf();
    let mut engine = Engine::new(&root, Today::resolve(Some(NOW), None).unwrap(), false);
    let t = Instant::now();
    let first = engine.rebuild();
    engine.wait_settled();
    eprintln!("first build: {:?} ok={}", t.elapsed(), first.ok);
    let list = |folder: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(root.join("content").join(folder))
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".md") && n.matches('.').count() == 1)
            .collect();
        v.sort();
        v
    };
    let assocs = list("associations");
    let progs = list("programmes");
    let rounds: usize = std::env::var("NASSIJ_SERVE_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    for i in 1..=rounds {
        for (folder, name, key) in [
            (
                "associations",
                &assocs[(i * 997) % assocs.len()],
                "name: {ar: \"",
            ),
            (
                "programmes",
                &progs[(i * 7) % progs.len()],
                "title: {ar: \"",
            ),
        ] {
            let rel = format!("content/{folder}/{name}");
            edit(&root, &rel, key, &format!("{key}{i} "));
            let t = Instant::now();
            engine.note(Path::new(&rel));
            let report = engine.rebuild();
            let reload = t.elapsed();
            engine.wait_settled();
            eprintln!(
                "{folder:12} {:>5} ms, settled {:>5} ms, ok={} rendered={} changed={} removed={} stages={:?}",
                reload.as_millis(),
                t.elapsed().as_millis(),
                report.ok,
                report.rendered,
                report.changed.len(),
                report.removed.len(),
                report.stages
            );
        }
    }
}

fn profile_section_pages(root: &Path) {
    let root = root.to_path_buf();
    use nassij::model::Kind;
    use nassij::present::Page;
    let today = Today::resolve(Some(NOW), None).unwrap();
    let t = Instant::now();
    let loaded = nassij::load::load(&root);
    eprintln!("load {:?}", t.elapsed());
    let t = Instant::now();
    let validated =
        nassij::validate::validate(loaded, &today, &nassij::validate::Options::default());
    eprintln!("validate {:?}", t.elapsed());
    let site = validated.site.unwrap();
    let renderer = nassij::render::Renderer::load(&root, &site).unwrap();
    let t = Instant::now();
    let all = nassij::present::pages(&site);
    eprintln!("pages() {:?} {}", t.elapsed(), all.len());
    let search = nassij::render::SearchManifests::new();
    let tables = || nassij::export::data_tables(&site, Default::default());
    let t = Instant::now();
    let shared = nassij::render::Shared::new(&site, &renderer, &search, &tables);
    eprintln!("shared context {:?}", t.elapsed());
    for page in nassij::present::SECTION_PAGES.into_iter().chain([
        Page::Associations {
            selection: nassij::validate::directory::Selection::all(),
            page: 1,
        },
        Page::Record(Kind::Associations, site.associations[5].slug.clone()),
        Page::Record(Kind::Programmes, site.programmes[5].slug.clone()),
    ]) {
        let t = Instant::now();
        let f = nassij::render::render_page(&shared, nassij::model::lang::Lang::new("fr"), &page)
            .unwrap();
        eprintln!("{page:?} {:?} {} bytes", t.elapsed(), f.bytes.len());
    }
    let t = Instant::now();
    nassij::render::global_pages(&shared).unwrap();
    eprintln!("global {:?}", t.elapsed());
}
