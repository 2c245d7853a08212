//! Tamazight in the example site's sources (issue 15):
//! - `i18n/zgh/GLOSSARY.md`, the terminology of the interface: its count
//!   line says how many terms it lists, how many have a source and how many
//!   await a native speaker's review (a Source cell that says "review"), and
//!   it must stay true as rows are added or sourced;
//! - every taxonomy name (domains, audiences, indicators and their units,
//!   regions, provinces and prefectures) has a zgh form.

use std::path::Path;

#[test]
fn the_glossary_counts_its_terms_truly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/zgh/GLOSSARY.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Concept"))
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect()
        })
        .collect();
    assert!(rows.len() > 150, "{} rows", rows.len());
    for row in &rows {
        assert_eq!(
            row.len(),
            3,
            "a row has concept, Tifinagh and source: {row:?}"
        );
        let tifinagh = row[1];
        // A Tifinagh form, or a sign with no word (`%`).
        let form = tifinagh.split('(').next().unwrap_or("");
        assert!(
            tifinagh
                .chars()
                .any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c))
                || !form.chars().any(char::is_alphabetic),
            "no Tifinagh form: {row:?}"
        );
        assert!(
            !tifinagh
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "Arabic letters in the Tifinagh column: {row:?}"
        );
        assert!(
            !row[2].is_empty(),
            "neither source nor review mark: {row:?}"
        );
    }
    let review = rows
        .iter()
        .filter(|r| r[2].to_lowercase().contains("review"))
        .count();
    let expected = format!(
        "{} terms, {} sourced, {} marked for review",
        rows.len(),
        rows.len() - review,
        review
    );
    assert!(
        text.contains(&expected),
        "the count line should read \"{expected}\""
    );
}

#[test]
fn every_taxonomy_name_has_a_zgh_form() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/taxonomies");
    let mut names = 0;
    for file in ["domains", "audiences", "indicators", "territories"] {
        let text = std::fs::read_to_string(dir.join(format!("{file}.yaml"))).unwrap();
        for (n, line) in text.lines().enumerate() {
            let Some(at) = line.find("name: {").or_else(|| line.find("unit: {")) else {
                continue;
            };
            names += 1;
            let map = &line[at..line[at..].find('}').map_or(line.len(), |e| at + e)];
            let zgh = map
                .split("zgh: \"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("{file}.yaml:{}: no zgh: {line}", n + 1));
            assert!(
                zgh.chars().any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c)),
                "{file}.yaml:{}: the zgh name is not in Tifinagh: {line}",
                n + 1
            );
        }
    }
    // 14 domains, 7 audiences, 11 indicators with their units, 12 regions
    // and 75 provinces and prefectures.
    assert!(names >= 14 + 7 + 22 + 12 + 75, "{names} names");
}
