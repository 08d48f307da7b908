"""The command line in French and Spanish prints no English of its own, on the demo and on a tampered copy.

What a command prints is the records' own text (titles, names, what a clerk typed) plus our words.
The records' text is taken out of each line first (every text value stored in the file); what is left
must hold no fragment of an English message source that the catalogue translates otherwise, and no
English word that only our English sources use.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from councildesk.cli import language, main
from councildesk.paths import resource

QUERY = "resolution"  # what the test searches for; `search` brackets each word it matched
HIT = re.compile(rf"\[({QUERY}\w*)\]", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[A-Za-z][a-z]{3,}")
# Tokens a line may hold in every language: hashes, paths, the product, formats and SQL names.
TECHNICAL = re.compile(
    r"[0-9a-f]{12,}|sqlite\+pysqlite:///\S+|/\S+|\btrg_\w+|\bCouncilDesk\b|`[^`]*`|SHA-256|\b(?:csv|ocd|pdf)\b"
)


def _catalogue(language_code: str) -> list[tuple[str, str]]:
    root = ET.parse(resource("translations", f"messages_{language_code}.ts")).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            continue
        found.append((message.findtext("source") or "", translation.text))
    return found


def english_giveaways(language_code: str) -> tuple[set[str], set[str]]:
    """(fragments, words) of English sources that the catalogue writes otherwise in this language.

    A fragment is the literal text between two placeholders ("moved by", ": adopted unanimously, ");
    a word is one of four letters or more found in some English source and in no translation.
    """
    pairs = _catalogue(language_code)
    translated_words = {w.lower() for _source, text in pairs for w in WORD.findall(text)}
    fragments: set[str] = set()
    words: set[str] = set()
    for source, text in pairs:
        if source == text:
            continue
        for piece in PLACEHOLDER.split(source):
            piece = piece.strip(" :;,.()—-–")
            if len(piece) >= 8 and WORD.search(piece) and piece not in text:
                fragments.add(piece)
        words |= {w.lower() for w in WORD.findall(PLACEHOLDER.sub(" ", source))} - translated_words
    return fragments, words


def stored_text(*files: Path) -> list[str]:
    """Every text value in the files, longest first (removed from a line before it is judged)."""
    values: set[str] = set()
    for file in files:
        con = sqlite3.connect(file)
        try:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
                for column in columns:
                    for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                        if isinstance(value, str) and len(value) >= 3 and not value.startswith("{"):
                            values.add(value)
        finally:
            con.close()
    # A title shortened with "…" in a list is still the record's text.
    values |= {v[:n] for v in values for n in (37, 38, 39, 40) if len(v) > n}
    return sorted(values, key=len, reverse=True)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Path]]:
    """The demo, a copy with its approved minutes tampered with (triggers dropped, a motion, a ballot,
    an audit entry and a person changed), and a folder for what commands write."""
    folder = tmp_path_factory.mktemp("cli-no-english")
    demo = folder / "demo.db"
    assert main(["--db", str(demo), "demo"]) == 0
    tampered = folder / "tampered.db"
    shutil.copy(demo, tampered)
    con = sqlite3.connect(tampered)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    with con:
        in_meeting_1 = "agenda_item_id IN (SELECT id FROM agenda_item WHERE meeting_id = 1)"
        con.execute(f"UPDATE motion SET text = 'To approve something else' WHERE {in_meeting_1}")
        con.execute(
            "UPDATE ballot SET option = 'yes' WHERE option = 'no' AND vote_id IN (SELECT v.id FROM vote v "
            f"JOIN motion m ON m.id = v.motion_id WHERE m.{in_meeting_1})"
        )
        con.execute("UPDATE audit_log SET os_user = 'mallory' WHERE id = (SELECT MIN(id) FROM audit_log)")
        con.execute("UPDATE person SET email = 'x@example.org', given_name = 'Zed' WHERE id = 2")
    con.close()
    yield demo, tampered, folder
    language.install("en")


def commands(demo: Path, tampered: Path, out: Path, fresh: Path) -> list[list[str]]:
    """What each language runs; `fresh` is a file no run has made yet (generate fills it)."""
    d, t = str(demo), str(tampered)
    return [
        [d, "meetings"],
        [d, "show", "1"],
        [d, "show", "2"],
        [d, "check"],
        [t, "check"],
        [d, "verify", "1"],
        [d, "verify", "2"],
        [t, "verify", "1"],
        [t, "verify", "--all"],
        [d, "times", "2"],
        [d, "search", QUERY],
        [d, "history", "R-11-034"],
        [d, "agreement"],
        [d, "record", "2"],
        [d, "backups"],
        [d, "fingerprints", "-o", str(out / "fingerprints.json")],
        [d, "export", "csv", str(out / "csv")],
        [d, "import", "popolo", str(out / "popolo"), "--dry-run"],
        [str(out / "empty.db"), "import", "popolo", str(out / "popolo"), "--dry-run"],  # a line per record
        [d, "archive", str(out / "demo.zip")],
        [d, "agenda", "2", "-o", str(out / "agenda.pdf")],
        [d, "verify-pdf", str(out / "agenda.pdf")],  # not signed: refused
        [d, "search", QUERY, "-o", str(out / "hits.csv")],
        # A new folder: every progress line, then the summary.
        [d, "publish", str(fresh.with_suffix(".site"))],
        [str(fresh), "generate", "--years", "1"],
    ]


def ours(line: str, data: list[str]) -> str:
    """What of `line` is ours: technical tokens and the records' text taken out. A search hit's
    snippet (a window into a record's text, the matched words in brackets) is the records' alone."""
    rest = TECHNICAL.sub(" ", line)
    window = HIT.sub(r"\1", rest).strip(" …")
    if window and any(window in value for value in data):
        return ""
    for value in data:
        if value in rest:
            rest = rest.replace(value, " ")
    return rest


def printed(language_code: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    main(["--lang", language_code, "--db", *argv])
    out, err = capsys.readouterr()
    return (out + err).splitlines()


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_no_command_prints_english_of_its_own(
    language_code: str, files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    demo, tampered, out = files
    main(["--db", str(demo), "export", "popolo", str(out / "popolo")])  # what `import --dry-run` reads
    main(["--db", str(out / "empty.db"), "init"])
    capsys.readouterr()
    data = stored_text(demo, tampered)
    fragments, words = english_giveaways(language_code)
    found = []
    for argv in commands(demo, tampered, out, out / f"generated-{language_code}.db"):
        for line in printed(language_code, argv, capsys):
            rest = ours(line, data)
            english = [f for f in fragments if f in rest] + [
                w for w in WORD.findall(rest) if w.lower() in words
            ]
            if english:
                found.append(f"{' '.join(argv[1:])}: {line!r} has {english}")
    language.install("en")
    assert not found, "\n".join(found)


def test_the_check_finds_english_in_a_line_left_in_english(files: tuple[Path, Path, Path]) -> None:
    """The judge itself: an English summary, a vote line and an integrity finding are caught."""
    fragments, words = english_giveaways("fr")
    for line in (
        "Wrote the agenda of meeting 2 to",
        "Vote (roll call): adopted, 6–1; threshold majority of votes cast; 9 ballots",
        "Motion 4 has the same mover and seconder.",
    ):
        assert any(f in line for f in fragments) or any(w.lower() in words for w in WORD.findall(line)), line
    assert not any(f in "Scrutin (vote par appel nominal) : adoptée, 6–1; 9 votes" for f in fragments)


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_the_self_test_prints_no_english_of_its_own(
    language_code: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its steps' names, what each found and its verdict (the quick steps: the inner commands
    install their own language, and the self-test's lines must stay in the one it was run in)."""
    from councildesk.cli import self_test

    every = self_test.SelfTest.steps
    quick = {"create_demo", "write_minutes", "approve_and_verify"}
    monkeypatch.setattr(
        self_test.SelfTest, "steps", lambda test: [(n, s) for n, s in every(test) if s.__name__ in quick]
    )
    assert main(["--lang", language_code, "--self-test"]) == 0
    out, err = capsys.readouterr()
    language.install("en")
    lines = (out + err).splitlines()
    assert len(lines) == 5, lines  # the runtime, three steps, the verdict
    fragments, words = english_giveaways(language_code)
    found = [
        (line, english)
        for line in lines
        if (rest := ours(line, []))
        and (
            english := [f for f in fragments if f in rest]
            + [w for w in WORD.findall(rest) if w.lower() in words]
        )
    ]
    assert not found, found


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_migrate_to_prints_no_english_of_its_own(language_code: str) -> None:
    """Its progress lines and its summary (the copy itself needs a server: tests/test_migrate_to.py)."""
    from councildesk.cli.move_commands import moved
    from councildesk.db.record_chain import Head
    from councildesk.domain.messages import as_read
    from councildesk.services import database_move

    said: list[str] = []
    report = database_move._progress(said.append, {"motion": 3})
    report("motion", 3)
    language.install(language_code)
    try:
        url = "postgresql+psycopg://clerk@server/council"
        result = database_move.MoveResult(url, {"motion": 3}, 2, Head(7, "ab" * 32), 1.5)
        lines = [as_read(line) for line in said] + [moved(result)]
    finally:
        language.install("en")
    assert said == ["  motion: 3 of 3 rows"]
    fragments, words = english_giveaways(language_code)
    found = [
        (line, english)
        for line in lines
        if (rest := ours(line, ["motion"]))
        and (
            english := [f for f in fragments if f in rest]
            + [w for w in WORD.findall(rest) if w.lower() in words]
        )
    ]
    assert not found, found


@pytest.mark.parametrize("language_code", ["fr", "es"])
def test_pg_setup_prints_no_english_of_its_own(
    language_code: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What pg-setup says it did (the server's side is stood in for: the work itself needs PostgreSQL)."""
    from councildesk.db import office_roles

    report = office_roles.SetupReport(database="council", schema="public", tables=31, people=2)
    monkeypatch.setattr(office_roles, "setup", lambda url: report)
    monkeypatch.setattr(office_roles, "add_person", lambda url, person, group, login, password=None: "Ana")
    url = "postgresql+psycopg://owner@server/council"
    main(["--lang", language_code, "pg-setup", url])
    main(
        ["--lang", language_code, "pg-setup", url, "--add-person", "Ana", "--role", "clerk", "--login", "ana"]
    )
    out, err = capsys.readouterr()
    language.install("en")
    lines = (out + err).splitlines()
    assert len(lines) == 2, lines
    fragments, words = english_giveaways(language_code)
    found = [
        (line, english)
        for line in lines
        if (rest := ours(line, ["council", "public", "Ana", "ana", office_roles.CLERK, office_roles.READER]))
        and (
            english := [f for f in fragments if f in rest]
            + [w for w in WORD.findall(rest) if w.lower() in words]
        )
    ]
    assert not found, found


@pytest.mark.parametrize(
    ("language_code", "adjourned_at", "status"),
    [("fr", "levée à", "état"), ("es", "levantada a las", "estado")],
)
def test_history_log_names_fields_as_the_history_panel_does(
    language_code: str,
    adjourned_at: str,
    status: str,
    files: tuple[Path, Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The columns a change touched, in the History panel's words (their values are the log's own)."""
    demo, _tampered, _out = files
    lines = printed(language_code, [str(demo), "history-log", "2"], capsys)
    language.install("en")
    names = {line.split(":")[0].strip() for line in lines if line.startswith("    ")}
    assert {adjourned_at, status} <= names, names
    assert not names & {"adjourned_at", "status", "adjourned at"}, names
