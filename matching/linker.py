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
from . import gates
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
        # the form's home is a register family with the child's surname (either reading)
        family = self.index.family_at_home(q) or (qs is not None and self.index.family_at_home(qs))
        return self._band(scored, prior, limit, tf, family)

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
              name_tf: list[float] | None = None, family_at_home: bool = False
              ) -> list[Candidate]:
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
            reason = None
            if shared < s.certain:
                band = "review"
            elif shared - runner < s.certain_margin:
                band, reason = "review", "close_rival"
            elif shared < max(ELSEWHERE_CERTAIN, s.certain) and _elsewhere(comps):
                band, reason = "review", "home_and_school_both_other"
            else:
                reason = gates.held_back(gates.facts(
                    comps, self._form_name_tf(comps, name_tf) * self._spread(i, comps),
                    family_at_home))
                band = "review" if reason else "certain"
            if band == "certain":
                p = shared
            else:   # kept below `certain` so a score never contradicts its band
                p = max(min(own, GATED_SCORE, s.certain - 0.01), floor)
                if reason:     # a strong match held back: say why, to the reviewer
                    comps = [*comps, gates.held_back_line(reason)]
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


def _default_settings():
    if MatchSettings is not None:
        return MatchSettings()
    from types import SimpleNamespace
    return SimpleNamespace(certain=0.90, review=0.5, review_best=0.10, certain_margin=0.10)
