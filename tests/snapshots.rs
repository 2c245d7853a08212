//! Snapshots of rendered pages of the valid fixture built with
//! `--now 2026-11-22`: fr and ar pages of one association, one programme,
//! one offer and the home page. Review changes with `cargo insta review`.

mod common;

use common::Site;
use std::path::PathBuf;
use std::sync::OnceLock;

/// One build shared by every snapshot of this file.
fn public() -> &'static PathBuf {
    static BUILT: OnceLock<(Site, PathBuf)> = OnceLock::new();
    &BUILT
        .get_or_init(|| {
            let site = Site::from_fixture("valid");
            let out = site.build("public");
            assert_eq!(out.code, 0, "build failed:\n{}", out.stderr);
            let public = site.path("public");
            (site, public)
        })
        .1
}

fn page(path: &str) -> String {
    std::fs::read_to_string(public().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

macro_rules! snapshot {
    ($name:ident, $path:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), page($path));
        }
    };
}

snapshot!(fr_association, "fr/associations/tifawin/index.html");
snapshot!(ar_association, "ar/associations/tifawin/index.html");
snapshot!(fr_programme, "fr/programmes/nassij-fes/index.html");
snapshot!(ar_programme, "ar/programmes/nassij-fes/index.html");
snapshot!(fr_offer, "fr/offers/appel-ouvert/index.html");
snapshot!(ar_offer, "ar/offers/appel-ouvert/index.html");
snapshot!(fr_home, "fr/index.html");
snapshot!(ar_home, "ar/index.html");
