"""The clerk's choices for people an import would match by name (no database: the command line reads them)."""

from __future__ import annotations

from dataclasses import dataclass


def name_key(name: str) -> str:
    """Names compare without case and runs of spaces: 'pamela  SCHWARTZ' is 'Pamela Schwartz'."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class PersonChoices:
    """What the clerk decided for people an import would match by name, by the file's name."""

    new_person: tuple[str, ...] = ()  # names to create as a separate person
    match_person: tuple[tuple[str, int], ...] = ()  # (name, the existing person's id to use)
    # Names (as the file spells them) whose spelling replaces the stored one of the person the
    # file names; any other person keeps the database's spelling, and the import says so.
    take_spelling: tuple[str, ...] = ()

    @property
    def new(self) -> set[str]:
        return {name_key(n) for n in self.new_person}

    @property
    def spelling(self) -> set[str]:
        return {name_key(n) for n in self.take_spelling}

    @property
    def use(self) -> dict[str, int]:
        return {name_key(n): i for n, i in self.match_person}
