"""The fuzzy scan: where the blocks find nothing good, names by rapidfuzz's token_set_ratio
among the children born on the query's date of birth or a slip of it.

On a big register that is thousands of children per query, and token_set_ratio (split,
sort, compare sets) is the slow part; most of them could never reach the top. With no
word in common, token_set_ratio is exactly fuzz.ratio of the two sorted word lists, which
rapidfuzz computes about ten times faster; children who do share a word with the query are
filed under that word's sound for the date. So the children sharing a word are scored with
token_set_ratio first; the others only when their fuzz.ratio says they could still reach
the cutoff and the top `limit` (the tenth best score so far is usually far above the
cutoff, so few are). Ranked by score, ties by position in the dates' children, the result
is the one scoring every child would give.
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
    query = " ".join(names)
    if any(len(n) < 2 for n in names):   # a one-letter word has no sound it is filed under
        found = process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=limit,
                                score_cutoff=cutoff)
        ranked = [j for _, _, j in found]
    else:
        ranked = _ranked(index, names, query, dates, choices, limit, cutoff)
    pool = _children_at(index, dates, sorted(ranked))
    child = dict(zip(sorted(ranked), pool))
    return [child[j] for j in ranked if index.recs[child[j]] is not None]


def _ranked(index: "Index", names: tuple[str, ...], query: str, dates: tuple[int, ...],
            choices: list[str], limit: int, cutoff: float) -> list[int]:
    """Positions in `choices` of the top `limit` by token_set_ratio (at least the cutoff),
    best first, ties by position: what process.extract over every choice returns."""
    said = set(names)
    sharing = sorted(j for j in _sharing_a_sound(index, names, dates)
                     if not said.isdisjoint(choices[j].split()))
    scores = _token_set(query, choices, sharing, cutoff)
    best = sorted(scores.values(), reverse=True)
    # the rest score what fuzz.ratio gives them (within MARGIN): only those that could
    # still reach the cutoff, and the top `limit` once it is full, are scored in full
    bar = max(cutoff, best[limit - 1]) if len(best) >= limit else cutoff
    shared = set(sharing)
    rest = sorted(j for _, _, j in process.extract(words(names), choices, scorer=fuzz.ratio,
                                                   limit=None, score_cutoff=bar - MARGIN)
                  if j not in shared)
    scores.update(_token_set(query, choices, rest, cutoff))
    return sorted(scores, key=lambda j: (-scores[j], j))[:limit]


def _token_set(query: str, choices: list[str], positions: list[int], cutoff: float
               ) -> dict[int, float]:
    """token_set_ratio of these choices that reach the cutoff, by position (scored as
    process.extract scores them, so the numbers are the ones scoring them all gives)."""
    found = process.extract(query, [choices[j] for j in positions], scorer=fuzz.token_set_ratio,
                            limit=None, score_cutoff=cutoff)
    return {positions[k]: score for _, score, k in found}


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


def _sharing_a_sound(index: "Index", names: tuple[str, ...], dates: tuple[int, ...]) -> set[int]:
    """Positions in the pool (the dates' children, date after date, each date's in the
    order added) of the children filed under the sound of one of the names. A superset of
    those sharing a word: every word of two letters or more is filed under its sound."""
    codes = sound_codes(names)
    found: set[int] = set()
    offset = 0
    for d in dates:
        born = index.by_dob.get(d, ())
        for table in (index.sur_dob.get(d, _NONE), index.fore_dob.get(d, _NONE)):
            for c in codes:
                held = table.get(c)
                if held is not None:
                    for i in (held,) if type(held) is int else held:
                        found.add(offset + bisect_left(born, i))
        offset += len(born)
    return found
