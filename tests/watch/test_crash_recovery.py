"""kill -9 of `cme-intake watch` at random moments during a batch of 200+
files, restarting each time, still ends with every file processed exactly once.

Real processes throughout: the real command line, the real pipeline and
store, the real parsers in their worker processes.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_files import make_batch, sample_files
from intake.status import status

REPO = Path(__file__).resolve().parents[2]
FILES = 200
KILLS = 6


def start(home: Path, log) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "intake", "--home", str(home), "watch"],
                            cwd=REPO, stdout=log, stderr=log, start_new_session=True)


def crash(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    try:  # what a service manager does after kill -9: nothing of the group survives
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def decisions(home: Path) -> list[Path]:
    folder = home / "outbox" / "decisions"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def starts(home: Path) -> int:
    """How many times the watcher got as far as watching (its log says so)."""
    log = home / "logs" / "cme-intake.log"
    return log.read_text().count('"step":"watch","outcome":"started"') if log.exists() else 0


def inbox_files(home: Path) -> list[Path]:
    return [p for p in (home / "inbox").rglob("*") if not p.is_dir()]


@pytest.mark.skipif(not sample_files(), reason="shared sample forms not present")
def test_kill_9_during_a_batch_loses_and_repeats_nothing(tmp_path):
    home = tmp_path / "home"
    (home / "inbox").mkdir(parents=True)
    (home / "cme.toml").write_text("[watch]\nsettle_seconds = 0.5\nrescan_seconds = 2\n")
    made = make_batch(home / "inbox", FILES)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    progress = []
    with open(tmp_path / "watch.out", "ab") as log:
        for _ in range(KILLS):
            proc = start(home, log)
            time.sleep(rng.uniform(2.0, 9.0))
            crash(proc)
            progress.append(len(decisions(home)))
        before = starts(home)
        proc = start(home, log)
        try:
            deadline = time.monotonic() + 420  # inside pytest-timeout's 600 s
            while time.monotonic() < deadline and (inbox_files(home) or len(decisions(home)) < FILES
                                                   or starts(home) == before):
                time.sleep(1)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=120) == 0
        finally:
            if proc.poll() is None:
                crash(proc)
    context = f"seed {seed}, decisions after each kill {progress}"
    assert 0 < progress[-1] < FILES or progress[0] < FILES, f"kills missed the batch: {context}"

    assert inbox_files(home) == [], context
    found = [json.loads(p.read_text()) for p in decisions(home)]
    assert len(found) == FILES, context
    hashes = [d["source"]["sha256"] for d in found]
    assert sorted(hashes) == sorted(made), f"a file decided twice or never: {context}"
    assert not [d for d in found if d["status"] == "duplicate"], context
    for d in found:  # each decision is for the file it names
        rel = made[d["source"]["sha256"]]
        assert d["source"]["filename"] == Path(rel).name
        assert d["source"].get("submitter") == (rel.split("/")[0] if "/" in rel else None)

    originals = [p for folder in ("archive", "quarantine") for p in (home / folder).rglob("*")
                 if p.is_file() and not p.name.endswith(".error.txt")]
    assert len(originals) == FILES, context
    leftovers = [p for p in home.rglob("*") if p.name.startswith(".tmp") or p.suffix in (".tmp", ".part")]
    assert leftovers == [], context
    report = status(home)
    assert report["in_progress"] == 0 and report["inbox_waiting"] == 0, report
