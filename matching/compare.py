"""Field comparisons and their Fellegi-Sunter weights (log2 of m/u).

m: how often a true pair shows the level (set from the error rates schools' data has: a
fifth of children move, a few per cent of names are mistyped, and so on). u: how often two
different children show it; for agreement on a value it is the value's share of the register
(term-frequency adjustment: sharing "Smith" proves less than sharing "Okonkwo").
"""
from __future__ import annotations

from math import log2

from rapidfuzz.distance import JaroWinkler, Levenshtein

from .names import is_variant
from .normalize import dob_variants, metaphone, postcode_sector
from .record import Rec, Stats
from .types import Comparison
from datetime import date

# m probabilities per field and level; u for levels that are not plain value agreement.
M = {
    "upn": {"exact": 0.97, "one_off": 0.9, "disagree": 0.01},
    "surname": {"exact": 0.86, "alternative": 0.07, "phonetic": 0.02, "jw_0.92": 0.025,
                "jw_0.85": 0.01, "disagree": 0.015},
    "forename": {"exact": 0.72, "first": 0.12, "other_name": 0.03, "nickname": 0.04,
                 "phonetic": 0.015, "jw_0.92": 0.03, "jw_0.80": 0.015, "initial": 0.005,
                 "disagree": 0.015},
    "dob": {"exact": 0.84, "day_month_swap": 0.04, "one_digit": 0.1, "one_day": 0.005,
            "disagree": 0.015},
    "sex": {"agree": 0.99, "disagree": 0.01},
    "home": {"address": 0.72, "postcode": 0.02, "sector": 0.02, "disagree": 0.24},
    "school": {"exact": 0.7, "disagree": 0.3},
}
U_FIXED = {
    ("surname", "phonetic"): 0.002, ("surname", "jw_0.92"): 0.002, ("surname", "jw_0.85"): 0.01,
    ("forename", "nickname"): 0.01, ("forename", "phonetic"): 0.003,
    ("forename", "jw_0.92"): 0.004, ("forename", "jw_0.80"): 0.03, ("forename", "initial"): 0.07,
    ("upn", "one_off"): 1e-6,
}
HOUSEHOLD = 3.0   # other children a surname + address usually shares: caps household evidence


def _w(field: str, level: str, u: float) -> Comparison:
    m = M[field][level]
    return Comparison(field, level, round(log2(m / max(min(u, 0.999), 1e-9)), 3))


def _jw(a: str, b: str) -> float:
    return JaroWinkler.normalized_similarity(a, b)


