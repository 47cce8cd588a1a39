"""Every real-world file from other projects' test suites goes through `process`:
none is accepted, none is lost, and the run finishes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
# Every file in a source folder; the top level holds only the manifest and notes.
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.parent != CORPUS)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not beside this checkout")
def test_the_real_corpus_is_read_or_quarantined_never_accepted(home):
    for i, src in enumerate(FILES):
        # Names are made unique; the bytes are kept exactly as found.
        shutil.copyfile(src, home.inbox / f"{i:03d}-{src.name}")
    assert home.cli("process") == 0
    decisions = home.decisions()
    assert len(decisions) == len(FILES)
    assert not [d for d in decisions if d["status"] == "accepted"]
    assert list(home.inbox.iterdir()) == []
    for d in decisions:
        assert d["status"] in ("rejected", "incomplete", "duplicate"), d["status"]
        if d["status"] == "rejected":
            assert d["reason_code"] and d["problems"][0].endswith(".")
    filed = list((home.root / "quarantine").glob("*")) + list((home.root / "archive").glob("*"))
    stored = {p.read_bytes() for p in filed if not p.name.endswith(".error.txt")}
    assert {src.read_bytes() for src in FILES} <= stored
