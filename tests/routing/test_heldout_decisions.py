"""Held-out decisions: scenarios written from the policy and the contract alone, each run
through the real command line on a new home, the decision in outbox/ judged part by part.

`python -m tests.routing.test_heldout_decisions` prints the figures (scenarios fully right;
routes and flags right) and what is wrong with each scenario.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.routing.heldout_decisions import SCENARIOS as REFERRALS
from tests.routing.heldout_decisions_build import day_number, is_school_day, judge, run
from tests.routing.heldout_decisions_leavers import SCENARIOS as OTHERS
from tests.routing.heldout_decisions_more import SCENARIOS as MORE

SCENARIOS = REFERRALS + OTHERS + MORE
# Scenarios the product still decides differently, each with why; empty when all are right.
OPEN: dict[str, str] = {}


@pytest.mark.parametrize("sc", [pytest.param(s, id=s.name, marks=[pytest.mark.xfail(reason=OPEN[s.name], strict=True)]
                                             if s.name in OPEN else []) for s in SCENARIOS])
def test_heldout_decision(sc, tmp_path):
    decision, root = run(sc, tmp_path)
    assert judge(sc, decision, root) == {}


def test_names_are_unique():
    names = [s.name for s in SCENARIOS]
    assert len(names) == len(set(names))


def _start(block: dict, first: str, last: str) -> str:
    """The absence's first day: given, or the school day after the last date attended."""
    if block.get(first):
        return block[first]
    d = date.fromisoformat(block[last]) + timedelta(days=1)
    while not is_school_day(d):
        d += timedelta(days=1)
    return d.isoformat()


@pytest.mark.parametrize("sc", SCENARIOS, ids=lambda s: s.name)
def test_hand_counts(sc):
    """The expectations re-derived with the test's own school-day counter (contract §7), so a
    slip in a hand count shows here rather than as a product defect."""
    v, e, flags = sc.step.values, sc.expect, set(sc.expect.get("flags", ()))
    kind = sc.step.form_type
    if kind == "cme_referral" and ("referral.first_day_of_absence" in v or "referral.last_date_attended" in v):
        n = day_number(_start(v, "referral.first_day_of_absence", "referral.last_date_attended"),
                       v.get("submitted_on") or sc.step.today)
        assert ("late_referral" in flags) == (n > 11)
        assert ("inclusion_team" in e["routes"]) == (n > 60)
        if v.get("referral.whereabouts_known"):
            assert e.get("category") == ("cme_wasp" if n >= 20 else None)
        assert e.get("days", {}).get("late_referral", n) == n
    if kind == "cmj" and "joiner.date_on_roll" in v:
        on_roll = date.fromisoformat(v["joiner.date_on_roll"]) + timedelta(days=1)
        n = day_number(on_roll.isoformat(), v.get("submitted_on") or sc.step.today)
        assert ("late_joiner_notice" in flags) == (n > 5)
        assert e.get("days", {}).get("late_joiner_notice", n) == n
    if kind == "cml" and v.get("leaver.reason") == "absent_20_days":
        n = day_number(_start(v, "leaver.first_day_of_absence", "leaver.last_date_attended"), v["leaver.date_of_leaving"])
        assert ("premature_removal" in flags) == (n < 20 or v.get("leaver.joint_enquiries_made") is not True)
        assert e.get("days", {}).get("premature_removal", n) == n


def figures(names: list[str] | None = None) -> None:
    right = routes_flags = 0
    chosen = [s for s in SCENARIOS if not names or s.name in names]
    for sc in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            decision, root = run(sc, Path(tmp))
            wrong = judge(sc, decision, root)
        right += not wrong
        routes_flags += not ({"routes", "flags"} & set(wrong))
        print(f"{'ok ' if not wrong else 'BAD'} {sc.name} [{sc.cite}]")
        for part, why in wrong.items():
            print(f"      {part}: {why}")
    print(f"\n{right} of {len(chosen)} scenarios fully right; routes and flags right in {routes_flags} of {len(chosen)}")


if __name__ == "__main__":
    figures(sys.argv[1:])
