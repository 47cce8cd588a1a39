"""PDF reader: file -> RawDocument (entries in reading order) or Unreadable.

pypdf answers "is it encrypted?" and reads AcroForm widgets; pdfplumber gives
words with fonts, ruled tables and drawn boxes. Every library exception, of any
type, becomes Unreadable("damaged") naming only the exception type: these
libraries raise TypeError, AssertionError, RecursionError... on hostile files.
"""
from __future__ import annotations

import logging
from pathlib import Path

from parsers.base import Unreadable
from parsers.pdf_columns import by_columns
from parsers.pdf_flat import Item, line_items
from parsers.pdf_boxes import answer_items
from parsers.pdf_ink import clean_page
from parsers.pdf_overlay import boxed_characters, typed_text
from parsers.pdf_spacing import join_spaced
from parsers.pdf_table import table_items
from parsers.pdf_turn import as_written
from parsers.pdf_geom import (WORDS, Line, TICK_GLYPHS, body_size, caption_right, clean_label,
                              group_lines, join, label_above, label_left, reading_order)
from parsers.raw import RawDocument

log = logging.getLogger(__name__)

MAX_PAGES = 50          # a form is a few pages; bound the time a long file can take
_CHECK_MARKS = set("Xx✓✔✗✘■") | {"☒", "☑"}


def read_pdf(path: str | Path) -> RawDocument | Unreadable:
    try:
        return _read(Path(path))
    except Exception as exc:  # noqa: BLE001 - any library failure means "damaged"
        return Unreadable("damaged", type(exc).__name__)


def _open_pypdf(path: Path):
    """(reader or None, Unreadable or None). pypdf failing alone is not fatal."""
    from pypdf import PdfReader
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported crypto counts as locked
                ok = 0
            if not ok:
                return None, Unreadable("encrypted", "PDF needs a password")
        len(reader.pages)  # walks the page tree now, so a broken one is known here
        return reader, None
    except Exception as exc:  # noqa: BLE001
        log.debug("pypdf could not open a file: %s", type(exc).__name__)
        return None, Unreadable("damaged", type(exc).__name__)


def _read(path: Path) -> RawDocument | Unreadable:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    reader, problem = _open_pypdf(path)
    if problem and problem.reason_code == "encrypted":
        return problem
    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect:
        return Unreadable("encrypted", "PDF needs a password")
    except Exception as exc:  # noqa: BLE001
        return Unreadable("damaged", type(exc).__name__)
    with pdf:
        try:
            n_pages = len(pdf.pages)
        except Exception as exc:  # noqa: BLE001
            return Unreadable("damaged", type(exc).__name__)
        doc = RawDocument(kind="pdf", pages=n_pages)
        texts: list[str] = []
        has_images = False
        errors: list[str] = []
        for i, page in enumerate(pdf.pages[:MAX_PAGES]):
            page = as_written(page)   # a page turned sideways by /Rotate is read as written
            page = boxed_characters(typed_text(page))   # typed-on answers; a character a box
            widgets = _widgets(reader, i, page)
            try:
                items, lines = _page_items(page, i + 1, widgets)
            except Exception as exc:  # noqa: BLE001 - one bad page must not lose the rest
                errors.append(type(exc).__name__)
                continue
            doc.entries.extend(it.entry() for it in items)
            texts.append("\n".join(ln.text for ln in lines))
            has_images = has_images or bool(page.images)
            if i == 0:
                doc.title_lines = _titles(lines)
        doc.text = "\n".join(t for t in texts if t)
    if not doc.text.strip() and not doc.entries:
        if problem or errors:  # structure broken, not merely a picture
            return problem or Unreadable("damaged", errors[0])
        detail = "pages are images with no text layer" if has_images else "no text or form fields"
        return Unreadable("scanned", detail)
    return doc


def _widgets(reader, index: int, page) -> list:
    if reader is None:
        return []
    from parsers.pdf_acro import page_widgets
    from parsers.pdf_shown import join_character_widgets
    try:
        pp = reader.pages[index]
        box = pp.mediabox
        return join_character_widgets(page_widgets(pp, float(box.top), float(box.left)))
    except Exception as exc:  # noqa: BLE001 - widgets lost, printed text still read
        log.debug("widgets unreadable on a page: %s", type(exc).__name__)
        return []


def _titles(lines: list[Line]) -> list[str]:
    """Header and largest-type lines of page 1: where the form names itself."""
    if not lines:
        return []
    body = body_size(lines)
    big = [ln for ln in lines if ln.size >= body * 1.3]
    out = []
    if big:
        first = big[0].top
        out = [ln.text for ln in lines if ln.top < first][:4]
    out += [ln.text for ln in big[:6]]
    if not out:
        out = [ln.text for ln in lines[:2]]
    return out


