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

import copy
import io
import re
import struct
import zlib
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

    def __deepcopy__(self, memo: dict[int, Any]) -> TaggedFrame:
        # reportlab deep-copies the document's frame on every wrap of a KeepTogether (_listWrapOn);
        # a frame holds numbers and text but for a list or two, so only those are copied deeply:
        # the same copy, for far less work than copy.deepcopy going over every entry.
        twin = object.__new__(type(self))
        memo[id(self)] = twin
        for key, value in self.__dict__.items():
            scalar = value is None or isinstance(value, int | float | str)
            twin.__dict__[key] = value if scalar else copy.deepcopy(value, memo)
        return twin

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
        for number, page in enumerate(pdf.pages):
            page.StructParents = number
            page.Tabs = pikepdf.Name.S
        # Written whole by the update below, which replaces this placeholder object.
        pdf.Root.StructTreeRoot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
        pdf.Root.Lang = pikepdf.String(facts.lang)
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        pdf.Root.Metadata = pikepdf.Stream(
            pdf, _xmp(facts), Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML
        )
        out = io.BytesIO()
        # fix_metadata_version off: the packet has no pdf:PDFVersion to fix, and pikepdf would parse and
        # write it again on every save to find that out.
        pdf.save(
            out,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            fix_metadata_version=False,
        )
    saved = out.getvalue()
    with pikepdf.open(io.BytesIO(saved)) as pdf:
        return saved + _structure_update(saved, pdf, log)


# The XMP packet as pikepdf's metadata API wrote it for these six properties, to the byte: building
# it through pikepdf (lxml, a parse of its empty packet, a search for each property) cost a fifth of
# `finish`. {title} etc. are XML text; tests/test_pdf_writing_shortcuts.py compares the two writers.
XMP_PACKET = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="pikepdf">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    ' <rdf:Description rdf:about="">'
    '<dc:title xmlns:dc="{dc}"><rdf:Alt>{title}</rdf:Alt></dc:title>'
    '<dc:creator xmlns:dc="{dc}"><rdf:Seq>{author}</rdf:Seq></dc:creator>'
    '<dc:description xmlns:dc="{dc}"><rdf:Alt>{subject}</rdf:Alt></dc:description>'
    '<dc:language xmlns:dc="{dc}"><rdf:Bag>{lang}</rdf:Bag></dc:language>'
    '<pdf:Producer xmlns:pdf="http://ns.adobe.com/pdf/1.3/">CouncilDesk</pdf:Producer>'
    '<pdfuaid:part xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">1</pdfuaid:part>'
    "</rdf:Description></rdf:RDF>\n</x:xmpmeta>\n\n"
    '<?xpacket end="w"?>\n'
)
# What XML 1.0 cannot hold: pikepdf drops these characters from a value.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xmp(facts: DocumentFacts) -> bytes:
    """The PDF/UA XMP packet: title, author, subject, language, producer and the PDF/UA part."""

    def item(text: str, attrs: str = "") -> str:
        text = NOT_XML.sub("", text)
        if not text:  # as lxml writes an item without text
            return f"<rdf:li{attrs}/>"
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
        return f"<rdf:li{attrs}>{text}</rdf:li>"

    default = ' xml:lang="x-default"'
    return XMP_PACKET.format(
        dc="http://purl.org/dc/elements/1.1/",
        title=item(facts.title, default),
        author=item(facts.author),
        subject=item(facts.subject, default),
        lang=item(facts.lang),
    ).encode("utf-8")


OBJECTS_PER_STREAM = 100  # as qpdf groups them


