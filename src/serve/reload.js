// nassij serve: reloads the page after each rebuild and shows build errors
// in an overlay. Served only by `nassij serve`, never part of a build.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var OVERLAY_ID = "nassij-error-overlay";
  var events = new EventSource("/__nassij/events");

  function clear() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) old.remove();
  }

  // Styled by /__nassij/overlay.css (classes, never a style attribute: the
  // site's Content-Security-Policy forbids inline styles).
  function el(tag, cls, text, dir) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    if (dir) e.setAttribute("dir", dir);
    return e;
  }

  // A message with its `code spans` (values, field names, paths) as <code
  // dir="ltr"> elements: isolated, they keep their order inside an Arabic
  // sentence. The left-to-right marks meant for terminals are dropped.
  function rich(el, text) {
    String(text).replace(/\u200e/g, "").split("`").forEach(function (part, i) {
      if (i % 2 === 1) {
        el.appendChild(el.ownerDocument.createElement("code")).textContent = part;
        el.lastChild.setAttribute("dir", "ltr");
      } else if (part) {
        el.appendChild(document.createTextNode(part));
      }
    });
    return el;
  }

  function stylesheet() {
    if (document.getElementById(OVERLAY_ID + "-css")) return;
    var link = document.createElement("link");
    link.id = OVERLAY_ID + "-css";
    link.rel = "stylesheet";
    link.href = "/__nassij/overlay.css";
    (document.head || document.documentElement).appendChild(link);
  }

  // The line at fault with its number, and a caret line under the value:
  // always left to right, as in the file.
  function excerpt(d) {
    if (typeof d.source !== "string") return null;
    var number = String(d.line) + " | ";
    var pad = new Array(number.length - 1).join(" ") + "| ";
    var caret = new Array(Math.max(d.column, 1)).join(" ") +
      new Array((d.length || 1) + 1).join("^");
    if (d.label) caret += " " + d.label;
    return el("pre", "nassij-overlay-source", number + d.source + "\n" + pad + caret, "ltr");
  }

  // Messages come in the editor's language (`nassij serve --lang`), right
  // to left in Arabic; paths, codes and source lines stay left to right.
  function show(report) {
    clear();
    stylesheet();
    var labels = report.labels || {};
    var box = el("div", "nassij-overlay");
    box.id = OVERLAY_ID;
    box.setAttribute("dir", report.dir || "ltr");
    box.setAttribute("lang", report.lang || "en");
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-label", report.summary || "nassij");
    box.appendChild(rich(el("p", "nassij-overlay-head"), report.summary));
    (report.diagnostics || []).forEach(function (d) {
      var item = el("section", "nassij-overlay-item");
      var title = el("p", "nassij-overlay-message");
      title.appendChild(el("bdi", "nassij-overlay-code", (d.level || d.severity) + "[" + d.code + "]", "ltr"));
      title.appendChild(document.createTextNode(" "));
      title.appendChild(rich(el("span", "nassij-overlay-text"), d.message));
      item.appendChild(title);
      item.appendChild(el("p", "nassij-overlay-where", d.file + ":" + d.line + ":" + d.column, "ltr"));
      var source = excerpt(d);
      if (source) item.appendChild(source);
      if (d.help) item.appendChild(rich(el("p", "nassij-overlay-help", labels.help || "help: "), d.help));
      box.appendChild(item);
    });
    var close = el("button", "nassij-overlay-close", "×");
    close.setAttribute("aria-label", labels.close || "close");
    close.addEventListener("click", clear);
    box.appendChild(close);
    (document.body || document.documentElement).appendChild(box);
  }

  // The file of this page in the output: /fr/x/ -> fr/x/index.html.
  function ownFile() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    return path === "" || path.slice(-1) === "/" ? path + "index.html" : path;
  }

  // A rebuild names the files it changed (a record edit first names the
  // record's own pages, then, settled, the others): the page reloads when
  // its own file is among them, when none are named, or to clear errors.
  events.addEventListener("reload", function (e) {
    var data = {};
    try { data = JSON.parse(e.data); } catch (_) { /* reload */ }
    var paths = data.paths;
    var mine = !Array.isArray(paths) || paths.indexOf(ownFile()) >= 0;
    if (mine || document.getElementById(OVERLAY_ID)) location.reload();
  });
  events.addEventListener("errors", function (e) {
    try { show(JSON.parse(e.data)); } catch (_) { /* a malformed message changes nothing */ }
  });
})();
