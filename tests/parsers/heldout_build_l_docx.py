"""Set L builders (Word): WordprocessingML that Word and other editors write and the earlier
sets never made - ticks as w:sym symbols (Wingdings, MS Gothic) or as Wingdings letters typed
as text ("þ", "¨"), smart tags and custom XML around the answers, paragraphs in positioned
text frames (w:framePr) written column by column, a table inside a text box, table rows in a
repeating-section content control and cells inside content controls, the form's heading in
the first-page header only, Strict Open XML (the purl.oclc.org namespaces), and a bare
package with no styles whose runs are split mid-word, as online editors export.

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

import zipfile
from itertools import count
from pathlib import Path

import docx
from docx.oxml import parse_xml

from tests.parsers.heldout_build_f import textbox_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_NS = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
_ids = count(300)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class _Writer:
    def __init__(self, split: bool):
        self.split = split  # an online editor's export: every few characters its own run

    def run(self, text: str, rpr: str = "") -> str:
        if not self.split or len(text) < 4:
            return f'<w:r>{rpr and f"<w:rPr>{rpr}</w:rPr>"}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
        out, i, sizes = [], 0, (3, 1, 4, 2, 5)
        rpr = ('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>' + rpr
               + ("" if "w:sz" in rpr else '<w:sz w:val="22"/>'))
        for k in count():
            chunk = text[i:i + sizes[k % 5]]
            if not chunk:
                break
            out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_esc(chunk)}</w:t></w:r>')
            if k == 0:
                n = next(_ids)
                out.append(f'<w:bookmarkStart w:id="{n}" w:name="kix.{n}"/><w:bookmarkEnd w:id="{n}"/>')
            if k == 1:
                out.append('<w:proofErr w:type="spellStart"/>')
            i += sizes[k % 5]
        return "".join(out)

    def part(self, p) -> str:
        if isinstance(p, str):
            return self.run(p)
        kind = p[0]
        if kind == "b":
            return self.run(p[1], "<w:b/>")
        if kind == "sym":   # ("sym", font, char): Insert > Symbol
            return f'<w:r><w:sym w:font="{p[1]}" w:char="{p[2]}"/></w:r>'
        if kind == "font":  # ("font", font, text): letters typed in a symbol font
            return self.run(p[2], f'<w:rFonts w:ascii="{p[1]}" w:hAnsi="{p[1]}"/>')
        if kind == "smart":  # ("smart", element, text): a smart tag Word 2003-2007 wrapped
            return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                    f'w:element="{p[1]}">{self.run(p[2])}</w:smartTag>')
        if kind == "cx":    # ("cx", element, text): custom XML markup around the answer
            return f'<w:customXml w:uri="urn:school-forms" w:element="{p[1]}">{self.run(p[2])}</w:customXml>'
        raise ValueError(kind)

    def para(self, parts, ppr: str = "") -> str:
        if isinstance(parts, (str, tuple)):
            parts = [parts]
        return f'<w:p>{ppr and f"<w:pPr>{ppr}</w:pPr>"}{"".join(self.part(p) for p in parts)}</w:p>'

    def heading(self, text, level, styled: bool) -> str:
        if styled:
            return self.para(text, f'<w:pStyle w:val="{"Title" if level == 0 else "Heading2"}"/>')
        size = 40 if level == 0 else 26
        rpr = f'<w:b/><w:sz w:val="{size}"/>'
        return f"<w:p>{self.run(text, rpr)}</w:p>"

    def cell(self, spec) -> str:
        if isinstance(spec, tuple) and spec[0] == "csdt":   # a content control around the cell
            return (f'<w:sdt><w:sdtPr><w:id w:val="{next(_ids)}"/></w:sdtPr><w:sdtContent>'
                    f'{self.cell(spec[1])}</w:sdtContent></w:sdt>')
        if isinstance(spec, tuple) and spec[0] == "span":
            return (f'<w:tc><w:tcPr><w:gridSpan w:val="{spec[1]}"/></w:tcPr>'
                    f'{self.para(spec[2])}</w:tc>')
        return f"<w:tc>{self.para(spec)}</w:tc>"

    def row(self, cells, cols) -> str:
        if len(cells) == 1 and cols > 1:
            cells = [("span", cols, cells[0])]
        return f'<w:tr>{"".join(self.cell(c) for c in cells)}</w:tr>'

    def table(self, rows, repeating=()) -> str:
        """rows: lists of cells; rows whose index is in repeating are each one item of a
        repeating-section content control (Word 2013+)."""
        cols = max(len(r) for r in rows)
        grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // cols) for _ in range(cols))
        body, section = [], []
        for i, r in enumerate(rows):
            xml = self.row(r, cols)
            if i in repeating:
                section.append(f'<w:sdt><w:sdtPr><w:id w:val="{next(_ids)}"/><w15:repeatingSectionItem/>'
                               f'</w:sdtPr><w:sdtContent>{xml}</w:sdtContent></w:sdt>')
                continue
            body.append(xml)
        if section:
            body.append(f'<w:sdt><w:sdtPr><w:id w:val="{next(_ids)}"/><w15:repeatingSection/>'
                        f'</w:sdtPr><w:sdtContent>{"".join(section)}</w:sdtContent></w:sdt>')
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                f'<w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>')

    def frame(self, x, y, text) -> str:
        """A paragraph in a text frame at (x, y) twips from the page's top-left corner."""
        ppr = (f'<w:framePr w:w="3400" w:h="300" w:hRule="exact" w:hSpace="180" w:wrap="around" '
               f'w:vAnchor="page" w:hAnchor="page" w:x="{x}" w:y="{y}"/>')
        return self.para(text, ppr)

    def item(self, it, styled: bool) -> str:
        if isinstance(it, str):
            return self.para(it)
        kind = it[0]
        if kind == "p":
            return self.para(it[1])
        if kind in ("title", "h"):
            return self.heading(it[1], 0 if kind == "title" else 2, styled)
        if kind == "tbl":       # ("tbl", rows[, repeating row indexes])
            return self.table(it[1], it[2] if len(it) > 2 else ()) + self.para("")
        if kind == "frames":    # ("frames", [(x, y, text), ...]) in the order given
            return "".join(self.frame(*f) for f in it[1])
        if kind == "txtbl":     # ("txtbl", rows): a table inside a text box
            return textbox_xml(self.table(it[1]) + self.para(""))
        if kind == "page":
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        raise ValueError(kind)


