"""Popolo JSON in and out: persons, organizations, memberships, posts, events, motions, vote events, speeches.

The export is one `popolo.json`; meetings are events and agenda items are events whose parent is the
meeting. Legislation has no Popolo class, so matters travel in a CouncilDesk `bills` list (OCD's shape).
Imports read that file, a single Popolo object (the specification's examples), or a folder of them.
"""

from __future__ import annotations

SCHEME = "popolo"
FILE_NAME = "popolo.json"
COLLECTIONS = (
    "organizations",
    "persons",
    "posts",
    "memberships",
    "bills",
    "events",
    "motions",
    "vote_events",
    "speeches",
)
POPOLO_OPTION = {"present": "not voting"}  # everything else, recused included, keeps our spelling
DISPOSITION_RESULT = {"adopted": "pass", "adopted_as_amended": "pass", "failed": "fail"}
ITEM = "agenda item"
