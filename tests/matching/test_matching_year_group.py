"""The school's stated year group: a second record of the birth year that a slip in the
date of birth leaves alone."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from match_people import child
from matching.normalize import year_group_value

# School year 2026/27: children born 1 Sep 2014 - 31 Aug 2015 are in year 7.
HARRIET = child("Y1", "Whitfield", "Harriet Rose", "2015-03-10", year_group=7,
                address="3 Mill Lane, Matlock", postcode="DE4 3AG", school_urn="110001")
NAMESAKE = child("Y2", "Whitfield", "Harriet Rose", "2016-03-10", year_group=6,
                 address="40 Park Road, Derby", postcode="DE1 1AA", school_urn="110002")
# The form: Harriet's new school, her new home, the year of birth slipped to 2016.
FORM = replace(HARRIET, id="Q", date_of_birth=date(2016, 3, 10), address="9 New Street, Leek",
               postcode="ST13 5AA", school_urn=None)


def _levels(candidate) -> dict[str, str]:
    return {c.field: c.level for c in candidate.comparisons}


def test_a_slipped_birth_year_finds_the_child_the_year_group_names(make_linker):
    found = make_linker(HARRIET, NAMESAKE).link(FORM)
    assert found[0].id == "Y1", [(c.id, c.score, c.band) for c in found]
    assert _levels(found[0])["dob"] == "one_digit"
    assert _levels(found[0])["year_group"] == "agree_date_slipped"   # the form's date is not in year 7
    namesake = next(c for c in found if c.id == "Y2")
    assert namesake.band == "review" and _levels(namesake)["year_group"] == "off_by_one"


def test_without_a_year_group_the_namesake_born_that_day_leads(make_linker):
    """The same form with no year group: the exact date wins, which is why the field counts."""
    found = make_linker(HARRIET, NAMESAKE).link(replace(FORM, year_group=None))
    assert found[0].id == "Y2"
    assert _levels(found[0])["year_group"] == "missing"


def test_a_year_group_that_disagrees_keeps_a_namesake_born_that_day_from_certain(make_linker):
    linker = make_linker(NAMESAKE)
    alone = linker.link(replace(FORM, year_group=None))
    assert alone and alone[0].id == "Y2" and alone[0].band == "certain"   # the form is her, by all else
    found = linker.link(FORM)
    assert not found or found[0].band != "certain"


def test_a_register_without_year_groups_works_them_out_from_the_date_of_birth(filler):
    from matching import Linker
    undeclared = [replace(p, year_group=None) for p in [*filler, HARRIET, NAMESAKE]]
    linker = Linker(undeclared)
    academic = date.today().year if date.today().month >= 9 else date.today().year - 1
    form = replace(FORM, year_group=academic - 5 - 2014)    # the year group of a child born in March 2015
    found = linker.link(form)
    assert found[0].id == "Y1" and _levels(found[0])["year_group"] == "agree_date_slipped"


@pytest.mark.parametrize("text, value", [
    ("4", 4), (" 11 ", 11), ("Y4", 4), ("Year 10", 10), ("year  2", 2), ("R", 0),
    ("Reception", 0), ("N2", -1), ("-1", -1), ("", None), (None, None), ("15", None),
    ("four", None), ("Y", None)])
def test_year_group_values(text, value):
    assert year_group_value(text) == value


def test_a_register_from_last_school_year_still_agrees_with_this_years_form(filler):
    """Year groups are compared as the school year of birth they give: a register exported
    before the September rollover states every child one year lower than a form does now."""
    from matching import Linker
    stale = [replace(p, year_group=p.year_group - 1) if p.year_group is not None else p for p in filler]
    last_year = [replace(HARRIET, year_group=6), replace(NAMESAKE, year_group=5)]
    found = Linker([*stale, *last_year]).link(replace(FORM, year_group_on=date(2026, 11, 20)))
    assert found[0].id == "Y1"
    assert _levels(found[0])["year_group"] == "agree_date_slipped"
