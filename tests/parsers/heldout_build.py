"""Builders for the held-out forms: Word and PDF files written the way schools write them.

Written without looking at the reader's vocabulary or the variant generator, so the
wording is independent of what the reader was tuned on.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import parsers
from records.build import build_record

_FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("HoSans", _FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("HoSans-Bold", _FONTS + "DejaVuSans-Bold.ttf"))


def write_docx(path: Path, items) -> Path:
    """items: str (paragraph), ("title"|"h"|"bul", text), ("tbl", rows), ("page",) = page
    break. In a "tbl", a row of one cell is a section header merged across the table."""
    d = docx.Document()
    for it in items:
        if isinstance(it, str):
            d.add_paragraph(it)
        elif it[0] == "title":
            d.add_heading(it[1], level=0)
        elif it[0] == "h":
            d.add_heading(it[1], level=2)
        elif it[0] == "bul":
            d.add_paragraph(it[1], style="List Bullet")
        elif it[0] == "page":
            d.add_page_break()
        elif it[0] == "tbl":
            rows = it[1]
            cols = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=cols)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                if len(r) == 1 and cols > 1:  # merged section header, as schools draw them
                    t.cell(i, 0).merge(t.cell(i, cols - 1))
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.save(path)
    return path


def write_pdf(path: Path, items) -> Path:
    """items: str (line), ("title"|"h"|"bul", text), ("row", [(x, text), ...]),
    ("box", [(label, value), ...]) = labels above values drawn in boxes,
    ("grid", [widths], rows) = a ruled table (a row of one cell spans it), ("page",)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for it in items:
        if y < 80 or it == ("page",):
            c.showPage()
            y = 800
            if it == ("page",):
                continue
        if isinstance(it, str):
            c.setFont("HoSans", 10)
            c.drawString(50, y, it)
            y -= 16
        elif it[0] == "title":
            c.setFont("HoSans-Bold", 15)
            c.drawString(50, y, it[1])
            y -= 28
        elif it[0] == "h":
            y -= 6
            c.setFont("HoSans-Bold", 11)
            c.drawString(50, y, it[1])
            y -= 18
        elif it[0] == "bul":
            c.setFont("HoSans", 10)
            c.drawString(60, y, "\u2022 " + it[1])
            y -= 15
        elif it[0] == "row":
            c.setFont("HoSans", 10)
            for x, text in it[1]:
                c.drawString(x, y, text)
            y -= 16
        elif it[0] == "box":
            cells = it[1]
            width = 495 / len(cells)
            for i, (label, value) in enumerate(cells):
                x = 50 + i * width
                c.setFont("HoSans", 8)
                c.drawString(x + 2, y, label)
                c.rect(x, y - 22, width - 6, 18)
                c.setFont("HoSans", 10)
                c.drawString(x + 5, y - 16, value)
            y -= 36
        elif it[0] == "grid":
            y = _grid(c, y, it[1], it[2])
    c.save()
    return path


def _grid(c, y, widths, rows):
    """A ruled table drawn line by line, as a Word table looks once printed to PDF."""
    total = sum(widths)
    for row in rows:
        top, bottom = y + 12, y - 6
        if len(row) == 1:
            c.setFont("HoSans-Bold", 10)
            c.rect(50, bottom, total, top - bottom)
            c.drawString(54, y, row[0])
        else:
            c.setFont("HoSans", 10)
            x = 50
            for w, text in zip(widths, row):
                c.rect(x, bottom, w, top - bottom)
                c.drawString(x + 4, y, text)
                x += w
        y -= 18
    return y - 10


def _get(tree, path):
    cur = tree
    for part in path.split("."):
        if cur is None:
            return None
        if isinstance(cur, list):  # a missing list item is a missing value, not an error
            cur = cur[int(part)] if int(part) < len(cur) else None
        else:
            cur = cur.get(part)
    return cur


def _same(path, want, got):
    if isinstance(want, list) and isinstance(got, list) and all(isinstance(x, str) for x in want + got):
        return sorted(want) == sorted(got)  # a tick-list's order means nothing
    if isinstance(want, str) and isinstance(got, str):
        norm = lambda s: " ".join(s.split()).casefold()  # noqa: E731
        if path.endswith("postcode"):
            return norm(want).replace(" ", "") == norm(got).replace(" ", "")
        return norm(want) == norm(got)
    if isinstance(want, date) and isinstance(got, str):
        return want.isoformat() == got
    return want == got


def read(path: Path):
    """Parse and build; returns (form_type value, record as plain dict)."""
    form = parsers.parse_file(path)
    if not hasattr(form, "fields"):
        return "rejected", {}
    built = build_record(form.form_type, {p: r.value for p, r in form.fields.items()})
    return form.form_type.value, built.record.model_dump(mode="python")


def mismatches(form_type, tree, expected: dict) -> list[str]:
    """Paths whose value differs from what the form says (no values in the message)."""
    bad = []
    for path, want in expected.items():
        if path == "form_type":
            if form_type != want:
                bad.append(f"form_type({form_type})")
            continue
        got = _get(tree, path)
        if path == "child.legal_forenames" and isinstance(got, str):
            mid = _get(tree, "child.middle_names")
            if mid and _same(path, want, f"{got} {mid}"):
                continue
        if not _same(path, want, got):
            bad.append(path)
    return bad
