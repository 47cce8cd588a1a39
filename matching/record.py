"""A Person cleaned once into the forms every comparison and blocking key needs."""
from __future__ import annotations

from collections import Counter

from .normalize import (address_key, fold, postcode, postcode_sector, surname_forms, tokens,
                        upn_clean, upn_valid)
from .types import Person


class Rec:
    __slots__ = ("id", "upn", "upn_ok", "sur", "sur_alt", "fore", "fore_alt", "full", "pref",
                 "dob", "sex", "pc", "addr", "school")

    def __init__(self, p: Person):
        self.id = p.id
        self.upn = upn_clean(p.upn)
        self.upn_ok = upn_valid(self.upn) if self.upn else False
        self.sur = surname_forms(p.legal_surname)
        alt: list[str] = []
        for name in (p.preferred_surname, *p.former_surnames):
            alt.extend(f for f in surname_forms(name) if f not in self.sur and f not in alt)
        self.sur_alt = tuple(alt)
        self.fore = tokens(p.legal_forenames)
        self.full = " ".join(self.fore)
        self.pref = next(iter(tokens(p.preferred_forename)), "")
        alt = [t for t in (*tokens(p.preferred_forename), *tokens(p.middle_names))
               if t not in self.fore]
        self.fore_alt = tuple(dict.fromkeys(alt))
        self.dob = p.date_of_birth.toordinal() if p.date_of_birth else 0
        self.sex = (p.sex or "").lower()[:1]     # "m" / "f" / ""
        self.pc = postcode(p.postcode)
        self.addr = address_key(p.address)
        self.school = (p.school_urn or "").strip()

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
        if r.pc:
            self.pc[r.pc] += sign
            self.sector[postcode_sector(r.pc)] += sign
            if r.addr:
                self.addr[r.pc + "|" + r.addr] += sign
        if r.school:
            self.school[r.school] += sign

    @property
    def n_eff(self) -> int:
        """The population the frequencies are shares of (see POPULATION_FLOOR)."""
        return max(self.n, POPULATION_FLOOR)

    def tf(self, counter: Counter, value) -> float:
        """Share of the population with this value; never below one child."""
        return max(counter.get(value, 0), 1) / self.n_eff


__all__ = ["Rec", "Stats", "fold"]
