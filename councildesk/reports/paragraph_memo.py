"""A reportlab Paragraph that parses and breaks a markup into lines once per process, however often printed.

Minutes and agendas print the same short paragraphs again and again ("Disposition: Adopted.",
"Consent agenda item.", a member's "Sponsor:" line, the section headings): in the thirty-year
city almost half the paragraphs of a meeting's minutes were already printed, in the same style,
by an earlier meeting drawn in the same process. reportlab parses each paragraph's markup (with
html.parser) and breaks it into lines (measuring every word) afresh each time; here a paragraph
equal to one seen before — same markup, same style values, same bullet — takes the parsed
fragments of that one, and its broken lines when wrapped at the same width. The fragments and
lines are shared, never changed: reportlab changes a paragraph's lines only when it splits the
paragraph across pages, and a paragraph breaks its own lines again before a split.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from itertools import count
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

# What reportlab's wrap (and breakLines under it) sets on a paragraph: a wrap from the memo sets it so.
WRAP_STATE = (
    "width",
    "height",
    "blPara",
    "_wrapWidths",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)
# Enough for the boilerplate of many meetings; a few megabytes at most.
MEMO_SIZE = 4096


class _Memo:
    """A bounded mapping that forgets what was used least recently."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any:
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)


_PARSED = _Memo(MEMO_SIZE)  # (markup, style's number, bullet) → text, fragments and bullet as parsed
_WRAPPED = _Memo(MEMO_SIZE)  # (that key, width) → the WRAP_STATE values
# A style → its attributes when numbered and its number; held no longer than the style is.
_STYLES: WeakKeyDictionary[Any, tuple[dict[str, Any], int | None]] = WeakKeyDictionary()
_NUMBERS = _Memo(MEMO_SIZE)  # a style's values → the number standing for them (never given twice)
_NEXT_NUMBER = count()


def _style_number(style: Any) -> int | None:
    """A number standing for `style`'s values by name (its name among them, not its parent: a style
    made the same way in another document is the same style), never given to other values; None
    when they cannot be compared (then nothing is shared).

    Worked out once per style object while its attributes stay the same: the many paragraphs of a
    style then compare its attributes by identity, instead of each hashing and comparing some forty
    values (the colours by Python code) to find its parse."""
    seen = _STYLES.get(style)
    if seen is not None and seen[0] == style.__dict__:
        return seen[1]
    values = tuple((k, v) for k, v in style.__dict__.items() if k != "parent")
    try:
        number: int | None = _NUMBERS.get(values)
    except TypeError:  # an unhashable value
        number = None
    else:
        if number is None:
            number = next(_NEXT_NUMBER)
            _NUMBERS.put(values, number)
    _STYLES[style] = (dict(style.__dict__), number)
    return number


class MemoParagraph(_Paragraph):  # type: ignore[misc]
    """A Paragraph that takes its parse, and its lines at a width, from an equal paragraph printed before."""

    _memo_key: tuple[Any, ...] | None = None
    _shared = False  # the lines came from (or went into) the memo: split them only after breaking them again

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str) or cleaner is not cleanBlockQuotedText:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = self._key(text, style, bulletText)
        parsed = None if key is None else _PARSED.get(key)
        if parsed is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            state = self.__dict__  # reportlab declares no types for these
            if key is None or state["style"] is not style:  # a <para> tag restyled it: not shared
                return
            _PARSED.put(key, (state["text"], state["frags"], state["bulletText"]))
        else:
            self.__dict__.update(zip(("text", "frags", "bulletText"), parsed, strict=True))
            self.__dict__.update(style=style, debug=0)
        self._memo_key = key

    def _key(self, text: str, style: Any, bulletText: Any) -> tuple[Any, ...] | None:
        if not isinstance(bulletText, str | None) or style.wordWrap or style.textTransform:
            return None  # bullets given as fragments, and the wrappings that rewrite the text: as ever
        number = _style_number(style)
        return None if number is None else (text, number, bulletText, self.caseSensitive)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        key = self._memo_key
        if key is None or "autoLeading" in self.__dict__:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        state = _WRAPPED.get((key, availWidth))
        if state is None:
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            if "blPara" not in self.__dict__:
                return size  # no room at all: nothing was broken
            _WRAPPED.put((key, availWidth), tuple(self.__dict__.get(a) for a in WRAP_STATE))
        else:
            self.__dict__.update(zip(WRAP_STATE, state, strict=True))
        self._shared = True
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._shared:
            # Splitting rewrites the last word of each line it keeps: break this paragraph's own lines.
            self._memo_key, self._shared = None, False
            super().wrap(self.width, availHeight)
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
