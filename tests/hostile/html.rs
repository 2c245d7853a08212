//! A small reader of the builder's HTML output, shared by the script
//! injection tests and the Markdown fuzzing: tags with decoded attribute
//! values, and the problems that would let content run script.

// Each test binary uses a part of it; `pub` is for the test files.
#![allow(dead_code, unreachable_pub)]

use std::path::Path;

#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// For script and style elements: their raw text.
    pub text: Option<String>,
}

/// A small HTML tokenizer, enough to read the builder's own output: tags
/// with their attributes (values with character references decoded), the
/// raw text of script and style elements; comments and text are skipped.
pub fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if html[i..].starts_with('!') || html[i..].starts_with('/') || html[i..].starts_with('?') {
            i = html[i..].find('>').map_or(html.len(), |e| i + e + 1);
            continue;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
            i += 1;
        }
        let name = lower[start..i].to_string();
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let a = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
                i += 1;
            }
            let attr = lower[a..i].to_string();
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if b[i] == b'"' || b[i] == b'\'' {
                    let q = b[i] as char;
                    let end = html[i + 1..].find(q).map_or(html.len(), |e| i + 1 + e);
                    value = decode_refs(&html[i + 1..end]);
                    i = end + 1;
                } else {
                    let v = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = decode_refs(&html[v..i]);
                }
            }
            attrs.push((attr, value));
        }
        let mut text = None;
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            let end = lower[i.min(lower.len())..]
                .find(&close)
                .map_or(html.len(), |e| i + e);
            text = Some(html[i.min(html.len())..end].to_string());
            i = end;
        }
        out.push(Tag { name, attrs, text });
    }
    out
}

/// Decodes the character references a browser would before reading a URL.
pub fn decode_refs(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|e| *e < 12);
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "colon" => Some(':'),
            "tab" => Some('\t'),
            "newline" => Some('\n'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A URL as a browser reads its scheme: control characters and spaces
/// removed, lowercase.
pub fn scheme_view(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "srcset",
    "background",
    "cite",
    "longdesc",
    "manifest",
    "ping",
];

pub fn html_problems(file: &Path, html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let f = file.display();
    for tag in tags(html) {
        match tag.name.as_str() {
            "script" => {
                let ty = tag
                    .attrs
                    .iter()
                    .find(|(a, _)| a == "type")
                    .map(|(_, v)| v.as_str());
                let src = tag
                    .attrs
                    .iter()
                    .find(|(a, _)| a == "src")
                    .map(|(_, v)| v.as_str());
                let text = tag.text.as_deref().unwrap_or("");
                match (ty, src) {
                    (Some("application/ld+json"), None) => {
                        if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
                            problems.push(format!(
                                "{f}: JSON-LD does not parse ({e}): {}",
                                &text[..text.len().min(200)]
                            ));
                        }
                        if text.to_ascii_lowercase().contains("<!--") || text.contains('<') {
                            problems.push(format!("{f}: `<` inside JSON-LD"));
                        }
                    }
                    (None, Some(s)) if s.starts_with("/static/") && text.trim().is_empty() => {}
                    _ => problems.push(format!(
                        "{f}: a script element that is not the site's own: {tag:?}"
                    )),
                }
            }
            "iframe" | "object" | "embed" | "base" | "frame" | "frameset" | "applet" => {
                problems.push(format!("{f}: <{}> in the output", tag.name));
            }
            "meta"
                if tag
                    .attrs
                    .iter()
                    .any(|(a, v)| a == "http-equiv" && v.eq_ignore_ascii_case("refresh")) =>
            {
                problems.push(format!("{f}: meta refresh"));
            }
            "style" => problems.push(format!("{f}: a <style> element")),
            _ => {}
        }
        for (attr, value) in &tag.attrs {
            if attr.starts_with("on") {
                problems.push(format!(
                    "{f}: event handler {attr}=\"{value}\" on <{}>",
                    tag.name
                ));
            }
            if URL_ATTRS.contains(&attr.as_str()) {
                let v = scheme_view(value);
                for bad in ["javascript:", "vbscript:", "data:"] {
                    if v.starts_with(bad) || (attr == "srcset" && v.contains(bad)) {
                        problems.push(format!(
                            "{f}: {bad} URL in {attr} of <{}>: {value}",
                            tag.name
                        ));
                    }
                }
            }
            if attr == "style"
                && (value.contains("url(") || value.to_ascii_lowercase().contains("javascript"))
            {
                problems.push(format!("{f}: style attribute from content: {value}"));
            }
        }
    }
    problems
}
