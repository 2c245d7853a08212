//! What `nassij init` and `nassij theme eject` write into a site: the files
//! of a new site repository (site.yaml, the taxonomies, the editors' guide,
//! one draft record of each kind, CI for GitHub and GitLab, dotfiles) and the
//! built-in theme and interface messages. Both take their files from
//! [`crate::builtin`] and never replace a file that exists: the command line
//! ([`crate::cli`]) asks the questions and reports what was written.

use crate::messages::{EditorLang, Msg};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// The languages of a new site, in `site.yaml` order: code, name in the
/// language itself, direction, fallback chain.
const LANGUAGES: [(&str, &str, &str, &str); 3] = [
    ("ar", "العربية", "rtl", ""),
    ("fr", "Français", "ltr", ""),
    ("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ltr", ", fallback: [ar, fr]"),
];

/// The codes of a new site's languages.
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, ..)| *code)
}

/// The site's title when the person who runs `init` gives none (that of
/// the example site, which names the portal's purpose).
pub const DEFAULT_TITLE: [(&str, &str); 3] = [
    ("ar", "بوابة الجمعيات"),
    ("fr", "Portail des associations"),
    ("zgh", "ⵜⴰⵡⵡⵓⵔⵜ ⵏ ⵜⵎⵓⵏⵉⵏ"),
];

/// The base URL written when none is given: a reserved domain (RFC 2606)
/// that `build` accepts, for the web team to replace.
pub const DEFAULT_BASE_URL: &str = "https://portail.example.org";

/// What `init` asks (or reads from its flags).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    /// The site's title by language code, in [`LANGUAGES`] order; a
    /// language left out falls back along its chain.
    pub title: Vec<(String, String)>,
    /// The public address of the site.
    pub base_url: String,
    /// The address that receives "report an error" messages.
    pub contact: Option<String>,
    /// The language of nassij's messages for the site's editors.
    pub editor_language: EditorLang,
}

/// The released nassij that the CI files install.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    /// The version, without `v` (this binary's).
    pub version: String,
    /// The SHA-256 of the Linux x86_64 archive of that version, when known.
    pub sha256: Option<String>,
    /// Where releases are downloaded from: `{download}/v{version}/{asset}`.
    pub download: String,
}

impl Pin {
    /// This binary's version. The checksum comes from `nassij.sha256sums`
    /// beside the executable (written by the install scripts: the release's
    /// `SHA256SUMS`), when it lists this version's Linux x86_64 archive.
    pub fn of_this_binary() -> Pin {
        let version = env!("CARGO_PKG_VERSION").to_owned();
        let sha256 = std::env::current_exe()
            .ok()
            .and_then(|exe| std::fs::read_to_string(exe.with_file_name("nassij.sha256sums")).ok())
            .and_then(|sums| checksum_in(&sums, &linux_archive(&version)));
        Pin {
            version,
            sha256,
            download: format!("{}/releases/download", env!("CARGO_PKG_REPOSITORY")),
        }
    }
}

/// The release asset the CI files download: the statically linked Linux
/// x86_64 build.
pub fn linux_archive(version: &str) -> String {
    format!("nassij-{version}-x86_64-linux.tar.gz")
}

/// The hash of `asset` in a `sha256sum` listing (`HASH  NAME` or
/// `HASH *NAME` lines), if it is there and well formed.
pub fn checksum_in(sums: &str, asset: &str) -> Option<String> {
    sums.lines().find_map(|line| {
        let (hash, name) = line.trim().split_once(char::is_whitespace)?;
        let name = name.trim_start().trim_start_matches('*');
        (name == asset && hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| hash.to_ascii_lowercase())
    })
}

/// One file to write: its path relative to the site and its bytes.
pub type NewFile = (PathBuf, Cow<'static, [u8]>);

/// Every file of a new site, in the order they are written.
pub fn site_files(answers: &Answers, pin: &Pin) -> Vec<NewFile> {
    let mut files: Vec<NewFile> = vec![(
        PathBuf::from("site.yaml"),
        Cow::Owned(site_yaml(answers).into_bytes()),
    )];
    for (name, bytes) in crate::builtin::taxonomies() {
        files.push((
            Path::new("content/taxonomies").join(name),
            Cow::Borrowed(*bytes),
        ));
    }
    files.push((
        PathBuf::from("content/README.md"),
        Cow::Borrowed(crate::builtin::guide()),
    ));
    for (name, bytes) in crate::builtin::skeleton() {
        let bytes = match std::str::from_utf8(bytes) {
            Ok(text) if text.contains("__NASSIJ_") => Cow::Owned(fill(text, pin).into_bytes()),
            _ => Cow::Borrowed(*bytes),
        };
        files.push((PathBuf::from(name), bytes));
    }
    files
}

/// The skeleton's placeholders replaced by the pinned release.
fn fill(text: &str, pin: &Pin) -> String {
    text.replace("__NASSIJ_VERSION__", &pin.version)
        .replace("__NASSIJ_SHA256__", pin.sha256.as_deref().unwrap_or(""))
        .replace("__NASSIJ_DOWNLOAD__", &pin.download)
}

/// `site.yaml` of a new site; its comments in the editors' language.
pub fn site_yaml(answers: &Answers) -> String {
    let lang = answers.editor_language;
    let comment = |id: &'static str| -> String {
        Msg::plain(id)
            .text(lang)
            .lines()
            .map(|l| format!("# {l}\n"))
            .collect()
    };
    // A JSON string is a YAML double-quoted scalar: any title is safe.
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned());
    let mut out = comment("init-yaml-header");
    out.push_str("title:\n");
    for (code, text) in &answers.title {
        out.push_str(&format!("  {code}: {}\n", quoted(text)));
    }
    out.push_str(&comment("init-yaml-base-url"));
    out.push_str(&format!("base_url: {}\n", quoted(&answers.base_url)));
    out.push_str("default_language: ar\n");
    out.push_str("languages:\n");
    for (code, name, dir, fallback) in LANGUAGES {
        out.push_str(&format!(
            "  - {{code: {code}, name: {}, dir: {dir}{fallback}}}\n",
            quoted(name)
        ));
    }
    out.push_str(&comment("init-yaml-theme"));
    out.push_str("theme: default\n");
    out.push_str(&comment("init-yaml-editor-language"));
    out.push_str(&format!("editor_language: {}\n", lang.code()));
    out.push_str(&comment("init-yaml-contact"));
    match &answers.contact {
        Some(email) => out.push_str(&format!("contact_email: {}\n", quoted(email))),
        None => out.push_str("# contact_email: portail@example.org\n"),
    }
    out
}

