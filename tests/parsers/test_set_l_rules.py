"""General rules set L showed missing (Word symbols, a parent filling in the form, dates with
no year, wordings), each with a look-alike that must read as before."""
from datetime import date

import pytest

import parsers
from parsers.date_yearless import Yearless, read_yearless, resolve
from parsers.base import Provenance, Reading
from parsers.docx_para import symbol
from tests.parsers.heldout_build import write_docx
from tests.parsers.heldout_build_l_docx import write_docx_l


def _read(path):
    form = parsers.parse_file(path)
    return form.form_type.value, {k: r.value for k, r in form.fields.items()}


@pytest.mark.parametrize("font, code, shown", [
    ("Wingdings", 0xF0FE, "☒"), ("Wingdings", 0xF0A8, "☐"), ("MS Gothic", 0x2612, "☒"),
    ("Segoe UI Symbol", 0x2610, "☐"), ("Wingdings 2", 0xF052, "☒"), ("Wingdings 2", 0xF0A3, "☐"),
    ("Symbol", 0xF0B7, ""),          # a bullet: no tick, as before
    (None, 0xF0FE, "☒"),             # no font named: Wingdings, as before
])
def test_a_symbol_shows_its_character(font, code, shown):
    assert symbol(font, code) == shown


def test_ticks_typed_in_wingdings_and_the_same_letters_in_a_text_font(tmp_path):
    wt, we = ("font", "Wingdings", "\u00fe"), ("font", "Wingdings", "\u00a8")
    path = write_docx_l(tmp_path / "w.docx", ("word", [
        ("title", "Pupil Exit Form"), ("tbl", [["Surname", "Þórsdóttir"], ["Date of leaving", "19/12/2025"]]),
        "Reason for leaving", ("p", [we, " Moving house"]), ("p", [wt, " Another school"])]))
    _, got = _read(path)
    assert got["exit.reason"] == "another_school"
    assert got["child.legal_surname"] == "Þórsdóttir"     # þ in an ordinary font is a letter


def test_a_parent_filling_in_their_own_name(tmp_path):
    _, got = _read(write_docx(tmp_path / "p.docx", [
        ("title", "Pupil Exit Form"), ("tbl", [["Child's surname", "Lee"], ["Your name", "Ann Lee"],
                                               ["Relationship to child", "Mother"],
                                               ["Date of leaving", "19/12/2025"]])]))
    assert got["parents"] == [{"name": "Ann Lee", "relationship": "Mother"}]
    assert "school.contact_name" not in got


def test_a_school_contact_followed_by_a_role_stays_the_school_contact(tmp_path):
    _, got = _read(write_docx(tmp_path / "s.docx", [
        ("title", "CME Referral Form"), ("tbl", [["Surname", "Lee"], ["Last date attended", "07/11/2025"],
                                                 ["Your name", "Mrs J Allsop"], ["Role", "Attendance officer"],
                                                 ["Parent name", "Ann Lee"], ["Relationship", "Mother"]])]))
    assert got["school.contact_name"] == "Mrs J Allsop"
    assert got["parents"] == [{"name": "Ann Lee", "relationship": "Mother"}]


def test_a_staff_member_giving_a_role_as_relationship_stays_the_school_contact(tmp_path):
    _, got = _read(write_docx(tmp_path / "t.docx", [
        ("title", "CME Referral Form"), ("tbl", [["Surname", "Lee"], ["Last date attended", "07/11/2025"],
                                                 ["Your name", "Mrs J Allsop"],
                                                 ["Relationship to child", "Class teacher"]])]))
    assert got["school.contact_name"] == "Mrs J Allsop"
    assert "Mrs J Allsop" not in [p.get("name") for p in got.get("parents", [])]


def _yearless(text, **dates):
    fields = {"leaver.date_of_leaving": Reading(read_yearless(text), Provenance(None, "", ""))}
    fields |= {k: Reading(v, Provenance(None, "", "")) for k, v in dates.items()}
    resolve(fields)
    return fields.get("leaver.date_of_leaving", Reading(None, None)).value


def test_a_date_with_no_year_takes_the_forms_year():
    assert read_yearless("Mon 3rd Nov") == Yearless(3, 11, 0)
    assert read_yearless("3 November 2025") is None and read_yearless("Nov") is None
    assert _yearless("Mon 3rd Nov", submitted_on=date(2025, 10, 29)) == date(2025, 11, 3)
    assert _yearless("3rd of January", submitted_on=date(2025, 12, 15)) == date(2026, 1, 3)
    assert _yearless("Wed 3rd Nov", submitted_on=date(2025, 10, 29)) is None    # no such year near
    assert _yearless("Mon 3rd Nov") is None                                      # nothing to go by


def test_a_birthday_without_its_year_is_no_date_of_birth(tmp_path):
    _, got = _read(write_docx(tmp_path / "b.docx", [
        ("title", "CME Referral Form"), ("tbl", [["Surname", "Lee"], ["Date of birth", "3rd Nov"],
                                                 ["Last date attended", "07/11/2025"], ["Date", "10/11/2025"]])]))
    assert "child.date_of_birth" not in got and got["submitted_on"] == date(2025, 11, 10)


@pytest.mark.parametrize("title, path", [
    ("Notification of a New Admission (CMJ)", "school.name"),
    ("Leaver notification (CML)", "leaver.destination_school.name"),
])
def test_the_school_a_child_is_joining(tmp_path, title, path):
    _, got = _read(write_docx(tmp_path / "j.docx", [
        ("title", title), ("tbl", [["Surname", "Lee"], ["Joining school", "Oak Academy"],
                                   ["Date of leaving", "19/12/2025"], ["Date of admission", "05/01/2026"]])]))
    assert got[path] == "Oak Academy"
    assert list(got.values()).count("Oak Academy") == 1


def test_wordings_set_l_brought(tmp_path):
    _, got = _read(write_docx(tmp_path / "w.docx", [
        ("title", "Notification of a New Admission (CMJ)"),
        ("tbl", [["Surname", "Lee"], ["Date first on roll", "03/11/2025"], ["Dad's name", "Tom Lee"],
                 ["Dad's mobile", "07700 900111"], ["Previous school", "Not decided yet"],
                 ["Completed", "05/11/2025"], ["Completed by", "Mrs J Allsop"]])]))
    assert got["joiner.date_on_roll"] == date(2025, 11, 3) and got["submitted_on"] == date(2025, 11, 5)
    assert got["parents"][0]["name"] == "Tom Lee" and got["parents"][0]["phone"] == "07700 900111"
    assert "joiner.previous_school.name" not in got and got["school.contact_name"] == "Mrs J Allsop"
