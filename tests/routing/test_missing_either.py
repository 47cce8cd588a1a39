"""Contract section 5: a referral needs `first_day_of_absence` (or `last_date_attended`); the
problem for a form giving neither says that either will do (found after reading the code)."""
from records.build import build_record
from records.models import FormType


def test_a_referral_giving_neither_date_is_told_either_will_do():
    built = build_record(FormType.cme_referral, {"child.legal_surname": "Brennan", "child.legal_forenames": "Orla",
                                                 "child.date_of_birth": "2017-03-09", "school.name": "Hilltop"})
    assert built.missing == ["referral.first_day_of_absence"]
    assert built.problems == ["The first day of absence is missing. Please fill it in, "
                              "or give the last date the child attended."]


def test_a_field_with_no_alternative_keeps_its_message():
    built = build_record(FormType.cmj, {"child.legal_surname": "Brennan", "child.legal_forenames": "Orla",
                                        "school.name": "Hilltop", "joiner.date_on_roll": "2026-11-23"})
    assert built.problems == ["The child's date of birth is missing. Please fill it in."]
