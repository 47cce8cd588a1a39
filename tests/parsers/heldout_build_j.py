"""Set J builders: the LISTS on a form - tick-lists of enquiries, safeguarding concerns and
vulnerable groups, siblings, parents and carers, leaving reasons - drawn the ways schools
draw them: Yes/No columns with an X, ballot boxes, [x], check marks, Y/N or a date typed
beside each item, two options a row, Word checkbox content controls and legacy checkbox
form fields inside table cells, cells holding several paragraphs.

Written before reading the reader, like the earlier sets' builders. The Word tables are
raw WordprocessingML so that a cell can hold a checkbox control next to its label.
"""
from __future__ import annotations

from itertools import count
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tests.parsers.heldout_build import write_pdf
from tests.parsers.heldout_build_f import _run   # the same raw WordprocessingML run

_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_ids = count(700)


def _cc_box(ticked: bool) -> str:
    """A Word 2010+ checkbox content control, as the Developer tab inserts it."""
    sid = next(_ids)
    return (f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w14:checkbox>'
            f'<w14:checked w14:val="{1 if ticked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            f'<w:t>{chr(0x2612) if ticked else chr(0x2610)}</w:t></w:r></w:sdtContent></w:sdt>')


def _ff_box(ticked: bool) -> str:
    """A legacy checkbox form field (FORMCHECKBOX): no character at all, only the field."""
    n = next(_ids)
    checked = "<w:checked/>" if ticked else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
            '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
            f'<w:default w:val="0"/>{checked}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _part(p) -> str:
    if isinstance(p, str):
        return _run(p)
    kind = p[0]
    if kind == "b":
        return _run(p[1], bold=True)
    if kind == "cc":
        return _cc_box(p[1])
    if kind == "ff":
        return _ff_box(p[1])
    raise ValueError(kind)


def _para(parts, ns=True, style=None) -> str:
    if isinstance(parts, (str, tuple)):
        parts = [parts]
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    decl = f' {nsdecls("w")} {_W14}' if ns else ""
    return f'<w:p{decl}>{ppr}{"".join(_part(p) for p in parts)}</w:p>'


def _cell(spec, width: int, span: int = 1) -> str:
    """spec: str (a "\\n" starts a new paragraph in the cell) | list of parts (one paragraph)
    | ("span", n, spec)."""
    if isinstance(spec, tuple) and spec[0] == "span":
        span, spec = spec[1], spec[2]
    if isinstance(spec, str):
        body = "".join(_para(line, ns=False) for line in spec.split("\n"))
    else:
        body = _para(spec, ns=False)
    pr = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width * span}" w:type="dxa"/>{pr}</w:tcPr>{body}</w:tc>'


def _table(rows, widths=None) -> str:
    cols = max(sum(c[1] if isinstance(c, tuple) and c[0] == "span" else 1 for c in r)
               for r in rows)
    widths = widths or [9000 // cols] * cols
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = []
    for r in rows:
        if len(r) == 1 and cols > 1:  # a section header merged across the table
            out.append(f"<w:tr>{_cell(('span', cols, r[0]), widths[0])}</w:tr>")
            continue
        cells = "".join(_cell(c, widths[min(i, cols - 1)]) for i, c in enumerate(r))
        out.append(f"<w:tr>{cells}</w:tr>")
    return (f'<w:tbl {nsdecls("w")} {_W14}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>')


def write_docx_j(path: Path, items) -> Path:
    """items: str = a paragraph; ("p", [parts]) = a paragraph of parts (str, ("b", text),
    ("cc", ticked) checkbox content control, ("ff", ticked) legacy checkbox field);
    ("title"|"h", text); ("bul", text); ("tbl", rows[, widths]) a ruled table whose cells
    are text (\\n = new paragraph) or lists of parts; a row of one cell spans the table."""
    d = docx.Document()
    body = d.element.body

    def add(xml):
        body.sectPr.addprevious(parse_xml(xml))

    for it in items:
        if isinstance(it, str):
            add(_para(it))
        elif it[0] == "p":
            add(_para(it[1]))
        elif it[0] == "title":
            add(_para(it[1], style="Title"))
        elif it[0] == "h":
            add(_para(it[1], style="Heading2"))
        elif it[0] == "bul":
            d.add_paragraph(it[1], style="List Bullet")
        elif it[0] == "tbl":
            add(_table(it[1], it[2] if len(it) > 2 else None))
            add(_para(""))
        else:
            raise ValueError(it[0])
    d.save(path)
    return path


def write_pdf_j(path: Path, items) -> Path:
    """The shared PDF builder: lines, ("row", [(x, text)]) for two-column tick-lists,
    ("grid", widths, rows) for ruled tables, ("box", ...), ("title"|"h"|"bul", text)."""
    return write_pdf(path, items)
