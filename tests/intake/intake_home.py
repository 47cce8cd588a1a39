"""A home folder with a small register, and a way to run the real command line on it.

Imported by name from the tests (a conftest of that name exists in other test folders too)."""
from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import pytest

from intake.cli import main

CALENDAR = """
[[closure]]
name = "Christmas 2026"
start = 2026-12-21
end = 2027-01-01
"""

# Made-up children; UPN check letters are computed by the same rule the DfE uses.
REGISTER = [
    {"register_id": "R1", "upn": "", "legal_surname": "Ashworth", "legal_forenames": "Isla",
     "date_of_birth": "2016-05-14", "sex": "F", "address": "3 Mill Lane, Matlock", "postcode": "DE4 3AG",
     "school_urn": "100901", "school_name": "Hilltop Primary School"},
    {"register_id": "R2", "upn": "", "legal_surname": "Kershaw", "legal_forenames": "Reuben",
     "date_of_birth": "2013-02-03", "sex": "M", "address": "9 Chapel Row, Buxton", "postcode": "SK17 6AB",
     "school_urn": "100902", "school_name": "Riverside Academy"},
    {"register_id": "R3", "upn": "", "legal_surname": "Pickering", "legal_forenames": "Esme",
     "date_of_birth": "2011-01-20", "sex": "F", "address": "41 Hill Top, Belper", "postcode": "DE56 1QQ",
     "school_urn": "100903", "school_name": "Moorland School"},
]


def write_csv(path: Path, rows: list[dict]) -> Path:
    fields = sorted({k for r in rows for k in r}, key=lambda k: list(rows[0]).index(k) if k in rows[0] else 99)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return path


class Home:
    def __init__(self, root: Path):
        self.root = root
        self.inbox = root / "inbox"
        self.inbox.mkdir(parents=True, exist_ok=True)
        (root / "calendar.toml").write_text(CALENDAR)

    def cli(self, *args: str, today: str = "2026-11-27") -> int:
        return main(["--home", str(self.root), "--calendar", str(self.root / "calendar.toml"),
                     "--today", today, *args])

    def drop(self, src: Path, name: str | None = None, sender: str | None = None) -> Path:
        folder = self.inbox / sender if sender else self.inbox
        folder.mkdir(exist_ok=True)
        dest = folder / (name or src.name)
        dest.write_bytes(src.read_bytes())
        old = time.time() - 600  # an upload that finished a while ago
        os.utime(dest, (old, old))
        return dest

    def decisions(self) -> list[dict]:
        return [json.loads(p.read_text()) for p in sorted((self.root / "outbox" / "decisions").glob("*.json"))]

    def decision_for(self, filename: str) -> dict:
        found = [d for d in self.decisions() if d["source"].get("filename") == filename]
        assert len(found) == 1, [d["source"] for d in self.decisions()]
        return found[0]


def make_home(tmp_path) -> Home:
    h = Home(tmp_path / "home")
    assert h.cli("register", "import", str(write_csv(tmp_path / "register.csv", REGISTER))) == 0
    return h
