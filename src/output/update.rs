//! Updating an existing output in place, for a build that rewrites only
//! some files: the new files are first written under `.nassij/staged/`
//! inside the output (the same file system, so a rename moves them), the
//! list of moves and removals is then written whole as
//! `.nassij/journal`, and only then are the files moved over the old ones
//! and the removed ones deleted; the journal goes last.
//!
//! Until the journal exists the output is the old site (a killed or failed
//! build leaves only `.nassij/staged/`, cleared by the next build); once it
//! exists the update is decided, and a build killed while applying it is
//! finished by the next `nassij build` into that folder, before anything
//! else ([`recover`]): every move and removal can be done again. A reader
//! of the folder sees the old site or the new one, except during the few
//! renames of the last step (or, after a kill in that step, until the next
//! build); see the README's "Incremental builds".

use super::{OutputError, check_target, clear_stale_staging, make_folder, remove_tree};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The folder of nassij's own files inside an output.
pub const OWN: &str = ".nassij";
const STAGED: &str = ".nassij/staged";
const JOURNAL: &str = ".nassij/journal";
const JOURNAL_NEW: &str = ".nassij/journal.new";

/// An update of the output folder under way.
pub struct Update {
    out: PathBuf,
    staged: PathBuf,
    next: AtomicUsize,
    moves: Mutex<Vec<(String, String)>>,
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |e| OutputError::Io(path.to_path_buf(), e)
}

impl Update {
    /// Begins an update of `out`, an existing output: finishes an update
    /// a killed build left decided, clears what one left undecided.
    pub fn begin(root: &Path, out: &Path) -> Result<Update, OutputError> {
        check_target(root, out)?;
        clear_stale_staging(out);
        recover(out)?;
        let staged = out.join(STAGED);
        make_folder(&staged).map_err(io_err(&staged))?;
        Ok(Update {
            out: out.to_path_buf(),
            staged,
            next: AtomicUsize::new(0),
            moves: Mutex::new(Vec::new()),
        })
    }

    /// Stages the file `rel` (relative to the output) with `bytes`.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
        if rel
            .split('/')
            .any(|c| c.is_empty() || c == "." || c == "..")
            || rel.contains('\n')
        {
            return Err(OutputError::Io(
                PathBuf::from(rel),
                io::Error::new(io::ErrorKind::InvalidInput, "not a relative path"),
            ));
        }
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let name = n.to_string();
        let path = self.staged.join(&name);
        std::fs::write(&path, bytes).map_err(io_err(&path))?;
        self.moves
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((name, rel.to_string()));
        Ok(())
    }

    /// How many files were staged.
    pub fn staged(&self) -> usize {
        self.next.load(Ordering::Relaxed)
    }

    /// Decides the update (writes the journal), then applies it: the
    /// staged files replace their targets, `removed` are deleted (with the
    /// folders they leave empty), and the journal is deleted.
    pub fn commit(self, removed: &[String]) -> Result<(), OutputError> {
        let mut moves = self.moves.into_inner().unwrap_or_else(|e| e.into_inner());
        // The manifest last, so that it never describes files not yet there.
        moves.sort_by_key(|(_, rel)| rel.starts_with(OWN));
        let mut text = String::new();
        for (name, rel) in &moves {
            text.push_str(&format!("move\t{name}\t{rel}\n"));
        }
        for rel in removed {
            text.push_str(&format!("remove\t{rel}\n"));
        }
        text.push_str(&format!("end\t{}\n", moves.len() + removed.len()));
        let new = self.out.join(JOURNAL_NEW);
        let journal = self.out.join(JOURNAL);
        {
            let mut f = std::fs::File::create(&new).map_err(io_err(&new))?;
            f.write_all(text.as_bytes()).map_err(io_err(&new))?;
            f.sync_all().map_err(io_err(&new))?;
        }
        std::fs::rename(&new, &journal).map_err(io_err(&journal))?;
        apply(&self.out, &text)
    }

    /// Gives the update up: the staged files are deleted, the output is
    /// left as it was.
    pub fn abandon(self) {
        remove_tree(&self.staged);
    }
}

/// Finishes an update that a killed build decided (its journal is whole),
/// and clears the files of one it had not decided. Any `nassij build`
/// into `out` does this first.
pub fn recover(out: &Path) -> Result<(), OutputError> {
    let journal = out.join(JOURNAL);
    if let Ok(text) = std::fs::read_to_string(&journal) {
        if whole(&text) {
            apply(out, &text)?;
        } else {
            // Renamed into place only once written whole: not ours.
            let _ = std::fs::remove_file(&journal);
        }
    }
    let _ = std::fs::remove_file(out.join(JOURNAL_NEW));
    remove_tree(&out.join(STAGED));
    Ok(())
}

/// Whether a journal's text ends with its count, equal to its entries.
fn whole(text: &str) -> bool {
    let mut lines: Vec<&str> = text.lines().collect();
    let Some(last) = lines.pop() else {
        return false;
    };
    last.strip_prefix("end\t")
        .and_then(|n| n.parse::<usize>().ok())
        .is_some_and(|n| n == lines.len())
}

