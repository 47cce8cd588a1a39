"""A Person cleaned once into the forms every comparison and blocking key needs."""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Iterable

from .normalize import (address_key, cohort, fold, postcode, postcode_sector, reception_cohort,
                        sound_codes, surname_forms, tokens, upn_clean, upn_valid)
from .types import Person


Names = tuple[str, ...]


def surname_parts(legal: str | None, preferred: str | None,
                  former: tuple[str, ...]) -> tuple[Names, Names, Names]:
    """The legal surname's forms, the other surnames' forms not already among them, and
    the sounds of them all (their blocking keys)."""
    sur = surname_forms(legal)
    alt: list[str] = []
    for name in (preferred, *former):
        alt.extend(f for f in surname_forms(name) if f not in sur and f not in alt)
    alt = tuple(alt)
    return sur, alt, tuple(sound_codes(sur + alt))


def forename_parts(legal: str | None, preferred: str | None,
                   middle: str | None) -> tuple[Names, str, str, Names, Names]:
    """Legal forename tokens, them run together, the preferred name, other given names,
    and the sounds of them all."""
    fore = tokens(legal)
    alt = tuple(dict.fromkeys(t for t in (*tokens(preferred), *tokens(middle)) if t not in fore))
    return fore, " ".join(fore), next(iter(tokens(preferred)), ""), alt, \
        tuple(sound_codes(fore + alt))


class Cleaner:
    """Cleans every name and address it is given afresh: for one record at a time."""
    surnames = staticmethod(surname_parts)
    forenames = staticmethod(forename_parts)
    address = staticmethod(address_key)


class MemoCleaner:
    """For a bulk load: each distinct name or address is cleaned once (a million children
    share about 20,000 surnames), and records with the same name share its tuples. Made for
    one load and dropped after, so it never grows with a long-running service."""

    def __init__(self) -> None:
        self.surnames = lru_cache(maxsize=None)(surname_parts)
        self.forenames = lru_cache(maxsize=None)(forename_parts)
        self.address = lru_cache(maxsize=None)(address_key)


_FRESH = Cleaner()


class Rec:
    __slots__ = ("id", "upn", "_upn_ok", "sur", "sur_alt", "fore", "fore_alt", "full", "pref",
                 "sur_sounds", "fore_sounds", "dob", "sex", "pc", "addr", "school", "yg", "yg_on")

    def __init__(self, p: Person, clean: Cleaner | MemoCleaner = _FRESH):
        self.id = p.id
        self.upn = upn_clean(p.upn)
        self._upn_ok = None if self.upn else False     # see upn_ok
        # the sounds are kept as a tuple shared by the records with the same names, so
        # filing a million children works each name's sounds out once
        self.sur, self.sur_alt, self.sur_sounds = clean.surnames(
            p.legal_surname, p.preferred_surname, tuple(p.former_surnames))
        self.fore, self.full, self.pref, self.fore_alt, self.fore_sounds = clean.forenames(
            p.legal_forenames, p.preferred_forename, p.middle_names)
        self.dob = p.date_of_birth.toordinal() if p.date_of_birth else 0
        self.sex = (p.sex or "").lower()[:1]     # "m" / "f" / ""
        self.pc = postcode(p.postcode)
        self.addr = clean.address(p.address)
        self.school = (p.school_urn or "").strip()
        self.yg = p.year_group     # as stated; None when not given
        self.yg_on = p.year_group_on

    @property
    def upn_ok(self) -> bool:
        """Whether the UPN's check letter is right: worked out when first asked, since few
        of a big register's children are ever compared on it."""
        ok = self._upn_ok
        if ok is None:
            ok = self._upn_ok = upn_valid(self.upn)
        return ok

    def swapped(self) -> "Rec":
        """The same record read with forename and surname the other way round."""
        other = object.__new__(Rec)
        for slot in Rec.__slots__:
            setattr(other, slot, getattr(self, slot))
        other.sur = surname_forms(" ".join(self.fore)) if self.fore else ()
        other.sur_alt = ()
        # the "surname" field held the forenames: its parts are the forename tokens
        other.fore = self.sur[1:] if len(self.sur) > 1 else self.sur
        other.full = " ".join(other.fore)
        other.fore_alt = ()
        other.pref = ""
        other.sur_sounds, other.fore_sounds = tuple(sound_codes(other.sur)), \
            tuple(sound_codes(other.fore))
        return other

    def surnames(self) -> tuple[str, ...]:
        return self.sur + self.sur_alt

    def forenames(self) -> tuple[str, ...]:
        return self.fore + self.fore_alt


# A list smaller than this is a sample of a larger population of children, not the
# population: a name seen once among three children is not "one child in three".
# Frequencies are shares of at least this many (below the dev register's 50,000).
POPULATION_FLOOR = 20_000


