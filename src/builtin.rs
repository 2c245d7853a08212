//! The files built into the binary by `build.rs`: the default theme, the
//! interface messages, and what `nassij init` writes into a new site (the
//! taxonomies, the editors' guide, the CI files and dotfiles of
//! `src/init/skeleton/`). A site's own `themes/NAME/` and `i18n/LANG/*.ftl`
//! files override these, file by file and message by message.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// A hash of the sources this binary was built from (see `build.rs`).
pub(crate) const BUILD_ID: &str = generated::BUILD_ID;

/// The name of the built-in theme in `site.yaml` and under `themes/`: a
/// site's `themes/default/` overrides it file by file.
pub(crate) const DEFAULT_THEME: &str = "default";

/// One built-in file: its path relative to its set's folder, and its bytes.
pub(crate) type File = (&'static str, &'static [u8]);

/// The default theme, relative to `themes/default/` (`templates/base.html`,
/// `static/css/site.css`...).
pub(crate) fn theme() -> &'static [File] {
    generated::THEME
}

/// The interface messages and their glossary, relative to `i18n/`
/// (`fr/main.ftl`, `zgh/GLOSSARY.md`...).
pub(crate) fn messages() -> &'static [File] {
    generated::MESSAGES
}

/// The `.ftl` files of one language, sorted by name: (file name, text).
pub(crate) fn messages_of(lang: &str) -> impl Iterator<Item = (&'static str, &'static str)> {
    generated::MESSAGES.iter().filter_map(move |(path, bytes)| {
        let (dir, name) = path.split_once('/')?;
        (dir == lang && name.ends_with(".ftl"))
            .then(|| std::str::from_utf8(bytes).ok().map(|text| (name, text)))
            .flatten()
    })
}

/// The taxonomies of a new site, relative to `content/taxonomies/`.
pub(crate) fn taxonomies() -> &'static [File] {
    generated::TAXONOMIES
}

/// The editors' guide (`content/README.md`), French and Arabic.
pub(crate) fn guide() -> &'static [u8] {
    generated::GUIDE.first().map_or(&[], |(_, bytes)| *bytes)
}

/// The other files of a new site (CI, dotfiles, the web team's README),
/// relative to the site's root, with placeholders that `nassij init` fills.
pub(crate) fn skeleton() -> &'static [File] {
    generated::SKELETON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_theme_and_the_three_languages_are_built_in() {
        let names: Vec<&str> = theme().iter().map(|(p, _)| *p).collect();
        assert!(names.contains(&"templates/base.html"), "{names:?}");
        assert!(names.contains(&"static/css/site.css"), "{names:?}");
        for lang in ["ar", "fr", "zgh"] {
            let files: Vec<&str> = messages_of(lang).map(|(name, _)| name).collect();
            assert!(files.contains(&"main.ftl"), "{lang}: {files:?}");
        }
        assert_eq!(messages_of("en").count(), 0);
        let taxonomies: Vec<&str> = taxonomies().iter().map(|(p, _)| *p).collect();
        assert_eq!(
            taxonomies,
            [
                "audiences.yaml",
                "domains.yaml",
                "indicators.yaml",
                "territories.yaml"
            ]
        );
        assert!(std::str::from_utf8(guide()).is_ok_and(|g| g.contains("nassij check")));
    }

    #[test]
    fn built_in_files_are_the_repository_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (set, files) in [("themes/default", theme()), ("i18n", messages())] {
            for (path, bytes) in files {
                let on_disk = std::fs::read(root.join(set).join(path)).expect("file exists");
                assert_eq!(&on_disk[..], *bytes, "{set}/{path}");
            }
        }
    }
}
