//! The HTTP side of `nassij serve`: files of the in-memory output only
//! (a map lookup, never the file system), the reload script and the event
//! stream under `/__nassij/`. Paths are decoded strictly: `..`, `.`,
//! encoded slashes or backslashes, NUL and invalid UTF-8 are refused.

use super::engine::Files;
use std::io::Write;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tiny_http::{Header, Request, Response, StatusCode};

const EVENTS_PATH: &str = "/__nassij/events";
const SCRIPT_PATH: &str = "/__nassij/reload.js";
const SCRIPT: &str = include_str!("reload.js");
const STYLE_PATH: &str = "/__nassij/overlay.css";
const STYLE: &str = include_str!("overlay.css");
const KEEPALIVE: Duration = Duration::from_secs(15);

/// The open event streams, and the message a new page must see at once
/// (the current errors, if any).
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Sender<String>>>,
    current: Mutex<Option<String>>,
}

impl Hub {
    /// Sends one server-sent event to every open page. `sticky` events
    /// (errors) are also sent to pages that connect later, until the next
    /// event replaces them.
    pub fn broadcast(&self, event: &str, data: &str, sticky: bool) {
        let message = sse(event, data);
        if let Ok(mut current) = self.current.lock() {
            *current = sticky.then(|| message.clone());
        }
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|c| c.send(message.clone()).is_ok());
        }
    }

    fn subscribe(&self) -> (Receiver<String>, Option<String>) {
        let (tx, rx) = channel();
        if let Ok(mut clients) = self.clients.lock() {
            clients.push(tx);
        }
        let current = self.current.lock().ok().and_then(|c| c.clone());
        (rx, current)
    }
}

/// One event in the text/event-stream format: every line of `data` gets its
/// own `data:` field, so no line break in the data can end the event.
fn sse(event: &str, data: &str) -> String {
    let mut s = format!("event: {event}\n");
    for line in data.split('\n') {
        s.push_str("data: ");
        s.push_str(line.trim_end_matches('\r'));
        s.push('\n');
    }
    s.push('\n');
    s
}

/// Serves requests until the server is dropped.
pub fn serve(server: Arc<tiny_http::Server>, files: Arc<RwLock<Files>>, hub: Arc<Hub>) {
    for request in server.incoming_requests() {
        if request.url().split('?').next() == Some(EVENTS_PATH) {
            let hub = hub.clone();
            std::thread::spawn(move || stream(request, &hub));
            continue;
        }
        let response = respond(request.method(), request.url(), &files);
        let _ = request.respond(response);
    }
}

/// Holds an event stream open: the errors of the moment first, then every
/// broadcast event, with a comment line now and then so that a closed page
/// is noticed and its thread ends.
fn stream(request: Request, hub: &Hub) {
    let (rx, current) = hub.subscribe();
    let mut w = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
    let mut first = format!("{head}retry: 500\n\n{}", sse("hello", "{}"));
    if let Some(c) = current {
        first.push_str(&c);
    }
    if w.write_all(first.as_bytes())
        .and_then(|_| w.flush())
        .is_err()
    {
        return;
    }
    loop {
        let chunk = match rx.recv_timeout(KEEPALIVE) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if w.write_all(chunk.as_bytes())
            .and_then(|_| w.flush())
            .is_err()
        {
            return;
        }
    }
}

type Reply = Response<std::io::Cursor<Vec<u8>>>;

fn header(name: &str, value: &str) -> Header {
    // Names and values here are ASCII constants or content types.
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| Header::from_bytes(&b"X-Nassij"[..], &b"1"[..]).expect("ASCII header"))
}

