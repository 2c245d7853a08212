//! Turning a file's bytes into text, and a Markdown record's text into its
//! YAML front matter and its body.
//!
//! Editors work on Windows as often as not: a UTF-8 byte-order mark and CRLF
//! line endings are accepted and normalized here, once, so every later stage
//! sees `\n` only and positions agree everywhere.

use crate::diagnostics::{Position, position_of_offset};
use crate::messages::Msg;
use crate::msg;

/// Why a file's bytes are not usable text, or a Markdown record has no
/// front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError {
    /// Where the fault is in the file.
    pub position: Position,
    /// What is wrong.
    pub message: Msg,
    /// How to fix it.
    pub help: Msg,
}

/// Decodes a file: UTF-8 with or without BOM, any line endings. UTF-16,
/// NUL bytes and invalid UTF-8 are refused with the position of the fault.
pub fn decode(bytes: Vec<u8>) -> Result<String, TextError> {
    if bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || looks_like_utf16(&bytes)
    {
        return Err(TextError {
            position: Position { line: 1, column: 1 },
            message: Msg::plain("bad-encoding--utf16"),
            help: Msg::plain("bad-encoding--utf16-help"),
        });
    }
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            return Err(TextError {
                position: raw_position(&prefix, prefix.len()),
                message: msg!("bad-encoding", byte = format!("0x{:02X}", bytes[valid])),
                help: Msg::plain("bad-encoding--help"),
            });
        }
    };
    if let Some(i) = text.find('\0') {
        return Err(TextError {
            position: raw_position(&text, i),
            message: Msg::plain("bad-encoding--nul"),
            help: Msg::plain("bad-encoding--nul-help"),
        });
    }
    Ok(normalize_newlines(text))
}

/// UTF-16 without a byte-order mark: a NUL in every other byte of the first
/// characters (ASCII text such as `---` encoded in 16 bits).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    bytes.len() >= 4
        && ((bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
            || (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0))
}

/// The position of `byte` in text that is not normalized yet: CRLF, LF and a
/// lone CR each end a line, as they will once [`normalize_newlines`] ran (and
/// as editors show them).
fn raw_position(text: &str, byte: usize) -> Position {
    let byte = byte.min(text.len());
    let before = text.get(..byte).unwrap_or(text);
    if !before.contains('\r') {
        return position_of_offset(before, before.len());
    }
    let normalized = normalize_newlines(before.to_string());
    // A CR just before the fault may be the first half of a CRLF: it ends
    // the line only if the next byte is not LF, which the fault is not.
    position_of_offset(&normalized, normalized.len())
}

fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A Markdown record split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines (it starts on line 2 of the file).
    pub yaml: &'a str,
    /// The Markdown after the closing `---` line.
    pub body: &'a str,
    /// Byte offset of the body in the file's text.
    pub body_offset: usize,
}

fn is_delimiter(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Splits `---\nyaml\n---\nbody`.
pub fn split(text: &str) -> Result<Split<'_>, TextError> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if !is_delimiter(&text[..first_end]) {
        return Err(TextError {
            position: Position { line: 1, column: 1 },
            message: Msg::plain("front-matter--missing"),
            help: Msg::plain("front-matter--missing-help"),
        });
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut pos = yaml_start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if is_delimiter(&text[pos..end]) {
            let body_offset = (end + 1).min(text.len());
            return Ok(Split {
                yaml: &text[yaml_start..pos],
                body: &text[body_offset..],
                body_offset,
            });
        }
        pos = end + 1;
    }
    Err(TextError {
        position: Position { line: 1, column: 1 },
        message: Msg::plain("front-matter--unclosed"),
        help: Msg::plain("front-matter--unclosed-help"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_normalized() {
        let text = decode(b"\xEF\xBB\xBF---\r\nname: x\r\n---\r\nbody\r\n".to_vec()).unwrap();
        assert_eq!(text, "---\nname: x\n---\nbody\n");
        let s = split(&text).unwrap();
        assert_eq!(s.yaml, "name: x\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(&text[s.body_offset..], "body\n");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let e = decode(b"a: 1\nb: \xC3\x28\n".to_vec()).unwrap_err();
        assert_eq!(e.position, Position { line: 2, column: 4 });
    }

    #[test]
    fn utf16_and_nul_are_refused() {
        assert!(
            decode(vec![0xFF, 0xFE, b'a', 0])
                .unwrap_err()
                .message
                .en()
                .contains("UTF-16")
        );
        let e = decode(b"ab\n\0".to_vec()).unwrap_err();
        assert_eq!(e.position, Position { line: 2, column: 1 });
    }

    #[test]
    fn faults_after_mixed_line_endings_are_located_as_editors_show_them() {
        // CRLF, LF, then a lone CR (old Mac): the NUL is on line 4.
        let e = decode(b"a: 1\r\nb: 2\nc: 3\rd: \0\n".to_vec()).unwrap_err();
        assert_eq!(e.position, Position { line: 4, column: 4 });
        let e = decode(b"a\rb\r\nc\nd\r\xff".to_vec()).unwrap_err();
        assert_eq!(e.position, Position { line: 5, column: 1 });
        // A CR right before the fault still ends its line.
        let e = decode(b"ab\r\0".to_vec()).unwrap_err();
        assert_eq!(e.position, Position { line: 2, column: 1 });
    }

    #[test]
    fn utf16_without_bom_is_named() {
        let mut bytes = Vec::new();
        for unit in "---\nname: x\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(
            decode(bytes.clone())
                .unwrap_err()
                .message
                .en()
                .contains("UTF-16")
        );
        let be: Vec<u8> = bytes.chunks(2).flat_map(|c| [c[1], c[0]]).collect();
        assert!(decode(be).unwrap_err().message.en().contains("UTF-16"));
    }

    #[test]
    fn missing_delimiters_are_explained() {
        assert!(
            split("name: x\n")
                .unwrap_err()
                .message
                .en()
                .contains("must start")
        );
        assert!(
            split("---\nname: x\nbody\n")
                .unwrap_err()
                .message
                .en()
                .contains("never closed")
        );
        let s = split("---\nname: x\n---").unwrap();
        assert_eq!(s.body, "");
    }
}
