"""Set G builders: forms a school RETYPED in its own words instead of using a template -
emails pasted into Word or printed to PDF, memos, letters on a letterhead, retyped
templates with bullets, numbered points, tabs, answers on the line after the label.

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import tests.parsers.heldout_build  # noqa: F401  (registers the HoSans fonts)


def write_docx_g(path: Path, items) -> Path:
    """items: str = one paragraph (tabs kept as typed); ("br", [lines]) = one paragraph
    whose lines are soft line breaks (Shift+Enter, as pasted email keeps them);
    ("right", [lines]) = right-aligned letterhead, one paragraph a line; ("bul", text) and
    ("num", text) = Word's own bullet / numbered list (the number is not in the text);
    ("b", text) = a bold paragraph; ("title"|"h", text); ("tbl", rows); "" = blank line."""
    d = docx.Document()
    for it in items:
        if isinstance(it, str):
            d.add_paragraph(it)
        elif it[0] == "br":
            p = d.add_paragraph()
            for i, line in enumerate(it[1]):
                run = p.add_run(line)
                if i < len(it[1]) - 1:
                    run.add_break()
        elif it[0] == "right":
            for line in it[1]:
                d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif it[0] == "bul":
            d.add_paragraph(it[1], style="List Bullet")
        elif it[0] == "num":
            d.add_paragraph(it[1], style="List Number")
        elif it[0] == "b":
            d.add_paragraph().add_run(it[1]).bold = True
        elif it[0] == "title":
            d.add_heading(it[1], level=0)
        elif it[0] == "h":
            d.add_heading(it[1], level=2)
        elif it[0] == "tbl":
            rows = it[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        else:
            raise ValueError(it[0])
    d.save(path)
    return path


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        trial = f"{cur} {w}".strip()
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    return lines + ([cur] if cur else [])


class _Pdf:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.y = 800

    def room(self, need=16):
        if self.y - need < 60:
            self.c.showPage()
            self.y = 800

    def line(self, text, x=50, font="HoSans", size=10, step=15):
        self.room()
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        self.y -= step


def write_pdf_g(path: Path, items) -> Path:
    """items: str = a line; "" = a blank line; ("p", text) = a paragraph wrapped to the
    page width as Word or Outlook prints it, then a blank line; ("right", [lines]) =
    right-aligned letterhead; ("tab", label, value) = label, then value at a tab stop;
    ("bul", text); ("num", n, text) = a hanging numbered point; ("b", text) = bold line;
    ("title"|"h", text); ("page",)."""
    pdf = _Pdf(path)
    c = pdf.c
    for it in items:
        if isinstance(it, str):
            if it:
                pdf.line(it)
            else:
                pdf.y -= 15
        elif it[0] == "p":
            for ln in _wrap(it[1], 490, "HoSans", 10):
                pdf.line(ln)
            pdf.y -= 8
        elif it[0] == "right":
            for ln in it[1]:
                pdf.room()
                c.setFont("HoSans", 10)
                c.drawRightString(545, pdf.y, ln)
                pdf.y -= 14
            pdf.y -= 10
        elif it[0] == "tab":
            pdf.room()
            c.setFont("HoSans", 10)
            c.drawString(50, pdf.y, it[1])
            c.drawString(230, pdf.y, it[2])
            pdf.y -= 16
        elif it[0] == "bul":
            pdf.room()
            c.setFont("HoSans", 10)
            c.drawString(58, pdf.y, "\u2022")
            for ln in _wrap(it[1], 460, "HoSans", 10):
                pdf.line(ln, x=72)
        elif it[0] == "num":
            pdf.room()
            c.setFont("HoSans", 10)
            c.drawString(54, pdf.y, f"{it[1]}.")
            for ln in _wrap(it[2], 460, "HoSans", 10):
                pdf.line(ln, x=72)
        elif it[0] == "b":
            pdf.line(it[1], font="HoSans-Bold")
        elif it[0] == "title":
            pdf.line(it[1], font="HoSans-Bold", size=14, step=24)
        elif it[0] == "h":
            pdf.y -= 4
            pdf.line(it[1], font="HoSans-Bold", size=11, step=18)
        elif it[0] == "page":
            c.showPage()
            pdf.y = 800
        else:
            raise ValueError(it[0])
    c.save()
    return path
