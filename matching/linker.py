"""The Linker: index the register, then score a query's candidates and band them.

Score: the Fellegi-Sunter total weight W (log2 Bayes factor, sum of the field weights) plus the
prior log-odds that a given register child is the one sought (about 1 in N), turned into a
probability shared out over the candidates found: p_i = 2^(W_i+prior) / (1 + sum_j 2^(W_j+prior)).
So a close runner-up lowers the leader's score by itself, and a bigger register (more
coincidences) needs more evidence for the same score.
"""
from __future__ import annotations

from functools import partial
from math import log2
from operator import attrgetter
from typing import Iterable

from . import compare as cmp
from .bulk import can_fork_work, gc_paused, start_forked
from .context import QueryContext
from .index import Index
from .names import listed
from .record import MemoCleaner, Rec, Stats
from .types import Candidate, Comparison, Person

try:
    from intake.config import MatchSettings
except Exception:  # pragma: no cover - matching also runs without the intake package
    MatchSettings = None  # type: ignore[assignment,misc]

P_IN_REGISTER = 0.7       # share of queries whose child is in the register (prior)
SWAP_PENALTY = -2.0       # names written the wrong way round: uncommon, so it costs a little
# Levels at which the forename still identifies this child and not a brother or sister.
FORENAME_OK = {"exact", "first", "other_name", "nickname", "phonetic", "typo_1", "typo_2",
               "translit", "nickname+middle", "phonetic+middle", "typo_1+middle",
               "typo_2+middle", "translit+middle", "jw_0.90+middle", "nickname_typo+middle"}
TWIN_SAFE = {"first", "typo_1", "typo_2", "translit", "nickname", "nickname_typo"}
TWIN_RATE = 0.085       # twin enquiries (3.4%) per true match at home with the right DOB (40%)
TWIN_ODDS_MAX = 0.005   # twin : same child odds a certain match may carry
# Nothing that places the child agrees (no UPN, home and school both other): only name,
# birthday and sex, which a namesake born that day shares. Certain only at this posterior.
ELSEWHERE_CERTAIN = 0.99
_weight = attrgetter("weight")   # summed in C, in the same order: the same float
GATED_SCORE = 0.9         # a gated candidate's score is kept below `certain`
FORK_BUILD_MIN = 200_000  # children below which a forked child's start and pickling cost more


