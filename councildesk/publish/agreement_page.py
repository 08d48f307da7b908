"""Who votes with whom on the public site: the matrix as a table with headers and as an SVG heat map."""

from __future__ import annotations

from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.publish.page import esc, scroll_box
from councildesk.publish.site_words import ENGLISH, SiteWords
from councildesk.services.voting_record_dto import AgreementMatrix

CELL = 40
LEGEND_STEPS = (0.0, 0.25, 0.5, 0.75, 1.0)
NEVER = (236, 236, 236)  # a pair that never voted together
AGREED = QT_TRANSLATE_NOOP("site", "{share} ({agree} of {together})")
APART = QT_TRANSLATE_NOOP("site", "never together")
SHARE = QT_TRANSLATE_NOOP("site", "{share} agreement")
NEVER_TOGETHER = QT_TRANSLATE_NOOP("site", "never voted together")
KEY = QT_TRANSLATE_NOOP("site", "Colour key")


def share_rgb(share: float | None) -> tuple[int, int, int]:
    """White-to-blue for 0–100 % agreement, the same ramp as the window and the PDF use."""
    if share is None:
        return NEVER
    return (
        round(255 * (1 - 0.75 * share)),
        round(255 * (1 - 0.55 * share)),
        round(255 * (1 - 0.1 * share)),
    )


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def label_rgb(fill: tuple[int, int, int]) -> tuple[int, int, int]:
    """Black or white, whichever reads better on `fill` (on this ramp black keeps 4.5:1 or more)."""
    black, white = (0, 0, 0), (255, 255, 255)
    return black if contrast(fill, black) >= contrast(fill, white) else white


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _cell_text(m: AgreementMatrix, i: int, j: int, w: SiteWords) -> str:
    share = m.share(i, j)
    return "—" if share is None else w.percent(share)


def matrix_table(m: AgreementMatrix, caption: str, w: SiteWords = ENGLISH) -> str:
    """Every pair's share and counts, with a column and a row header for each member."""
    head = "".join(f'<th scope="col">{esc(n)}</th>' for n in m.names)
    rows = []
    for i, name in enumerate(m.names):
        cells = []
        for j in range(len(m.names)):
            if i == j:
                cells.append('<td class="self">—</td>')
            elif m.together[i][j]:
                share = w(
                    AGREED, share=_cell_text(m, i, j, w), agree=m.agree[i][j], together=m.together[i][j]
                )
                cells.append(f"<td>{share}</td>")
            else:
                cells.append(f"<td>{w.text(APART)}</td>")
        rows.append(f'<tr><th scope="row">{esc(name)}</th>{"".join(cells)}</tr>')
    return scroll_box(
        caption,
        f'<table id="matrix"><caption>{esc(caption)}</caption>'
        f"<thead><tr><td></td>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
    )


def heatmap_svg(m: AgreementMatrix, title: str, w: SiteWords = ENGLISH) -> str:
    """The matrix as coloured squares, each labelled with its share in a colour that meets AA."""
    n = len(m.names)
    gutter = 8 + 7 * max((len(x) for x in m.names), default=0)
    gutter = min(gutter, 220)
    size = gutter + n * CELL
    wide = size + gutter // 2  # the last columns' slanted names reach past the squares
    out = [
        f'<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wide} {size}" '
        f'width="{wide}" height="{size}" role="img" aria-labelledby="heatmap-title">'
        f'<title id="heatmap-title">{esc(title)}</title>'
        '<g font-family="system-ui, sans-serif" font-size="12">'
    ]
    for i, name in enumerate(m.names):
        short = name if len(name) <= 30 else name[:29] + "…"
        y = gutter + i * CELL + CELL / 2 + 4
        out.append(f'<text x="{gutter - 6}" y="{y}" text-anchor="end" fill="#1a1a1a">{esc(short)}</text>')
        x = gutter + i * CELL + CELL / 2 + 4
        out.append(
            f'<text transform="translate({x} {gutter - 6}) rotate(-60)" fill="#1a1a1a">{esc(short)}</text>'
        )
    for i in range(n):
        for j in range(n):
            fill = (255, 255, 255) if i == j else share_rgb(m.share(i, j))
            x, y = gutter + j * CELL, gutter + i * CELL
            out.append(
                f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" fill="{_hex(fill)}" stroke="#6b6b6b"/>'
            )
            if i != j:
                out.append(
                    f'<text x="{x + CELL / 2}" y="{y + CELL / 2 + 4}" text-anchor="middle" '
                    f'fill="{_hex(label_rgb(fill))}">{_cell_text(m, i, j, w)}</text>'
                )
    out.append("</g></svg>")
    return "".join(out)


def legend(w: SiteWords = ENGLISH) -> str:
    """The colour key as a list, each swatch beside the words it stands for."""
    steps = [(share_rgb(s), w(SHARE, share=w.percent(s))) for s in LEGEND_STEPS]
    steps.append((NEVER, w(NEVER_TOGETHER)))
    items = "".join(
        f'<li><span style="background:{_hex(rgb)}" aria-hidden="true"></span>{esc(text)}</li>'
        for rgb, text in steps
    )
    return f'<ul class="legend" aria-label="{esc(w(KEY))}">{items}</ul>'