def _body(w: _Writer, items, styled) -> str:
    return "".join(w.item(it, styled) for it in items if it[0] not in ("hdr1", "hdr"))


def _word(path: Path, items) -> Path:
    """A document from Word's own template; ("hdr1", items) / ("hdr", items) fill the
    first-page header (the section then has a different first page) and the other pages'."""
    d = docx.Document()
    w = _Writer(split=False)
    body = d.element.body
    for it in items:
        if it[0] in ("hdr1", "hdr"):
            sec = d.sections[0]
            if it[0] == "hdr1":
                sec.different_first_page_header_footer = True
            part = sec.first_page_header if it[0] == "hdr1" else sec.header
            part.is_linked_to_previous = False
            anchor = part._element.xpath("./w:p")[0]
            for sub in it[1]:
                anchor.addprevious(parse_xml(f'<w:root {_NS}>{w.item(sub, True)}</w:root>')[0])
            continue
        for el in parse_xml(f'<w:root {_NS}>{w.item(it, True)}</w:root>'):
            body.sectPr.addprevious(el)
    d.save(path)
    return path


_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')


def _package(path: Path, items, strict: bool) -> Path:
    """A package written by hand: Strict Open XML as Word's "Strict Open XML Document" save
    writes its namespaces, or a bare transitional one with no styles part (online editors)."""
    w = _Writer(split=not strict)
    body = _body(w, items, styled=False)
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" ' \
           'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_NS}>'
           f'<w:body>{body}{sect}</w:body></w:document>')
    rel_type = (STRICT_R if strict else R) + "/officeDocument"
    if strict:
        doc = doc.replace(W, STRICT_W).replace(R, STRICT_R)
        doc = doc.replace('<w:document ', '<w:document w:conformance="strict" ')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_type}" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
    return path


def write_docx_l(path: Path, spec) -> Path:
    """spec: (shape, items); shape "word" (Word's template), "strict" (Strict Open XML) or
    "bare" (no styles, runs split mid-word, bookmarks and proofing marks between them).
    Items: str or ("p", parts) a paragraph; ("title"|"h", text); ("tbl", rows[, repeating
    rows]); ("frames", [(x, y, text)]); ("txtbl", rows); ("hdr1"|"hdr", items); ("page",).
    Parts: str, ("b", text), ("sym", font, hex char), ("font", font, text),
    ("smart", element, text), ("cx", element, text). A cell may be ("csdt", cell)."""
    shape, items = spec
    if shape == "word":
        return _word(path, items)
    return _package(path, items, strict=shape == "strict")
