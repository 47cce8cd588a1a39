"""The fuzzy scan scores only the children who could reach its cutoff: it must find exactly
what scoring every child born on the dates would find."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from matchgen import Gen, queries
from rapidfuzz import fuzz, process

from matching import Linker
from matching.normalize import dob_variants
from matching.record import Rec


def _every_child(linker: Linker, gone: dict[int, Rec], q: Rec, limit: int, cutoff: float):
    """The scan as first written: each child's names as one text, all of them scored."""
    index = linker.index
    pool = [i for d in (q.dob, *dob_variants(date.fromordinal(q.dob)))
            for i in index.by_dob.get(d, ())]
    recs = [index.recs[i] or gone[i] for i in pool]
    texts = [" ".join(r.surnames() + r.forenames()) for r in recs]
    found = process.extract(" ".join(q.surnames() + q.forenames()), texts,
                            scorer=fuzz.token_set_ratio, limit=limit, score_cutoff=cutoff)
    return [pool[j] for _, _, j in found if index.recs[pool[j]] is not None]


@pytest.fixture(scope="module")
def scanned(filler):
    linker = Linker(filler)
    gone = {}
    for p in filler[::50]:      # a removed child keeps its place in the pool
        i = linker.index.slot[p.id]
        gone[i] = linker.index.recs[i]
        linker.remove(p.id)
    qs, _ = queries(Gen(seed=3), filler, 300)
    initials = [replace(p, legal_forenames=p.legal_forenames[0]) for p in qs[:30]]
    return linker, gone, [Rec(p) for p in qs + initials if p.date_of_birth]


@pytest.mark.parametrize("limit,cutoff", [(10, 60), (40, 40)])
def test_scan_finds_what_scoring_everyone_finds(scanned, limit, cutoff):
    linker, gone, recs = scanned
    found_any = 0
    for q in recs:
        for read in (q, q.swapped()):
            found = linker.index.fuzzy_scan(read, limit, cutoff)
            assert found == _every_child(linker, gone, read, limit, cutoff)
            found_any += bool(found)
    assert found_any > len(recs) // 2
