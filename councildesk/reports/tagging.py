"""Tagged PDF (PDF/UA-1): marked content written while reportlab draws, the structure tree added after.

reportlab (5.1) draws but does not tag. The drawing side is here because only it knows where each
flowable and table cell lands: `TaggedFrame` wraps every flowable it places in a marked-content
sequence with its own MCID, `TaggedTable` does the same per cell through reportlab's table render
hook, and page furniture is wrapped as /Artifact. Each MCID is logged against a structure node.
The structure tree itself (StructTreeRoot, ParentTree, StructParents, MarkInfo, XMP with the
PDF/UA identifier) is written afterwards with pikepdf: reportlab's object model offers no page
/StructParents and no number trees, and patching its internals would break on every release.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pikepdf
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    Paragraph,
    Spacer,
    Table,
)

# A paragraph's role from its style's name (derived styles are named "parent|changes").
STYLE_ROLES = {"doctitle": "H1", "h1": "H2", "h2": "H3", "bullet": "LI"}
SILENT = (Spacer, CondPageBreak, ActionFlowable)  # draw nothing: no marked content for them


@dataclass(eq=False)
class Node:
    """One structure element: its role, attributes and kids (nodes or (page index, MCID) marks)."""

    role: str
    attrs: dict[str, Any] = field(default_factory=dict)
    kids: list[Node | tuple[int, int]] = field(default_factory=list)


class StructureLog:
    """The structure tree as drawing builds it, and each page's MCIDs in order."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self.marks: dict[int, list[Node]] = {}  # page index → the node of each MCID, MCID = position
        self._list: Node | None = None  # the open L while list items follow one another
        self._holder = self.root  # where top-level elements go: the document, or an edition's Sect

    def edition(self, lang: str) -> None:
        """What is drawn from now on belongs to a section in `lang` (a bilingual body's second edition
        is read by a screen reader in its own voice, not the document's)."""
        self._list = None
        self._holder = Node("Sect", {"Lang": lang})
        self.root.kids.append(self._holder)

    def mark(self, canvas: Canvas, node: Node) -> None:
        """Open a marked-content sequence on `canvas` belonging to `node`; close it with `end`."""
        page = canvas.getPageNumber() - 1
        owners = self.marks.setdefault(page, [])
        node.kids.append((page, len(owners)))
        canvas._code.append(f"/{node.role} <</MCID {len(owners)}>> BDC")
        owners.append(node)

    def top(self, role: str, attrs: dict[str, Any] | None = None) -> Node:
        """A new element at the top level; list items gather into one L, inside an LI › LBody."""
        if role == "LI":
            if self._list is None:
                self._list = Node("L")
                self._holder.kids.append(self._list)
            item = Node("LI")
            self._list.kids.append(item)
            body = Node("LBody")
            item.kids.append(body)
            return body
        self._list = None
        node = Node(role, attrs or {})
        self._holder.kids.append(node)
        return node

    def forget(self, node: Node) -> None:
        """Undo `top` and `mark` for a flowable that did not fit after all."""
        for page, mcid in [k for k in node.kids if isinstance(k, tuple)]:
            del self.marks[page][mcid:]
        holder = self._list.kids[-1] if node.role == "LBody" and self._list else None
        if holder is not None:
            self._list.kids.remove(holder)  # type: ignore[union-attr]
            if not self._list.kids:  # type: ignore[union-attr]
                self._holder.kids.remove(self._list)  # type: ignore[arg-type]
                self._list = None
        elif node in self._holder.kids:
            self._holder.kids.remove(node)


def structure_of(canvas: Canvas) -> StructureLog | None:
    return getattr(canvas, "structure", None)


@contextmanager
def artifact(canvas: Canvas, kind: str = "") -> Iterator[None]:
    """Draw page furniture (running header, footer, watermark, rules) outside the text of the document."""
    if structure_of(canvas) is None:
        yield
        return
    canvas._code.append(f"/Artifact <</Type /{kind}>> BDC" if kind else "/Artifact BMC")
    yield
    canvas._code.append("EMC")


class Mark(Flowable):  # type: ignore[misc]
    """A flowable that takes no room and draws nothing: it acts where it lands (see `draw`)."""

    pdf_silent = True

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0


