//! Output: the rendered files are written to a fresh folder beside the
//! output folder, then swapped in with one atomic `renameat2(RENAME_EXCHANGE)`
//! (a plain rename cannot replace a non-empty folder). Until that moment the
//! previous output is untouched, whatever happens to the build; a killed or
//! failed build leaves only a hidden temporary folder, removed next time.

pub mod update;

use crate::messages::Msg;
use crate::msg;
use rayon::prelude::*;
use std::io;
use std::path::{Path, PathBuf};

/// One file of the output: its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, with `/` separators.
    pub path: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

/// FNV-1a, 64 bits: a stable fingerprint for content-addressed file names
/// (`site.1a2b3c4d5e.css`, search shards), so that hosts can cache them for
/// ever (not security).
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")[..10].to_string()
}

const TEMP_PREFIX: &str = ".nassij-build-";

/// Why the output folder could not be checked, written or swapped in.
#[derive(Debug)]
pub enum OutputError {
    /// The output folder would replace something that is not a site: why.
    Refused(Msg),
    /// An I/O error on this path.
    Io(PathBuf, io::Error),
}

impl OutputError {
    /// The problem, to put into words in the editor's language.
    pub fn msg(&self) -> Msg {
        match self {
            OutputError::Refused(why) => why.clone(),
            OutputError::Io(path, e) => msg!("output-io", path = path, reason = e.to_string()),
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.msg().en())
    }
}

/// `len` bytes at `offset` of the file `rel` (a path relative to `out`,
/// with `/` separators, as a manifest names it) of an existing output;
/// `None` when the path leaves `out` or the bytes cannot be read.
pub fn read_at(out: &Path, rel: &str, offset: u64, len: u64) -> Option<Vec<u8>> {
    use std::io::{Read, Seek, SeekFrom};
    if rel.is_empty() || rel.starts_with('/') || rel.split('/').any(|c| c == ".." || c.is_empty()) {
        return None;
    }
    let mut f = std::fs::File::open(out.join(rel)).ok()?;
    f.seek(SeekFrom::Start(offset)).ok()?;
    let mut bytes = vec![0; usize::try_from(len).ok()?];
    f.read_exact(&mut bytes).ok()?;
    Some(bytes)
}

/// Checks that `out` may be replaced: not the site itself or a folder that
/// contains it, and when it exists, a folder that holds a built site.
pub fn check_target(root: &Path, out: &Path) -> Result<(), OutputError> {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root_abs, out_abs) = (abs(root), abs(out));
    if root_abs.starts_with(&out_abs) {
        return Err(OutputError::Refused(msg!(
            "output-contains-site",
            out = out
        )));
    }
    for protected in ["content", "themes", "i18n", "src", "tests", ".git"] {
        if out_abs.starts_with(root_abs.join(protected)) {
            return Err(OutputError::Refused(msg!(
                "output-inside-sources",
                out = out,
                folder = protected
            )));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(OutputError::Refused(msg!("output-not-a-folder", out = out)));
        }
        let empty = std::fs::read_dir(out)
            .map_err(|e| OutputError::Io(out.to_path_buf(), e))?
            .next()
            .is_none();
        if !empty && !out.join("index.html").is_file() {
            return Err(OutputError::Refused(msg!("output-not-a-site", out = out)));
        }
    }
    Ok(())
}

/// Writes `files` into `out`, replacing its previous content atomically
/// (the tests below; builds stream through [`Staging`]).
#[cfg(test)]
fn write_site(root: &Path, out: &Path, files: &[OutputFile]) -> Result<(), OutputError> {
    let staging = Staging::begin(root, out)?;
    files
        .par_iter()
        .try_for_each(|f| staging.put(&f.path, &f.bytes))?;
    staging.commit()
}

/// A build's output being written: a hidden folder beside `out`, swapped in
/// by [`Staging::commit`]. Dropped without a commit (a failed build), it is
/// removed and `out` was never touched. Files are put from many threads.
pub struct Staging {
    temp: tempfile::TempDir,
    out: PathBuf,
}

impl Staging {
    /// Checks that `out` may be replaced and creates the staging folder.
    pub fn begin(root: &Path, out: &Path) -> Result<Staging, OutputError> {
        check_target(root, out)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| OutputError::Io(parent.clone(), e))?;
        let prefix = temp_prefix(out);
        remove_stale_temps(&parent, &prefix);
        let temp = tempfile::Builder::new()
            .prefix(&prefix)
            .tempdir_in(&parent)
            .map_err(|e| OutputError::Io(parent.clone(), e))?;
        set_public_permissions(temp.path());
        Ok(Staging {
            temp,
            out: out.to_path_buf(),
        })
    }

    /// Writes one file, `rel` relative to the output folder, creating its
    /// folder. Most pages are `…/slug/index.html` in a folder of their own,
    /// so the folder is made first (one `mkdir` when its parent exists).
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let path = self.temp.path().join(rel);
        if let Some(folder) = path.parent() {
            make_folder(folder).map_err(|e| OutputError::Io(folder.to_path_buf(), e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| OutputError::Io(path, e))
    }

    /// Swaps the staged folder in place of `out`.
    pub fn commit(self) -> Result<(), OutputError> {
        let staged = self.temp.keep();
        swap_in(&staged, &self.out)
    }
}