/// Applies a whole journal; every step can be done again after a kill.
fn apply(out: &Path, text: &str) -> Result<(), OutputError> {
    let staged = out.join(STAGED);
    let mut emptied: Vec<PathBuf> = Vec::new();
    for line in text.lines() {
        let mut cols = line.split('\t');
        match (cols.next(), cols.next(), cols.next()) {
            (Some("move"), Some(name), Some(rel)) => {
                let from = staged.join(name);
                let to = out.join(rel);
                if !from.exists() {
                    // Moved before a kill.
                    continue;
                }
                if let Some(folder) = to.parent() {
                    make_folder(folder).map_err(io_err(folder))?;
                }
                std::fs::rename(&from, &to).map_err(io_err(&to))?;
            }
            (Some("remove"), Some(rel), None) => {
                let path = out.join(rel);
                match std::fs::remove_file(&path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(OutputError::Io(path, e)),
                }
                if let Some(folder) = path.parent() {
                    emptied.push(folder.to_path_buf());
                }
            }
            _ => {}
        }
    }
    // Folders left empty by removals, deepest first, up to the output.
    emptied.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    emptied.dedup();
    for mut folder in emptied {
        while folder != out && folder.starts_with(out) && std::fs::remove_dir(&folder).is_ok() {
            match folder.parent() {
                Some(p) => folder = p.to_path_buf(),
                None => break,
            }
        }
    }
    let journal = out.join(JOURNAL);
    match std::fs::remove_file(&journal) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(OutputError::Io(journal, e)),
    }
    remove_tree(&staged);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(dir: &Path) -> PathBuf {
        let out = dir.join("public");
        std::fs::create_dir_all(out.join("fr/a")).unwrap();
        std::fs::write(out.join("index.html"), "home").unwrap();
        std::fs::write(out.join("fr/a/index.html"), "a").unwrap();
        std::fs::write(out.join("fr/b.html"), "b").unwrap();
        out
    }

    fn read(out: &Path, rel: &str) -> Option<String> {
        std::fs::read_to_string(out.join(rel)).ok()
    }

    #[test]
    fn moves_new_files_in_and_removes_the_gone_with_their_empty_folders() {
        let dir = tempfile::tempdir().unwrap();
        let out = site(dir.path());
        let u = Update::begin(dir.path(), &out).unwrap();
        u.put("fr/b.html", b"b2").unwrap();
        u.put("ar/new/index.html", b"new").unwrap();
        u.put(".nassij/manifest", b"m").unwrap();
        assert_eq!(
            read(&out, "fr/b.html").as_deref(),
            Some("b"),
            "not before commit"
        );
        u.commit(&["fr/a/index.html".into()]).unwrap();
        assert_eq!(read(&out, "fr/b.html").as_deref(), Some("b2"));
        assert_eq!(read(&out, "ar/new/index.html").as_deref(), Some("new"));
        assert_eq!(read(&out, ".nassij/manifest").as_deref(), Some("m"));
        assert!(!out.join("fr/a").exists(), "emptied folder removed");
        assert!(!out.join(JOURNAL).exists() && !out.join(STAGED).exists());
    }

    #[test]
    fn an_abandoned_or_undecided_update_leaves_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = site(dir.path());
        let u = Update::begin(dir.path(), &out).unwrap();
        u.put("fr/b.html", b"b2").unwrap();
        u.abandon();
        assert_eq!(read(&out, "fr/b.html").as_deref(), Some("b"));
        // Killed after staging, before the journal: the next begin clears it.
        let u = Update::begin(dir.path(), &out).unwrap();
        u.put("fr/b.html", b"b3").unwrap();
        std::mem::forget(u);
        std::fs::write(out.join(JOURNAL_NEW), "move\t0\tfr/b.html\n").unwrap();
        recover(&out).unwrap();
        assert_eq!(read(&out, "fr/b.html").as_deref(), Some("b"));
        assert!(!out.join(STAGED).exists() && !out.join(JOURNAL_NEW).exists());
    }

    #[test]
    fn a_decided_update_killed_halfway_is_finished_by_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let out = site(dir.path());
        let u = Update::begin(dir.path(), &out).unwrap();
        u.put("fr/b.html", b"b2").unwrap();
        u.put("index.html", b"home2").unwrap();
        std::mem::forget(u);
        // The journal written whole, the first move done, then a kill.
        let text = "move\t0\tfr/b.html\nmove\t1\tindex.html\nremove\tfr/a/index.html\nend\t3\n";
        std::fs::write(out.join(JOURNAL), text).unwrap();
        std::fs::rename(out.join(STAGED).join("0"), out.join("fr/b.html")).unwrap();
        let again = Update::begin(dir.path(), &out).unwrap();
        assert_eq!(read(&out, "fr/b.html").as_deref(), Some("b2"));
        assert_eq!(read(&out, "index.html").as_deref(), Some("home2"));
        assert!(!out.join("fr/a/index.html").exists());
        again.abandon();
        // A journal not whole is not applied.
        std::fs::write(out.join(JOURNAL), "remove\tindex.html\n").unwrap();
        recover(&out).unwrap();
        assert_eq!(read(&out, "index.html").as_deref(), Some("home2"));
    }

    #[test]
    fn refuses_paths_outside_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = site(dir.path());
        let u = Update::begin(dir.path(), &out).unwrap();
        assert!(u.put("../x", b"x").is_err());
        assert!(u.put("/etc/x", b"x").is_err());
        u.abandon();
    }
}