class EditionStart(Mark):
    """Where an edition in `lang` (a BCP 47 tag) begins: its content is tagged as a section in that
    language. Placed first in each edition of a bilingual document."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def draw(self) -> None:
        log = structure_of(self.canv)
        if log is not None:
            log.edition(self.lang)


def tag(flowable: Flowable, role: str, alt: str = "") -> Flowable:
    """Give `flowable` an explicit structure role (and alternative text for a Figure)."""
    # Through __dict__: reportlab Drawings refuse attributes they do not declare.
    flowable.__dict__["pdf_role"] = role
    if alt:
        flowable.__dict__["pdf_alt"] = alt
    return flowable


def role_of(flowable: Flowable) -> str:
    explicit = getattr(flowable, "pdf_role", "")
    if explicit:
        return str(explicit)
    if isinstance(flowable, Paragraph):
        return STYLE_ROLES.get(flowable.style.name.split("|")[0], "P")
    if isinstance(flowable, Image | Drawing):
        return "Figure"
    return "Artifact"  # rules and other decoration


class TaggedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps the structure log its frames and tables write into."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.structure = StructureLog()


class TaggedFrame(Frame):  # type: ignore[misc]
    """A frame that puts each flowable it places in its own marked-content sequence."""

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        log = structure_of(canv)
        if (
            log is None
            or isinstance(flowable, (TaggedTable, *SILENT))
            or getattr(flowable, "pdf_silent", False)
        ):
            return int(super().add(flowable, canv, trySplit))
        role = role_of(flowable)
        start = len(canv._code)
        if role == "Artifact":
            canv._code.append("/Artifact BMC")
            node = None
        else:
            alt = getattr(flowable, "pdf_alt", "")
            node = log.top(role, {"Alt": alt} if role == "Figure" else None)
            log.mark(canv, node)
        placed = int(super().add(flowable, canv, trySplit))
        if placed:
            canv._code.append("EMC")
        else:
            del canv._code[start:]
            if node is not None:
                log.forget(node)
        return placed


def _table_event(table: TaggedTable, event: str, *args: Any) -> None:
    """reportlab's table render hook: rows become TR, cells TH/TD, backgrounds and rules artifacts."""
    canv = table.canv
    log = structure_of(canv)
    if log is None:
        return
    if event in ("startBG", "startLines"):
        canv._code.append("/Artifact BMC")
    elif event in ("endBG", "endLines", "endCell"):
        canv._code.append("EMC")
    elif event == "startTable" and not table.layout and table.shared[0] is None:
        table.shared[0] = log.top("Table")
    elif event == "startRow":
        row = args[0]
        header = row < table.header_rows
        if table.layout or (header and table.continued):
            table.row_node = None  # a repeated header on a later page is furniture
        else:
            table.row_node = Node("TR")
            table.shared[0].kids.append(table.row_node)  # type: ignore[union-attr]
    elif event == "startCell":
        row, col, value = args[0], args[1], args[2]
        empty = value in ("", None) or isinstance(value, Spacer)
        if table.layout:
            if empty:
                canv._code.append("/Artifact BMC")
            else:
                log.mark(canv, log.top("P"))
            return
        if table.row_node is None:
            canv._code.append("/Artifact BMC")
            return
        attrs: dict[str, Any] = {}
        if row < table.header_rows:
            role, attrs["Scope"] = "TH", "Column"
        elif col < table.header_cols:
            role, attrs["Scope"] = "TH", "Row"
        else:
            role = "TD"
        spans = getattr(table, "_spanRanges", None)
        span = spans.get((col, row)) if spans else None
        if span and span[2] > span[0]:
            attrs["ColSpan"] = span[2] - span[0] + 1
        if span and span[3] > span[1]:
            attrs["RowSpan"] = span[3] - span[1] + 1
        cell = Node(role, attrs)
        table.row_node.kids.append(cell)
        log.mark(canv, cell)


