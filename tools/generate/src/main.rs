//! `nassij-generate`: writes a complete, valid site of N associations (and,
//! with `--hugo`, the same records as a Hugo content tree) for benchmarks
//! and tests. A development tool, outside the `nassij` library and binary:
//!
//! ```sh
//! cargo run --locked --release -p nassij-generate -- --associations 10000 --seed 1 --out /tmp/site
//! ```
//!
//! Exit codes as for `nassij`: 0 success, 2 usage or environment errors.

mod generate;

use clap::Parser;
use std::path::PathBuf;
use std::time::Instant;

// The same allocator as the `nassij` binary, so generation times stay
// comparable with those measured when the generator lived there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Write a generated corpus of N associations (benchmarks, tests/bench/).
#[derive(Parser, Debug)]
#[command(name = "nassij-generate", version, long_about = None)]
struct Cli {
    /// The site whose site.yaml, taxonomies, themes and interface strings
    /// are copied (the repository's folder).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Number of associations.
    #[arg(long)]
    associations: usize,
    /// Seed: the same seed gives byte-identical files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output folder: absent, empty, or a previous output of this tool.
    #[arg(long)]
    out: PathBuf,
    /// Also write the same records as a Hugo content tree here.
    #[arg(long)]
    hugo: Option<PathBuf>,
    /// Association bodies: `mixed` (short, Arabic with some French and
    /// Tifinagh translations) or `all` (ar, fr and zgh bodies of 300 to
    /// 600 words each for every association).
    #[arg(long, value_enum, default_value_t = Bodies::Mixed)]
    bodies: Bodies,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Bodies {
    Mixed,
    All,
}

fn main() {
    let cli = Cli::parse();
    let started = Instant::now();
    let opts = generate::Options {
        associations: cli.associations,
        seed: cli.seed,
        out: cli.out,
        hugo: cli.hugo,
        bodies: match cli.bodies {
            Bodies::Mixed => generate::BodyMode::Mixed,
            Bodies::All => generate::BodyMode::All,
        },
    };
    match generate::generate(&cli.root, &opts) {
        Ok(s) => {
            eprintln!(
                "generate: {} associations, {} programmes, {} offers, {} results, {} news, {} pages, {} institutions; {} files, {:.1} MiB in {}{} in {:.2}s",
                s.associations,
                s.programmes,
                s.offers,
                s.results,
                s.news,
                s.pages,
                s.institutions,
                s.files,
                s.bytes as f64 / 1048576.0,
                opts.out.display(),
                if s.hugo_files > 0 {
                    format!(" (+{} Hugo files)", s.hugo_files)
                } else {
                    String::new()
                },
                started.elapsed().as_secs_f64()
            );
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