def _drawn_boxes(page, words: list[dict]) -> list[dict]:
    """Small squares drawn on the page (not in a table): tick boxes, ticked or not."""
    boxes = []
    for r in page.rects:
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if 5 <= w <= 16 and 5 <= h <= 16 and abs(w - h) <= 2.5:
            boxes.append(dict(x0=r["x0"], x1=r["x1"], top=r["top"], bottom=r["bottom"]))
    boxes.sort(key=lambda b: (round(b["top"]), b["x0"]))
    out: list[dict] = []
    for b in boxes:  # a box drawn twice (fill + stroke) is one box
        if out and abs(out[-1]["x0"] - b["x0"]) < 2 and abs(out[-1]["top"] - b["top"]) < 2:
            continue
        marks = [c for c in words if c["text"] in _CHECK_MARKS and _inside(c, b)]
        strokes = [s for s in page.lines + page.curves if _inside(s, b)]
        b["checked"] = bool(marks or strokes)
        b["marks"] = marks
        out.append(b)
    return out


def _inside(obj: dict, box: dict) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box["x0"] - 1 <= cx <= box["x1"] + 1 and box["top"] - 1 <= cy <= box["bottom"] + 1


def _page_items(page, pageno: int, widgets: list) -> tuple[list[Item], list[Line]]:
    page = clean_page(page)    # leader dots, blanks' underscores and grey hints are no one's words
    chars = page.chars
    words = join_spaced(page.extract_words(extra_attrs=["fontname", "size"], **WORDS), chars)
    tables = page.find_tables() if (page.rects or page.lines) else []
    items: list[Item] = []
    for ti, table in enumerate(tables):
        items += table_items(table, chars, pageno, ti)
    tboxes = [t.bbox for t in tables]
    free = [w for w in words if not any(_inside(w, dict(x0=b[0], top=b[1], x1=b[2], bottom=b[3]))
                                        for b in tboxes)]
    drawn = [b for b in _drawn_boxes(page, free) if not widgets]
    marked = {id(m) for b in drawn for m in b["marks"]}
    free = [w for w in free if id(w) not in marked]
    if not widgets:   # answer boxes drawn with their label to the left: read like fields
        boxed, free = answer_items(page, free, tboxes, pageno, lambda top, x0, label, value, b: Item(
            top, x0, "pair", label=label, value=value, source="answer_box", page=pageno))
        items += boxed
    lines = group_lines(free, pageno)
    items += _box_items(lines, widgets, drawn, pageno)
    body = body_size(lines)
    items += line_items(lines, body, pageno)
    items = by_columns(reading_order(items))
    all_lines = group_lines([w for w in words if id(w) not in marked], pageno)
    return items, all_lines


def _box_items(lines: list[Line], widgets: list, drawn: list[dict], pageno: int) -> list[Item]:
    """Widgets and drawn tick boxes, each with its printed label and caption."""
    boxes = [(w, w.kind == "check") for w in widgets] + [(d, True) for d in drawn]
    if not boxes:
        return []
    all_b = [b for b, _ in boxes]
    texts = [b for b, check in boxes if not check]
    captions = {}
    for b, check in boxes:
        if check:
            hit = caption_right(lines, b, all_b)
            if hit:
                line, idx = hit
                captions[id(b)] = clean_label(join([line.words[i] for i in idx]))
                line.consumed.update(idx)
    labels, used = {}, []
    for b, check in boxes:
        stops = [s for s in (texts if check else all_b) if s is not b]
        hit = label_left(lines, b, stops)
        if hit is None and not (check and id(b) in captions):
            hit = label_above(lines, b)
        if hit:
            line, idx = hit
            labels[id(b)] = clean_label(join([line.words[i] for i in idx]))
            used.append(hit)
    for line, idx in used:
        line.consumed.update(idx)
    items = []
    for b, check in boxes:
        label, caption = labels.get(id(b), ""), captions.get(id(b), "")
        widget = not isinstance(b, dict)
        if check:
            value = caption if (label and caption) else (b.value if widget else "")
            label = label or caption
        else:
            value = b.value
            shared = sum(labels.get(id(o)) == label for o, chk in boxes if not chk) > 1
            label = _tooltip_label(b, label, shared) if widget else label
        it = Item(b["top"], b["x0"], "field" if widget else "tick", label=label, value=value,
                  checked=b.checked if widget and check else (b.get("checked") if not widget else None),
                  name=b.name if widget else None, page=pageno,
                  source=f"acroform:{b.name}" if widget else "drawn_box")
        items.append(it)
    return items


def _tooltip_label(widget, printed: str, shared: bool) -> str:
    """A field's tooltip names it when the text printed near it is no label we know (a box
    with no printed label, under an instruction line) or is another field's label too."""
    from parsers.labels import vocabulary
    tip = widget.tooltip
    if not tip or tip == printed:
        return printed
    voc = vocabulary()
    known = lambda t: bool(t) and (voc.field(t) or voc.group(t)) is not None  # noqa: E731
    return tip if known(tip) and (shared or not known(printed)) else printed


__all__ = ["read_pdf", "MAX_PAGES", "TICK_GLYPHS"]
