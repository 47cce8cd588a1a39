"""Dates a form cannot truthfully give.

Contract section 4: a form is `incomplete` when a required field is "missing or invalid".
A date can be a real calendar date and still be impossible: a completion date after the
form reached the authority, a child born after the form was completed, an absence that
began after the referral was written (a year typed wrongly, most often). Judging a form
on such a date gives a wrong decision, so the value is dropped with a plain message, like
any other invalid value, and the required-field check then decides the status.

Dates that may lie ahead are left alone: a joiner notice sent before the first day on roll,
a leaver notice sent before the removal (policy §5.3 asks for exactly that), an exit form's
leaving and start dates.
"""
from __future__ import annotations

from datetime import date, timedelta

from records.models import Record
from records.required import _get

# Dates that cannot be later than the day the form was completed (or, without a
# completion date, the day it was received).
NOT_AFTER_COMPLETION = ("child.date_of_birth", "referral.first_day_of_absence", "referral.last_date_attended")


def _clear(record: Record, path: str) -> None:
    *parents, last = path.split(".")
    cur = record
    for part in parents:
        cur = getattr(cur, part)
    setattr(cur, last, None)


# `received` is the UTC date; in British Summer Time the school's own date is a day ahead
# for the first hour after midnight, so a date one day after it is still possible.
CLOCK_MARGIN = timedelta(days=1)


def drop_impossible_dates(record: Record, received: date) -> list[tuple[str, str]]:
    """Clear each impossible date on `record`; (path, error type) for each, in form order."""
    dropped = []
    latest = received + CLOCK_MARGIN
    if record.submitted_on is not None and record.submitted_on > latest:
        _clear(record, "submitted_on")
        dropped.append(("submitted_on", "after_received"))
    completed = record.submitted_on or latest
    for path in NOT_AFTER_COMPLETION:
        value = _get(record, path)
        if value is not None and value > completed:
            _clear(record, path)
            dropped.append((path, "after_completed"))
    return dropped
