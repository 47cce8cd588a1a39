"""Field comparisons and their Fellegi-Sunter weights (log2 of m/u).

m: how often a true pair shows the level (set from the error rates schools' data has: a
fifth of children move, a few per cent of names are mistyped, and so on). u: how often two
different children show it; for agreement on a value it is the value's share of the register
(term-frequency adjustment: sharing "Smith" proves less than sharing "Okonkwo").
"""
from __future__ import annotations

from functools import lru_cache
from math import log2

from rapidfuzz.distance import OSA

from .names import related
from .context import QueryContext, year_group_gap
from .normalize import postcode_sector
from .record import Rec, Stats
from .spelling import fuzzy_level, middle_alike
from .types import Comparison

# m probabilities per field and level (how often schools' records of the same child differ
# this way: about a fifth of a register's children move, a quarter of forms mistype a name,
# a sixth a digit of the date); u for levels that are not plain value agreement. Names and
# dates of birth: the share of each level among the dev matchbench's 1,400 true pairs (a
# tenth of names one typo off, each; 7% of dates day/month swapped), with room kept for
# levels dev barely shows (a middle name used as the called name, spellings no list knows).
M = {
    "upn": {"exact": 0.97, "one_off": 0.9, "disagree": 0.003},
    "surname": {"exact": 0.72, "alternative": 0.11, "typo_1": 0.11, "typo_2": 0.03,
                "translit": 0.01, "phonetic": 0.005, "jw_0.90": 0.005, "disagree": 0.01},
    "forename": {"exact": 0.58, "first": 0.13, "other_name": 0.02, "nickname": 0.09,
                 "nickname_typo": 0.008,
                 "typo_1": 0.10, "typo_2": 0.025, "translit": 0.02, "phonetic": 0.005,
                 "jw_0.90": 0.003, "other_fuzzy": 0.005, "initial": 0.003, "disagree": 0.01},
    "dob": {"exact": 0.76, "day_month_swap": 0.065, "one_digit": 0.165, "one_day": 0.003,
            "disagree": 0.007},
    "sex": {"agree": 0.99, "disagree": 0.01},
    "home": {"address": 0.68, "postcode": 0.02, "sector": 0.01, "disagree": 0.29},
    "school": {"exact": 0.7, "disagree": 0.3},
    # the school's stated year group against the record's: a second, independent record of
    # the birth year (a slip in the date of birth leaves it alone); off for a child taught
    # out of their year, or a form filled in as the school year turned
    "year_group": {"agree": 0.97, "agree_date_slipped": 0.97, "off_by_one": 0.02, "disagree": 0.01},
}
YEAR_GROUP_LEVELS = ("agree", "off_by_one", "disagree")
YEAR_GROUP_FLOOR = 0.01   # children whose year group is not their birth date's
U_FIXED = {
    ("surname", "typo_1"): 0.002, ("surname", "typo_2"): 0.004, ("surname", "phonetic"): 0.004,
    ("surname", "jw_0.90"): 0.01, ("surname", "translit"): 0.001, ("forename", "translit"): 0.002,
    ("forename", "nickname"): 0.01, ("forename", "typo_1"): 0.004, ("forename", "typo_2"): 0.006,
    ("forename", "phonetic"): 0.006, ("forename", "jw_0.90"): 0.02, ("forename", "initial"): 0.07,
    ("forename", "other_fuzzy"): 0.02, ("forename", "nickname_typo"): 0.004,
    ("upn", "one_off"): 1e-6,
}
MIDDLE_DISAGREE = round(log2(0.03 / 0.97), 3)   # middle names given and unlike
# The form gives middle names and the register record has none: registers keep legal
# forenames in full and forms shorten them, so for the same child this is the rarer
# direction (about 1 in 10), while about half of other children have no middle name.
MIDDLE_FORM_ONLY = round(log2(0.1 / 0.5), 3)
MIDDLE_CAP = 5.0  # bits a shared middle name may add: names come in correlated sets
HOUSEHOLD = 3.0
HOUSEHOLD_LEVELS = ("address", "postcode")   # home levels that say "same household"
SAMPLE_PAIRS = 20_000
# answers that do not depend on the register, made once (a frozen dataclass is slow to make)
_MISSING = {f: Comparison(f, "missing", 0.0)
            for f in ("upn", "surname", "forename", "dob", "sex", "home", "school", "year_group")}
_UPN_INVALID = Comparison("upn", "invalid", 0.0)
_MIDDLE_FORM_ONLY = Comparison("middle", "form_only", MIDDLE_FORM_ONLY)
_MIDDLE_DISAGREE = Comparison("middle", "disagree", MIDDLE_DISAGREE)


