"""Which school a school's name belongs to: the form's own, the one the child leaves for, or the
one the child came from.

Written after reading the reader, to pin general fixes (defect list, items 3, 4 and 5).
"""
import pytest

from tests.parsers.heldout_build import read, write_docx, write_pdf

LEAVER = [("title", "CML leaver notification"), "Surname: Reid", "Forename: Ola", "Date of birth: 01/02/2017"]


def _read(tmp_path, items, kind="docx"):
    path = tmp_path / f"form.{kind}"
    (write_docx if kind == "docx" else write_pdf)(path, items)
    return read(path)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_school_under_leaving_details_is_the_school_being_left(tmp_path, kind):
    form_type, tree = _read(tmp_path, LEAVER + [
        ("h", "Leaving details"), "Date of leaving: 13/11/2026", "Reason: moved to another school",
        "School: Highfields School", "New school: Oak Academy", "Address: 4 Ash Road, Leeds LS2 2BB"], kind)
    assert form_type == "cml"
    assert tree["school"]["name"] == "Highfields School"
    assert tree["leaver"]["destination_school"]["name"] == "Oak Academy"
    assert tree["leaver"]["destination_address"]["postcode"] == "LS2 2BB"    # still the new address


def test_school_under_a_destination_heading_is_still_the_destination(tmp_path):
    _, tree = _read(tmp_path, LEAVER + ["School: Highfields School", "Date of leaving: 13/11/2026",
                                        ("h", "Destination"), "School: Oak Academy"])
    assert tree["school"]["name"] == "Highfields School"
    assert tree["leaver"]["destination_school"]["name"] == "Oak Academy"


JOINER = [("title", "CMJ joiner notification"), "Surname: Reid", "Forename: Ola", "Date of birth: 01/02/2017",
          "Date of admission: 09/11/2026"]
SCHOOLS = [["Oak Primary School", "Leeds", "09/2019 - 07/2022"], ["Elm Junior School", "York", "09/2022 - 10/2026"],
           ["Ash Infant School", "Derby", "09/2018 - 07/2019"]]


def _list(tmp_path, kind, caption, rows, head=("School", "Local authority", "Dates")):
    rows = [list(head)] + [r[:len(head)] for r in rows]
    table = ("tbl", [[caption, "", ""][:len(head)]] + rows) if kind == "docx" else \
        ("grid", [200, 120, 120][:len(head)], [[caption]] + rows)
    return _read(tmp_path, JOINER + [table], kind)[1]["joiner"]["previous_school"]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_the_row_with_the_latest_dates_is_the_previous_school(tmp_path, kind):
    got = _list(tmp_path, kind, "Previous schools", SCHOOLS)
    assert (got["name"], got["la"]) == ("Elm Junior School", "York")


@pytest.mark.parametrize("caption, expected", [("Previous schools (most recent last)", "Ash Infant School"),
                                               ("Previous schools (most recent first)", "Oak Primary School"),
                                               ("Previous schools", "Oak Primary School")])
def test_without_dates_the_caption_says_which_end_is_the_latest(tmp_path, caption, expected):
    got = _list(tmp_path, "docx", caption, SCHOOLS, head=("School", "Local authority"))
    assert got["name"] == expected


def test_a_school_attended_to_date_is_the_latest(tmp_path):
    got = _list(tmp_path, "docx", "Previous schools", [["Oak Primary School", "Leeds", "2019 - 2022"],
                                                      ["Elm Junior School", "York", "Sept 2022 - to date"]])
    assert got["name"] == "Elm Junior School"


def test_one_previous_school_with_its_la_reads_as_before(tmp_path):
    _, tree = _read(tmp_path, JOINER + [("h", "Previous school details"), ("tbl", [
        ["School", "Oak Primary School"], ["Local authority", "Leeds"], ["Address", "1 Oak Lane, Leeds LS1 1AA"]]),
        ("h", "School details"), ("tbl", [["School", "Hill Top Primary School"]])])
    assert tree["joiner"]["previous_school"] == {"name": "Oak Primary School", "la": "Leeds"}
    assert tree["school"]["name"] == "Hill Top Primary School"


def test_a_bare_la_of_the_forms_own_school_is_not_recorded(tmp_path):
    _, tree = _read(tmp_path, JOINER + ["School: Hill Top Primary School", "Local authority: Derbyshire",
                                        "Previous school: Oak Primary School"])
    assert tree["joiner"]["previous_school"] == {"name": "Oak Primary School", "la": None}