class Stats:
    """Value frequencies in the register: the u probabilities of exact agreement."""

    def __init__(self) -> None:
        self.n = 0
        self.sur: Counter[str] = Counter()
        self.first: Counter[str] = Counter()
        self.full: Counter[str] = Counter()
        self.token: Counter[str] = Counter()
        self.dob: Counter[int] = Counter()
        self.pc: Counter[str] = Counter()
        self.sector: Counter[str] = Counter()
        self.addr: Counter[str] = Counter()
        self.school: Counter[str] = Counter()
        self.pair: Counter[str] = Counter()     # surname + first forename together
        self.cohort: Counter[int] = Counter()   # births per school year (see normalize.cohort)
        self.yg_base_votes: Counter[int] = Counter()   # cohort + stated year group
        self._yg_base: int | None = None
        self.u: dict[tuple[str, str], float] = {}   # u of the spelling levels (compare.py)

    def update(self, r: Rec, sign: int = 1) -> None:
        self.n += sign
        for f in r.surnames():
            self.sur[f] += sign
        if r.fore:
            for f in r.surnames():
                self.pair[f + " " + r.fore[0]] += sign
                if len(r.fore) > 1:     # with the middle names too: a much rarer pair
                    self.pair[f + " " + r.full] += sign
            self.first[r.fore[0]] += sign
            self.full[r.full] += sign
        for t in r.forenames():
            self.token[t] += sign
        if r.dob:
            self.dob[r.dob] += sign
            self.cohort[cohort(r.dob)] += sign
            if r.yg is not None:
                self.yg_base_votes[cohort(r.dob) + r.yg] += sign
                self._yg_base = None
        if r.pc:
            self.pc[r.pc] += sign
            self.sector[postcode_sector(r.pc)] += sign
            if r.addr:
                self.addr[r.pc + "|" + r.addr] += sign
        if r.school:
            self.school[r.school] += sign

    def add_all(self, recs: Iterable[Rec | None]) -> None:
        """The counts update() would make record by record, counted by Counter in C."""
        recs = [r for r in recs if r is not None]
        named = [r for r in recs if r.fore]
        placed = [r for r in recs if r.pc]
        self.n += len(recs)
        self.sur.update(f for r in recs for f in r.surnames())
        self.pair.update(f + " " + r.fore[0] for r in named for f in r.surnames())
        self.pair.update(f + " " + r.full for r in named if len(r.fore) > 1 for f in r.surnames())
        self.first.update(r.fore[0] for r in named)
        self.full.update(r.full for r in named)
        self.token.update(t for r in recs for t in r.forenames())
        self.dob.update(r.dob for r in recs if r.dob)
        for d, k in Counter(r.dob for r in recs if r.dob).items():
            self.cohort[cohort(d)] += k
        for (d, yg), k in Counter((r.dob, r.yg) for r in recs if r.dob and r.yg is not None).items():
            self.yg_base_votes[cohort(d) + yg] += k
        self._yg_base = None
        self.pc.update(r.pc for r in placed)
        self.sector.update(map(postcode_sector, (r.pc for r in placed)))
        self.addr.update(r.pc + "|" + r.addr for r in placed if r.addr)
        self.school.update(r.school for r in recs if r.school)

    def yg_base(self) -> int:
        """Cohort + year group: the same for every child this school year. Read from the
        register's own stated year groups (so a run does not depend on today's date); only
        a register that states none falls back on the calendar."""
        if self._yg_base is None:
            votes = +self.yg_base_votes
            self._yg_base = votes.most_common(1)[0][0] if votes else reception_cohort(date.today())
        return self._yg_base

    def stated_cohort(self, r: Rec) -> int | None:
        """The cohort (school year of birth) a stated year group puts the child in: as of
        the day it was stated, else the register's school year. Compared as cohorts, a form
        from this school year and a register exported in the last one still agree."""
        if r.yg is None:
            return None
        return (reception_cohort(r.yg_on) if r.yg_on else self.yg_base()) - r.yg

    def cohort_of(self, r: Rec) -> int | None:
        """The stated cohort, else the one the date of birth puts the child in."""
        c = self.stated_cohort(r)
        return c if c is not None or not r.dob else cohort(r.dob)

    @property
    def n_eff(self) -> int:
        """The population the frequencies are shares of (see POPULATION_FLOOR)."""
        return max(self.n, POPULATION_FLOOR)

    def tf(self, counter: Counter, value) -> float:
        """Share of the population with this value; never below one child."""
        return max(counter.get(value, 0), 1) / self.n_eff


__all__ = ["Rec", "Stats", "fold"]
