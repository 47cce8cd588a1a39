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
