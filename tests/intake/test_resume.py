"""A run interrupted at each point of a file's journey finishes with one decision and no lost file."""
from __future__ import annotations

import sqlite3

import pytest

import intake.outputs as outputs
import intake.pipeline as pipeline
from forms import built_path
from forms.fill import fill_docx


class Crash(BaseException):
    """Stands in for kill -9: nothing after the crash point runs, no handler catches it."""


@pytest.fixture
def joiner(tmp_path):
    src = tmp_path / "joiner.docx"
    fill_docx(built_path("cmj", "docx"), {
        "child.legal_surname": "Pickering", "child.legal_forenames": "Esme", "child.date_of_birth": "2011-01-20",
        "school.name": "Moorland School", "joiner.date_on_roll": "2026-11-16"}, src)
    return src


@pytest.mark.parametrize("crash_point", ["write_decision_file", "commit_decision", "file_original"])
def test_crash_then_rerun_gives_exactly_one_decision(home, joiner, monkeypatch, crash_point):
    home.drop(joiner)
    real = getattr(outputs, crash_point)

    def crash_after(*args, **kwargs):
        real(*args, **kwargs)
        raise Crash

    target = pipeline if hasattr(pipeline, crash_point) else outputs
    monkeypatch.setattr(target, crash_point, crash_after)
    with pytest.raises(Crash):
        home.cli("process")
    monkeypatch.undo()
    assert home.cli("process") == 0
    decisions = home.decisions()
    assert len(decisions) == 1 and decisions[0]["status"] == "accepted"
    assert list(home.inbox.rglob("*.docx")) == []
    archived = list((home.root / "archive").iterdir())
    assert [p.read_bytes() for p in archived] == [joiner.read_bytes()]
    assert not list((home.root / "outbox").rglob(".tmp-*"))
    db = sqlite3.connect(home.root / "cme.db")
    assert db.execute("SELECT state FROM files").fetchall() == [("archived",)]
    # the same reference was kept across the crash
    assert db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 1


def test_temporary_outputs_left_by_a_crash_are_removed(home, joiner):
    decisions = home.root / "outbox" / "decisions"
    decisions.mkdir(parents=True, exist_ok=True)
    (decisions / ".tmp-abc123").write_bytes(b"{half")
    home.drop(joiner)
    home.cli("process")
    assert not list(decisions.glob(".tmp-*"))
    assert len(home.decisions()) == 1
