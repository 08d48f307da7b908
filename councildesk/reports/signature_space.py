"""Room for a visible digital signature, kept with the signature lines and measured where it lands."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

# The visible block pyHanko draws: three short lines in a bordered box.
HEIGHT = 60.0
WIDTH = 288.0
GAP = 8.0  # between the text above and the box


@dataclass
class SignatureRoom:
    """Where the space was laid out: its page (1-based) and rectangle in points from the lower left."""

    page: int = 0
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


class SignatureSpace(Flowable):  # type: ignore[misc]
    """Blank space of the signature block's size; drawing it records where it is on the page, so
    the signature goes where nothing else is printed, however full the last page."""

    pdf_silent = True  # draws nothing, so it gets no marked content

    def __init__(self, room: SignatureRoom) -> None:
        super().__init__()
        self.room = room
        self.width, self.height = WIDTH, HEIGHT + GAP

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.room.page = self.canv.getPageNumber()
        self.room.box = (x, y, x + WIDTH, y + HEIGHT)
