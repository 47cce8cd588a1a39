"""A list of previous schools: rows of the same labels ("School | Local authority | Dates")
under a "Previous schools" caption. The previous school is the most recent row: the one whose
dates end latest when every row has dates, else the end the caption names ("most recent
last"), else the first row. Read row by row, the first school listed always won.

A mixin of the walker in extract.py: pairs under a previous-school caption are held back
until the list ends, then the chosen row is read as if it stood alone.
"""
from __future__ import annotations

import re

from parsers.labels import norm_label
from parsers.raw import Entry

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b|\b(\d{1,2})[/.\-](\d{4})\b|"
                   r"\b([A-Za-z]{3,9})\.?\s+(\d{4})\b|\b((?:19|20)\d{2})\b|\b(present|now|to date|current|date)\b", re.I)
_LAST = re.compile(r"\b(?:(?:most recent|latest|newest|current) last|(?:oldest|earliest) first)\b", re.I)


def _latest(text: str) -> tuple | None:
    """The latest date a row's text gives, as (year, month, day); 'to date' is the latest."""
    found = []
    for m in _DATE.finditer(text or ""):
        if m.group(3):
            found.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
        elif m.group(5):
            found.append((int(m.group(5)), int(m.group(4)), 0))
        elif m.group(7):
            month = _MONTHS.get(m.group(6)[:3].lower())
            if month:
                found.append((int(m.group(7)), month, 0))
        elif m.group(8):
            found.append((int(m.group(8)), 0, 0))
        else:
            found.append((9999, 0, 0))
    return max(found) if found else None


class SchoolLists:
    """The walker's reading of a list of previous schools (extract._Walker mixes it in)."""
    list_rows: list[list[Entry]] | None = None
    list_caption: str = ""
    replaying = False

    def _school_name(self, label: str) -> bool:
        hit = self.voc.field(label)
        return bool(hit) and self.voc.path_for(hit.key, "previous") == "joiner.previous_school.name"

    def _in_list(self, label: str) -> bool:
        """A label a row of previous schools may hold: the school, its LA, or one we do not know ("Dates")."""
        hit = self.voc.field(label)
        if not hit:
            return not (self.voc.group(label) or self.voc.section(label))
        path = self.voc.path_for(hit.key, "previous")
        return path == "ignore" or path.startswith("joiner.previous_school")

    def school_list(self, e: Entry) -> bool:
        """Hold back a pair of a previous-schools list; True when held."""
        if self.replaying:
            return False
        text = e.label or e.value or ""
        if e.kind in ("heading", "pair") and not (e.value or "").strip() and \
                (sec := self.voc.section(text)) and sec.key == "previous":
            self.end_school_list()
            self.list_caption = text
            return False
        if e.kind == "pair" and e.checked is None and self.section == "previous" and self._in_list(e.label):
            rows = self.list_rows
            if rows is None:
                self.list_rows = [[e]]
            elif norm_label(e.label) in {norm_label(x.label) for x in rows[-1]}:
                rows.append([e])    # a label again: the next row of the list
            else:
                rows[-1].append(e)
            return True
        self.end_school_list()
        return False

    def end_school_list(self):
        rows, self.list_rows = self.list_rows, None
        if not rows:
            return
        schools = [r for r in rows if any(self._school_name(x.label) for x in r)]
        if len(schools) >= 2:
            rows = [self._most_recent(schools)]
        self.replaying = True
        try:
            for row in rows:
                for e in row:
                    self.handle(e)
        finally:
            self.replaying = False

    def _most_recent(self, rows: list[list[Entry]]) -> list[Entry]:
        ends = [_latest(" ".join(x.value or "" for x in r)) for r in rows]
        if all(ends) and ends.count(max(ends)) == 1:
            return rows[ends.index(max(ends))]
        return rows[-1] if _LAST.search(self.list_caption or "") else rows[0]
