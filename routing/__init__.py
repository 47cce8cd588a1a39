"""Routing: which teams must act on a form, under which category, with which flags.

The integrator builds a `RoutingInput` from a read form and its matches and calls
`decide`. The policy itself is the table in `routing.rules`; this module only runs it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from records.models import Record
from routing.facts import build_facts
from routing.rules import RULES
from routing.schooldays import CalendarError, SchoolCalendar, compulsory_school_age, year_group

__all__ = [
    "MatchFinding", "RoutingInput", "FiredRule", "RoutingOutcome", "decide",
    "SchoolCalendar", "CalendarError", "compulsory_school_age", "year_group",
]


# Contract section 6: the only flag names a decision may carry.
CONTRACT_FLAGS = frozenset({
    "late_referral", "late_joiner_notice", "premature_removal", "year11_ehe_consultation",
    "destination_unknown", "child_located", "outside_compulsory_school_age",
    "restricted_address", "invalid_upn", "sender_mismatch",
})


@dataclass(frozen=True)
class MatchFinding:
    kind: str  # "register" | "enquiry" | "case"
    id: str
    band: str  # "certain" | "review"


@dataclass
class RoutingInput:
    form_type: str
    status: str  # "accepted" | "incomplete"
    record: Record
    matches: list[MatchFinding]
    received: date
    reading_flags: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class FiredRule:
    name: str
    paragraph: str
    why: str  # plain words, no personal data


@dataclass
class RoutingOutcome:
    category: str | None
    routes: list[str]
    flags: list[str]
    rules: list[FiredRule]


def decide(inp: RoutingInput, calendar: SchoolCalendar) -> RoutingOutcome:
    form_type = getattr(inp.form_type, "value", inp.form_type)  # accept FormType or str
    facts = build_facts(form_type, inp.status, inp.record, inp.matches, inp.received,
                        inp.reading_flags, calendar)
    category: str | None = None
    routes: set[str] = set()
    flags: set[str] = set()
    fired: list[FiredRule] = []
    for rule in RULES:
        if not rule.when(facts):
            continue
        fired.append(FiredRule(rule.name, rule.paragraph, rule.explain(facts)))
        if rule.kind == "route":
            routes.add(rule.sets)
        elif rule.kind == "flag":
            flags.add(rule.sets)
        elif category is None:  # the category rules are exclusive; first wins if not
            category = rule.sets
    # A contract flag the reader raised that no rule covers still reaches the decision;
    # anything else the reader put in the set is internal and stays out (flags are judged exactly).
    for flag in sorted((facts.reading_flags & CONTRACT_FLAGS) - flags):
        flags.add(flag)
        fired.append(FiredRule(flag, "contract §6", "Raised while reading the form."))
    return RoutingOutcome(category, sorted(routes), sorted(flags), fired)
