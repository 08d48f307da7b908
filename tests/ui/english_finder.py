"""Finds English in a translated window: every text a clerk can see or hear, checked against the catalogue.

`visible_texts(widget)` reads what is on show (labels, buttons, group and tab titles, menus, tool
tips, accessible names, placeholders, table headers and cells, combo entries, the status bar);
`EnglishFinder(language, data)` says which of those texts are English: a source string of the window's
or the messages' catalogue that the language translates otherwise, or a common English word. What
the records themselves hold (the demo's names and titles are English) is taken out first.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.paths import resource
from councildesk.services.container import Services

# Whole words a French or Spanish window never shows (words both languages share, such as
# "absent", "date", "notes", "vote", "agenda", "no" or "a", are left out).
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "for",
        "with",
        "from",
        "by",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "this",
        "that",
        "these",
        "those",
        "not",
        "or",
        "if",
        "then",
        "than",
        "when",
        "where",
        "which",
        "who",
        "what",
        "your",
        "you",
        "it",
        "its",
        "there",
        "here",
        "has",
        "have",
        "will",
        "can",
        "cannot",
        "must",
        "should",
        "only",
        "also",
        "more",
        "each",
        "every",
        "other",
        "after",
        "before",
        "first",
        "last",
        "next",
        "previous",
        "back",
        "meeting",
        "meetings",
        "motion",
        "motions",
        "item",
        "items",
        "member",
        "members",
        "save",
        "cancel",
        "delete",
        "add",
        "edit",
        "open",
        "close",
        "new",
        "yes",
        "none",
        "show",
        "hide",
        "select",
        "choose",
        "name",
        "title",
        "body",
        "bodies",
        "seat",
        "seats",
        "term",
        "terms",
        "year",
        "day",
        "time",
        "start",
        "stop",
        "yield",
        "passed",
        "failed",
        "carried",
        "present",
        "excused",
        "remote",
        "attendance",
        "seconded",
        "seconder",
        "mover",
        "moved",
        "speaker",
        "speakers",
        "roll",
        "call",
        "record",
        "approve",
        "approved",
        "print",
        "export",
        "file",
        "help",
        "view",
        "history",
        "change",
        "changes",
        "changed",
        "details",
        "please",
        "click",
        "press",
        "minutes",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# French writes "minutes" (of time) and Spanish "no": words that are both are checked per language.
SHARED_WORDS = {"fr": frozenset({"minutes"}), "es": frozenset()}

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")
_TAGS = re.compile(r"<[^>]+>")
_PATH = re.compile(r"(?:\b[a-z]+://|(?<![\w.])/)\S+")  # a file's place or a URL: where, not what it says
_ELIDED = re.compile(r"[\"“«]\s*([^\"“”«»]+?)\s*…\s*[\"”»]")  # "To approve the minutes o…"


def plain(text: str) -> str:
    """What a text reads as: mnemonics ("&Save") and markup taken out, entities undone."""
    text = _TAGS.sub(" ", text) if "<" in text and ">" in text else text
    text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def catalogue_pairs(language: str) -> Iterator[tuple[str, str]]:
    """(source, translation) of every message in the window's and the messages' catalogues."""
    folder = resource("translations")
    for name in ("councildesk", "messages"):
        root = ET.parse(folder / f"{name}_{language}.ts").getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None:
                continue
            forms = [f.text or "" for f in element.findall("numerusform")] or [element.text or ""]
            yield source, forms[0]


def record_texts(database: Path) -> set[str]:
    """Every text the records hold (names, titles, places, motions), not the codes stored in lower case."""
    found: set[str] = set()
    with closing(sqlite3.connect(database)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith(("audit", "sqlite_")) or table.endswith(
                ("_data", "_idx", "_docsize", "_config")
            ):
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in conn.execute(
                    f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}")=\'text\''
                ):
                    value = value.strip()
                    if len(value) >= 3 and not re.fullmatch(r"[a-z0-9_+\-.:]+", value):
                        found.add(value)
    return found


class EnglishFinder:
    """Which texts are English for a window in `language`, once the records' own texts are taken out."""

    def __init__(self, language: str, data: Iterable[str], allowed: Iterable[str] = ()) -> None:
        sources: set[str] = set()
        fragments: set[str] = set()
        # A word both languages spell alike ("Votes", "Commission") is English only where the
        # language has no message that reads so.
        self.translations = {plain(t).strip() for _, t in catalogue_pairs(language)}
        for source, translation in catalogue_pairs(language):
            if not translation or plain(translation).strip() == plain(source).strip():
                continue
            text = plain(source).strip()
            if not _PLACEHOLDER.search(text):
                sources.add(text)
            for part in _PLACEHOLDER.split(text):
                part = part.strip(" :;,.()—–-\n")
                if len(part.split()) >= 3 or (len(part.split()) >= 2 and len(part) >= 12):
                    fragments.add(part)
        self.sources = sources
        self._fragments = re.compile(
            "|".join(re.escape(f) for f in sorted(fragments, key=len, reverse=True)) or "(?!)"
        )
        words = ENGLISH_WORDS - SHARED_WORDS.get(language, frozenset())
        self._words = re.compile(r"\b(" + "|".join(sorted(words)) + r")\b", re.IGNORECASE)
        kept = sorted({*data, *allowed}, key=len, reverse=True)
        self._data = re.compile("|".join(re.escape(d) for d in kept)) if kept else None
        self._kept = kept
        self._kept_set = set(kept)

    def _elided_record(self, match: re.Match[str]) -> str:
        """A record's text cut short in quotes is still the record's."""
        start = match.group(1)
        return " " if any(d.startswith(start) for d in self._kept) else match.group(0)

    def english_in(self, text: str) -> str | None:
        """Why `text` is English (the catalogue source or word it holds), or None."""
        shown = plain(text).strip()
        if not shown or shown in self._kept_set:
            return None  # a record's own text, whole (the demo's item "Public comment")
        if shown not in self.translations and (shown in self.sources or shown.rstrip(" :…") in self.sources):
            return f"the untranslated string {shown!r}"
        rest = self._data.sub(" ", shown) if self._data is not None else shown
        rest = _PATH.sub(" ", _ELIDED.sub(self._elided_record, rest))
        if match := self._fragments.search(rest):
            return f"{match.group(0)!r} from the catalogue"
        if match := self._words.search(rest):
            return f"the English word {match.group(0)!r}"
        return None


