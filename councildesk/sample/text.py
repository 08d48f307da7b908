"""Sentences for the synthetic city: names, matter titles and texts, discussion and speaker summaries."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from councildesk.sample import vocabulary as vocab
from councildesk.sample.vocabulary import Topic

AMENDMENTS: tuple[tuple[str, str], ...] = (
    ("thirty days", "sixty days"),
    ("shall", "may"),
    ("the Mayor", "the Mayor and the City Council"),
    ("fiscal year", "calendar year"),
    ("two years", "three years"),
    ("all departments", "all departments, boards and commissions"),
    ("within the city", "within the city and its villages"),
)


@dataclass(frozen=True)
class Name:
    given: str
    family: str

    @property
    def display(self) -> str:
        return f"{self.given} {self.family}"


class TextMaker:
    """Fills the vocabulary's templates from one seeded random stream (same seed, same text)."""

    def __init__(self, rng: random.Random, city: str) -> None:
        self.rng = rng
        self.city = city

    def name(self) -> Name:
        given = self.rng.choice(vocab.GIVEN_NAMES)
        if self.rng.random() < 0.25:  # "David J. Narkewicz": some people go by a middle initial
            given = f"{given} {self.rng.choice(vocab.MIDDLE_INITIALS)}."
        return Name(given, self.rng.choice(vocab.FAMILY_NAMES))

    def amount(self) -> str:
        value = self.rng.choice((5, 8, 12, 15, 20, 25, 40, 50, 75, 90, 120, 150, 250, 400, 750)) * 1000
        if self.rng.random() < 0.15:
            value *= 10
        return f"${value:,}"

    def fill(self, template: str, *, year: int, member: str = "", staff: str = "") -> str:
        """Replace the slots a template uses; unused slots cost nothing."""
        rng = self.rng
        text = template
        slots: dict[str, Callable[[], str]] = {
            "{street}": lambda: rng.choice(vocab.STREETS),
            "{amount}": self.amount,
            "{dept}": lambda: rng.choice(vocab.DEPARTMENTS),
            "{place}": lambda: rng.choice(vocab.NEIGHBORHOODS),
            "{board}": lambda: rng.choice(vocab.BOARDS),
            "{school}": lambda: rng.choice(vocab.SCHOOLS),
            "{park}": lambda: rng.choice(vocab.PARKS),
            "{fy}": lambda: str(year + 1),
            "{count}": lambda: str(rng.randint(5, 30)),
            "{member}": lambda: member or rng.choice(vocab.FAMILY_NAMES),
            "{staff}": lambda: staff or rng.choice(vocab.STAFF_TITLES),
            "{city}": lambda: self.city,
        }
        for slot, make in slots.items():
            while slot in text:
                text = text.replace(slot, make(), 1)
        return text

    def discussion(self, topic: Topic, *, year: int, members: list[str], staff: str) -> str:
        """Two or three sentences of debate: mostly on the topic, sometimes a generic remark."""
        count = self.rng.choice((1, 2, 2, 3))
        pool = list(topic.discussion)
        sentences = []
        for _ in range(count):
            if pool and self.rng.random() < 0.75:
                template = pool.pop(self.rng.randrange(len(pool)))
            else:
                template = self.rng.choice(vocab.GENERIC_DISCUSSION)
            sentences.append(self.fill(template, year=year, member=self.rng.choice(members), staff=staff))
        return " ".join(dict.fromkeys(sentences))  # no sentence twice

    def speaker_summary(self, topic: Topic, *, year: int) -> str:
        return self.fill(self.rng.choice(topic.public), year=year)

    def full_text(self, kind: str, title: str, topic: Topic, *, year: int) -> str:
        """A plausible body for the matter: whereas clauses, an ordinance, an appointment or an order."""
        city = self.city
        sample = "\n\n[Synthetic sample text.]"
        if kind in ("resolution", "proclamation"):
            reason = self.fill(self.rng.choice(topic.discussion), year=year).rstrip(".")
            return (
                f"Whereas the residents of the City of {city} are concerned about {topic.name}; and\n\n"
                f"Whereas {reason[:1].lower()}{reason[1:]};\n\n"
                f"Now, therefore, the {city} City Council adopts this {_after(title, '')}, "
                "and directs the City Clerk to send copies to the city's delegation in the state legislature "
                f"and in Congress.{sample}"
            )
        if kind == "ordinance":
            chapter = self.rng.randint(2, 350)
            return (
                f"Be it ordained by the City Council of the City of {city}, in City Council assembled, that "
                f"Chapter {chapter} of the Code of Ordinances is amended for the following purpose: "
                f"{_after(title, 'Ordinance ')}. This ordinance takes effect upon passage and publication."
                f"{sample}"
            )
        if kind == "appointment":
            nominee = title.removeprefix("Appointment of ")
            return (
                f"The Mayor hereby appoints {nominee} for a term of three years, "
                f"subject to confirmation by the City Council.{sample}"
            )
        return f"Ordered, that the City of {city} be authorized to {_after(title, 'Order to ')}.{sample}"

    def amendment(self) -> str:
        old, new = self.rng.choice(AMENDMENTS)
        return f'To amend by striking "{old}" and inserting "{new}".'


def _after(title: str, prefix: str) -> str:
    """'Order to adopt the budget' -> 'adopt the budget', so the title reads on inside a sentence."""
    rest = title[len(prefix) :] if title.startswith(prefix) else title
    return rest[:1].lower() + rest[1:]
