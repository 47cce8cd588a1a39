"""Dates a form cannot truthfully give (found after reading the code, so not part of the
held-out figure). Contract section 4: `incomplete` is "read, but a required field is missing
or invalid"; a date of birth after the form was completed, or an absence that begins after
the referral was written, is invalid, and judging the form on it gives a wrong decision (a
child "outside compulsory school age" who is not yet born; a referral on "day 0").
"""
from __future__ import annotations

from datetime import date

from records.build import build_record
from records.models import FormType
from tests.routing.heldout_decisions import JOEL, ORLA, referral
from tests.routing.heldout_decisions_build import judge, run

BASE = {"child.legal_surname": "Brennan", "child.legal_forenames": "Orla", "school.name": "Hilltop Primary School"}
RECEIVED = date(2026, 11, 27)


def test_a_birth_after_the_completion_date_is_invalid():
    built = build_record(FormType.cmj, {**BASE, "child.date_of_birth": "2027-03-09", "submitted_on": "2026-11-25",
                                        "joiner.date_on_roll": "2026-11-23"}, received=RECEIVED)
    assert built.record.child.date_of_birth is None
    assert built.missing == ["child.date_of_birth"]
    assert built.problems == ["The child's date of birth is after the date the form was completed, "
                              "so it cannot be right. Please check it."]


def test_an_absence_after_the_completion_date_falls_back_on_the_last_date_attended():
    built = build_record(FormType.cme_referral, {
        **BASE, "child.date_of_birth": "2017-03-09", "submitted_on": "2026-11-27",
        "referral.first_day_of_absence": "2027-11-23", "referral.last_date_attended": "2026-11-20"}, received=RECEIVED)
    r = built.record.referral
    assert (r.first_day_of_absence, r.last_date_attended) == (None, date(2026, 11, 20))
    assert built.missing == [] and len(built.problems) == 1 and "first day of absence" in built.problems[0]


def test_a_completion_date_after_the_form_arrived_is_dropped_and_the_rest_judged_on_arrival():
    built = build_record(FormType.cme_referral, {
        **BASE, "child.date_of_birth": "2017-03-09", "submitted_on": "2027-11-27",
        "referral.first_day_of_absence": "2026-11-23"}, received=RECEIVED)
    assert built.record.submitted_on is None and built.missing == []
    assert built.record.referral.first_day_of_absence == date(2026, 11, 23)
    assert built.problems == ["The date the form was completed is after the date it reached us, "
                              "so it cannot be right. Please check it."]


def test_dates_on_or_before_the_completion_date_stand():
    values = {**BASE, "child.date_of_birth": "2026-11-27", "submitted_on": "2026-11-27",
              "referral.last_date_attended": "2026-11-27"}
    built = build_record(FormType.cme_referral, values, received=RECEIVED)
    assert built.problems == [] and built.record.referral.last_date_attended == RECEIVED
    # the day after the (UTC) date received is still the school's today in summer time
    late_night = build_record(FormType.cme_referral, {**values, "submitted_on": "2026-11-28"}, received=RECEIVED)
    assert late_night.problems == [] and late_night.record.submitted_on == date(2026, 11, 28)
    # without a date received (an imported enquiry) nothing is checked
    assert build_record(FormType.cme_referral, {**values, "child.date_of_birth": "2030-01-01"}).problems == []


# The same through the command line, judged like the held-out scenarios.
SCENARIOS = [
    # Born "2027": not yet born on 27 Nov 2026, so no age can be judged; incomplete, ask.
    referral("ref_born_after_completion", "contract §4-5", {**ORLA, "child.date_of_birth": "2027-03-09"},
             "2026-11-27", {"status": "incomplete", "routes": ["cme_coordinator", "request_information"],
                            "flags": [], "problems": ["date of birth"]},
             first_day_of_absence="2026-11-23", whereabouts_known=True),
    # First day of absence "2027" but last attended Fri 6 Nov: counted from Mon 9 Nov, Fri 27
    # Nov is day 15: late, and the form stays accepted.
    referral("ref_absence_after_completion", "§5.1; contract §4, §7", JOEL, "2026-11-27",
             {"routes": ["cme_coordinator"], "flags": ["late_referral"], "days": {"late_referral": 15}},
             first_day_of_absence="2027-11-23", last_date_attended="2026-11-06", whereabouts_known=True),
]


def test_impossible_dates_through_the_command_line(tmp_path):
    for sc in SCENARIOS:
        decision, root = run(sc, tmp_path / sc.name)
        assert judge(sc, decision, root) == {}, sc.name