class TaggedTable(Table):  # type: ignore[misc]
    """A reportlab Table whose rows and cells are tagged; `layout=True` for tables that only arrange.

    The first `header_rows` rows are column headers (default: the rows repeated on each page) and
    the first `header_cols` columns row headers. Split pieces share one Table element, and a header
    repeated on a later page is an artifact, so a reader hears each row once.
    """

    def __init__(
        self,
        data: Any,
        *args: Any,
        layout: bool = False,
        header_rows: int | None = None,
        header_cols: int = 0,
        **kwargs: Any,
    ) -> None:
        kwargs["renderCB"] = _table_event
        base_style = kwargs.get("cellStyles") is None  # split pieces arrive with their styles
        super().__init__(data, *args, **kwargs)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        self.layout = layout
        self.header_rows = repeat if header_rows is None else header_rows
        self.header_cols = header_cols
        self.shared: list[Node | None] = [None]
        self.continued = False
        self.row_node: Node | None = None
        if base_style:
            from councildesk.reports.page_template import FONT  # the embedded font, not Helvetica

            self.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT)])

    _argH: list[float | None]  # reportlab's row heights as given: None where a row is to be measured
    _rowHeights: list[float | None]

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # reportlab lays a table out afresh on every wrap and split, measuring every cell again: a
        # heading kept with its table wraps the whole table first (in unbounded height), then the
        # frame wraps and splits it page by page. Rows measured at this width keep their heights,
        # and a second call in the same room does nothing (the layout is the same, for less work).
        if getattr(self, "_laid_out_in", None) == (availWidth, availHeight):
            return
        width, heights = getattr(self, "_measured", (None, []))
        given = self._argH
        if width == availWidth and len(heights) == len(given) and None in given:
            self._argH = self._rowHeights = [
                m if a is None else a for a, m in zip(given, heights, strict=True)
            ]
        super()._calc(availWidth, availHeight)
        self._laid_out_in = (availWidth, availHeight)
        if None not in self._rowHeights:
            self._measured = (availWidth, list(self._rowHeights))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        pieces = super().split(availWidth, availHeight)
        for n, piece in enumerate(pieces):
            if isinstance(piece, TaggedTable):
                piece.layout, piece.header_cols = self.layout, self.header_cols
                piece.header_rows, piece.shared = self.header_rows, self.shared
                piece.continued = self.continued or n > 0
        return list(pieces)


# -- the structure tree, written after reportlab --------------------------------------------


@dataclass(frozen=True)
class DocumentFacts:
    title: str
    author: str
    subject: str
    lang: str


def finish(pdf_bytes: bytes, log: StructureLog, facts: DocumentFacts) -> bytes:
    """Add the structure tree, MarkInfo and PDF/UA XMP to reportlab's output."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        pages: list[pikepdf.Object] = [page.obj for page in pdf.pages]
        parents: dict[int, list[pikepdf.Object | None]] = {
            p: [None] * len(owners) for p, owners in log.marks.items()
        }
        root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        document = _element(pdf, log.root, root, pages, parents)
        nums: list[Any] = []
        for number, page in enumerate(pages):
            page.StructParents = number
            page.Tabs = pikepdf.Name.S
            refs = [r for r in parents.get(number, []) if r is not None]
            nums += [number, pdf.make_indirect(pikepdf.Array(refs))]
        root.K = pikepdf.Array([document])
        root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
        root.ParentTreeNextKey = len(pages)
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
        pdf.Root.Lang = pikepdf.String(facts.lang)
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = facts.title
            meta["dc:creator"] = [facts.author]
            meta["dc:description"] = facts.subject
            meta["dc:language"] = [facts.lang]
            meta["pdf:Producer"] = "CouncilDesk"
            meta["pdfuaid:part"] = "1"
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()


def _element(
    pdf: pikepdf.Pdf,
    node: Node,
    parent: pikepdf.Object,
    pages: list[pikepdf.Object],
    parents: dict[int, list[pikepdf.Object | None]],
) -> pikepdf.Object:
    element = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + node.role), P=parent)
    )
    attrs = {k: v for k, v in node.attrs.items() if k not in ("Alt", "Lang")}
    if "Lang" in node.attrs:  # an entry of the element itself, not an attribute object
        element.Lang = pikepdf.String(node.attrs["Lang"])
    if attrs:
        owner = pikepdf.Name.Table if node.role in ("TH", "TD") else pikepdf.Name.Layout
        values = {"/" + k: pikepdf.Name("/" + v) if isinstance(v, str) else v for k, v in attrs.items()}
        element.A = pikepdf.Dictionary({"/O": owner, **values})
    if node.role == "Figure":
        element.Alt = pikepdf.String(node.attrs.get("Alt") or "Illustration")
    kids: list[Any] = []
    first_page = next((k[0] for k in node.kids if isinstance(k, tuple)), None)
    if first_page is not None:
        element.Pg = pages[first_page]
    for kid in node.kids:
        if isinstance(kid, Node):
            kids.append(_element(pdf, kid, element, pages, parents))
            continue
        page, mcid = kid
        parents[page][mcid] = element
        if page == first_page:
            kids.append(mcid)
        else:
            kids.append(pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=pages[page], MCID=mcid))
    # A single kid is written as itself, as most writers do (and as some checkers expect of headings).
    element.K = kids[0] if len(kids) == 1 else pikepdf.Array(kids)
    return element
