"""AcroForm widgets of one PDF page, read with pypdf.

pdfplumber's annotation list does not resolve inherited values or full dotted
names, so the widget dictionaries are walked here: the name is the /T chain up
through /Parent (e.g. "child.legal_surname"), the value and field type are
inherited the same way, and a checkbox's state is its /AS appearance. A text field with no
/V shows what its appearance stream draws (some viewers save only that).
"""
from __future__ import annotations

from dataclasses import dataclass

from parsers.pdf_shown import shown_text

_RADIO = 1 << 15
_PUSH = 1 << 16
_MAX_PARENTS = 16  # a /Parent loop in a hostile file must not spin


@dataclass
class Widget:
    name: str
    kind: str          # "text" | "check" | "choice"
    value: str
    checked: bool | None
    x0: float
    top: float
    x1: float
    bottom: float
    tooltip: str = ""  # /TU: what the form's author says the field is for

    def __getitem__(self, key: str) -> float:  # lets geometry helpers treat it as a box
        return getattr(self, key)


def _text(obj) -> str:
    if obj is None:
        return ""
    if isinstance(obj, list) or type(obj).__name__ == "ArrayObject":
        return ", ".join(_text(o) for o in obj)
    s = str(obj)
    return s[1:] if s.startswith("/") else s


def _inherited(annot, key: str):
    node, seen = annot, 0
    while node is not None and seen < _MAX_PARENTS:
        if key in node:
            return node[key]
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
        seen += 1
    return None


def _full_name(annot) -> str:
    parts, node, seen = [], annot, 0
    while node is not None and seen < _MAX_PARENTS:
        if "/T" in node:
            parts.append(_text(node["/T"]))
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
        seen += 1
    return ".".join(reversed(parts))


def _on_state(annot) -> str:
    ap = annot.get("/AP")
    ap = ap.get_object() if ap is not None else None
    normal = ap.get("/N") if ap is not None else None
    normal = normal.get_object() if normal is not None else None
    if hasattr(normal, "keys"):
        for key in normal.keys():
            if key != "/Off":
                return key.lstrip("/")
    return "Yes"


def page_widgets(page, page_top: float, page_left: float) -> list[Widget]:
    """Every field widget on a pypdf page, positioned in pdfplumber's frame."""
    out: list[Widget] = []
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    for ref in annots or []:
        annot = ref.get_object()
        if not hasattr(annot, "get") or annot.get("/Subtype") != "/Widget":
            continue
        ft = _text(_inherited(annot, "/FT"))
        flags = int(_inherited(annot, "/Ff") or 0)
        name = _full_name(annot)
        if not ft or not name or (ft == "Btn" and flags & _PUSH) or ft == "Sig":
            continue
        try:
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
        except (KeyError, TypeError, ValueError):
            continue
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        box = dict(x0=x0 - page_left, x1=x1 - page_left, top=page_top - y1, bottom=page_top - y0,
                   tooltip=" ".join(_text(_inherited(annot, "/TU"))[:200].split()))
        if ft == "Btn":
            on = _on_state(annot)
            state = _text(annot.get("/AS")) or _text(_inherited(annot, "/V"))
            checked = bool(state) and state != "Off" and (state == on or not flags & _RADIO)
            out.append(Widget(name, "check", on, checked, **box))
        else:
            kind = "choice" if ft == "Ch" else "text"
            value = _text(_inherited(annot, "/V")) or shown_text(annot)
            value = value.replace("\r\n", "\n").replace("\r", "\n")
            out.append(Widget(name, kind, value.strip(), None, **box))
    return out