def upn(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.upn or not c.upn:
        return Comparison("upn", "missing", 0.0)
    if q.upn == c.upn:
        return _w("upn", "exact", 1.0 / max(st.n, 1))
    if Levenshtein.distance(q.upn, c.upn, score_cutoff=1) <= 1 and not (q.upn_ok and c.upn_ok):
        return _w("upn", "one_off", U_FIXED[("upn", "one_off")])
    if q.upn_ok and c.upn_ok:
        return _w("upn", "disagree", 1.0)
    return Comparison("upn", "invalid", 0.0)   # a bad UPN that is not a near miss says nothing


def surname(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.sur or not c.sur:
        return Comparison("surname", "missing", 0.0)
    if q.sur[0] == c.sur[0]:
        return _w("surname", "exact", st.tf(st.sur, q.sur[0]))
    qs, cs = q.surnames(), c.surnames()
    shared = [f for f in qs if f in cs]
    if shared:
        return _w("surname", "alternative", min(st.tf(st.sur, f) for f in shared) * 2)
    best = max(_jw(a, b) for a in qs for b in cs)
    if best >= 0.92:
        return _w("surname", "jw_0.92", U_FIXED[("surname", "jw_0.92")])
    if any(metaphone(a) == metaphone(b) for a in qs for b in cs):
        return _w("surname", "phonetic", U_FIXED[("surname", "phonetic")])
    if best >= 0.85:
        return _w("surname", "jw_0.85", U_FIXED[("surname", "jw_0.85")])
    return _w("surname", "disagree", 1.0)


def forename(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.fore or not c.fore:
        return Comparison("forename", "missing", 0.0)
    if q.full == c.full:
        return _w("forename", "exact", st.tf(st.full, q.full))
    if q.fore[0] == c.fore[0]:
        return _w("forename", "first", st.tf(st.first, q.fore[0]) * 1.5)
    qs, cs = q.forenames(), c.forenames()
    shared = [t for t in qs if t in cs]
    if shared:
        return _w("forename", "other_name", min(st.tf(st.token, t) for t in shared) * 3)
    if any(is_variant(a, b) for a in qs for b in cs if len(a) > 1 and len(b) > 1):
        return _w("forename", "nickname", U_FIXED[("forename", "nickname")])
    best = max(_jw(a, b) for a in qs for b in cs)
    if best >= 0.92:
        return _w("forename", "jw_0.92", U_FIXED[("forename", "jw_0.92")])
    if any(metaphone(a) == metaphone(b) for a in qs for b in cs if len(a) > 2 and len(b) > 2):
        return _w("forename", "phonetic", U_FIXED[("forename", "phonetic")])
    if best >= 0.80:
        return _w("forename", "jw_0.80", U_FIXED[("forename", "jw_0.80")])
    if any(len(a) == 1 and a == b[0] for a in qs for b in cs):
        return _w("forename", "initial", U_FIXED[("forename", "initial")])
    return _w("forename", "disagree", 1.0)


def dob(q: Rec, c: Rec, st: Stats, variants: dict[int, str] | None) -> Comparison:
    if not q.dob or not c.dob:
        return Comparison("dob", "missing", 0.0)
    if q.dob == c.dob:
        return _w("dob", "exact", st.tf(st.dob, q.dob))
    if variants is None:
        variants = dob_variants(date.fromordinal(q.dob))
    level = variants.get(c.dob)
    if level is None:
        return _w("dob", "disagree", 1.0)
    # u: any of this level's neighbour dates would have agreed as well
    n_same = sum(1 for v in variants.values() if v == level)
    return _w("dob", level, st.tf(st.dob, c.dob) * n_same)


def sex(q: Rec, c: Rec) -> Comparison:
    if not q.sex or not c.sex or q.sex not in "mf" or c.sex not in "mf":
        return Comparison("sex", "missing", 0.0)
    return _w("sex", "agree", 0.5) if q.sex == c.sex else _w("sex", "disagree", 0.5)


def home(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.pc or not c.pc:
        return Comparison("home", "missing", 0.0)
    if q.pc == c.pc:
        if q.addr and q.addr == c.addr:
            return _w("home", "address", st.tf(st.addr, q.pc + "|" + q.addr))
        return _w("home", "postcode", st.tf(st.pc, q.pc))
    sector = postcode_sector(q.pc)
    if sector and sector == postcode_sector(c.pc):
        return _w("home", "sector", st.tf(st.sector, sector))
    return _w("home", "disagree", 1.0)


def school(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.school or not c.school:
        return Comparison("school", "missing", 0.0)
    if q.school == c.school:
        return _w("school", "exact", st.tf(st.school, q.school))
    return _w("school", "disagree", 1.0)


def names(q: Rec, c: Rec, st: Stats) -> list[Comparison]:
    return [surname(q, c, st), forename(q, c, st)]


def household_cap(comps: list[Comparison], n: int) -> Comparison | None:
    """Surname, home and school agreeing are not independent: they say "same household".

    Among other children that narrows things to about HOUSEHOLD of them, so together they may
    prove at most log2(n / HOUSEHOLD) bits; the excess is taken back as its own line.
    """
    by = {c.field: c for c in comps}
    s, h = by.get("surname"), by.get("home")
    if not s or not h or s.weight <= 0 or h.level not in ("address", "postcode"):
        return None
    sch = by.get("school")
    total = s.weight + h.weight + (sch.weight if sch and sch.weight > 0 else 0.0)
    cap = log2(max(n, 2) / HOUSEHOLD) + log2(M["surname"]["exact"] * M["home"]["address"])
    if total <= cap:
        return None
    return Comparison("household", "capped", round(cap - total, 3))
