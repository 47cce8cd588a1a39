"""Fillable PDF (AcroForm) from a form definition, drawn with reportlab's canvas.

Field names are the contract paths, unqualified (one flat field each, no
hierarchy), so every PDF reader reports the same name; the tooltip (/TU) is the
printed label.
"""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from forms.definitions import AUTHORITY, Field, FormDef

W, H = A4
LEFT, RIGHT, TOP, BOTTOM = 40, W - 40, H - 40, 50
LABEL_W, BOX_X = 190, 240
BOX_W = RIGHT - BOX_X
GREY, LIGHT, FIELD_BG = Color(0.4, 0.4, 0.4), Color(0.88, 0.9, 0.94), Color(0.96, 0.97, 1)
DATE_FMT = "dd/mm/yyyy"


class _Page:
    """A cursor over the pages; breaks the page when the next row will not fit."""

    def __init__(self, canvas: Canvas, form: FormDef):
        self.c, self.form, self.page, self.y = canvas, form, 1, TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = TOP

    def footer(self) -> None:
        self.c.setFont("Helvetica", 8)
        self.c.setFillColor(GREY)
        self.c.drawString(LEFT, 28, "OFFICIAL - SENSITIVE (when completed)")
        self.c.drawRightString(RIGHT, 28, f"{self.form.title} - page {self.page}")
        self.c.setFillColor(black)


def _text(c: Canvas, x: float, y: float, lines: list[str], size: float = 9, font="Helvetica") -> None:
    c.setFont(font, size)
    for i, line in enumerate(lines):
        c.drawString(x, y - size - i * (size + 2), line)


def _outline(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    # Printed on the page itself, so the boxes survive viewers that redraw the
    # widgets without borders, and printing the form blank for handwriting.
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


def _header(p: _Page) -> None:
    c = p.c
    _text(c, LEFT, p.y, [f"{AUTHORITY} | Children Missing Education Team"], 9)
    _text(c, LEFT, p.y - 14, [p.form.title], 16, "Helvetica-Bold")
    intro = simpleSplit(p.form.intro, "Helvetica", 9, RIGHT - LEFT)
    _text(c, LEFT, p.y - 38, intro, 9)
    p.y -= 44 + len(intro) * 11


def _section_title(p: _Page, title: str, note: str) -> None:
    p.need(60)  # keep a heading with at least its first row
    c = p.c
    c.setFillColor(LIGHT)
    c.rect(LEFT, p.y - 18, RIGHT - LEFT, 18, stroke=0, fill=1)
    c.setFillColor(black)
    _text(c, LEFT + 4, p.y - 3, [title], 11, "Helvetica-Bold")
    p.y -= 22
    if note:
        _text(c, LEFT, p.y, [note], 8.5, "Helvetica-Oblique")
        p.y -= 14


def _box_field(p: _Page, f: Field) -> None:
    height = 44 if f.kind == "multiline" else 16
    label = simpleSplit(f.label, "Helvetica", 9, LABEL_W)
    row = max(height, len(label) * 11) + 6
    p.need(row)
    c, form = p.c, p.c.acroForm
    _text(c, LEFT, p.y - 2, label)
    y = p.y - height
    common = dict(name=f.path, tooltip=f.label, x=BOX_X, y=y, height=height, borderWidth=0.5,
                  borderColor=GREY, fillColor=FIELD_BG, textColor=black, fontName="Helvetica",
                  fontSize=9 if f.kind != "multiline" else 0)
    width = {"choice": 140, "date": 100}.get(f.kind, BOX_W)
    _outline(c, BOX_X, y, width, height)
    if f.kind == "choice":
        # Drawn as an empty text box, made a combo box in _postprocess: reportlab
        # cannot draw a choice field with nothing chosen yet.
        form.textfield(value="", width=140, maxlen=0, **common)
    elif f.kind == "date":
        form.textfield(value="", width=100, maxlen=10, **common)
        _text(c, BOX_X + 106, y + 13, [DATE_FMT], 8)
    else:
        flags = "multiline" if f.kind == "multiline" else ""
        form.textfield(value="", width=BOX_W, fieldFlags=flags,
                       maxlen=4000 if f.kind == "multiline" else 200, **common)
    p.y -= row


def _checks(p: _Page, fields: list[Field]) -> None:
    """Checkboxes in two columns, box first, label beside it."""
    col_w = (RIGHT - LEFT) / 2
    for i in range(0, len(fields), 2):
        pair = fields[i:i + 2]
        labels = [simpleSplit(f.label, "Helvetica", 9, col_w - 24) for f in pair]
        row = max(len(lbl) for lbl in labels) * 11 + 6
        p.need(row)
        for j, (f, lbl) in enumerate(zip(pair, labels)):
            x = LEFT + j * col_w
            p.c.acroForm.checkbox(name=f.path, tooltip=f.label, x=x, y=p.y - 12, size=11,
                                  checked=False, buttonStyle="check", fieldFlags="",
                                  borderWidth=0.5, borderColor=GREY, fillColor=white,
                                  textColor=black)
            _outline(p.c, x, p.y - 12, 11, 11)
            _text(p.c, x + 16, p.y - 1, lbl)
        p.y -= row


def _draw(p: _Page) -> None:
    _header(p)
    for section in p.form.sections:
        _section_title(p, section.title, section.note)
        run: list[Field] = []
        for f in (*section.fields, None):
            if f is not None and f.kind == "check":
                run.append(f)
                continue
            if run:
                _checks(p, run)
                run = []
            if f is not None:
                _box_field(p, f)
        p.y -= 8
    p.footer()


def _combo(widget: DictionaryObject, f: Field) -> None:
    widget[NameObject("/FT")] = NameObject("/Ch")
    widget[NameObject("/Ff")] = NumberObject(1 << 17)  # combo box
    widget[NameObject("/Opt")] = ArrayObject(TextStringObject(lbl) for _, lbl in f.options)
    widget.pop("/MaxLen", None)


def _postprocess(path: Path, form: FormDef) -> None:
    """What reportlab cannot do: empty combo boxes, and date fields.

    Date boxes get Acrobat's date keystroke and format actions, which make them
    real date fields with a dd/mm/yyyy picker-less check.
    """
    by_path = {f.path: f for f in form.fields()}
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            f = by_path.get(widget.get("/T"))
            if f is not None and f.kind == "choice":
                _combo(widget, f)
            if f is not None and f.kind == "date":
                widget[NameObject("/AA")] = DictionaryObject({
                    NameObject(k): DictionaryObject({
                        NameObject("/S"): NameObject("/JavaScript"),
                        NameObject("/JS"): TextStringObject(f'{fn}("{DATE_FMT}");'),
                    }) for k, fn in (("/K", "AFDate_KeystrokeEx"), ("/F", "AFDate_FormatEx"))
                })
    writer.add_metadata({"/Title": form.title, "/Author": AUTHORITY})
    with open(path, "wb") as fh:
        writer.write(fh)


def build_pdf(form: FormDef, out: Path) -> Path:
    out = Path(out)
    # invariant=1: no timestamps or random ids, so a rebuild of an unchanged form is byte-identical
    c = Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(form.title)
    _draw(_Page(c, form))
    c.save()
    _postprocess(out, form)
    return out
