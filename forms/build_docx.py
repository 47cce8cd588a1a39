"""Word template with content controls from a form definition (python-docx plus raw OOXML).

Each field is one content control whose w:tag is the contract path and whose
w:alias is the printed label: plain text (w:text), date picker (w:date,
dd/MM/yyyy), checkbox (w14:checkbox, ☐/☒) or drop-down (w:dropDownList).
"""
from __future__ import annotations

import zipfile
from itertools import count
from pathlib import Path
from xml.sax.saxutils import quoteattr

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from forms.definitions import AUTHORITY, Field, FormDef

UNCHECKED, CHECKED = "\u2610", "\u2612"  # ☐ ☒, what Word shows for a checkbox control
PLACEHOLDER = {
    "text": "Click or tap here to enter text.",
    "multiline": "Click or tap here to enter text.",
    "date": "Click or tap to enter a date.",
    "choice": "Choose an item.",
}
PLACEHOLDER_STYLE = "PlaceholderText"
GLYPH_FONT = "MS Gothic"  # the font Word itself uses for checkbox glyphs


def _placeholder_run(kind: str) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="{PLACEHOLDER_STYLE}"/></w:rPr>'
            f"<w:t>{PLACEHOLDER[kind]}</w:t></w:r>")


def _type_xml(f: Field) -> str:
    if f.kind == "date":
        return ('<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    if f.kind == "check":
        return ('<w14:checkbox><w14:checked w14:val="0"/>'
                f'<w14:checkedState w14:val="2612" w14:font="{GLYPH_FONT}"/>'
                f'<w14:uncheckedState w14:val="2610" w14:font="{GLYPH_FONT}"/></w14:checkbox>')
    if f.kind == "choice":
        items = "".join(f"<w:listItem w:displayText={quoteattr(lbl)} w:value={quoteattr(val)}/>"
                        for val, lbl in f.options)
        return f'<w:dropDownList><w:listItem w:displayText="{PLACEHOLDER["choice"]}" w:value=""/>{items}</w:dropDownList>'
    if f.kind == "multiline":
        return '<w:text w:multiLine="1"/>'
    return "<w:text/>"


def content_control(f: Field, sdt_id: int):
    """A run-level w:sdt for the field, empty (placeholder shown, or ☐)."""
    if f.kind == "check":
        state, content = "", (
            f'<w:r><w:rPr><w:rFonts w:ascii="{GLYPH_FONT}" w:eastAsia="{GLYPH_FONT}" '
            f'w:hAnsi="{GLYPH_FONT}" w:hint="eastAsia"/></w:rPr><w:t>{UNCHECKED}</w:t></w:r>')
    else:
        state, content = "<w:showingPlcHdr/>", _placeholder_run(f.kind)
    xml = (f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr>'
           f"<w:alias w:val={quoteattr(f.label)}/><w:tag w:val={quoteattr(f.path)}/>"
           f'<w:id w:val="{sdt_id}"/>{state}{_type_xml(f)}</w:sdtPr>'
           f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")
    return parse_xml(xml)


def _setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, not the default Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    section.header.paragraphs[0].text = f"{AUTHORITY} | Children Missing Education Team"
    section.footer.paragraphs[0].text = "OFFICIAL - SENSITIVE (when completed)"


def build_docx(form: FormDef, out: Path) -> Path:
    out = Path(out)
    doc = Document()
    _setup(doc)
    doc.core_properties.title = form.title
    doc.core_properties.author = AUTHORITY
    doc.add_heading(form.title, level=1)
    doc.add_paragraph(form.intro)
    ids = count(100001)  # deterministic ids: a rebuild does not churn the XML
    for section in form.sections:
        doc.add_heading(section.title, level=2)
        if section.note:
            doc.add_paragraph().add_run(section.note).italic = True
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for f in section.fields:
            label_cell, value_cell = table.add_row().cells
            label_cell.width, value_cell.width = Cm(7), Cm(10.4)
            label_cell.text = f.label
            value_cell.paragraphs[0]._p.append(content_control(f, next(ids)))
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    _fix_zip_times(out)
    return out


def _fix_zip_times(path: Path) -> None:
    """Rewrite the package with fixed entry times, so a rebuild of an unchanged
    form is byte-identical and the committed file only changes when it should."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data)