/// `mkdir -p`, trying the folder itself first: it is usually new and its
/// parent usually exists.
pub(crate) fn make_folder(folder: &Path) -> io::Result<()> {
    match std::fs::create_dir(folder) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(_) => std::fs::create_dir_all(folder),
    }
}

fn swap_in(staged: &Path, out: &Path) -> Result<(), OutputError> {
    if !out.exists() {
        return std::fs::rename(staged, out).map_err(|e| OutputError::Io(out.to_path_buf(), e));
    }
    match exchange(staged, out) {
        Ok(()) => {
            // `staged` now holds the previous output.
            remove_tree(staged);
            Ok(())
        }
        Err(_) => {
            // Filesystems without RENAME_EXCHANGE: two renames, with a
            // window in which `out` is missing but never half-written.
            // Same prefix, so that a kill between the renames is cleaned too.
            let old = PathBuf::from(format!("{}-old", staged.display()));
            std::fs::rename(out, &old).map_err(|e| OutputError::Io(out.to_path_buf(), e))?;
            std::fs::rename(staged, out).map_err(|e| OutputError::Io(out.to_path_buf(), e))?;
            remove_tree(&old);
            Ok(())
        }
    }
}

/// Removes a folder and everything below it, folders in parallel: the
/// previous output of a national directory holds a million files, and
/// removing them one by one took longer than writing the new ones. Never
/// follows symbolic links (they are removed as files). Best effort: what
/// cannot be removed stays, and the next build removes its leftovers.
pub(crate) fn remove_tree(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let entries: Vec<std::fs::DirEntry> = entries.flatten().collect();
    entries.par_iter().for_each(|e| match e.file_type() {
        Ok(t) if t.is_dir() => remove_tree(&e.path()),
        _ => {
            let _ = std::fs::remove_file(e.path());
        }
    });
    let _ = std::fs::remove_dir(dir);
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "no atomic exchange on this platform",
    ))
}

#[cfg(unix)]
fn set_public_permissions(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
}

#[cfg(not(unix))]
fn set_public_permissions(_dir: &Path) {}

/// The prefix of the staging folders of `out`: they sit beside it, so they
/// carry its name, and a build only ever removes its own output's leftovers
/// (never the staging folder of a build into a sibling folder running at
/// the same time).
fn temp_prefix(out: &Path) -> String {
    let name: String = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{TEMP_PREFIX}{name}-")
}

/// Removes temporary folders left by builds of `out` that were killed.
/// Removes the staging folders that killed full builds of `out` left
/// beside it (an incremental build does not stage a folder, so it clears
/// them itself).
pub(crate) fn clear_stale_staging(out: &Path) {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    remove_stale_temps(&parent, &temp_prefix(out));
}

fn remove_stale_temps(parent: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // `public-` must not match the leftovers of `public-x` (prefix
        // `.nassij-build-public_x-`): names are sanitized, `-` ends them.
        if name.starts_with(prefix) {
            remove_tree(&entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn replaces_the_previous_output_entirely() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(
            dir.path(),
            &out,
            &[file("index.html", "one"), file("ar/old/index.html", "old")],
        )
        .unwrap();
        write_site(
            dir.path(),
            &out,
            &[file("index.html", "two"), file("fr/index.html", "fr")],
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "two"
        );
        assert!(!out.join("ar/old/index.html").exists());
        assert!(out.join("fr/index.html").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn leftovers_of_a_sibling_output_are_not_touched() {
        let dir = tempfile::tempdir().unwrap();
        let mine = dir.path().join(format!("{}public-Xy12", TEMP_PREFIX));
        let sibling = dir.path().join(format!("{}public_fr-Ab34", TEMP_PREFIX));
        let sibling2 = dir.path().join(format!("{}public_old-Ab34", TEMP_PREFIX));
        for d in [&mine, &sibling, &sibling2] {
            std::fs::create_dir(d).unwrap();
        }
        write_site(
            dir.path(),
            &dir.path().join("public"),
            &[file("index.html", "x")],
        )
        .unwrap();
        assert!(!mine.exists(), "a leftover of public/ is cleaned");
        assert!(
            sibling.exists() && sibling2.exists(),
            "another output's staging folder was removed"
        );
    }

    #[test]
    fn refuses_to_replace_sources_or_foreign_folders() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            check_target(dir.path(), dir.path()),
            Err(OutputError::Refused(_))
        ));
        assert!(matches!(
            check_target(dir.path(), &dir.path().join("content/x")),
            Err(OutputError::Refused(_))
        ));
        let foreign = dir.path().join("documents");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("thesis.odt"), "x").unwrap();
        assert!(matches!(
            check_target(dir.path(), &foreign),
            Err(OutputError::Refused(_))
        ));
    }
}
