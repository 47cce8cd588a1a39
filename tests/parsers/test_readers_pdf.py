"""PDF reader on files built here with reportlab: AcroForm, flat lines, tables."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from parsers.base import Unreadable  # noqa: E402
from parsers.pdf import read_pdf  # noqa: E402
from parsers.raw import RawDocument  # noqa: E402

H = A4[1]


def _acro(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 60, "Referral of a Child Missing Education")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 110, "Legal surname")
    c.acroForm.textfield(name="child.legal_surname", x=200, y=H - 115, width=200, height=16,
                         value="Smith")
    c.drawString(50, H - 140, "Whereabouts known?")
    c.acroForm.checkbox(name="wb_yes", x=200, y=H - 143, size=10, checked=True)
    c.drawString(214, H - 140, "Yes")
    c.acroForm.checkbox(name="wb_no", x=250, y=H - 143, size=10, checked=False)
    c.drawString(264, H - 140, "No")
    c.acroForm.checkbox(name="referral.enquiries_made.home_visit", x=50, y=H - 173, size=10,
                        checked=True)
    c.drawString(64, H - 170, "Home visit")
    c.drawString(50, H - 200, "Home address")
    c.acroForm.textfield(name="Text1", x=50, y=H - 240, width=200, height=30,
                         value="1 High St\nBelper", fieldFlags="multiline")
    c.save()


def test_acroform_fields_get_names_values_and_nearest_labels(tmp_path):
    path = tmp_path / "acro.pdf"
    _acro(path)
    doc = read_pdf(path)
    assert isinstance(doc, RawDocument)
    fields = {e.name: e for e in doc.entries if e.kind == "field"}
    assert fields["child.legal_surname"].label == "Legal surname"
    assert fields["child.legal_surname"].value == "Smith"
    assert fields["wb_yes"].label == "Whereabouts known?"
    assert (fields["wb_yes"].value, fields["wb_yes"].checked) == ("Yes", True)
    assert (fields["wb_no"].label, fields["wb_no"].value, fields["wb_no"].checked) == \
        ("Whereabouts known?", "No", False)
    home = fields["referral.enquiries_made.home_visit"]
    assert (home.label, home.checked) == ("Home visit", True)
    assert fields["Text1"].label == "Home address"
    assert fields["Text1"].value == "1 High St\nBelper"
    assert doc.title_lines == ["Referral of a Child Missing Education"]
    # labels used by fields are not repeated as loose text
    assert not [e for e in doc.entries if e.kind == "text" and e.value == "Legal surname"]


def test_flat_lines_bold_labels_continuations_and_headings(tmp_path):
    path = tmp_path / "flat.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = H - 60
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, y, "CMJ - Notification of Joiner")
    rows = [("Helvetica-Bold", 11, "Section 1: Child", None),
            ("Helvetica-Bold", 10, "Surname:", "JONES"),
            ("Helvetica-Bold", 10, "Home address:", "2 Low Road"),
            ("Helvetica", 10, "Matlock", None),
            ("Helvetica-Bold", 10, "Preferred name:", None),
            ("Helvetica", 10, "EHCP: Yes [ ] No [X]", None)]
    for font, size, text, value in rows:
        y -= 14
        c.setFont(font, size)
        c.drawString(50, y, text)
        if value:
            c.setFont("Helvetica", size)
            c.drawString(50 + c.stringWidth(text + " ", font, size), y, value)
    y -= 14
    c.setFont("Helvetica", 10)
    c.drawString(50, y, "Date of birth")
    c.drawString(200, y, "3/4/2015")
    c.showPage()
    c.drawString(50, H - 60, "Signed: A Head")
    c.save()
    doc = read_pdf(path)
    got = [(e.kind, e.label, e.value, e.provenance.page) for e in doc.entries]
    assert got == [
        ("heading", "CMJ - Notification of Joiner", "", 1),
        ("heading", "Section 1: Child", "", 1),
        ("pair", "Surname", "JONES", 1),
        ("pair", "Home address", "2 Low Road\nMatlock", 1),
        ("pair", "Preferred name", "", 1),
        ("text", "", "EHCP: Yes [ ] No [X]", 1),
        ("pair", "Date of birth", "3/4/2015", 1),
        ("text", "", "Signed: A Head", 2),
    ]
    assert doc.pages == 2
    assert "CMJ - Notification of Joiner" in doc.title_lines


def test_ruled_table_pairs_heading_and_four_columns(tmp_path):
    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    top, rowh, x = H - 100, 18, [50, 200, 350, 450, 550]
    rows = [["Pupil details"], ["Family name", "WARD", "UPN", "A123"],
            ["Home address", "1 Low St", "Postcode", "DE4 3AG"]]
    for i, row in enumerate(rows):
        yt = top - i * rowh
        c.line(x[0], yt, x[-1], yt)
        c.setFont("Helvetica", 9)
        if len(row) == 1:
            c.drawString(x[0] + 3, yt - 13, row[0])
            continue
        for j, txt in enumerate(row):
            c.drawString(x[j] + 3, yt - 13, txt)
    yb = top - len(rows) * rowh
    c.line(x[0], yb, x[-1], yb)
    c.line(x[0], top, x[0], yb)
    c.line(x[-1], top, x[-1], yb)
    for xi in x[1:-1]:
        c.line(xi, top - rowh, xi, yb)
    c.save()
    doc = read_pdf(path)
    got = [(e.kind, e.label, e.value) for e in doc.entries]
    assert got == [("heading", "Pupil details", ""), ("pair", "Family name", "WARD"),
                   ("pair", "UPN", "A123"), ("pair", "Home address", "1 Low St"),
                   ("pair", "Postcode", "DE4 3AG")]


def test_drawn_tick_boxes(tmp_path):
    path = tmp_path / "boxes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, (caption, ticked) in enumerate([("Home visit", True), ("Police check", False)]):
        y = H - 100 - i * 20
        c.rect(50, y - 2, 9, 9)
        if ticked:
            c.line(50, y - 2, 59, y + 7)
            c.line(50, y + 7, 59, y - 2)
        c.drawString(64, y, caption)
    c.save()
    doc = read_pdf(path)
    got = [(e.kind, e.label, e.checked) for e in doc.entries]
    assert got == [("tick", "Home visit", True), ("tick", "Police check", False)]


def test_image_only_pdf_is_scanned(tmp_path):
    from reportlab.lib.utils import ImageReader
    from PIL import Image
    img = tmp_path / "p.png"
    Image.new("RGB", (40, 40), "white").save(img)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(str(img)), 50, 50, 200, 200)
    c.save()
    result = read_pdf(path)
    assert isinstance(result, Unreadable) and result.reason_code == "scanned"
