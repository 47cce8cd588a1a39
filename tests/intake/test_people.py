"""A form's child as matching reads it: the year group keeps the day it was stated."""
from __future__ import annotations

from datetime import date

from intake.people import person_from_json, person_from_record, person_to_json
from records.models import Record


def _record(**top) -> Record:
    return Record.model_validate({"child": {"legal_surname": "Hale", "legal_forenames": "Ruby",
                                            "date_of_birth": "2016-04-02", "year_group": 5}, **top})


def test_the_year_group_is_dated_by_the_form_else_by_its_receipt():
    assert person_from_record("q", _record(submitted_on="2026-07-10"), on=date(2026, 9, 7)).year_group_on \
        == date(2026, 7, 10)
    assert person_from_record("q", _record(), on=date(2026, 9, 7)).year_group_on == date(2026, 9, 7)
    undated = Record.model_validate({"child": {"legal_surname": "Hale"}, "submitted_on": "2026-07-10"})
    assert person_from_record("q", undated).year_group_on is None    # no year group, no date for it


def test_a_case_keeps_its_year_group_and_its_date_through_the_database():
    person = person_from_record("CME-1", _record(), on=date(2026, 11, 2))
    assert person_from_json(person_to_json(person)) == person


def test_only_a_joiner_notice_leaves_its_school_out_of_the_comparison():
    record = _record(school={"name": "Riverside Academy", "urn": "100902"})
    assert [person_from_record("q", record, form_type=t).school_urn
            for t in ("cme_referral", "cml", "pupil_exit", "cmj")] == ["100902"] * 3 + [None]
