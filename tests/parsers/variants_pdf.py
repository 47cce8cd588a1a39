"""Lay an abstract form out as a PDF with reportlab: flat pages in several
geometries, ruled tables, and AcroForms whose fields have meaningless names."""
from __future__ import annotations

import random

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

from tests.parsers.variants_data import (TICK_STYLES, YESNO_STYLES, Field, Form, Ticks, YesNo, tick_cell,
                                         tick_line, yesno_text)

_FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
# DejaVu has ☒ ☐ ✓; the PDF base fonts do not. The bold face's name says "Bold",
# which is how a reader tells a bold label.
pdfmetrics.registerFont(TTFont("DejaVuSans", _FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", _FONT_DIR + "DejaVuSans-Bold.ttf"))
REG, BOLD = "DejaVuSans", "DejaVuSans-Bold"
_, PAGE_H = A4


class Flow:
    """A cursor down the page that starts a new page (with header/footer) when full."""

    def __init__(self, path, header: str | None = None, size: float = 10):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.header, self.size, self.page = header, size, 1
        self.y = PAGE_H - 50
        self._furniture()

    def _furniture(self):
        if self.header:
            self.c.setFont(REG, 8)
            self.c.drawString(40, PAGE_H - 25, self.header)
            self.y = PAGE_H - 60
        self.c.setFont(REG, 7)
        self.c.drawString(40, 25, f"OFFICIAL - SENSITIVE          Page {self.page}")

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - 50
        self._furniture()

    def need(self, lines: int):
        if self.y - lines * (self.size + 5) < 50:
            self.new_page()

    def write(self, x: float, text: str, bold=False, size=None):
        self.c.setFont(BOLD if bold else REG, size or self.size)
        self.c.drawString(x, self.y, text)

    def down(self, k: float = 1.0):
        self.y -= k * (self.size + 5)

    def box(self, x: float, checked: bool):
        """A drawn tick box, marked with a drawn X when ticked."""
        self.c.rect(x, self.y - 1, 9, 9)
        if checked:
            self.c.line(x + 1.5, self.y + 0.5, x + 7.5, self.y + 6.5)
            self.c.line(x + 1.5, self.y + 6.5, x + 7.5, self.y + 0.5)


def render_flat(form: Form, path, rng: random.Random, shape: str) -> dict:
    """pdf_gap / pdf_below / pdf_bold / pdf_twocol / pdf_multipage."""
    tick = rng.choice(TICK_STYLES + ["drawn", "drawn"])
    yn = rng.choice(YESNO_STYLES + ["drawn"])
    gap = rng.choice([130, 160, 190, 230, 260])
    bold_label = shape == "pdf_bold" or rng.random() < 0.4
    header = form.title if shape == "pdf_multipage" else None
    f = Flow(path, header=header)
    if not header:
        f.write(40, form.title, bold=True, size=16)
        f.down(2)
    items = [(s.heading, it) for s in form.sections for it in [None] + s.items]
    break_at = len(items) // 2 if shape == "pdf_multipage" else -1
    left = True
    for i, (heading, it) in enumerate(items):
        if i == break_at:
            f.new_page()
        if it is None:
            f.need(3)
            if not left:
                f.down()
                left = True
            f.down(0.5)
            f.write(40, heading, bold=True, size=11)
            f.down(1.3)
        elif isinstance(it, Ticks):
            if not left:
                f.down()
                left = True
            _flat_ticks(f, it, tick, rng)
        elif shape == "pdf_twocol":
            left = _twocol(f, it, left, yn)
        else:
            _flat_pair(f, it, shape, gap, bold_label, yn)
    f.c.save()
    return {"tick": tick, "yesno": yn, "gap": gap}


def _value_lines(it) -> list[str]:
    if isinstance(it, YesNo):
        return []
    return it.value.split("\n")


def _flat_pair(f: Flow, it, shape: str, gap: float, bold_label: bool, yn: str):
    label = it.label if it.label.endswith("?") or shape in ("pdf_gap", "pdf_multipage") and not bold_label \
        else it.label + ":"
    lines = _value_lines(it)
    f.need(len(lines) + 2)
    f.write(40, label, bold=bold_label)
    if shape == "pdf_bold":
        x = 40 + f.c.stringWidth(label + " ", BOLD, f.size)
    elif shape == "pdf_below":
        f.down()
        x = 40 + (12 if len(lines) > 1 else 0)
    else:  # the gap is wider than the ordinary word spacing whatever the label's length
        x = 40 + max(gap, f.c.stringWidth(label, BOLD if bold_label else REG, f.size) + 18)
    if isinstance(it, YesNo):
        _flat_yesno(f, x, it.value, yn)
        f.down()
        return
    for line in lines:
        f.write(x, line)
        f.down()


def _flat_yesno(f: Flow, x: float, value: bool, yn: str):
    if yn != "drawn":
        f.write(x, yesno_text(value, yn))
        return
    f.write(x, "Yes")
    f.box(x + 24, value)
    f.write(x + 50, "No")
    f.box(x + 70, not value)


def _flat_ticks(f: Flow, t: Ticks, tick: str, rng: random.Random):
    f.need(3)
    f.write(40, t.label if t.label.endswith(("?", ")")) else t.label + ":", bold=rng.random() < 0.5)
    f.down()
    grid = rng.random() < 0.4 and tick in ("drawn", "box")
    for k, (caption, checked) in enumerate(t.options):
        col = k % 2 if grid else 0
        x = 55 + col * 260
        if col == 0:
            f.need(1)
        if tick == "drawn":
            f.box(x, checked)
            f.write(x + 14, caption)
        else:
            f.write(x, tick_line(caption, checked, tick))
        if not grid or col == 1 or k == len(t.options) - 1:
            f.down()


def _twocol(f: Flow, it, left: bool, yn: str) -> bool:
    """Label/value pairs two to a row; a pair too wide for half the page takes a row."""
    lines = _value_lines(it)
    value = yesno_text(it.value, yn if yn != "drawn" else "word") if isinstance(it, YesNo) else lines[0]
    lw = f.c.stringWidth(it.label, BOLD, 9)
    half = lambda x: x + max(110, lw + 20)  # noqa: E731
    fits = len(lines) == 1 and half(0) + f.c.stringWidth(value, REG, f.size) < 250
    if not fits and not left:
        f.down()
        left = True
    f.need(len(lines) + 1)
    x = 40 if left else 320
    f.write(x, it.label, bold=True, size=9)
    vx = half(x) if fits else x + max(170, lw + 20)
    for k, line in enumerate(lines if not isinstance(it, YesNo) else [value]):
        f.write(vx, line)
        if k < len(lines) - 1:
            f.down()
    if not fits or not left:
        f.down()
        return True
    return False


def render_table(form: Form, path, rng: random.Random, cols: int) -> dict:
    tick = rng.choice(TICK_STYLES)
    yn = rng.choice(YESNO_STYLES)
    bold_label = rng.random() < 0.5
    cell = ParagraphStyle("c", fontName=REG, fontSize=9, leading=11)
    label_style = ParagraphStyle("l", fontName=BOLD if bold_label else REG, fontSize=9, leading=11)
    data, style = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), REG, 9),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for s in form.sections:
        r = len(data)
        data.append([s.heading] + [""] * (cols - 1))
        style += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), BOLD, 10),
                  ("BACKGROUND", (0, r), (-1, r), colors.lightgrey)]
        row: list[str] = []
        for it in s.items:
            if isinstance(it, Ticks):
                if row:
                    data.append(row + [""] * (cols - len(row)))
                    row = []
                r = len(data)
                data.append([it.label] + [""] * (cols - 1))
                style += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), BOLD, 9)]
                opts = [[Paragraph(_esc(c), cell), tick_cell(v, tick)] for c, v in it.options]
                for k in range(0, len(opts), cols // 2):
                    chunk = [x for o in opts[k:k + cols // 2] for x in o]
                    data.append(chunk + [""] * (cols - len(chunk)))
                continue
            value = yesno_text(it.value, yn) if isinstance(it, YesNo) else it.value
            # Paragraphs wrap a long label or value inside its cell, as a Word table printed to PDF does.
            row += [Paragraph(_esc(it.label), label_style), Paragraph(_esc(value).replace("\n", "<br/>"), cell)]
            if len(row) == cols:
                data.append(row)
                row = []
        if row:
            data.append(row + [""] * (cols - len(row)))
    widths = [150, 370] if cols == 2 else [120, 140, 120, 140]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=40, bottomMargin=40)
    doc.build([Paragraph(form.title, ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)),
               Spacer(1, 12), table, Spacer(1, 6), Paragraph("Please return to the CME team.", cell)])
    return {"tick": tick, "yesno": yn, "bold": bold_label}


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_acro(form: Form, path, rng: random.Random) -> dict:
    """Fillable PDF: Text1, Text2... and Check Box1...; only printed labels tell the meaning."""
    f = Flow(path)
    form_ = f.c.acroForm
    n = {"t": 0, "c": 0}
    x_field = rng.choice([200, 230, 260])

    def tname():
        n["t"] += 1
        return f"Text{n['t']}"

    def cname():
        n["c"] += 1
        return f"Check Box{n['c']}"

    f.write(40, form.title, bold=True, size=16)
    f.down(2)
    for s in form.sections:
        f.need(3)
        f.write(40, s.heading, bold=True, size=11)
        f.down(1.4)
        for it in s.items:
            if isinstance(it, Ticks):
                f.need(len(it.options) + 2)
                f.write(40, it.label)
                f.down()
                for caption, checked in it.options:
                    form_.checkbox(name=cname(), x=55, y=f.y - 2, size=10, checked=checked, buttonStyle="cross",
                                   borderWidth=1)
                    f.write(70, caption)
                    f.down()
            elif isinstance(it, YesNo):
                f.need(2)
                f.write(40, it.label)
                for k, word in enumerate(("Yes", "No")):
                    x = max(x_field, f.c.stringWidth(it.label, REG, f.size) + 60) + 60 * k
                    form_.checkbox(name=cname(), x=x, y=f.y - 2, size=10, checked=(word == "Yes") == it.value,
                                   buttonStyle="cross", borderWidth=1)
                    f.write(x + 14, word)
                f.down(1.3)
            else:
                lines = it.value.split("\n")
                h = 16 if len(lines) == 1 else 12 * len(lines) + 4
                f.need(len(lines) + 2)
                f.write(40, it.label)
                form_.textfield(name=tname(), value=it.value,
                                x=max(x_field, f.c.stringWidth(it.label, REG, f.size) + 50), y=f.y - h + 12, width=300, height=h,
                                fontSize=9, borderWidth=0.5,
                                fieldFlags="multiline" if len(lines) > 1 else "")
                f.down(max(1.4, h / 15 + 0.4))
    f.c.save()
    return {"x_field": x_field}
