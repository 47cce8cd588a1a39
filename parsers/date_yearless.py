"""A date written with no year ("Mon 3rd Nov", "3rd of November"): the form's own dates say
which year. A person reading "Last day: Mon 3rd Nov" on a form signed 29/10/2025 reads
3 November 2025; so does this.

A date field holding only a day and a month (and perhaps its weekday) is read as `Yearless`;
once the whole form is read, `resolve` gives it the year that puts it nearest the form's
completion date (or, with none, its other dates), and only a year in which that day falls on
the weekday written, when one is. With nothing to go by it is left unread, as before.
Dates of birth are never read this way: a birthday without its year is no date of birth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_YEARLESS = re.compile(r"(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
                       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)


@dataclass(frozen=True)
class Yearless:
    day: int
    month: int
    weekday: int | None = None   # Monday 0


def read_yearless(text: str) -> Yearless | None:
    m = _YEARLESS.fullmatch(" ".join((text or "").split()))
    if not m or not 1 <= int(m.group(2)) <= 31:
        return None
    wd = _DAYS.index(m.group(1).lower()[:3]) if m.group(1) else None
    return Yearless(int(m.group(2)), _MONTHS.index(m.group(3).lower()[:3]) + 1, wd)


def _in_year(y: Yearless, year: int) -> date | None:
    try:
        d = date(year, y.month, y.day)
    except ValueError:
        return None
    return d if y.weekday is None or d.weekday() == y.weekday else None


def resolve(fields: dict) -> None:
    """Each Yearless reading becomes the date nearest the form's own date, or is dropped."""
    open_ = [p for p, r in fields.items() if isinstance(r.value, Yearless)]
    if not open_:
        return
    sub = fields.get("submitted_on")
    known = [r.value for p, r in fields.items() if isinstance(r.value, date) and "birth" not in p]
    ref = sub.value if sub is not None and isinstance(sub.value, date) else (min(known) if known else None)
    for path in open_:
        reading = fields.pop(path)
        if ref is None:
            continue
        found = [d for yr in (ref.year - 1, ref.year, ref.year + 1) if (d := _in_year(reading.value, yr))]
        if found:
            best = min(found, key=lambda d: abs((d - ref).days))
            fields[path] = type(reading)(best, reading.provenance)