# Names of products and formats, the same in every language.
ALLOWED = (
    "CouncilDesk",
    "Open Civic Data",
    "GPL-3.0-or-later",
    "SQLite",
    "PDF",
    "CSV",
    "HTML",
    "WebVTT",
    "YouTube",
    "Popolo",
    "OCD",
    "Legistar",
)


def minutes_in(services: Services, language: str) -> None:
    """Every body prints its minutes in `language`: the council this window's clerk works for."""
    for body in services.bodies.list_bodies():
        style = services.bodies.house_style(body.id)
        services.bodies.set_house_style(
            body.id, dataclasses.replace(style, language=MinutesLanguage(language))
        )


# -- what a widget shows -----------------------------------------------------------------------
MAX_ROWS = 60  # the first rows of each table are enough: the same code draws the rest


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, depth: int, out: list[tuple[str, str]]
) -> None:
    rows = min(model.rowCount(parent), MAX_ROWS)
    tree = not isinstance(model, QAbstractTableModel | QAbstractListModel)
    for row in range(rows):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role, kind in (
                (Qt.ItemDataRole.DisplayRole, "cell"),
                (Qt.ItemDataRole.ToolTipRole, "cell tip"),
            ):
                value = index.data(role)
                if isinstance(value, str):
                    out.append((kind, value))
            if column == 0 and depth < 4 and tree and model.rowCount(index):
                _model_texts(model, index, depth + 1, out)


def _view_texts(view: QAbstractItemView, out: list[tuple[str, str]]) -> None:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is not None and not header().isHidden():
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    out.append(("header", value))
    _model_texts(model, QModelIndex(), 0, out)


def menu_texts(menu: QMenu, out: list[tuple[str, str]], seen: set[int] | None = None) -> None:
    seen = set() if seen is None else seen
    if id(menu) in seen:
        return
    seen.add(id(menu))
    out.append(("menu", menu.title()))
    for action in menu.actions():
        if action.isSeparator():
            continue
        out.append(("action", action.text()))
        if action.toolTip() != plain(action.text()):
            out.append(("action tip", action.toolTip()))
        out.append(("status tip", action.statusTip()))
        sub = action.menu()
        if isinstance(sub, QMenu):
            menu_texts(sub, out, seen)


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of everything `top` shows or says to a screen reader, its hidden pages left out."""
    out: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        out.append(("tool tip", widget.toolTip()))
        out.append(("accessible name", widget.accessibleName()))
        out.append(("accessible description", widget.accessibleDescription()))
        if isinstance(widget, QLabel):
            out.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            out.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                out.append(("tab", widget.tabText(i)))
                out.append(("tab tip", widget.tabToolTip(i)))
        elif isinstance(widget, QComboBox):
            out.extend(("combo entry", widget.itemText(i)) for i in range(widget.count()))
            out.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QLineEdit):
            out.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            out.append(("placeholder", widget.placeholderText()))
            if widget.isReadOnly():
                out.append(("text", widget.toPlainText()))
        elif isinstance(widget, QAbstractSpinBox):
            out.append(("spin box", widget.specialValueText()))
            for name in ("prefix", "suffix"):
                if hasattr(widget, name):
                    out.append(("spin box", getattr(widget, name)()))
        elif isinstance(widget, QAbstractItemView):
            _view_texts(widget, out)
        elif isinstance(widget, QDockWidget):
            out.append(("dock", widget.windowTitle()))
        elif isinstance(widget, QMessageBox):
            out.extend(
                (
                    ("message", widget.text()),
                    ("message", widget.informativeText()),
                    ("message", widget.detailedText()),
                )
            )
    if isinstance(top, QMainWindow):
        out.append(("status bar", top.statusBar().currentMessage()))
        for action in top.menuBar().actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                menu_texts(sub, out)
    return [(kind, text) for kind, text in out if text and text.strip()]
