"""The rules that hold a strong match back from `certain`, one case each (matching/gates.py)."""
from __future__ import annotations

import pytest

from matching.gates import facts, held_back
from matching.types import Comparison

# a strong match: the child's UPN missing, every other field agreeing
STRONG = {"upn": "missing", "surname": "exact", "forename": "exact", "dob": "exact",
          "year_group": "agree", "sex": "agree", "home": "address", "school": "exact"}


def _facts(family_at_home=False, name_tf=0.0, **levels):
    comps = [Comparison(f, level, 0.0) for f, level in {**STRONG, **levels}.items()]
    return facts(comps, name_tf, family_at_home)


@pytest.mark.parametrize("levels, family, reason", [
    ({}, False, None),
    ({"upn": "disagree"}, False, "two_different_upns"),
    ({"upn": "exact", "forename": "disagree", "sex": "disagree"}, False, None),
    ({"forename": "disagree"}, False, "forename_does_not_identify"),
    ({"forename": "initial"}, False, "forename_does_not_identify"),
    ({"home": "disagree", "school": "missing"}, True, "form_home_is_another_family"),
    ({"home": "address"}, True, None),          # the child lives at that home
    ({"home": "postcode"}, True, None),
    ({"dob": "disagree"}, False, "date_of_birth_disagrees"),
    ({"dob": "disagree", "upn": "one_off"}, False, None),
    ({"forename": "typo_1", "middle": "disagree"}, False, "twin_possible"),
    ({"forename": "jw_0.90+middle", "home": "postcode"}, False, None),
    ({"forename": "typo_1", "dob": "one_digit", "home": "disagree"}, False,
     "near_name_near_date_elsewhere"),
    ({"forename": "typo_1", "dob": "one_digit", "home": "disagree",
      "year_group": "agree_date_slipped"}, False, None),
    ({"sex": "disagree"}, False, "sex_disagrees"),
    ({"year_group": "off_by_one"}, False, "year_group_disagrees"),
    ({"surname": "disagree"}, False, "surname_disagrees"),
    ({"surname": "missing"}, False, "surname_disagrees"),
    ({"surname": "swapped_exact", "forename": "swapped_exact"}, False, None),
])
def test_rule_that_holds_back(levels, family, reason):
    assert held_back(_facts(family, **levels)) == reason


def test_twin_with_a_common_nickname_is_held_back_a_rare_one_is_not():
    # a twin could be called the form's name about as often as any child is
    assert held_back(_facts(name_tf=0.02, forename="nickname")) == "twin_possible"
    assert held_back(_facts(name_tf=0.0001, forename="nickname")) is None