/// The built-in theme and interface messages, as `nassij theme eject`
/// writes them: `themes/THEME/…` (the site's theme, whose files override
/// the built-in ones) and `i18n/LANG/…`.
pub fn theme_and_messages(theme: &str) -> Vec<NewFile> {
    let theme = crate::builtin::theme().iter().map(move |(name, bytes)| {
        (
            Path::new("themes").join(theme).join(name),
            Cow::Borrowed(*bytes),
        )
    });
    let messages = crate::builtin::messages()
        .iter()
        .map(|(name, bytes)| (Path::new("i18n").join(name), Cow::Borrowed(*bytes)));
    theme.chain(messages).collect()
}

/// What [`write_new`] did with one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The file was written.
    Written,
    /// A file was already there: it was kept as it is.
    Kept,
}

/// Writes `files` under `root`, creating folders, never replacing a file
/// that exists. Stops at the first file that cannot be written, with its
/// path and the system's reason.
pub fn write_new(
    root: &Path,
    files: &[NewFile],
) -> Result<Vec<(PathBuf, Outcome)>, (PathBuf, std::io::Error)> {
    let mut done = Vec::with_capacity(files.len());
    for (rel, bytes) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| (rel.clone(), e))?;
        }
        let created = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        match created {
            Ok(mut file) => {
                use std::io::Write;
                file.write_all(bytes).map_err(|e| (rel.clone(), e))?;
                done.push((rel.clone(), Outcome::Written));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                done.push((rel.clone(), Outcome::Kept));
            }
            Err(e) => return Err((rel.clone(), e)),
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers() -> Answers {
        Answers {
            title: vec![
                ("ar".into(), "بوابة \"الجمعيات\"".into()),
                ("fr".into(), "Portail: régional # 1".into()),
            ],
            base_url: "https://associations.example.ma".into(),
            contact: Some("portail@example.ma".into()),
            editor_language: EditorLang::Fr,
        }
    }

    #[test]
    fn site_yaml_quotes_titles_and_comments_in_the_editors_language() {
        let yaml = site_yaml(&answers());
        assert!(
            yaml.contains("  ar: \"بوابة \\\"الجمعيات\\\"\"\n"),
            "{yaml}"
        );
        assert!(yaml.contains("  fr: \"Portail: régional # 1\"\n"), "{yaml}");
        assert!(yaml.contains("editor_language: fr\n"), "{yaml}");
        assert!(yaml.contains("contact_email: \"portail@example.ma\"\n"));
        assert!(yaml.contains("fallback: [ar, fr]"));
        let comments: Vec<&str> = yaml.lines().filter(|l| l.starts_with('#')).collect();
        assert!(comments.len() >= 5, "{yaml}");
        let ar = site_yaml(&Answers {
            editor_language: EditorLang::Ar,
            contact: None,
            ..answers()
        });
        assert_ne!(
            ar.lines().next(),
            yaml.lines().next(),
            "the comments follow the editor's language"
        );
        assert!(ar.contains("# contact_email:"), "{ar}");
    }

    #[test]
    fn the_checksum_is_read_from_a_sha256sum_listing() {
        let hash = "a".repeat(64);
        let sums = format!(
            "{}  nassij-0.1.0-aarch64-linux.tar.gz\n{hash} *nassij-0.1.0-x86_64-linux.tar.gz\n",
            "b".repeat(64)
        );
        assert_eq!(
            checksum_in(&sums, &linux_archive("0.1.0")),
            Some(hash.clone())
        );
        assert_eq!(checksum_in(&sums, &linux_archive("0.2.0")), None);
        assert_eq!(
            checksum_in(
                "zz  nassij-0.1.0-x86_64-linux.tar.gz",
                &linux_archive("0.1.0")
            ),
            None
        );
    }

    #[test]
    fn placeholders_are_filled() {
        let pin = Pin {
            version: "1.2.3".into(),
            sha256: None,
            download: "https://example.org/dl".into(),
        };
        assert_eq!(
            fill(
                "v=__NASSIJ_VERSION__ s=\"__NASSIJ_SHA256__\" d=__NASSIJ_DOWNLOAD__",
                &pin
            ),
            "v=1.2.3 s=\"\" d=https://example.org/dl"
        );
    }

    #[test]
    fn existing_files_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::write(dir.path().join("content/README.md"), "mine").unwrap();
        let files: Vec<NewFile> = vec![
            ("content/README.md".into(), Cow::Borrowed(b"theirs")),
            ("a/b/c.txt".into(), Cow::Borrowed(b"new")),
        ];
        let done = write_new(dir.path(), &files).unwrap();
        assert_eq!(
            done,
            [
                (PathBuf::from("content/README.md"), Outcome::Kept),
                (PathBuf::from("a/b/c.txt"), Outcome::Written)
            ]
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("content/README.md")).unwrap(),
            "mine"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a/b/c.txt")).unwrap(),
            "new"
        );
    }
}
