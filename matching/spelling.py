"""Are two names spelt alike? The per-pair checks behind the fuzzy name levels.

Each check is a pure function of two cleaned names, and the same pairs come up again and
again: common names recur across candidates and queries, and every candidate is compared
with the query's names read both ways round. So each pair's answer is kept in a bounded
cache and the rapidfuzz / phonetic work is done once per pair, not once per comparison.
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA, JaroWinkler

from .normalize import metaphone, skeleton

# The spelling levels, best first: a name pair is given the first it shows.
LEVELS = ("typo_1", "translit", "phonetic", "typo_2", "jw_0.90")
NOT_ALIKE = len(LEVELS)
PAIR_CACHE = 1 << 17   # pairs kept; a worker meets a few hundred thousand, most of them rare


@lru_cache(maxsize=PAIR_CACHE)
def pair_rank(a: str, b: str) -> int:
    """Where the best level the two names show stands in LEVELS; NOT_ALIKE for none."""
    short = min(len(a), len(b))
    d = OSA.distance(a, b, score_cutoff=2)
    if d == 1 and short >= 3:
        return 0
    jw = JaroWinkler.normalized_similarity(a, b)
    # the skeleton of a short name is short (Lily/Lola): ask for a likeness as well
    if short >= 3 and jw >= 0.7 and skeleton(a) == skeleton(b):
        return 1
    if short > 2 and metaphone(a) == metaphone(b):
        return 2
    # two slips in a short name make another name (Tracy, Grace) unless the
    # first letter, the one people get right, is kept (Ehn for Ethan)
    if d == 2 and short >= (6 if a[0] != b[0] else 2):
        return 3
    if jw >= 0.90:
        return 4
    return NOT_ALIKE


def fuzzy_level(qs: tuple[str, ...], cs: tuple[str, ...]) -> tuple[str, str] | None:
    """Best spelling-level agreement between any two names (typos, transliteration, sound,
    Jaro-Winkler), with the first of the candidate's names that showed it."""
    best, name = NOT_ALIKE, ""
    for a in qs:
        for b in cs:
            rank = pair_rank(a, b)
            if rank < best:
                if rank == 0:      # nothing beats it, and later pairs never replace it
                    return LEVELS[0], b
                best, name = rank, b
    return (LEVELS[best], name) if best < NOT_ALIKE else None


@lru_cache(maxsize=PAIR_CACHE)
def middle_alike(a: str, b: str) -> bool:
    """Two middle names close enough not to count against a match."""
    return a == b or OSA.distance(a, b, score_cutoff=2) <= 2 or skeleton(a) == skeleton(b) \
        or JaroWinkler.normalized_similarity(a, b) >= 0.85
