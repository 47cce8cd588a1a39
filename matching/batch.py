"""Batch linkage: a CSV of children (register columns) against people already loaded.

`cme-intake match` calls match_csv; person_from_row turns any contract section 3 row
(register or enquiry, header names in any case) into a Person.
"""
from __future__ import annotations

import csv
import time
from datetime import date
from pathlib import Path
from typing import Iterable

from .linker import Linker
from .parallel import link_many
from .normalize import year_group_value
from .types import Person

_ID_COLUMNS = ("register_id", "enquiry_id", "query_id", "id")
_SEX = {"m": "male", "male": "male", "f": "female", "female": "female"}


def _get(row: dict, name: str) -> str | None:
    v = row.get(name)
    if v is None:
        return None
    v = str(v).strip()
    return v or None


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def person_from_row(row: dict) -> Person | None:
    """A register or enquiry row as a Person; None when it has no id or no name at all."""
    row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    pid = next((v for c in _ID_COLUMNS if (v := _get(row, c))), None)
    if pid is None:
        return None
    surname, forenames = _get(row, "legal_surname"), _get(row, "legal_forenames")
    if not surname and not forenames and not _get(row, "upn"):
        return None
    former = tuple(s.strip() for s in (_get(row, "former_surnames") or "").split(";") if s.strip())
    return Person(
        id=pid,
        upn=_get(row, "upn"),
        legal_surname=surname,
        legal_forenames=forenames,
        preferred_surname=_get(row, "preferred_surname"),
        preferred_forename=_get(row, "preferred_forename"),
        former_surnames=former,
        middle_names=_get(row, "middle_names"),
        date_of_birth=_date(_get(row, "date_of_birth")),
        sex=_SEX.get((_get(row, "sex") or "").lower()),
        address=_get(row, "address"),
        postcode=_get(row, "postcode"),
        school_urn=_get(row, "school_urn"),
        year_group=year_group_value(_get(row, "year_group")),
    )


def read_people(path: Path) -> list[Person]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [p for p in map(person_from_row, csv.DictReader(f)) if p is not None]


def read_queries(path: Path) -> tuple[list[Person], int]:
    """The file's children in order, and how many rows had no id or name."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = [person_from_row(row) for row in csv.DictReader(f)]
    people = [p for p in rows if p is not None]
    return people, len(rows) - len(people)


def match_csv(people: Iterable[Person] | Linker, queries_csv: Path, out_csv: Path,
              settings=None, workers: int = 0) -> dict:
    """Write query_id,candidate_id,score,band for every candidate at or above review.

    `people` may also be a ready Linker (to reuse one index for several files). `workers`:
    processes linking the queries (0: up to two, by CPUs; 1: this process only); the file
    written is the same either way. Returns counts and timings only: no personal data.
    """
    started = time.perf_counter()
    linker = people if isinstance(people, Linker) else Linker(people, settings)
    built = time.perf_counter()
    queries, skipped = read_queries(queries_csv)
    counts = {"queries": len(queries), "skipped": skipped, "certain": 0, "review": 0,
              "no_match": 0}
    with open(out_csv, "w", newline="", encoding="utf-8") as fout:
        out = csv.writer(fout)
        out.writerow(["query_id", "candidate_id", "score", "band"])
        for q, found, _ in link_many(linker, queries, workers):
            if not found:
                counts["no_match"] += 1
            elif found[0].band == "certain":
                counts["certain"] += 1
            else:
                counts["review"] += 1
            for c in found:
                out.writerow([q.id, c.id, f"{c.score:.4f}", c.band])
    done = time.perf_counter()
    counts.update(register=len(linker), index_seconds=round(built - started, 2),
                  match_seconds=round(done - built, 2))
    return counts
