"""Set F builders (Word): the structures real schools' Word forms carry that the earlier
builders could not make - content controls, legacy form fields, text boxes, nested
tables, page headers and footers, glyph ticks. Real WordprocessingML, written with
python-docx and lxml the way Word itself writes it.

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

from itertools import count
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_WPS = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"')
_VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_ids = count(1000)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run(text: str, bold=False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def _sdt(pr: str, shown: str, placeholder=False) -> str:
    """An inline content control: properties, then the text shown in it."""
    sid = next(_ids)
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/>{ph}{pr}</w:sdtPr><w:sdtContent>'
            f'<w:r>{style}<w:t xml:space="preserve">{_esc(shown)}</w:t></w:r></w:sdtContent></w:sdt>')


def _part(p) -> str:
    """One inline piece of a paragraph (see write_docx_f)."""
    if isinstance(p, str):
        return _run(p)
    kind = p[0]
    if kind == "b":
        return _run(p[1], bold=True)
    if kind == "sdt":
        return _sdt("<w:text/>", p[1])
    if kind == "empty":  # a content control nobody filled in: Word's placeholder prompt
        return _sdt("<w:text/>", "Click or tap here to enter text.", placeholder=True)
    if kind == "date":  # ("date", iso, shown, format)
        fmt = p[3] if len(p) > 3 else "dd/MM/yyyy"
        pr = (f'<w:date w:fullDate="{p[1]}T00:00:00Z"><w:dateFormat w:val="{fmt}"/>'
              '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
              '<w:calendar w:val="gregorian"/></w:date>')
        return _sdt(pr, p[2])
    if kind == "drop":  # ("drop", shown, [options])
        items = "".join(f'<w:listItem w:displayText="{_esc(o)}" w:value="{_esc(o)}"/>' for o in p[2])
        return _sdt(f"<w:dropDownList>{items}</w:dropDownList>", p[1])
    if kind == "box":  # w14 checkbox content control, ticked or not
        val = "1" if p[1] else "0"
        pr = (f'<w14:checkbox {_W14}><w14:checked w14:val="{val}"/>'
              '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
              '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
        return _sdt(pr, "\u2612" if p[1] else "\u2610")
    if kind == "fftext":  # legacy FORMTEXT field; empty value shows Word's five spaces
        shown = p[1] or "\u2002" * 5
        name = f"Text{next(_ids)}"
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
                '</w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_esc(shown)}</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    if kind == "ffbox":  # legacy FORMCHECKBOX: w:checked overrides w:default
        name = f"Check{next(_ids)}"
        checked = f'<w:checked w:val="{1 if p[1] else 0}"/>' if len(p) < 3 else ""
        default = f'<w:default w:val="{p[2] if len(p) > 2 else 0}"/>'
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                f'<w:checkBox><w:sizeAuto/>{default}{checked}</w:checkBox>'
                '</w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    raise ValueError(kind)


def _para_xml(parts, style=None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    if isinstance(parts, str):
        parts = [parts]
    return f'<w:p {nsdecls("w")}>{ppr}{"".join(_part(p) for p in parts)}</w:p>'


def _textbox(paras, modern=True) -> str:
    """A floating text box. Word 2010+ writes it twice: the DrawingML shape and a VML
    fallback holding the same paragraphs; older files carry the VML one only."""
    return textbox_xml("".join(_para_xml(p).replace(f' {nsdecls("w")}', "") for p in paras), modern)


def textbox_xml(body: str, modern=True) -> str:
    """A text box paragraph around body (WordprocessingML without namespace declarations)."""
    vml = (f'<w:pict><v:shape id="tb{next(_ids)}" type="#_x0000_t202" style="width:220pt;height:90pt">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>')
    if not modern:
        return f'<w:p {nsdecls("w")} {_VML}><w:r>{vml}</w:r></w:p>'
    sid = next(_ids)
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="2794000" cy="1143000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{sid}" name="Text Box {sid}"/>'
        '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2794000" cy="1143000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'</wps:spPr><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    return (f'<w:p {nsdecls("w")} {_WPS} {_VML}><w:r><mc:AlternateContent>'
            f'<mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def _fill_cell(cell, content) -> None:
    """content: str, a list of parts (one paragraph), ("paras", [parts, ...]) or
    ("nested", rows) = a table inside the cell."""
    p0 = cell.paragraphs[0]._p
    if isinstance(content, tuple) and content[0] == "nested":
        _table(cell, content[1])
        return
    paras = content[1] if isinstance(content, tuple) and content[0] == "paras" else [content]
    for parts in paras:
        p0.addprevious(parse_xml(_para_xml(parts)))
    p0.getparent().remove(p0)


def _table(container, rows):
    cols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=cols)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        if len(r) == 1 and cols > 1:
            t.cell(i, 0).merge(t.cell(i, cols - 1))
        for j, c in enumerate(r):
            _fill_cell(t.cell(i, j), c)
    return t


def write_docx_f(path: Path, items) -> Path:
    """items: str or ("p", [parts]) paragraph; ("title"|"h", text); ("tbl", rows);
    ("header", [paragraphs]) / ("footer", [paragraphs]) on the page header or footer;
    ("txbx", [paragraphs]) a modern text box (with its VML fallback), ("vtxbx", ...) VML only;
    ("page",). Parts: str, ("b", text), ("sdt", text), ("empty",), ("date", iso, shown),
    ("drop", shown, options), ("box", ticked), ("fftext", text), ("ffbox", ticked)."""
    d = docx.Document()
    for it in items:
        if isinstance(it, str):
            d.add_paragraph(it)
        elif it[0] == "p":
            d.add_paragraph()._p.addnext(parse_xml(_para_xml(it[1])))
        elif it[0] == "title":
            d.add_heading(it[1], level=0)
        elif it[0] == "h":
            d.add_heading(it[1], level=2)
        elif it[0] == "page":
            d.add_page_break()
        elif it[0] == "tbl":
            _table(d, it[1])
        elif it[0] in ("header", "footer"):
            part = d.sections[0].header if it[0] == "header" else d.sections[0].footer
            part.is_linked_to_previous = False
            first = part.paragraphs[0]._p
            for parts in it[1]:
                first.addprevious(parse_xml(_para_xml(parts)))
        elif it[0] in ("txbx", "vtxbx"):
            d.add_paragraph()._p.addnext(parse_xml(_textbox(it[1], modern=it[0] == "txbx")))
        else:
            raise ValueError(it[0])
    d.save(path)
    return path
