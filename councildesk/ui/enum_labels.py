"""Enumeration labels as the window shows them, in the interface language (the minutes have their own)."""

from __future__ import annotations

from enum import StrEnum

from councildesk.domain.enum_labels import LABELS as LABELS
from councildesk.domain.enum_labels import describe_threshold as describe_threshold
from councildesk.domain.enum_labels import label as label
from councildesk.domain.enums import label as english_label
from councildesk.domain.rules import Tally
from councildesk.ui.i18n import Translate, translate

# The labels are declared in domain/ (the command line reads the same ones) and translated through
# what i18n.install puts in domain.messages (Qt's translators); re-exported above for the window.


def label_in(room: Translate, value: StrEnum) -> str:
    """The label of `value` through `room` (i18n.translator_in: a language other than the window's)."""
    return room(type(value).__name__, LABELS.get((type(value), value), english_label(value)))


def describe_tally(tally: Tally, translate: Translate = translate) -> str:
    """'6–2, 1 abstaining' in the interface language, or through `translate` in another one (domain.rules
    writes the English for logs)."""
    parts = [
        translate("Tally", "%n abstaining", "", tally.abstain) if tally.abstain else "",
        translate("Tally", "%n recused", "", tally.recused) if tally.recused else "",
        translate("Tally", "%n present and not voting", "", tally.present) if tally.present else "",
        translate("Tally", "%n absent", "", tally.absent) if tally.absent else "",
        translate("Tally", "%n excused", "", tally.excused) if tally.excused else "",
        translate("Tally", "%n other", "", tally.other) if tally.other else "",
    ]
    shown = [part for part in parts if part]
    return f"{tally.yes}–{tally.no}" + (", " + ", ".join(shown) if shown else "")
