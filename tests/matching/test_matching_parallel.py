"""Linking many queries in forked workers gives what linking them one by one gives; a bulk
load indexes and counts exactly as adding the children one at a time."""
from __future__ import annotations

import csv
from dataclasses import replace

import pytest
from matchgen import Gen, queries

from matching import Linker, parallel
from matching import linker as linker_module
from matching.batch import match_csv

COLUMNS = ("query_id", "upn", "legal_surname", "legal_forenames", "preferred_surname",
           "preferred_forename", "former_surnames", "middle_names", "date_of_birth", "sex",
           "address", "postcode", "school_urn")


def _write_queries(path, people) -> None:
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for p in people:
            row = {**p.__dict__, "query_id": p.id, "former_surnames": ";".join(p.former_surnames)}
            w.writerow("" if row.get(c) is None else row[c] for c in COLUMNS)


@pytest.fixture(scope="module")
def linker_and_queries(filler):
    qs, _ = queries(Gen(seed=5), filler, parallel.MIN_PARALLEL + 150)
    return Linker(filler), qs


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform")
def test_forked_batch_writes_the_serial_file(tmp_path, linker_and_queries, monkeypatch):
    linker, qs = linker_and_queries
    forked_runs = []
    real = parallel._link_forked

    def spy(*args):
        forked_runs.append(args[2])
        yield from real(*args)

    monkeypatch.setattr(parallel, "_link_forked", spy)
    q = tmp_path / "q.csv"
    _write_queries(q, qs)
    serial = match_csv(linker, q, tmp_path / "serial.csv", workers=1)
    forked = match_csv(linker, q, tmp_path / "forked.csv", workers=2)
    assert forked_runs == [2]
    assert (tmp_path / "forked.csv").read_bytes() == (tmp_path / "serial.csv").read_bytes()
    for key in ("queries", "skipped", "certain", "review", "no_match"):
        assert forked[key] == serial[key]
    assert serial["queries"] == len(qs) and serial["certain"] > 0


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform")
def test_forked_link_many_keeps_order_and_explanations(linker_and_queries):
    linker, qs = linker_and_queries
    forked = list(parallel.link_many(linker, qs, workers=2))
    assert [q.id for q, _, _ in forked] == [q.id for q in qs]
    for q, found, seconds in forked:
        assert found == linker.link(q) and seconds >= 0


def test_small_batches_and_one_worker_link_here(linker_and_queries, monkeypatch):
    linker, qs = linker_and_queries
    monkeypatch.setattr(parallel, "_link_forked", None)   # would fail if used
    assert len(list(parallel.link_many(linker, qs[:10], workers=2))) == 10
    assert len(list(parallel.link_many(linker, qs, workers=1))) == len(qs)


def test_no_room_for_workers_links_here(linker_and_queries, monkeypatch):
    linker, qs = linker_and_queries

    class NoFork:
        def Pool(self, workers):  # noqa: N802 - multiprocessing's name
            raise OSError("no memory")

    monkeypatch.setattr(parallel.mp, "get_context", lambda method: NoFork())
    got = [(q.id, found) for q, found, _ in parallel.link_many(linker, qs, workers=2)]
    assert got == [(q.id, linker.link(q)) for q in qs]


def test_bulk_load_is_adding_one_by_one(filler):
    people = [*filler[:3000], replace(filler[10], legal_surname="Moved-Away", postcode="ZZ1 1ZZ")]
    bulk = Linker(people)
    one = Linker([])
    for p in people:
        one.add(p)
    for name in ("sur", "first", "full", "token", "dob", "pc", "sector", "addr", "school", "pair"):
        a, b = getattr(bulk.stats, name), getattr(one.stats, name)
        assert +a == +b, name      # unary + drops the zero counts a removal leaves
    assert bulk.stats.n == one.stats.n == 3000
    for name in ("slot", "upn", "sur_dob", "fore_dob", "sounds", "by_pc", "by_dob",
                 "dob_text"):
        assert getattr(bulk.index, name) == getattr(one.index, name), name
    assert [r and r.id for r in bulk.index.recs] == [r and r.id for r in one.index.recs]


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform")
def test_build_with_a_forked_child_is_the_serial_build(filler, monkeypatch):
    """A big load counts (and files the name-sound keys) in a forked child: the same
    counts, spelling-level u and index as building it all in one process."""
    people = [*filler[:3000], replace(filler[10], legal_surname="Moved-Away")]
    serial = Linker(people)
    forked = []
    monkeypatch.setattr(linker_module, "FORK_BUILD_MIN", 0)
    monkeypatch.setattr(linker_module, "can_fork_work", lambda allowed=True: True)
    real = linker_module.start_forked
    monkeypatch.setattr(linker_module, "start_forked", lambda work: forked.append(1) or real(work))
    built = Linker(people)
    assert forked == [1]
    for name in ("n", "sur", "first", "full", "token", "dob", "pc", "sector", "addr", "school",
                 "pair", "cohort", "yg_base_votes", "u"):
        assert getattr(built.stats, name) == getattr(serial.stats, name), name
    for name in ("slot", "upn", "sur_dob", "fore_dob", "sounds", "by_pc", "by_dob", "dob_text"):
        assert getattr(built.index, name) == getattr(serial.index, name), name
    assert [r and r.id for r in built.index.recs] == [r and r.id for r in serial.index.recs]
