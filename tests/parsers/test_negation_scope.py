"""A negation denies only the concern (or enquiry) it reaches: "no contact since the domestic
abuse incident" denies the contact and states the abuse. Each test pairs the rule with the
look-alike that must stay denied.

Written after reading the reader, to pin a general fix (defect list, item 9).
"""
import pytest

from tests.parsers.heldout_build import read
from tests.parsers.heldout_build_j import write_docx_j, write_pdf_j

HEAD = [("title", "CME Referral Form"), "Surname: Test", "Date of birth: 01/02/2014",
        "Last day attended: 03/11/2026"]


def _referral(tmp_path, items, kind="docx"):
    path = tmp_path / f"form.{kind}"
    (write_docx_j if kind == "docx" else write_pdf_j)(path, HEAD + items)
    form_type, tree = read(path)
    assert form_type == "cme_referral"
    return tree["referral"]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("sentence", [
    "Mum has had no contact with the family since the domestic abuse incident in October.",
    "We have had no contact since the domestic abuse was reported to police.",
    "No one has seen her since the domestic abuse incident.",
    "Dad has not been seen after the domestic abuse was disclosed.",
])
def test_a_negation_before_since_does_not_reach_the_concern(tmp_path, kind, sentence):
    assert _referral(tmp_path, [f"Safeguarding concerns: {sentence}"], kind)["safeguarding"] == ["family_concerns"]


def test_a_concern_after_a_denied_fire_is_still_read(tmp_path):
    got = _referral(tmp_path, [("h", "Safeguarding"), "The family has had no contact since the fire, "
                               "and we know of domestic abuse in the home which has not been reported."])
    assert got["safeguarding"] == ["family_concerns"]


@pytest.mark.parametrize("sentence", [
    "No concerns about domestic abuse.", "There is no evidence of domestic abuse.",
    "No history of domestic abuse since the move.", "Domestic abuse not suspected.",
])
def test_a_negation_that_governs_the_concern_still_denies_it(tmp_path, sentence):
    assert _referral(tmp_path, [f"Safeguarding concerns: {sentence}"])["safeguarding"] == []


def test_an_enquiry_made_before_a_denial_is_still_made(tmp_path):
    got = _referral(tmp_path, ["Enquiries made: There was no answer when we made a home visit on 5/11. "
                               "No letter has been sent."])
    assert got["enquiries_made"] == ["home_visit"]
