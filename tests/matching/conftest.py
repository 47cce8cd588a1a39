"""A filler register (synthetic, bench/matchgen.py) so term frequencies look like a real one."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from matchgen import Gen  # noqa: E402

from matching import Linker, Person  # noqa: E402


@pytest.fixture(scope="session")
def filler() -> list[Person]:
    return Gen(seed=11).register(5000)


def child(id: str, surname: str, forenames: str, dob: str, **kw) -> Person:
    kw.setdefault("sex", "female")
    kw.setdefault("address", "12 Acacia Avenue, Matlock")
    kw.setdefault("postcode", "DE4 3AG")
    return Person(id=id, legal_surname=surname, legal_forenames=forenames,
                  date_of_birth=date.fromisoformat(dob), **kw)


@pytest.fixture()
def make_linker(filler):
    def build(*people: Person) -> Linker:
        return Linker([*filler, *people])
    return build
