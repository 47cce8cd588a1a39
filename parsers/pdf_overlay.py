"""What a PDF page shows that its text layer does not say plainly, put back as page text.

- Typed-on text: answers typed onto a printed form with Acrobat's typewriter or "Fill &
  Sign", or a text box in macOS Preview, are FreeText annotations, not page text and not
  form fields. A viewer shows each where it was typed; here each becomes characters laid
  out inside the annotation's rectangle, so the label beside it finds it as it would a
  printed answer.
- A character per box: a date or UPN written one character in each of a row of small
  boxes ("[0][5] [1][1] [2][0][1][4]") is a word broken by box walls. The characters are
  closed up (a wider gap between boxes stays a space) and the box walls left out, so the
  row reads "05 11 2014" instead of a table of one-character cells or a row of tick boxes.

    typed_text(page) -> page        boxed_characters(page) -> page
"""
from __future__ import annotations

import re

from pdfplumber.page import DerivedPage

_MAX_ANNOTS = 300        # a form has tens; bound what a hostile file can make us lay out
_MAX_TEXT = 2000
_HIDDEN = 2 | 32         # annotation flags Hidden and NoView
_TICKS = set("Xx✓✔✗✘■☒☑")


class _Rewritten(DerivedPage):
    """The page with some of its object lists replaced."""

    def __init__(self, parent, **replace):
        self.bbox = parent.bbox
        super().__init__(parent)
        self._replace = replace

    @property
    def objects(self):
        if not hasattr(self, "_objects"):
            objs = dict(self.parent_page.objects)
            objs.update(self._replace)
            self._objects = objs
        return self._objects


def _name(obj) -> str:
    n = getattr(obj, "name", obj)
    return n.decode("latin-1") if isinstance(n, bytes) else str(n or "")


def _text(obj) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text
    obj = resolve1(obj)
    if isinstance(obj, bytes):
        return decode_text(obj)
    return obj if isinstance(obj, str) else ""


def _font_size(da) -> float:
    m = re.search(r"([\d.]+)\s+Tf", _text(da))
    try:
        size = float(m.group(1)) if m else 0.0
    except ValueError:
        size = 0.0
    return size if 4 <= size <= 30 else 10.0


def _char(page, text: str, x0: float, top: float, width: float, size: float) -> dict:
    height = float(page.root_page.height)
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size,
            "doctop": page.initial_doctop + top, "y0": height - top - size, "y1": height - top,
            "width": width, "height": size, "size": size, "adv": width, "fontname": "Typed",
            "upright": True, "object_type": "char", "page_number": page.page_number,
            "matrix": (1, 0, 0, 1, x0, height - top - size), "ncs": "DeviceGray",
            "stroking_color": (0,), "non_stroking_color": (0,), "mcid": None, "tag": None}


def _lay_out(page, annot: dict, text: str, size: float) -> list[dict]:
    """The annotation's lines, left-aligned in its rectangle and centred down it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    x0, x1, top, bottom = annot["x0"], annot["x1"], annot["top"], annot["bottom"]
    lead = size * 1.2
    spare = (bottom - top) - lead * len(lines)
    y = top + (spare / 2 if spare > 0 else 1)
    out = []
    for line in lines:
        room = max(x1 - x0 - 3, 1.0)
        width = min(size * 0.5, room / len(line)) if line else 0
        x = x0 + 2
        for ch in line:
            out.append(_char(page, ch, x, y + (lead - size) / 2, width, size))
            x += width
        y += lead
    return out


def typed_text(page):
    """The page with its visible FreeText annotations' words laid out as characters."""
    try:
        return _typed_text(page)
    except Exception:  # noqa: BLE001 - a broken annotation: the page text still stands
        return page


def _typed_text(page):
    annots = page.annots
    extra: list[dict] = []
    for a in annots[:_MAX_ANNOTS]:
        data = a.get("data") or {}
        if _name(data.get("Subtype")) != "FreeText":
            continue
        try:
            flags = int(data.get("F") or 0)
        except (TypeError, ValueError):
            flags = 0
        text = _text(data.get("Contents")).strip()
        if flags & _HIDDEN or not text:
            continue
        extra += _lay_out(page, a, text[:_MAX_TEXT], _font_size(data.get("DA")))
    return _Rewritten(page, char=list(page.chars) + extra) if extra else page


# ---------------------------------------------------------------- a character per box

def _cell_runs(rects: list[dict]) -> list[list[dict]]:
    """Rows of four or more small boxes of one size, each close to the next."""
    cells, seen = [], set()
    for r in rects:
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        spot = (round(r["x0"]), round(r["top"]))    # a box drawn twice (fill, then stroke) is one
        if 7 <= w <= 24 and 9 <= h <= 26 and w <= h * 1.4 and spot not in seen:
            seen.add(spot)
            cells.append(r)
    cells.sort(key=lambda c: (round(c["top"]), c["x0"]))
    runs: list[list[dict]] = []
    for c in cells:
        last = runs[-1][-1] if runs else None
        if last is not None and abs(c["top"] - last["top"]) <= 1.5 \
                and abs((c["bottom"] - c["top"]) - (last["bottom"] - last["top"])) <= 1.5 \
                and -1.5 <= c["x0"] - last["x1"] <= max(10.0, 0.8 * (c["x1"] - c["x0"])):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [r for r in runs if len(r) >= 4]


def _inside(ch: dict, box: dict) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return box["x0"] <= cx <= box["x1"] and box["top"] <= cy <= box["bottom"]


def boxed_characters(page):
    """The page with each row of one-character boxes read as the word it spells."""
    try:
        return _boxed_characters(page)
    except Exception:  # noqa: BLE001 - odd geometry: the page as it was
        return page


def _boxed_characters(page):
    rects = page.rects
    if len(rects) < 4:
        return page
    chars = list(page.chars)
    moved: dict[int, dict] = {}
    dropped: set[int] = set()
    for run in _cell_runs(rects):
        top, bottom = run[0]["top"] - 2, run[0]["bottom"] + 2
        near = [ch for ch in chars if top <= ch["top"] <= bottom and ch["text"].strip()]
        held = [[ch for ch in near if _inside(ch, b)] for b in run]
        filled = [h[0] for h in held if h]
        if any(len(h) > 1 for h in held) or len(filled) < 3 or all(ch["text"] in _TICKS for ch in filled):
            continue
        gaps = [b["x0"] - a["x1"] for a, b in zip(run, run[1:])]
        x = run[0]["x0"] + 2
        for i, (box, h) in enumerate(zip(run, held)):
            if i and (not held[i - 1] or gaps[i - 1] > min(gaps) + 3):
                x += 4      # a wider gap between boxes, or an empty box: a space
            if h:
                ch = h[0]
                width = ch["x1"] - ch["x0"]
                moved[id(ch)] = {**ch, "x0": x, "x1": x + width}
                x += width
        dropped.update(id(b) for b in run)
    if not moved:
        return page
    return _Rewritten(page, char=[moved.get(id(c), c) for c in chars],
                      rect=[r for r in rects if id(r) not in dropped])
