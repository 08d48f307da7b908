"""One page of the public site: the shared frame (lang, skip link, landmarks, navigation) and its style."""

from __future__ import annotations

from html import escape

from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.publish.site_words import ENGLISH, SiteWords
from councildesk.reports.html_fonts import FAMILIES


def esc(text: object) -> str:
    """Every piece of user text goes through here: quotes too, since some land in attributes."""
    return escape(str(text), quote=True)


# Colours checked for WCAG AA (4.5:1 for text) on white: #1a1a1a, #0b4f8a links, #5c3c00 draft notes.
SITE_CSS = """
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif, FAMILIES; line-height: 1.5; }
body { margin: 0; color: #1a1a1a; background: #fff; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: .5rem; }
a { color: #0b4f8a; }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, .table-wrap:focus-visible {
  outline: 3px solid #b35c00; outline-offset: 2px;
}
header.site, footer.site { background: #0b3a63; color: #fff; padding: .75rem 1rem; }
header.site a, footer.site a { color: #fff; }
header.site p { margin: 0; font-weight: 600; }
nav ul { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.25; }
h2 { font-size: 1.4rem; } h3 { font-size: 1.15rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
.table-wrap { overflow-x: auto; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.draft { border: 2px solid #5c3c00; color: #5c3c00; padding: .5rem; font-weight: 600; }
.fingerprint { font-family: ui-monospace, monospace; font-size: .85rem; word-break: break-all; }
.search-form input { font-size: 1rem; padding: .3rem; max-width: 100%; }
.filters fieldset { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: end;
  border: 1px solid #6b6b6b; padding: .5rem 1rem; }
.filters select, .filters button { font-size: 1rem; max-width: 100%; }
.filters select { display: block; }
tr[hidden] { display: none; }
.heatmap { max-width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
.legend span { display: inline-block; width: 1.2em; height: 1.2em; border: 1px solid #1a1a1a;
  vertical-align: middle; margin-right: .3em; }
@media (max-width: 30rem) {
  h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; } th, td { padding: .2rem .3rem; }
}
@media print {
  header.site nav, .skip, .search-form, .filters { display: none; }
  header.site, footer.site { background: none; color: #000; }
  header.site a, footer.site a, a { color: #000; }
  table { break-inside: auto; } tr { break-inside: avoid; }
  /* Paper does not scroll: the box shows all of its table, in smaller type, and a cell's words may
     break anywhere, so a table as wide as the matrix still fits the page instead of losing columns. */
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; } th, td { padding: .15rem .3rem; overflow-wrap: anywhere; }
}
""".replace("FAMILIES", FAMILIES)  # the fonts the site ships (assets/fonts/), after the reader's own

NAV = (
    ("index.html", QT_TRANSLATE_NOOP("site", "Home")),
    ("meetings/index.html", QT_TRANSLATE_NOOP("site", "Meetings")),
    ("people/index.html", QT_TRANSLATE_NOOP("site", "Members")),
    ("matters/index.html", QT_TRANSLATE_NOOP("site", "Matters")),
    ("agreement/index.html", QT_TRANSLATE_NOOP("site", "Who votes with whom")),
    ("search.html", QT_TRANSLATE_NOOP("site", "Search")),
)
# The frame's own words, the same on every page (declared outside the f-strings: lupdate skips those).
FEED = QT_TRANSLATE_NOOP("site", "Approved minutes")
SKIP = QT_TRANSLATE_NOOP("site", "Skip to the content")
SITE_NAV = QT_TRANSLATE_NOOP("site", "Site")
MADE = QT_TRANSLATE_NOOP("site", "Published with CouncilDesk from the clerk's records.")
FINGERPRINTS = QT_TRANSLATE_NOOP("site", "Fingerprints of approved minutes")
OPEN_DATA = QT_TRANSLATE_NOOP("site", "Open data")
SPEAKERS = QT_TRANSLATE_NOOP("site", "Speakers")


def up(path: str) -> str:
    """The relative prefix from the page at `path` back to the site's root."""
    return "../" * path.count("/")


def page(
    path: str,
    title: str,
    body: str,
    *,
    site_name: str,
    scripts: tuple[str, ...] = (),
    words: SiteWords = ENGLISH,
) -> str:
    """A whole page in `words`' language; `body` is HTML already escaped; every link is relative so
    the folder can move."""
    root, say = up(path), words.text
    links = "".join(
        f'<li><a href="{root}{href}"{' aria-current="page"' if href == path else ""}>{say(text)}</a></li>'
        for href, text in NAV
    )
    tags = "".join(f'<script src="{root}{src}" defer></script>' for src in scripts)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{words.tag}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)} — {esc(site_name)}</title>",
            f'<link rel="stylesheet" href="{root}assets/site.css">',
            f'<link rel="alternate" type="application/atom+xml" title="{esc(words(FEED))}" '
            f'href="{root}minutes.atom">',
            tags,
            "</head>",
            "<body>",
            f'<a class="skip" href="#main">{say(SKIP)}</a>',
            '<header class="site">',
            f'<p><a href="{root}index.html">{esc(site_name)}</a></p>',
            f'<nav aria-label="{esc(words(SITE_NAV))}"><ul>{links}</ul></nav>',
            "</header>",
            '<main id="main">',
            f"<h1>{esc(title)}</h1>",
            body,
            "</main>",
            '<footer class="site"><p>'
            + say(MADE)
            + f' <a href="{root}fingerprints.json">{say(FINGERPRINTS)}</a> · '
            f'<a href="{root}data/index.html">{say(OPEN_DATA)}</a> · '
            f'<a href="{root}speakers/index.html">{say(SPEAKERS)}</a></p></footer>',
            "</body>",
            "</html>",
            "",
        ]
    )


def table(
    caption: str,
    headers: tuple[str, ...],
    rows: list[list[str]],
    *,
    table_id: str = "",
    row_attrs: list[str] | None = None,
) -> str:
    """A data table with a caption and column headers; the first cell of each row is its row header.

    `row_attrs` (already escaped) go on each row's <tr>, for the filter script to read.
    """
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = []
    for n, row in enumerate(rows):
        first, *rest = row
        extra = f" {row_attrs[n]}" if row_attrs else ""
        body.append(
            f'<tr{extra}><th scope="row">{first}</th>' + "".join(f"<td>{c}</td>" for c in rest) + "</tr>"
        )
    ident = f' id="{esc(table_id)}"' if table_id else ""
    return scroll_box(
        caption,
        f"<table{ident}><caption>{esc(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>",
    )


def scroll_box(caption: str, table_html: str) -> str:
    """A table in the box that scrolls it sideways when it is wider than the page.

    At 320 px almost every table is, and which ones depends on the reader's screen and text size, so
    every box takes the keyboard's focus (WCAG 2.1.1: arrow keys scroll it) and is a region named
    by its table's caption, for a screen reader to say what the tab stop holds.
    """
    box = f'<div class="table-wrap" tabindex="0" role="region" aria-label="{esc(caption)}">'
    return f"{box}{table_html}</div>"


def bullet_list(items: list[str], empty: str) -> str:
    if not items:
        return f"<p>{esc(empty)}</p>"
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
