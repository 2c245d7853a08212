//! Watching the site's sources: content/, themes/, i18n/ (recursively) and
//! site.yaml, with notify. Access events (but closes after writing) and
//! editors' temporary and swap files are dropped; the rest is debounced: a batch is handed over once no
//! event has come for the quiet period, so a save that writes, renames and
//! changes attributes is one rebuild. Once a file of the batch is closed
//! after writing, the quiet period is 10 ms (what the same save does next
//! follows at once; a later event is at worst a second, cheap rebuild).

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// The quiet period once a file of the batch was closed after writing.
const AFTER_CLOSE: Duration = Duration::from_millis(10);

const WATCHED_DIRS: [&str; 3] = ["content", "themes", "i18n"];

/// True for files that editors and tools write beside the file being
/// edited while they save it: swap, backup and lock files (vim, Emacs),
/// vim's write test `4913`, GNU `sed -i`'s `sedXXXXXX`, JetBrains'
/// `*___jb_tmp___` and `*___jb_old___`, gedit's `.goutputstream-XXXXXX`,
/// any hidden file (the loader ignores them too), `*.tmp`. Ignoring them
/// keeps a rename-over save (the new text written beside, then renamed
/// onto the file) on the fast path of a record edit.
pub fn is_temporary(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let sed = name.len() == 9
        && name.starts_with("sed")
        && name[3..].chars().all(|c| c.is_ascii_alphanumeric());
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".tmp")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || sed
}

pub(super) struct Watch {
    watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    root: PathBuf,
}

impl Watch {
    /// Starts watching `root` (absolute).
    pub(super) fn start(root: &Path) -> notify::Result<Watch> {
        let (tx, events) = channel();
        let mut watcher = notify::recommended_watcher(move |e| {
            let _ = tx.send(e);
        })?;
        // The root itself, not recursively: site.yaml, and the watched
        // folders appearing, disappearing or being renamed.
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut w = Watch {
            watcher,
            events,
            root: root.to_path_buf(),
        };
        w.rewatch();
        Ok(w)
    }

    /// (Re)starts the recursive watches of the folders that exist (after a
    /// folder was removed, renamed or created again).
    fn rewatch(&mut self) {
        for dir in WATCHED_DIRS {
            let path = self.root.join(dir);
            let _ = self.watcher.unwatch(&path);
            if path.is_dir() {
                let _ = self.watcher.watch(&path, RecursiveMode::Recursive);
            }
        }
    }

    /// Waits for the next batch of changes: paths relative to the root.
    /// `None` when the watcher stopped.
    pub(super) fn next_batch(&mut self, quiet: Duration) -> Option<BTreeSet<PathBuf>> {
        let mut batch = BTreeSet::new();
        let mut rewatch = false;
        let mut last: Option<Instant> = None;
        let mut shortened = false;
        loop {
            let received = match last {
                None => self
                    .events
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected),
                Some(t) => {
                    let quiet = if shortened {
                        quiet.min(AFTER_CLOSE)
                    } else {
                        quiet
                    };
                    let left = quiet.saturating_sub(t.elapsed());
                    self.events.recv_timeout(left)
                }
            };
            match received {
                Ok(Ok(event)) => {
                    // A file closed after writing is complete: the batch
                    // waits only for what the same save does right after
                    // (a rename, attributes), not the whole quiet period.
                    let closed = matches!(
                        event.kind,
                        EventKind::Access(AccessKind::Close(AccessMode::Write))
                    );
                    if matches!(event.kind, EventKind::Access(_)) && !closed {
                        continue;
                    }
                    for path in event.paths {
                        if is_temporary(&path) {
                            continue;
                        }
                        let Ok(rel) = path.strip_prefix(&self.root) else {
                            continue;
                        };
                        let top = rel.components().next().and_then(|c| c.as_os_str().to_str());
                        let relevant = match top {
                            Some(t) if WATCHED_DIRS.contains(&t) => true,
                            Some(crate::load::SITE_FILE) => true,
                            _ => false,
                        };
                        if !relevant {
                            continue;
                        }
                        if rel.components().count() == 1 && top != Some(crate::load::SITE_FILE) {
                            rewatch = true;
                        }
                        batch.insert(rel.to_path_buf());
                        last = Some(Instant::now());
                        shortened |= closed;
                    }
                }
                // A watcher error (an overflowed queue): rebuild everything.
                Ok(Err(_)) => {
                    batch.insert(PathBuf::from(crate::load::CONTENT_DIR));
                    rewatch = true;
                    last = Some(Instant::now());
                }
                Err(RecvTimeoutError::Timeout) => {
                    if rewatch {
                        self.rewatch();
                    }
                    return Some(batch);
                }
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_ignored() {
        for name in [
            ".tifawin.md.swp",
            ".tifawin.md.swx",
            "tifawin.md~",
            ".#tifawin.md",
            "#tifawin.md#",
            "4913",
            ".DS_Store",
            "x.tmp",
            "sedAb12Cd",
            "tifawin.md___jb_tmp___",
            "tifawin.md___jb_old___",
            ".goutputstream-XYZ123",
        ] {
            assert!(is_temporary(Path::new(name)), "{name}");
        }
        for name in ["content/associations/tifawin.md", "sed-iftar.md", "seddouk"] {
            assert!(!is_temporary(Path::new(name)), "{name}");
        }
    }
}
