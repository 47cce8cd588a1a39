"""A letter about two children (siblings leaving or missing together): one decision holds one
child, so the record is the first child's, never a mix of the two, and the form goes back to
its sender for a form for each child.

Written after reading the reader, to pin a general fix (defect list, item 7).
"""
import pytest

import parsers
from tests.parsers.heldout_build import read
from tests.parsers.heldout_build_g import write_docx_g, write_pdf_g

LETTERS = {
    "referral": ["Dear CME team,", "We are referring Tom Baker (DOB 03/04/2015), Year 6, and his sister Amy Baker "
                 "(DOB 12/06/2017), Year 3, who has an EHCP. They have not attended since 2 November 2026.",
                 "Kind regards,", "Jo Bell", "Attendance Officer, Hill Top Primary School"],
    "exit": ["Dear Headteacher,", "I am writing to let you know that my children, Tom Baker (date of birth "
             "03/04/2015) and Amy Baker (date of birth 12/06/2017), will both be leaving on Friday 4 December "
             "2026 as we are moving to Wales.", "Yours sincerely,", "Claire Baker"],
    "commas": ["Dear CME team,", "We are referring Amy Baker, born 12/06/2017, and Tom Baker, born 03/04/2015, "
               "who have not attended since 2 November 2026. We do not know where the family is.",
               "Kind regards,", "Jo Bell"],
}


def _parse(tmp_path, items, kind="docx"):
    path = tmp_path / f"letter.{kind}"
    (write_docx_g if kind == "docx" else write_pdf_g)(path, items)
    return parsers.parse_file(path), read(path)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_the_record_is_the_first_childs_alone(tmp_path, kind):
    form, (form_type, tree) = _parse(tmp_path, LETTERS["referral"], kind)
    assert form_type == "cme_referral"
    child = tree["child"]
    assert (child["legal_forenames"], child["legal_surname"], str(child["date_of_birth"])) == ("Tom", "Baker", "2015-04-03")
    assert child["year_group"] == 6          # Tom's, said before Amy is named
    assert child["ehcp"] is None             # Amy's EHCP is not Tom's
    assert str(tree["referral"]["last_date_attended"]) == "2026-11-02"   # said of both
    assert form.queries and "more than one child" in form.queries[0]


@pytest.mark.parametrize("name", ["exit", "commas"])
def test_siblings_written_together_are_read_and_queried(tmp_path, name):
    form, (form_type, tree) = _parse(tmp_path, LETTERS[name])
    assert form_type == ("pupil_exit" if name == "exit" else "cme_referral")
    assert tree["child"]["legal_forenames"] == ("Tom" if name == "exit" else "Amy")
    assert len(form.queries) == 1


def test_one_child_named_twice_is_one_child(tmp_path):
    form, (_, tree) = _parse(tmp_path, [
        "Dear CME team,", "Tom Baker (DOB 03/04/2015) has not attended since 2 November 2026. We visited and "
        "Tom Baker (DOB 03/04/2015) was not at home.", "Kind regards,", "Jo Bell"])
    assert tree["child"]["legal_forenames"] == "Tom" and form.queries == []


def test_a_parent_named_with_a_date_of_birth_is_no_second_child(tmp_path):
    form, (_, tree) = _parse(tmp_path, [
        "Dear CME team,", "Tom Baker (DOB 03/04/2015) has not attended since 2 November 2026. His mother, "
        "Claire Baker (DOB 01/01/1985), has not answered our calls.", "Kind regards,", "Jo Bell"])
    assert tree["child"]["legal_forenames"] == "Tom" and form.queries == []
