"""What a query's candidates share, worked out once per query (Linker.link).

Its neighbouring dates of birth and, per date level, the share of the register born on one;
when the form states a year group, how those births split by their year group; and the
answers its candidates have in common (year-group weights, surname comparisons).
"""
from __future__ import annotations

from datetime import date

from .normalize import cohort, dob_variants
from .record import Rec, Stats
from .types import Comparison


class QueryContext:
    """A query's neighbouring dates and, per level, the share of the register born on one;
    and when the form states a year group, how those births split by their year group.
    Made once per query, it also keeps the answers its candidates share (see yg_seen,
    surnames_seen)."""

    def __init__(self, q: Rec, st: Stats):
        self.level: dict[int, str] = dob_variants(date.fromordinal(q.dob)) if q.dob else {}
        self.u: dict[str, float] = {}
        for d, level in self.level.items():
            self.u[level] = self.u.get(level, 0.0) + st.dob.get(d, 0)
        self.u = {k: max(v, 1) / st.n_eff for k, v in self.u.items()}
        self.yg_cohort = st.stated_cohort(q)
        self.yg_share = _year_group_shares(q, st, self.level, self.yg_cohort) \
            if self.yg_cohort is not None else {}
        # the form's own date of birth is not in the year group it states: the date slipped
        self.date_slipped = bool(q.dob) and self.yg_cohort is not None \
            and cohort(q.dob) != self.yg_cohort
        self.yg_seen: dict[tuple[str, int], Comparison] = {}   # see year_group
        # the query's surname comparisons by candidate surnames, names read each way round
        self.surnames_seen: dict[tuple, Comparison] = {}
        self.swapped_surnames_seen: dict[tuple, Comparison] = {}


def year_group_gap(a: int, b: int) -> int:
    return min(abs(a - b), 2)     # 0 agree, 1 off by one, 2 disagree


def _year_group_shares(q: Rec, st: Stats, levels: dict[int, str], stated: int) -> dict[str, list[float]]:
    """Per date-of-birth level, the share of other children at that level whose year group
    agrees with the form's, is one off, or is further: the u of each year-group level.
    (Year groups are compared as cohorts: `stated` is the form's.)"""
    births: dict[str, list[float]] = {}
    born_on = st.dob.get
    for d, level in levels.items():   # +1 a date: a level nobody is born on still splits
        split = births.get(level)
        if split is None:
            split = births[level] = [0.0, 0.0, 0.0]
        gap = abs(cohort(d) - stated)     # year_group_gap, inline: fifty-odd dates a query
        split[gap if gap < 2 else 2] += born_on(d, 0) + 1
    if q.dob:
        births["exact"] = [0.0, 0.0, 0.0]
        births["exact"][year_group_gap(cohort(q.dob), stated)] = 1.0
    anywhere = births.setdefault("disagree", [0.0, 0.0, 0.0])
    for c, k in st.cohort.items():
        anywhere[year_group_gap(c, stated)] += max(k, 0)
    return {level: [x / max(sum(b), 1e-9) for x in b] for level, b in births.items()}