def _structure_update(saved: bytes, pdf: pikepdf.Pdf, log: StructureLog) -> bytes:
    """The structure tree (StructTreeRoot, every StructElem, the ParentTree) as an incremental update
    of `saved` (opened as `pdf`): its objects in compressed object streams, found through a
    cross-reference stream, as qpdf writes them.

    Written here as PDF text rather than built through pikepdf: a member's voting record has tens of
    thousands of table cells, and qpdf building or parsing an object for each cost more than drawing
    the pages."""
    pages = [int(page.objgen[0]) for page in pdf.pages]
    tree_root = int(pdf.Root.StructTreeRoot.objgen[0])
    first = int(pdf.trailer.Size)
    writer = _TreeWriter(first, pages, log)
    document = writer.element(log.root, tree_root)
    trees = []
    for page in range(len(pages)):
        refs = [r for r in writer.parents.get(page, []) if r is not None]
        trees.append(f"{page} {writer.add('[' + ' '.join(f'{r} 0 R' for r in refs) + ']')} 0 R")
    parent_tree = writer.add(f"<</Nums[{' '.join(trees)}]>>")
    root_text = (
        f"<</Type/StructTreeRoot/K[{document} 0 R]/ParentTree {parent_tree} 0 R"
        f"/ParentTreeNextKey {len(pages)}>>"
    )
    texts = [(tree_root, root_text)]
    texts += [(first + n, text) for n, text in enumerate(writer.objects)]
    previous = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", saved)
    if previous is None:
        raise ValueError("not a PDF as qpdf writes it: no startxref at its end")
    body = io.BytesIO()
    body.write(b"\n")
    # (object number, type, field 2, field 3): type 2 in object stream f2 at index f3, type 1 at offset f2
    entries: list[tuple[int, int, int, int]] = []
    stream_number = first + len(writer.objects)
    for start in range(0, len(texts), OBJECTS_PER_STREAM):
        group = texts[start : start + OBJECTS_PER_STREAM]
        header, offset = [], 0
        for number, text in group:  # latin-1 text: as many bytes as characters
            header.append(f"{number} {offset}")
            offset += len(text) + 1
        entries += [(number, 2, stream_number, index) for index, (number, _text) in enumerate(group)]
        head = (" ".join(header) + "\n").encode()
        packed = zlib.compress(head + "\n".join([text for _number, text in group]).encode("latin-1") + b"\n")
        entries.append((stream_number, 1, len(saved) + body.tell(), 0))
        body.write(
            f"{stream_number} 0 obj\n<< /Type /ObjStm /N {len(group)} /First {len(head)} "
            f"/Filter /FlateDecode /Length {len(packed)} >>\nstream\n".encode()
        )
        body.write(packed + b"\nendstream\nendobj\n")
        stream_number += 1
    xref_number, xref_offset = stream_number, len(saved) + body.tell()
    entries.append((xref_number, 1, xref_offset, 0))
    entries.sort()
    sections = [tree_root, 1, first, xref_number - first + 1]
    fields = [field for entry in entries for field in entry[1:]]
    packed = zlib.compress(_png_up(struct.pack(">" + "BIB" * len(entries), *fields), 6))
    kept = " ".join(
        f"{key} {bytes(value.unparse()).decode('latin-1')}"
        for key, value in pdf.trailer.items()
        if key in ("/Root", "/Info", "/ID")
    )
    body.write(
        f"{xref_number} 0 obj\n<< /Type /XRef /Size {xref_number + 1} "
        f"/Index [{' '.join(map(str, sections))}] /W [1 4 1] /Prev {int(previous[1])} {kept} "
        "/Filter /FlateDecode "
        f"/DecodeParms << /Columns 6 /Predictor 12 >> /Length {len(packed)} >>\n"
        "stream\n".encode("latin-1")
    )
    body.write(packed + f"\nendstream\nendobj\nstartxref\n{xref_offset}\n%%EOF\n".encode())
    return body.getvalue()


