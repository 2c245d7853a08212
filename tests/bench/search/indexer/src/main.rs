//! `nassij-search-index-time ROOT NOW [RUNS]`: loads and validates the site
//! at ROOT as `nassij build --now NOW` does, then times
//! `nassij::search::build` (every language's index, in memory, nothing
//! written) RUNS times (default 3). Prints one JSON line: the load+validate,
//! renderer-load and index times in seconds (each run, and the median), the
//! number of files and their bytes per language.
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: nassij-search-index-time ROOT NOW [RUNS]");
        std::process::exit(2);
    }
    let root = Path::new(&args[1]);
    let runs: usize = args.get(3).map_or(3, |r| r.parse().expect("RUNS"));
    let today = nassij::model::date::Today::resolve(Some(&args[2]), None).expect("NOW");
    let t0 = Instant::now();
    let loaded = nassij::load::load(root);
    let validated = nassij::validate::validate(loaded, &today, &nassij::validate::Options { drafts: false });
    let Some(site) = validated.site else {
        eprintln!("the site does not validate ({} diagnostics)", validated.diagnostics.len());
        std::process::exit(1);
    };
    let load_s = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let renderer = match nassij::render::Renderer::load(root, &site) {
        Ok(r) => r,
        Err(d) => {
            eprintln!("the theme does not load ({} diagnostics)", d.len());
            std::process::exit(1);
        }
    };
    let renderer_s = t1.elapsed().as_secs_f64();
    let mut times = Vec::new();
    let mut langs = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let indexes = nassij::search::build(&site, &renderer.i18n);
        times.push(t.elapsed().as_secs_f64());
        langs = indexes
            .iter()
            .map(|i| {
                let bytes: usize = i.files.iter().map(|f| f.bytes.len()).sum();
                format!("{{\"lang\":\"{}\",\"files\":{},\"bytes\":{}}}", i.lang, i.files.len(), bytes)
            })
            .collect();
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[(sorted.len() - 1) / 2];
    let runs_s: Vec<String> = times.iter().map(|t| format!("{t:.3}")).collect();
    println!(
        "{{\"load_validate_s\":{load_s:.3},\"renderer_s\":{renderer_s:.3},\"index_runs_s\":[{}],\"index_median_s\":{median:.3},\"langs\":[{}]}}",
        runs_s.join(","),
        langs.join(",")
    );
}
