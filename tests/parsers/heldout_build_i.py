"""Set I builders: the authority's own templates (forms/built) filled the way people fill
them, then saved in the shapes that reach the CME team.

PDF: "fill" types the values into the fillable template exactly as given (no date
reformatting, a typed word in the sex drop-down kept as typed); "flat" does the same and
then prints it to PDF the way a print driver does: the template's own page text stays, every
widget goes, and each value becomes plain page text drawn inside its box (a tick becomes a
check glyph).
Word: "fill" types into the content controls exactly as given; "unwrapped" does the same and
then removes every control, leaving its runs in place (an empty control keeps its grey
placeholder sentence as ordinary text); "overtyped" is "fill" where the given paths were typed
after the placeholder sentence instead of over it, so the box reads
"Click or tap here to enter text.Smith".

Written before reading the reader, like the earlier sets' builders.
"""
from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen import canvas

import tests.parsers.heldout_build  # noqa: F401  (registers the HoSans fonts)

TEMPLATES = Path(__file__).resolve().parents[2] / "forms" / "built"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
PLACEHOLDER = {"date": "Click or tap to enter a date.", "choice": "Choose an item."}
TEXT_PLACEHOLDER = "Click or tap here to enter text."


def _truthy(v) -> bool:
    return v is True or (isinstance(v, str) and v.strip().lower() in {"yes", "x", "true"})


# --- PDF ------------------------------------------------------------------------------

def _fill_pdf(form_type: str, values: dict) -> PdfWriter:
    reader = PdfReader(str(TEMPLATES / f"{form_type}.pdf"))
    unknown = set(values) - set(reader.get_fields() or {})
    if unknown:
        raise KeyError(f"not fields of the {form_type} template: {sorted(unknown)}")
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        page_values = {}
        for annot in page.get("/Annots", []):
            w = annot.get_object()
            name = w.get("/T")
            if name not in values:
                continue
            if w.get("/FT") == "/Btn":
                on = [k for k in w["/AP"]["/N"] if k != "/Off"][0]
                page_values[name] = NameObject(on if _truthy(values[name]) else "/Off")
            else:
                page_values[name] = str(values[name])
        if page_values:
            writer.update_page_form_field_values(page, page_values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    return writer


def _overlay(pages, values: dict) -> bytes:
    """Plain text pages, one per form page: each widget's value drawn where a viewer shows it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in pages:
        box = page.mediabox
        c.setPageSize((float(box.width), float(box.height)))
        for annot in page.get("/Annots", []):
            w = annot.get_object()
            name = w.get("/T")
            if name not in values:
                continue
            x1, y1, x2, y2 = (float(v) for v in w["/Rect"])
            v = values[name]
            c.setFont("HoSans", 9)
            if w.get("/FT") == "/Btn":
                if _truthy(v):
                    c.drawString(x1 + 1.5, y1 + 2, "\u2714")
                continue
            lines = str(v).split("\n")
            if y2 - y1 > 20:  # a multi-line box: written from its top down
                for i, line in enumerate(lines):
                    c.drawString(x1 + 2, y2 - 11 - i * 11, line)
            else:
                c.drawString(x1 + 2, y1 + 4.5, " ".join(lines))
        c.showPage()
    c.save()
    return buf.getvalue()


def write_pdf_i(path: Path, spec) -> Path:
    """spec: (mode, form_type, values); mode "fill" or "flat"."""
    mode, form_type, values = spec
    writer = _fill_pdf(form_type, values)
    if mode == "flat":
        printed = PdfReader(io.BytesIO(_overlay(writer.pages, values)))
        for page, over in zip(writer.pages, printed.pages):
            page.merge_page(over)
            if "/Annots" in page:
                del page[NameObject("/Annots")]
        del writer._root_object[NameObject("/AcroForm")]
        writer.add_metadata({"/Producer": "Microsoft: Print To PDF"})
    elif mode != "fill":
        raise ValueError(mode)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


# --- Word -----------------------------------------------------------------------------

def _runs(text: str, style: str | None = None) -> list:
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append(parse_xml(f'<w:r {nsdecls("w")}><w:br/></w:r>'))
        t = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>'))
    return out


def _fill_control(sdt, v, after_placeholder: bool) -> None:
    pr, content = sdt.find(qn("w:sdtPr")), sdt.find(qn("w:sdtContent"))
    box = pr.find(f"{W14}checkbox")
    if box is not None:
        on = _truthy(v)
        box.find(f"{W14}checked").set(f"{W14}val", "1" if on else "0")
        for t in content.iter(qn("w:t")):
            t.text = "\u2612" if on else "\u2610"
        return
    kept = [r for r in content if r.tag == qn("w:r")] if after_placeholder else []
    for ph in pr.findall(qn("w:showingPlcHdr")):
        pr.remove(ph)
    for child in list(content):
        content.remove(child)
    for r in kept:  # the grey placeholder sentence, still there in front of the answer
        content.append(r)
    if isinstance(v, tuple):  # ("date", iso, shown): a date picker's stored date and its text
        pr.find(qn("w:date")).set(qn("w:fullDate"), f"{v[1]}T00:00:00Z")
        v = v[2]
    for r in _runs(str(v)):
        content.append(r)


def _unwrap(body) -> None:
    for sdt in list(body.iter(qn("w:sdt"))):
        content = sdt.find(qn("w:sdtContent"))
        parent = sdt.getparent()
        at = parent.index(sdt)
        for i, child in enumerate(list(content)):
            parent.insert(at + i, child)
        parent.remove(sdt)


def write_docx_i(path: Path, spec) -> Path:
    """spec: (mode, form_type, values) or ("overtyped", form_type, values, [paths]);
    mode "fill", "unwrapped" or "overtyped". A value may be ("date", iso, shown text)."""
    mode, form_type, values = spec[:3]
    overtyped = set(spec[3]) if mode == "overtyped" else set()
    d = docx.Document(str(TEMPLATES / f"{form_type}.docx"))
    by_tag = {}
    for sdt in d.element.body.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None:
            by_tag[tag.get(qn("w:val"))] = sdt
    unknown = set(values) - set(by_tag)
    if unknown:
        raise KeyError(f"not fields of the {form_type} template: {sorted(unknown)}")
    for p, v in values.items():
        _fill_control(by_tag[p], v, p in overtyped)
    if mode == "unwrapped":
        _unwrap(d.element.body)
    elif mode not in ("fill", "overtyped"):
        raise ValueError(mode)
    d.save(str(path))
    return path
