"""Form-field answers as a viewer shows them, where the field's value does not say it.

- A text widget saved with no /V (some viewers and form tools store only what the box
  shows): the text its normal appearance stream draws.
- One field per character ("dob_d1".."dob_y4", a UPN in thirteen one-letter boxes): a
  row of small text widgets side by side, each holding a character or two, is one answer.
  Their characters are joined, a wider gap between boxes giving a space ("21 04 2016").

    shown_text(annot) -> str        join_character_widgets(widgets) -> widgets
"""
from __future__ import annotations

from dataclasses import replace

_MAX_AP = 64 * 1024      # a text box's appearance is a few hundred bytes
_MAX_OPS = 4000


def _two_byte_fonts(stream) -> bool:
    """Fonts whose codes are glyph numbers (Type0): their bytes are no text without a map."""
    res = stream.get("/Resources")
    res = res.get_object() if res is not None else None
    fonts = res.get("/Font") if hasattr(res, "get") else None
    fonts = fonts.get_object() if fonts is not None else None
    if not hasattr(fonts, "values"):
        return False
    return any(getattr(f.get_object(), "get", lambda k: None)("/Subtype") == "/Type0" for f in fonts.values())


def _string(obj) -> str:
    if isinstance(obj, bytes):
        return obj.decode("latin-1")
    return obj if isinstance(obj, str) else ""


def shown_text(annot) -> str:
    """The text a widget's appearance draws, one line per text line; "" when it draws none."""
    try:
        ap = annot.get("/AP")
        ap = ap.get_object() if ap is not None else None
        normal = ap.get("/N") if hasattr(ap, "get") else None
        normal = normal.get_object() if normal is not None else None
        if not hasattr(normal, "get_data") or _two_byte_fonts(normal) or len(normal.get_data()) > _MAX_AP:
            return ""       # a checkbox's states, or no stream we can read as text
        from pypdf.generic import ContentStream
        ops = ContentStream(normal, None).operations[:_MAX_OPS]
    except Exception:  # noqa: BLE001 - a broken appearance: nothing shown
        return ""
    lines: list[str] = []
    cur: list[str] = []

    def new_line():
        if cur:
            lines.append("".join(cur))
            cur.clear()

    try:
        _read_ops(ops, cur, new_line, [None])
    except (TypeError, ValueError, IndexError):   # an operand of the wrong kind: what was read stands
        pass
    new_line()
    return "\n".join(ln.strip() for ln in lines if ln.strip())


def _read_ops(ops, cur: list[str], new_line, last_y: list) -> None:
    for operands, op in ops:
        if op in (b"T*", b"'", b'"'):
            new_line()
        elif op in (b"Td", b"TD") and len(operands) == 2 and float(operands[1]) != 0:
            new_line()
        elif op == b"Tm" and len(operands) == 6:
            if last_y[0] is not None and float(operands[5]) != last_y[0]:
                new_line()
            last_y[0] = float(operands[5])
        if op in (b"Tj", b"'", b'"') and operands:
            cur.append(_string(operands[-1]))
        elif op == b"TJ" and operands and isinstance(operands[0], list):
            cur.extend(_string(o) for o in operands[0])


def _run_of(a, b) -> bool:
    return abs(a.top - b.top) <= 2 and abs(a.bottom - b.bottom) <= 2 and -1.5 <= b.x0 - a.x1 <= 12


def join_character_widgets(widgets: list) -> list:
    """Rows of three or more small text widgets, each a character or two: one widget each."""
    small = sorted((w for w in widgets if w.kind == "text" and w.x1 - w.x0 <= 30 and len(w.value) <= 2),
                   key=lambda w: (round(w.top), w.x0))
    runs: list[list] = []
    for w in small:
        if runs and _run_of(runs[-1][-1], w):
            runs[-1].append(w)
        else:
            runs.append([w])
    joined: dict[int, object] = {}
    drop: set[int] = set()
    for run in (r for r in runs if len(r) >= 3):
        gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
        text = run[0].value
        for gap, w in zip(gaps, run[1:]):
            text += (" " if gap > min(gaps) + 3 and text and w.value else "") + w.value
        joined[id(run[0])] = replace(run[0], value=text.strip(), x1=run[-1].x1)
        drop.update(id(w) for w in run[1:])
    return [joined.get(id(w), w) for w in widgets if id(w) not in drop]
