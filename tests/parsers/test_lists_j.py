"""Rules for lists found while fixing set J, kept so they stay true: a tick is read from the
column or sentence that states it, and never invented from one that does not.

Written after reading the reader (unlike the held-out cases), to pin the general fixes.
"""
import pytest

from tests.parsers.heldout_build import read
from tests.parsers.heldout_build_j import write_docx_j, write_pdf_j

HEAD = [("title", "CME Referral Form"), "Surname: Test", "Date of birth: 01/02/2014",
        "Last day attended: 03/11/2026"]


def _referral(tmp_path, kind, items):
    path = tmp_path / f"form.{kind}"
    (write_docx_j if kind == "docx" else write_pdf_j)(path, HEAD + items)
    form_type, tree = read(path)
    assert form_type == "cme_referral"
    return tree


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_mark_in_the_no_column_is_no_concern(tmp_path, kind):
    rows = [["Safeguarding concern", "Yes", "No", "Details"], ["CP plan", "", "X", ""],
            ["Risk of CSE/CCE", "X", "", "police aware"], ["Care order", "", "", ""]]
    items = [("tbl", rows)] if kind == "docx" else [("grid", [250, 60, 60, 100], rows)]
    assert _referral(tmp_path, kind, items)["referral"]["safeguarding"] == ["exploitation_risk"]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_date_column_answers_each_enquiry(tmp_path, kind):
    rows = [["Enquiry", "Date", "Outcome"], ["Home visit", "04/11/2026", "No answer"], ["Letter", "", ""],
            ["Police", "N/A", ""]]
    items = [("tbl", rows)] if kind == "docx" else [("grid", [200, 100, 150], rows)]
    assert _referral(tmp_path, kind, items)["referral"]["enquiries_made"] == ["home_visit"]


def test_unticked_policy_captions_are_no_sentences(tmp_path):
    tree = _referral(tmp_path, "docx", [
        "Safeguarding concerns (tick all that apply)", "X has a Child Protection Plan",
        "Subject to a care order",
        "is living in a family where there are concerns about domestic abuse, substance abuse, mental health problems",
        "may be taken out of the country for an illegal act (e.g. forced marriage, female genital mutilation)",
    ])
    assert tree["referral"]["safeguarding"] == ["child_protection_plan"]


def test_sentences_state_what_was_done_and_deny_what_was_not(tmp_path):
    tree = _referral(tmp_path, "docx", [
        "Enquiries made: We phoned mum twice and visited the home on 5/11, but no letter has been sent yet.",
        "Safeguarding concerns: None known. No concerns about domestic abuse.",
    ])
    assert sorted(tree["referral"]["enquiries_made"]) == ["home_visit", "phone_parents"]
    assert tree["referral"]["safeguarding"] == []


def test_one_option_a_row_and_comma_lists(tmp_path):
    tree = _referral(tmp_path, "docx", [
        ("h", "Safeguarding"), ("tbl", [["CP plan \u2610"], ["Care order \u2612"]]),
        "Vulnerable groups: Young carer, GRT",
    ])
    assert tree["referral"]["safeguarding"] == ["care_order"]
    assert sorted(tree["referral"]["vulnerable_groups"]) == ["grt", "young_carer"]


def test_no_siblings_and_an_empty_siblings_table_name_nobody(tmp_path):
    tree = _referral(tmp_path, "docx", [("h", "Siblings"), ("tbl", [["Name", "Date of Birth", "School"],
                                                                      ["", "", ""]])])
    assert tree["referral"]["siblings"] == []
    assert _referral(tmp_path, "docx", ["Siblings: No siblings"])["referral"]["siblings"] == []


def test_parents_in_rows_under_four_captions(tmp_path):
    tree = _referral(tmp_path, "pdf", [("h", "Family"), ("grid", [120, 120, 120, 120], [
        ["Name", "Relationship", "Phone", "Email"], ["Ann Test", "Mother", "07700 900001", ""],
        ["Bob Test", "Father", "07700 900002", ""]])])
    assert [(p["name"], p["relationship"]) for p in tree["parents"]] == [("Ann Test", "Mother"), ("Bob Test", "Father")]


def test_yes_no_boxes_in_the_row_below_answer_the_question(tmp_path):
    tree = _referral(tmp_path, "docx", [("tbl", [["EHCP", ""], ["\u2612 Yes", "\u2610 No"],
                                                 ["Whereabouts known?", ""], ["\u2610 Yes", "\u2612 No"]])])
    assert (tree["child"]["ehcp"], tree["referral"]["whereabouts_known"]) == (True, False)


def test_a_ticked_statement_answers_its_bool(tmp_path):
    path = tmp_path / "exit.docx"
    write_docx_j(path, [("title", "Pupil Exit Form - to be completed by the parent/carer"), "Child's surname: Test",
                        "Date of birth: 01/02/2014", "Date of leaving: 13/11/2026",
                        "I do not want my new address shared with anyone other than the Headteacher \u2612"])
    assert read(path)[1]["exit"]["restrict_address"] is True


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_two_options_a_row_with_boxes_after_them(tmp_path, kind):
    rows = [["CP plan \u2610", "Domestic abuse \u2612"], ["Care order \u2610", "FGM \u2610"]]
    items = [("h", "Safeguarding"), ("tbl", rows) if kind == "docx" else ("grid", [240, 240], rows)]
    assert _referral(tmp_path, kind, items)["referral"]["safeguarding"] == ["family_concerns"]


def test_question_with_yes_box_then_no_box_in_the_next_cell(tmp_path):
    tree = _referral(tmp_path, "docx", [("tbl", [["Whereabouts known? Yes \u2610", "No \u2612"],
                                                 ["Police informed Yes \u2610", "No \u2610"]])])
    assert (tree["referral"]["whereabouts_known"], tree["referral"]["police_informed"]) == (False, None)


def test_a_date_column_in_a_siblings_table_is_their_birth_date(tmp_path):
    tree = _referral(tmp_path, "docx", [("h", "Siblings"), ("tbl", [["Name", "Date", "School"],
                                                                      ["Tom Test", "12/03/2012", "Oak Academy"]])])
    assert str(tree["referral"]["siblings"][0]["date_of_birth"]) == "2012-03-12"
    assert tree["submitted_on"] is None


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_siblings_table_ends_at_the_first_label_that_is_not_a_siblings(tmp_path, kind):
    """Two siblings with a Year column, then 'Completed by' and 'Date': the date is the form's,
    not a third sibling's birthday, and the siblings' years are theirs."""
    sibs = [["Sibling name", "Date of birth", "Year", "School"], ["Amy Test", "12/03/2012", "Year 9", "Oak Academy"],
            ["Ben Test", "05/07/2016", "Year 5", "Elm Primary"]]
    sign = [["Completed by", "Mr J Hale"], ["Date", "20/11/2026"]]
    items = [("h", "Siblings"), ("tbl", sibs), ("tbl", sign)] if kind == "docx" else \
        [("h", "Siblings"), ("grid", [120, 90, 60, 120], sibs), ("grid", [150, 150], sign)]
    tree = _referral(tmp_path, kind, items)
    assert [(s["name"], str(s["date_of_birth"])) for s in tree["referral"]["siblings"]] == \
        [("Amy Test", "2012-03-12"), ("Ben Test", "2016-07-05")]
    assert (str(tree["submitted_on"]), tree["child"]["legal_surname"], tree["child"]["year_group"]) == \
        ("2026-11-20", "Test", None)
