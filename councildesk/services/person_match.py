"""Which existing person an imported person is: by identifier, then by name, with the clerk's choices."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db import models as m
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.wording import join_words
from councildesk.services.exchange_records import EXTRAS_FOREIGN, ImportPreview, Rec
from councildesk.services.person_choices import PersonChoices, name_key

Identifier = tuple[str, str]  # (scheme, identifier), as Popolo and OCD write them


def identifiers_of(extras: Mapping[str, Any]) -> set[Identifier]:
    """The (scheme, identifier) pairs kept among a record's foreign fields."""
    found: set[Identifier] = set()
    listed = extras.get(EXTRAS_FOREIGN, {}).get("identifiers")
    for item in listed if isinstance(listed, list) else []:
        if isinstance(item, dict) and isinstance(item.get("scheme"), str):
            value = item.get("identifier")
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
                found.add((item["scheme"].strip(), str(value).strip()))
    return found


class PersonMatcher:
    """Reads the people and their kept identifiers once; answers for each person record of an import."""

    def __init__(
        self, session: Session, preview: ImportPreview, choices: PersonChoices, dry_run: bool
    ) -> None:
        self.s = session
        self.preview = preview
        self.choices = choices
        self.dry_run = dry_run
        self._names: dict[int, str] | None = None
        self._held: dict[int, set[Identifier]] = defaultdict(set)
        self._by_identifier: dict[Identifier, set[int]] = defaultdict(set)
        self._taken: dict[int, str] = {}  # person id → the file's name a name match gave it to
        self.chosen: set[str] = set()  # choices this import used (the rest are said unused)

    def _load(self) -> dict[int, str]:
        if self._names is None:
            # Read before this import writes: a person it creates is no one to match.
            self._names = {i: n for i, n in self.s.execute(select(m.Person.id, m.Person.display_name))}
            for extra in self.s.scalars(select(m.RecordExtra).where(m.RecordExtra.entity == "person")):
                if extra.entity_id not in self._names:
                    continue  # kept for a person deleted since
                for ident in identifiers_of(json.loads(extra.data)):
                    self._held[extra.entity_id].add(ident)
                    self._by_identifier[ident].add(extra.entity_id)
        return self._names

    def _said(self, person_id: int) -> str:
        return f"{self._load()[person_id]} (id {person_id})"

    def choose(self, rec: Rec, name: str) -> int | None:
        """The existing person `rec` is, or None to create it; notes and warnings go to the preview."""
        names = self._load()
        key = name_key(name)
        name = " ".join(name.split())  # as the sentences show it
        new, use = self.choices.new, self.choices.use
        if key in new:
            self.chosen.add(key)
            return None
        if key in use:
            self.chosen.add(key)
            person_id = use[key]
            if person_id not in names:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "There is no person with id {person_id} to use for '{name}'."
                    ),
                    person_id=person_id,
                    name=name,
                )
            return person_id
        mine = identifiers_of(rec.extras)
        by_identifier = {p for ident in mine for p in self._by_identifier.get(ident, ())}
        if len(by_identifier) == 1:
            person_id = by_identifier.pop()
            if name_key(names[person_id]) != key:
                shared = sorted(mine & self._held[person_id])[0]
                self._note(
                    f"{'would use' if self.dry_run else 'used'} the existing person {self._said(person_id)} "
                    f"for '{name}': the same {shared[0]} identifier {shared[1]}"
                )
            return person_id
        if by_identifier:
            ids = join_words([str(p) for p in sorted(by_identifier)])
            self.preview.warnings.append(
                f"{rec.where}: the identifiers of '{name}' belong to several people (ids {ids}); "
                "the name decides."
            )
        same_name = sorted(p for p, n in names.items() if name_key(n) == key)
        fitting = [p for p in same_name if not self._conflict(mine, p)]
        if not fitting:
            if same_name:
                other = self._said(same_name[0])
                self.preview.warnings.append(
                    f"{rec.where}: '{name}' is a new person: the existing {other} has other identifiers."
                )
            return None
        hint = f"pass --match-person '{name}=ID' to use one of them"
        if len(fitting) > 1:
            ids = join_words([str(p) for p in fitting])
            self.preview.warnings.append(
                f"{rec.where}: several existing people are named '{name}' (ids {ids}); "
                f"a new person {'would be' if self.dry_run else 'was'} created"
                + (f" — {hint}." if self.dry_run else ".")
            )
            return None
        person_id = fitting[0]
        if person_id in self._taken:
            self.preview.warnings.append(
                f"{rec.where}: '{self._taken[person_id]}' of this file is already the existing "
                f"{self._said(person_id)}; this '{name}' is a new person."
            )
            return None
        self._taken[person_id] = name
        if self.dry_run:
            self._note(
                f"would use the existing person {self._said(person_id)} for '{name}' — "
                f"pass --new-person '{name}' to create a separate one"
            )
        else:
            self._note(f"used the existing person {self._said(person_id)} for '{name}'")
        return person_id

    def keeps_spelling(self, rec: Rec, stored: str, spelled: str) -> bool:
        """True when the person `rec` names keeps the database's spelling `stored` over the file's
        `spelled` (the default: a re-import must not undo a correction); the import says which."""
        key = name_key(spelled)
        if key in self.choices.spelling:
            self.chosen.add(key)
            return False
        option = f"pass --take-spelling '{spelled}' to store the file's spelling instead"
        self.preview.warnings.append(
            f"{rec.where}: the person is spelled '{stored}' here and '{spelled}' in the file; "
            f"the database's spelling {'would be' if self.dry_run else 'was'} kept"
            + (f" — {option}." if self.dry_run else ".")
        )
        return True

    def _conflict(self, mine: set[Identifier], person_id: int) -> bool:
        """A stored identifier of a scheme the file also gives, with another value: not the same person."""
        theirs = self._held.get(person_id, set())
        schemes = {scheme for scheme, _ in mine}
        return any(scheme in schemes and (scheme, value) not in mine for scheme, value in theirs)

    def _note(self, text: str) -> None:
        self.preview.notes.append(text)

    def unused(self) -> list[str]:
        """A sentence for each choice that named no person of the file (a typo the clerk should see)."""
        chosen = [("--new-person", n) for n in self.choices.new_person]
        chosen += [("--match-person", n) for n, _ in self.choices.match_person]
        chosen += [("--take-spelling", n) for n in self.choices.take_spelling]
        return [
            f"no person in the file is named '{n}'; {option} '{n}' had nothing to do"
            for option, n in chosen
            if name_key(n) not in self.chosen
        ]
