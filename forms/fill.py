"""Fill the built templates exactly as a school would, for tests and the demo.

values maps a field path (the AcroForm name / content-control tag) to text, or
to a bool for a checkbox. Dates may be given ISO ("2015-03-07") and are written
the way a person types them (07/03/2015). A path the template lacks is a
KeyError naming the paths only, never their values.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Mapping, Union

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from forms.definitions import find_field

Value = Union[str, bool]
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_UK = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TRUE = {"yes", "y", "true", "x", "1", "on", "ticked"}


def _as_bool(v: Value) -> bool:
    return v if isinstance(v, bool) else str(v).strip().lower() in _TRUE


def _parse_date(v: str) -> date | None:
    m = _ISO.match(v.strip())
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = _UK.match(v.strip())
        if not m:
            return None
        d, mo, y = map(int, m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _uk(v: str) -> str:
    d = _parse_date(v) if _ISO.match(v.strip()) else None
    return d.strftime("%d/%m/%Y") if d else v


def _unknown(values: Mapping[str, Value], known: set[str]) -> None:
    missing = sorted(set(values) - known)
    if missing:
        raise KeyError(f"not fields of this template: {', '.join(missing)}")


# --- PDF -----------------------------------------------------------------------

def _options(path: str) -> tuple[tuple[str, str], ...]:
    f = find_field(path)
    return f.options if f else ()


def _pdf_value(widget, v: Value):
    ft = widget.get("/FT")
    if ft == "/Btn":
        on = [k for k in widget["/AP"]["/N"] if k != "/Off"][0]
        return NameObject(on if _as_bool(v) else "/Off")
    text = str(v)
    if ft == "/Ch":  # accept the contract value ("female") or the label ("Female")
        for val, label in _options(widget.get("/T")):
            if text.lower() in (val, label.lower()):
                return label
        return text
    if widget.get("/AA") is not None:  # a date field
        return _uk(text)
    return text


def fill_pdf(template: Path, values: Mapping[str, Value], out: Path) -> Path:
    reader = PdfReader(str(template))
    _unknown(values, set(reader.get_fields() or {}))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        page_values = {}
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            name = widget.get("/T")
            if name in values:
                page_values[name] = _pdf_value(widget, values[name])
        if page_values:
            writer.update_page_form_field_values(page, page_values, auto_regenerate=False)
    # Viewers redraw every field from its value, as they do for a form filled in Acrobat.
    writer.set_need_appearances_writer(True)
    with open(out, "wb") as fh:
        writer.write(fh)
    return Path(out)


# --- Word ----------------------------------------------------------------------

def _run(text: str, rpr: str = ""):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>')


def _set_text(content, text: str) -> None:
    for child in list(content):
        content.remove(child)
    for i, line in enumerate(text.split("\n")):
        if i:
            content.append(parse_xml(f'<w:r {nsdecls("w")}><w:br/></w:r>'))
        content.append(_run(line))


def _fill_sdt(sdt, v: Value) -> None:
    pr, content = sdt.find(qn("w:sdtPr")), sdt.find(qn("w:sdtContent"))
    checkbox = pr.find(f"{W14}checkbox")
    if checkbox is not None:
        on = _as_bool(v)
        checkbox.find(f"{W14}checked").set(f"{W14}val", "1" if on else "0")
        for t in content.iter(qn("w:t")):
            t.text = "\u2612" if on else "\u2610"
        return
    for ph in pr.findall(qn("w:showingPlcHdr")):
        pr.remove(ph)
    text = str(v)
    date_el, drop = pr.find(qn("w:date")), pr.find(qn("w:dropDownList"))
    if date_el is not None:
        d = _parse_date(text)
        if d is not None:
            date_el.set(qn("w:fullDate"), f"{d.isoformat()}T00:00:00Z")
            text = d.strftime("%d/%m/%Y")
    elif drop is not None:
        for item in drop.findall(qn("w:listItem")):
            if text.lower() in (item.get(qn("w:value"), "").lower(), item.get(qn("w:displayText"), "").lower()):
                text = item.get(qn("w:displayText"))
    _set_text(content, text)


def fill_docx(template: Path, values: Mapping[str, Value], out: Path) -> Path:
    doc = docx.Document(str(template))
    by_tag = {}
    for sdt in doc.element.body.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None:
            by_tag[tag.get(qn("w:val"))] = sdt
    _unknown(values, set(by_tag))
    for path, v in values.items():
        _fill_sdt(by_tag[path], v)
    doc.save(str(out))
    return Path(out)
