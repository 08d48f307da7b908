"""An import's warnings (OCD, Popolo, roll-call and roster CSV) read in French and Spanish, not English."""

from __future__ import annotations

import csv
import json
import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from councildesk.cli import language, main
from councildesk.db.engine import Database
from councildesk.domain.messages import Message, MessageId, Sentence
from councildesk.exchange.importers import run_importer
from councildesk.paths import resource
from councildesk.services.container import Services
from councildesk.services.exchange_records import ImportPreview
from councildesk.services.import_run import ImportRun
from tests.test_exchange_ocd import foreign_vote


def ocd_folder(tmp_path: Path) -> Path:
    """The OCD tests' foreign vote with a fan club, a membership in it, an unknown role and bill kind,
    an organization as sponsor, a participant who is no attendance, an unlinked document, an unknown
    and an approximate vote option, an unknown count option, counts that disagree with the votes and
    a voter who is not in the file."""
    votes = [
        {"voter_id": "p0", "option": "paired"},
        {"voter_id": "p1", "option": "Sick leave"},
        {"voter_id": "p9", "voter_name": "Eve Quinn", "option": "yes"},
    ]
    folder = foreign_vote(
        tmp_path, votes, counts=[{"option": "yes", "value": 3}, {"option": "maybe", "value": 1}]
    )
    docs = [
        {"_id": "o2", "_type": "organization", "name": "Blue Fans", "classification": "fan club"},
        {"_id": "m1", "_type": "membership", "person_id": "p0", "organization_id": "o2"},
        {
            "_id": "m2",
            "_type": "membership",
            "person_id": "p1",
            "organization_id": "o1",
            "role": "Alderwoman",
            "start_date": "2019-01-01",
        },
        {
            "_id": "b1",
            "_type": "bill",
            "identifier": "R-1",
            "title": "A resolution",
            "classification": ["proclamation of joy"],
            "from_organization_id": "o1",
            "sponsorships": [{"name": "Blue Fans", "entity_type": "organization", "primary": True}],
        },
        {
            "_id": "e1",
            "_type": "event",
            "name": "Regular meeting",
            "start_date": "2019-05-01T19:00:00",
            "status": "passed",
            "participants": [
                {"entity_type": "organization", "entity_id": "o1", "name": "Springfield Council"},
                {"entity_type": "person", "entity_id": "p0", "name": "Ann Lee", "note": "host"},
            ],
            "documents": [{"note": "Packet", "links": [{"url": "https://example.org/packet.pdf"}]}],
        },
    ]
    for doc in docs:
        (folder / f"{doc['_type']}_{doc['_id']}.json").write_text(json.dumps(doc))
    return folder


def popolo_file(path: Path) -> Path:
    """A Popolo file with areas and terms, an area among the persons, an unknown organization kind
    and parent, an unknown role and post, a term without a start, a legislative period as an event,
    an unknown status and attendance, an unknown motion kind, counts by group and a vote event
    without a result."""
    doc = {
        "areas": [{"id": "ward-1", "name": "Ward 1"}],
        "terms": [{"id": "t1", "name": "2019-2023"}],
        "persons": [{"id": "a", "name": "Ann Lee"}, {"id": "b", "name": "Bo Diaz"}],
        "organizations": [
            {"id": "c", "name": "Council", "classification": "council"},
            {"id": "f", "name": "Friends of the Park", "classification": "fan club", "parent_id": "nowhere"},
        ],
        "memberships": [
            {"person_id": "a", "organization_id": "c", "role": "Grand Vizier", "post_id": "seat-9"}
        ],
        "events": [
            {
                "id": "lp",
                "name": "Fifth Council",
                "classification": "legislative period",
                "organization_id": "c",
            },
            {
                "id": "e",
                "name": "Regular meeting",
                "organization_id": "c",
                "start_date": "2020-01-02T19:00:00",
                "status": "postponed indefinitely",
                "attendees": [{"id": "b", "note": "asleep"}],
            },
        ],
        "motions": [{"id": "mo", "text": "To adopt", "classification": "wish", "organization_id": "c"}],
        "vote_events": [
            {
                "id": "ve",
                "motion_id": "mo",
                "organization_id": "c",
                "start_date": "2020-01-02T19:30:00",
                "counts": [
                    {"option": "yes", "value": 2, "group_id": "north"},
                    {"option": "no", "value": 1, "group_id": "south"},
                ],
            }
        ],
    }
    path.write_text(json.dumps(doc))
    return path


