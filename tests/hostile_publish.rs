//! Publishing safety (issue 8, item 4): `nassij build` killed with SIGKILL
//! at moments spread over a build leaves the previous output complete and
//! byte-identical (or, once the swap happened, the complete new one: never
//! a mixture, never nothing); a later build cleans the leftovers; `--out
//! ../x` writes ../x and nothing else. (Two builds of the same tree and
//! `--now` being byte-identical, and a failed build leaving the output
//! intact, are tests/build.rs.)

mod common;

use common::{NOW, read_tree};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn nassij(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nassij"));
    cmd.current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

fn build(root: &Path, out: &str) -> Duration {
    let started = Instant::now();
    let status = nassij(root)
        .args(["build", "--now", NOW, "--out", out])
        .status()
        .unwrap();
    assert!(status.success(), "build into {out} failed");
    started.elapsed()
}

/// Staging folders left beside `dir`.
fn leftovers(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".nassij-build-"))
        .collect()
}

/// A site larger than the fixture, so that a build lasts long enough to be
/// killed in the middle: written by the corpus generator, `nassij-generate`
/// (it reads the repository's taxonomies and copies its theme).
fn generated_site(dir: &Path) -> PathBuf {
    let root = dir.join("site");
    let out = common::generate(60, &root);
    assert_eq!(out.code, 0, "nassij-generate failed: {}", out.stderr);
    root
}

type Tree = BTreeMap<PathBuf, Vec<u8>>;

fn describe(tree: &Tree, old: &Tree, new: &Tree) -> String {
    let missing = old.keys().filter(|k| !tree.contains_key(*k)).count();
    let differ = old
        .iter()
        .filter(|(k, v)| tree.get(*k).is_some_and(|t| t != *v))
        .count();
    format!(
        "{} files ({} old, {} new), {missing} old files missing, {differ} differ",
        tree.len(),
        old.len(),
        new.len()
    )
}

#[cfg(unix)]
#[test]
fn killing_a_build_never_leaves_a_broken_output() {
    let dir = tempfile::tempdir().unwrap();
    let root = generated_site(dir.path());
    // The output as published, and the output the edited tree gives.
    build(&root, "public");
    let old = read_tree(&root.join("public"));
    // A new site title: every page changes.
    let site_yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    let edited = site_yaml.replacen("Portail des associations", "Nouveau portail", 1);
    assert_ne!(
        edited, site_yaml,
        "generated site.yaml changed: update the edit"
    );
    std::fs::write(root.join("site.yaml"), edited).unwrap();
    let duration = build(&root, "expected");
    let new = read_tree(&root.join("expected"));
    std::fs::remove_dir_all(root.join("expected")).unwrap();
    assert_ne!(old, new, "the edit must change the output");
    assert!(
        old.len() > 300,
        "only {} files: the site is too small",
        old.len()
    );

    // 20 kills at moments spread over 1.4 times the build's duration (the first
    // one right at the start, the last ones after a typical build's swap).
    let mut replaced = false;
    let mut outcomes = Vec::new();
    for i in 0..20u32 {
        let delay = duration.mul_f64(f64::from(i) / 14.0);
        let mut child = nassij(&root)
            .args(["build", "--now", NOW, "--out", "public"])
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        // A staging folder left behind: the kill landed while pages were written.
        let writing = !leftovers(&root).is_empty();
        let tree = read_tree(&root.join("public"));
        let state = if tree == old {
            "old"
        } else if tree == new {
            "new"
        } else {
            panic!(
                "kill {i} after {delay:?}: the output is neither the old nor the new site: {}",
                describe(&tree, &old, &new)
            );
        };
        // Once replaced, the new output must stay (each later build is of the same tree).
        assert!(
            !(replaced && state == "old"),
            "kill {i}: the old output came back"
        );
        replaced |= state == "new";
        outcomes.push(format!(
            "{}ms:{state}:{}{}",
            delay.as_millis(),
            if status.success() { "done" } else { "killed" },
            if writing { ":staging-left" } else { "" }
        ));
    }
    eprintln!("kills: {}", outcomes.join(", "));
    // A later successful build cleans what the killed ones left.
    build(&root, "public");
    assert_eq!(read_tree(&root.join("public")), new);
    assert_eq!(
        leftovers(&root),
        Vec::<String>::new(),
        "staging folders left after a successful build"
    );
}

#[test]
fn out_outside_the_site_writes_only_that_folder() {
    let dir = tempfile::tempdir().unwrap();
    let site = common::Site::from_fixture("valid");
    // The site in dir/site, a neighbour folder with files beside it, and a
    // sibling output's staging folder (a build running at the same time).
    let root = dir.path().join("site");
    common::copy_tree(site.root(), &root);
    std::fs::create_dir(dir.path().join("neighbour")).unwrap();
    std::fs::write(dir.path().join("neighbour/keep.txt"), "keep").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "keep").unwrap();
    let sibling = dir.path().join(".nassij-build-other-abc123");
    std::fs::create_dir(&sibling).unwrap();
    std::fs::write(sibling.join("index.html"), "a build in progress").unwrap();
    let before_parent = read_tree(dir.path());
    let before_site = read_tree(&root);

    build(&root, "../x");
    // Besides ../x, the build writes only its parse cache, in the site's
    // `.nassij-cache/` (as `check` does; `--no-cache` writes none).
    let cache =
        |k: &std::path::Path| k.starts_with("site/.nassij-cache") || k.starts_with(".nassij-cache");
    let after = read_tree(dir.path());
    let outside_x: Tree = after
        .iter()
        .filter(|(k, _)| !k.starts_with("x") && !cache(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    assert_eq!(outside_x, before_parent, "files outside ../x changed");
    let site_after: Tree = read_tree(&root)
        .into_iter()
        .filter(|(k, _)| !cache(k))
        .collect();
    assert_eq!(site_after, before_site, "the site's own files changed");
    assert!(dir.path().join("x/index.html").is_file());
    assert_eq!(
        leftovers(dir.path()),
        vec![".nassij-build-other-abc123".to_string()]
    );
}
