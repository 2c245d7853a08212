//! HTML escaping, one implementation for templates (written run by run into
//! the page) and for the texts that views assemble into markup (charts).

/// `s` with `&`, `<`, `>`, `"` and `'` as entities, safe in element content
/// and in quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Writing into a String cannot fail.
    let _ = write_escaped(&mut out, s);
    out
}

/// Writes `s` escaped as [`escape_html`] does, a run of plain characters at
/// a time.
pub fn write_escaped(out: &mut impl std::fmt::Write, s: &str) -> std::fmt::Result {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&s[start..i])?;
        out.write_str(entity)?;
        start = i + 1;
    }
    out.write_str(&s[start..])
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn the_five_characters_become_entities_and_nothing_else_changes() {
        for (s, want) in [
            ("", ""),
            ("plain", "plain"),
            (
                "<a href=\"x\">l'été & co</a>",
                "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;",
            ),
            ("&&<<>>", "&amp;&amp;&lt;&lt;&gt;&gt;"),
            (
                "جمعية <تيفاوين> & ⵜⵉⴼⴰⵡⵉⵏ'",
                "جمعية &lt;تيفاوين&gt; &amp; ⵜⵉⴼⴰⵡⵉⵏ&#39;",
            ),
            ("end&", "end&amp;"),
        ] {
            assert_eq!(escape_html(s), want, "{s}");
        }
    }
}
