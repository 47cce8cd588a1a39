"""Word reader: .docx (also .docm/.dotx and Strict OOXML) -> RawDocument.

Reads the package XML with lxml (no DTDs, no entities, no network) rather than
python-docx, because python-docx refuses Strict files, macro/template content
types and renamed main parts, while the text is all there. Body order is kept:
paragraphs, tables (nested too), content controls, legacy form fields and text
boxes all become entries in the order a person reads them.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from parsers.base import Provenance, Unreadable
from parsers.docx_frames import in_frame_order
from parsers.docx_para import CHECKED, EMPTY, MC, W, Control, Tokens, q, walk
from parsers.docx_table import table_entries
from parsers.raw import Entry, RawDocument

_STRICT = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": W.encode(),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/relationships",
}
_MAX_PART = 64 * 1024 * 1024  # no single XML part of a form is anywhere near this
_HEADING_STYLE = re.compile(r"^(heading|title|subtitle|kop|berschrift)", re.I)
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class Hostile(Exception):
    pass


def _parse(data: bytes):
    for strict, transitional in _STRICT.items():
        data = data.replace(strict, transitional)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, recover=False)
    root = etree.fromstring(data, parser)
    if root.getroottree().docinfo.doctype:
        raise Hostile()
    return root


def _read_part(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > _MAX_PART:
        raise Hostile()
    with zf.open(info) as fh:
        data = fh.read(_MAX_PART + 1)
    if len(data) > _MAX_PART:
        raise Hostile()
    return data


def _main_part(zf: zipfile.ZipFile) -> str:
    """The officeDocument target from _rels/.rels (a renamed part still works)."""
    names = set(zf.namelist())
    if "_rels/.rels" in names:
        rels = _parse(_read_part(zf, "_rels/.rels"))
        for rel in rels.iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in names:
                    return target
    if "word/document.xml" in names:
        return "word/document.xml"
    raise KeyError("no main document part")


def _header_parts(zf: zipfile.ZipFile, main: str) -> list[str]:
    base = posixpath.dirname(main)
    rels_name = posixpath.join(base, "_rels", posixpath.basename(main) + ".rels")
    out = []
    if rels_name in zf.namelist():
        for rel in _parse(_read_part(zf, rels_name)).iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("Type", "").endswith("/header"):
                target = posixpath.normpath(posixpath.join(base, rel.get("Target", "")))
                if target in zf.namelist():
                    out.append(target)
    return out


def read_docx(path: str | Path) -> RawDocument | Unreadable:
    try:
        with zipfile.ZipFile(path) as zf:
            main = _main_part(zf)
            root = _parse(_read_part(zf, main))
            headers = [_parse(_read_part(zf, h)) for h in _header_parts(zf, main)]
    except Hostile:
        return Unreadable("hostile", "Word part declares a DOCTYPE or is oversized")
    except KeyError:
        return Unreadable("wrong_type", "zip archive has no Word document part")
    except Exception as exc:  # noqa: BLE001 - broken zip or XML of any kind
        return Unreadable("damaged", type(exc).__name__)
    body = root.find(q("body"))
    if body is None:
        return Unreadable("wrong_type", "package has no Word document body")
    doc = RawDocument(kind="docx")
    block_entries(body, doc.entries)
    header_lines, header_cells = [], []
    for h in headers:
        sink: list[Entry] = []
        block_entries(h, sink)
        header_lines += [ln for e in sink for ln in (e.label or e.value).split("\n") if ln.strip()]
        # a header table's cells each a line ("Oak School | URN 112866"): its answers too
        header_cells += [ln for e in sink for part in (e.label, e.value) for ln in part.split("\n") if ln.strip()]
    doc.page_header = header_cells[:8]
    doc.title_lines = header_lines[:6] + _titles(doc.entries)
    doc.text = "\n".join(header_lines + [_entry_text(e) for e in doc.entries])
    return doc


def _entry_text(e: Entry) -> str:
    if e.kind == "heading":
        return e.label
    if e.kind in ("pair", "field", "tick"):
        if e.checked is not None:
            return f"{CHECKED if e.checked else EMPTY} {e.label} {e.value}".strip()
        return f"{e.label}: {e.value}" if e.label else e.value
    return e.value


def _titles(entries: list[Entry]) -> list[str]:
    """The first headings, before the form's fields start: the form's own name."""
    out = []
    for e in entries[:12]:
        if e.kind == "heading":
            out.append(e.label)
        elif e.kind == "text" and not out:  # letterhead lines above the title
            out += [ln for ln in e.value.split("\n") if ln.strip()][:3]
        elif e.kind in ("pair", "field") and out:
            break
    return out[:6]


def block_entries(container, out: list[Entry]) -> None:
    """Paragraphs and tables of a body, cell, text box or header, in order (text frames in
    the order the page shows them)."""
    for child in in_frame_order(container):
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == q("p"):
            paragraph_entries(child, out)
        elif tag == q("tbl"):
            table_entries(child, out, block_entries)
        elif tag == q("sdt"):
            content = child.find(q("sdtContent"))
            if content is not None:
                block_entries(content, out)
        elif tag in (q("customXml"), q("ins"), q("AlternateContent", MC), q("Choice", MC)):
            block_entries(child, out)


def _style(p) -> str:
    ppr = p.find(q("pPr"))
    st = ppr.find(q("pStyle")) if ppr is not None else None
    return st.get(q("val")) or "" if st is not None else ""


def paragraph_entries(p, out: list[Entry], context: str = "") -> None:
    toks = Tokens()
    walk(p, toks)
    controls = [t for t in toks.items if isinstance(t, Control)]
    if controls:
        control_entries(toks.items, out, context)
    else:
        _plain_entry(toks.items, bool(_HEADING_STYLE.match(_style(p))), out)
    for box in toks.boxes:
        block_entries(box, out)


def _plain_entry(items: list, heading_style: bool, out: list[Entry]) -> None:
    text = "".join(t for _, t in items).strip()
    if not text:
        return
    prov = Provenance(None, "paragraph", text)
    non_space = [(b, t) for b, t in items if t.strip()]
    n_bold = 0
    while n_bold < len(non_space) and non_space[n_bold][0]:
        n_bold += 1
    if heading_style or n_bold == len(non_space):
        if text.endswith(":") and not heading_style:
            out.append(Entry("pair", label=_label(text), value="", provenance=prov))
        else:
            out.append(Entry("heading", label=text, provenance=prov))
        return
    if n_bold and non_space[0][1].strip() not in (CHECKED, EMPTY):
        label = "".join(t for _, t in non_space[:n_bold])
        value = "".join(t for _, t in items[items.index(non_space[n_bold]):]).strip()
        out.append(Entry("pair", label=_label(label), value=value, provenance=prov))
        return
    head, tab, tail = text.partition("\t")
    if tab and head.strip() and tail.strip() and "\n" not in head:
        out.append(Entry("pair", label=_label(head), value=tail.strip(), provenance=prov))
        return
    out.append(Entry("text", value=text.replace("\t", " "), provenance=prov))


def _label(text: str) -> str:
    return " ".join(text.split()).rstrip(":").strip()


def control_entries(items: list, out: list[Entry], context: str = "") -> None:
    """Fields in a paragraph: each labelled by the text before it (or the cell
    to its left), tick boxes also by their caption (the text right after them)."""
    if _captions_before(items):
        _boxes_after_captions(items, out, context)
        return
    before: list[str] = []
    question = ""
    pending: list[tuple[Control, str]] = []  # tick boxes waiting for their caption
    first = True

    def flush_captions():
        caption = _label("".join(before))
        for ctl, q_label in pending:
            label = q_label or caption
            value = caption if q_label and caption else ""
            out.append(Entry("field", label=label, value=value, checked=ctl.checked, name=ctl.name,
                             provenance=Provenance(None, f"{ctl.source}:{ctl.name}", value)))
        pending.clear()

    for item in items:
        if isinstance(item, Control):
            if pending:
                flush_captions()
            elif first:
                question = _label("".join(before)) or context
            label = _label("".join(before)) if not first else question
            first = False
            before = []
            if item.checked is not None:
                pending.append((item, question))
            else:
                out.append(Entry("field", label=label or context, value=item.value, name=item.name,
                                 provenance=Provenance(None, f"{item.source}:{item.name}", item.value)))
        else:
            before.append(item[1])
    if pending:
        flush_captions()
    elif "".join(before).strip():
        rest = "".join(before).strip()
        out.append(Entry("text", value=rest, provenance=Provenance(None, "paragraph", rest)))


_YES_NO_TAIL = re.compile(r"^(.*?)[\s:?\-]*\b(yes|no|y|n)\s*$", re.I | re.S)


def _segments(items: list) -> list[str]:
    """The text before each tick box, and after the last one."""
    segs, cur = [], []
    for item in items:
        if isinstance(item, Control):
            segs.append("".join(cur))
            cur = []
        else:
            cur.append(item[1])
    return segs + ["".join(cur)]


def _captions_before(items: list) -> bool:
    """'Male ☒  Female ☐', 'Informed? Yes ☒ No ☐': every box comes after its caption, so
    nothing follows the last box and every box has words before it."""
    controls = [t for t in items if isinstance(t, Control)]
    if len(controls) < 2 or any(c.checked is None for c in controls):
        return False
    segs = _segments(items)
    return not segs[-1].strip() and all(s.strip() for s in segs[:-1])


def _boxes_after_captions(items: list, out: list[Entry], context: str) -> None:
    controls = [t for t in items if isinstance(t, Control)]
    segs = [_label(s) for s in _segments(items)[:-1]]
    question, first = context, segs[0]
    m = _YES_NO_TAIL.match(first)
    if not question and m and m.group(1).strip():
        question, first = _label(m.group(1)), m.group(2)      # "Informed? Yes ☒"
    elif not question and ":" in first:
        head, _, first = first.rpartition(":")                 # "Sex: Male ☒"
        question, first = _label(head), first.strip()
    for ctl, caption in zip(controls, [first] + segs[1:]):
        label, value = (question, caption) if question else (caption, "")
        out.append(Entry("field", label=label, value=value, checked=ctl.checked, name=ctl.name,
                         provenance=Provenance(None, f"{ctl.source}:{ctl.name}", value)))
