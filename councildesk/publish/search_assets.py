"""Search without a server: the index as a script assigning a variable (loads from file://) and its reader."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    kind: str  # minutes, matter, speaker
    title: str
    url: str  # relative to the site's root
    text: str


def index_script(entries: list[Entry]) -> str:
    """`var COUNCILDESK_INDEX = [...]`: JSON text escaped so that no '</script>' can close anything."""
    rows = [{"k": e.kind, "t": e.title, "u": e.url, "x": e.text} for e in entries]
    data = json.dumps(rows, ensure_ascii=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"var COUNCILDESK_INDEX = {data};\n"


# Every word must appear (case-insensitive) in the title or text; results are built with
# textContent, never innerHTML, so no indexed text can become markup.
SEARCH_JS = """
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var box = document.getElementById("q");
  var out = document.getElementById("results");
  var status = document.getElementById("search-status");
  if (!form || !box || !out || typeof COUNCILDESK_INDEX === "undefined") { return; }
  form.hidden = false;
  var rows = COUNCILDESK_INDEX.map(function (r) {
    return { r: r, hay: (r.t + " " + r.x).toLowerCase() };
  });
  function run() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    while (out.firstChild) { out.removeChild(out.firstChild); }
    if (!words.length) { status.textContent = ""; return; }
    var hits = rows.filter(function (row) {
      return words.every(function (w) { return row.hay.indexOf(w) !== -1; });
    }).slice(0, 200);
    hits.forEach(function (row) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = row.r.u;
      a.textContent = row.r.t;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + row.r.k + ")"));
      out.appendChild(li);
    });
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results");
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  box.addEventListener("input", run);
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { box.value = q; run(); }
})();
"""
