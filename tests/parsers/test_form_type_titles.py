"""Titles in wordings the phrase list does not hold still name their form; others stay unknown."""
import pytest

from parsers.form_type import _from_title_words
from parsers.labels import vocabulary
from records.models import FormType


@pytest.mark.parametrize("title,expected", [
    ("Referral - child missing from education", FormType.cme_referral),
    ("Reporting a child missing education (please refer by day 11)", FormType.cme_referral),
    ("Notification: pupil removed from roll", FormType.cml),
    ("Children missing education leavers form", FormType.cml),
    ("New pupil notification", FormType.cmj),
    ("Pupil leaving form for parents", FormType.pupil_exit),
    ("Year 6 residential trip consent form", None),
    ("School newsletter - autumn term", None),
    ("Missing education: refer leavers off roll", None),  # fits two forms: left to the content
])
def test_title_words(title, expected):
    assert _from_title_words(title, vocabulary().data["form_type_words"]) == expected
