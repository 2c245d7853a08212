//! The parse cache (src/load/cache.rs) driven through the binary: `check`
//! says exactly the same with no cache, a cold one, a warm one, after an
//! edit, and after the cache file was damaged in any way.

mod common;

use common::{NOW, Site};

/// `check --format json` and the human report, with the cache arguments
/// `cache`; the number of record files taken from the cache (read from
/// the timings line).
fn check(site: &Site, cache: &[&str]) -> (String, String, i32, usize) {
    let mut json = vec!["check", "--format", "json", "--now", NOW];
    json.extend_from_slice(cache);
    let out = site.run_env(&json, &[("NASSIJ_TIMINGS", "1")]);
    let reused = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("timing: parse cache: "))
        .map_or(0, |l| l.split(' ').next().unwrap().parse().unwrap());
    let mut human = vec!["check", "--now", NOW];
    human.extend_from_slice(cache);
    // The human run also reads (and may write) the cache.
    let text = site.run(&human);
    assert_eq!(text.code, out.code);
    (out.stdout, text.stderr, out.code, reused)
}

/// The valid fixture with one record that has parse errors (never cached)
/// and one with a validation error.
fn site_with_errors() -> Site {
    let site = Site::from_fixture("valid");
    site.write(
        "content/associations/with-typo.md",
        "---\nname: Typo\nregoin: MA-01\nprovince: MA-01-01\nunknown: 1\n---\nText.\n",
    );
    site.write(
        "content/news/bad-region.md",
        "---\ntitle: News\ndate: 2024-01-10\nregions: [MA-99]\n---\nText.\n",
    );
    site
}

#[test]
fn cold_warm_and_no_cache_say_the_same() {
    let site = site_with_errors();
    let reference = check(&site, &["--no-cache"]);
    assert!(
        !site.path(".nassij-cache").exists(),
        "--no-cache wrote a cache"
    );
    assert_eq!(reference.2, 1, "the site has errors:\n{}", reference.1);
    assert!(reference.0.contains("unknown-field") && reference.0.contains("MA-99"));

    let cold = check(&site, &[]);
    assert!(site.path(".nassij-cache/parse.bin").is_file());
    let warm = check(&site, &[]);
    assert_eq!(cold.0, reference.0);
    assert_eq!(cold.1, reference.1);
    assert_eq!(warm.0, reference.0);
    assert_eq!(warm.1, reference.1);
    assert!(warm.3 > 10, "the warm run reused {} files", warm.3);
    // The cache never shows up as a change to commit.
    assert!(site.path(".nassij-cache/.gitignore").is_file());
}

#[test]
fn an_edited_file_is_parsed_again() {
    let site = site_with_errors();
    check(&site, &[]);
    let file = "content/associations/with-typo.md";
    // The mistake fixed: now valid, and cached.
    site.write(
        file,
        "---\nname: Typo\nregion: MA-01\nprovince: MA-01-01\n---\nText.\n",
    );
    let fixed = check(&site, &[]);
    let reference = check(&site, &["--no-cache"]);
    assert_eq!(
        (&fixed.0, &fixed.1, fixed.2),
        (&reference.0, &reference.1, reference.2)
    );
    assert!(!fixed.0.contains("unknown-field"), "{}", fixed.0);
    // Broken again: the cached version of the old text is not used.
    site.write(
        file,
        "---\nname: Typo\nregion: MA-01\nprovince: MA-01-01\nfounded: 1999-02-31\n---\nText.\n",
    );
    let broken = check(&site, &[]);
    assert_eq!(broken.0, check(&site, &["--no-cache"]).0);
    assert!(broken.0.contains("with-typo.md"), "{}", broken.0);
    // Back to a text seen before: found in the cache, same result as ever.
    site.write(
        file,
        "---\nname: Typo\nregion: MA-01\nprovince: MA-01-01\n---\nText.\n",
    );
    assert_eq!(check(&site, &[]).0, fixed.0);
}

#[test]
fn a_damaged_cache_is_ignored_and_replaced() {
    let site = site_with_errors();
    let reference = check(&site, &["--no-cache"]);
    check(&site, &[]);
    let file = site.path(".nassij-cache/parse.bin");
    let good = std::fs::read(&file).unwrap();
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("last byte lost", good[..good.len() - 1].to_vec()),
        ("garbage", b"not a cache at all\n".repeat(100)),
        ("byte flipped", {
            let mut b = good.clone();
            let i = b.len() / 3;
            b[i] ^= 0xff;
            b
        }),
        ("appended", {
            let mut b = good.clone();
            b.extend_from_slice(b"more");
            b
        }),
    ];
    for (what, bytes) in damages {
        std::fs::write(&file, &bytes).unwrap();
        let run = check(&site, &[]);
        assert_eq!(run.0, reference.0, "cache {what}");
        assert_eq!(run.1, reference.1, "cache {what}");
        assert_eq!(run.3, 0, "cache {what}: nothing can be reused");
        // The run wrote a whole cache again.
        assert!(check(&site, &[]).3 > 10, "cache {what} not replaced");
    }
    // A folder where the file should be, or a cache that cannot be
    // written: no cache, same result.
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    assert_eq!(check(&site, &[]).0, reference.0);
}

#[test]
fn the_cache_can_live_elsewhere() {
    let site = site_with_errors();
    let elsewhere = tempfile::tempdir().unwrap();
    let dir = elsewhere.path().join("cache");
    let dir = dir.to_str().unwrap();
    let reference = check(&site, &["--no-cache"]);
    let cold = check(&site, &["--cache", dir]);
    let warm = check(&site, &["--cache", dir]);
    assert_eq!(cold.0, reference.0);
    assert_eq!(warm.0, reference.0);
    assert!(warm.3 > 10);
    assert!(!site.path(".nassij-cache").exists());
    assert!(elsewhere.path().join("cache/parse.bin").is_file());
}
