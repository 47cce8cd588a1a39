"""An unknown label that starts with a known one ("Destination postcode", "Previous school
postcode") is not the known label answered by the rest of the line, and "school" before a
detail word makes the detail the school's, not the child's.

Written after reading the reader, to pin a general fix (defect list, item 1).
"""
import pytest

from tests.parsers.heldout_build import read, write_docx, write_pdf

JOINER = [("title", "CMJ joiner notification"), "Surname: Reid", "Forename: Ola", "Date of birth: 01/02/2017",
          "Date of admission: 09/11/2026"]
LEAVER = [("title", "CML leaver notification"), "Surname: Reid", "Forename: Ola", "Date of birth: 01/02/2017",
          "Date of leaving: 20/11/2026", "Reason for leaving: moved house"]


def _read(tmp_path, items, kind="docx"):
    path = tmp_path / f"form.{kind}"
    (write_docx if kind == "docx" else write_pdf)(path, items)
    return read(path)[1]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_longer_unknown_label_alone_on_a_line_is_no_answer(tmp_path, kind):
    tree = _read(tmp_path, JOINER + ["Previous school postcode", "DE1 2AB", "Previous school", "Oak Academy"], kind)
    assert tree["joiner"]["previous_school"]["name"] == "Oak Academy"
    assert tree["joiner"]["previous_address"] is None      # the school's postcode is not the child's


@pytest.mark.parametrize("line", ["Destination postcode LS1 1AA", "Destination school postcode LS1 1AA"])
def test_a_label_running_into_a_detail_word_is_not_answered_by_it(tmp_path, line):
    tree = _read(tmp_path, LEAVER + [line])
    assert tree["leaver"]["destination_school"] is None


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("label", ["Previous school postcode", "New school postcode"])
def test_a_schools_postcode_is_not_the_familys(tmp_path, kind, label):
    items = (JOINER if label.startswith("Previous") else LEAVER) + [f"{label}: LS2 2BB"]
    tree = _read(tmp_path, items, kind)
    block = tree["joiner"] if label.startswith("Previous") else tree["leaver"]
    assert block.get("previous_address") is None and block.get("destination_address") is None
    assert block.get("reason") in (None, "moved_away")     # 'new school' in a label is no reason given


def test_the_known_labels_themselves_still_read(tmp_path):
    tree = _read(tmp_path, JOINER + ["Previous postcode: DE3 3CC", "Previous school name Oak Academy",
                                     "Contact number 01858 433221"])
    assert tree["joiner"]["previous_address"]["postcode"] == "DE3 3CC"
    assert tree["joiner"]["previous_school"]["name"] == "Oak Academy"
    assert tree["school"]["contact_phone"] == "01858 433221"
