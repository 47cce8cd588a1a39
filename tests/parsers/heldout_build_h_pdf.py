"""Set H builders (PDF): page geometry real forms have that the earlier builders could not
draw - landscape pages, pages turned with /Rotate, two label/answer pairs per row, a table
carrying on over a page with its header row printed again, answers typed over printed
underscores, grey hint text left in empty boxes, dotted leaders, small type, and labels
right-aligned against their answer boxes.

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import tests.parsers.heldout_build  # noqa: F401  (registers the HoSans fonts)

_HINT = Color(0.62, 0.62, 0.62)
F, FB = "HoSans", "HoSans-Bold"


class _Pen:
    def __init__(self, path, size, turned, small):
        self.w, self.h = size
        # turned: a landscape page drawn sideways into a portrait page, to be shown upright
        # with /Rotate 90, as some print-to-PDF drivers write landscape pages
        page = (self.h, self.w) if turned else size
        self.c = canvas.Canvas(str(path), pagesize=page)
        self.turned = turned
        self.fs = small or 10
        self.margin = 40
        self.y = 0
        self.grid_header = None
        self._start()

    def _start(self):
        if self.turned:
            self.c.translate(self.h, 0)
            self.c.rotate(90)
        self.y = self.h - 45

    def new(self):
        self.c.showPage()
        self._start()

    def text(self, x, y, s, font=F, size=None, colour=black):
        self.c.setFillColor(colour)
        self.c.setFont(font, size or self.fs)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def step(self, dy):
        self.y -= dy
        if self.y < 60:
            self.new()
            if self.grid_header:
                self._grid_row(*self.grid_header, head=True)

    def _grid_row(self, widths, row, head=False):
        x, top, bottom = self.margin, self.y + self.fs + 3, self.y - 6
        for w, t in zip(widths, row):
            self.c.rect(x, bottom, w, top - bottom)
            if t:
                self.text(x + 4, self.y, t, FB if head else F)
            x += w
        self.y -= top - bottom


def _line(pen, it):
    """One labelled answer, drawn the way the item's kind says."""
    c, m, fs, y = pen.c, pen.margin, pen.fs, pen.y
    kind, label, value = it[0], it[1], it[2]
    if kind == "under":  # "Surname: ________" with the answer typed over the underscores
        pen.text(m, y, f"{label}: " + "_" * 34)
        pen.text(m + stringWidth(f"{label}: ", F, fs) + 6, y + 1.5, value)
    elif kind == "dots":  # "Surname ............ answer"
        lead = label + " " + "." * max(4, int((200 - stringWidth(label, F, fs)) / stringWidth(".", F, fs)))
        pen.text(m, y, lead)
        pen.text(m + 215, y, value)
    elif kind == "right":  # label right-aligned to the answer box's left edge
        c.setFont(F, fs)
        c.drawRightString(m + 185, y, label)
        c.rect(m + 192, y - 5, 290, fs + 8)
        pen.text(m + 197, y, value)
    elif kind == "hint":  # ("hint", label, answer, hint): an empty box keeps its grey hint
        pen.text(m, y, label)
        c.rect(m + 170, y - 5, 160, fs + 8)
        if value:
            pen.text(m + 175, y, value)
        else:
            pen.text(m + 175, y, it[3], colour=_HINT)
    elif kind == "box":  # label left, answer in a box
        pen.text(m, y, label)
        c.rect(m + 170, y - 5, 300, fs + 8)
        pen.text(m + 175, y, value)
    else:
        raise ValueError(kind)
    pen.step(fs + 12)


def _pairs(pen, row):
    """Two (or three) label/answer pairs on one line, each answer in its own box."""
    span = (pen.w - 2 * pen.margin) / len(row)
    for i, (label, value) in enumerate(row):
        x = pen.margin + i * span
        pen.text(x, pen.y, label)
        lw = stringWidth(label, F, pen.fs) + 6
        pen.c.rect(x + lw, pen.y - 5, span - lw - 12, pen.fs + 8)
        pen.text(x + lw + 4, pen.y, value)
    pen.step(pen.fs + 14)


def write_pdf_h(path: Path, items, page="portrait", small=None) -> Path:
    """items: str (line); ("title"|"h", text); ("under"|"dots"|"right"|"box", label, value);
    ("hint", label, value, hint); ("pairs", [(label, value), ...]) on one line;
    ("grid", widths, header_row, rows) a ruled table whose header row is printed again at
    the top of the next page when it runs over; ("page",).
    page: "portrait", "landscape", "rotated" (drawn portrait, then turned with /Rotate 90
    so a viewer shows it sideways), "turned" (landscape drawn sideways on a portrait page,
    /Rotate 90 shows it upright). small: the font size of the whole form (7-8pt forms)."""
    size = landscape(A4) if page in ("landscape", "turned") else A4
    pen = _Pen(path, size, page == "turned", small)
    for it in items:
        if it == ("page",):
            pen.new()
        elif isinstance(it, str):
            pen.text(pen.margin, pen.y, it)
            pen.step(pen.fs + 6)
        elif it[0] == "title":
            pen.text(pen.margin, pen.y, it[1], FB, pen.fs + 5)
            pen.step(pen.fs + 16)
        elif it[0] == "h":
            pen.step(4)
            pen.text(pen.margin, pen.y, it[1], FB, pen.fs + 1)
            pen.step(pen.fs + 10)
        elif it[0] == "pairs":
            _pairs(pen, it[1])
        elif it[0] == "grid":
            widths, head, rows = it[1], it[2], it[3]
            pen.grid_header = (widths, head)
            pen._grid_row(widths, head, head=True)
            for r in rows:
                if pen.y < 70:
                    pen.new()
                    pen._grid_row(widths, head, head=True)
                pen._grid_row(widths, r)
            pen.grid_header = None
            pen.step(10)
        else:
            _line(pen, it)
    pen.c.save()
    if page in ("rotated", "turned"):
        _rotate(path)
    return path


def _rotate(path: Path) -> None:
    """Set /Rotate 90 on every page with pypdf, as a viewer's 'rotate and save' does."""
    writer = PdfWriter()
    for p in PdfReader(str(path)).pages:
        writer.add_page(p.rotate(90))
    with open(path, "wb") as fh:
        writer.write(fh)
