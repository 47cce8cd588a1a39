"""Candidate finding: blocking keys that survive each kind of error, and a fuzzy fallback.

A register child is filed under several keys; a query looks up every key it could have been
filed under had its errors been made the other way. The keys, and the error each survives:

  u  UPN                                   any name/date/address error
  s  DOB + sound of a surname form         forename errors, move; former/preferred/part
  f  DOB + sound of a forename or middle   surname errors, move
  n  sound of surname + sound of forename  date errors together with a move
  p  postcode + sound of a name            date errors together with one name error
  h  postcode + house and street           a household: every name and the date mistyped
     (p and h are read off the few children at the query's postcode, not filed)
  d  DOB alone                             the fuzzy scan when every name is mistyped

The query tries its DOB's day/month swap, one-digit typos and a day either side, both name
orders, and the valid UPNs one digit from an invalid one.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import compress
from operator import attrgetter
from typing import Iterable

from . import fuzzy
from .normalize import dob_variants, sound_codes, upn_neighbours
from .record import Rec

KEY_WEIGHT = {"u": 8, "s": 3, "f": 3, "n": 1, "p": 2, "h": 2}


# A table maps a key to the children filed under it, in the order they were added: the
# child's number itself while there is one (most keys: a UPN, a household), then a list.
Postings = int | list[int]
_NONE: dict = {}
# The three filing loops below repeat the same four lines on purpose: at a million children
# a function call per key (ten million of them) cost seconds of the build.


def _file_each(table: dict, keys: Iterable, start: int) -> None:
    """File the children numbered from `start` under their keys, one each (none if empty)."""
    for i, key in enumerate(keys, start):
        if key:
            held = table.setdefault(key, i)
            if held is not i:                   # not a new key
                if type(held) is int:
                    table[key] = [held, i]
                else:
                    held.append(i)


def _file_under(table: dict, numbers: Iterable[int], keys: Iterable[tuple]) -> None:
    """File each child under each of its keys: numbers and keys in step."""
    for i, its_keys in zip(numbers, keys):
        for key in its_keys:
            held = table.setdefault(key, i)
            if held is not i:
                if type(held) is int:
                    table[key] = [held, i]
                else:
                    held.append(i)


def _file_pairs(tables: dict, outer: Iterable, inner: Iterable, i: int) -> None:
    """File child i under every compound key (a, b) of a in outer, b in inner: tables[a][b]."""
    for a in outer:
        table = tables.get(a)
        if table is None:
            table = tables[a] = {}
        for key in inner:
            held = table.setdefault(key, i)
            if held is not i:
                if type(held) is int:
                    table[key] = [held, i]
                else:
                    held.append(i)


def _each(held: Postings) -> Iterable[int]:
    return (held,) if type(held) is int else held


class Index:
    """The keys are kept by kind, a compound key as a table within a table: date of birth,
    then a name's sound ("s", "f"); surname sound, then forename sound ("n"). A query's
    hundred-odd date + name look-ups then go to one small table per date, not to one table
    of millions of keys (each look-up there a cache miss), and no key strings are made
    (sounds are four characters, so "s" + date + sound named the same keys).

    The postcode keys ("p", "h") are not filed: a postcode holds a household or two, so a
    query reads the sounds and address of the children at its postcode instead (filing
    each child under its postcode + each name's sound was a quarter of the index build)."""

    def __init__(self) -> None:
        self.recs: list[Rec | None] = []
        self.slot: dict[str, int] = {}
        self.upn: dict[str, Postings] = {}                     # u
        self.sur_dob: dict[int, dict[str, Postings]] = {}       # s: dob -> surname sound
        self.fore_dob: dict[int, dict[str, Postings]] = {}      # f: dob -> forename sound
        self.sounds: dict[str, dict[str, Postings]] = {}        # n: surname -> forename sound
        self.by_pc: dict[str, Postings] = {}                    # p and h: postcode
        self.gone: dict[int, Rec] = {}     # removed children, whose keys are still filed
        self.by_dob: dict[int, list[int]] = defaultdict(list)
        # in step with by_dob: each child's names as the fuzzy scan reads them
        self.dob_text: dict[int, list[str]] = defaultdict(list)

    def add(self, r: Rec) -> int:
        """File one child (a child already filed under its id is replaced); its number."""
        self.add_many([r])
        return len(self.recs) - 1

    def add_many(self, recs: list[Rec]) -> None:
        """add() for each record in turn."""
        self.file(recs, self.number(recs))

    def number(self, recs: list[Rec]) -> int:
        """Give the records the next numbers, a repeated id replacing the child filed under
        it (the last one wins), so that self.recs is final before they are filed; the
        first one's number."""
        start = len(self.recs)
        all_recs, slot = self.recs, self.slot
        all_recs.extend(recs)
        for i, r in enumerate(recs, start):
            was = slot.pop(r.id, None)
            if was is not None:
                self.gone[was], all_recs[was] = all_recs[was], None
            slot[r.id] = i
        return start

    def file(self, recs: list[Rec], start: int) -> None:
        """File the records numbered from `start` under their keys. A bulk load files ~9
        keys for each of a million children, so the per-key work is kept to a dict
        operation: one loop per kind of key, and the records' sounds worked out when their
        names were cleaned (records with the same name share them)."""
        for i, r in enumerate(recs, start):
            _file_pairs(self.sounds, r.sur_sounds, r.fore_sounds, i)
        _file_each(self.upn, map(attrgetter("upn"), recs), start)
        _file_each(self.by_pc, map(attrgetter("pc"), recs), start)
        self._file_dates(recs, start)

    def _file_dates(self, recs: list[Rec], start: int) -> None:
        """The date keys ("s", "f", the fuzzy scan's), a date at a time: its tables stay
        in the CPU's caches while its children are filed (filed child by child, each in
        a table of another date, they took 1.7 times as long at a million children)."""
        born: dict[int, list[int]] = defaultdict(list)     # date -> positions in recs
        for j, d in enumerate(map(attrgetter("dob"), recs)):
            if d:
                born[d].append(j)
        # read off the records in their order (where they lie in memory), then by date
        sur, fore = [r.sur_sounds for r in recs], [r.fore_sounds for r in recs]
        text = [fuzzy.words(r.surnames() + r.forenames()) if r.dob else "" for r in recs]
        for d, js in born.items():
            numbers = [j + start for j in js] if start else js
            self.by_dob[d].extend(numbers)
            self.dob_text[d].extend(map(text.__getitem__, js))
            _file_under(self.sur_dob.setdefault(d, {}), numbers, map(sur.__getitem__, js))
            _file_under(self.fore_dob.setdefault(d, {}), numbers, map(fore.__getitem__, js))

    def remove(self, pid: str) -> Rec | None:
        """Drop a child; its keys stay and are skipped (cheaper than rewriting lists)."""
        i = self.slot.pop(pid, None)
        if i is None:
            return None
        r, self.recs[i] = self.recs[i], None
        self.gone[i] = r
        return r

    def _postings(self, q: Rec):
        """(children, vote) for every key the query's child could have been filed under
        had its errors been made the other way, and that a child is filed under."""
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
            for d, w in dates.items():      # fifty-odd dates: most keys are not filed
                for table, vote in ((self.sur_dob.get(d), KEY_WEIGHT["s"] * w),
                                    (self.fore_dob.get(d), KEY_WEIGHT["f"] * w)):
                    if table is not None:
                        for c in codes:
                            held = table.get(c)
                            if held is not None:
                                yield held, vote
        sounds = self.sounds
        for s in sc:
            for f in fc:
                yield sounds.get(s, _NONE).get(f), KEY_WEIGHT["n"]
                yield sounds.get(f, _NONE).get(s), KEY_WEIGHT["n"]

    def _at_postcode(self, q: Rec) -> Iterable[tuple[int, int]]:
        """(child, vote) for the children at the query's postcode: "p" for each sound of
        the query's names the child's names have, "h" when the house is the same too;
        what filing every child under postcode + sound and postcode + house gave."""
        held = self.by_pc.get(q.pc) if q.pc else None
        if held is None:
            return
        codes = sound_codes(q.surnames() + q.forenames())
        for i in _each(held):
            r = self.recs[i] or self.gone[i]
            vote = KEY_WEIGHT["p"] * len(codes.intersection(r.sur_sounds + r.fore_sounds))
            if q.addr and r.addr == q.addr:
                vote += KEY_WEIGHT["h"]
            if vote:
                yield i, vote

    def family_at_home(self, q: Rec) -> bool:
        """A child on the list lives at the form's address (postcode and house) and shares
        a surname with the form's child: a household the form's child belongs to."""
        held = self.by_pc.get(q.pc) if q.pc and q.addr else None
        if held is None:
            return False
        names = set(q.surnames())
        for i in _each(held):
            r = self.recs[i]
            if r is not None and r.addr == q.addr and not names.isdisjoint(r.surnames()):
                return True
        return False

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
        for i, w in self._at_postcode(q):
            votes[i] = get(i, 0) + w
        # the most votes; ties go to the child filed first, so a query gets the same
        # candidates in every process (the order votes arrive in follows set order, which
        # varies per process). Sorted in C: those with at least the cut's votes, by number
        # (the child filed first), then by votes, most first (a stable sort keeps the ties).
        k = limit * 3
        top = list(votes)
        if len(top) > k:
            cut = sorted(votes.values(), reverse=True)[k - 1]
            top = list(compress(top, map(cut.__le__, votes.values())))
        top.sort()
        top.sort(key=votes.__getitem__, reverse=True)
        recs = self.recs
        return [i for i in top[:k] if recs[i] is not None][:limit]

    def fuzzy_scan(self, q: Rec, limit: int = 10, cutoff: float = 60) -> list[int]:
        """Where the blocks find nothing good: names by rapidfuzz among that DOB's children."""
        return fuzzy.scan(self, q, limit, cutoff)
