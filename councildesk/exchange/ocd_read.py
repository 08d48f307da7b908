"""Open Civic Data import: a folder of OCD JSON files (event_<uuid>.json …) read into records to apply."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.exchange.assemble import (
    EXTRAS_REFS,
    FOREIGN,
    Placeholders,
    apply_extras,
    keep_foreign,
    key_or,
    written_as,
)
from councildesk.exchange.linked_documents import read_documents
from councildesk.exchange.ocd import (
    ATTENDANCE,
    ITEM_KINDS,
    MATTER_KINDS,
    MAX_FILES,
    OCD_TO_BODY,
    OCD_TO_STATUS,
    PREFIXES,
    SCHEME,
    bare_key,
    default_division,
    jurisdiction_of,
    role_of,
)
from councildesk.exchange.source import (
    load_json,
    need_dict,
    need_list,
    opt_dict,
    opt_ref,
    opt_str,
    req_str,
)
from councildesk.exchange.vocab import DEFAULT_THRESHOLD, ballot_option, count_option, vote_result
from councildesk.services.exchange_records import (
    ImportPreview,
    ParsedImport,
    Rec,
    parse_datetime,
)
from councildesk.services.exchange_service import ExchangeService

# What the reader says about what a file holds and it cannot keep as written (the import's warnings),
# declared: English as their str, in the reader's language in the preview and on the command line.
NOT_A_BODY = QT_TRANSLATE_NOOP("ocd", "{where}: a '{raw}' organization is not a council body; skipped.")
MEMBERSHIP_SKIPPED = QT_TRANSLATE_NOOP("ocd", "{where}: membership of a skipped organization; skipped.")
ROLE_AS_MEMBER = QT_TRANSLATE_NOOP("ocd", "{where}, field 'role': '{role}' was recorded as member.")
MATTER_AS_OTHER = QT_TRANSLATE_NOOP("ocd", "{where}, field 'classification': '{raw}' was recorded as other.")
ORGANIZATION_SPONSOR = QT_TRANSLATE_NOOP("ocd", "{where}: an organization as sponsor is not kept; skipped.")
NOT_ATTENDANCE = QT_TRANSLATE_NOOP("ocd", "{where}: participant role '{note}' is not attendance; skipped.")
DOCUMENT_WITHOUT_ITEM = QT_TRANSLATE_NOOP("ocd", "{where}: '{title}' names no agenda item; not kept.")
# one sentence per option, so that "yes" and "no" are words of the sentence in every language
COUNTS_DIFFER = {
    "yes": QT_TRANSLATE_NOOP(
        "ocd",
        "{where}: counts say {counted} yes but the individual votes hold {held}; "
        "the individual votes are kept.",
    ),
    "no": QT_TRANSLATE_NOOP(
        "ocd",
        "{where}: counts say {counted} no but the individual votes hold {held}; "
        "the individual votes are kept.",
    ),
}


def import_ocd(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    recs, warnings = parse_ocd(Path(path))
    return exchange.apply(ParsedImport(recs, SCHEME, Path(path).name, warnings), dry_run=dry_run)


def parse_ocd(path: Path) -> tuple[list[Rec], list[str]]:
    if path.is_dir():
        files = sorted(p for p in path.glob("*.json") if p.is_file())
        if not files:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "The folder {path} holds no OCD .json files."), path=path
            )
        if len(files) > MAX_FILES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "The folder {path} holds {files_count} files; at most {most} are imported at once.",
                ),
                path=path,
                files_count=len(files),
                most=MAX_FILES,
            )
    else:
        files = [path]
    parser = _OcdParser(path.name)
    docs = []
    for file in files:
        doc = need_dict(load_json(file), file.name)
        kind = doc.get("_type") or _kind_from_name(file.name)
        if kind not in PREFIXES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{file_name}: '{kind}' is not an OCD object type this import reads."
                ),
                file_name=file.name,
                kind=kind,
            )
        ident = doc.get("_id") or doc.get("id")
        if not isinstance(ident, str) or not ident:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{file_name}, field '_id': every OCD object needs an id."),
                file_name=file.name,
            )
        docs.append((PREFIXES.index(kind), file.name, kind, bare_key(ident) or ident, doc))
    # Second pass: every object is known before any is read, so pupa's pseudo-ids find their target.
    parser.known = [(kind, ident, doc) for _rank, _name, kind, ident, doc in docs]
    for _rank, name, kind, ident, doc in sorted(docs, key=lambda d: (d[0], d[1])):
        parser.parse(kind, ident, doc, f"{name}, {kind} '{ident}'")
    parser.finish()
    return parser.recs, parser.warnings


# Fields the reader turns into columns or references; every other field is kept in the extras store.
ORGANIZATION_FIELDS = frozenset({"_id", "_type", "id", "name", "classification", "parent_id"})
PERSON_FIELDS = frozenset({"_id", "_type", "id", "name", "given_name", "family_name"})


def _forget_made_places(rec: Rec) -> None:
    """Drop a division and jurisdiction that an export made from the body itself (or that a child
    body repeats from its top body): only ids someone gave are worth keeping."""
    fields = rec.extras.get(FOREIGN)
    if not isinstance(fields, dict):
        return
    division = default_division(rec.values)
    made = {"division_id": division, "jurisdiction_id": jurisdiction_of(division)}
    for name, value in made.items():
        if rec.refs.get("parent_id") is not None or fields.get(name) == value:
            fields.pop(name, None)
    if not fields:
        rec.extras.pop(FOREIGN)


def _kind_from_name(name: str) -> str:
    if name.startswith("vote_event_"):
        return "vote_event"
    return name.split("_")[0]


class _OcdParser:
    def __init__(self, source: str) -> None:
        self.recs: list[Rec] = []
        self.warnings: list[str] = []
        self.documents: set[str] = set()  # linked documents read (one may be listed twice)
        self.ph = Placeholders(self.recs, self.warnings, source)
        self.skipped_orgs: set[str] = set()
        self.people: set[str] = set()
        self.bodies: set[str] = set()
        self.known: list[tuple[str, str, dict[str, Any]]] = []

    def ref(self, doc: dict[str, Any], where: str, kind: str, *fields: str) -> str | None:
        """The first of `fields` set (pupa's names and OCD's), as our key; a pupa pseudo-id
        ('~{"name": "Jane Roe"}') becomes the object in the folder it describes."""
        for field in fields:
            value = opt_ref(doc, field, where)
            if value is None:
                continue
            if value.startswith("~"):
                return self._pseudo(kind, value, where, field)
            return bare_key(value)
        return None

    def _pseudo(self, kind: str, value: str, where: str, field: str) -> str:
        try:
            wanted = json.loads(value[1:])
        except ValueError:
            wanted = None
        if not isinstance(wanted, dict) or not wanted:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{where}, field '{field}': {value!r} is not a pseudo-id pupa writes."
                ),
                where=where,
                field=field,
                value=value,
            )
        found = [i for k, i, d in self.known if k == kind and all(d.get(f) == v for f, v in wanted.items())]
        if len(found) == 1:
            return found[0]
        name = wanted.get("name")
        if kind == "person" and isinstance(name, str) and name.strip():
            return self.ph.person(f"name:{name.strip()}", name.strip(), where)
        if kind == "organization" and isinstance(name, str) and name.strip():
            return self.ph.body(f"name:{name.strip()}", name.strip(), where)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange",
                "{where}, field '{field}': {value} names {found_count} {kind}s in the folder, not one.",
            ),
            where=where,
            field=field,
            value=value,
            found_count=len(found),
            kind=kind,
        )

    def _jurisdiction(self, ident: str, doc: dict[str, Any], where: str) -> None:
        """A jurisdiction is made again from its bodies on export (their ids are kept); nothing to store."""

    def add(self, rec: Rec, doc: dict[str, Any] | None = None) -> Rec:
        if doc is not None:
            apply_extras(rec, doc)
        self.recs.append(rec)
        return rec

    def parse(self, kind: str, ident: str, doc: dict[str, Any], where: str) -> None:
        getattr(self, f"_{kind}")(ident, doc, where)

    def _person_ref(self, key: Any, name: Any, where: str, field: str) -> str:
        if isinstance(key, str) and key:
            if key not in self.people:
                return self.ph.person(key, name if isinstance(name, str) and name else key, where)
            return key
        if isinstance(name, str) and name.strip():
            return self.ph.person(f"name:{name.strip()}", name.strip(), where)
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': a person id or name is required."),
            where=where,
            field=field,
        )

    def _organization(self, ident: str, doc: dict[str, Any], where: str) -> None:
        raw = opt_str(doc, "classification", where, "legislature").lower()
        if raw not in OCD_TO_BODY:
            self.skipped_orgs.add(ident)
            self.warnings.append(said(NOT_A_BODY, where=where, raw=raw))
            return
        rec = Rec(
            "body",
            ident,
            {"name": req_str(doc, "name", where), "classification": OCD_TO_BODY[raw]},
            {"parent_id": self.ref(doc, where, "organization", "parent_id")},
            where,
            match={"name": None},
        )
        keep_foreign(rec, doc, ORGANIZATION_FIELDS)
        if rec.refs["parent_id"] in self.skipped_orgs:
            rec.refs["parent_id"] = None
        self.add(rec, doc)
        _forget_made_places(rec)
        self.bodies.add(ident)

    def _person(self, ident: str, doc: dict[str, Any], where: str) -> None:
        values = {
            "display_name": req_str(doc, "name", where),
            "given_name": opt_str(doc, "given_name", where),
            "family_name": opt_str(doc, "family_name", where),
        }
        for i, contact in enumerate(need_list(doc, "contact_details", where)):
            contact = need_dict(contact, where, f"contact_details[{i}]")
            if contact.get("type") == "email":
                values["email"] = opt_str(contact, "value", where)
        # A person already on file with this name is the same person (the preview says "use").
        rec = Rec("person", ident, values, {}, where, match={"display_name": values["display_name"]})
        keep_foreign(rec, doc, PERSON_FIELDS)
        self.add(rec, doc)
        self.people.add(ident)

    def _post(self, ident: str, doc: dict[str, Any], where: str) -> None:
        org = self.ref(doc, where, "organization", "organization_id", "organization")
        if org in self.skipped_orgs:
            return
        rec = Rec("post", ident, {"label": req_str(doc, "label", where)}, {"body_id": org}, where)
        rec.match = {"body_id": None, "label": None}
        self.add(rec, doc)

    def _membership(self, ident: str, doc: dict[str, Any], where: str) -> None:
        org = self.ref(doc, where, "organization", "organization_id", "organization")
        if org in self.skipped_orgs:
            self.warnings.append(said(MEMBERSHIP_SKIPPED, where=where))
            return
        label = opt_str(doc, "role", where, "member")
        raw_role = label.strip().lower()
        role = role_of(label)
        if role is None:
            role = "member"
            self.warnings.append(said(ROLE_AS_MEMBER, where=where, role=raw_role))
        values: dict[str, Any] = {"role": role, "start_date": doc.get("start_date") or None}
        values["end_date"] = doc.get("end_date") or None
        rec = Rec(
            "membership",
            ident,
            values,
            {
                "person_id": self._person_ref(
                    self.ref(doc, where, "person", "person_id"), doc.get("person_name"), where, "person_id"
                ),
                "body_id": org,
                "post_id": self.ref(doc, where, "post", "post_id"),
            },
            where,
        )
        if label.strip() and label.strip() != role.replace("_", " "):
            written_as(rec, "role", label, "role")
        self.add(rec, doc)

    def _bill(self, ident: str, doc: dict[str, Any], where: str) -> None:
        classes = need_list(doc, "classification", where)
        raw = str(classes[0]).lower() if classes else "other"
        kind = raw if raw in MATTER_KINDS else "other"
        if raw not in MATTER_KINDS:
            self.warnings.append(said(MATTER_AS_OTHER, where=where, raw=raw))
        rec = Rec(
            "matter",
            ident,
            {
                "identifier": req_str(doc, "identifier", where),
                "title": req_str(doc, "title", where),
                "kind": kind,
            },
            {},
            where,
            match={"identifier": None},
        )
        self.add(rec, doc)
        for i, sp in enumerate(need_list(doc, "sponsorships", where)):
            at = f"{where}, sponsorships[{i}]"
            sp = need_dict(sp, at)
            if sp.get("entity_type", "person") != "person":
                self.warnings.append(said(ORGANIZATION_SPONSOR, where=at))
                continue
            person = self._person_ref(
                self.ref(sp, at, "person", "person_id", "entity_id"), sp.get("name"), at, "person_id"
            )
            primary = sp.get("primary", False)
            if not isinstance(primary, bool):
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{at}, field 'primary': expected true or false."), at=at
                )
            extras = opt_dict(sp, "extras", at)
            key = key_or(extras, f"{ident}/{person}")
            srec = Rec(
                "sponsorship",
                key,
                {"is_primary": primary, "position": i},
                {"matter_id": ident, "person_id": person},
                at,
                match={"matter_id": None, "person_id": None},
            )
            self.add(srec, sp)
        self.recs.extend(read_documents(doc, where, "matter_id", ident, self.warnings, self.documents))

    def _event(self, ident: str, doc: dict[str, Any], where: str) -> None:
        start = req_str(doc, "start_date", where)
        values: dict[str, Any] = {
            "title": opt_str(doc, "name", where),
            "scheduled_start": start,
            "notices": opt_str(doc, "description", where),
        }
        if len(start) == 10:
            values["scheduled_start"] = start + "T00:00:00"
        status = opt_str(doc, "status", where, "confirmed").lower()
        if status not in OCD_TO_STATUS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{where}, field 'status': {status!r} is not a known event status."
                ),
                where=where,
                status=status,
            )
        values["status"] = OCD_TO_STATUS[status]
        if doc.get("end_date"):
            values["adjourned_at"] = doc["end_date"]
        location = doc.get("location")
        if isinstance(location, dict):
            values["location"] = opt_str(location, "name", where)
        elif location is not None:
            values["location"] = opt_str(doc, "location", where)
        host: str | None = None
        attendees = []
        for i, p in enumerate(need_list(doc, "participants", where)):
            at = f"{where}, participants[{i}]"
            p = need_dict(p, at)
            if p.get("entity_type") == "organization":
                org = self.ref(p, at, "organization", "entity_id", "organization_id")
                if org is not None and org not in self.skipped_orgs:
                    host = host or org
                continue
            note = opt_str(p, "note", at).lower()
            if note not in ATTENDANCE:
                self.warnings.append(said(NOT_ATTENDANCE, where=at, note=note))
                continue
            attendees.append((at, p, note))
        rec = Rec("meeting", ident, values, {"body_id": host}, where)
        apply_extras(rec, doc)
        if rec.refs.get("body_id") is None:
            rec.refs["body_id"] = self.ph.body("placeholder-body", "Imported events", where)
        self.recs.append(rec)
        for at, p, note in attendees:
            person = self._person_ref(
                self.ref(p, at, "person", "entity_id", "person_id"), p.get("name"), at, "entity_id"
            )
            extras = opt_dict(p, "extras", at)
            key = key_or(extras, f"{ident}/{person}")
            arec = Rec(
                "attendance",
                key,
                {"status": note},
                {"meeting_id": ident, "person_id": person},
                at,
                match={"meeting_id": None, "person_id": None},
            )
            self.add(arec, p)
        for i, item in enumerate(need_list(doc, "agenda", where)):
            self._agenda_item(ident, i, need_dict(item, f"{where}, agenda[{i}]"), f"{where}, agenda[{i}]")
        for document in read_documents(doc, where, "agenda_item_id", "", self.warnings, self.documents):
            # Only an item's document can be stored (a meeting holds none of its own): ours name
            # their agenda item in their extras.
            if document.refs.get("agenda_item_id"):
                self.recs.append(document)
            else:
                self.warnings.append(
                    said(DOCUMENT_WITHOUT_ITEM, where=document.where, title=document.values["title"])
                )

    def _agenda_item(self, meeting: str, index: int, item: dict[str, Any], where: str) -> None:
        extras = opt_dict(item, "extras", where)
        key = key_or(extras, f"{meeting}/item/{index}")
        classes = need_list(item, "classification", where)
        kind = str(classes[0]) if classes else "other"
        values: dict[str, Any] = {
            "title": req_str(item, "description", where),
            "position": index,
            "number": opt_str(item, "order", where),
            "kind": kind if kind in ITEM_KINDS else "other",
        }
        notes = need_list(item, "notes", where)
        if notes:
            values["discussion"] = "\n".join(
                str(n) if not isinstance(n, dict) else str(n.get("description", "")) for n in notes
            )
        matter = None
        for j, ent in enumerate(need_list(item, "related_entities", where)):
            ent = need_dict(ent, where, f"related_entities[{j}]")
            if ent.get("entity_type") == "bill":
                matter = self.ref(ent, where, "bill", "entity_id", "bill_id") or matter
        rec = Rec(
            "agenda_item", key, values, {"meeting_id": meeting, "matter_id": matter, "parent_id": None}, where
        )
        self.add(rec, item)
        for name, table in (("speakers", "speaker"), ("motions", "motion")):
            for j, sub in enumerate(need_list(extras, name, where)):
                at = f"{where}, extras.{name}[{j}]"
                sub = need_dict(sub, at)
                sub_key = sub.get("id")
                if not isinstance(sub_key, str):
                    raise UserError(
                        QT_TRANSLATE_NOOP("exchange", "{at}, field 'id': every {table} needs an id."),
                        at=at,
                        table=table,
                    )
                srec = Rec(table, sub_key, {}, {"agenda_item_id": key}, at)
                self.add(srec, {"extras": sub})

    def _vote_event(self, ident: str, doc: dict[str, Any], where: str) -> None:
        extras = opt_dict(doc, "extras", where)
        refs = opt_dict(extras, EXTRAS_REFS, where)
        votes = need_list(doc, "votes", where)
        counts = need_list(doc, "counts", where)
        values: dict[str, Any] = {
            "result": vote_result(doc.get("result"), where, "result"),
            "method": "roll_call" if votes else "voice",
            **DEFAULT_THRESHOLD,
        }
        if doc.get("start_date"):
            values["taken_at"] = (
                doc["start_date"] if len(str(doc["start_date"])) > 10 else f"{doc['start_date']}T00:00:00"
            )
        totals: Counter[str] = Counter()
        for i, c in enumerate(counts):
            at = f"{where}, counts[{i}]"
            c = need_dict(c, at)
            option = count_option(c.get("option"), where, f"counts[{i}].option", self.warnings)
            value = c.get("value")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{at}, field 'value': {value!r} is not a count."),
                    at=at,
                    value=value,
                )
            totals[option] += value
        if not votes:
            values.update(yes_count=totals["yes"], no_count=totals["no"], abstain_count=totals["abstain"])
        motion_key = refs.get("motion_id")
        if not isinstance(motion_key, str):
            motion_key = self._placeholder_motion(ident, doc, values, where)
        rec = Rec("vote", ident, values, {"motion_id": motion_key}, where)
        self.add(rec, doc)
        seen: dict[str, int] = {}
        tallied: Counter[str] = Counter()
        for i, v in enumerate(votes):
            at = f"{where}, votes[{i}]"
            v = need_dict(v, at)
            person = self._person_ref(
                self.ref(v, at, "person", "voter_id"), v.get("voter_name"), at, "voter_id"
            )
            if person in seen:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{where}, field 'votes[{i}]': {person} already voted at votes[{seen}]."
                    ),
                    where=where,
                    i=i,
                    person=person,
                    seen=seen[person],
                )
            seen[person] = i
            option, note = ballot_option(
                v.get("option"), where, f"votes[{i}].option", opt_str(v, "note", at), self.warnings
            )
            tallied[option] += 1
            bextras = opt_dict(v, "extras", at)
            key = key_or(bextras, f"{ident}/{person}")
            brec = Rec(
                "ballot",
                key,
                {"option": option, "note": note},
                {"vote_id": ident, "person_id": person},
                at,
                match={"vote_id": None, "person_id": None},
            )
            self.add(brec, v)
        if votes and counts:
            for option in ("yes", "no"):
                if totals[option] != tallied[option]:
                    self.warnings.append(
                        said(COUNTS_DIFFER[option], where=where, counted=totals[option], held=tallied[option])
                    )

    def _placeholder_motion(self, ident: str, doc: dict[str, Any], values: dict[str, Any], where: str) -> str:
        org = self.ref(doc, where, "organization", "organization", "organization_id")
        if not isinstance(org, str) or org in self.skipped_orgs:
            org = self.ph.body("placeholder-body", "Imported events", where)
        elif org not in self.bodies:
            org = self.ph.body(org, org, where)
        when = values.get("taken_at") or "1970-01-01T00:00:00"
        meeting = self.ref(doc, where, "event", "event_id", "event")
        if not isinstance(meeting, str):
            meeting = self.ph.meeting(org, parse_datetime(when, where, "start_date"), where)
        text = opt_str(doc, "motion_text", where) or "Motion"
        item = self.ph.agenda_item(meeting, text, len(self.recs), where)
        bill = self.ref(doc, where, "bill", "bill", "bill_id")
        if bill is not None:
            for r in self.recs:
                if r.key == item and r.table == "agenda_item":
                    r.refs["matter_id"] = bill
        key = f"{ident}/motion"
        disposition = "adopted" if values["result"] == "pass" else "failed"
        self.recs.append(
            Rec(
                "motion",
                key,
                {"text": text, "kind": "main", "disposition": disposition},
                {"agenda_item_id": item},
                where,
            )
        )
        return key

    def finish(self) -> None:
        # Bodies whose file gave no seat count: as many seats as posts, at least one.
        posts = Counter(r.refs.get("body_id") for r in self.recs if r.table == "post")
        for rec in self.recs:
            if rec.table == "body" and "seat_count" not in rec.values:
                rec.values["seat_count"] = max(1, posts[rec.key])
