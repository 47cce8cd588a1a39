"""Lay an abstract form out as a Word file with python-docx (and raw WordprocessingML
for what python-docx cannot write: content controls, legacy fields, text boxes)."""
from __future__ import annotations

import random

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from tests.parsers.variants_data import (TICK_STYLES, YESNO_STYLES, Form, Ticks, YesNo, tick_cell, tick_line,
                                         yesno_text)

_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _run(p, text: str, bold=False):
    r = p.add_run(text)
    r.bold = bold or None
    return r


def _wingdings(p, checked: bool):
    """Word's Insert > Symbol tick box: a w:sym in the Wingdings font."""
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'))


def _mark(p, caption: str, checked: bool, style: str):
    if style == "wingdings":
        _wingdings(p, checked)
        _run(p, " " + caption)
    else:
        _run(p, tick_line(caption, checked, style))


def _title(doc, form: Form, in_header: bool):
    if in_header:
        doc.sections[0].header.paragraphs[0].text = form.title
        doc.sections[0].header.add_paragraph("Please return securely to the Education Welfare team")
    else:
        doc.add_heading(form.title, level=1)


def render_paragraphs(form: Form, path, rng: random.Random, shape: str) -> dict:
    """docx_colon ("Label: value"), docx_tabs ("Label<TAB>value"), docx_header (title only in the header)."""
    doc = Document()
    tick = rng.choice(TICK_STYLES + ["wingdings"])
    yn = rng.choice(YESNO_STYLES)
    bold = rng.random() < 0.5
    _title(doc, form, shape == "docx_header")
    for s in form.sections:
        if rng.random() < 0.5:
            doc.add_heading(s.heading, level=2)
        else:
            _run(doc.add_paragraph(), s.heading, bold=True)
        for it in s.items:
            if isinstance(it, Ticks):
                _run(doc.add_paragraph(), it.label + ("" if it.label.endswith(("?", ")")) else ":"), bold=bold)
                for caption, checked in it.options:
                    _mark(doc.add_paragraph(), caption, checked, tick)
                continue
            value = yesno_text(it.value, yn) if isinstance(it, YesNo) else it.value
            p = doc.add_paragraph()
            sep = "\t" if shape == "docx_tabs" else (" " if it.label.endswith("?") else ": ")
            _run(p, it.label + sep, bold=bold)
            lines = value.split("\n")
            for k, line in enumerate(lines):
                r = _run(p, line)
                if k < len(lines) - 1:
                    r.add_break()
    doc.save(str(path))
    return {"tick": tick, "yesno": yn, "bold": bold}


