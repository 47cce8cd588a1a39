"""A Word table with the child's details beside a parent's ("Child | Parent/carer"), answered
in content controls or typed: each side is read whole under its own caption, so the two people's
values never mix (read row by row, the parent's phone was the school's, the child's date of birth
was lost under the parent's heading).

Written after reading the reader, to pin a general fix (defect list, item 12).
"""
import pytest

from tests.parsers.heldout_build import read
from tests.parsers.heldout_build_f import write_docx_f

S = lambda text: ("sdt", text)  # noqa: E731  (a text content control, filled in)
TAIL = ["First day of absence: 02/11/2026"]


def _read(tmp_path, rows):
    path = tmp_path / "form.docx"
    write_docx_f(path, [("title", "CME Referral Form"), ("tbl", rows)] + TAIL)
    form_type, tree = read(path)
    assert form_type == "cme_referral"
    return tree


def _check(tree, phone="07700 900123"):
    child = tree["child"]
    assert (child["legal_forenames"], child["legal_surname"], str(child["date_of_birth"])) == ("Tom", "Baker", "2015-04-03")
    assert [(p["name"], p["phone"]) for p in tree["parents"]] == [("Claire Baker", phone)]
    assert tree["school"]["contact_phone"] is None and tree["school"]["contact_email"] is None


@pytest.mark.parametrize("controls", [True, False])
def test_two_columns_each_a_persons_cells(tmp_path, controls):
    cell = (lambda label, value: [label + ": ", S(value)]) if controls else (lambda label, value: f"{label}: {value}")
    tree = _read(tmp_path, [["Child", "Parent/carer"],
                            [cell("Surname", "Baker"), cell("Name", "Claire Baker")],
                            [cell("Forename(s)", "Tom"), cell("Relationship", "Mother")],
                            [cell("Date of birth", "03/04/2015"), cell("Telephone", "07700 900123")],
                            [cell("Address", "5 Elm Court, Leeds LS1 1AA"), cell("Email", "claire@example.com")]])
    _check(tree)
    assert tree["child"]["address"]["postcode"] == "LS1 1AA"
    assert tree["parents"][0]["email"] == "claire@example.com"


def test_two_captions_each_over_a_label_and_a_control_column(tmp_path):
    tree = _read(tmp_path, [["Child's details", "", "Parent/carer details", ""],
                            ["Surname", [S("Baker")], "Name", [S("Claire Baker")]],
                            ["Forename(s)", [S("Tom")], "Relationship", [S("Mother")]],
                            ["Date of birth", [S("03/04/2015")], "Telephone", [S("07700 900123")]]])
    _check(tree)


def test_a_blank_corner_over_columns_of_controls(tmp_path):
    tree = _read(tmp_path, [["", "Child", "Parent/carer"],
                            ["Name", [S("Tom Baker")], [S("Claire Baker")]],
                            ["Date of birth", [S("03/04/2015")], [S("01/01/1985")]],
                            ["Telephone", [], [S("07700 900123")]]])
    _check(tree)


def test_a_row_of_label_answer_pairs_is_not_two_sides(tmp_path):
    """'Surname | Baker | Forename | Tom' holds no captions: still read as pairs."""
    tree = _read(tmp_path, [["Surname", "Baker", "Forename", "Tom"], ["Date of birth", "03/04/2015", "Year", "5"]])
    assert (tree["child"]["legal_surname"], tree["child"]["year_group"]) == ("Baker", 5)