fn reply(status: u16, content_type: &str, body: Vec<u8>, head_only: bool) -> Reply {
    let len = body.len();
    let body = if head_only { Vec::new() } else { body };
    let mut r = Response::from_data(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    if head_only {
        r = r.with_header(header("Content-Length", &len.to_string()));
    }
    r
}

fn text(status: u16, message: &str, head_only: bool) -> Reply {
    reply(
        status,
        "text/plain; charset=utf-8",
        format!("{message}\n").into_bytes(),
        head_only,
    )
}

/// The response to one request for a file.
pub fn respond(method: &tiny_http::Method, url: &str, files: &RwLock<Files>) -> Reply {
    use tiny_http::Method;
    let head_only = *method == Method::Head;
    if !matches!(method, Method::Get | Method::Head) {
        return text(405, "method not allowed", head_only)
            .with_header(header("Allow", "GET, HEAD"));
    }
    let raw = url.split(['?', '#']).next().unwrap_or("");
    if raw == SCRIPT_PATH {
        return reply(
            200,
            "text/javascript; charset=utf-8",
            SCRIPT.as_bytes().to_vec(),
            head_only,
        );
    }
    if raw == STYLE_PATH {
        return reply(
            200,
            "text/css; charset=utf-8",
            STYLE.as_bytes().to_vec(),
            head_only,
        );
    }
    let Some(key) = file_key(raw) else {
        return text(400, "bad request: this path is not allowed", head_only);
    };
    let Ok(files) = files.read() else {
        return text(500, "the output is not available", head_only);
    };
    let (status, path, bytes) = if let Some(b) = files.get(&key) {
        (200, key, b.clone())
    } else if !key.is_empty()
        && !key.ends_with('/')
        && files.contains_key(&format!("{key}/index.html"))
    {
        // A folder without its slash: the page's relative links need it.
        let location = format!("{}/", raw);
        return text(301, "moved", head_only).with_header(header("Location", &location));
    } else {
        // `/{lang}/...` gets the 404 page of its language.
        let lang = key.split('/').next().unwrap_or("");
        let localized = format!("{lang}/404.html");
        let page = if key.contains('/') && files.contains_key(&localized) {
            localized
        } else {
            "404.html".to_string()
        };
        match files.get(&page) {
            Some(b) => (404, page, b.clone()),
            None => return text(404, "not found", head_only),
        }
    };
    let content_type = content_type(&path);
    let body = if content_type.starts_with("text/html") {
        inject(&bytes)
    } else {
        bytes.to_vec()
    };
    reply(status, content_type, body, head_only)
}

/// The key of a request path in the output: `a/b/index.html` for `/a/b/`.
/// `None` for anything that is not a plain path below the output root.
pub fn file_key(raw: &str) -> Option<String> {
    let rest = raw.strip_prefix('/')?;
    let lower = rest.to_ascii_lowercase();
    // Encoded separators would let a segment hide a `/` or `\`.
    if lower.contains("%2f") || lower.contains("%5c") {
        return None;
    }
    let decoded = percent_decode(rest)?;
    if decoded.contains(['\0', '\\']) || decoded.starts_with('/') {
        return None;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (i, s) in segments.iter().enumerate() {
        if *s == "." || *s == ".." || (s.is_empty() && i != last) || s.contains(':') {
            return None;
        }
    }
    Some(if decoded.is_empty() || decoded.ends_with('/') {
        format!("{decoded}index.html")
    } else {
        decoded
    })
}

/// Decodes `%XX` escapes; `None` for a malformed escape or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "jsonld" => "application/ld+json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "ics" => "text/calendar; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "gz" => "application/gzip",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// The reload script, same-origin (a CSP with `script-src 'self'` allows
/// it), before the last `</body>`, or at the end.
pub fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!(r#"<script src="{SCRIPT_PATH}" defer></script>"#);
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_paths() {
        assert_eq!(file_key("/").as_deref(), Some("index.html"));
        assert_eq!(file_key("/ar/").as_deref(), Some("ar/index.html"));
        assert_eq!(file_key("/css/a.css").as_deref(), Some("css/a.css"));
        assert_eq!(
            file_key("/ar/associations/region/MA-09/").as_deref(),
            Some("ar/associations/region/MA-09/index.html")
        );
        assert_eq!(file_key("/%D8%A3").as_deref(), Some("أ"));
    }

    #[test]
    fn traversal_refused() {
        for bad in [
            "/../etc/passwd",
            "/ar/../../site.yaml",
            "/%2e%2e/site.yaml",
            "/%2E%2E%2fsite.yaml",
            "/ar%2f..%2f..%2fsite.yaml",
            "/..%5csite.yaml",
            "/ar\\..\\site.yaml",
            "//etc/passwd",
            "/a/%00",
            "/a//b",
            "/./index.html",
            "/%zz",
            "/%ff",
            "relative",
            "/C:/windows",
        ] {
            assert_eq!(file_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn script_before_body_end() {
        let html = b"<html><body><p>x</p></body></html>";
        let out = String::from_utf8(inject(html)).unwrap();
        assert!(
            out.ends_with(r#"<script src="/__nassij/reload.js" defer></script></body></html>"#)
        );
    }

    #[test]
    fn sse_data_lines() {
        assert_eq!(sse("errors", "a\nb"), "event: errors\ndata: a\ndata: b\n\n");
    }
}
