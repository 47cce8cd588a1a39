"""intake.isolation with test-only targets: the real worker processes, limits
and recovery, with a parser that hangs, eats memory, segfaults or raises."""
from __future__ import annotations

import os
import pickle
import time
from datetime import date
from pathlib import Path

import pytest

import watch_targets
from intake.config import Limits
from intake.isolation import IsolatedParser, parse_isolated
from parsers.base import ParsedForm, Unreadable

LIMITS = Limits(parse_seconds=3, parse_memory_mib=256)


def drop(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def worker_pid(result) -> int:
    assert isinstance(result, Unreadable) and result.reason_code == "not_a_form", result
    return int(result.detail.split()[1])


@pytest.fixture
def parser():
    with IsolatedParser(LIMITS, workers=1, target=watch_targets.by_content) as pool:
        yield pool


def test_parses_in_a_separate_process_and_reuses_it(parser, tmp_path):
    first = worker_pid(parser.parse(drop(tmp_path, "a.pdf", b"plain")))
    second = worker_pid(parser.parse(drop(tmp_path, "b.pdf", b"plain")))
    assert first != os.getpid()
    assert first == second


def test_hang_is_killed_at_the_time_limit(parser, tmp_path):
    hang = drop(tmp_path, "hang.pdf", b"hang")
    started = time.monotonic()
    result = parser.parse(hang)
    elapsed = time.monotonic() - started
    assert isinstance(result, Unreadable) and result.reason_code == "timeout"
    assert LIMITS.parse_seconds <= elapsed < 120
    pid = int(hang.with_suffix(".pid").read_text())
    assert not Path(f"/proc/{pid}").exists(), "the hung worker is still alive"
    assert worker_pid(parser.parse(drop(tmp_path, "next.pdf", b"plain"))) != pid


def test_memory_is_bounded_and_the_next_file_is_fine(parser, tmp_path):
    before = worker_pid(parser.parse(drop(tmp_path, "a.pdf", b"plain")))
    result = parser.parse(drop(tmp_path, "alloc.pdf", b"alloc"))
    assert isinstance(result, Unreadable) and result.reason_code == "crashed"
    assert result.detail in {"MemoryError", "SIGABRT", "SIGKILL", "SIGSEGV"}
    after = worker_pid(parser.parse(drop(tmp_path, "b.pdf", b"plain")))
    assert after != before, "a worker that ran out of memory must not be reused"


def test_segfault_is_a_crash_and_the_worker_is_replaced(parser, tmp_path):
    before = worker_pid(parser.parse(drop(tmp_path, "a.pdf", b"plain")))
    result = parser.parse(drop(tmp_path, "segv.pdf", b"segv"))
    assert result == Unreadable("crashed", "SIGSEGV")
    assert worker_pid(parser.parse(drop(tmp_path, "b.pdf", b"plain"))) != before


@pytest.mark.parametrize("content, detail", [
    (b"raise", "ValueError"), (b"exit", "SystemExit"), (b"object", "returned dict")])
def test_failures_become_results_naming_only_the_type(parser, tmp_path, content, detail):
    result = parser.parse(drop(tmp_path, "x.pdf", content))
    assert result == Unreadable("crashed", detail)
    assert "Smith" not in repr(result) and "2015" not in repr(result)
    worker_pid(parser.parse(drop(tmp_path, "y.pdf", b"plain")))


def test_a_full_parsed_form_comes_back_and_pickles(tmp_path):
    result = parse_isolated(drop(tmp_path, "form.pdf", b"form"), LIMITS, target=watch_targets.form_with_dates)
    assert isinstance(result, ParsedForm)
    assert result.value("child.date_of_birth") == date(2015, 3, 7)
    assert result.flags == {"invalid_upn"}
    assert pickle.loads(pickle.dumps(result)) == result


def test_pool_survives_workers_dying(tmp_path):
    names = ["segv", "plain", "raise", "plain", "segv", "plain", "hang", "plain", "alloc", "plain"]
    files = [drop(tmp_path, f"{i}.pdf", name.encode()) for i, name in enumerate(names)]
    with IsolatedParser(LIMITS, workers=2, target=watch_targets.by_content) as pool:
        futures = [pool.submit(path) for path in files]
        results = [future.result(timeout=300) for future in futures]
    for name, result in zip(names, results):
        assert isinstance(result, Unreadable)
        expected = {"plain": "not_a_form", "hang": "timeout"}.get(name, "crashed")
        assert result.reason_code == expected, (name, result)