def estimate_u(recs: list, st: Stats, seed: int = 0) -> None:
    """u for the spelling levels, from random pairs of the register's own children.

    How often two different children's names are "a typo apart" or "a nickname" depends on
    the authority's name mix, so it is measured, not assumed.
    """
    import random
    live = [r for r in recs if r is not None and r.fore and r.sur]
    if len(live) < 1000:
        return     # too few to measure: keep the defaults
    rng = random.Random(seed)
    counts: dict[tuple[str, str], int] = {}
    n = 0
    for _ in range(SAMPLE_PAIRS):
        a, b = rng.choice(live), rng.choice(live)
        if a is b:
            continue
        n += 1
        for c in (surname(a, b, st), forename(a, b, st)):
            counts[(c.field, c.level)] = counts.get((c.field, c.level), 0) + 1
    for key in st.u:
        if key[0] in ("surname", "forename"):
            st.u[key] = (counts.get(key, 0) + 0.5) / (n + 1)   # other children a surname + address usually shares: caps household evidence


@lru_cache(maxsize=4096)   # a pure function of M; the same few thousand arguments recur
def _w(field: str, level: str, u: float) -> Comparison:
    m = M[field][level]
    return Comparison(field, level, round(log2(m / max(min(u, 0.999), 1e-9)), 3))


def _near(field: str, level: str, st: Stats, counter, name: str) -> Comparison:
    """u of a near agreement: any child might show it, and surely those with the name itself
    (a slip in "Henry" agrees with every Henry, so it proves little)."""
    return _w(field, level, st.u[(field, level)] + st.tf(counter, name))


