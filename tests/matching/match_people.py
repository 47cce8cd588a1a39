"""Test helpers for matching, imported by name (conftest is a name other test folders use too)."""
from __future__ import annotations

from datetime import date

from matching import Person


def child(id: str, surname: str, forenames: str, dob: str, **kw) -> Person:
    kw.setdefault("sex", "female")
    kw.setdefault("address", "12 Acacia Avenue, Matlock")
    kw.setdefault("postcode", "DE4 3AG")
    return Person(id=id, legal_surname=surname, legal_forenames=forenames,
                  date_of_birth=date.fromisoformat(dob), **kw)
