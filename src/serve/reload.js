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

  function el(tag, style, text) {
    var e = document.createElement(tag);
    if (style) e.setAttribute("style", style);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(report) {
    clear();
    var box = el("div",
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
      "color:#f4f4f4;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:1.5rem;");
    box.id = OVERLAY_ID;
    box.setAttribute("dir", "ltr");
    box.setAttribute("lang", "en");
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-label", "nassij: the site has errors");
    var head = el("p", "margin:0 0 1rem;font-weight:bold;color:#ff8a80;",
      "nassij: " + report.summary + " (the page shows the last good build; fix the file and it reloads)");
    box.appendChild(head);
    (report.diagnostics || []).forEach(function (d) {
      var item = el("section", "margin:0 0 1rem;padding:.75rem;border-inline-start:4px solid #ff8a80;background:#2a2a2a;");
      if (d.snippet) {
        // The same text as the terminal: message, file:line:column, the
        // lines at fault, help.
        item.appendChild(el("pre", "margin:0;white-space:pre-wrap;", d.snippet));
      } else {
        item.appendChild(el("p", "margin:0;font-weight:bold;", d.severity + "[" + d.code + "]: " + d.message));
        item.appendChild(el("p", "margin:0;color:#9ecbff;", d.file + ":" + d.line + ":" + d.column));
        if (d.help) item.appendChild(el("p", "margin:0;color:#b9f6ca;", "help: " + d.help));
      }
      box.appendChild(item);
    });
    var close = el("button", "position:absolute;top:.5rem;inset-inline-end:.5rem;", "×");
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
