"""Set H builders (Word): the structure of real schools' Word files that the earlier
builders could not make - tracked changes (w:ins kept, w:del dropped), hyperlinks, smart
tags and simple fields around answers, vertically merged label cells, repeated header
rows, two label/answer pairs per row, answers merged across grid columns, empty spacer
columns, and text boxes written twice (DrawingML choice and VML fallback).

Written before reading the reader, like the earlier sets' builders. The tables are raw
WordprocessingML so that the merge and header markup is exactly what Word writes.
"""
from __future__ import annotations

from itertools import count
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

_MC = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
_ids = count(200)
_WHEN = 'w:author="Office Manager" w:date="2026-11-20T09:14:00Z"'


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run(text: str, bold=False, tag="w:t") -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


class _Doc:
    """The document being written, so parts that need a relationship (hyperlinks) can ask."""

    def __init__(self):
        self.d = docx.Document()

    def part(self, p) -> str:
        if isinstance(p, str):
            return _run(p)
        kind = p[0]
        if kind == "b":
            return _run(p[1], bold=True)
        if kind == "ins":  # typed with track changes on: part of the form now
            return f'<w:ins w:id="{next(_ids)}" {_WHEN}>{_run(p[1])}</w:ins>'
        if kind == "del":  # struck out with track changes on: no longer what the form says
            return f'<w:del w:id="{next(_ids)}" {_WHEN}>{_run(p[1], tag="w:delText")}</w:del>'
        if kind == "link":  # ("link", shown, target): an external hyperlink (mailto:, https:)
            rid = self.d.part.relate_to(p[2], RT.HYPERLINK, is_external=True)
            return (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr>'
                    f'<w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{_esc(p[1])}'
                    '</w:t></w:r></w:hyperlink>')
        if kind == "smart":  # ("smart", text, element): Word's smart tag around a place or date
            el = p[2] if len(p) > 2 else "place"
            return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                    f'w:element="{el}">{_run(p[1])}</w:smartTag>')
        if kind == "fld":  # ("fld", instruction, shown result): a simple field, e.g. MERGEFIELD
            return f'<w:fldSimple w:instr=" {_esc(p[1])} ">{_run(p[2])}</w:fldSimple>'
        if kind == "tick":
            return _run("\u2612" if p[1] else "\u2610")
        raise ValueError(kind)

    def para(self, parts, style=None, ns=True) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        if isinstance(parts, (str, tuple)):
            parts = [parts]
        decl = f' {nsdecls("w", "r")}' if ns else ""
        return f'<w:p{decl}>{ppr}{"".join(self.part(p) for p in parts)}</w:p>'

    def cell(self, spec, width) -> str:
        """spec: text | [parts] | ("paras", [parts, ...]) | ("vm", content) = first cell of a
        vertical merge | ("vm",) = a cell merged into the one above | ("span", n, content)."""
        pr, span = "", 1
        if isinstance(spec, tuple) and spec[0] == "vm":
            pr = '<w:vMerge w:val="restart"/>' if len(spec) > 1 else "<w:vMerge/>"
            spec = spec[1] if len(spec) > 1 else ""
        elif isinstance(spec, tuple) and spec[0] == "span":
            span, spec = spec[1], spec[2]
            pr = f'<w:gridSpan w:val="{span}"/>'
        paras = spec[1] if isinstance(spec, tuple) and spec[0] == "paras" else [spec]
        body = "".join(self.para(p, ns=False) for p in paras)
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width * span}" w:type="dxa"/>{pr}</w:tcPr>'
                f'{body}</w:tc>')

    def table(self, rows, widths=None, header=False) -> str:
        cols = max(sum(c[1] if isinstance(c, tuple) and c[0] == "span" else 1 for c in r)
                   for r in rows)
        widths = widths or [9000 // cols] * cols
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = []
        for i, r in enumerate(rows):
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header and i == 0 else ""
            cells, col = [], 0
            for c in r:
                cells.append(self.cell(c, widths[min(col, cols - 1)]))
                col += c[1] if isinstance(c, tuple) and c[0] == "span" else 1
            out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
        return (f'<w:tbl {nsdecls("w", "r")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>'
                f'<w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>')

    def textbox(self, paras) -> str:
        """A text box as Word 2010+ saves it: the wps shape, and a VML fallback for older
        readers holding the very same paragraphs."""
        body = "".join(self.para(p, ns=False) for p in paras)
        sid = next(_ids)
        drawing = (
            '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            'simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">'
            '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
            '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="1500000"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{sid}" '
            f'name="Text Box {sid}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" '
            'cy="1500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" '
            'vert="horz" wrap="square" anchor="t"/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing>')
        vml = (f'<w:pict><v:shape id="Text Box {sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
               'style="width:425pt;height:118pt" xmlns:o="urn:schemas-microsoft-com:office:office">'
               f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>')
        return (f'<w:p {nsdecls("w", "r")} {_MC}><w:r><mc:AlternateContent>'
                f'<mc:Choice Requires="wps">{drawing}</mc:Choice>'
                f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')

    def add(self, xml: str) -> None:
        body = self.d.element.body
        body.sectPr.addprevious(parse_xml(xml))


def write_docx_h(path: Path, items) -> Path:
    """items: str or ("p", [parts]) paragraph; ("title"|"h", text); ("page",) page break;
    ("tbl", rows) / ("tbl", rows, {"widths": [twips], "header": True}) a ruled table;
    ("txbx", [paragraphs]) a text box with its VML fallback. Parts: str, ("b", t),
    ("ins", t), ("del", t), ("link", t, url), ("smart", t[, element]), ("fld", instr, t),
    ("tick", bool). Cells: see _Doc.cell."""
    doc = _Doc()
    for it in items:
        if isinstance(it, str):
            doc.add(doc.para(it))
        elif it[0] == "p":
            doc.add(doc.para(it[1]))
        elif it[0] == "title":
            doc.add(doc.para(it[1], style="Title"))
        elif it[0] == "h":
            doc.add(doc.para(it[1], style="Heading2"))
        elif it[0] == "page":
            doc.add(f'<w:p {nsdecls("w")}><w:r><w:br w:type="page"/></w:r></w:p>')
        elif it[0] == "tbl":
            opts = it[2] if len(it) > 2 else {}
            doc.add(doc.table(it[1], opts.get("widths"), opts.get("header", False)))
            doc.add(doc.para(""))  # Word always ends a table with a paragraph after it
        elif it[0] == "txbx":
            doc.add(doc.textbox(it[1]))
        else:
            raise ValueError(it[0])
    doc.d.save(path)
    return path
