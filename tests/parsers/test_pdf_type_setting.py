"""PDF text set in ways the word grouping did not expect: letters spaced wider than a sixth of
the type size (Word's "Expanded" spacing, a designer's heading), and a form drawn sideways with
a turned text matrix on a page that has no /Rotate.

Written after reading the reader, to pin general fixes (defect list, item 11).
"""
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from parsers.pdf import read_pdf
from tests.parsers.heldout_build import read

ROWS = [("Surname", "Baker"), ("Forename", "Tom"), ("Date of birth", "03/04/2015"),
        ("First day of absence", "02/11/2026"), ("School", "Hill Top Primary School")]
EXPECTED = ("cme_referral", "Baker", "Tom", "2015-04-03", "Hill Top Primary School")


def _got(path):
    form_type, tree = read(path)
    child = tree.get("child") or {}
    return form_type, child.get("legal_surname"), child.get("legal_forenames"), str(child.get("date_of_birth")), \
        (tree.get("school") or {}).get("name")


def _spaced(path, space: float, layout: str):
    """Every line set with `space` points between letters: 'lines' as 'Label: value' with the
    spaces drawn, 'words' with each word drawn on its own (no spaces drawn), 'grid' in a ruled table."""
    c = canvas.Canvas(str(path), pagesize=A4)

    def put(x, y, text, size=10, font="HoSans"):
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(space)
        t.textOut(text)
        c.drawText(t)
        return stringWidth(text, font, size) + space * len(text)

    put(50, 800, "CME REFERRAL FORM", 15, "HoSans-Bold")
    y = 770
    for label, value in ROWS:
        if layout == "grid":
            c.rect(50, y - 6, 180, 18)
            c.rect(230, y - 6, 260, 18)
            put(54, y, label)
            put(234, y, value)
        elif layout == "words":
            x = 50
            for word in f"{label}: {value}".split(" "):
                x += put(x, y, word) + stringWidth(" ", "HoSans", 10)
        else:
            put(50, y, f"{label}: {value}")
        y -= 20
    c.save()
    return path


@pytest.mark.parametrize("layout", ["lines", "words", "grid"])
@pytest.mark.parametrize("space", [0.0, 2.0, 3.5])
def test_letter_spaced_type_is_read_as_words(tmp_path, layout, space):
    assert _got(_spaced(tmp_path / "spaced.pdf", space, layout)) == EXPECTED


def test_initials_and_single_letters_are_not_joined(tmp_path):
    c = canvas.Canvas(str(tmp_path / "plain.pdf"), pagesize=A4)
    c.setFont("HoSans", 10)
    c.drawString(50, 800, "Contact: Mr A B C Jones")
    c.drawString(50, 780, "Year: 5   Sex: M")
    c.save()
    doc = read_pdf(tmp_path / "plain.pdf")
    assert "Mr A B C Jones" in doc.text and "Sex: M" in doc.text


def _sideways(path, angle: int, grid: bool):
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    if angle == 90:        # text runs up the page
        c.translate(width, 0)
        c.rotate(90)
    else:                  # text runs down the page
        c.translate(0, height)
        c.rotate(-90)
    c.setFont("HoSans-Bold", 15)
    c.drawString(50, 540, "CME Referral Form")
    c.setFont("HoSans", 10)
    y = 510
    for label, value in ROWS:
        if grid:
            c.rect(50, y - 6, 180, 18)
            c.rect(230, y - 6, 260, 18)
            c.drawString(54, y, label)
            c.drawString(234, y, value)
        else:
            c.drawString(50, y, f"{label}: {value}")
        y -= 20
    c.save()
    return path


@pytest.mark.parametrize("grid", [False, True])
@pytest.mark.parametrize("angle", [90, 270])
def test_a_form_drawn_sideways_without_a_rotate_is_read(tmp_path, angle, grid):
    assert _got(_sideways(tmp_path / "sideways.pdf", angle, grid)) == EXPECTED
