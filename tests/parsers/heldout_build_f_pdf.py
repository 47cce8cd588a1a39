"""Set F builders (PDF): fillable AcroForms whose field names mean nothing ("Text1",
"Check Box3") so that only the printed label beside the widget - or its tooltip - says
what it holds; pages printed from Word (each word drawn on its own, shaded label cells);
two-column pages; forms over two pages under a repeated header, with a version footer.

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

from itertools import count
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import tests.parsers.heldout_build  # noqa: F401  (registers the HoSans fonts)

_GREY = Color(0.85, 0.85, 0.85)


class _Page:
    def __init__(self, path, header, footer, pages):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.header, self.footer, self.pages = header, footer, pages
        self.n = 0
        self.ids = count(1)
        self.y = 0
        self.new()

    def new(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y = 800
        c = self.c
        if self.header:
            c.setFont("HoSans-Bold", 9)
            c.drawString(50, 815, self.header)
            c.line(50, 810, 545, 810)
            self.y = 790
        if self.footer:
            c.setFont("HoSans", 7)
            c.drawString(50, 30, self.footer)
            c.drawRightString(545, 30, f"Page {self.n} of {self.pages}")

    def name(self, stem):
        return f"{stem}{next(self.ids)}"


def _words(c, x, y, text, font="HoSans", size=10):
    """Each word drawn on its own at a computed x, with the uneven gaps of justified
    text printed from Word."""
    c.setFont(font, size)
    for i, w in enumerate(text.split()):
        c.drawString(x, y, w)
        x += stringWidth(w, font, size) + 2.2 + (i % 3) * 0.9
    return x


def _text(pg, label, value, how, x=50, width=250):
    c, y = pg.c, pg.y
    f = pg.c.acroForm
    tip = label if how == "tip" else None
    if how == "left":
        _words(c, x, y, label)
        fx, fy = x + 170, y - 5
    elif how == "above":
        _words(c, x, y, label, size=8)
        fx, fy = x, y - 22
    else:  # tooltip only: no printed label at all
        fx, fy = x, y - 5
    kw = {"tooltip": tip} if tip else {}
    f.textfield(name=pg.name("Text"), value=value, x=fx, y=fy, width=width, height=16,
                fontName="Helvetica", fontSize=9, borderColor=black, fillColor=white,
                textColor=black, forceBorder=True, **kw)
    pg.y -= 34 if how == "above" else 24


def _check(pg, x, y, label, ticked):
    pg.c.acroForm.checkbox(name=pg.name("Check Box"), x=x, y=y - 2, size=10, checked=ticked,
                           buttonStyle="cross", borderColor=black, fillColor=white)
    _words(pg.c, x + 14, y, label)
    return x + 14 + stringWidth(label, "HoSans", 10) + 18


def _shaded(pg, widths, rows):
    """A ruled table, label cells (first of each pair) shaded grey, words drawn one by one."""
    c = pg.c
    for row in rows:
        top, bottom = pg.y + 12, pg.y - 6
        x = 50
        cells = row if len(row) > 1 else [row[0]]
        ws = widths if len(row) > 1 else [sum(widths)]
        for j, (w, text) in enumerate(zip(ws, cells)):
            shade = len(row) == 1 or j % 2 == 0
            c.setFillColor(_GREY if shade else white)
            c.rect(x, bottom, w, top - bottom, fill=1, stroke=1)
            c.setFillColor(black)
            if text:
                _words(c, x + 4, pg.y, text, "HoSans-Bold" if len(row) == 1 else "HoSans", 9)
            x += w
        pg.y -= 18
    pg.y -= 8


def write_pdf_f(path: Path, items, header=None, footer=None) -> Path:
    """items: str (line, words drawn one by one); ("title"|"h", text);
    ("field", label, value, "left"|"above"|"tip") = a text widget named TextN;
    ("choice", label, shown, options) = a drop-down named DropdownN, label to its left;
    ("checks", question, [(label, ticked), ...]) = check boxes named Check BoxN;
    ("radio", question, [options], chosen, export_values) = a radio group named GroupN;
    ("shaded", widths, rows) = ruled grid with grey label cells;
    ("two", (heading, [(label, value)]), (heading, [(label, value)])) = two columns;
    ("page",). header/footer repeat on every page (footer gets "Page n of N")."""
    pages = 1 + sum(1 for it in items if it == ("page",))
    pg = _Page(path, header, footer, pages)
    c = pg.c
    for it in items:
        if it == ("page",):
            pg.new()
            continue
        if pg.y < 90:
            pg.new()
        if isinstance(it, str):
            _words(c, 50, pg.y, it)
            pg.y -= 16
        elif it[0] == "title":
            c.setFont("HoSans-Bold", 14)
            c.drawString(50, pg.y, it[1])
            pg.y -= 26
        elif it[0] == "h":
            pg.y -= 4
            _words(c, 50, pg.y, it[1], "HoSans-Bold", 11)
            pg.y -= 20
        elif it[0] == "field":
            _text(pg, it[1], it[2], it[3])
        elif it[0] == "choice":
            _words(c, 50, pg.y, it[1])
            c.acroForm.choice(name=pg.name("Dropdown"), value=it[2], options=it[3], x=220,
                              y=pg.y - 5, width=160, height=16, fontName="Helvetica",
                              fontSize=9, borderColor=black, fillColor=white, forceBorder=True)
            pg.y -= 24
        elif it[0] == "checks":
            _words(c, 50, pg.y, it[1])
            pg.y -= 18
            x = 60
            for label, ticked in it[2]:
                if x > 450:
                    x, pg.y = 60, pg.y - 18
                x = _check(pg, x, pg.y, label, ticked)
            pg.y -= 24
        elif it[0] == "radio":
            _words(c, 50, pg.y, it[1])
            pg.y -= 18
            group, x = pg.name("Group"), 60
            exports = it[4] if len(it) > 4 else [f"Choice{i + 1}" for i in range(len(it[2]))]
            for opt, exp in zip(it[2], exports):
                c.acroForm.radio(name=group, value=exp, selected=opt == it[3], x=x, y=pg.y - 2,
                                 size=10, buttonStyle="circle", borderColor=black,
                                 fillColor=white, forceBorder=True)
                _words(c, x + 14, pg.y, opt)
                x += 14 + stringWidth(opt, "HoSans", 10) + 20
            pg.y -= 24
        elif it[0] == "shaded":
            _shaded(pg, it[1], it[2])
        elif it[0] == "two":
            top = low = pg.y
            for x, (heading, pairs) in ((50, it[1]), (310, it[2])):
                pg.y = top
                _words(c, x, pg.y, heading, "HoSans-Bold", 11)
                pg.y -= 18
                for label, value in pairs:
                    _words(c, x, pg.y, label, size=8)
                    c.rect(x, pg.y - 20, 230, 15)
                    _words(c, x + 3, pg.y - 16, value)
                    pg.y -= 32
                low = min(low, pg.y)
            pg.y = low - 8
        else:
            raise ValueError(it[0])
    c.save()
    return path