def _png_up(rows: bytes, width: int) -> bytes:
    """`rows` of `width` bytes through PNG's Up predictor (each byte less the one above it), as
    cross-reference streams are written: the numbers of neighbouring entries differ little, and
    so compress to a few bytes."""
    size, count = len(rows), len(rows) // width
    # All the bytes at once, in one big number each (a voting record has 50,000 rows): with the top
    # bit of each byte of the first set and of the second cleared, no byte borrows from the next; the
    # top bits are then put right (subtraction in parallel, Hacker's Delight 2-18).
    high = int.from_bytes(b"\x80" * size, "big")
    now, above = int.from_bytes(rows, "big"), int.from_bytes(bytes(width) + rows[:-width], "big")
    moved = (((now | high) - (above & ~high)) ^ ((now ^ ~above) & high)).to_bytes(size, "big")
    out = bytearray(count * (width + 1))
    out[:: width + 1] = b"\x02" * count  # each row's filter type: Up
    for column in range(width):
        out[column + 1 :: width + 1] = moved[column::width]
    return bytes(out)


class _TreeWriter:
    """Structure elements as the text of new PDF objects, numbered from `first`."""

    def __init__(self, first: int, pages: list[int], log: StructureLog) -> None:
        self.first, self.pages = first, pages
        self.objects: list[str] = []
        # page index → the element number of each of its MCIDs
        self.parents: dict[int, list[int | None]] = {p: [None] * len(o) for p, o in log.marks.items()}

    def number(self) -> int:
        """A new object's number, its text to come."""
        self.objects.append("")
        return self.first + len(self.objects) - 1

    def add(self, text: str) -> int:
        self.objects.append(text)
        return self.first + len(self.objects) - 1

    def element(self, node: Node, parent: int) -> int:
        only = node.kids[0] if len(node.kids) == 1 else None
        if type(only) is tuple and not node.attrs and node.role != "Figure":
            # Most elements (a table's every cell) hold one marked-content sequence and nothing
            # else: written at once, as the general case below writes them.
            page, mcid = only
            number = self.first + len(self.objects)
            self.parents[page][mcid] = number
            self.objects.append(
                f"<</Type/StructElem/S/{node.role}/P {parent} 0 R/Pg {self.pages[page]} 0 R/K {mcid}>>"
            )
            return number
        number = self.number()
        parts = [f"<</Type/StructElem/S/{node.role}/P {parent} 0 R"]
        attrs = {k: v for k, v in node.attrs.items() if k not in ("Alt", "Lang")}
        if "Lang" in node.attrs:  # an entry of the element itself, not an attribute object
            parts.append(f"/Lang{_pdf_string(node.attrs['Lang'])}")
        if attrs:
            owner = "/Table" if node.role in ("TH", "TD") else "/Layout"
            values = "".join(f"/{k} {_pdf_value(v)}" for k, v in attrs.items())
            parts.append(f"/A<</O{owner}{values}>>")
        if node.role == "Figure":
            parts.append(f"/Alt{_pdf_string(node.attrs.get('Alt') or 'Illustration')}")
        kids: list[str] = []
        first_page = next((k[0] for k in node.kids if isinstance(k, tuple)), None)
        if first_page is not None:
            parts.append(f"/Pg {self.pages[first_page]} 0 R")
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(f"{self.element(kid, number)} 0 R")
                continue
            page, mcid = kid
            self.parents[page][mcid] = number
            if page == first_page:
                kids.append(str(mcid))
            else:
                kids.append(f"<</Type/MCR/Pg {self.pages[page]} 0 R/MCID {mcid}>>")
        # A single kid is written as itself, as most writers do (and as some checkers expect of headings).
        parts.append(f"/K {kids[0]}>>" if len(kids) == 1 else f"/K[{' '.join(kids)}]>>")
        self.objects[number - self.first] = "".join(parts)
        return number


def _pdf_string(text: str) -> str:
    return bytes(pikepdf.String(text).unparse()).decode("latin-1")


def _pdf_value(value: Any) -> str:
    """An attribute's value: a name for text, else as pikepdf writes it (a number)."""
    if isinstance(value, str):
        return "/" + value
    return bytes(pikepdf.Array([value]).unparse()).decode("latin-1")[1:-1].strip()
