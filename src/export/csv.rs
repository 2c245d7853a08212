//! CSV as Excel and Frictionless read it: UTF-8 with a byte-order mark (so
//! that Excel shows Arabic and Tifinagh), CRLF line ends (RFC 4180), fields
//! quoted when they contain a comma, a quote, a line break or surrounding
//! spaces, quotes doubled.

/// The UTF-8 byte-order mark that opens every CSV file.
pub const BOM: &str = "\u{feff}";

/// One field, quoted when needed.
pub fn field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r'])
        || s.starts_with(' ')
        || s.ends_with(' ')
        || s.starts_with('\u{feff}');
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A whole file: the BOM, the header row, then the rows.
pub fn document(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        push_row(&mut out, row);
    }
    out
}

/// Appends one row and its CRLF.
pub fn push_row(out: &mut String, row: &[String]) {
    for (i, f) in row.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(f));
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("line 1\nline 2"), "\"line 1\nline 2\"");
        assert_eq!(field("cr\r\nlf"), "\"cr\r\nlf\"");
        assert_eq!(field(" padded"), "\" padded\"");
    }

    #[test]
    fn arabic_and_tifinagh_pass_through_unchanged() {
        assert_eq!(field("جمعية تيفاوين"), "جمعية تيفاوين");
        assert_eq!(field("ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ"), "ⵜⴰⵎⵓⵏⵜ ⵜⵉⴼⴰⵡⵉⵏ");
        // The Arabic comma is not a separator; the Latin one is.
        assert_eq!(field("فاس، مكناس"), "فاس، مكناس");
        assert_eq!(field("فاس, مكناس"), "\"فاس, مكناس\"");
    }

    #[test]
    fn a_document_starts_with_a_bom_and_ends_rows_with_crlf() {
        let doc = document(
            &["id".into(), "name_ar".into()],
            &[vec!["tifawin".into(), "جمعية \"تيفاوين\", سوس".into()]],
        );
        assert_eq!(
            doc,
            "\u{feff}id,name_ar\r\ntifawin,\"جمعية \"\"تيفاوين\"\", سوس\"\r\n"
        );
    }
}
