"""A member's votes on the public site: the full table with filter data on each row, and its summary."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councildesk.domain.enums import BallotOption
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.publish.page import esc, table
from councildesk.publish.site_words import SiteWords
from councildesk.services.voting_record_dto import RecordRow, RecordSummary, Recusal

NO_TOPIC = QT_TRANSLATE_NOOP("site", "No matter")
YEAR, BODY = QT_TRANSLATE_NOOP("site", "Year"), QT_TRANSLATE_NOOP("site", "Body")
TOPIC, DATE = QT_TRANSLATE_NOOP("site", "Topic"), QT_TRANSLATE_NOOP("site", "Date")
VOTE = QT_TRANSLATE_NOOP("site", "Vote")
ANY, SHOW_ONLY = QT_TRANSLATE_NOOP("site", "Any"), QT_TRANSLATE_NOOP("site", "Show only")
EVERY_VOTE = QT_TRANSLATE_NOOP("site", "Show every vote")
# The data-* attributes of a vote's row, which the filter script matches the form's choices against.
FACTS = ("year", "body", "topic", "outcome", "against")
# The filter script's count, in pieces around its numbers: "Showing " 3 " of " 10 " votes.".
COUNT_WORDS = {
    "ONE_VOTE": QT_TRANSLATE_NOOP("site", " vote."),
    "VOTES": QT_TRANSLATE_NOOP("site", " votes."),
    "SHOWING": QT_TRANSLATE_NOOP("site", "Showing "),
    "OF": QT_TRANSLATE_NOOP("site", " of "),
    "SHOWING_ALL": QT_TRANSLATE_NOOP("site", "Showing all "),
}


def published_summary(
    person_id: int, name: str, rows: Sequence[RecordRow], seated: int, present: int
) -> RecordSummary:
    """The voting-record summary of the published ballots only (drafts left out), in date order."""
    counts = dict.fromkeys(BallotOption, 0)
    decided = with_majority = 0
    dissents: list[RecordRow] = []
    recusals: list[Recusal] = []
    for r in rows:
        counts[r.option] += 1
        side = r.with_majority
        if side is not None:
            decided += 1
            with_majority += side
            if not side:
                dissents.append(r)
        if r.option is BallotOption.RECUSED:
            recusals.append(Recusal(r.taken_on, r.meeting_id, r.item_title, r.note))
    return RecordSummary(
        person_id=person_id,
        person_name=name,
        counts=counts,
        ballots=len(rows),
        meetings_seated=seated,
        meetings_present=present,
        decided=decided,
        with_majority=with_majority,
        dissents=tuple(dissents),
        recusals=tuple(recusals),
    )


def _options(name: str, text: str, values: Sequence[str], w: SiteWords) -> str:
    choices = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return (
        f'<div><label for="f-{name}">{esc(text)}</label> <select id="f-{name}" name="{name}">'
        f'<option value="">{w.text(ANY)}</option>{choices}</select></div>'
    )


def votes_section(
    name: str,
    rows: Sequence[RecordRow],
    topics: dict[int, str],
    cells: Callable[[RecordRow], list[str]],
    w: SiteWords,
) -> str:
    """The filter form (hidden until the script shows it) and every vote, newest first.

    Without script the whole table is there; the script only hides rows, so nothing depends on it.
    `topics` gives the kind of each published matter; `cells` the row's linked cells; `w` the words.
    """
    ordered, none = list(reversed(rows)), w(NO_TOPIC)
    # (year, body, topic, outcome, against) of each row: a member's 7,000 rows share a few hundred.
    facts = [
        (
            str(r.taken_on.year),
            r.body_name,
            topics.get(r.matter_id, none) if r.matter_id is not None else none,
            w.label(r.result),
            "1" if r.with_majority is False else "",
        )
        for r in ordered
    ]
    attrs_of = {
        f: " ".join(f'data-{k}="{esc(v)}"' for k, v in zip(FACTS, f, strict=True)) for f in set(facts)
    }
    attrs = [attrs_of[f] for f in facts]
    years, bodies, kinds, outcomes = ({f[n] for f in facts} for n in range(4))
    form = (
        '<form id="vote-filter" class="filters" data-table="votes-table" hidden>'
        f"<fieldset><legend>{w.text(SHOW_ONLY)}</legend>"
        + _options("year", w(YEAR), sorted(years, reverse=True), w)
        + _options("body", w(BODY), sorted(bodies), w)
        + _options("topic", w(TOPIC), sorted(kinds), w)
        + _options("outcome", w(QT_TRANSLATE_NOOP("site", "Outcome")), sorted(outcomes), w)
        + '<div><input id="f-against" name="against" type="checkbox" value="1"> <label for="f-against">'
        + w.text(QT_TRANSLATE_NOOP("site", "Voted against the majority"))
        + f'</label></div><div><button type="reset">{w.text(EVERY_VOTE)}'
        "</button></div></fieldset></form>"
        '<p id="vote-count" role="status" aria-live="polite"></p>'
    )
    lines = []
    kind_cells = {kind: esc(kind) for kind in kinds}
    for r, f in zip(ordered, facts, strict=True):
        date_cell, item_cell, *rest = cells(r)
        lines.append([date_cell, item_cell, kind_cells[f[2]], *rest])
    body = table(
        w(QT_TRANSLATE_NOOP("site", "Every vote of {name}"), name=name),
        (
            w(DATE),
            w(QT_TRANSLATE_NOOP("site", "Item")),
            w(TOPIC),
            w(VOTE),
            w(QT_TRANSLATE_NOOP("site", "Result")),
        ),
        lines,
        table_id="votes-table",
        row_attrs=attrs,
    )
    return form + body


# Hides the rows whose data-* attributes differ from a chosen value; a checkbox keeps only rows
# carrying its data attribute. Plain DOM, no library, works from file://. Its words are filled in
# (filter_js) as JavaScript string literals: "Showing " + 3 + " of " + "10 votes.".
FILTER_JS = """
(function () {
  "use strict";
  var form = document.getElementById("vote-filter");
  if (!form) { return; }
  var table = document.getElementById(form.getAttribute("data-table"));
  var count = document.getElementById("vote-count");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  form.hidden = false;
  function apply() {
    var wanted = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.tagName === "SELECT" && el.value) { wanted.push([el.name, el.value]); }
      if (el.type === "checkbox" && el.checked) { wanted.push([el.name, el.value]); }
    });
    var shown = 0;
    rows.forEach(function (row) {
      var keep = wanted.every(function (w) { return row.getAttribute("data-" + w[0]) === w[1]; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    var total = rows.length + (rows.length === 1 ? __ONE_VOTE__ : __VOTES__);
    count.textContent = wanted.length ? __SHOWING__ + shown + __OF__ + total : __SHOWING_ALL__ + total;
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  apply();
})();
"""


def filter_js(w: SiteWords) -> str:
    """The filter script with its count in `w`'s language (English: the script as it always was)."""
    out = FILTER_JS
    for name, message in COUNT_WORDS.items():
        out = out.replace(f"__{name}__", w.js(message))
    return out
