"""School days, compulsory school age and year groups (contract section 7).

A school day is Monday to Friday, not a bank holiday in England and not inside a
closure. Bank holidays come from the maintained `holidays` package (substitute
days included), so nobody has to type them into the calendar file each year.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import holidays

_ONE_DAY = timedelta(days=1)


class CalendarError(Exception):
    """The calendar file cannot be used; the message is one plain sentence."""


@dataclass(frozen=True)
class Closure:
    name: str
    start: date
    end: date  # inclusive

    def __contains__(self, d: date) -> bool:
        return self.start <= d <= self.end


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    # Cached per year: counting a 60-day absence asks about the same year many times.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_bank_holiday(d: date) -> bool:
    return d in _bank_holidays(d.year)


def _closure(item: Any, position: int) -> Closure:
    if isinstance(item, Closure):
        return item
    if not isinstance(item, Mapping):
        raise CalendarError(f"Closure number {position} in the calendar is not a table with a start and an end.")
    name = str(item.get("name") or f"closure {position}")
    start, end = item.get("start"), item.get("end", item.get("start"))
    if not isinstance(start, date) or not isinstance(end, date):
        raise CalendarError(f"The closure \"{name}\" needs a start and an end written as dates, like 2026-12-21.")
    # tomllib gives datetimes for values with a time; a closure is whole days.
    start = start.date() if hasattr(start, "date") else start
    end = end.date() if hasattr(end, "date") else end
    if end < start:
        raise CalendarError(f"The closure \"{name}\" ends before it starts.")
    return Closure(name, start, end)


class SchoolCalendar:
    def __init__(self, closures: Iterable[Closure | Mapping[str, Any]] | None = None):
        self.closures: tuple[Closure, ...] = tuple(
            _closure(item, n) for n, item in enumerate(closures or (), start=1))

    @classmethod
    def from_file(cls, path: str | Path) -> "SchoolCalendar":
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CalendarError(f"The calendar file {path} does not exist.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CalendarError(f"The calendar file {path} cannot be read ({exc.__class__.__name__}).") from None
        except tomllib.TOMLDecodeError as exc:
            raise CalendarError(f"The calendar file {path} is not valid TOML: {exc}.") from None
        closures = data.get("closure", [])
        if not isinstance(closures, list):
            raise CalendarError(f"The calendar file {path} must list closures as [[closure]] tables.")
        return cls(closures)

    @classmethod
    def load(cls, path: str | Path | None = None,
             closures: Iterable[Closure | Mapping[str, Any]] = ()) -> "SchoolCalendar":
        """The calendar file's closures (if any) plus [[closure]] tables written in cme.toml."""
        from_file = cls.from_file(path).closures if path is not None else ()
        return cls([*from_file, *closures])

    def closure_on(self, d: date) -> Closure | None:
        return next((c for c in self.closures if d in c), None)

    def is_school_day(self, d: date) -> bool:
        return d.weekday() < 5 and not is_bank_holiday(d) and self.closure_on(d) is None

    def next_school_day(self, d: date) -> date:
        """The first school day strictly after d."""
        d += _ONE_DAY
        while not self.is_school_day(d):
            d += _ONE_DAY
        return d

    def school_days_between(self, first: date, last: date) -> int:
        """School days from first to last, both included; 0 when last is before first."""
        count, d = 0, first
        while d <= last:
            count += self.is_school_day(d)
            d += _ONE_DAY
        return count

    def day_number(self, first_day: date, upto: date) -> int:
        """The absence's day number (contract section 7): school days first_day..upto inclusive."""
        return self.school_days_between(first_day, upto)

    def school_days_after(self, d: date, upto: date) -> int:
        """School days after d up to and including upto (the joiner notice count)."""
        return self.school_days_between(d + _ONE_DAY, upto)


def _birthday(dob: date, age: int) -> date:
    try:
        return dob.replace(year=dob.year + age)
    except ValueError:  # born 29 February: the birthday is 1 March in a common year
        return date(dob.year + age, 3, 1)


def school_year_start(on: date) -> int:
    """The calendar year in which the school year (1 Sep - 31 Aug) containing `on` began."""
    return on.year if on.month >= 9 else on.year - 1


def compulsory_age_start(dob: date) -> date:
    fifth = _birthday(dob, 5)
    # The prescribed days in date order within a year: 31 Mar, 31 Aug, 31 Dec.
    for month, day in ((3, 31), (8, 31), (12, 31)):
        if date(fifth.year, month, day) >= fifth:
            return date(fifth.year, month, day)
    raise AssertionError("31 December is on or after every day of its year")


def compulsory_age_end(dob: date) -> date:
    """The last Friday in June of the school year in which the child turns 16."""
    june_year = school_year_start(_birthday(dob, 16)) + 1
    d = date(june_year, 6, 30)
    return d - timedelta(days=(d.weekday() - 4) % 7)


def compulsory_school_age(dob: date, on: date) -> bool:
    return compulsory_age_start(dob) <= on <= compulsory_age_end(dob)


def year_group(dob: date, on: date) -> int:
    """National curriculum year on `on`; reception = 0.

    A child's cohort is the school year of birth (born 1 Sep - 31 Aug); reception is
    the school year that starts five years after the cohort's.
    """
    return school_year_start(on) - school_year_start(dob) - 5


# The calendar object is what callers hold; give it the age helpers too.
SchoolCalendar.compulsory_school_age = staticmethod(compulsory_school_age)
SchoolCalendar.year_group = staticmethod(year_group)
