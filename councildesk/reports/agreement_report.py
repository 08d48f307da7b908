"""Who votes with whom as PDF: a heatmap drawn with reportlab graphics and the shares in figures."""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from councildesk.reports.page_template import (
    FONT,
    PageFrame,
    PdfMeta,
    build_pdf,
    content_width,
    day_text,
    esc,
    make_styles,
)
from councildesk.reports.script_text import Paragraph
from councildesk.reports.tagging import tag
from councildesk.services.minutes_document import PaperSize
from councildesk.services.report_text import for_report
from councildesk.services.voting_record_dto import AgreementMatrix

EMPTY = colors.Color(0.93, 0.93, 0.93)


def share_colour(share: float | None) -> colors.Color:
    """White-to-blue for 0–100 % agreement; grey where a pair never voted together."""
    if share is None:
        return EMPTY
    return colors.Color(1 - 0.75 * share, 1 - 0.55 * share, 1 - 0.1 * share)


def period_text(m: AgreementMatrix) -> str:
    start = day_text(m.date_from) if m.date_from else "the first record"
    end = day_text(m.date_to) if m.date_to else "the latest record"
    return f"{start} to {end}"


def heatmap_drawing(m: AgreementMatrix, width: float) -> Drawing:
    """One square per pair, shaded by agreement, with the percentage printed inside."""
    n = len(m.names)
    label_w = min(150.0, width * 0.3)
    cell = min(36.0, (width - label_w) / max(n, 1))
    top_labels = label_w * 0.8
    height = top_labels + cell * n + 4
    d = Drawing(width, height, initialFontName=FONT)  # not base-14 Helvetica, which is never embedded
    font = max(5.0, min(8.0, cell / 4.2))
    for i, name in enumerate(m.names):
        y = height - top_labels - (i + 1) * cell
        d.add(
            String(
                label_w - 4,
                y + cell / 2 - font / 3,
                _short(name, 28),
                fontName=FONT,
                fontSize=font,
                textAnchor="end",
            )
        )
        col_x = label_w + i * cell + cell / 2
        rotated = String(0, 0, _short(name, 24), fontName=FONT, fontSize=font)
        # Column labels stand upright along the top, rotated 90°.
        g = Group(rotated)
        g.rotate(90)
        g.translate(height - top_labels + 4, -col_x - font / 3)
        d.add(g)
        for j in range(n):
            x = label_w + j * cell
            share = None if i == j else m.share(i, j)
            d.add(
                Rect(
                    x, y, cell, cell, fillColor=share_colour(share), strokeColor=colors.white, strokeWidth=0.5
                )
            )
            if share is not None:
                ink = colors.white if share > 0.6 else colors.black
                d.add(
                    String(
                        x + cell / 2,
                        y + cell / 2 - font / 3,
                        f"{share * 100:.0f}",
                        fontName=FONT,
                        fontSize=font,
                        fillColor=ink,
                        textAnchor="middle",
                    )
                )
    return d


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def agreement_pdf(
    m: AgreementMatrix,
    *,
    municipality: str = "",
    paper: PaperSize = PaperSize.LETTER,
    invariant: bool = False,
) -> bytes:
    # Names and the body's name are short by the text rules; bounded here as every report is.
    m = for_report(m, cells=True)
    styles = make_styles()
    width = content_width(paper)
    title = "Who votes with whom"
    body = m.body_name or "All bodies"
    story: list[Flowable] = [
        Paragraph(title, styles["doctitle"]),
        Paragraph(esc(f"{body} · {period_text(m)} · {m.split_votes} split votes"), styles["centre"]),
        Paragraph(
            "Each square is the share of split votes (votes with at least one yes and one no) on which both "
            "members voted yes or no and voted the same way. Grey: the two never both voted on a split vote. "
            "Unanimous votes, voice votes, abstentions, absences and recusals are left out.",
            styles["small"],
        ),
    ]
    if not m.names:
        story.append(Paragraph("No split votes were recorded in this period.", styles["body"]))
    else:
        story.append(
            tag(
                heatmap_drawing(m, width),
                "Figure",
                "Heat map of how often each pair of members voted the same way; every pair is listed below.",
            )
        )
        story.append(Paragraph("Pairs", styles["h1"]))
        pairs = [
            (m.share(i, j), i, j)
            for i in range(len(m.names))
            for j in range(i + 1, len(m.names))
            if m.together[i][j]
        ]
        for share, i, j in sorted(pairs, key=lambda p: (-(p[0] or 0), m.names[p[1]], m.names[p[2]])):
            story.append(
                Paragraph(
                    esc(
                        f"{m.names[i]} and {m.names[j]}: {m.agree[i][j]} of {m.together[i][j]} "
                        f"({(share or 0) * 100:.1f}%)"
                    ),
                    styles["bullet"],
                    bulletText="•",
                )
            )
    made = m.made_at or datetime.now().replace(microsecond=0)
    frame = PageFrame(
        municipality=municipality,
        body_name=body,
        running_title=f"{title} · {period_text(m)}",
        footer_lines=(f"Made with CouncilDesk on {day_text(made)} from the official records.",),
        paper=paper,
    )
    return build_pdf(
        story,
        frame,
        PdfMeta(title=title, author="CouncilDesk", subject=f"{body}, {period_text(m)}"),
        invariant=invariant,
    )
