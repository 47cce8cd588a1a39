"""When a match may be certain: the rules the weights alone cannot be trusted with.

A candidate whose score reaches `certain` can still be held back by one of these rules and
go to review; the rule's name then travels with its evidence (a zero-weight "held_back"
line), so the co-ordinator sees why a strong match was not taken on trust.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from . import compare as cmp
from .types import Comparison

# Levels at which the forename still identifies this child and not a brother or sister.
FORENAME_OK = {"exact", "first", "other_name", "nickname", "phonetic", "typo_1", "typo_2",
               "translit", "nickname+middle", "phonetic+middle", "typo_1+middle",
               "typo_2+middle", "translit+middle", "jw_0.90+middle", "nickname_typo+middle"}
TWIN_SAFE = {"first", "typo_1", "typo_2", "translit", "nickname", "nickname_typo"}
TWIN_RATE = 0.085       # twin enquiries (3.4%) per true match at home with the right DOB (40%)
TWIN_ODDS_MAX = 0.005   # twin : same child odds a certain match may carry
UPN_PROVES = ("exact", "day_month_swap", "one_digit")   # DOB levels an exact UPN outweighs


class Facts(NamedTuple):
    """One candidate's comparison levels, as the rules read them."""
    by: dict[str, str]      # field -> level ("swapped_" taken off the names)
    name_tf: float          # how common the form's first name is (times its nickname spread)
    family_at_home: bool    # the form's home is a register family with the child's surname

    def __getattr__(self, field: str) -> str:   # f.dob, f.home, ...: the level, or ""
        return self.by.get(field, "")


def facts(comps: list[Comparison], name_tf: float = 0.0, family_at_home: bool = False) -> Facts:
    by = {c.field: c.level.removeprefix("swapped_") if c.field in ("surname", "forename")
          else c.level for c in comps}
    return Facts(by, name_tf, family_at_home)


def _upn_placed(f: Facts) -> bool:
    return f.upn in ("exact", "one_off")


def _twin_possible(f: Facts) -> bool:
    """Same home, same birthday, same surname: only the forename tells twins apart. A twin
    could be given the name on the form (as often as the register's children are); the same
    child could have it written this way (m of the level). Certain only when the twin is far
    less likely. (Twins are never given the same first name: "first" needs only the middle
    check.)"""
    fore = f.forename
    if not (f.home == "address" and f.dob == "exact" and f.upn != "one_off"
            and fore != "exact" and not fore.endswith("+middle")
            and f.surname in ("exact", "alternative")):
        return False
    if fore not in TWIN_SAFE or "middle" in f.by:
        return True
    return fore != "first" and TWIN_RATE * f.name_tf / cmp.M["forename"][fore] > TWIN_ODDS_MAX


def _near_name_near_date_elsewhere(f: Facts) -> bool:
    """A near name, a near date and elsewhere: as likely a different child. (A near date is
    sure when the form's own year group shows its date slipped to it.)"""
    names_sure = f.surname in ("exact", "alternative") and f.forename in ("exact", "first")
    date_sure = f.dob == "exact" or f.year_group == "agree_date_slipped"
    return not names_sure and not date_sure and f.home != "address" and not _upn_placed(f)


# (name, holds back when true), in order; the first that holds is the one reported.
RULES: tuple[tuple[str, Callable[[Facts], bool]], ...] = (
    # the forename is what tells a child from a brother or sister
    ("forename_does_not_identify", lambda f: (f.forename or "missing") not in FORENAME_OK),
    # the form's address is the home of a register family with the child's surname, and this
    # child lives elsewhere: a brother, sister or twin there whom the register lacks is
    # likelier than this child moving in with that family
    ("form_home_is_another_family", lambda f: f.family_at_home
     and f.home not in cmp.HOUSEHOLD_LEVELS and f.upn != "one_off"),
    # neither the child's birthday nor a slip of it: at the same home a brother or sister,
    # elsewhere another child; only a UPN could say otherwise
    ("date_of_birth_disagrees", lambda f: f.dob == "disagree" and f.upn != "one_off"),
    ("twin_possible", _twin_possible),
    ("near_name_near_date_elsewhere", _near_name_near_date_elsewhere),
    # the form contradicts the record: a person should see which is right
    ("sex_disagrees", lambda f: f.sex == "disagree"),
    ("year_group_disagrees", lambda f: f.year_group in ("off_by_one", "disagree")),
    ("surname_disagrees", lambda f: (f.surname or "missing") in ("disagree", "missing")),
)


def held_back(f: Facts) -> str | None:
    """The name of the rule that stops this candidate being certain; None when none does."""
    if f.upn == "disagree":        # two valid, different UPNs: two children
        return "two_different_upns"
    if f.upn == "exact" and f.dob in UPN_PROVES:
        return None
    for name, holds in RULES:
        if holds(f):
            return name
    return None


def held_back_line(reason: str) -> Comparison:
    return Comparison("held_back", reason, 0.0)
