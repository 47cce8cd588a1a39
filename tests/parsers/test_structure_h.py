"""The set H structural rules, where they must NOT fire: a wrong value is worse than none.

Each test builds a small form whose structure looks like one the rules handle (spacer
column, answer box, grey text, caption row) but is not, and checks nothing is misread.
"""
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.parsers.heldout_build import mismatches, read
from tests.parsers.heldout_build_h import write_docx_h


def test_unanswered_value_column_is_not_a_spacer(tmp_path):
    """'Surname | | Forename | ' with no answers yet: the empty column is unanswered
    questions, so 'Forename' is never read as the surname."""
    path = write_docx_h(tmp_path / "blank.docx", [
        ("title", "Children Missing Education Referral"),
        ("tbl", [["Surname", "", "Forename", ""], ["Date of birth", "", "Gender", ""],
                 ["School", "", "Year group", ""]]),
    ])
    _, tree = read(path)
    assert tree["child"]["legal_surname"] is None and tree["child"]["legal_forenames"] is None
    assert tree["school"]["name"] is None


def _pdf(path, draw):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, 800, "Children Missing Education Referral")
    c.setFont("Helvetica", 10)
    draw(c)
    c.save()
    return path


def test_other_columns_answer_is_not_a_box_label(tmp_path):
    """A plain 'Surname  Khan' line on the row of a box labelled above it, far to the right:
    'Khan' is the surname, not the box's label."""
    def draw(c):
        c.drawString(40, 740, "Surname")
        c.drawString(140, 740, "Khan")
        c.setFont("Helvetica", 8)
        c.drawString(330, 757, "Forename")
        c.setFont("Helvetica", 10)
        c.rect(330, 735, 200, 16)
        c.drawString(334, 740, "Zara")
        c.drawString(40, 700, "Date of birth")
        c.drawString(140, 700, "04/03/2015")
    _, tree = read(_pdf(tmp_path / "cols.pdf", draw))
    assert mismatches("cme_referral", tree, {"child.legal_surname": "Khan",
                                             "child.date_of_birth": date(2015, 3, 4)}) == []


def test_grey_page_keeps_its_text(tmp_path):
    """A form printed all in grey: grey is its ink, not hints."""
    def draw(c):
        c.setFillColor(Color(0.6, 0.6, 0.6))
        c.drawString(40, 740, "Surname: Okafor")
        c.drawString(40, 720, "Date of birth: 12/06/2014")
    _, tree = read(_pdf(tmp_path / "grey.pdf", draw))
    assert mismatches("cme_referral", tree, {"child.legal_surname": "Okafor",
                                             "child.date_of_birth": date(2014, 6, 12)}) == []


def test_plain_two_cell_first_row_is_still_read(tmp_path):
    """A first row 'Moved abroad | No' of a tick table, not bold: an answer, not a caption."""
    path = write_docx_h(tmp_path / "ticks.docx", [
        ("title", "Pupil Exit Form"),
        ("tbl", [["Surname", "Ibekwe"], ["Date of birth", "02/02/2016"]]),
        "Reason for leaving",
        ("tbl", [["Emigrated / moved abroad", "No"], ["Moved out of the area", "Yes"],
                 ["Elective home education", "No"]]),
    ])
    form_type, tree = read(path)
    assert mismatches(form_type, tree, {"form_type": "pupil_exit", "exit.reason": "moved_away"}) == []


def test_bold_question_answer_header_on_each_page_of_a_word_table(tmp_path):
    """'Question | Answer' in bold, marked to repeat, over label rows (and again after a
    page break): captions, so the rows below are read as label | answer."""
    head = [[("b", "Question")], [("b", "Answer")]]
    path = write_docx_h(tmp_path / "qa.docx", [
        ("title", "Pupil Exit Form"),
        ("tbl", [head, ["Child's legal surname", "Quigley"], ["Date of birth", "30/09/2014"],
                 ["Last day at this school", "18/12/2026"]], {"header": True}),
        ("page",),
        ("tbl", [head, ["Reason for leaving", "Starting at a new school"],
                 ["Name of new school", "Kingsreach Free School"]], {"header": True}),
    ])
    form_type, tree = read(path)
    assert mismatches(form_type, tree, {
        "form_type": "pupil_exit", "child.legal_surname": "Quigley",
        "exit.date_of_leaving": date(2026, 12, 18), "exit.reason": "another_school",
        "exit.new_school.name": "Kingsreach Free School"}) == []
