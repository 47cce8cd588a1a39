"""Parents and siblings written the ways the earlier sets did not: two parents in one box,
"Mother | Father" column captions, "Mother's mobile", sibling rows with no caption row.

Written after reading the reader, to pin general fixes (defect list, item 8).
"""
import pytest

from tests.parsers.heldout_build import read, write_docx, write_pdf

HEAD = [("title", "CME Referral Form"), "Surname: Khan", "Forename: Ali", "Date of birth: 01/02/2014",
        "First day of absence: 02/11/2026"]


def _read(tmp_path, items, kind="docx"):
    path = tmp_path / f"form.{kind}"
    (write_docx if kind == "docx" else write_pdf)(path, HEAD + items)
    form_type, tree = read(path)
    assert form_type == "cme_referral"
    return tree


def _parents(tree):
    return [(p["name"], p["relationship"], p["phone"]) for p in tree["parents"]]


@pytest.mark.parametrize("names", ["Mr A Khan / Mrs S Khan", "Mr A Khan & Mrs S Khan", "Amir Khan and Sara Khan"])
def test_two_parents_in_one_box_are_two_people(tmp_path, names):
    tree = _read(tmp_path, [("tbl", [["Parent/carer name(s)", names], ["Contact number", "07700 900001"]])])
    first, second = names.replace(" & ", " / ").replace(" and ", " / ").split(" / ")
    assert _parents(tree) == [(first, None, "07700 900001"), (second, None, None)]


def test_one_parent_with_a_title_and_initials_stays_one(tmp_path):
    tree = _read(tmp_path, [("tbl", [["Parent/carer name", "Mr and Mrs Khan"], ["Contact number", "07700 900001"]])])
    assert _parents(tree) == [("Mr and Mrs Khan", None, "07700 900001")]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_mother_and_father_column_captions_say_who_each_is(tmp_path, kind):
    rows = [["", "Mother", "Father"], ["Name", "Sara Khan", "Amir Khan"], ["Mobile", "07700 900001", "07700 900002"]]
    tree = _read(tmp_path, [("tbl", rows)] if kind == "docx" else [("grid", [100, 150, 150], rows)], kind)
    assert _parents(tree) == [("Sara Khan", "Mother", "07700 900001"), ("Amir Khan", "Father", "07700 900002")]


def test_a_kin_column_left_blank_names_nobody(tmp_path):
    tree = _read(tmp_path, [("tbl", [["", "Mother", "Father"], ["Name", "Sara Khan", ""], ["Mobile", "07700 900001", ""]])])
    assert _parents(tree) == [("Sara Khan", "Mother", "07700 900001")]


@pytest.mark.parametrize("lines", [
    ["Mother's name: Sara Khan", "Father's name: Amir Khan", "Mother's mobile: 07700 900001",
     "Father's mobile: 07700 900002"],
    ["Mother: Sara Khan", "Mum's mobile: 07700 900001", "Father: Amir Khan", "Dad's number: 07700 900002"],
])
def test_a_kin_words_phone_is_that_parents(tmp_path, lines):
    tree = _read(tmp_path, lines)
    assert _parents(tree) == [("Sara Khan", "Mother", "07700 900001"), ("Amir Khan", "Father", "07700 900002")]
    assert tree["school"]["contact_phone"] is None and tree["school"]["dfe_number"] is None


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_sibling_rows_with_no_caption_row(tmp_path, kind):
    rows = [["Zara Khan", "03/03/2012", "Oak Academy"], ["Omar Khan", "04/04/2016", "Elm Primary School"]]
    tree = _read(tmp_path, [("h", "Siblings"), ("tbl", rows) if kind == "docx" else ("grid", [150, 100, 150], rows)], kind)
    assert [(s["name"], str(s["date_of_birth"]), s["school"]) for s in tree["referral"]["siblings"]] == [
        ("Zara Khan", "2012-03-03", "Oak Academy"), ("Omar Khan", "2016-04-04", "Elm Primary School")]
    assert (tree["child"]["legal_forenames"], str(tree["child"]["date_of_birth"])) == ("Ali", "2014-02-01")


def test_a_row_of_answers_outside_a_siblings_section_is_no_sibling(tmp_path):
    tree = _read(tmp_path, [("h", "Emergency contact"), ("tbl", [["Rita Shah", "03/03/1970", "Aunt"],
                                                                ["Mo Shah", "04/04/1972", "Uncle"]])])
    assert tree["referral"]["siblings"] == [] and tree["parents"] == []
