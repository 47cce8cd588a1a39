"""Every real third-party test file (shared/corpus/real) through the isolated
parser: a result for each, never an exception, never a hang."""
from __future__ import annotations

from pathlib import Path

import pytest

import parsers
from intake.config import Limits
from intake.isolation import IsolatedParser
from parsers.base import ParsedForm, Unreadable

CORPUS = Path("/work/shared/corpus/real")
NOT_INPUTS = {"MANIFEST.tsv", "README.md", "measurements.jsonl"}
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name not in NOT_INPUTS) if CORPUS.is_dir() else []

pytestmark = [
    pytest.mark.skipif(not FILES, reason="corpus not present"),
    pytest.mark.skipif(not hasattr(parsers, "parse_file"), reason="parsers.parse_file not written yet"),
]


@pytest.fixture(scope="module")
def results():
    # All submitted at once so the two workers overlap; each test then waits
    # for its own file. 30 s each: the corpus README measured 2.1 s at most.
    with IsolatedParser(Limits(parse_seconds=30), workers=2) as pool:
        futures = {path: pool.submit(path) for path in FILES}
        yield futures


def test_corpus_is_all_there():
    assert len(FILES) >= 60


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_every_file_gets_a_result(results, path):
    result = results[path].result(timeout=600)
    assert isinstance(result, (ParsedForm, Unreadable))
    if isinstance(result, Unreadable):
        assert result.reason_code != "timeout", result
        assert not result.detail.startswith("worker did not start"), result