class Linker:
    """`population`: a linker over a short list (open enquiries, open cases) weighs
    agreement by how common a value is among all the authority's children, so it
    borrows the register linker's statistics rather than counting its own few rows.
    `in_list`: the prior share of queries whose child is on this list at all."""

    def __init__(self, people: Iterable[Person], settings=None, population: "Linker | None" = None,
                 in_list: float = P_IN_REGISTER):
        self.settings = settings if settings is not None else _default_settings()
        self.index = Index()
        self.in_list = in_list
        self._own_stats = population is None
        self.stats = Stats() if population is None else population.stats
        if population is None:
            self.stats.u = dict(cmp.U_FIXED)
        with gc_paused():
            self._load(people)

    def __len__(self) -> int:
        return len(self.index.slot)

    def _load(self, people: Iterable[Person]) -> None:
        """add() for many people: names cleaned once each, frequencies counted at the end.
        The same index and counts as adding them one by one (a repeated id: the last wins).

        With a second CPU the counting is done by a forked child while this process files
        the keys: the build is a third shorter at a million children, and the child's
        answer is the one this process would have worked out."""
        clean = MemoCleaner()
        # all cleaned first, then all filed: each loop keeps its own tables in the CPU's
        # caches (interleaved, the load took a tenth longer)
        recs = [Rec(p, clean) for p in people]
        start = self.index.number(recs)
        if self._own_stats and start == 0 and len(recs) >= FORK_BUILD_MIN \
                and can_fork_work(getattr(self.settings, "workers", 0) != 1):
            counted = start_forked(partial(_count, self.index.recs, self.stats))
            self.index.file(recs, start)
            self.stats = counted()
            return
        self.index.file(recs, start)
        if self._own_stats:
            self.stats.add_all(self.index.recs)
            cmp.estimate_u(self.index.recs, self.stats)

    def add(self, person: Person) -> None:
        if person.id in self.index.slot:
            self.remove(person.id)
        r = Rec(person)
        self.index.add(r)
        if self._own_stats:
            self.stats.update(r)

    def remove(self, id: str) -> None:
        r = self.index.remove(id)
        if r is not None and self._own_stats:
            self.stats.update(r, -1)

    # ----------------------------------------------------------------- scoring
    def compare(self, q: Rec, qs: Rec | None, c: Rec, ctx: QueryContext) -> list[Comparison]:
        st = self.stats
        names = cmp.names(q, c, st, ctx.surnames_seen)
        if qs is not None and not (names[0].level == "exact" and names[1].level == "exact"):
            swapped = cmp.names(qs, c, st, ctx.swapped_surnames_seen)
            if sum(map(_weight, swapped)) + SWAP_PENALTY > sum(map(_weight, names)):
                names = [Comparison(x.field, "swapped_" + x.level, x.weight) for x in swapped]
                names.append(Comparison("name_order", "swapped", SWAP_PENALTY))
        born = cmp.dob(q, c, st, ctx)
        home = cmp.home(q, c, st)
        comps = [cmp.upn(q, c, st), *names, born, cmp.year_group(q, c, st, ctx, born.level),
                 cmp.sex(q, c), home, cmp.school(q, c, st)]
        if home.level in cmp.HOUSEHOLD_LEVELS:    # else there is no household to cap
            cap = cmp.household_cap(comps, st.n_eff)
            if cap is not None:
                comps.append(cap)
        return comps

    def _prior(self) -> float:
        """Log-odds that a given child on this list is the one sought: about 1 in its length."""
        n = max(len(self), 1)
        return log2(self.in_list / (1 - self.in_list)) - log2(n)

    def _score_all(self, q: Rec, qs: Rec | None, ids: list[int], ctx: QueryContext) -> dict[int, tuple]:
        out = {}
        recs = self.index.recs
        for i in ids:
            c = recs[i]
            if c is None:
                continue
            comps = self.compare(q, qs, c, ctx)
            out[i] = (sum(map(_weight, comps)), comps)
        return out

    def link(self, query: Person, limit: int = 5) -> list[Candidate]:
        q = Rec(query)
        qs = q.swapped() if q.fore and q.sur else None
        ctx = QueryContext(q, self.stats)
        scored = self._score_all(q, qs, self.index.candidates(q), ctx)
        prior = self._prior()
        best = max((w for w, _ in scored.values()), default=-1e9)
        if best + prior < 0:     # nothing convincing: widen the net before giving up
            extra = [i for i in self.index.fuzzy_scan(q) if i not in scored]
            scored.update(self._score_all(q, qs, extra, ctx))
        # how common the first name on the form is, as a given name (for the twin rule)
        tf = [self.stats.tf(self.stats.first, r.fore[0]) if r is not None and r.fore else 0.0
              for r in (q, qs)]
        return self._band(scored, prior, limit, tf)

    @staticmethod
    def _form_name_tf(comps: list[Comparison], name_tf: list[float] | None) -> float:
        """How common, as a given name, the forename the form gave (read either way round)."""
        if not name_tf:
            return 0.0
        swapped = any(c.field == "forename" and c.level.startswith("swapped_") for c in comps)
        return name_tf[1] if swapped else name_tf[0]

    def _spread(self, i: int, comps: list[Comparison]) -> int:
        return _spread_of(self.index.recs[i], comps)

    def _band(self, scored: dict[int, tuple], prior: float, limit: int,
              name_tf: list[float] | None = None) -> list[Candidate]:
        """Certain on the posterior shared among the candidates (so a rival lowers it);
        review on each one's own posterior, so that two equally good candidates (twins with
        one first name) both go to a person instead of both falling below the floor."""
        s = self.settings
        ranked = sorted(scored.items(), key=lambda kv: -kv[1][0])
        odds = [2.0 ** min(w + prior, 60.0) for _, (w, _) in ranked]
        total = 1.0 + sum(odds)
        out: list[Candidate] = []
        for rank, ((i, (w, comps)), o) in enumerate(zip(ranked, odds)):
            shared, own = o / total, o / (1.0 + o)
            floor = s.review if rank else min(s.review, s.review_best)
            if own < floor:
                break
            runner = odds[rank + 1] / total if rank + 1 < len(odds) else 0.0
            if shared >= s.certain and shared - runner >= s.certain_margin \
                    and (shared >= max(ELSEWHERE_CERTAIN, s.certain) or not _elsewhere(comps)) \
                    and _certain_allowed(comps, self._form_name_tf(comps, name_tf)
                                         * self._spread(i, comps)):
                band, p = "certain", shared
            else:   # kept below `certain` so a score never contradicts its band
                band, p = "review", max(min(own, GATED_SCORE, s.certain - 0.01), floor)
            out.append(Candidate(self.index.recs[i].id, round(p, 4), band, comps))
            if len(out) >= limit:
                break
        out.sort(key=lambda c: (c.band != "certain", -c.score))
        return out


