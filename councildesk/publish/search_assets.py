"""Search without a server: the index as a script assigning a variable (loads from file://) and its reader."""

from __future__ import annotations

import json
from dataclasses import dataclass

from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.publish.site_words import ENGLISH, SiteWords

# What each entry is, shown after its title: "(minutes)", "(procès-verbal)".
KINDS = {
    "minutes": QT_TRANSLATE_NOOP("site", "minutes"),
    "matter": QT_TRANSLATE_NOOP("site", "matter"),
    "speaker": QT_TRANSLATE_NOOP("site", "speaker"),
}


@dataclass(frozen=True)
class Entry:
    kind: str  # minutes, matter, speaker
    title: str
    url: str  # relative to the site's root
    text: str


def kind_name(kind: str, w: SiteWords = ENGLISH) -> str:
    return w(KINDS[kind])


def index_script(entries: list[Entry], w: SiteWords = ENGLISH) -> str:
    """`var COUNCILDESK_INDEX = [...]`: JSON text escaped so that no '</script>' can close anything.

    Each entry's kind is written in `w`'s language: the script shows it as it is."""
    names = {kind: kind_name(kind, w) for kind in KINDS}
    rows = [{"k": names[e.kind], "t": e.title, "u": e.url, "x": e.text} for e in entries]
    data = json.dumps(rows, ensure_ascii=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"var COUNCILDESK_INDEX = {data};\n"


# Every word must appear (case-insensitive) in the title or text; results are built with
# textContent, never innerHTML, so no indexed text can become markup. Its count's words are filled
# in by search_js.
RESULT, RESULTS = QT_TRANSLATE_NOOP("site", " result"), QT_TRANSLATE_NOOP("site", " results")
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
    status.textContent = hits.length + (hits.length === 1 ? __RESULT__ : __RESULTS__);
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  box.addEventListener("input", run);
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { box.value = q; run(); }
})();
"""


def search_js(w: SiteWords = ENGLISH) -> str:
    """The search script with its count in `w`'s language (English: the script as it always was)."""
    return SEARCH_JS.replace("__RESULTS__", w.js(RESULTS)).replace("__RESULT__", w.js(RESULT))
