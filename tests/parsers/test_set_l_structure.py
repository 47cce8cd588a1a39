"""Structure set L showed missing: Word text frames written column by column, a school's
codes in its page header, labels and titles kerning broke apart, a leaving notice a member
of staff completed - each with a look-alike that must read as before."""
from datetime import date

import docx

import parsers
from parsers.docx import read_docx
from parsers.labels import vocabulary
from tests.parsers.heldout_build import write_docx
from tests.parsers.heldout_build_l_docx import write_docx_l


def _read(path):
    form = parsers.parse_file(path)
    return form.form_type.value, {k: r.value for k, r in form.fields.items()}


def _frames(tmp_path, frames):
    path = write_docx_l(tmp_path / "f.docx", ("word", [("frames", frames)]))
    return [(e.kind, e.label, e.value) for e in read_docx(path).entries]


def test_frames_written_column_by_column_read_row_by_row(tmp_path):
    got = _frames(tmp_path, [(1000, 2000, "Surname"), (1000, 2400, "Date of birth"),
                             (4800, 2000, "Khan"), (4800, 2400, "03/11/2015")])
    assert got == [("pair", "Surname", "Khan"), ("pair", "Date of birth", "03/11/2015")]


def test_frames_one_a_row_keep_their_page_order(tmp_path):
    got = _frames(tmp_path, [(1000, 2400, "Second line"), (1000, 2000, "First line")])
    assert got == [("text", "", "First line"), ("text", "", "Second line")]


def test_paragraphs_without_frames_keep_document_order(tmp_path):
    path = write_docx(tmp_path / "p.docx", ["Surname: Khan", "Forename: Zara"])
    assert [e.value for e in read_docx(path).entries] == ["Surname: Khan", "Forename: Zara"]


def _header(tmp_path, rows, body):
    d = docx.Document()
    hdr = d.sections[0].header
    t = hdr.add_table(rows=len(rows), cols=2, width=docx.shared.Cm(16))
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    for line in body:
        d.add_paragraph(line)
    d.save(tmp_path / "h.docx")
    return _read(tmp_path / "h.docx")[1]


def test_a_schools_codes_in_its_page_header(tmp_path):
    got = _header(tmp_path, [("Oak Primary School", "URN 112866"), ("Tel 01332 123456", "DfE No. 830/2104")],
                  ["CME Referral Form", "Surname: Khan", "Last date attended: 07/11/2025"])
    assert got["school.urn"] == "112866" and got["school.dfe_number"] == "8302104"
    assert "school.contact_phone" not in got


def test_a_code_on_the_form_wins_over_the_page_header(tmp_path):
    got = _header(tmp_path, [("Oak Primary School", "URN 100001")],
                  ["CME Referral Form", "Surname: Khan", "URN: 112866", "Last date attended: 07/11/2025"])
    assert got["school.urn"] == "112866"


def test_labels_and_titles_kerning_broke_apart():
    voc = vocabulary()
    assert voc.field("D ate of bir th").key == "dob" and voc.group("Re ason for le aving").key == "leaving_reason"
    assert voc.field("P arent or car er").key == "parent_name"
    assert voc.form_type_of("P upil E xit F orm")[0][0] == "pupil_exit"
    assert voc.form_type_of("Complex it formula") == []     # whole words that only close up into one


def _leaving(tmp_path, rows):
    return _read(write_docx(tmp_path / "l.docx", [("title", "Notification of Pupil Leaving"), ("tbl", rows)]))


def test_a_leaving_notice_a_member_of_staff_completed_is_the_schools(tmp_path):
    form_type, got = _leaving(tmp_path, [["Surname", "Khan"], ["Date of leaving", "07/11/2025"],
                                         ["Reason for leaving", "Elective home education"], ["Completed by", "Mr P Hardy"]])
    assert form_type == "cml" and got["leaver.date_of_leaving"] == date(2025, 11, 7)


def test_a_leaving_notice_naming_the_parent_stays_the_parents(tmp_path):
    form_type, _ = _leaving(tmp_path, [["Surname", "Khan"], ["Date of leaving", "07/11/2025"],
                                       ["Reason for leaving", "Elective home education"], ["Parent name", "Ann Khan"],
                                       ["Completed by", "Ann Khan"]])
    assert form_type == "pupil_exit"