def _cell_text(cell, text: str, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for k, line in enumerate(text.split("\n")):
        if k:
            p = cell.add_paragraph()
        _run(p, line, bold)


def render_table(form: Form, path, rng: random.Random, shape: str) -> dict:
    """docx_table2 / docx_table4 (merged header cells) / docx_below (labels row, values row)."""
    doc = Document()
    tick = rng.choice(TICK_STYLES + ["wingdings"])
    yn = rng.choice(YESNO_STYLES)
    cols = {"docx_table2": 2, "docx_table4": 4, "docx_below": 3}[shape]
    bold = shape == "docx_below" or rng.random() < 0.5
    _title(doc, form, False)
    table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid"

    def merged_row(text: str, bold_=True):
        row = table.add_row()
        cell = row.cells[0].merge(row.cells[-1])
        _cell_text(cell, text, bold_)
        return cell

    for s in form.sections:
        merged_row(s.heading)
        pending: list = []
        for it in s.items + [None]:
            if it is not None and not isinstance(it, Ticks):
                pending.append(it)
                continue
            _table_fields(table, pending, cols, yn, bold, shape)
            pending = []
            if isinstance(it, Ticks):
                merged_row(it.label, bold_=bold)
                per = max(1, cols // 2)
                for k in range(0, len(it.options), per):
                    row = table.add_row()
                    for j, (caption, checked) in enumerate(it.options[k:k + per]):
                        _cell_text(row.cells[2 * j], caption)
                        if tick == "wingdings":
                            row.cells[2 * j + 1].text = ""
                            _wingdings(row.cells[2 * j + 1].paragraphs[0], checked)
                        else:
                            _cell_text(row.cells[2 * j + 1], tick_cell(checked, tick))
    doc.save(str(path))
    return {"tick": tick, "yesno": yn, "bold": bold}


def _table_fields(table, items: list, cols: int, yn: str, bold: bool, shape: str):
    vals = [yesno_text(it.value, yn) if isinstance(it, YesNo) else it.value for it in items]
    if shape == "docx_below":
        for k in range(0, len(items), cols):
            labels, values = table.add_row(), table.add_row()
            for j, (it, v) in enumerate(zip(items[k:k + cols], vals[k:k + cols])):
                _cell_text(labels.cells[j], it.label, bold)
                _cell_text(values.cells[j], v)
        return
    per = cols // 2
    for k in range(0, len(items), per):
        row = table.add_row()
        for j, (it, v) in enumerate(zip(items[k:k + per], vals[k:k + per])):
            _cell_text(row.cells[2 * j], it.label, bold)
            _cell_text(row.cells[2 * j + 1], v)


# ------------------------------------------------------------------ fields
def _sdt_text(tag: str, value: str) -> str:
    runs = "".join((f'<w:r><w:br/></w:r>' if k else "") + f'<w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r>'
                   for k, line in enumerate(value.split("\n")))
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val=""/><w:tag w:val="{tag}"/><w:text w:multiLine="1"/>'
            f'</w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>')


def _sdt_check(tag: str, checked: bool) -> str:
    return (f'<w:sdt {nsdecls("w")} {_W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
            f'<w14:checked w14:val="{1 if checked else 0}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')


def _legacy_text(name: str, value: str) -> list[str]:
    w = nsdecls("w")
    return [f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {w}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {w}><w:t xml:space="preserve">{_esc(value.replace(chr(10), ", "))}</w:t></w:r>',
            f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>']


def _legacy_check(name: str, checked: bool) -> list[str]:
    w = nsdecls("w")
    return [f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox></w:ffData>'
            f'</w:fldChar></w:r>',
            f'<w:r {w}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>']


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_fields(form: Form, path, rng: random.Random, shape: str) -> dict:
    """docx_sdt (content controls tagged Text1...) / docx_legacy (FORMTEXT Text1...) /
    docx_textbox (the child's details typed in a text box)."""
    doc = Document()
    in_table = rng.random() < 0.5 and shape != "docx_textbox"
    n = {"t": 0, "c": 0}

    def text_ctl(value: str) -> list[str]:
        n["t"] += 1
        return [_sdt_text(f"Text{n['t']}", value)] if shape == "docx_sdt" else _legacy_text(f"Text{n['t']}", value)

    def check_ctl(checked: bool) -> list[str]:
        n["c"] += 1
        return [_sdt_check(f"Check{n['c']}", checked)] if shape == "docx_sdt" \
            else _legacy_check(f"Check{n['c']}", checked)

    _title(doc, form, rng.random() < 0.3)
    table = doc.add_table(rows=0, cols=2) if in_table else None
    if table is not None:
        table.style = "Table Grid"
    for si, s in enumerate(form.sections):
        if shape == "docx_textbox" and si == 0:
            _textbox(doc, s)
            continue
        _run(doc.add_paragraph() if table is None else table.add_row().cells[0].paragraphs[0], s.heading, True)
        for it in s.items:
            if isinstance(it, Ticks):
                p = doc.add_paragraph() if table is None else table.add_row().cells[0].paragraphs[0]
                _run(p, it.label)
                for caption, checked in it.options:
                    p = doc.add_paragraph()
                    for x in check_ctl(checked):
                        p._p.append(parse_xml(x))
                    _run(p, " " + caption)
                continue
            if table is not None:
                row = table.add_row()
                _run(row.cells[0].paragraphs[0], it.label)
                p = row.cells[1].paragraphs[0]
            else:
                p = doc.add_paragraph()
                _run(p, it.label + ("" if it.label.endswith("?") else ":") + " ")
            if isinstance(it, YesNo):
                for word in ("Yes", "No"):
                    for x in check_ctl((word == "Yes") == it.value):
                        p._p.append(parse_xml(x))
                    _run(p, f" {word}  ")
            elif shape == "docx_textbox":
                _run(p, it.value.replace("\n", ", "))
            else:
                for x in text_ctl(it.value):
                    p._p.append(parse_xml(x))
    doc.save(str(path))
    return {"in_table": in_table}


def _textbox(doc, section):
    """A VML text box holding one section, as forms drawn in Word 2007 have."""
    paras = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{_esc(section.heading)}</w:t></w:r></w:p>'
    for it in section.items:
        value = yesno_text(it.value, "word") if isinstance(it, YesNo) else it.value.replace("\n", ", ")
        paras += f'<w:p><w:r><w:t xml:space="preserve">{_esc(it.label)}: {_esc(value)}</w:t></w:r></w:p>'
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict><v:shape style="width:450pt;height:200pt">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))
    doc.add_paragraph()
