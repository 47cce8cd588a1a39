"""The narrow contract of the matching stage: people in, ranked candidates out."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Band = Literal["certain", "review"]


@dataclass(frozen=True)
class Person:
    """A child as matching sees it: the register's columns (contract section 3)."""
    id: str
    upn: str | None = None
    legal_surname: str | None = None
    legal_forenames: str | None = None
    preferred_surname: str | None = None
    preferred_forename: str | None = None
    former_surnames: tuple[str, ...] = ()
    middle_names: str | None = None
    date_of_birth: date | None = None
    sex: str | None = None            # "male" | "female" | None
    address: str | None = None        # one line
    postcode: str | None = None
    school_urn: str | None = None
    year_group: int | None = None     # as the school states it: 0 reception, 1..13, -1/-2 nursery
    year_group_on: date | None = None  # the day it was stated (a form's); None: the register's year


@dataclass(frozen=True)
class Comparison:
    field: str       # "surname", "forename", "dob", "upn", "sex", "postcode", ...
    level: str       # "exact", "jaro_winkler_0.92", "day_month_swap", "missing", ...
    weight: float    # log2 Bayes factor contributed


@dataclass
class Candidate:
    id: str
    score: float                     # calibrated, in [0, 1]
    band: Band
    comparisons: list[Comparison] = field(default_factory=list)
