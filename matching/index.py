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
from operator import itemgetter

from rapidfuzz import fuzz, process

from .normalize import dob_variants, phonetic, upn_neighbours
from .record import Rec

KEY_WEIGHT = {"u": 8, "s": 3, "f": 3, "n": 1, "p": 2, "h": 2}


def _codes(names) -> set[str]:
    return {phonetic(n) for n in names if len(n) > 1}


def record_keys(r: Rec) -> list[str]:
    """Every key the record is filed under, each once (codes are sets; prefixes differ)."""
    sc, fc = _codes(r.surnames()), _codes(r.forenames())
    keys = [f"n{s}{f}" for s in sc for f in fc]
    if r.upn:
        keys.append("u" + r.upn)
    if r.dob:
        d = str(r.dob)
        keys += ["s" + d + c for c in sc]
        keys += ["f" + d + c for c in fc]
    if r.pc:
        keys += ["p" + r.pc + c for c in sc | fc]
        if r.addr:
            keys.append("h" + r.pc + "|" + r.addr)
    return keys


def query_keys(q: Rec) -> list[tuple[str, int]]:
    """Each key the query's child could have been filed under, with its vote, in a fixed
    order (the order children are first voted for breaks ties between equal votes)."""
    out: list[tuple[str, int]] = []
    if q.upn:
        out.append(("u" + q.upn, KEY_WEIGHT["u"]))
        if not q.upn_ok:
            out += [("u" + alt, KEY_WEIGHT["u"] // 2) for alt in upn_neighbours(q.upn)]
    names = q.surnames() + q.forenames()     # every name either way round: swaps
    codes = _codes(names)
    sc, fc = _codes(q.surnames()), _codes(q.forenames())
    if q.dob:
        dates = {q.dob: 2}
        dates.update((v, 1) for v in dob_variants(date.fromordinal(q.dob)))
        for d, w in dates.items():
            ds = str(d)
            for c in codes:
                out.append((f"s{ds}{c}", KEY_WEIGHT["s"] * w))
                out.append((f"f{ds}{c}", KEY_WEIGHT["f"] * w))
    for s in sc:
        for f in fc:
            out.append((f"n{s}{f}", KEY_WEIGHT["n"]))
            out.append((f"n{f}{s}", KEY_WEIGHT["n"]))
    if q.pc:
        out += [(f"p{q.pc}{c}", KEY_WEIGHT["p"]) for c in codes]
        if q.addr:
            out.append((f"h{q.pc}|{q.addr}", KEY_WEIGHT["h"]))
    return out


class Index:
    """Most keys (a UPN, a household) hold one child: such a key maps to the child's
    number itself, not a list, which saves millions of small lists on a big register."""

    def __init__(self) -> None:
        self.recs: list[Rec | None] = []
        self.slot: dict[str, int] = {}
        self.keys: dict[str, int | list[int]] = {}
        self.by_dob: dict[int, list[int]] = defaultdict(list)
        # in step with by_dob: each child's names as one text, for the fuzzy scan
        self.dob_text: dict[int, list[str]] = defaultdict(list)

    def add(self, r: Rec) -> int:
        i = len(self.recs)
        self.recs.append(r)
        self.slot[r.id] = i
        keys = self.keys
        for k in record_keys(r):
            held = keys.setdefault(k, i)
            if held is i:           # a new key
                continue
            if type(held) is int:   # its second child
                keys[k] = [held, i]
            else:
                held.append(i)
        if r.dob:
            self.by_dob[r.dob].append(i)
            self.dob_text[r.dob].append(" ".join(r.surnames() + r.forenames()))
        return i

    def filed(self, key: str) -> list[int] | tuple[int, ...]:
        """The children filed under a key, in the order they were added."""
        held = self.keys.get(key, ())
        return (held,) if type(held) is int else held

    def remove(self, pid: str) -> Rec | None:
        """Drop a child; its keys stay and are skipped (cheaper than rewriting lists)."""
        i = self.slot.pop(pid, None)
        if i is None:
            return None
        r, self.recs[i] = self.recs[i], None
        return r

    def candidates(self, q: Rec, limit: int = 40) -> list[int]:
        votes: dict[int, int] = {}      # a plain dict: Counter's __missing__ is Python
        get, keys = votes.get, self.keys
        for key, w in query_keys(q):
            held = keys.get(key)
            if held is None:
                continue
            if type(held) is int:
                votes[held] = get(held, 0) + w
            else:
                for i in held:
                    votes[i] = get(i, 0) + w
        recs = self.recs
        # as Counter.most_common(n): ties keep the order the children were first voted for
        top = heapq.nlargest(limit * 3, votes.items(), key=itemgetter(1))
        return [i for i, _ in top if recs[i] is not None][:limit]

    def fuzzy_scan(self, q: Rec, limit: int = 10, cutoff: float = 60) -> list[int]:
        """Where the blocks find nothing good: names by rapidfuzz among that DOB's children."""
        if not q.dob:
            return []
        pool: list[int] = []
        choices: list[str] = []     # gathered by date: no lookup per child
        for d in (q.dob, *dob_variants(date.fromordinal(q.dob))):
            pool.extend(self.by_dob.get(d, ()))
            choices.extend(self.dob_text.get(d, ()))
        if not pool:
            return []
        text = " ".join(q.surnames() + q.forenames())
        found = process.extract(text, choices, scorer=fuzz.token_set_ratio,
                                limit=limit, score_cutoff=cutoff)
        return [pool[j] for _, _, j in found if self.recs[pool[j]] is not None]
