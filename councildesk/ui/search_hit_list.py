"""Search results as a list model, and a delegate that shows each hit's title over its highlighted snippet."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from councildesk.services.voting_record_dto import HIT_END, HIT_START, SearchHit
from councildesk.ui.i18n import translate
from councildesk.ui.local_dates import short_date

HitRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def hit_html(hit: SearchHit, selected: bool = False) -> str:
    """Title line and snippet; user text is escaped first, then the match markers become bold."""
    where = (
        f"{short_date(hit.meeting_on)} · {hit.body_name}"
        if hit.meeting_on
        else translate("search_hit_list", "not on an agenda yet")
    )
    dim = (
        "" if selected else translate("search_hit_list", " style='color:gray'")
    )  # grey on the highlight colour would be unreadable
    snippet = escape(hit.snippet).replace(HIT_START, "<b>").replace(HIT_END, "</b>")
    return (
        f"<div><b>{escape(hit.title)}</b> <span{dim}>— {escape(hit.source)}, "
        f"{escape(where)}</span></div><div>{snippet}</div>"
    )


class SearchHitListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.plain_snippet()}"  # also what screen readers announce
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                translate("SearchHitListModel", "Enter or double-click opens the meeting at this item")
                if hit.item_id
                else translate("SearchHitListModel", "Not on any agenda yet")
            )
        if role == HitRole:
            return hit
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """Paints the rich text of `hit_html`, wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(hit_html(index.data(HitRole), bool(option.state & QStyle.StateFlag.State_Selected)))
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget: QWidget | None = option.widget
        style = widget.style() if widget else None
        text_backup = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        option.text = text_backup
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group, role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 8, option.rect.height() - 4))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)
