"""A surname box holding a second surname ("Smith, known as Jones", "Smith (nee Brown)"), and
a full-name box whose label asks for the surname first, typed all in lower case.

Written after reading the reader, to pin general fixes (defect list, item 10).
"""
import pytest

from tests.parsers.heldout_build import read, write_docx, write_pdf

TAIL = ["Date of birth: 01/02/2014", "First day of absence: 02/11/2026"]


def _child(tmp_path, items, kind="docx"):
    path = tmp_path / f"form.{kind}"
    (write_docx if kind == "docx" else write_pdf)(path, [("title", "CME Referral Form")] + items + TAIL)
    return read(path)[1]["child"]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("surname", ["Smith, known as Jones", "Smith (known as Jones)", "Smith aka Jones"])
def test_a_known_as_surname_is_the_preferred_surname(tmp_path, kind, surname):
    child = _child(tmp_path, [f"Surname: {surname}", "Forename: John"], kind)
    assert (child["legal_surname"], child["preferred_surname"], child["legal_forenames"]) == ("Smith", "Jones", "John")


@pytest.mark.parametrize("surname", ["Smith, nee Brown", "Smith (née Brown)", "Smith (formerly Brown)"])
def test_a_former_surname_in_the_box_is_a_former_surname(tmp_path, surname):
    child = _child(tmp_path, [f"Surname: {surname}", "Forename: John"])
    assert (child["legal_surname"], child["former_surnames"]) == ("Smith", ["Brown"])


def test_the_surname_box_alone_keeps_a_double_barrelled_name(tmp_path):
    child = _child(tmp_path, ["Surname: Smith-Jones", "Forename: John"])
    assert (child["legal_surname"], child["preferred_surname"], child["former_surnames"]) == ("Smith-Jones", None, [])


@pytest.mark.parametrize("label", ["Name (surname first)", "Full name (SURNAME, forename)", "Name (surname, forename)"])
def test_a_label_asking_for_the_surname_first_orders_a_lower_case_name(tmp_path, label):
    child = _child(tmp_path, [f"{label}: smith john paul"])
    assert (child["legal_surname"], child["legal_forenames"]) == ("Smith", "John Paul")


@pytest.mark.parametrize("line, expected", [("Full name: smith john", ("John", "Smith")),
                                            ("Name (surname first): John SMITH", ("Smith", "John"))])
def test_without_the_label_the_last_word_and_capitals_still_decide(tmp_path, line, expected):
    """Lower case alone gives no order: the last word is the surname, as for 'Smith John' (the
    matcher tries names either way round); capitals still beat the label's order."""
    child = _child(tmp_path, [line])
    assert (child["legal_surname"], child["legal_forenames"]) == expected
