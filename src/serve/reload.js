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
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function stylesheet() {
    if (document.getElementById(OVERLAY_ID + "-css")) return;
    var link = document.createElement("link");
    link.id = OVERLAY_ID + "-css";
    link.rel = "stylesheet";
    link.href = "/__nassij/overlay.css";
    (document.head || document.documentElement).appendChild(link);
  }

  function show(report) {
    clear();
    stylesheet();
    var box = el("div", "nassij-overlay");
    box.id = OVERLAY_ID;
    box.setAttribute("dir", "ltr");
    box.setAttribute("lang", "en");
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-label", "nassij: the site has errors");
    var head = el("p", "nassij-overlay-head",
      "nassij: " + report.summary + " (the page shows the last good build; fix the file and it reloads)");
    box.appendChild(head);
    (report.diagnostics || []).forEach(function (d) {
      var item = el("section", "nassij-overlay-item");
      if (d.snippet) {
        // The same text as the terminal: message, file:line:column, the
        // lines at fault, help.
        item.appendChild(el("pre", "", d.snippet));
      } else {
        item.appendChild(el("p", "", d.severity + "[" + d.code + "]: " + d.message));
        item.appendChild(el("p", "nassij-overlay-where", d.file + ":" + d.line + ":" + d.column));
        if (d.help) item.appendChild(el("p", "nassij-overlay-help", "help: " + d.help));
      }
      box.appendChild(item);
    });
    var close = el("button", "nassij-overlay-close", "×");
    close.setAttribute("aria-label", "close");
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