def csv_file(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def imports(tmp_path: Path) -> list[tuple[str, Path]]:
    return [
        ("ocd", ocd_folder(tmp_path)),
        ("popolo", popolo_file(tmp_path / "popolo.json")),
        (
            "wide-csv",
            csv_file(
                tmp_path / "votes.csv",
                [
                    ["Date", "Body", "Item", "Matter", "Motion", "Result", "Tally", "Ann Lee", "Ada New"],
                    ["2011-10-06", "Parks Board", "1", "R-9", "To adopt", "", "7-2", "", ""],
                    ["2011-10-06", "Parks Board", "2", "R-9", "To refer", "maybe", "5-0-0", "Y", "Sick"],
                    ["2011-10-06", "Parks Board", "3", "R-9", "To table", "Fail", "most", "N", "N"],
                ],
            ),
        ),
        (
            "csv",
            csv_file(
                tmp_path / "roster.csv",
                [
                    ["name", "body", "seat", "start_date", "shoe size"],
                    ["Ann Lee", "Parks Board", "1", "2019-01-01", "9"],
                ],
            ),
        ),
    ]


def catalogue(language_code: str) -> dict[tuple[str, str], str]:
    root = ET.parse(resource("translations", f"messages_{language_code}.ts")).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                found[context.findtext("name") or "", message.findtext("source") or ""] = translation.text
    return found


def declared(message: Message) -> Iterator[MessageId]:
    """The message ids of a sentence and of the declared sentences among its values."""
    if isinstance(message.text, MessageId):
        yield message.text
    for value in message.params.values():
        if isinstance(value, Sentence):
            yield from declared(value.message)


def english_pieces(source: str) -> list[str]:
    """The literal words of an English source between its placeholders ('is not in the file')."""
    pieces = [text.strip(" :;,.()'") for text, *_ in string.Formatter().parse(source)]
    return [p for p in pieces if len(p) >= 8 and any(c.isalpha() for c in p)]


@pytest.fixture
def previewed(db: Database, tmp_path: Path) -> Iterator[list[tuple[str, Path, ImportPreview]]]:
    services = Services(db)
    yield [
        (kind, path, run_importer(kind, services.exchange, path, dry_run=True))
        for kind, path in imports(tmp_path)
    ]
    language.install("en")


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_every_warning_of_an_import_reads_in_the_readers_language(
    language_code: str, previewed: list[tuple[str, Path, ImportPreview]]
) -> None:
    translations = catalogue(language_code)
    sources = set()
    language.install(language_code)
    for kind, _path, preview in previewed:
        assert preview.warnings, kind
        for warning in preview.warnings:
            assert isinstance(warning, Sentence), f"{kind}: not declared: {warning}"
            for source in declared(warning.message):
                assert (source.context, str(source)) in translations, f"{language_code}: {source}"
                sources.add(str(source))
            read = warning.translated()
            english = [p for p in english_pieces(str(warning.message.text)) if p in read]
            assert read != str(warning) and not english, f"{language_code}: {read} ({english})"
    # the files above meet this many different sentences (places in a sheet among them)
    assert len(sources) >= 40


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_the_command_line_prints_the_warnings_in_the_readers_language(
    language_code: str,
    previewed: list[tuple[str, Path, ImportPreview]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db_path = tmp_path / "cli.db"  # the fixture's database is open (and locked) in this process
    main(["--db", str(db_path), "init"])
    for kind, path, preview in previewed:
        capsys.readouterr()
        main(["--lang", language_code, "--db", str(db_path), "import", kind, str(path), "--dry-run"])
        out, err = capsys.readouterr()
        assert not err, err
        # its warnings, and what a line reads in words (what a roll-call sheet holds)
        said = [*preview.warnings, *(label for _, _, label in preview.lines if isinstance(label, Sentence))]
        assert kind != "wide-csv" or len(said) > len(preview.warnings)
        for warning in said:
            assert str(warning) not in out
            assert isinstance(warning, Sentence) and warning.translated() in out, (kind, warning)


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        (
            "fr",
            [
                "Lecture de popolo.json…",
                "Écriture des enregistrements…",
                "Aperçu\u00a0: rien n’a été modifié.",
            ],
        ),
        ("es", ["Leyendo popolo.json…", "Escribiendo los registros…", "Vista previa: no se modificó nada."]),
    ],
)
def test_an_imports_progress_lines_read_in_the_readers_language(
    language_code: str, expected: list[str], db: Database, tmp_path: Path
) -> None:
    lines: list[str] = []
    language.install(language_code)
    try:
        run = ImportRun(report=lines.append)
        run_importer(
            "popolo", Services(db).exchange, popolo_file(tmp_path / "popolo.json"), dry_run=True, run=run
        )
    finally:
        language.install("en")
    assert lines == expected


# What the preview's summary and lines say beyond the warnings: the list of names it skips joined
# in the reader's words, the fields it maps by their names, what it read and the records it writes.
PREVIEW_WORDS = {
    "fr": {
        "popolo": ["(Ward 1 et 2019-2023)", "1 fonction", "laisserait de côté 1 zone"],
        "wide-csv": ["  lu      vote par appel nominal votes.csv"],
        "ocd": ["présence"],
    },
    "es": {
        "popolo": ["(Ward 1 y 2019-2023)", "1 cargo", "omitiría 1 área"],
        "wide-csv": ["  leído   votación nominal votes.csv"],
        "ocd": ["asistencia"],
    },
}
WARNED = ("  note", "  avert", "  adver", "  nota")  # a warning's or a note's line, checked above
ENGLISH_WORDS = re.compile(r"\b(and|roles?|results?|areas?|terms?|attendance|roll call|read)\b")


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_an_imports_summary_and_lines_read_in_the_readers_language(
    language_code: str, previewed: list[tuple[str, Path, ImportPreview]]
) -> None:
    english = {kind: preview.text() for kind, _path, preview in previewed}
    language.install(language_code)
    read = {kind: preview.text() for kind, _path, preview in previewed}
    language.install("en")
    assert "(Ward 1 and 2019-2023)" in english["popolo"] and "1 role" in english["popolo"]
    assert "  read    roll call    votes.csv" in english["wide-csv"]
    for kind, words in PREVIEW_WORDS[language_code].items():
        for word in words:
            assert word in read[kind], f"{language_code} {kind}: {word!r} not in\n{read[kind]}"
    for kind, text in read.items():
        # the warnings quote the file's own words; the summary and the change lines are the preview's
        own = "\n".join(line for line in text.splitlines() if not line.startswith(WARNED))
        found = ENGLISH_WORDS.findall(own)
        assert not found, f"{language_code} {kind}: {found} in\n{own}"
