"""Answers a PDF shows outside its text layer and plain field values (set L's PDF fixes):
typed-on FreeText annotations, widgets with only an appearance, a field per character, a
character per printed box - and the look-alikes each rule must leave alone."""
from __future__ import annotations

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import normalise as n
from parsers.pdf import read_pdf
from tests.parsers.heldout_build_l import write_pdf_l


def _pairs(path):
    doc = read_pdf(path)
    return {e.label: e.value for e in doc.entries if e.kind in ("pair", "field")}, doc


def _annot(writer, page, subtype, rect, text, flags=4):
    writer.add_annotation(page, DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject(subtype),
        NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
        NameObject("/Contents"): TextStringObject(text), NameObject("/F"): NumberObject(flags),
        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g")}))


def test_typed_on_answers_are_read_beside_their_labels(tmp_path):
    for shape in ("typewriter", "preview"):
        path = write_pdf_l(tmp_path / f"{shape}.pdf", (shape, [
            ("f", "Surname", "Khan"), ("f", "Date of birth", "03/11/2015"),
            ("opts", "Sex", ["Male", "Female"], ["Female"])]))
        pairs, doc = _pairs(path)
        assert pairs["Surname"] == "Khan" and pairs["Date of birth"] == "03/11/2015"
        ticks = {e.label: e.checked for e in doc.entries if e.kind == "tick"}
        assert ticks == {"Male": False, "Female": True}


def test_hidden_freetext_and_sticky_notes_are_not_answers(tmp_path):
    path = write_pdf_l(tmp_path / "blank.pdf", ("page", [("f", "Surname", "")]))
    w = PdfWriter(clone_from=PdfReader(str(path)))
    _annot(w, 0, "/FreeText", (243, 773, 500, 789), "Hidden", flags=2)
    _annot(w, 0, "/Text", (243, 773, 263, 789), "Check this")
    with open(path, "wb") as fh:
        w.write(fh)
    pairs, doc = _pairs(path)
    assert pairs["Surname"] == "" and "Hidden" not in doc.text and "Check this" not in doc.text


def test_widget_with_only_an_appearance_shows_its_answer(tmp_path):
    pairs, _ = _pairs(write_pdf_l(tmp_path / "ap.pdf", ("ap_only", [("f", "Surname", "Adeyemi")])))
    assert pairs["Surname"] == "Adeyemi"


def test_a_widget_value_wins_over_its_stale_appearance(tmp_path):
    path = write_pdf_l(tmp_path / "v.pdf", ("widgets", [("f", "Surname", "Oldname")]))
    w = PdfWriter(clone_from=PdfReader(str(path)))
    w.pages[0]["/Annots"][0].get_object()[NameObject("/V")] = TextStringObject("Newname")
    with open(path, "wb") as fh:
        w.write(fh)
    assert _pairs(path)[0]["Surname"] == "Newname"


def test_a_field_per_digit_is_one_answer(tmp_path):
    names = [f"d{i}" for i in range(8)]
    path = write_pdf_l(tmp_path / "dob.pdf", ("widgets", [
        ("digits", "Date of birth", "21042016", names, "", (2, 4))]))
    pairs, _ = _pairs(path)
    assert pairs["Date of birth"] == "21 04 2016"


def test_small_fields_apart_are_not_joined(tmp_path):
    path = tmp_path / "apart.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, (label, value) in enumerate([("Age", "9"), ("Year", "5"), ("Class", "5B")]):
        c.drawString(50 + i * 120, 700, label)
        c.acroForm.textfield(name=f"T{i}", value=value, x=90 + i * 120, y=695, width=24, height=16)
    c.save()
    pairs, _ = _pairs(path)
    assert pairs == {"Age": "9", "Year": "5", "Class": "5B"}


def test_a_character_per_printed_box_reads_as_one_word(tmp_path):
    path = write_pdf_l(tmp_path / "boxes.pdf", ("page", [
        ("digits", "Date of birth", "05112014", None, "", (2, 4)),
        ("digits", "UPN", "L916300400518", None, "")]))
    pairs, _ = _pairs(path)
    assert pairs["Date of birth"] == "05 11 2014" and pairs["UPN"] == "L916300400518"


def test_adjacent_tick_boxes_and_wider_cells_are_not_closed_up(tmp_path):
    path = tmp_path / "ticks.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(50, 700, "Year")
    for i, mark in enumerate(["", "X", "", "", ""]):   # five boxes side by side, one ticked
        c.rect(200 + i * 17, 696, 14, 14)
        if mark:
            c.drawString(203 + i * 17, 699, mark)
    c.drawString(50, 650, "Attendance")
    for i, pct in enumerate(["91", "88", "79", "64"]):  # cells of two characters: a table
        c.rect(200 + i * 17, 646, 14, 14)
        c.setFont("Helvetica", 6)
        c.drawString(201 + i * 17, 650, pct)
        c.setFont("Helvetica", 12)
    c.save()
    doc = read_pdf(path)
    said = [e.label for e in doc.entries] + [e.value for e in doc.entries]
    assert not any("88 79" in s or "9188" in s.replace(" ", "") for s in said)
    assert [e.value for e in doc.entries if e.kind == "text"] == ["X"]   # left as it was


def test_whole_field_dates_without_separators():
    assert n.parse_date("05 11 2014") == n.parse_date("05112014") == n.parse_date("20141105")
    assert n.parse_date("05 11 2014").isoformat() == "2014-11-05"
    for not_a_date in ("0115 932 6212", "12 34 56", "12345678", "born 05 11 2014 in Derby"):
        assert n.parse_date(not_a_date) is None


def test_broken_annotations_and_appearances_lose_only_themselves(tmp_path):
    path = write_pdf_l(tmp_path / "broken.pdf", ("ap_only", [("f", "Surname", "Khan"), ("f", "Forename", "Zara")]))
    w = PdfWriter(clone_from=PdfReader(str(path)))
    widget = w.pages[0]["/Annots"][0].get_object()
    widget["/AP"]["/N"].get_object().set_data(b"BT /Helv 10 Tf /X /Y Td (Khan) Tj ET")
    w.add_annotation(0, DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([NameObject("/a"), NumberObject(0)]),
        NameObject("/Contents"): TextStringObject("Stray")}))
    with open(path, "wb") as fh:
        w.write(fh)
    pairs, _ = _pairs(path)
    assert pairs["Surname"] == "" and pairs["Forename"] == "Zara"
