"""The fuzzy scan: where the blocks find nothing good, names by rapidfuzz's token_set_ratio
among the children born on the query's date of birth or a slip of it.

On a big register that is thousands of children per query, and token_set_ratio (split,
sort, compare sets) is the slow part; most of them could never reach the cutoff. With no
word in common, token_set_ratio is exactly fuzz.ratio of the two sorted word lists, which
rapidfuzz computes about ten times faster; children who do share a word with the query are
filed under that word's sound for the date. So only those two groups are scored with
token_set_ratio, in their original order (ties rank by position), and the result is the
one scoring every child would give.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .normalize import dob_variants, sound_codes
from .record import Rec

if TYPE_CHECKING:
    from .index import Index

_NONE: dict = {}

# fuzz.ratio and token_set_ratio round differently in the last bit: a point of margin
MARGIN = 1.0


def words(names: tuple[str, ...]) -> str:
    """Names as token_set_ratio reads them: a set of words (so sorted, each once)."""
    return " ".join(sorted(set(names)))


def scan(index: "Index", q: Rec, limit: int = 10, cutoff: float = 60) -> list[int]:
    if not q.dob:
        return []
    dates = (q.dob, *dob_variants(date.fromordinal(q.dob)))
    choices: list[str] = []     # the dates' children, date after date: the "pool"
    for d in dates:
        choices.extend(index.dob_text.get(d, ()))
    if not choices:
        return []
    names = q.surnames() + q.forenames()
    keep = _could_reach(index, names, dates, choices, cutoff)
    if keep is None:        # every child is scored
        pool: list[int] = []
        for d in dates:
            pool.extend(index.by_dob.get(d, ()))
    else:
        choices = [choices[j] for j in keep]
        pool = _children_at(index, dates, keep)
    found = process.extract(" ".join(names), choices, scorer=fuzz.token_set_ratio,
                            limit=limit, score_cutoff=cutoff)
    return [pool[j] for _, _, j in found if index.recs[pool[j]] is not None]


def _children_at(index: "Index", dates: tuple[int, ...], positions) -> list[int]:
    """The children at these (ascending) positions of the pool, without building it."""
    out: list[int] = []
    segments = iter(dates)
    born, start = (), 0
    for j in positions:
        while j >= start + len(born):
            start += len(born)
            born = index.by_dob.get(next(segments), ())
        out.append(born[j - start])
    return out


def _could_reach(index: "Index", names: tuple[str, ...], dates: tuple[int, ...],
                 choices: list[str], cutoff: float) -> list[int] | None:
    """Positions in `choices` whose token_set_ratio with `names` could reach the cutoff, in
    order; None for all of them (a one-letter word has no sound it is filed under)."""
    if any(len(n) < 2 for n in names):
        return None
    keep = {j for _, _, j in process.extract(words(names), choices, scorer=fuzz.ratio,
                                             limit=None, score_cutoff=cutoff - MARGIN)}
    keep.update(_sharing_a_word(index, names, dates))
    return sorted(keep)


def _sharing_a_word(index: "Index", names: tuple[str, ...], dates: tuple[int, ...]):
    """Positions in the pool (the dates' children, date after date, each date's in the
    order added) of the children filed under the sound of one of the names. A superset of
    those sharing a word: every word of two letters or more is filed under its sound."""
    codes = sound_codes(names)
    offset = 0
    for d in dates:
        born = index.by_dob.get(d, ())
        for table in (index.sur_dob.get(d, _NONE), index.fore_dob.get(d, _NONE)):
            for c in codes:
                held = table.get(c)
                if held is not None:
                    for i in (held,) if type(held) is int else held:
                        yield offset + bisect_left(born, i)
        offset += len(born)
