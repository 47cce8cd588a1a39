"""Candidate finding: blocking keys that survive each kind of error, and a fuzzy fallback.

A register child is filed under several keys; a query looks up every key it could have been
filed under had its errors been made the other way. The keys, and the error each survives:

  u  UPN                                   any name/date/address error
  s  DOB + sound of a surname form         forename errors, move; former/preferred/part
  f  DOB + sound of a forename or middle   surname errors, move
  n  sound of surname + sound of forename  date errors together with a move
  p  postcode + sound of a name            date errors together with one name error
  h  postcode + house and street           a household: every name and the date mistyped
  d  DOB alone                             the fuzzy scan when every name is mistyped

The query tries its DOB's day/month swap, one-digit typos and a day either side, both name
orders, and the valid UPNs one digit from an invalid one.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from datetime import date

from . import fuzzy
from .normalize import dob_variants, sound_codes, upn_neighbours
from .record import Rec

KEY_WEIGHT = {"u": 8, "s": 3, "f": 3, "n": 1, "p": 2, "h": 2}


# A table maps a key to the children filed under it, in the order they were added: the
# child's number itself while there is one (most keys: a UPN, a household), then a list.
Postings = int | list[int]
_NONE: dict = {}


def _file(table: dict, keys, i: int) -> None:
    """File child i under each of the keys (distinct)."""
    for key in keys:
        held = table.setdefault(key, i)
        if held is not i:               # not a new key
            if type(held) is int:
                table[key] = [held, i]
            else:
                held.append(i)


def _table(tables: dict, key) -> dict:
    """tables[key], a new table if none yet (setdefault would make a dict every time)."""
    table = tables.get(key)
    if table is None:
        table = tables[key] = {}
    return table


def _by_votes_then_first(item: tuple[int, int]) -> tuple[int, int]:
    return item[1], -item[0]


class Index:
    """The keys are kept by kind, a compound key as a table within a table: date of birth,
    then a name's sound ("s", "f"); surname sound, then forename sound ("n"); postcode, then
    a name's sound ("p"). A query's hundred-odd date + name look-ups then go to one small
    table per date, not to one table of millions of keys (each look-up there a cache miss),
    and no key strings are made (sounds are four characters, so "s" + date + sound named
    the same keys)."""

    def __init__(self) -> None:
        self.recs: list[Rec | None] = []
        self.slot: dict[str, int] = {}
        self.upn: dict[str, Postings] = {}                     # u
        self.sur_dob: dict[int, dict[str, Postings]] = {}       # s: dob -> surname sound
        self.fore_dob: dict[int, dict[str, Postings]] = {}      # f: dob -> forename sound
        self.sounds: dict[str, dict[str, Postings]] = {}        # n: surname -> forename sound
        self.pc_sound: dict[str, dict[str, Postings]] = {}      # p: postcode -> a name's sound
        self.home: dict[str, Postings] = {}                     # h: postcode|house and street
        self.by_dob: dict[int, list[int]] = defaultdict(list)
        # in step with by_dob: each child's names as the fuzzy scan reads them
        self.dob_text: dict[int, list[str]] = defaultdict(list)

    def add(self, r: Rec) -> int:
        i = len(self.recs)
        self.recs.append(r)
        self.slot[r.id] = i
        sc, fc = sound_codes(r.surnames()), sound_codes(r.forenames())
        if r.upn:
            _file(self.upn, (r.upn,), i)
        if r.dob:
            _file(_table(self.sur_dob, r.dob), sc, i)
            _file(_table(self.fore_dob, r.dob), fc, i)
            self.by_dob[r.dob].append(i)
            self.dob_text[r.dob].append(fuzzy.words(r.surnames() + r.forenames()))
        for s in sc:
            _file(_table(self.sounds, s), fc, i)
        if r.pc:
            _file(_table(self.pc_sound, r.pc), sc | fc, i)
            if r.addr:
                _file(self.home, (f"{r.pc}|{r.addr}",), i)
        return i

    def remove(self, pid: str) -> Rec | None:
        """Drop a child; its keys stay and are skipped (cheaper than rewriting lists)."""
        i = self.slot.pop(pid, None)
        if i is None:
            return None
        r, self.recs[i] = self.recs[i], None
        return r

    def _postings(self, q: Rec):
        """(children, vote) for every key the query's child could have been filed under
        had its errors been made the other way, in a fixed order: the order children are
        first voted for breaks ties between equal votes."""
        w_u = KEY_WEIGHT["u"]
        if q.upn:
            yield self.upn.get(q.upn), w_u
            if not q.upn_ok:
                for alt in upn_neighbours(q.upn):
                    yield self.upn.get(alt), w_u // 2
        names = q.surnames() + q.forenames()     # every name either way round: swaps
        codes = sound_codes(names)
        sc, fc = sound_codes(q.surnames()), sound_codes(q.forenames())
        if q.dob:
            dates = {q.dob: 2}
            dates.update((v, 1) for v in dob_variants(date.fromordinal(q.dob)))
            for d, w in dates.items():
                by_sur, by_fore = self.sur_dob.get(d, _NONE), self.fore_dob.get(d, _NONE)
                for c in codes:
                    yield by_sur.get(c), KEY_WEIGHT["s"] * w
                    yield by_fore.get(c), KEY_WEIGHT["f"] * w
        sounds = self.sounds
        for s in sc:
            for f in fc:
                yield sounds.get(s, _NONE).get(f), KEY_WEIGHT["n"]
                yield sounds.get(f, _NONE).get(s), KEY_WEIGHT["n"]
        if q.pc:
            by_sound = self.pc_sound.get(q.pc, _NONE)
            for c in codes:
                yield by_sound.get(c), KEY_WEIGHT["p"]
            if q.addr:
                yield self.home.get(f"{q.pc}|{q.addr}"), KEY_WEIGHT["h"]

    def candidates(self, q: Rec, limit: int = 40) -> list[int]:
        votes: dict[int, int] = {}      # a plain dict: Counter's __missing__ is Python
        get = votes.get
        for held, w in self._postings(q):
            if held is None:
                continue
            if type(held) is int:
                votes[held] = get(held, 0) + w
            else:
                for i in held:
                    votes[i] = get(i, 0) + w
        recs = self.recs
        # ties go to the child filed first, so a query gets the same candidates in every
        # process (the order votes arrive in follows set order, which varies per process)
        top = heapq.nlargest(limit * 3, votes.items(), key=_by_votes_then_first)
        return [i for i, _ in top if recs[i] is not None][:limit]

    def fuzzy_scan(self, q: Rec, limit: int = 10, cutoff: float = 60) -> list[int]:
        """Where the blocks find nothing good: names by rapidfuzz among that DOB's children."""
        return fuzzy.scan(self, q, limit, cutoff)