def _count(numbered: list[Rec | None], stats: Stats) -> Stats:
    """A load's counts and spelling-level u: the part of the build a forked child does
    (Linker._load). `numbered`: the index's records, final."""
    stats.add_all(numbered)
    cmp.estimate_u(numbered, stats)
    return stats


def _spread_of(c: Rec, comps: list[Comparison]) -> int:
    """Of the ways a nickname error could write this child's name, how many there are: the
    chance it came out as the very name on the form is one in that many."""
    if not any(x.field == "forename" and x.level.removeprefix("swapped_") == "nickname"
               for x in comps):
        return 1
    return max(len(listed(c.fore[0])) - 1, 1) if c.fore else 1


def _elsewhere(comps: list[Comparison]) -> bool:
    """Home and school both say another child and no UPN says this one."""
    by = {c.field: c.level for c in comps}
    return by.get("upn") not in ("exact", "one_off") and by.get("home") == "disagree" \
        and by.get("school") == "disagree"


def _certain_allowed(comps: list[Comparison], name_tf: float) -> bool:
    """Rules the weights alone cannot be trusted with.

    Twins share surname, date of birth, address and school, and so have enormous weight;
    only the forename tells them apart. So without a forename that agrees (or a UPN that
    does) a match is never certain, and a sex or year group that disagrees stops it too.
    """
    by = {c.field: c.level for c in comps}
    if by.get("upn") == "disagree":      # two valid, different UPNs: two children
        return False
    if by.get("upn") == "exact" and by.get("dob") in ("exact", "day_month_swap", "one_digit"):
        return True
    fore = by.get("forename", "missing").removeprefix("swapped_")
    if fore not in FORENAME_OK:
        return False
    if by.get("dob") == "disagree" and by.get("upn") != "one_off":
        # neither the child's birthday nor a slip of it: at the same home that is a
        # brother or sister, elsewhere another child; only a UPN could say otherwise
        return False
    if by.get("home") == "address" and by.get("dob") == "exact" and by.get("upn") != "one_off" \
            and fore != "exact" and not fore.endswith("+middle") \
            and by.get("surname", "").removeprefix("swapped_") in ("exact", "alternative"):
        # A twin: only the forename tells them apart. A twin could be given the name on the
        # form (as often as the register's children are); the same child could have it
        # written this way (m of the level). Certain only when the twin is far less likely.
        if fore not in TWIN_SAFE or "middle" in by:
            return False
        # (twins are never given the same first name: "first" needs only the middle check)
        if fore != "first" and TWIN_RATE * name_tf / cmp.M["forename"][fore] > TWIN_ODDS_MAX:
            return False
    names_sure = by.get("surname", "").removeprefix("swapped_") in ("exact", "alternative") \
        and fore in ("exact", "first")
    # a near date is sure when the form's own year group shows its date slipped to it
    date_sure = by.get("dob") == "exact" or by.get("year_group") == "agree_date_slipped"
    if not names_sure and not date_sure and by.get("home") != "address" \
            and by.get("upn") not in ("exact", "one_off"):
        return False    # a near name, a near date and elsewhere: as likely a different child
    if by.get("sex") == "disagree" or by.get("year_group") in ("off_by_one", "disagree"):
        return False    # the form contradicts the record: a person should see which is right
    if by.get("surname", "missing").removeprefix("swapped_") in ("disagree", "missing"):
        return False
    return True


def _default_settings():
    if MatchSettings is not None:
        return MatchSettings()
    from types import SimpleNamespace
    return SimpleNamespace(certain=0.90, review=0.5, review_best=0.10, certain_margin=0.10)
