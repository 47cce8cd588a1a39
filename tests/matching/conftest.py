"""A filler register (synthetic, bench/matchgen.py) so term frequencies look like a real one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from matchgen import Gen  # noqa: E402

from matching import Linker, Person  # noqa: E402
from match_people import child  # noqa: E402,F401


@pytest.fixture(scope="session")
def filler() -> list[Person]:
    return Gen(seed=11).register(5000)


@pytest.fixture()
def make_linker(filler):
    def build(*people: Person) -> Linker:
        return Linker([*filler, *people])
    return build
