//! The texts of the files that have diagnostics, read again from disk (and
//! normalized exactly as the loader does) to resolve key paths into lines
//! and columns and to show the offending line. Only those files are read.

use super::frontmatter;
use crate::diagnostics::{Diagnostic, Position, SourceLookup};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub(crate) struct SourceCache {
    files: HashMap<PathBuf, Cached>,
}

#[derive(Debug)]
struct Cached {
    text: String,
    /// Byte range of the YAML in `text`, and the lines before it.
    yaml: Option<(std::ops::Range<usize>, usize)>,
}

impl SourceCache {
    pub(crate) fn for_diagnostics(root: &Path, diagnostics: &[Diagnostic]) -> SourceCache {
        use rayon::prelude::*;
        // One read per file, in parallel: a directory of 250,000 records
        // can carry a warning in nearly every file.
        let mut wanted: Vec<&PathBuf> = diagnostics.iter().map(|d| &d.file).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let files = wanted
            .into_par_iter()
            .filter_map(|f| read(root, f).map(|c| (f.clone(), c)))
            .collect();
        SourceCache { files }
    }
}

fn read(root: &Path, rel: &Path) -> Option<Cached> {
    let full = root.join(rel);
    // symlink_metadata: a symbolic link is reported, never read, also here:
    // its first line would be shown in the diagnostic (a link to
    // /proc/self/environ or a key file would print secrets into CI logs).
    let meta = std::fs::symlink_metadata(&full).ok()?;
    if !meta.is_file() || meta.len() > super::MAX_FILE_BYTES {
        return None;
    }
    let bytes = std::fs::read(&full).ok()?;
    let text = match frontmatter::decode(bytes.clone()) {
        Ok(t) => t,
        // The same line breaks as decode() counts in its positions.
        Err(_) => String::from_utf8_lossy(&bytes)
            .replace("\r\n", "\n")
            .replace('\r', "\n"),
    };
    Some(cached(rel, text))
}

fn cached(rel: &Path, text: String) -> Cached {
    let is_md = rel.extension().is_some_and(|e| e == "md");
    let yaml = if is_md {
        frontmatter::split(&text).ok().map(|s| {
            let start = s.yaml.as_ptr() as usize - text.as_ptr() as usize;
            (start..start + s.yaml.len(), 1)
        })
    } else {
        Some((0..text.len(), 0))
    };
    Cached { text, yaml }
}

impl SourceLookup for SourceCache {
    fn text(&self, file: &Path) -> Option<&str> {
        self.files.get(file).map(|c| c.text.as_str())
    }

    fn locate(&self, file: &Path, key_path: &str) -> Option<(Position, usize)> {
        let c = self.files.get(file)?;
        // Lines before the YAML: 1 for Markdown front matter (after `---`).
        let (range, offset) = c.yaml.clone()?;
        let (p, len) = super::yaml::locate(&c.text[range], key_path)?;
        Some((
            Position {
                line: p.line + offset,
                column: p.column,
            },
            len,
        ))
    }
}