def upn(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.upn or not c.upn:
        return _MISSING["upn"]
    if q.upn == c.upn:
        return _w("upn", "exact", 1.0 / st.n_eff)
    if OSA.distance(q.upn, c.upn, score_cutoff=1) <= 1:
        return _w("upn", "one_off", st.u[("upn", "one_off")])
    if q.upn_ok and c.upn_ok:
        return _w("upn", "disagree", 1.0)
    return _UPN_INVALID   # a bad UPN that is not a near miss says nothing


def surname(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.sur or not c.sur:
        return _MISSING["surname"]
    if q.sur[0] == c.sur[0]:
        return _w("surname", "exact", st.tf(st.sur, q.sur[0]))
    qs, cs = q.surnames(), c.surnames()
    shared = [f for f in qs if f in cs]
    if shared:
        return _w("surname", "alternative", min(st.tf(st.sur, f) for f in shared) * 2)
    near = fuzzy_level(qs, cs)
    if near:
        return _near("surname", near[0], st, st.sur, near[1])
    return _w("surname", "disagree", 1.0)


def _called(r: Rec) -> tuple[str, ...]:
    """The names the child is called by: the first forename, and the preferred one."""
    first, pref = r.fore[0], r.pref
    return (first, pref) if pref and pref != first else (first,)


def forename(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.fore or not c.fore:
        return _MISSING["forename"]
    if q.full == c.full:
        return _w("forename", "exact", st.tf(st.full, q.full))
    qc, cc = _called(q), _called(c)
    for x in qc:
        if x in cc:
            # a preferred name can be rare as a first name: count it among all given names
            return _w("forename", "first", max(st.tf(st.first, x), st.tf(st.token, x)) * 1.5)
    qs, cs = q.forenames(), c.forenames()
    rel = related(qc, cc)
    rest = q.fore[1:]
    if rel and rest and all(t in cs and t != rel[0] for t in rest):
        # called-by names related and the middle names written the same: a full-name match
        base = _near("forename", rel[1], st, st.token, rel[0])
        mid = min(log2(0.9 / max(st.tf(st.token, t) for t in rest)), MIDDLE_CAP)
        return Comparison("forename", rel[1] + "+middle", round(base.weight + mid, 3))
    shared = [t for t in qs if t in cs]
    if shared:
        return _w("forename", "other_name", min(st.tf(st.token, t) for t in shared) * 3)
    if rel:
        return _near("forename", rel[1], st, st.token, rel[0])
    if fuzzy_level(qs, cs):    # only a middle name is spelt alike: weak
        return _w("forename", "other_fuzzy", st.u[("forename", "other_fuzzy")])
    if min(map(len, qs)) == 1 and any(len(a) == 1 and a == b[0] for a in qs for b in cs):
        return _w("forename", "initial", st.u[("forename", "initial")])
    return _w("forename", "disagree", 1.0)


def year_group(q: Rec, c: Rec, st: Stats, ctx: QueryContext, dob_level: str) -> Comparison:
    """The form's stated year group against the child's. Weighed given the date-of-birth
    level, since the two are not independent: with the same date a year group that agrees
    proves nothing more; with a slipped date it says which of the slips is the child's."""
    theirs = st.cohort_of(c) if ctx.yg_cohort is not None else None
    if theirs is None:
        return _MISSING["year_group"]
    k = year_group_gap(theirs, ctx.yg_cohort)
    found = ctx.yg_seen.get((dob_level, k))     # the same few answers for every candidate
    if found is None:
        share = ctx.yg_share.get(dob_level) or ctx.yg_share["disagree"]
        level = YEAR_GROUP_LEVELS[k]
        weight = round(log2(M["year_group"][level] / max(share[k], YEAR_GROUP_FLOOR)), 3)
        if level == "agree" and ctx.date_slipped \
                and dob_level not in ("exact", "disagree", "missing"):
            level = "agree_date_slipped"   # this child's date is the slip the year group shows
        found = ctx.yg_seen[(dob_level, k)] = Comparison("year_group", level, weight)
    return found


def dob(q: Rec, c: Rec, st: Stats, ctx: QueryContext) -> Comparison:
    if not q.dob or not c.dob:
        return _MISSING["dob"]
    if q.dob == c.dob:
        return _w("dob", "exact", st.tf(st.dob, q.dob))
    level = ctx.level.get(c.dob)
    if level is None:
        return _w("dob", "disagree", 1.0)
    return _w("dob", level, ctx.u[level])


def sex(q: Rec, c: Rec) -> Comparison:
    if not q.sex or not c.sex or q.sex not in "mf" or c.sex not in "mf":
        return _MISSING["sex"]
    return _w("sex", "agree", 0.5) if q.sex == c.sex else _w("sex", "disagree", 0.5)


def home(q: Rec, c: Rec, st: Stats) -> Comparison:
    if not q.pc or not c.pc:
        return _MISSING["home"]
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
        return _MISSING["school"]
    if q.school == c.school:
        return _w("school", "exact", st.tf(st.school, q.school))
    return _w("school", "disagree", 1.0)


def names(q: Rec, c: Rec, st: Stats, surnames_seen: dict | None = None) -> list[Comparison]:
    """Surname and forename, and a cap where the two agree on a pair that travels together.

    Names are not independent (a Nigerian surname comes with a Yoruba forename), so the
    product of their frequencies flatters a match; the pair's own frequency in the register
    bounds what agreeing on both can prove. `surnames_seen`: the answers for this q so far,
    by the candidate's surnames.
    """
    if surnames_seen is None:
        s = surname(q, c, st)
    else:   # a query's candidates share surnames: one answer per surname (q is the same)
        s = surnames_seen.get((c.sur, c.sur_alt))
        if s is None:
            s = surnames_seen[(c.sur, c.sur_alt)] = surname(q, c, st)
    f = forename(q, c, st)
    out = [s, f]
    mid = middle(q, c, f)
    if mid is not None:
        out.append(mid)
    if s.level in ("exact", "alternative") and f.level in ("exact", "first"):
        shared = next((x for x in q.surnames() if x in c.surnames()), q.sur[0])
        given = q.full if f.level == "exact" else q.fore[0]
        n_pair = st.pair.get(shared + " " + given, 0) + 0.5   # a new child may share it
        cap = log2(M["surname"][s.level] * M["forename"][f.level] * st.n_eff / n_pair)
        if s.weight + f.weight > cap:
            out.append(Comparison("name_pair", "capped", round(cap - s.weight - f.weight, 3)))
    return out


def middle(q: Rec, c: Rec, fore: Comparison) -> Comparison | None:
    """Both give middle names and none is alike: evidence against, and twins often differ
    only there. Said only when the first names did not already agree in full."""
    qm, cm = q.fore[1:], c.fore[1:]
    if qm and not cm and not c.fore_alt and fore.level == "first":
        return _MIDDLE_FORM_ONLY
    if not qm or not cm or fore.level in ("exact", "missing", "disagree") or "+middle" in fore.level:
        return None
    for a in qm:
        for b in cm:
            if a in c.fore or b in q.fore or middle_alike(a, b):
                return None
    return _MIDDLE_DISAGREE


def household_cap(comps: list[Comparison], n: int) -> Comparison | None:
    """Surname, home and school agreeing are not independent: they say "same household".

    Among other children that narrows things to about HOUSEHOLD of them, so together they may
    prove at most log2(n / HOUSEHOLD) bits; the excess is taken back as its own line.
    """
    by = {c.field: c for c in comps}
    s, h = by.get("surname"), by.get("home")
    if not s or not h or s.weight <= 0 or h.level not in HOUSEHOLD_LEVELS:
        return None
    sch = by.get("school")
    pair = by.get("name_pair")    # already taken back from the names: count it once
    total = s.weight + (pair.weight if pair else 0.0) + h.weight + (sch.weight if sch and sch.weight > 0 else 0.0)
    cap = log2(max(n, 2) / HOUSEHOLD) + log2(M["surname"]["exact"] * M["home"]["address"])
    if total <= cap:
        return None
    return Comparison("household", "capped", round(cap - total, 3))
